"""Claude Haiku 3.5 on Anthropic's API at Anthropic's price, not LLMStats's launch price.

LLMStats priced the route $1.00/$5.00 (dated 2024-11-24, the launch price Anthropic lowered
in December 2024); Anthropic's pricing page gives $0.80/$4 with cache hits at $0.08, the price
the model's Bedrock route carries (review 19's smaller observation).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import compare, default_catalog


def test_the_anthropic_route_carries_anthropics_price() -> None:
    model = default_catalog().model("claude-3-5-haiku-20241022")
    [route] = [r for r in model.routes if r.provider == "anthropic"]
    assert (route.input, route.output, route.cache_read) == (
        Decimal("0.80"), Decimal("4.00"), Decimal("0.08"))
    assert route.source == "https://docs.anthropic.com/en/docs/about-claude/pricing"
    assert "Price corrected $1 and $5 -> $0.80 and $4.00" in (route.notes or "")


def test_a_dated_page_lists_the_route_at_that_price() -> None:
    c = compare("claude-3-5-haiku-20241022", "gpt-4o-mini", as_of=dt.date(2025, 6, 1))
    [row] = [r for r in c.routes if r.model_index == 0 and r.route.provider == "anthropic"]
    assert row.route.input == Decimal("0.80")
    assert "$1.00 in" not in c.to_markdown()
