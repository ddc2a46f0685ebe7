"""Models alike under the retired-maker rule are said in one sentence, not one each in a row.

Helper fixDD: ``phicompare claude-3-opus claude-3-sonnet`` (2026-12-03) read "Claude Opus 3's
bill rests on Amazon Bedrock's listing, its price and status last checked 2025-05-22; Anthropic
retired its own route on 2026-01-05. Claude Sonnet 3's bill rests on Amazon Bedrock's listing,
its price and status last checked 2025-05-22; Anthropic retired its own route on 2025-07-21."
Bills on one provider's listings, checked on one day, their makers alike, are one sentence
(`narrative.retired_maker`); a bill on another listing keeps its own. See docs/narrative.md.
"""

from __future__ import annotations

import datetime as dt

import attrs

from phicompare import Comparison, compare
from phicompare.narrative.check import check_claims

DAY = dt.date(2026, 12, 3)


def _summary(c: Comparison) -> str:
    return " ".join(" ".join(claim.text for claim in c.narrative.summary).split())


def test_claude_opus_3_and_sonnet_3_share_one_sentence() -> None:
    c = compare("claude-3-opus", "claude-3-sonnet", as_of=DAY)
    summary = _summary(c)
    assert ("Claude Sonnet 3 is $24,600.00 cheaper. Claude Opus 3's and Claude Sonnet 3's bills "
            "rest on Amazon Bedrock's listings, their prices and status last checked "
            "2025-05-22; Anthropic retired its own routes for them on 2026-01-05 and "
            "2025-07-21 respectively.") in summary, summary
    assert summary.count("rests on") == 0, summary
    assert summary.count("rest on") == 1, summary
    assert c.check() == []


def test_one_retirement_day_is_said_once() -> None:
    c = compare("claude-opus-4-0", "claude-sonnet-4-0", as_of=DAY)
    assert ("Claude Opus 4's and Claude Sonnet 4's bills rest on Amazon Bedrock's listings, "
            "their prices and status last checked 2025-05-22; Anthropic retired its own route "
            "for each on 2026-06-15.") in _summary(c), _summary(c)
    assert c.check() == []


def test_a_bill_on_another_listing_keeps_its_own_sentence() -> None:
    c = compare("claude-3-opus", "claude-3-sonnet", "claude-3-haiku", as_of=DAY)
    summary = _summary(c)
    assert "Claude Opus 3's and Claude Sonnet 3's bills rest on Amazon Bedrock's listings" \
        in summary, summary
    assert ("Claude Haiku 3's bill rests on Google Vertex AI's listing, its price and status "
            "last checked 2025-05-22; Anthropic retired its own route on 2026-04-20.") \
        in summary, summary
    assert c.check() == []


def test_the_joined_sentence_rests_on_each_model_s_rows() -> None:
    """Each day in it is checked: Claude Sonnet 3's maker route not retired by then is refused."""
    c = compare("claude-3-opus", "claude-3-sonnet", as_of=DAY)
    claim = next(claim for claim in c.narrative.summary if "rest on" in claim.text)
    assert {e.path for e in claim.evidence} >= {"cost.estimates[0].provider_name",
                                                "cost.estimates[1].provider_name"}
    k = next(k for k, row in enumerate(c.routes) if row.model_index == 1 and row.maker
             and row.route.retires == dt.date(2025, 7, 21))
    row = attrs.evolve(c.routes[k], route=attrs.evolve(c.routes[k].route,
                                                       retires=dt.date(2027, 1, 1)))
    broken = attrs.evolve(c, routes=(*c.routes[:k], row, *c.routes[k + 1:]))
    problems = check_claims(c.narrative, broken)
    assert any("rest on Amazon Bedrock's listings" in p for p in problems), problems


def test_models_whose_routes_retired_on_one_day_are_said_together() -> None:
    """Helper fixDN: three bills whose maker routes retired on two days read "on 2025-10-28,
    2025-10-28 and 2025-07-21 respectively"; they are grouped by the day."""
    c = compare("claude-3-5-sonnet-20240620", "claude-3-5-sonnet-20241022", "claude-3-sonnet",
                providers=["Amazon Bedrock"], as_of=DAY)
    summary = _summary(c)
    assert ("Anthropic retired its own routes for Claude Sonnet 3.5 and Claude Sonnet 3.5 v2 on "
            "2025-10-28 and for Claude Sonnet 3 on 2025-07-21.") in summary, summary
    assert "respectively" not in summary
    assert c.check() == []
