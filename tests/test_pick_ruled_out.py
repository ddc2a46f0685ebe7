"""An empty recommendation says what dropping each requirement alone would let in.

Review 27, P10: the page named no requirement. Review 28, P2: a requirement that also rules
routes out (a provider filter, a context, a capability) was never counted alone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from phicompare import recommend
from phicompare.analysis.requirements import RequirementKind
from phicompare.narrative.reasons import check_reasons

DAY = dt.date(2026, 11, 25)


def _without(asked: dict[str, Any], kind: RequirementKind, value: str | None) -> dict[str, Any]:
    """The options with one requirement dropped (the oracle: recommend() asked again)."""
    out = dict(asked)
    if kind is RequirementKind.CAPABILITY:
        out["requires"] = [c for c in asked["requires"] if c != value]
    else:
        key = {RequirementKind.MIN_CONTEXT: "min_context", RequirementKind.BUDGET: "budget",
               RequirementKind.LICENSE: "licenses", RequirementKind.PROVIDERS: "providers",
               RequirementKind.OPEN_WEIGHTS: "open_weights"}[kind]
        out.pop(key)
        if kind is RequirementKind.PROVIDERS:
            out.pop("exclude_providers", None)
    return out


@pytest.mark.parametrize("asked", [
    {"requires": ["vision"], "budget": "0", "min_context": 128_000},
    {"requires": ["vision"], "licenses": ["MIT"], "min_context": 1_000_000},
    {"providers": ["openai"], "open_weights": True},
    {"providers": ["openai"], "min_context": 2_000_000},
    {"requires": ["vision", "code_execution"], "open_weights": True, "budget": "1"},
    {"budget": "5", "include_free": True},
])
def test_each_count_is_what_dropping_that_requirement_alone_lets_in(asked: dict[str, Any]) -> None:
    r = recommend(as_of=DAY, limit=2, **asked)
    assert r.matched == 0
    for k, requirement in enumerate(r.requirements):
        if requirement.kind in (RequirementKind.ROUTE, RequirementKind.RELEASED):
            continue  # (no option drops them: the day asked sets which routes serve too)
        dropped = recommend(as_of=DAY, limit=2, **_without(asked, requirement.kind,
                                                           requirement.value))
        assert r.ruled_out_alone[k] == dropped.matched, requirement
    assert r.to_dict()["ruled_out_alone"] == list(r.ruled_out_alone)
    said = r.reasons.summary[1].text
    if any(r.ruled_out_alone):
        assert said.startswith("Without "), said
    else:
        assert said == ("No requirement alone keeps every model out: dropping any one still "
                        "leaves none.")
    assert r.check() == []


def test_the_provider_filter_is_named_when_it_alone_keeps_models_out() -> None:
    """Review 28, P2: it said "each fails two or more", yet dropping --provider lets 19 in."""
    r = recommend(as_of=DAY, providers=["openai"], min_context=2_000_000)
    said = r.reasons.summary[1].text
    assert "without the provider filter, " in said, said
    assert "two or more" not in said


def test_free_tiers_counted_say_the_counts_are_of_priced_routes() -> None:
    r = recommend(as_of=DAY, budget="5", include_free=True, limit=2)
    assert r.reasons.summary[1].text.endswith(
        "models would meet every other requirement on a priced route."), r.reasons.summary[1]


def test_the_budget_is_named_with_its_count() -> None:
    r = recommend(as_of=DAY, requires=["vision"], budget="0", min_context=128_000)
    k = [q.kind for q in r.requirements].index(RequirementKind.BUDGET)
    n = r.ruled_out_alone[k]
    assert n > 0
    assert r.reasons.summary[1].text.startswith(f"Without the $0.00 budget, {n:,} models ")
    counts = list(r.ruled_out_alone)
    counts[k] += 1  # the sentence checked against a tampered count fails
    assert check_reasons(r.reasons, attrs.evolve(r, ruled_out_alone=tuple(counts))) != []


def test_a_matching_recommendation_counts_nothing_and_says_nothing() -> None:
    r = recommend(as_of=DAY, requires=["vision"], limit=2)
    assert r.matched > 0
    assert r.ruled_out_alone == ()
    assert not any(c.key == "summary:ruled-out" for c in r.reasons.summary)
