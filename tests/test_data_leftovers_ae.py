"""The catalog's data leftovers of the last stop (helper dataAE): each record read as its
maker's own page gives it."""

from __future__ import annotations

from decimal import Decimal

from phicompare import default_catalog


def test_o3_mini_gpqa_diamond_states_high_reasoning_effort() -> None:
    """o3-mini's GPQA Diamond 77.2 is OpenAI's "o3-mini (high)" figure (the GPT-4.1 post's
    column, simple-evals' o3-mini-high row), yet it printed its setting as "not stated"."""
    model = default_catalog().model("o3-mini")
    (score,) = [s for s in model.scores if s.benchmark == "gpqa-diamond"]
    assert score.score == Decimal("77.2")
    assert score.setting == "0-shot CoT, high reasoning effort"
    assert "simple-evals" in (score.note or "")
