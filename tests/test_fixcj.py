"""Helper fixCJ: four page defects a review found (stop 54).

1. A larger output limit went from the tradeoffs and the scorecard where the other model has
   no route in service, while the windows stayed: `phicompare gemini-1.5-pro gemini-2.5-pro`
   showed 64K against 8K in the specs table alone, and `phicompare gpt-4 gpt-4.1 --as-of
   2026-11-01` dropped "GPT-4.1 allows longer responses" once GPT-4 retired.
2. A capability the scorecard names and the verdict dismisses gave no reason: "it is not
   documented for Claude Opus 3." now ends "which leaves it unknown for that model", as a
   listing's silence does.
3. Neither model scored: the benchmarks section said "No benchmark has scores from both
   models.", which implies one has some; each case now says what is true.
4. "Pick Mistral Small for the only bill at this traffic": a bill is no merit in itself; the
   pick now reads "if you need a priced route: it is the only one with a bill (...)".
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare
from phicompare.analysis.comparison import Comparison

_TODAY = dt.date(2026, 12, 3)


def _fit(c: Comparison) -> str:
    return next(claim.text for claim in c.narrative.scorecard if claim.key == "fit")


def test_the_larger_output_limit_stays_beside_a_model_out_of_service() -> None:
    c = compare("gemini-1.5-pro", "gemini-2.5-pro", as_of=_TODAY)
    tradeoffs = [claim.text for claim in c.narrative.tradeoffs]
    assert ("Gemini 2.5 Pro allows longer responses: up to 64K output tokens, against 8K for "
            "Gemini 1.5 Pro.") in tradeoffs
    assert any(t.startswith("Gemini 1.5 Pro takes longer prompts") for t in tradeoffs)
    # the scorecard's decision fit: 2.5 Pro's long outputs, as 1.5 Pro keeps its long context
    assert _fit(c) == ("Decision fit: long context; reasoning mode, function calling and "
                       "structured output (Gemini 1.5 Pro: none documented) and long outputs")
    assert c.check() == []


def test_the_output_tradeoff_holds_after_the_other_model_retires() -> None:
    for day in (dt.date(2026, 10, 1), dt.date(2026, 11, 1)):
        c = compare("gpt-4", "gpt-4.1", as_of=day)
        assert ("GPT-4.1 allows longer responses: up to 32K output tokens, against 8K for "
                "GPT-4.") in [claim.text for claim in c.narrative.tradeoffs], day
        assert _fit(c).endswith("long context and long outputs"), day
        assert c.check() == []


def test_a_capability_left_undocumented_is_no_reason_and_says_why() -> None:
    for a, b, words in [
            ("claude-3-opus", "claude-opus-4-5",
             "it is not documented for Claude Opus 3, which leaves it unknown for that model."),
            ("command-r-plus-04-2024", "command-r-plus-08-2024",
             ("it is not documented for Command R+ (command-r-plus-04-2024), which leaves it "
              "unknown for that model."))]:
        c = compare(a, b, as_of=_TODAY)
        verdict = " ".join(claim.text for claim in c.narrative.verdict)
        assert words in verdict, verdict
        assert c.check() == []


def test_the_benchmarks_section_says_what_is_true_of_the_scores() -> None:
    neither = compare("mixtral-8x7b-instruct-v0.1", "command-r", as_of=_TODAY).to_markdown()
    assert neither.count("No benchmark scores are recorded for these models.") == 2
    assert "No benchmark has scores from both models." not in neither
    one = compare("mixtral-8x7b-instruct-v0.1", "phi-2", as_of=_TODAY)
    page = one.to_markdown()
    assert "Only Phi-2 has benchmark scores recorded, so none can be compared." in page
    assert "\nOnly Phi-2 has benchmark scores recorded.\n" in page
    assert "No benchmark has scores from both models." not in page
    assert one.check() == []
    shared = compare("gemini-1.5-pro", "gemini-2.5-pro", as_of=_TODAY).to_markdown()
    assert "No benchmark has scores from both models." in shared  # (each has some, none shared)
    assert "No benchmark has scores for both, so none can be compared." in shared


def test_the_only_bill_is_a_condition_not_a_merit() -> None:
    c = compare("sarvam-m", "mistral-small-2409", as_of=_TODAY)
    verdict = [claim.text for claim in c.narrative.verdict]
    glance = " ".join(claim.text for claim in c.narrative.at_a_glance)
    assert verdict[1].startswith("Pick Mistral Small if you need a priced route: it is the only "
                                 "one with a bill ($310.00 a month, "), verdict
    assert "Mistral Small if you need a priced route, the only one with a bill (" in glance
    assert "only bill" not in " ".join([*verdict, glance])
    assert c.check() == []
