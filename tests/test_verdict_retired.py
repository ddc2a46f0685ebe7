"""A model none of whose routes is in service on the page's date is no pick (review 10, I2).

Its routes retired by the comparison's date (``as_of``), it cannot be run anywhere in the
catalog: the verdict says so, and the model that can be run is "the only model here with a
route in service". See docs/narrative.md ("A recommendation rests on a difference known on
both sides").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs

from phicompare import Capabilities, Catalog, Comparison, compare
from phicompare.analysis.traffic import Traffic
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model
from phicompare.narrative.editorial import editorial_problems
from phicompare.narrative.standing import standings

DAY = dt.date(2026, 12, 1)
GONE = dt.date(2025, 9, 24)


def _route(provider: str, **kw: Any) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal("0.10"), output=Decimal("0.20"),
                         source="https://example.com/p", checked=dt.date(2026, 11, 1), **kw)


def _model(mid: str, context: int, *routes: ProviderRoute, **kw: Any) -> Model:
    return Model(id=mid, name=mid.upper(), context_window=context,
                 released=dt.date(2024, 1, 1), routes=routes or (_route(f"p-{mid}"),), **kw)


def _compare(*models: Model, **kw: Any) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY, **kw)


def _texts(c: Comparison) -> tuple[list[str], list[str]]:
    return ([claim.text for claim in c.narrative.verdict],
            [claim.text for claim in c.narrative.at_a_glance])


def test_a_model_whose_only_route_is_retired_is_no_pick() -> None:
    """It read "Pick A for a longer context (2M tokens)" and B had "no advantage"."""
    gone = _model("a", 2_097_152, _route("google", retires=GONE))
    b = _model("b", 131_072, capabilities=Capabilities(vision=True))
    c = _compare(gone, b)
    assert standings(c)[0] is not None
    assert standings(c)[1] is None
    verdict, glance = _texts(c)
    assert verdict == [
        "A: no pick, as its only route (google) was retired on 2025-09-24.",
        ("Pick B: the only model here with a route in service, and the only one with a bill "
         "($130.00 a month).")]
    assert glance == [("B, the only model here with a route in service, and the only one with "
                       "a bill.")]
    assert c.check() == []


def test_every_route_retired_is_counted() -> None:
    gone = _model("a", 2_097_152, _route("google", retires=GONE),
                  _route("vertex", retires=dt.date(2025, 10, 1)))
    c = _compare(gone, _model("b", 131_072))
    assert _texts(c)[0][0] == (
        "A: no pick, as each of its two routes was retired by the comparison's date "
        "(google on 2025-09-24 and vertex on 2025-10-01).")
    assert c.check() == []


def test_a_retired_route_beside_routes_unfit_for_the_terms() -> None:
    """Its one route in service too small for the requests: out for both, said both."""
    long = Traffic(input_tokens=20_000_000, output_tokens=0, requests=1_000)
    gone = _model("a", 131_072, _route("google", retires=GONE),
                  _route("small", context_window=8_192))
    c = _compare(gone, _model("b", 131_072), traffic=long)
    verdict, glance = _texts(c)
    assert verdict[0] == (
        "A: no pick, as its route on google was retired on 2025-09-24 and none of its other "
        "routes takes requests of 20,000 tokens.")
    assert glance == [("B, the only model here with a route in service that meets this "
                       "page's terms, and the only one with a bill.")]
    assert c.check() == []
    # a retired route too small as well: out for the terms, as every route is
    gone = _model("a", 131_072, _route("google", retires=GONE, context_window=8_192),
                  _route("small", context_window=8_192))
    c = _compare(gone, _model("b", 131_072), traffic=long)
    assert _texts(c)[0][0] == "A: no pick, as none of its routes takes requests of 20,000 tokens."
    assert c.check() == []


def test_a_route_retiring_later_keeps_the_model_in() -> None:
    later = _model("a", 2_097_152, _route("google", retires=dt.date(2027, 1, 17)))
    c = _compare(later, _model("b", 131_072))
    assert standings(c) == (None, None)
    assert _texts(c)[0][0].startswith("Pick A for ")
    assert c.check() == []


def test_check_flags_a_pick_of_a_model_with_no_route_in_service() -> None:
    gone = _model("a", 2_097_152, _route("google", retires=GONE))
    c = _compare(gone, _model("b", 131_072))
    picked = attrs.evolve(c.narrative.verdict[0], text="Pick A for a longer context.")
    broken = attrs.evolve(c.narrative, verdict=(picked, c.narrative.verdict[1]))
    assert "pick-ruled-out" in [rule for rule, _ in editorial_problems(broken, c)]


def test_the_page_of_the_finding() -> None:
    """``phicompare gemini-1.5-pro gpt-4o`` on the bundled catalog, on 2026-12-01."""
    c = compare("gemini-1.5-pro", "gpt-4o", as_of=DAY)
    verdict, glance = _texts(c)
    assert verdict[0] == ("Gemini 1.5 Pro: no pick, as its only route (Google) was retired on "
                          "2025-09-24.")
    assert verdict[1].startswith("Pick GPT-4o: the only model here with a route in service, "
                                 "and the only one with a bill ($4,500.00 a month")
    assert glance[0].startswith("GPT-4o, the only model here with a route in service")
    assert c.check() == []
