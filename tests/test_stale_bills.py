"""A bill on a price checked long ago: listed in the deep dive and caveated in the verdict
(review 7, F33 and F18)."""

from __future__ import annotations

import datetime as dt

from phicompare import Traffic, compare
from phicompare.analysis.comparison import Comparison

DAY = dt.date(2026, 12, 1)


def _deep(c: Comparison) -> str:
    return " ".join(claim.text for paragraph in c.narrative.deep_dive for claim in paragraph)


def _verdict(c: Comparison) -> str:
    return " ".join(claim.text for claim in c.narrative.verdict)


def test_the_stale_list_names_a_billed_route_checked_long_ago_alone() -> None:
    """Mistral Small 3.1 24B Base's only route, behind the cheapest bill, is in the stale list
    (F33; Gemini 1.5 Flash 8B's, the first example, retired on 2025-09-24 and bills nothing now;
    Ministral 8B Instruct's, the second, joined Mistral's ministral-8b-latest listing of 2026)."""
    c = compare("gpt-4o-mini", "claude-3-haiku", "mistral-small-3.1-24b-base-2503",
                traffic=Traffic(input_tokens=1000 * 10**9, output_tokens=100 * 10**9), as_of=DAY)
    assert ("Prices for Mistral Small 3.1 24B Base checked more than 180 days before 2026-12-01: "
            "Mistral (2025-04-30, the route behind the bill).") in _deep(c)
    assert c.check() == []


def test_a_pick_for_the_bill_says_the_price_is_old() -> None:
    """The verdict's bill on a price checked long ago carries its date (F33, F18)."""
    c = compare("gpt-4o-mini", "claude-3-haiku", "mistral-small-3.1-24b-base-2503",
                traffic=Traffic(input_tokens=1000 * 10**9, output_tokens=100 * 10**9), as_of=DAY)
    assert ("Pick Mistral Small 3.1 24B Base for the lowest bill at this traffic ($130,000.00 a "
            "month, at prices last checked on 2025-04-30, more than 180 days before 2026-12-01)"
            ) in _verdict(c)
    assert c.check() == []


def test_a_lower_bill_than_a_rival_on_an_old_price_says_so() -> None:
    """Qwen3 235B-A22B's bill, checked 2025-04-29 (F18): $270.00 on Fireworks AI until review 24,
    P2 set that route to the $0.22/$0.88 two later snapshots give; now $900.00 on another
    LLMStats route of the same day (DeepInfra's)."""
    c = compare("deepseek-r1", "deepseek-v3-0324", "qwen3-235b-a22b",
                requires=["reasoning"],
                traffic=Traffic.from_requests(per_day=20000, input_tokens=3000,
                                              output_tokens=1500), as_of=DAY)
    verdict = _verdict(c)
    assert "Pick Qwen3 235B-A22B for a lower bill than DeepSeek-R1 ($900.00 a month" in verdict
    assert "at prices last checked on 2025-04-29, more than 180 days before 2026-12-01" in verdict
    assert c.check() == []


def test_the_line_at_a_glance_keeps_the_old_price_caveat() -> None:
    """Without figures, the line at a glance still says the bill's price is old (F18)."""
    c = compare("deepseek-r1", "deepseek-v3-0324", "qwen3-235b-a22b", requires=["reasoning"],
                traffic=Traffic.from_requests(per_day=20000, input_tokens=3000,
                                              output_tokens=1500), as_of=DAY)
    glance = " ".join(claim.text for claim in c.narrative.at_a_glance)
    assert ("Qwen3 235B-A22B for a lower bill than DeepSeek-R1 (at prices last checked more "
            "than 180 days before the comparison's date)") in glance
    assert c.check() == []
