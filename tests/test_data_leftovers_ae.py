"""The catalog's data leftovers of the last stop (helper dataAE): each record read as its
maker's own page gives it."""

from __future__ import annotations

from decimal import Decimal

from phicompare import compare, default_catalog


def test_o3_mini_gpqa_diamond_states_high_reasoning_effort() -> None:
    """o3-mini's GPQA Diamond 77.2 is OpenAI's "o3-mini (high)" figure (the GPT-4.1 post's
    column, simple-evals' o3-mini-high row), yet it printed its setting as "not stated"."""
    model = default_catalog().model("o3-mini")
    (score,) = [s for s in model.scores if s.benchmark == "gpqa-diamond"]
    assert score.score == Decimal("77.2")
    assert score.setting == "0-shot CoT, high reasoning effort"
    assert "simple-evals" in (score.note or "")


def test_gpt_4_0613_structured_outputs_stay_unknown() -> None:
    """A guard, not a fix: OpenAI's Structured Outputs launch gives gpt-4-0613 the function-calling
    kind (``strict: true``) and lists only two GPT-4o models for the response-format kind the
    key is filled from, so neither yes nor no is its plain word: the page says "not
    documented", never that GPT-4 lacks them (docs/data-notes.md, Capabilities)."""
    model = default_catalog().model("gpt-4-0613")
    assert model.capabilities.structured_outputs is None
    assert all(r.capabilities is None or r.capabilities.structured_outputs is None
               for r in model.routes)
    page = compare("gpt-4-0613", "gpt-4o").to_markdown()
    assert "| Structured outputs | not documented | yes |" in page
