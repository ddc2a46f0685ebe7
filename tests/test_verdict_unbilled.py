"""A model left in with no bill beside the only model that has one (review 12, L9).

`phicompare phi-4 phi-4-reasoning --as-of 2027-02-01`: Phi-4 Reasoning's only paid route
(Microsoft Foundry) retired on 2027-01-17, its one route left GitHub Models' free tier, not
counted and with no usage limits on record; yet the verdict read "Pick Phi-4 Reasoning for a
longer context (32K tokens), ..." and "The data records no advantage known on both sides that
favours Phi-4", the only model with a bill. The only bill is now a reason to pick its model,
and a pick of a model without one says where it would run.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from phicompare import Catalog, Comparison, UsageLimits, compare
from phicompare.domain.pricing import ProviderRoute, RouteStatus
from phicompare.domain.records import Model

DAY = dt.date(2027, 2, 1)
GONE = dt.date(2027, 1, 17)


def _route(provider: str, price: str = "0.10", **kw: Any) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source="https://example.com/p", checked=dt.date(2026, 11, 1), **kw)


def _free(provider: str, **kw: Any) -> ProviderRoute:
    return _route(provider, "0", status=RouteStatus.FREE_TIER, **kw)


def _model(mid: str, context: int, *routes: ProviderRoute) -> Model:
    return Model(id=mid, name=mid.upper(), context_window=context,
                 released=dt.date(2024, 1, 1), routes=routes)


def _compare(*models: Model, **kw: Any) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY, **kw)


def _texts(c: Comparison) -> tuple[list[str], list[str]]:
    assert c.check() == []
    return ([claim.text for claim in c.narrative.verdict],
            [claim.text for claim in c.narrative.at_a_glance])


def test_the_only_bill_is_a_pick_and_a_free_tier_pick_says_so() -> None:
    """L9: A's paid route retired, its free tier left; B alone has a bill."""
    a = _model("a", 32_768, _route("foundry", retires=GONE), _free("github"))
    b = _model("b", 16_384, _route("kilo"))
    verdict, glance = _texts(_compare(a, b))
    assert verdict == [
        ("Pick A for a longer context (32K tokens); it has no bill at this traffic, and would "
         "run only on the free tier on github, whose usage limits the data does not record."),
        ("Pick B if you need a priced route: it is the only one with a bill ($105.00 a month; A "
         "has no eligible priced route).")]  # (a bill is no merit in itself: helper fixCJ)
    assert glance == [("A, only on a free tier, for a longer context; B if you need a priced "
                       "route, the only one with a bill.")]


def test_a_free_tier_with_recorded_limits_and_an_unpriced_route_say_theirs() -> None:
    """The limits said as recorded; a route without a published price said so."""
    limits = UsageLimits(requests_per_day=50_000, source="https://example.com/l",
                         checked=dt.date(2026, 11, 1))
    a = _model("a", 32_768, _free("github", limits=limits),
               ProviderRoute(provider="host", source="https://example.com/h",
                             checked=dt.date(2026, 11, 1)))
    b = _model("b", 16_384, _route("kilo"))
    verdict, _ = _texts(_compare(a, b))
    assert verdict[0] == (
        "Pick A for a longer context (32K tokens); it has no bill at this traffic, and would run "
        "only on the free tier on github, whose recorded usage limits this traffic is within, "
        "and on host, whose price the data does not record.")  # (review 13, M10: "run it")


def test_with_free_tiers_counted_the_only_priced_bill() -> None:
    """With include_free A's bill is the free tier's, no price: B has the only priced bill and
    A's pick says it has no priced bill (tests/test_verdict_only_priced.py)."""
    a = _model("a", 32_768, _route("foundry", retires=GONE), _free("github"))
    b = _model("b", 16_384, _route("kilo"))
    verdict, _ = _texts(_compare(a, b, include_free=True))
    assert "it is the only one with a priced bill (" in verdict[1], verdict
    assert "it has no priced bill at this traffic, and would run only on" in verdict[0]


def test_two_bills_are_weighed_as_before() -> None:
    """Where both have a bill, no "only bill" and no caveat."""
    a = _model("a", 32_768, _route("foundry"))
    b = _model("b", 16_384, _route("kilo", "0.05"))
    verdict, _ = _texts(_compare(a, b))
    assert "only one with a bill" not in " ".join(verdict)
    assert verdict[1].startswith("Pick B for the lower bill at this traffic")
