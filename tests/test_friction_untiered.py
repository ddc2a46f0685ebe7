"""Switch friction calls no move cheap where the bills rest on different bases (review 11, K3).

Where one of two close bills is on a route that lists no long-context tier which other routes
apply to the requests, the summary and cost section say whether the bills are about the same
is not known; friction said the move "barely changes the monthly bill: under 5%". See
docs/narrative.md ("Materiality") and docs/cost-model.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from phicompare import Catalog, Comparison, Traffic, compare
from phicompare.domain.pricing import ProviderRoute, Tier
from phicompare.domain.records import Model

DAY = dt.date(2026, 12, 1)
LONG = Traffic(input_tokens=300_000_000, output_tokens=0, requests=1_000)  # 300,000 each


def _route(provider: str, price: str, **kw: Any) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal("1"),
                         source="https://example.com/p", checked=dt.date(2026, 11, 1), **kw)


def _model(mid: str, *routes: ProviderRoute) -> Model:
    return Model(id=mid, name=mid.upper(), context_window=1_000_000,
                 released=dt.date(2024, 1, 1), routes=routes)


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY, traffic=LONG)


def _shared(c: Comparison) -> list[str]:
    return [claim.text for group in c.narrative.friction_shared for claim in group[2]]


def test_close_bills_on_different_bases_are_no_cheap_move() -> None:
    a = _model("a", _route("pa", "1", tiers=(Tier(above_input_tokens=200_000,
                                                    input=Decimal("2")),)))
    b = _model("b", _route("cheap", "2.05"),
               _route("tiered", "2.05", tiers=(Tier(above_input_tokens=200_000,
                                                    input=Decimal("4")),)))
    c = _compare(a, b)
    assert [e.monthly for e in c.cost.estimates] == [Decimal("600.00"), Decimal("615.00")]
    shared = _shared(c)
    assert not any("barely changes" in text for text in shared)
    assert ("Whether moving between A and B changes the monthly bill is not known: the bills are "
            "under 5% apart, but B's bill is on a route that lists no long-context tier, which "
            "other routes apply to these requests (the cheapest eligible of them $1,200.00 a "
            "month).") in shared
    assert c.check() == []


def test_close_bills_on_one_basis_still_barely_change() -> None:
    a = _model("a", _route("pa", "2"))
    b = _model("b", _route("pb", "2.05"))
    c = _compare(a, b)
    assert "Moving between A and B barely changes the monthly bill: under 5%." in _shared(c)
    assert c.check() == []


def test_the_page_of_the_finding() -> None:
    """``phicompare gemini-2.5-pro claude-sonnet-4 --traffic 300/day@300000:2000``."""
    c = compare("gemini-2.5-pro", "claude-sonnet-4", as_of=DAY,
                traffic=Traffic.from_requests(per_day=300, input_tokens=300_000,
                                              output_tokens=2_000))
    shared = _shared(c)
    assert not any("barely changes" in text for text in shared)
    assert ("Whether moving between Gemini 2.5 Pro and Claude Sonnet 4 changes the monthly bill "
            "is not known: the bills are under 5% apart, but Claude Sonnet 4's bill is on a "
            "route that lists no long-context tier, which other routes apply to these requests "
            "(the cheapest eligible of them $16,605.00 a month); Claude Sonnet 4's bill is on "
            "Poe's listing: Cost at your traffic says why.") in shared
    assert c.check() == []
