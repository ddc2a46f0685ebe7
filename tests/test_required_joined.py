"""Models that fail a requirement the same way are named in one clause (helper fixS, item 3).

Where every model was out for the same required capability and in the same words, the line at
a glance repeated the verb for each ("Phi-4 Mini does not support it, and Phi-4 does not
support it"), and so did the verdict's shared no-pick line (item 2). One clause names them now:
"neither Phi-4 Mini nor Phi-4 supports it" for two, "none of Phi-2, Phi-4 and Phi-4 Mini
supports it" for more, "none of the routes of Phi-2 and GPT-4o documents it"; each model's
checks are kept. Clauses that differ ("Phi-1.5 has no provider route and does not document it")
keep their own words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import compare
from phicompare.narrative.context import context_of
from phicompare.narrative.standing import out_basis

DAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(("ids", "required", "glance", "verdict"), [
    pytest.param(
        ("phi-4-mini", "phi-4"), "vision",
        "This page requires vision, and neither Phi-4 Mini nor Phi-4 supports it.",
        "No pick of Phi-4 Mini or Phi-4, as this page requires vision, and neither supports it.",
        id="two-lack"),
    pytest.param(
        ("phi-2", "phi-4", "phi-4-mini"), "vision",
        "This page requires vision, and none of Phi-2, Phi-4 and Phi-4 Mini supports it.",
        "No pick of Phi-2, Phi-4 or Phi-4 Mini, as this page requires vision, and none of them "
        "supports it.",
        id="three-lack"),
    pytest.param(
        ("phi-2", "gpt-4o"), "code_execution",
        "This page requires code execution, and none of the routes of Phi-2 and GPT-4o "
        "documents it.",
        "No pick of Phi-2 or GPT-4o, as this page requires code execution, and none of their "
        "routes documents it.",
        id="two-routes"),
])
def test_one_clause_names_them_all(ids: tuple[str, ...], required: str, glance: str,
                                   verdict: str) -> None:
    c = compare(*ids, requires={required}, as_of=DAY)
    assert [claim.text for claim in c.narrative.at_a_glance] == [glance]
    assert [claim.text for claim in c.narrative.verdict] == [verdict]
    x = context_of(c)
    for claim, figured in ((c.narrative.at_a_glance[0], False), (c.narrative.verdict[0], True)):
        for out in x.out:
            assert out is not None
            assert set(out_basis(c, out, figured=figured).checks) <= set(claim.checks)
    assert c.check() == []


def test_clauses_that_differ_keep_their_words() -> None:
    c = compare("phi-2", "phi-1.5", "gpt-4o", requires={"code_execution"}, as_of=DAY)
    assert [claim.text for claim in c.narrative.at_a_glance] == [
        ("This page requires code execution, and not one of Phi-2, Phi-1.5 and GPT-4o meets it: "
        "none of Phi-2's routes documents it; Phi-1.5 has no provider route and does not "
        "document it; and none of GPT-4o's routes documents it.")]
    assert c.check() == []


def test_beside_a_model_left_in_the_verdict_names_the_two() -> None:
    c = compare("phi-4", "phi-3-mini-128k", "phi-3.5-mini", requires={"function_calling"},
                as_of=DAY)
    verdict = [claim.text for claim in c.narrative.verdict]
    assert ("No pick of Phi-3 Mini 128K or Phi-3.5 Mini, as this page requires function calling, "
            "and none of their routes documents it.") in verdict
    assert c.check() == []
