"""A snapshot's 0 for a size stays unknown, with a note; never a record the loader refuses.

The loader refuses a zero context window, output limit or parameter count (review 27, P3), so an
importer that wrote one from a snapshot would build no catalog. Each source's 0 is its
placeholder for "not given": the field is left out and the report says so.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from phicompare.importers import (
    from_genai_prices,
    from_llmstats,
    from_open_llm_leaderboard,
    from_openrouter,
)
from phicompare.importers._benchmarks import BenchmarkIndex
from phicompare.importers._common import ZERO_SIZE

DAY = dt.date(2026, 5, 15)


def test_openrouter_zero_context_and_output_are_unknown(tmp_path: Path) -> None:
    file = tmp_path / "models.json"
    file.write_text(json.dumps({"data": [{
        "id": "lab/tiny", "name": "Lab: Tiny", "context_length": 0,
        "top_provider": {"context_length": 0, "max_completion_tokens": 0},
        "pricing": {"prompt": "0.000001", "completion": "0.000002"}}]}), encoding="utf-8")
    imported = from_openrouter(file, checked=DAY)
    model = imported.model("lab/tiny")
    assert (model.context_window, model.max_output_tokens) == (None, None)
    assert (model.routes[0].context_window, model.routes[0].max_output_tokens) == (None, None)
    notes = {note.field: note.reason for note in imported.report.fields}
    assert notes["context_length"] == ZERO_SIZE
    assert notes["top_provider.max_completion_tokens"] == ZERO_SIZE


def test_llmstats_zero_sizes_are_unknown(tmp_path: Path) -> None:
    (tmp_path / "models/lab/tiny").mkdir(parents=True)
    (tmp_path / "providers").mkdir()
    (tmp_path / "models/lab/tiny/model.json").write_text(json.dumps({
        "name": "Tiny", "input_context_size": 0, "output_context_size": 0, "param_count": 0,
    }), encoding="utf-8")
    imported = from_llmstats(tmp_path, checked=DAY)
    model = imported.model("tiny")
    assert (model.context_window, model.max_output_tokens, model.parameters_b) == (None,) * 3
    notes = {note.field: note.reason for note in imported.report.fields}
    for field in ("input_context_size", "output_context_size", "param_count"):
        assert notes[field] == ZERO_SIZE


def test_genai_prices_zero_context_is_unknown(tmp_path: Path) -> None:
    file = tmp_path / "data.json"
    file.write_text(json.dumps([{"id": "azure", "name": "Microsoft Azure", "models": [{
        "id": "tiny", "match": {"equals": "tiny"}, "context_window": 0,
        "prices": {"input_mtok": 0.07, "output_mtok": 0.14}}]}]), encoding="utf-8")
    imported = from_genai_prices(file, checked=DAY)
    assert imported.model("tiny").context_window is None
    notes = {note.field: note.reason for note in imported.report.fields}
    assert notes["context_window"] == ZERO_SIZE


def test_open_llm_leaderboard_zero_parameters_are_unknown(tmp_path: Path) -> None:
    """13 rows of the v2 table give params_b 0: their scores are kept, the size is unknown."""
    (tmp_path / "leaderboard-v2.csv").write_text(
        "rank,model,details_dataset,average,params_b,ifeval,bbh,math_lvl5,gpqa,musr,mmlu_pro\n"
        "1,lab/tiny,,15.53,0.0,27.39,28.04,2.95,2.91,13.84,18.09\n", encoding="utf-8")
    imported = from_open_llm_leaderboard(tmp_path, checked=DAY)
    model = imported.model("lab/tiny")
    assert model.parameters_b is None
    assert len(model.scores) == 6
    notes = {note.field: note.reason for note in imported.report.fields}
    assert notes["params_b"] == ZERO_SIZE


def test_a_source_metric_no_record_takes_is_score() -> None:
    """models.dev's "percent resolved" (in its snapshot, not yet first for any benchmark)."""
    index = BenchmarkIndex()
    index.add("Some Bench", metric="percent resolved")
    index.add("Other Bench", metric="percent correct")
    assert [b.metric for b in index.benchmarks()] == ["score", "percent correct"]
