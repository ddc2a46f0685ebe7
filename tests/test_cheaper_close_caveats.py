"""The FAQ's cheaper answer keeps the caveats of the close bills it names (helper fixDN).

``phicompare claude-3-sonnet claude-3-5-sonnet-20240620 claude-3-opus``: the line at a glance
said "(both bills at prices last checked more than 180 days before the comparison's date)",
while the FAQ's answer named Claude Sonnet 3 and Claude Sonnet 3.5 bare, at "their cheapest
eligible routes": ``bill_caveats`` was called only for one lower bill. A two-model tie
("Neither: ... a tie.") lost them too. See docs/narrative.md.
"""

from __future__ import annotations

from phicompare import Comparison, compare
from phicompare.narrative.claims import CheckOp

_OLD = "at prices last checked more than 180 days before the comparison's date"


def _answer(c: Comparison) -> object:
    return next(q for q in c.narrative.faq if q.key == "cheaper").answer[0]


def _stale_checks(claim: object) -> list[str]:
    return [p for check in claim.checks  # type: ignore[attr-defined]
            if check.op is CheckOp.TRUE for p in check.paths if p.endswith(".stale")]


def test_two_lowest_bills_of_three_keep_the_caveat_they_share() -> None:
    c = compare("claude-3-sonnet", "claude-3-5-sonnet-20240620", "claude-3-opus")
    glance = c.to_markdown(sections=["glance"])
    assert f"(both bills {_OLD})" in glance
    claim = _answer(c)
    assert claim.text == (  # type: ignore[attr-defined]
        "Claude Sonnet 3 and Claude Sonnet 3.5, at 800M input and 250M output tokens a month "
        f"and their cheapest eligible routes, both bills {_OLD}.")
    assert len(set(_stale_checks(claim))) == 2  # (each bill's stale route, checked)
    assert c.check() == []


def test_a_two_model_tie_keeps_its_bills_caveats() -> None:
    c = compare("claude-3-sonnet", "claude-3-5-sonnet-20240620")
    claim = _answer(c)
    assert claim.text == (  # type: ignore[attr-defined]
        "Neither: at 800M input and 250M output tokens a month the bills are a tie, "
        f"both bills {_OLD}.")
    assert _stale_checks(claim)
    assert c.check() == []


def test_one_lower_bill_keeps_its_own_wording() -> None:
    c = compare("llama-3.1-8b", "mistral-7b-v0.3")
    assert _answer(c).text == (  # type: ignore[attr-defined]
        "Llama 3.1 8B, at 800M input and 250M output tokens a month and its cheapest eligible "
        "route.")
