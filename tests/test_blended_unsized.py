"""A blended price is a route's price, not a bill (review 13, M5).

Requests whose size leaves a model no route do not take its published prices away: the pricing
table's blended row gives the route that bills the same tokens without the page's terms, and says
no route meets them, where it read "no published price".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, Provider, ProviderRoute, Traffic, compare

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"


def _route(provider: str, price: str) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source=URL, checked=DAY)


def _catalog() -> Catalog:
    capped = Model(id="capped", name="Capped", context_window=400_000,
                   max_input_tokens=272_000, routes=(_route("p", "1"), _route("q", "2")))
    wide = Model(id="wide", name="Wide", context_window=1_000_000, routes=(_route("p", "2"),))
    unpriced = Model(id="unpriced", name="Unpriced", context_window=1_000_000, routes=(
        ProviderRoute(provider="q", source=URL, checked=DAY),))
    return Catalog(models=(capped, wide, unpriced),
                   providers=(Provider(id="p", name="P"), Provider(id="q", name="Q")))


def _blended_row(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("| Blended price"))


def test_requests_too_large_keep_the_blended_price() -> None:
    traffic = Traffic.from_requests(per_day=100, input_tokens=300_000, output_tokens=2_000)
    c = compare("capped", "wide", "unpriced", catalog=_catalog(), traffic=traffic, as_of=DAY)
    row = _blended_row(c.to_markdown())
    assert row.startswith(
        "| Blended price (7:3) | \\$1.00 on P (no route meets this page's terms) |"), row
    assert row.endswith("| no published price |"), row  # (no route of it has a price)
    assert c.check() == []


def test_a_model_out_for_a_capability_keeps_its_blended_price() -> None:
    """No route documents vision: the routes' prices stand, the bill is none."""
    c = compare("capped", "wide", catalog=_catalog(), as_of=DAY, requires={"vision"})
    row = _blended_row(c.to_markdown())
    assert row == ("| Blended price (7:3) | \\$1.00 on P (no route meets this page's terms) | "
                   "\\$2.00 on P (no route meets this page's terms) |"), row
    assert c.check() == []


def test_a_model_with_no_route_in_force_has_no_blended_price() -> None:
    """A route retired by the day is no price to blend: "no route"."""
    gone = Model(id="gone", name="Gone", context_window=8_000, routes=(ProviderRoute(
        provider="p", input=Decimal(1), output=Decimal(1), source=URL, checked=DAY,
        retires=dt.date(2026, 1, 1)),))
    catalog = Catalog(models=(*_catalog().models, gone), providers=_catalog().providers)
    traffic = Traffic.from_requests(per_day=100, input_tokens=1_000, output_tokens=100)
    c = compare("gone", "wide", catalog=catalog, traffic=traffic, as_of=DAY)
    assert _blended_row(c.to_markdown()).startswith("| Blended price (7:3) | no route |")
