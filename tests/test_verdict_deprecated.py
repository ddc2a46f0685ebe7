"""A model whose routes the page's terms leave in are all deprecated is no pick (review 11, K2).

``phicompare gpt-4o claude-3-5-sonnet --provider openai,anthropic`` picked Claude Sonnet 3.5
v2 "for a longer context" though its pricing read "Routes that can carry it: 0 of 9" (its
Anthropic route deprecated, the rest on providers the page leaves out), and GPT-4o, the only
model with a bill, had "no advantage". The rule is review 10 I2's (a model with no route in
service is no pick), a deprecated route counted as a retired one is. See docs/narrative.md ("A
recommendation rests on a difference known on both sides").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs

from phicompare import Catalog, Comparison, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model
from phicompare.narrative.editorial import editorial_problems
from phicompare.narrative.standing import standings

DAY = dt.date(2026, 12, 1)


def _route(provider: str, **kw: Any) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal("0.10"), output=Decimal("0.20"),
                         source="https://example.com/p", checked=dt.date(2026, 11, 1), **kw)


def _model(mid: str, context: int, *routes: ProviderRoute) -> Model:
    return Model(id=mid, name=mid.upper(), context_window=context,
                 released=dt.date(2024, 1, 1), routes=routes or (_route(f"p-{mid}"),))


def _compare(*models: Model, **kw: Any) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY, **kw)


def _texts(c: Comparison) -> tuple[list[str], list[str]]:
    return ([claim.text for claim in c.narrative.verdict],
            [claim.text for claim in c.narrative.at_a_glance])


def test_a_deprecated_route_beside_routes_the_provider_filter_leaves_out() -> None:
    """The finding's shape: one allowed route, deprecated; the others on providers left out."""
    old = _model("a", 200_000, _route("maker", status="deprecated"), _route("cloud"))
    c = _compare(old, _model("b", 128_000), providers=["maker", "p-b"])
    assert standings(c)[0] is not None
    assert standings(c)[1] is None
    verdict, glance = _texts(c)
    assert verdict == [
        ("A: no pick, as its route on maker is deprecated and none of its other routes is on a "
         "provider this page allows."),
        ("Pick B: the only model here with a route that meets this page's terms and is not "
         "deprecated, and the only one with a bill ($130.00 a month).")]
    assert glance == [("B, the only model here with a route that meets this page's terms and is "
                       "not deprecated, and the only one with a bill.")]
    assert c.check() == []


def test_a_model_whose_only_routes_are_deprecated() -> None:
    old = _model("a", 200_000, _route("maker", status="deprecated"))
    c = _compare(old, _model("b", 128_000))
    verdict, glance = _texts(c)
    assert verdict == [
        "A: no pick, as its only route (maker) is deprecated.",
        ("Pick B: the only model here with a route that is not deprecated, and the only one "
         "with a bill ($130.00 a month).")]
    assert glance == [("B, the only model here with a route that is not deprecated, and the "
                       "only one with a bill.")]
    assert c.check() == []
    two = _model("a", 200_000, _route("maker", status="deprecated"),
                  _route("cloud", deprecated=dt.date(2026, 5, 30)))
    c = _compare(two, _model("b", 128_000))
    assert _texts(c)[0][0] == ("A: no pick, as each of its two routes is deprecated (maker and "
                               "cloud).")
    assert c.check() == []


def test_a_route_deprecated_after_the_date_keeps_the_model_in() -> None:
    later = _model("a", 200_000, _route("maker", deprecated=dt.date(2027, 1, 1)))
    c = _compare(later, _model("b", 128_000))
    assert standings(c) == (None, None)
    assert _texts(c)[0][0].startswith("Pick A for ")
    assert c.check() == []


def test_a_deprecated_route_beside_one_in_good_standing_keeps_the_model_in() -> None:
    both = _model("a", 200_000, _route("maker", status="deprecated"), _route("cloud"))
    c = _compare(both, _model("b", 128_000))
    assert standings(c) == (None, None)
    assert c.check() == []


def test_check_flags_a_pick_of_a_model_with_deprecated_routes_only() -> None:
    old = _model("a", 200_000, _route("maker", status="deprecated"))
    c = _compare(old, _model("b", 128_000))
    picked = attrs.evolve(c.narrative.verdict[0], text="Pick A for a longer context.")
    broken = attrs.evolve(c.narrative, verdict=(picked, c.narrative.verdict[1]))
    assert "pick-ruled-out" in [rule for rule, _ in editorial_problems(broken, c)]


def test_the_page_of_the_finding() -> None:
    """``phicompare gpt-4o claude-3-5-sonnet --provider openai,anthropic``, on 2026-12-01.

    The Anthropic route, deprecated when the finding was written, is now retired on the day
    Anthropic's deprecations page gives (2025-10-28; helper dataP), and the page says so.
    """
    c = compare("gpt-4o", "claude-3-5-sonnet", providers=["openai", "anthropic"], as_of=DAY)
    verdict, glance = _texts(c)
    assert verdict == [
        ("Pick GPT-4o: the only model here with a route in service that meets this page's "
         "terms, and the only one with a bill ($4,500.00 a month, on a route that retires on "
         "2027-01-14, 44 days after the comparison's date)."),  # OpenAI's day (helper dataAM)
        ("Claude Sonnet 3.5 v2: no pick, as its route on Anthropic was retired on 2025-10-28 "
         "and none of its other routes is on a provider this page allows.")]
    assert glance[0].startswith("GPT-4o, the only model here with a route in service that")
    assert c.check() == []
