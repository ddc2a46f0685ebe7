"""A free tier the traffic cannot use, and a model with no priced route, are said once a page.

Review 26, P5: North Mini Code's cost paragraph said OpenRouter's 50 requests a day twice, in
the bill's reason ("at least 136 a day in this traffic") and in a sentence of its own ("about
137 requests a day or more"): one limit, one traffic, two figures. With its free tier billing
the traffic, the cost paragraph ended with the summary's "North Mini Code has no eligible
priced route." word for word (`check()`: repeated-sentence).
"""

from __future__ import annotations

from collections.abc import Iterable

from phicompare import Traffic, compare
from phicompare.narrative.claims import Claim


def _said(claims: Iterable[Claim]) -> str:
    return " ".join(claim.text for claim in claims)


def test_a_free_tier_over_its_limits_is_said_once_with_one_figure() -> None:
    c = compare("north-mini-code", "glm-4.5-air", include_free=True)
    cost = _said(c.narrative.cost)
    assert cost.count("50 requests a day") == 1, cost
    assert ("North Mini Code: no estimate, no eligible route (OpenRouter: usage limits: 50 "
            "requests a day allowed, about 137 a day or more in this traffic, in requests of at "
            "most 256,000 tokens).") in cost
    assert "at least 136" not in cost
    assert "cannot carry it" not in cost
    assert c.check() == []


def test_a_free_tier_billed_model_without_a_priced_route_is_not_said_twice() -> None:
    c = compare("north-mini-code", "glm-4.5-air", include_free=True,
                traffic=Traffic.from_requests(per_day=30, input_tokens=1, output_tokens=8192))
    summary, cost = _said(c.narrative.summary), _said(c.narrative.cost)
    assert "North Mini Code has no eligible priced route." in summary
    assert "no eligible priced route" not in cost
    assert "North Mini Code's only route is a free tier." in cost
    assert c.check() == []

