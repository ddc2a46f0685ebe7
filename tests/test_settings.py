"""A score's setting states a condition of the run, or the score has none (review 7, F3, F10).

Sources fill the setting with descriptions of the benchmark ("Challenging dataset of questions
written by domain experts ..."), placeholders ("Standard benchmark"), the metric's name
("percent correct") and pointers to footnotes the page does not carry; the importers keep only
what states a condition, so the tables and the prose read the same setting.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from phicompare import compare, default_catalog
from phicompare.domain.settings import condition
from phicompare.importers._setting_text import setting_said

_SAYS = re.compile(r"shot|cot|chain|thought|pass|maj@|cons@|think|tool|run|attempt|grader|judge"
                   r"|diamond|val|test|avg|average|f1|em\b|strict|agent|prompt|\d", re.IGNORECASE)
_PLACEHOLDERS = {"standard benchmark", "internal benchmark", "internal evaluation", "accuracy",
                 "percent correct", "score", "standard", "standardized evaluation",
                 "benchmark score", "standard evaluation"}


def test_no_bundled_setting_is_a_description_placeholder_or_footnote() -> None:
    """Every bundled score's setting is short or names a condition, cites no footnote."""
    wrong = []
    for model in default_catalog().models:
        for score in model.scores:
            text = score.setting
            if text is None:
                continue
            words = re.findall(r"[^\W\d_]+", text)
            if ("footnote" in text.casefold() or text.casefold() in _PLACEHOLDERS
                    or (len(words) >= 6 and not _SAYS.search(text))):
                wrong.append((model.id, score.benchmark, text))
    assert wrong == []


@pytest.mark.parametrize(("text", "said"), [
    (("Challenging dataset of questions written by domain experts in biology, physics, and "
     "chemistry"), None),
    ("Multi-discipline college-level multimodal understanding and reasoning problems", None),
    ("Internal methodology, see source footnote [2]", None),
    ("Standard benchmark", None),
    ("Internal benchmark", None),
    ("percent correct", None),
    ("Avg 5 runs, no custom tools/prompting (footnote [4], GPT-4o user model)",
     "Avg 5 runs, no custom tools/prompting (GPT-4o user model)"),
    ("Standard benchmark (o3-mini grader, see footnote [3])", "o3-mini grader"),
    ("Extended thinking (up to 64K tokens). Based on blog appendix and footnote 3.",
     "Extended thinking (up to 64K tokens)"),
    ("5-shot, CoT, micro_avg/acc_char", "5-shot, CoT, micro_avg/acc_char"),
    ("2024-08-01 to 2025-02-01", "2024-08-01 to 2025-02-01"),
    ("hard-aa; medium; pass@1", "hard-aa; medium; pass@1"),
])
def test_setting_said_keeps_only_conditions(text: str, said: str | None) -> None:
    """Descriptions, placeholders and footnote pointers go; conditions stay word for word."""
    assert setting_said(text) == said


def test_metric_words_are_no_condition() -> None:
    """'0-shot' and '0-shot, pass@1' are one condition; '5-shot' and '5-shot, CoT' are not."""
    assert condition("0-shot") == condition("0-shot, pass@1")
    assert condition("5-shot") != condition("5-shot, CoT")


def test_llmstats_answer_accuracy_is_a_metric_and_no_setting() -> None:
    """Review 23, P8: GPT-4.5's GSM8K "Answer accuracy" (LLMStats' metric) read as a setting,
    so its row against Gemma 2 9B's "8-shot CoT" said "settings differ" where only one of the
    two states a setting, as the HumanEval row beside it says."""
    assert condition("Answer accuracy") == ""
    c = compare("gpt-4.5", "gemma-2-9b")
    reasons = _reading(c, "gsm8k")
    assert reasons
    assert not any(r.startswith("settings differ") for r in reasons), reasons
    assert c.check() == []


def test_gemini_gpqa_is_setting_not_stated() -> None:
    """F3: Gemini 2.0 Flash's GPQA carries no description as its setting on the page."""
    page = compare("gpt-4o", "claude-3-7-sonnet-20250219", "gemini-2.0-flash").to_markdown()
    assert "Challenging dataset" not in page
    assert "Multi-discipline college-level" not in page


def test_placeholders_and_footnotes_leave_the_tables() -> None:
    """F10: no footnote pointer, 'Standard benchmark' or 'Internal benchmark' in a table."""
    page = compare("claude-sonnet-4-0", "gpt-4.1", route_policy="cheapest").to_markdown()
    for text in ("footnote", "Standard benchmark", "Internal benchmark"):
        assert text not in page


def _reading(c: object, benchmark: str) -> list[str]:
    rows = [r for r in c.benchmarks if r.benchmark.id == benchmark]  # type: ignore[attr-defined]
    return [p.reason or "" for r in rows for p in r.pairs]


def test_two_names_of_one_metric_are_separate_evaluations() -> None:
    """F10 (more): Aider Polyglot 'percent correct' vs 'Accuracy' reads separate evaluations."""
    c = compare("claude-3-7-sonnet-20250219", "deepseek-v3",
                exclude_providers=("anthropic", "aws-bedrock", "google-vertex"))
    assert _reading(c, "aider-polyglot") == ["different evaluations"]
    assert "percent correct" not in c.to_markdown()
    assert c.check() == []


def test_metric_word_alone_is_no_setting_difference() -> None:
    """F8: HumanEval '0-shot' vs '0-shot, pass@1' are separate evaluations, not other settings."""
    c = compare("claude-3-5-sonnet-20241022", "gpt-4o", "llama-3.1-405b-instruct",
                as_of=dt.date(2024, 11, 15))
    assert "different evaluations" in _reading(c, "humaneval")  # Claude and Llama (no GPT-4o)
    assert not any(r.startswith("settings differ") for r in _reading(c, "humaneval"))
    assert c.check() == []


def test_pass_at_one_is_not_the_one_of_pass_at_twelve() -> None:
    """pass@1 is the usual metric and no condition; pass@10 and pass@12 are conditions of their
    own, read as their words, never as "pass@1" with a digit after it ("pass_at_one2")."""
    assert condition("Pass@1") == ""
    assert condition("Pass@12") == "pass 12"
    assert condition("0-shot, pass@10") == "0 shot pass 10"
    assert condition("pass@1_avg") == "pass_at_one_avg"


def test_a_gap_s_reason_reads_the_conditions_its_scores_profiles_hold(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Which of two settings states more starts from each setting's condition, which the score's
    profile entry holds (worked out once a model): a gap's reason works out none again."""
    from phicompare.analysis import benchmarks as rows_of
    from phicompare.analysis.profile import profile
    from phicompare.domain import settings

    catalog = default_catalog()
    first, second = (profile(catalog.model(m), catalog) for m in ("gemma-2-2b", "gemma-2-9b"))
    ea, eb = first.sole["mmlu-pro"], second.sole["mmlu-pro"]
    assert (ea.score.setting, eb.score.setting) == ("0-shot", "0-shot CoT")
    said = rows_of.differ_reason(ea, eb)
    assert said == 'separate evaluations, only one setting states "CoT"'

    def read_again(text: str | None) -> str:
        raise AssertionError(f"condition({text!r}) worked out again")

    monkeypatch.setattr(settings, "condition", read_again)
    assert rows_of.differ_reason(ea, eb) == said
    assert settings.states_more("0-shot", "0-shot CoT", ("0 shot", "0 shot cot")) == (1, "CoT")
