"""A free tier's route row speaks to every reader, not in a Python argument (review 11, K15)."""

from __future__ import annotations

import datetime as dt

from phicompare import compare

REASON = "free tier, not counted unless free tiers are included"


def test_a_free_tier_is_not_counted_in_plain_words() -> None:
    # dated before GitHub Models, both models' free tier, closed on 2026-07-30
    c = compare("phi-4", "gpt-4o-mini", as_of=dt.date(2026, 7, 29))
    for page in (c.to_text(width=80), c.to_markdown(), c.to_html()):
        assert "include_free" not in page
        assert "include\\_free" not in page
    assert f"no: {REASON}" in " ".join(c.to_text(width=200).split())
    assert REASON in c.to_json()
