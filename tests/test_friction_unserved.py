"""Switch friction says no move to a model with no route in service on the page's date.

Review 29, F3: ``phicompare gpt-4.5 claude-sonnet-4-5`` listed, under "From Claude Sonnet 4.5 to
GPT-4.5", six things to check "before moving traffic", though GPT-4.5's one route (OpenAI)
retired on 2025-07-14 and its weights are not published; ``phicompare gemini-1.5-pro gpt-4o``
alike. The move to such a model is one line; the move from it keeps its friction, the migration
a reader needs. A model with published weights runs from them: the moves to it keep theirs.
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare

from .helpers import friction_said

DAY = dt.date(2026, 12, 3)




def _none(name: str, source: str = "") -> list[str]:
    return [f"{name} has no route in service on 2026-12-03: traffic cannot move to it{source}."]


def test_a_move_to_a_retired_closed_model_is_one_line() -> None:
    said = friction_said(compare("gpt-4.5", "claude-sonnet-4-5", as_of=DAY))
    assert said["Claude Sonnet 4.5 -> GPT-4.5"] == _none("GPT-4.5")
    # the move away from it is the migration a reader needs: described as before
    assert said["GPT-4.5 -> Claude Sonnet 4.5"] == [
        ("Moving from GPT-4.5 to Claude Sonnet 4.5 loses no documented capability, context or "
         "input modality.")]
    assert not any("before moving traffic" in text for texts in said.values() for text in texts)


def test_the_move_from_the_retired_model_keeps_its_friction() -> None:
    said = friction_said(compare("gemini-1.5-pro", "gpt-4o", as_of=DAY))
    assert said["GPT-4o -> Gemini 1.5 Pro"] == _none("Gemini 1.5 Pro")
    away = said["Gemini 1.5 Pro -> GPT-4o"]
    assert any(text.startswith("Context shrinks from 2M tokens on Gemini 1.5 Pro") for text in away)
    assert "GPT-4o takes no audio or video input, which Gemini 1.5 Pro accepts." in away


def test_before_the_retirement_both_directions_are_described() -> None:
    """On 2025-01-01 Gemini 1.5 Pro's routes served it: the move to it is described."""
    said = friction_said(compare("gemini-1.5-pro", "gpt-4o", as_of=dt.date(2025, 1, 1)))
    to = said["GPT-4o -> Gemini 1.5 Pro"]
    assert to
    assert not any("no route in service" in text for text in to), to


def test_a_move_to_closed_weights_gone_from_service_is_one_line() -> None:
    """Phi-4 Reasoning to o4-mini, whose routes all retired by 2026-11-19: not "the move gives up
    running the model on your own hardware", a move no one can make (tests/test_friction_terms.py
    keeps that sentence on a day o4-mini is served)."""
    said = friction_said(compare("phi-4-reasoning", "o4-mini", as_of=DAY))
    assert said["Phi-4 Reasoning -> o4-mini"] == _none("o4-mini")
    assert said["o4-mini -> Phi-4 Reasoning"] != _none("Phi-4 Reasoning")


def test_open_weights_keep_their_friction() -> None:
    """Phi-3.5 Mini's routes have all retired, but its weights are published: it runs from them,
    and the move to it is described as any other."""
    said = friction_said(compare("phi-4-mini", "phi-3.5-mini", as_of=DAY))
    assert not any("no route in service" in text for texts in said.values() for text in texts)
    assert "Phi-4 Mini -> Phi-3.5 Mini" in said or "Phi-4 Mini <-> Phi-3.5 Mini" in said


def test_two_retired_models_say_it_each_way() -> None:
    said = friction_said(compare("gpt-4.5", "gemini-2.0-flash", as_of=DAY))
    assert said["GPT-4.5 -> Gemini 2.0 Flash"] == _none("Gemini 2.0 Flash")
    assert said["Gemini 2.0 Flash -> GPT-4.5"] == _none("GPT-4.5")


def test_three_models_name_each_line_s_source() -> None:
    """Two directions lead to GPT-4.5: each line is its own (no sentence said twice a page)."""
    said = friction_said(compare("gpt-4.5", "gpt-4o", "claude-sonnet-4-5", as_of=DAY))
    assert said["GPT-4o -> GPT-4.5"] == _none("GPT-4.5", " from GPT-4o")
    assert said["Claude Sonnet 4.5 -> GPT-4.5"] == _none("GPT-4.5", " from Claude Sonnet 4.5")
    assert any(text.startswith("Context shrinks") for text in said["Claude Sonnet 4.5 -> GPT-4o"])


def test_the_page_renders_the_line_under_its_direction() -> None:
    page = compare("gpt-4.5", "claude-sonnet-4-5", as_of=DAY).to_markdown()
    assert ("### From Claude Sonnet 4.5 to GPT-4.5\n\n- GPT-4.5 has no route in service on "
            "2026-12-03: traffic cannot move to it.\n") in page


def test_the_pick_s_own_listing_says_its_bill_at_a_glance() -> None:
    """Leftover of review 29: "Gemini 3 Pro Preview for the lower bill at this traffic (Gemini 3
    Pro Preview's bill is on QiHang's listing ...)" named the model twice, as the summary did
    before fixAR; the verdict's pick alike."""
    c = compare("gemini-3-pro-preview", "claude-opus-4-5", as_of=DAY)
    glance = c.narrative.at_a_glance[0].text
    assert glance.startswith("Gemini 3 Pro Preview for the lower bill at this traffic (its bill "
                             "is on QiHang's listing: Cost at your traffic says why)"), glance
    verdict = c.narrative.verdict[0].text
    assert verdict.startswith("Pick Gemini 3 Pro Preview for the lower bill at this traffic "
                              "($1,313.50 a month; its bill is on QiHang's listing"), verdict
    assert c.check() == []
