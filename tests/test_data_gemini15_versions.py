"""Review 16, P1's second half: Gemini 1.5 Pro's record holds two versions' scores.

The record is the May 2024 model (released 2024-05-01, its report's scores, arXiv 2403.05530).
The figures LLMStats read on DeepMind's Gemini Pro page are the September 2024 version's
(``gemini-1.5-pro-002``): Google's Gemini 2.0 post gives them in its "Gemini 1.5 Pro 002"
column (MMLU-Pro 75.8, MATH 86.5, GPQA diamond 59.1 ...). They carry the version in their
setting, so no page sets them against another model's as the record's own.
"""

from __future__ import annotations

from decimal import Decimal

from phicompare import Traffic, compare, default_catalog

_VERSION = "model version 002"


def test_the_002_version_s_scores_say_so_and_the_report_s_do_not() -> None:
    model = default_catalog().model("gemini-1.5-pro")
    by_benchmark = {s.benchmark: s for s in model.scores}
    for benchmark, figure in (("mmlu-pro", "75.8"), ("math", "86.5"), ("hiddenmath", "52.0"),
                              ("natural2code", "85.4"), ("mrcr", "82.6"), ("mmmu", "65.9"),
                              ("vibe-eval", "53.9"), ("gpqa-diamond", "59.1")):
        score = by_benchmark[benchmark]
        assert score.score == Decimal(figure), benchmark
        assert _VERSION in (score.setting or ""), benchmark
    assert "gpqa" not in by_benchmark  # Google's row is GPQA (diamond)
    for benchmark in ("wmt23", "mathvista", "fleurs", "video-mme", "xstest"):
        assert _VERSION in (by_benchmark[benchmark].setting or ""), benchmark
    for benchmark in ("mmlu", "gsm8k", "humaneval", "bbh"):
        assert _VERSION not in (by_benchmark[benchmark].setting or ""), benchmark


def test_a_page_does_not_set_the_002_math_against_claude_as_the_record_s() -> None:
    """Review 16: the deep dive said "On MATH, Gemini 1.5 Pro's score is higher (86.5 against
    78.3 for Claude Sonnet 3.5 v2)", the 002 version's figure as the May model's."""
    page = compare("gemini-1.5-pro", "gpt-4o", "claude-3.5-sonnet",
                   traffic=Traffic(input_tokens=10**9, output_tokens=10**8))
    deep = " ".join(claim.text for paragraph in page.narrative.deep_dive for claim in paragraph)
    assert "86.5 against" not in deep
    text = page.to_markdown()
    assert "86.5 (model version 002)" in text
    assert page.check() == []


def test_gemini_1_5_flash_s_002_figures_say_so_too() -> None:
    """The same table's "Gemini 1.5 Flash 002" column: the Flash record (2024-05-14) held them
    as its own beside its report's figures."""
    flash = default_catalog().model("gemini-flash-1.5")
    by_benchmark = {s.benchmark: s for s in flash.scores}
    for benchmark, figure in (("mmlu-pro", "67.3"), ("math", "77.9"), ("gpqa-diamond", "51.0"),
                              ("mmmu", "62.3")):
        assert by_benchmark[benchmark].score == Decimal(figure), benchmark
        assert by_benchmark[benchmark].setting == _VERSION, benchmark
    assert "gpqa" not in by_benchmark
    assert by_benchmark["mmlu"].setting == "5-shot"
