"""Review 22, P4: `show` and a model's page count a capability's routes as a comparison does.

A retired route serves nothing on the day shown (``analysis.profile.in_service_only``): the pair
page had said "Function calling | from 2 of 3 providers" for Grok 3 Mini while `show` said "on 3
of 4 routes", and "on its one route" for JAIS 30b Chat, whose one route (GitHub Models) retired
on 2026-07-30, where the pair page said "not documented".
"""

from __future__ import annotations

import datetime as dt
import io

from phicompare import Capabilities, Model, ProviderRoute
from phicompare.cli.main import main
from phicompare.domain.capabilities import Capability
from phicompare.render.blocks import Table
from phicompare.render.catalog_pages import capability_cell, model_page

CHECKED = dt.date(2026, 1, 1)
RETIRES = dt.date(2026, 7, 30)
AFTER, BEFORE = dt.date(2026, 12, 2), dt.date(2026, 7, 29)


def _route(provider: str, retires: dt.date | None = None, **flags: bool) -> ProviderRoute:
    return ProviderRoute(provider=provider, source="https://example.com", checked=CHECKED,
                         retires=retires, capabilities=Capabilities(**flags) if flags else None)


FOUR = Model(id="m", name="M", routes=(
    _route("a", function_calling=True), _route("b", function_calling=True), _route("c"),
    _route("d", RETIRES, function_calling=True)))
ONE = Model(id="j", name="J", capabilities=Capabilities(vision=False),
            routes=(_route("g", RETIRES, function_calling=True),))


def test_a_retired_route_counts_in_no_coverage() -> None:
    """On its retirement's day on, the route is left out of the count, and the count says so."""
    fc = Capability.FUNCTION_CALLING
    assert capability_cell(FOUR, fc, day=BEFORE) == "on 3 of 4 routes"
    assert capability_cell(FOUR, fc, day=AFTER) == "on 2 of 3 routes in service"


def test_an_offer_only_a_retired_route_made_is_gone() -> None:
    """JAIS 30b Chat: its one route's offer went with it; the model does not document it."""
    fc = Capability.FUNCTION_CALLING
    assert capability_cell(ONE, fc, day=BEFORE) == "on its one route"
    assert capability_cell(ONE, fc, day=AFTER) == \
        "not documented (offered only on a route retired on 2026-07-30)"


def test_a_model_page_counts_on_its_day() -> None:
    """The site's model pages count on the site's date, as their routes table's status does."""
    table = next(b for b in model_page(FOUR, day=AFTER) if isinstance(b, Table)
                 and b.caption.endswith("capabilities"))
    assert {str(r[0]): str(r[1]) for r in table.rows}["Function calling"] == \
        "on 2 of 3 routes in service"


def _show(model: str) -> str:
    out = io.StringIO()
    assert main(["show", model, "--width", "200"], out=out) == 0
    return next(line for line in out.getvalue().splitlines() if "Capabilities:" in line)


def test_show_counts_as_the_pair_page_does() -> None:
    """The repro's models: their routes on GitHub Models retired on 2026-07-30."""
    assert "Function calling on 2 of 3 routes in service" in _show("grok-3-mini")
    assert "Structured outputs on 3 of 6 routes in service" in _show("phi-4-mini")
    assert ("Function calling not documented (offered only on a route retired on 2026-07-30)"
            in _show("jais-30b-chat"))
