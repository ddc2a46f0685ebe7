"""A model page's route status on its date, as a comparison's routes table says it (review 18, P1).

The site's model pages printed a route's status as last checked and dropped its keyed
retirement: Microsoft Foundry's route for Phi-3 Mini 128K read "GA" beside the pair page's
"retired", Anthropic's for Claude Sonnet 3.7 "deprecated" beside "retired".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from phicompare import ProviderRoute, default_catalog, write_site
from phicompare.render.blocks import Table
from phicompare.render.catalog_pages import model_page
from phicompare.render.cells import route_status

if TYPE_CHECKING:
    from pathlib import Path

DAY = dt.date(2026, 12, 2)


def _statuses(model_id: str, day: dt.date) -> dict[str, str]:
    catalog = default_catalog()
    table = next(b for b in model_page(catalog.model(model_id), catalog=catalog, day=day)
                 if isinstance(b, Table) and "routes" in b.caption)
    return {str(row[0]): str(row[4]) for row in table.rows}


def test_a_retired_route_reads_retired_on_its_day() -> None:
    """A route whose retirement day has come reads "retired on ...", never its last status."""
    assert _statuses("phi-3-mini-128k", DAY)["Microsoft Foundry"] == "retired on 2025-08-30"
    assert _statuses("claude-3-7-sonnet", DAY)["Anthropic"] == "retired on 2026-02-19"


def test_a_coming_retirement_is_dated() -> None:
    """A route in service that retires later says when; before the day it is not retired."""
    assert _statuses("phi-4", DAY)["Microsoft Foundry"] == "GA, retires on 2027-01-17"
    assert _statuses("phi-3-mini-128k", dt.date(2025, 8, 1))["Microsoft Foundry"] == (
        "GA, retires on 2025-08-30")


def test_route_status_is_the_pair_pages_word() -> None:
    """The one function: undated, a comparison's status words; dated, the same with the day."""
    route = ProviderRoute(provider="p", source="https://x", checked=DAY, status="deprecated",
                          deprecated=dt.date(2026, 5, 30), retires=dt.date(2027, 1, 1))
    assert route_status(route, dt.date(2026, 5, 1)) == "deprecated from 2026-05-30"
    assert route_status(route, DAY) == "deprecated"
    assert route_status(route, DAY, dated=True) == "deprecated, retires on 2027-01-01"
    assert route_status(route, dt.date(2027, 1, 1)) == "retired"
    assert route_status(route, dt.date(2027, 1, 1), dated=True) == "retired on 2027-01-01"


def test_the_sites_model_page_agrees_with_its_pair_page(tmp_path: Path) -> None:
    """The site's model page and the pair page it links say the same status on the same day."""
    write_site(tmp_path, pairs=[("phi-3-mini-128k", "phi-4")], as_of=DAY)
    page = (tmp_path / "models" / "phi-3-mini-128k.html").read_text(encoding="utf-8")
    pair = (tmp_path / "pairs" / "phi-3-mini-128k--vs--phi-4.html").read_text(encoding="utf-8")
    row = re.compile(r"<tr><th scope=\"row\">Microsoft Foundry</th>(.*?)</tr>")
    (on_page,) = row.findall(page)
    assert "<td>retired on 2025-08-30</td>" in on_page
    assert "<td>GA</td>" not in on_page
    assert any("<td>retired</td>" in r for r in row.findall(pair))
