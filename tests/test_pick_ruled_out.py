"""An empty recommendation says what each requirement alone rules out (review 27, P10)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from phicompare import recommend
from phicompare.analysis.requirements import Fit
from phicompare.narrative.reasons import check_reasons

DAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize("asked", [
    {"requires": ["vision"], "budget": "0", "min_context": 128_000},
    {"requires": ["vision"], "licenses": ["MIT"], "min_context": 1_000_000},
    {"providers": ["openai"], "open_weights": True},
    {"requires": ["vision", "code_execution"], "open_weights": True, "budget": "1"},
])
def test_each_requirement_alone_counts_the_models_that_fail_only_it(asked: dict[str, Any]) -> None:
    r = recommend(as_of=DAY, explain_rejected=True, **asked)
    assert r.matched == 0
    # the oracle: the rejected models whose one failure is that requirement
    only = [[k for k, c in enumerate(m.checks) if c.fit is not Fit.MET] for m in r.rejected]
    expected = tuple(sum(1 for failed in only if failed == [k])
                     for k in range(len(r.requirements)))
    assert r.ruled_out_alone == expected
    assert r.to_dict()["ruled_out_alone"] == list(expected)
    said = r.reasons.summary[1].text
    if any(expected):
        assert said.startswith("Of the models that meet every other requirement, ")
        for n in expected:
            assert not n or (f" {n:,}" in said or f" {n}" in said or n < 10), said
    else:
        assert said == "No model fails only one requirement: each fails two or more."
    assert r.check() == []


def test_the_budget_is_named_with_its_count() -> None:
    r = recommend(as_of=DAY, requires=["vision"], budget="0", min_context=128_000)
    k = [q.kind.value for q in r.requirements].index("budget")
    n = r.ruled_out_alone[k]
    assert n > 0
    assert (f"the $0.00 budget alone rules out {n:,}" in r.reasons.summary[1].text)
    # the sentence checked against a tampered count fails
    counts = list(r.ruled_out_alone)
    counts[k] += 1
    assert check_reasons(r.reasons, attrs.evolve(r, ruled_out_alone=tuple(counts))) != []


def test_a_matching_recommendation_says_nothing_of_it() -> None:
    r = recommend(as_of=DAY, requires=["vision"], limit=2)
    assert r.matched > 0
    assert not any("every other requirement" in c.text for c in r.reasons.summary)
