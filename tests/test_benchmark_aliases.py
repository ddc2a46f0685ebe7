"""One benchmark, one id: spellings of a benchmark's name in other datasets join
(``importers._benchmarks.SAME_BENCHMARK``)."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from phicompare import compare, default_catalog
from phicompare.cli.main import main
from phicompare.importers import from_llmstats
from phicompare.importers._benchmarks import SAME_BENCHMARK, BenchmarkIndex, benchmark_id

DAY = dt.date(2026, 11, 30)


def _llmstats(root: Path, scores: dict[str, str]) -> Path:
    for model, name in scores.items():
        folder = root / "models" / "lab" / model
        folder.mkdir(parents=True)
        (folder / "model.json").write_text(json.dumps({
            "name": model.upper(), "qualitative_metrics": [
                {"dataset_name": name, "score": 0.72, "source_link": "https://x.test/post"}]}),
            encoding="utf-8")
    (root / "providers").mkdir()
    return root


def test_spellings_of_multi_if_are_one_benchmark(tmp_path: Path) -> None:
    """Review 8, G10: LLMStats files one Multi-IF table under "Multi-IF", "MultiIF" and
    "MultiLF"/"MultilF" (a lower-case L for the I): three ids, so two models' scores from one
    table were "Scores only one model reports"."""
    root = _llmstats(tmp_path, {"a": "Multi-IF", "b": "MultiIF", "c": "MultiLF", "d": "MultilF"})
    catalog = from_llmstats(root, checked=DAY)
    assert {s.benchmark for m in catalog.models for s in m.scores} == {"multi-if"}
    assert [(b.id, b.name) for b in catalog.benchmarks] == [("multi-if", "Multi-IF")]


def test_the_first_spelling_met_does_not_name_the_benchmark() -> None:
    """The joined benchmark takes the alias table's name, whichever spelling came first."""
    index = BenchmarkIndex()
    assert index.add("MultilF") == index.add("Multi-IF") == "multi-if"
    assert [b.name for b in index.benchmarks()] == ["Multi-IF"]
    assert benchmark_id("Chart QA") == "chart-qa"  # the plain id rule is unchanged
    assert index.add("Chart QA") == "chartqa"


def test_every_alias_points_at_an_id_no_alias_rewrites() -> None:
    """An alias's target is canonical: no chain, and the target is not itself an alias."""
    targets = {target for target, _ in SAME_BENCHMARK.values()}
    assert not targets & set(SAME_BENCHMARK)


def test_no_two_bundled_benchmarks_differ_only_in_punctuation() -> None:
    """Review 8, G10's rest: "Chart QA" and "ChartQA", "Frontier Math" and "FrontierMath",
    "AGI Eval" and the curated "AGIEval" were two ids each; names that differ only in case,
    spaces and punctuation are one benchmark."""
    catalog = default_catalog()
    squashed: defaultdict[str, list[str]] = defaultdict(list)
    for benchmark in catalog.benchmarks:
        squashed[re.sub(r"[^a-z0-9]", "", benchmark.id)].append(benchmark.id)
    assert [ids for ids in squashed.values() if len(ids) > 1] == []


def test_qwen3_multi_if_scores_from_one_table_compare() -> None:
    """Review 8, G10: "| MultilF | not stated | 73.0 | no score | 71.9 |" beside "| MultiIF |
    no score | 72.2 (setting not stated) | no score |" under "Scores only one model reports";
    one "Multi-IF" row now holds all three, and no page names "MultilF"."""
    page = compare("qwen3-32b", "qwen3-30b-a3b", "qwen3-235b-a22b")
    (row,) = [r for r in page.benchmarks if r.benchmark.id == "multi-if"]
    assert row.shared
    assert [str(s.score) for s in row.scores if s is not None] == ["73.0", "72.2", "71.9"]
    text = page.to_markdown()
    assert "MultilF" not in text
    assert "MultiIF" not in text
    assert page.check() == []


def test_spellings_of_mmmu_validation_are_one_benchmark(tmp_path: Path) -> None:
    """Review 10, I3: LLMStats files the MMMU validation split as "MMMU", "MMMU (val)" (Gemma 3's
    card), "MMMU (validation)" (Anthropic's Claude 4 post) and "MMMUval" (Qwen2-VL's): four ids,
    so one page said Gemma 3 27B had "no score" on the MMMU (val) whose 64.9 it printed."""
    root = _llmstats(tmp_path, {"a": "MMMU", "b": "MMMU (val)", "c": "MMMU (validation)",
                                "d": "MMMUval"})
    catalog = from_llmstats(root, checked=DAY)
    assert {s.benchmark for m in catalog.models for s in m.scores} == {"mmmu"}
    assert [b.id for b in catalog.benchmarks] == ["mmmu"]


def test_spellings_of_big_bench_hard_and_social_iqa_are_one_benchmark_each(
        tmp_path: Path) -> None:
    """Review 10, I3's kind: "BBH" and "BIG-Bench Hard" (the curated ``bbh``'s name), "BigBench
    Hard"; "SIQA", "SocialIQA" and "Social IQA" (the curated ``siqa``, Social IQa)."""
    root = _llmstats(tmp_path, {"a": "BBH", "b": "BIG-Bench Hard", "c": "BigBench Hard",
                                "d": "SIQA", "e": "SocialIQA", "f": "Social IQA"})
    catalog = from_llmstats(root, checked=DAY)
    assert sorted({s.benchmark for m in catalog.models for s in m.scores}) == ["bbh", "siqa"]


def test_no_two_bundled_benchmarks_share_a_name() -> None:
    """Review 10, I3: ``mmmu`` ("MMMU (val)") and ``mmmu-val`` ("MMMU (val)"), ``bbh`` and
    ``big-bench-hard`` (both "BIG-Bench Hard"), ``siqa`` and ``socialiqa``: a benchmark's name or
    short name, once case, spaces and punctuation are set aside, is no other benchmark's."""
    catalog = default_catalog()
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for benchmark in catalog.benchmarks:
        for name in filter(None, (benchmark.name, benchmark.short_name)):
            owners[re.sub(r"[^a-z0-9<>+]", "", name.casefold())].add(benchmark.id)
    assert {name: ids for name, ids in owners.items() if len(ids) > 1} == {}


def test_gemma_3_27b_mmmu_is_a_shared_row_not_no_score() -> None:
    """Review 10, I3: "| MMMU (val) | 64.9 (multimodal evaluation) | no score |" and, two rows on,
    "| MMMU (val) | no score | 70.2 (setting not stated) |"; with Claude Opus 4 a third row,
    "MMMU (validation)". One row now, shared, its scores from separate evaluations."""
    page = compare("gemma-3-27b", "qwen2.5-vl-72b-instruct", "claude-opus-4-0")
    rows = [r for r in page.benchmarks if r.benchmark.label.startswith("MMMU (")]
    assert [r.benchmark.id for r in rows] == ["mmmu"]
    (row,) = rows
    assert row.shared
    assert [str(s.score) for s in row.scores if s is not None] == ["64.9", "70.2", "76.5"]
    assert not row.pair(0, 1).comparable
    text = page.to_markdown()
    assert "MMMU (validation)" not in text
    assert not [line for line in text.splitlines()
                if line.startswith("| MMMU (val) |") and "no score" in line]
    assert page.check() == []
    pair = compare("gemma-3-27b", "qwen2.5-vl-72b-instruct").to_markdown()
    assert pair.count("| MMMU (val) |") == 1
    assert "not comparable: separate evaluations" in pair.split("| MMMU (val) |", 1)[1]


def test_pick_quotes_the_mmmu_score_show_prints() -> None:
    """Review 10, I3: ``pick --priority mmmu`` said "No MMMU (val) score in the catalog" for
    Gemma 3 27B, whose 64.9 ``show`` prints."""
    out = io.StringIO()
    code = main(["pick", "--requires", "vision", "--open-weights", "--traffic",
                 "500/day@4000:300", "--priority", "mmmu", "--limit", "4",
                 "--as-of", "2026-12-01"], out=out)
    assert code == 0
    gemma = out.getvalue().split("Gemma 3 27B", 1)[1].split("\n2. ", 1)[0]
    assert "64.9" in gemma
    assert "No MMMU (val) score" not in gemma


def test_gemma_3_4b_and_12b_hold_their_card_s_mmmu_beside_the_27b_s() -> None:
    """Closing note: Gemma 3 4B and 12B lacked the MMMU (val) figures of their model card's
    instruction-tuned multimodal table (48.8 and 59.6), which gives the 27B's 64.9. Under the
    one ``mmmu`` id, with the 27B's setting and source, the three sizes read as one table."""
    catalog = default_catalog()
    card = "https://ai.google.dev/gemma/docs/core/model_card_3"
    found = {m: [(s.score, s.setting, s.source) for s in catalog.model(m).scores
                 if s.benchmark == "mmmu"]
             for m in ("gemma-3-4b", "gemma-3-12b", "gemma-3-27b")}
    assert found == {
        "gemma-3-4b": [(Decimal("48.8"), "multimodal evaluation", card)],
        "gemma-3-12b": [(Decimal("59.6"), "multimodal evaluation", card)],
        "gemma-3-27b": [(Decimal("64.9"), "multimodal evaluation", card)],
    }
    page = compare("gemma-3-4b", "gemma-3-12b", "gemma-3-27b")
    (row,) = [r for r in page.benchmarks if r.benchmark.id == "mmmu"]
    assert all(p.comparable for p in row.pairs)
    assert page.check() == []
