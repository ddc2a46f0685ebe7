"""A rule that alone breaks several bills' ties of equal price is said once (helper fixBG).

The last stop left (review 31, #3, in part): `phicompare gpt-4o gpt-4o-mini gpt-5-mini --sections
cost` said the 90-day notice rule three times, once a model. It is said once, before the notes,
and each note keeps its routes and what the rule found of them; every sentence stays verified
(`check()` re-reads each part a note shows in the estimate's `choice`).
"""

from __future__ import annotations

import datetime as dt

import attrs

from phicompare import compare
from phicompare.analysis.choice import SERVICE_RULE
from phicompare.narrative.check import check_claims

DAY = dt.date(2026, 12, 3)


def _cost(c: object) -> str:
    return " ".join(claim.text for claim in c.narrative.cost)  # type: ignore[attr-defined]


def test_the_notice_rule_is_said_once_for_three_bills() -> None:
    c = compare("gpt-4o", "gpt-4o-mini", "gpt-5-mini", as_of=DAY)
    cost = _cost(c)
    assert cost.count(SERVICE_RULE) == 1, cost
    assert (f"One rule breaks the ties of equal bills below for GPT-4o, GPT-4o mini and GPT-5 "
            f"Mini: {SERVICE_RULE}.") in cost, cost
    for name, day in (("GPT-4o", "2027-01-14"), ("GPT-4o mini", "2027-01-14"),
                      ("GPT-5 Mini", "2026-12-11")):
        assert (f"{name}: billed on Microsoft Foundry, a major cloud or platform; Microsoft "
                f"Foundry costs exactly as much as OpenAI (OpenAI's retires on {day}); a "
                "reseller's lower listing") in cost, cost
    assert c.check() == []
    # the page prints the checked narrative
    assert "One rule breaks the ties of equal bills below" in c.to_markdown(sections=["cost"])


def test_one_bill_tied_keeps_its_rule_in_its_note() -> None:
    cost = _cost(compare("gpt-4o", "claude-sonnet-4-5", as_of=DAY))
    assert "One rule breaks" not in cost, cost
    said = f"Microsoft Foundry costs exactly as much as OpenAI ({SERVICE_RULE}: OpenAI's retires"
    assert said + " on 2027-01-14)" in cost, cost


def test_a_note_whose_parts_are_not_the_estimate_s_words_fails_the_check() -> None:
    """The notes rest on the estimate's ``choice``: another choice fails each part's check."""
    c = compare("gpt-4o", "gpt-4o-mini", "gpt-5-mini", as_of=DAY)
    narrative = c.narrative
    e = c.cost.estimates[2]
    changed = attrs.evolve(c, cost=attrs.evolve(c.cost, estimates=(
        *c.cost.estimates[:2], attrs.evolve(e, choice=(e.choice or "").replace(
            "2026-12-11", "2027-12-11")))))
    problems = check_claims(narrative, changed)
    assert any("contains" in problem for problem in problems), problems
