"""One benchmark, one id: spellings of a benchmark's name in other datasets join
(``importers._benchmarks.SAME_BENCHMARK``)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from pathlib import Path

from phicompare import compare, default_catalog
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
