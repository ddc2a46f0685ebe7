"""The first candidate's near-ties are judged over every matched model, not the listed ones.

Review 17, P2: ``pick --requires vision --budget 300 --limit 1`` said "Ranked first: the only
model listed." of Llama 3.2 11B Vision Instruct ($51.45), while 72 other models meet every
requirement and Gemma 3 27B ($51.50) and Gemma 3 4B ($52.00) cost within 5% of it; at
``--limit 2`` the same pick said "though Gemma 3 27B costs about the same".
"""

from __future__ import annotations

import datetime as dt

from phicompare import recommend

_AS_OF = dt.date(2026, 12, 2)


def _first(limit: int) -> str:
    r = recommend(requires=["vision"], budget=300, limit=limit, as_of=_AS_OF)
    assert r.check() == []
    return next(c.text for c in r.reasons.candidates[0] if c.key.startswith("rank:"))


def test_limit_one_names_the_near_ties_not_listed() -> None:
    """--limit 1: the first's line names the bills within 5% of its own, "(not listed)"."""
    r = recommend(requires=["vision"], budget=300, limit=1, as_of=_AS_OF)
    assert [c.model.id for c in r.close_unlisted][:2] == ["gemma-3-27b-it", "gemma-3-4b"]
    assert _first(1) == ("Ranked first: no model that meets every requirement costs less, "
                         "though Gemma 3 27B and Gemma 3 4B (neither listed) cost about the "
                         "same, within 5% of its bill.")
    assert "the only model listed" not in r.to_text()


def test_limit_two_counts_the_one_not_listed_too() -> None:
    """--limit 2: the listed near-tie and the one past the limit, each said so."""
    assert _first(2) == ("Ranked first: no model that meets every requirement costs less, "
                         "though Gemma 3 27B and, not listed, Gemma 3 4B cost about the same, "
                         "within 5% of its bill.")


def test_limit_three_lists_both_and_keeps_none_apart() -> None:
    """--limit 3: both near-ties are listed; nothing is kept apart."""
    r = recommend(requires=["vision"], budget=300, limit=3, as_of=_AS_OF)
    assert r.close_unlisted == ()
    assert _first(3) == ("Ranked first: no model that meets every requirement costs less, "
                         "though Gemma 3 27B and Gemma 3 4B cost about the same, within 5% of "
                         "its bill.")
    assert r.to_dict()["close_unlisted"] == []


def test_the_only_match_is_said_so() -> None:
    """One model meeting every requirement: "the only model that meets every requirement"."""
    only = recommend(min_context=2_000_000, open_weights=True, limit=1, as_of=_AS_OF)
    assert only.matched == 1
    assert only.check() == []
    assert "Ranked first: the only model that meets every requirement." in [
        c.text for c in only.reasons.candidates[0]]
