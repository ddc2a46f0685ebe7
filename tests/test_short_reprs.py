"""A comparison's narrative, claims and a recommendation's parts print one line, not a dump.

``repr(c.narrative)`` was some 49,000 characters (every claim with its evidence); each now
prints as ``Comparison`` does, ``<Name subject: what it holds>``, while equality and hashing
still read every field.
"""

from __future__ import annotations

import re

import pytest

from phicompare import Comparison, compare, recommend
from phicompare.narrative import paths
from phicompare.narrative.claims import Basis, Claim, Evidence


@pytest.fixture(scope="module")
def pair() -> Comparison:
    return compare("phi-2", "phi-4-mini")


def test_the_narrative_prints_its_title_and_counts(pair: Comparison) -> None:
    shown = repr(pair.narrative)
    claims = len(list(pair.narrative.claims()))
    assert shown == (f"<Narrative Phi-2 vs Phi-4 Mini: {claims} claims, "
                     f"{len(pair.narrative.scorecard)} scorecard rows, "
                     f"{len(pair.narrative.faq)} questions>")


def test_every_claim_row_and_question_prints_one_short_line(pair: Comparison) -> None:
    narrative = pair.narrative
    for record in [*narrative.claims(), *narrative.scorecard, *narrative.faq]:
        shown = repr(record)
        assert re.fullmatch(r"""<(Claim|Row|Question) \S+: (['"]).*\2"""
                            r"( on \d+ facts?(, \d+ checks?)?| \(\d+ claims?\))>", shown), shown
        assert len(shown) < 140, shown


def test_a_claim_quotes_its_key_text_and_facts() -> None:
    fact = Evidence(paths.AS_OF, 1)
    claim = Claim(key="price:0", text="x" * 80, evidence=(fact, fact))
    assert repr(claim) == f"<Claim price:0: '{'x' * 57}...' on 2 facts>"


def test_equality_and_hash_still_read_the_evidence() -> None:
    """Two claims that print alike are still unequal when their evidence differs."""
    a = Claim(key="k", text="Same.", evidence=(Evidence(paths.AS_OF, 1),))
    b = Claim(key="k", text="Same.", evidence=(Evidence(paths.AS_OF, 2),))
    assert repr(a) == repr(b)
    assert a != b
    assert a == Claim(key="k", text="Same.", basis=lambda: Basis(a.evidence))
    assert hash(a) == hash(Claim(key="k", text="Same.", evidence=a.evidence))


def test_a_recommendation_s_parts_print_one_line() -> None:
    r = recommend(limit=2)
    first = r.candidates[0]
    assert repr(first) == (f"<Candidate {first.model.id}: ${first.monthly:,.2f} a month on "
                           f"{first.provider_name}>")
    assert re.fullmatch(r"<Reasons: \d+ claims; summary, 2 candidates, 0 rejected>",
                        repr(r.reasons))
