"""Review 23, P6: a score with several runs under one setting never reads as one figure.

Gemma 2 9B has two Microsoft runs of GPQA under 0-shot CoT (39.1 in the Phi-4-mini card, 29.2
in the Phi-3.5-mini card). Each test fails on main at 72477f43, where a page showed one of them
with no hint of the other.
"""

from __future__ import annotations

import io
import json
import re
from decimal import Decimal

import attrs
import pytest

from phicompare import Comparison, compare, default_catalog
from phicompare.analysis.facts import BenchmarkRow
from phicompare.cli.main import main
from phicompare.narrative import format as fmt


def _row(c: Comparison, benchmark_id: str) -> BenchmarkRow:
    return next(r for r in c.benchmarks if r.benchmark.id == benchmark_id)


def _runs(row: BenchmarkRow) -> list[list[str]]:
    return [[str(s.score) for s in runs] for runs in row.other_runs]


def test_a_score_only_one_model_reports_carries_its_other_run() -> None:
    """The one-sided GPQA row holds Gemma 2 9B's other run under 0-shot CoT, as data."""
    c = compare("gpt-4.5", "gemma-2-9b")
    row = _row(c, "gpqa")
    assert row.scores[0] is None
    assert row.scores[1] is not None
    assert row.scores[1].score == Decimal("39.1")  # the record's first run (helper fixAI)
    assert _runs(row) == [[], ["29.2"]]
    assert _row(c, "mmlu").other_runs == ()  # one run each: nothing to add
    data = json.loads(c.to_json())
    gpqa = next(r for r in data["benchmarks"] if r["benchmark"]["id"] == "gpqa")
    assert [[s["score"] for s in runs] for runs in gpqa["other_runs"]] == [[], ["29.2"]]
    assert Comparison.from_dict(data) == c


@pytest.mark.parametrize("page", ["text", "markdown", "html"])
def test_every_format_shows_the_other_run_beside_the_one_shown(page: str) -> None:
    """Text, Markdown and HTML say "another run: 29.2" in the one-sided GPQA cell."""
    c = compare("gpt-4.5", "gemma-2-9b")
    out = {"text": c.to_text, "markdown": c.to_markdown, "html": c.to_html}[page]()
    flat = " ".join(out.split())
    assert "39.1 (0-shot CoT); another run: 29.2" in flat
    assert "87.1 (5-shot); another run: 80.9" in flat  # HellaSwag alike


def test_three_models_show_the_other_run_in_the_one_sided_table() -> None:
    """With three models, a score one model reports says its other run too."""
    c = compare("gpt-4.5", "gemma-2-9b", "phi-2")
    assert _runs(_row(c, "gpqa")) == [[], ["29.2"], []]
    assert _runs(_row(c, "hellaswag")) == [[], ["80.9"], []]
    flat = " ".join(c.to_markdown().split())
    assert "| no score | 39.1 (0-shot CoT); another run: 29.2 | no score |" in flat
    assert "Gemma 2 9B vs Phi-2" in flat
    assert "Gemma 2 9B's other run: 80.9" in flat


@pytest.mark.parametrize("rival", ["gpt-4.5", "phi-4-mini", "deepseek-r1"])
def test_a_one_sided_row_shows_the_run_a_compared_row_shows(rival: str) -> None:
    """Gemma 2 9B's GPQA reads 39.1 (the record's first run, the Phi-4-mini card's) whether a
    rival scores GPQA or not: a one-sided row took the alphabetically first evaluation's run,
    29.2, where Phi-4 Mini's page compared 39.1 (closing note of stop 45; helper fixAI)."""
    c = compare(rival, "gemma-2-9b")
    row = _row(c, "gpqa")
    assert row.scores[1] is not None
    assert row.scores[1].score == Decimal("39.1"), (rival, row.scores[1].score)
    assert _runs(row) == [[], ["29.2"]]
    gemma = default_catalog().model("gemma-2-9b")
    firsts = [s for s in gemma.scores if s.benchmark == "gpqa"]
    assert firsts[0].score == Decimal("39.1")  # the order the record lists


def test_a_compared_row_names_the_other_pairing_of_one_evaluation() -> None:
    """Both models have runs in two cards: the row compares one pairing and names the other."""
    c = compare("phi-3.5-mini", "gemma-2-9b")
    row = _row(c, "gpqa")
    assert [str(s.score) for s in row.scores if s is not None] == ["30.4", "29.2"]
    assert [(str(a.score), str(b.score)) for a, b in row.other_pairs(0, 1)] == [("26.6", "39.1")]
    assert [(str(a.score), str(b.score)) for a, b in row.other_pairs(1, 0)] == [("39.1", "26.6")]
    flat = " ".join(c.to_markdown().split())
    assert "noise not assessed; another run of both: 26.6 vs 39.1" in flat
    hellaswag = [claim.text for claim in c.narrative.claims() if "HellaSwag (5-shot)" in claim.text
                 and "leads" in claim.text]
    assert hellaswag
    assert all("another run of both: Gemma 2 9B 87.1, Phi-3.5 Mini 72.2" in t for t in hellaswag)
    assert c.check() == []


def test_a_compared_row_names_one_models_other_run() -> None:
    """Phi-4 Mini vs Gemma 2 9B compares the Phi-4-mini card's GPQA; Gemma's 29.2 is said too."""
    c = compare("phi-4-mini", "gemma-2-9b")
    assert _runs(_row(c, "gpqa")) == [[], ["29.2"]]
    flat = " ".join(c.to_text().split())
    assert "noise not assessed; Gemma 2 9B's other run: 29.2" in flat
    assert c.check() == []


_QUOTING = [("phi-3.5-mini", "gemma-2-9b"), ("phi-3.5-mini", "phi-4-mini"),
            ("phi-4-mini", "llama-3.2-3b"), ("gemma-2-9b", "phi-2"),
            ("phi-4-mini", "llama-3.2-3b", "gemma-3-4b")]
"""Comparisons whose sentences quote some figure of a row with other runs."""
_SILENT = [("llama-3.1-8b", "deepseek-r1"), ("gpt-5.4", "gpt-5.5"), ("claude-opus-4-6", "gpt-5.4")]
"""Comparisons with such rows that no sentence quotes (the table says them)."""


@pytest.mark.parametrize("ids", [*_QUOTING, *_SILENT], ids="-".join)
def test_no_sentence_quotes_one_run_of_several_alone(ids: tuple[str, ...]) -> None:
    """A claim quoting a figure of a row with other runs names them, with evidence for each."""
    c = compare(*ids)
    assert c.check() == []
    rows = [(k, r) for k, r in enumerate(c.benchmarks) if r.other_runs]
    assert rows
    quoted = 0
    for claim in c.narrative.claims():
        paths = {str(e.path) for e in claim.evidence}
        for k, row in rows:
            for i, score in enumerate(row.scores):
                if score is None or not row.others(i) \
                        or f"benchmarks[{k}].scores[{i}].score" not in paths:
                    continue
                quoted += 1
                for j, other in enumerate(row.others(i)):
                    assert f"benchmarks[{k}].other_runs[{i}][{j}].score" in paths, claim.text
                    assert re.search(rf"\b{re.escape(fmt.points(other.score))}\b", claim.text)
    assert bool(quoted) == (ids in _QUOTING)


def test_other_runs_of_the_wrong_length_are_inconsistent() -> None:
    """``check()``'s facts test: other runs are one tuple per model, or none at all."""
    c = compare("gpt-4.5", "gemma-2-9b")
    k, row = next((k, r) for k, r in enumerate(c.benchmarks) if r.other_runs)
    broken = attrs.evolve(c, benchmarks=(*c.benchmarks[:k],
                                         attrs.evolve(row, other_runs=row.other_runs[:1]),
                                         *c.benchmarks[k + 1:]))
    assert f"benchmarks[{k}].other_runs has 1 entries for 2 models" in broken.inconsistencies()


def test_show_labels_each_run_of_one_benchmark() -> None:
    """``phicompare show`` lists a benchmark's runs together, each labelled."""
    out = io.StringIO()
    assert main(["show", "gemma-2-9b", "--width", "200"], out=out) == 0
    lines = [line for line in out.getvalue().splitlines() if line.startswith("GPQA ")]
    assert len(lines) == 2
    assert "39.1" in lines[0]
    assert "0-shot CoT (run 1 of 2)" in lines[0]
    assert "29.2" in lines[1]
    assert "0-shot CoT (run 2 of 2)" in lines[1]
    out = io.StringIO()
    assert main(["show", "claude-opus-4-6", "--width", "200"], out=out) == 0
    text = out.getvalue()
    assert "not stated (run 1 of 2, harness Claude Code)" in text
    assert "not stated (run 2 of 2, harness Mini-SWE-Agent)" in text


def test_the_model_page_labels_each_run() -> None:
    """The model's own page (notebook, site) labels the runs as ``show`` does."""
    page = default_catalog().model("gemma-2-9b")._repr_markdown_()
    assert "0-shot CoT (run 1 of 2)" in page
    assert "0-shot CoT (run 2 of 2)" in page


def test_the_site_index_shows_a_benchmarks_first_run_and_the_other() -> None:
    """The index's score cell is the model's first run, with its other under the setting."""
    from phicompare import estimate
    from phicompare.render.html import SiteLinks
    from phicompare.render.site import index_html

    links = SiteLinks("index.html", lambda a, b: None, lambda m: None)
    page = index_html([estimate("gemma-2-9b")], links, pairs=0, labels={"gpqa": "GPQA"},
                      traffic_phrase="traffic")
    assert "39.1 (0-shot CoT); another run: 29.2" in page
