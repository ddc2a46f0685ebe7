"""Review 17, P4: one DeepMind page's Gemini 1.5 Flash column is read as one version.

LLMStats read Gemini 1.5 Flash 8B's figures and Gemini 1.5 Flash's on DeepMind's Gemini Flash
page. Eight of Flash's are the "Gemini 1.5 Flash 002" column of Google's Gemini 2.0 post and say
"model version 002"; the page's other Flash figures (WMT23, MathVista, FLEURS, Video-MME,
XSTest) were left as the May 2024 model's, so the 8B-vs-Flash page read MMLU-Pro 58.7 vs 67.3 as
"separate evaluations" and MathVista 54.7 vs 65.8 as "directly comparable (same benchmark,
evaluation and setting)". The page's figures are taken as the 002 version's, as Gemini 1.5
Pro's page's are.
"""

from __future__ import annotations

from phicompare import compare, default_catalog

_PAGE = "https://deepmind.google/technologies/gemini/flash/"
_VERSION = "model version 002"


def test_flash_s_deepmind_page_figures_say_model_version_002() -> None:
    flash = default_catalog().model("gemini-flash-1.5")
    by_benchmark = {s.benchmark: s for s in flash.scores}
    for benchmark in ("mathvista", "fleurs", "video-mme", "xstest"):
        score = by_benchmark[benchmark]
        assert score.source == _PAGE, benchmark
        assert _VERSION in (score.setting or ""), benchmark
    # HumanEval 74.3 and WMT23 74.1 are the May 2024 report's figures (its Table 11; WMT23's
    # helper dataAE): no version is read into them
    for benchmark in ("humaneval", "wmt23"):
        assert _VERSION not in (by_benchmark[benchmark].setting or ""), benchmark


def test_the_8b_page_never_reads_one_table_as_both_separate_and_one_evaluation() -> None:
    """Every pair of the 8B's DeepMind-page figures against Flash's reads alike."""
    page = compare("gemini-1.5-flash-8b", "gemini-1.5-flash")
    eight_b = default_catalog().model("gemini-1.5-flash-8b")
    from_page = {s.benchmark for s in eight_b.scores if s.source == _PAGE}
    rows = [row for row in page.benchmarks if row.benchmark.id in from_page and row.shared]
    assert len(rows) >= 8
    comparable = {row.benchmark.id for row in rows if row.pair(0, 1).comparable}
    assert comparable == set()  # Flash's column is the 002 version's, the 8B's is not labelled
    text = page.to_markdown()
    assert "directly comparable (same benchmark, evaluation and setting)" not in text
    assert page.check() == []
