"""`pick`'s opening says how the listed models stand against those the limit leaves out.

fixW, item 2 (review 17, P2's leftover): ``pick --requires vision --budget 300 --limit 1``
opened "The cheapest one is listed." of Llama 3.2 11B Vision Instruct ($51.45), while Gemma 3
27B ($51.50) and Gemma 3 4B ($52.00), not listed, cost about the same (within 5%), which a
comparison of the three gives no model as an advantage; and ``pick --requires vision --requires
reasoning --limit 2`` opened "The cheapest two are listed." while Doubao Seed 2.0 Mini, not
listed, costs exactly what the second does ($94.00), as ``pick --limit 4`` did of Mistral Nemo
beside the fourth ($23.50).
"""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import recommend
from phicompare.analysis.recommend import Recommendation

_AS_OF = dt.date(2026, 12, 2)


def _opening(r: Recommendation) -> str:
    assert r.check() == []
    (claim,) = [c for c in r.reasons.summary if c.key == "summary:limit"]
    return claim.text


@pytest.mark.parametrize(("limit", "text"), [
    (1, "Of the three cheapest, all within 5% of each other, one is listed."),
    (2, "Of the three cheapest, all within 5% of each other, two are listed."),
    (3, "The cheapest three are listed."),
])
def test_a_near_tie_the_limit_cuts_is_said(limit: int, text: str) -> None:
    """Near-ties past the limit: "of the three cheapest ... one", never "the cheapest one"."""
    r = recommend(requires=["vision"], budget=300, limit=limit, as_of=_AS_OF)
    assert _opening(r) == text
    assert "The cheapest one is listed" not in r.to_text()
    assert text in r.to_text(width=10_000)


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_an_equal_bill_the_limit_cuts_is_said() -> None:
    """A bill equal to the last listed one's, not listed: named, never "the cheapest two"."""
    r = recommend(requires=["vision", "reasoning"], limit=2, as_of=_AS_OF)
    bills = [c.monthly for c in r.candidates]
    assert [c.model.id for c in r.tied_unlisted] == ["doubao-seed-2.0-mini"]
    assert r.tied_unlisted[0].monthly == bills[1]
    assert _opening(r) == ("The first two by bill are listed; Doubao Seed 2.0 Mini, not listed, "
                           "costs the same as the second, $94.00 a month.")
    assert r.to_dict()["tied_unlisted"][0]["model"] == "doubao-seed-2.0-mini"


def test_an_equal_bill_after_the_first_alone() -> None:
    """--limit 4 of every model: Mistral Nemo costs what the fourth (Llama 3.1 8B on OpenRouter
    since review 33, #1) does and is named. Helicone's Meta Llama 3.1 8B Instruct Turbo, named
    beside it until brief dataDF, is a name of Llama 3.1 8B: no longer a second model tied with
    the one it serves."""
    r = recommend(limit=4, as_of=_AS_OF)
    assert _opening(r) == ("The first four by bill are listed; Mistral Nemo, not listed, costs "
                           "the same as the fourth, $23.50 a month.")
    assert "Turbo" not in _opening(r)


def test_a_clean_cut_keeps_the_words() -> None:
    """No bill past the limit is equal to or near the listed ones: "The cheapest one is listed."""
    r = recommend(limit=1, as_of=_AS_OF)
    assert r.tied_unlisted == ()
    assert r.close_unlisted == ()
    assert _opening(r) == "The cheapest one is listed."
