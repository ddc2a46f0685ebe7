"""The only bill keeps the caveats a lower bill carries (helper leftN's leftover).

"Pick Grok 4 Fast for the only bill at this traffic ($285.00 a month; Phi-1.5 has no provider
route in the catalog)" left out what its lower bill says beside GPT-4o: the bill is on
Requesty's listing, no route from its maker or a major cloud being eligible. So did a bill on a
reseller's listing of a closed-weight model (`--route-policy cheapest`), and one that rests on a
listing's output limit above the model's own; the one model left in, "the only one with a bill",
left out the last too.
"""

from __future__ import annotations

import datetime as dt

from phicompare import Comparison, Traffic, compare

WRITTEN = dt.date(2026, 12, 1)
"""The day these pages' expectations were written (their routes and prices change with it)."""

_LONG = Traffic.from_requests(per_day=1000, input_tokens=1000, output_tokens=30000)
_CLAIM = ("on a listing whose output limit, 32,768 tokens, is above the model's own 16,384, "
          "which responses of 30,000 tokens need")


def _verdict(c: Comparison) -> list[str]:
    return [claim.text for claim in c.narrative.verdict]


def test_a_bill_on_another_providers_listing() -> None:
    c = compare("grok-4-fast", "phi-1.5", as_of=WRITTEN)
    assert ("Pick Grok 4 Fast for a longer context (2M tokens), or if you need a priced route: it "
            "is the only one with a bill ($285.00 a month; Grok 4 Fast's bill is on Requesty's "
            "listing: Cost at your traffic says why; Phi-1.5 has no provider route in the "
            "catalog).") in _verdict(c), _verdict(c)
    assert c.check() == []


def test_a_resellers_listing_of_a_closed_model() -> None:
    c = compare("claude-sonnet-4.5", "phi-1.5", route_policy="cheapest", as_of=WRITTEN)
    pick = _verdict(c)[0]
    assert pick.startswith("Pick Claude Sonnet 4.5 for a longer context (200,000 tokens), vision "
                           "and reasoning mode, or if you need a priced route: it is the only "
                           "one with a bill ($879.00 a month; Claude Sonnet 4.5's bill on "
                           "QiHang is a reseller's listing of a closed-weight model; Phi-1.5 has "
                           "no provider route in the catalog)"), pick
    assert c.check() == []


def test_a_bill_on_a_listings_output_limit() -> None:
    c = compare("llama-4-maverick-17b-instruct", "phi-1.5", traffic=_LONG, as_of=WRITTEN)
    pick = _verdict(c)[0]
    assert pick.startswith("Pick Llama 4 Maverick 17B Instruct for a longer context (1M tokens) "
                           "and vision, or if you need a priced route: it is the only one with "
                           f"a bill ($535.20 a month, {_CLAIM}; Phi-1.5 has no provider route "
                           "in the catalog)"), pick
    assert c.check() == []


def test_the_one_model_left_in_with_a_bill() -> None:
    c = compare("llama-4-maverick-17b-instruct", "gpt-4o", traffic=_LONG, as_of=WRITTEN)
    pick = _verdict(c)[0]
    assert pick == ("Pick Llama 4 Maverick 17B Instruct: the only model here with a route that "
                    "meets this page's terms, and the only one with a bill ($535.20 a month, "
                    f"{_CLAIM})."), pick
    assert c.check() == []


def test_the_one_model_released_keeps_its_unconfirmed_listing() -> None:
    c = compare("phi-2", "gpt-4o", as_of=dt.date(2024, 1, 1))
    assert _verdict(c)[0] == (
        "Pick Phi-2: the only model here released by the comparison's date (2024-01-01), and "
        "the only one with a bill ($105.00 a month, on an unconfirmed listing that may have been "
        "retired, at prices checked on 2026-09-29, after the comparison's date).")
    assert c.check() == []
