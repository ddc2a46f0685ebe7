"""Brief dataDG: scores filed under a model that another system's run or an unofficial page gave
(``importers._foreign_scores``), read against the bundled catalog."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import compare, default_catalog
from phicompare.domain.records import BenchmarkScore, Model
from phicompare.importers._foreign_scores import FOREIGN_SCORES

_READ = dt.date(2026, 12, 3)


def _scores(model: Model, benchmark: str) -> list[BenchmarkScore]:
    return [s for s in model.scores if s.benchmark == benchmark]


def test_o4_mini_holds_neither_deep_researchs_browsecomp_nor_a_tool_run_as_no_tools() -> None:
    """LLMStats filed Deep Research's BrowseComp 51.5 and an HLE 17.7 whose no-tools setting no
    primary page confirms under o4-mini; both are dropped and said in its notes, while o3's
    own figures from the same post stay."""
    catalog = default_catalog()
    o4_mini, o3 = catalog.model("o4-mini"), catalog.model("o3")
    assert not _scores(o4_mini, "browsecomp")
    assert not _scores(o4_mini, "humanity-s-last-exam")
    assert o4_mini.notes is not None
    assert "browsecomp 51.5 -> dropped" in o4_mini.notes
    assert "Deep Research" in o4_mini.notes
    assert "humanity-s-last-exam 17.7 -> dropped" in o4_mini.notes
    assert [(s.score, s.setting) for s in _scores(o3, "browsecomp")] == [
        (Decimal("49.7"), "with python + browsing")]
    assert [(s.score, s.setting) for s in _scores(o3, "humanity-s-last-exam")] == [
        (Decimal("20.32"), "no tools")]


def test_the_o3_pair_no_longer_sets_o3s_no_tools_hle_against_a_tool_run() -> None:
    """The page showed "BrowseComp | with python + browsing | 49.7 | 51.5" and "Humanity's Last
    Exam | no tools | 20.3 | 17.7": neither row is a shared score any more."""
    page = compare("o3", "o4-mini").to_markdown()
    assert "| 49.7 | 51.5 |" not in page
    assert "| 20.3 | 17.7 |" not in page


def test_qwq_32b_holds_no_figure_from_an_unofficial_mirror() -> None:
    """QwQ-32B's GPQA 65.2 and MATH-500 90.6 rested on qwen-ai.com and equal QwQ-32B-Preview's
    own; they are dropped, the Preview keeps its own, and no score in the catalog cites the
    mirror."""
    catalog = default_catalog()
    qwq, preview = catalog.model("qwq-32b"), catalog.model("qwq-32b-preview")
    assert not _scores(qwq, "gpqa")
    assert not _scores(qwq, "math-500")
    assert qwq.notes is not None
    assert "gpqa 65.2 -> dropped" in qwq.notes
    assert "math-500 90.6 -> dropped" in qwq.notes
    assert {s.source for s in qwq.scores} == {"https://qwenlm.github.io/blog/qwq-32b/"}
    assert [s.score for s in _scores(preview, "gpqa")] == [Decimal("65.2")]
    assert [s.score for s in _scores(preview, "math-500")] == [Decimal("90.6")]
    assert not [(m.id, s.benchmark) for m in catalog.models for s in m.scores
                if s.source is not None and "qwen-ai.com" in s.source]


def test_qwen3s_aider_pass_at_2_is_aider_polyglot_beside_the_leaderboards_run() -> None:
    """Qwen's "Aider Pass@2" is the Aider polyglot benchmark (its other columns are the
    leaderboard's pass_rate_2): one benchmark with two evaluations, not two benchmarks; its
    "Pass@2" is the leaderboard's own measure, which the leaderboard's runs carry unstated."""
    catalog = default_catalog()
    for model_id, own, board in (("qwen3-235b-a22b", "61.8", "59.6"),
                                 ("qwen3-32b", "50.2", "40.0")):
        model = catalog.model(model_id)
        assert not _scores(model, "aider")
        runs = {(str(s.score), s.setting, s.source) for s in _scores(model, "aider-polyglot")}
        assert runs == {(own, None, "https://qwenlm.github.io/blog/qwen3/"),
                        (board, None, "https://aider.chat/docs/leaderboards/")}
        (qwen,) = [s for s in _scores(model, "aider-polyglot")
                   if s.source == "https://qwenlm.github.io/blog/qwen3/"]
        assert qwen.checked == _READ
        assert qwen.note is not None
        assert "aider 61.8 -> aider-polyglot" in qwen.note or (
            "aider 50.2 -> aider-polyglot" in qwen.note)


def test_the_qwen3_page_shows_aider_polyglot_once_with_the_other_run() -> None:
    """The page no longer lists an "Aider" row apart from "Aider Polyglot": Qwen's run of both
    is said beside the leaderboard's, as another evaluation."""
    page = compare("qwen3-235b-a22b", "qwen3-32b").to_markdown()
    assert "| Aider |" not in page
    (row,) = [line for line in page.splitlines() if line.startswith("| Aider Polyglot |")]
    assert "| 59.6 | 40.0 |" in row
    assert "another run of both: 61.8 vs 50.2" in row


def test_every_foreign_score_fix_names_a_page_read_on_the_briefs_day() -> None:
    assert FOREIGN_SCORES
    assert all(f.source.startswith("https://") and f.checked == _READ and "dataDG" in f.why
               for f in FOREIGN_SCORES)
