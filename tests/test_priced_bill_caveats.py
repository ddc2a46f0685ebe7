"""With free tiers counted, the only priced bill keeps its listing's caveats (leftO's leftover).

A model billed on a free tier has a priced bill beside it (``CostFacts.priced``), on another
route than its own bill's. Where that is the only priced bill on the page, the pick said
"($9.00 a month on Host; ...)" with no word of its listing, where its own bill's pick names
a listing's output limit above the model's and a fallback listing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import (
    Catalog,
    Comparison,
    Model,
    Provider,
    ProviderRoute,
    ProviderTier,
    RouteStatus,
    Traffic,
    compare,
)

DAY = dt.date(2026, 12, 1)
OUTPUT = ("on a listing whose output limit, 16,384 tokens, is above the model's own 4,096, "
          "which responses of 5,000 tokens need")


def _route(provider: str, price: str, status: RouteStatus = RouteStatus.GA) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         status=status, source="https://example.com", checked=DAY,
                         max_output_tokens=16_384)


def _compare(*, free: bool, vendor: str | None = "Acme",
             host: RouteStatus = RouteStatus.GA) -> Comparison:
    """A (closed weights, its maker's route a free tier, Host's priced) against B (no route)."""
    a = Model(id="a", name="A", vendor=vendor, open_weights=False, context_window=128_000,
              max_output_tokens=4_096,
              routes=(_route("acme", "0", RouteStatus.FREE_TIER), _route("host", "0.5", host)))
    b = Model(id="b", name="B", vendor="Acme", open_weights=False, context_window=8_000)
    catalog = Catalog(models=(a, b), benchmarks=(), providers=(
        Provider(id="acme", name="Acme", tier=ProviderTier.FIRST_PARTY, vendors=("Acme",)),
        Provider(id="host", name="Host")))
    traffic = Traffic.from_requests(per_day=100, input_tokens=1_000, output_tokens=5_000)
    return compare("a", "b", catalog=catalog, include_free=free, as_of=DAY, traffic=traffic)


def test_the_only_priced_bill_says_its_listing_as_the_only_bill_does() -> None:
    """The pick names the listing's output limit and the fallback listing of the priced bill."""
    own = _compare(free=False)
    assert own.narrative.verdict[0].text.startswith(
        f"Pick A for a longer context (128K tokens), or if you need a priced route: it is the only "
        f"one with a bill ($9.00 a month, {OUTPUT}; A's bill is on "
        "Host's listing: Cost at your traffic says why; B has no provider route")
    c = _compare(free=True)
    assert c.cost.free_indexes == (0,)
    assert c.narrative.verdict[0].text.startswith(
        f"Pick A for a longer context (128K tokens), or if you need a priced route: it is the only "
        f"one with a priced bill ($9.00 a month on Host, {OUTPUT}; "
        "A's priced bill is on Host's listing: Cost at your traffic says why; B has no provider "
        "route in the catalog)")
    assert c.narrative.at_a_glance[0].text.startswith(
        "A for a longer context, or if you need a priced route, the only one with a priced bill "
        "(A's priced bill is on Host's listing: Cost at your traffic says why)")
    # (the why in full in the cost section alone: helper fixZ)
    assert "no priced route from its maker" in _priced_line(c)
    assert c.check() == []


def test_a_maker_not_on_record_is_said_so() -> None:
    """With no maker on record, the priced bill's listing says that in the cost section, as a
    fallback's does; the pick names the listing and sends the reader there (helper fixZ)."""
    c = _compare(free=True, vendor=None)
    assert ("A's priced bill is on Host's listing: its maker is not on record, and no priced "
            "route from a major cloud or platform is eligible.") in _priced_line(c)
    assert ("A's priced bill is on Host's listing: Cost at your traffic says why;"
            ) in c.narrative.verdict[0].text
    assert c.check() == []


def _priced_line(c: Comparison) -> str:
    return next(claim.text for claim in c.narrative.cost if claim.key == "priced-bills:cost")


def test_the_cost_section_says_the_priced_bill_s_listing() -> None:
    """The cost section's priced bill names its listing as the model's own bill's line would."""
    c = _compare(free=True)
    assert _priced_line(c) == (
        "Whether the free tier on Acme carries this traffic is unknown: its limits are not "
        "recorded; "
        "on the cheapest eligible priced "
        f"route, A would cost $9.00 a month on Host ({OUTPUT.removeprefix('on ')}); A's priced "
        "bill is on Host's listing: no priced route from its maker or from a major cloud or "
        "platform is eligible.")
    assert c.check() == []


def test_an_unconfirmed_priced_listing_is_said_so() -> None:
    """A priced bill on an unverified listing: the cost section and the pick say so."""
    c = _compare(free=True, host=RouteStatus.UNVERIFIED)
    assert "on Host (an unconfirmed listing that may have been retired; a listing whose" in \
        _priced_line(c)
    assert c.narrative.verdict[0].text.startswith(
        "Pick A for a longer context (128K tokens), or if you need a priced route: it is the only "
        "one with a priced bill ($9.00 a month on Host, on an "
        "unconfirmed listing that may have been retired, on a listing whose output limit")
    assert c.check() == []
