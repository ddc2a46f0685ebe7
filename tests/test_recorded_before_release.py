"""LLMStats' ``date_recorded`` before the model's release is not the figure's day (dataAI, 1).

GPT-4.5 (released 2025-02-27) carried "recorded 2024-11-20" on the scores LLMStats took from
OpenAI's GPT-4.1 post, which came out on 2025-04-14: the note now gives the post's day and
says what LLMStats' date was.
"""

from __future__ import annotations

from phicompare import default_catalog

_POST = "https://openai.com/index/gpt-4-1/"


def test_gpt_4_5_scores_from_the_gpt_4_1_post_carry_its_day() -> None:
    model = default_catalog().model("gpt-4.5")
    cited = [s for s in model.scores if s.source == _POST]
    assert cited
    for score in cited:
        note = score.note or ""
        assert not note.startswith("recorded 2024-11-20")
        assert note.startswith("published 2025-04-14 (OpenAI's GPT-4.1 post")
        assert "date_recorded 2024-11-20" in note


def test_a_recorded_day_after_the_release_is_kept() -> None:
    model = default_catalog().model("gpt-4.5")
    simpleqa = next(s for s in model.scores if s.benchmark == "simpleqa")
    assert simpleqa.note == "recorded 2025-03-04"


def test_gpt_4o_november_scores_still_move_by_their_recorded_day() -> None:
    model = default_catalog().model("gpt-4o-2024-11-20")
    assert any((s.note or "").startswith("recorded 2024-11-20; filed under gpt-4o-2024-08-06")
               for s in model.scores)
