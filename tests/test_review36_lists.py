"""Review 36: retired routes in date order, said once at a glance; pick names told apart.

#7: ``phicompare gpt-4 o1`` listed o1's thirteen retired routes in no order ("Microsoft Foundry:
retired on 2026-10-21; ...: 2026-11-19; GitHub Models: 2026-07-30; OpenAI: 2026-10-23"), each
with its date in the verdict, and the line at a glance said "each of GPT-4's seven routes was
retired by the comparison's date and each of o1's 13 routes was retired by the comparison's
date". #4: ``phicompare pick`` named two models "Command R+".
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from phicompare import Comparison, compare, recommend

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.fixture(scope="module")
def retired() -> Comparison:
    return compare("gpt-4", "o1", as_of="2026-12-01")


def test_no_estimate_lists_retirements_earliest_first(retired: Comparison) -> None:
    for estimate in retired.cost.estimates:
        days = _DAY.findall(estimate.reason or "")
        assert len(days) >= 2
        assert days == sorted(days), estimate.reason


def test_verdict_names_each_retirement_date_once_in_order(retired: Comparison) -> None:
    for claim in retired.narrative.verdict:
        days = _DAY.findall(claim.text)
        assert days == sorted(days), claim.text
        assert len(days) == len(set(days)), claim.text  # (a date's providers named together)
    assert retired.check() == []


def test_glance_says_every_route_retired_once(retired: Comparison) -> None:
    (line,) = retired.narrative.at_a_glance
    assert line.text.count("retired by the comparison's date") == 1, line.text
    assert "(GPT-4's seven and o1's 13)" in line.text


def test_pick_tells_apart_models_that_share_a_name() -> None:
    r = recommend(requires=["vision"], explain_rejected=True, include_free=True,
                  as_of=dt.date(2026, 5, 1))
    shown = list(r.names.values())
    assert len(shown) == len(set(shown))  # one name a model
    assert r.names["command-r-plus-08-2024"] == "Command R+ (command-r-plus-08-2024)"
    assert r.names["command-r-plus-04-2024"] == "Command R+ (command-r-plus-04-2024)"
    page = r.to_markdown()
    lines = [line for line in page.splitlines() if line.startswith("- ") and ": " in line]
    owners: dict[str, set[str]] = {}
    for c, claims in zip(r.rejected, r.reasons.rejected, strict=True):
        for claim in claims:
            owners.setdefault(claim.text.split(": ", 1)[0], set()).add(c.model.id)
    assert all(len(ids) == 1 for ids in owners.values())
    assert any("Command R+ (command-r-plus-04-2024): " in line for line in lines)
    assert r.check() == []
