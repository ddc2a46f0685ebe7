"""A requirement several models fail, said once in the verdict and the deep dive (helper fixS).

Item 2: `phicompare phi-2 phi-1.5 gpt-4o --requires code_execution` gave three "no pick" lines
and two deep-dive sentences, each ending "..., which this page requires"; a `--requires vision`
page of two text-only models said "it does not support vision, which this page requires" twice
in the verdict and "none of them supports vision, which this page requires" twice in the deep
dive. The line at a glance says such a requirement once (review 15 leftovers, R3,
`narrative.required_once`); the verdict and the deep dive do now too, each model's clause and
checks kept.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from phicompare import Comparison, compare
from phicompare.domain.capabilities import Support
from phicompare.narrative.check import check_claims
from phicompare.narrative.claims import Claim
from phicompare.narrative.context import context_of
from phicompare.narrative.standing import out_basis

DAY = dt.date(2026, 11, 25)


def _texts(claims: tuple[Claim, ...]) -> list[str]:
    return [claim.text for claim in claims]


def _availability(c: Comparison) -> list[str]:
    return [claim.text for paragraph in c.narrative.deep_dive for claim in paragraph
            if claim.key.startswith("availability:")]


def _page(c: Comparison) -> str:
    return " ".join(c.to_markdown().split())


def _checks_kept(c: Comparison, claim: Claim, models: list[int]) -> None:
    """The merged claim carries every model's own evidence and checks."""
    x = context_of(c)
    for i in models:
        out = x.out[i]
        assert out is not None
        own = out_basis(c, out, figured=True)
        assert set(own.checks) <= set(claim.checks), (i, own.checks)
        assert {e.path for e in own.evidence} <= {e.path for e in claim.evidence}


def test_code_execution_failed_by_all_three() -> None:
    c = compare("phi-2", "phi-1.5", "gpt-4o", requires={"code_execution"}, as_of=DAY)
    verdict = c.narrative.verdict
    assert _texts(verdict) == [
        ("No pick of Phi-2, Phi-1.5 or GPT-4o, as this page requires code execution: none of "
        "Phi-2's routes documents it; Phi-1.5 has no provider route and does not document it; "
        "and none of GPT-4o's routes documents it.")]
    _checks_kept(c, verdict[0], [0, 1, 2])
    assert _availability(c) == [
        ("This page requires code execution: Phi-2 has two routes in the catalog and GPT-4o has "
         "16; none of those routes documents it.")]
    page = _page(c)
    assert page.count("which this page requires") == 0, page
    assert c.check() == []


def test_vision_failed_by_two_text_only_models() -> None:
    c = compare("phi-4-mini", "phi-4", requires={"vision"}, as_of=DAY)
    verdict = c.narrative.verdict
    assert len(verdict) == 1
    assert verdict[0].text.startswith("No pick of Phi-4 Mini or Phi-4, as this page requires "
                                      "vision"), verdict[0].text
    _checks_kept(c, verdict[0], [0, 1])
    assert _availability(c) == [
        ("This page requires vision: Phi-4 Mini has seven routes in the catalog and Phi-4 has "
         "five; none of those routes supports it.")]
    assert _page(c).count("which this page requires") == 0
    assert c.check() == []


def test_beside_a_model_that_meets_it() -> None:
    """Gemma 3 4B documents vision: its pick stands, the other two share one no-pick line."""
    c = compare("phi-4-mini", "phi-4", "gemma-3-4b", requires={"vision"}, as_of=DAY)
    texts = _texts(c.narrative.verdict)
    assert len(texts) == 2, texts
    assert texts[0].startswith("No pick of Phi-4 Mini or Phi-4, as this page requires vision")
    assert texts[1].startswith("Pick Gemma 3 4B: the only model here with a route that meets")
    assert len(_availability(c)) == 1
    assert c.check() == []


@pytest.mark.parametrize(("ids", "verdict", "deep"), [
    (("phi-4-mini", "gemma-3-4b"),
     "Phi-4 Mini: no pick, as it does not support vision, which this page requires.",
     ("Phi-4 Mini has seven routes in the catalog; none of them supports vision, which this page "
     "requires.")),
])
def test_one_model_out_reads_as_before(ids: tuple[str, ...], verdict: str, deep: str) -> None:
    c = compare(*ids, requires={"vision"}, as_of=DAY)
    assert verdict in _texts(c.narrative.verdict)
    assert _availability(c) == [deep]
    assert c.check() == []


def test_a_merged_line_fails_check_when_a_model_documents_it() -> None:
    """The merged claim keeps each model's check: a fact changed under it is caught."""
    c = compare("phi-4-mini", "phi-4", requires={"vision"}, as_of=DAY)
    claim = c.narrative.verdict[0]
    k = next(k for k, row in enumerate(c.capabilities) if row.capability.value == "vision")
    row = c.capabilities[k]
    changed = attrs.evolve(row, support=(row.support[0], Support.YES))
    rows = (*c.capabilities[:k], changed, *c.capabilities[k + 1:])
    other = attrs.evolve(c, capabilities=rows)
    problems = check_claims(attrs.evolve(c.narrative, verdict=(claim,)), other)
    assert any(f"capabilities[{k}].support[1]" in p for p in problems), problems
