"""A bill route's window is checked against the window its sentence states (Hypothesis find).

Friction said "more than any route of Alpha m1 takes (8K): prompts over 8K tokens must be cut on
Alpha m1 (though Provider 0, the route behind its bill, takes 2,048)", true, but its check
compared the bill's 2,048 with the model's recorded 2,048 (the 8K is a route's, above the
record), so ``check()`` reported the page's own sentence (seed 2763686650...4868 of
tests/test_narrative.py::test_generated_catalogs_never_contradict_the_numbers).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from phicompare import Catalog, Model, Provider, ProviderRoute, compare
from phicompare.domain.pricing import RouteStatus
from phicompare.domain.records import ProviderTier


def _route(**more: Any) -> ProviderRoute:
    return ProviderRoute(provider="p0", source="https://example.com/prices",
                         checked=dt.date(2026, 5, 1), status=RouteStatus.GA, **more)


@pytest.mark.parametrize("include_free", [False, True])
def test_a_bill_route_below_the_widest_route_is_checked_against_that_route(
        include_free: bool) -> None:
    wide = Model(id="m0", name="Alpha m0", context_window=2048, routes=(
        _route(input=Decimal(0), output=Decimal("0.05"), context_window=128_000),))
    narrow = Model(id="m1", name="Alpha m1", context_window=2048, routes=(
        _route(input=Decimal(0), output=Decimal("0.0501"), context_window=8192),
        _route(effective_from=dt.date(2027, 1, 1)),
        _route(input=Decimal(0), output=Decimal("0.05"), provider_model_id="alt")))
    catalog = Catalog(models=(wide, narrow), providers=(
        Provider(id="p0", name="Provider 0", tier=ProviderTier.FIRST_PARTY),))
    c = compare("m0", "m1", catalog=catalog, as_of=dt.date(2026, 11, 25),
                include_free=include_free)
    said = [claim for claim in c.narrative.claims() if "behind its bill" in claim.text]
    assert said, "the friction sentence this test is about is no longer said"
    assert "more than any route of Alpha m1 takes (8K)" in said[0].text
    assert "(though Provider 0, the route behind its bill, takes 2,048)" in said[0].text
    assert c.check() == []
