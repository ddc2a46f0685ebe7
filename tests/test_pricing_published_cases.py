"""Price calculators' own published cases (usage -> expected price), priced by phicompare.

The cases are the figures of pydantic/genai-prices' ``tests/test_tiered_pricing.py`` (MIT
licence): each names a model's prices, one request's tokens and the price genai-prices expects.
Neither pinned calculator ships its tests in its wheel, so the figures are restated here, with
each model's prices as that file states them; phicompare must bill the same request the same.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from phicompare import ProviderRoute, Tier, TierBoundary, Traffic, route_cost

D = Decimal


def _route(input_price: str, output_price: str, threshold: int, tier_input: str,
           tier_output: str | None = None, *, cache_read: str | None = None,
           tier_cache_read: str | None = None, at_or_above: bool = False) -> ProviderRoute:
    boundary = TierBoundary.AT_OR_ABOVE if at_or_above else TierBoundary.ABOVE
    tier = Tier(above_input_tokens=threshold, input=D(tier_input),
                output=None if tier_output is None else D(tier_output),
                cache_read=None if tier_cache_read is None else D(tier_cache_read),
                boundary=boundary)
    return ProviderRoute(provider="p", source="https://github.com/pydantic/genai-prices",
                         checked=dt.date(2026, 11, 29), input=D(input_price),
                         output=D(output_price),
                         cache_read=None if cache_read is None else D(cache_read), tiers=(tier,))


# Claude Sonnet 4.5 on Anthropic (during the 1M-context beta): $3 / $15, above 200K $6 / $22.50.
SONNET = _route("3", "15", 200_000, "6", "22.5")
# GPT-5.4 on OpenAI: $2.50 / $15, cache reads $0.25; above 272K $5 / $22.50, cache reads $0.50.
GPT_5_4 = _route("2.5", "15", 272_000, "5", "22.5", cache_read="0.25", tier_cache_read="0.5")
# The file's mock multi-tier model, input side: $1, above 100K $2, above 500K $3, above 1M $5.
MULTI = ProviderRoute(provider="p", source="https://github.com/pydantic/genai-prices",
                      checked=dt.date(2026, 11, 29), input=D(1), output=D(3), tiers=(
                          Tier(above_input_tokens=100_000, input=D(2)),
                          Tier(above_input_tokens=200_000, output=D(5)),
                          Tier(above_input_tokens=500_000, input=D(3)),
                          Tier(above_input_tokens=1_000_000, input=D(5), output=D(8))))


@pytest.mark.parametrize(("name", "route", "input_tokens", "output_tokens", "cached", "expected"), [
    ("sonnet below the threshold", SONNET, 100_000, 0, 0, "0.3"),
    ("sonnet far above it", SONNET, 1_000_000, 0, 0, "6"),
    ("sonnet exactly at it (> 200000)", SONNET, 200_000, 0, 0, "0.6"),
    ("sonnet just above it", SONNET, 200_001, 0, 0, "1.200006"),
    ("sonnet with output, below", SONNET, 100_000, 100_000, 0, "1.8"),
    ("sonnet with output, above", SONNET, 300_000, 100_000, 0, "4.05"),
    ("gpt-5.4 below the threshold", GPT_5_4, 200_000, 0, 0, "0.5"),
    ("gpt-5.4 above it", GPT_5_4, 500_000, 0, 0, "2.5"),
    ("gpt-5.4 with output, above", GPT_5_4, 300_000, 100_000, 0, "3.75"),
    ("gpt-5.4 all cached, below", GPT_5_4, 100_000, 0, 1, "0.025"),
    ("multi-tier input 500K (> 500K is strict: the 100K tier)", MULTI, 500_000, 0, 0, "1"),
])
def test_genai_prices_published_tier_cases(name: str, route: ProviderRoute, input_tokens: int,
                                           output_tokens: int, cached: int,
                                           expected: str) -> None:
    """One request priced as genai-prices' own tests expect (to the last digit)."""
    traffic = Traffic(input_tokens=input_tokens, output_tokens=output_tokens, requests=1,
                      cached_share=D(cached))
    assert route_cost(route, traffic).monthly == D(expected), name
