"""The imported layer's honesty rules: what a score cites, and which figures are unknown."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from phicompare import compare, default_catalog, load_catalog
from phicompare.importers import from_llmstats
from phicompare.importers._scores import cited_link

from .helpers import CURATED_PATHS

COMMIT = "df1d14eda7143f27fd5e7d71d8b14cb0c807de0d"
LLMSTATS_AT = f"https://github.com/JonathanChavezTamales/LLMStats/blob/{COMMIT}/"
AS_OF = dt.date(2026, 11, 25)


def llmstats_tree(root: Path, models: dict[str, dict[str, Any]],
                  providers: dict[str, dict[str, Any]] | None = None) -> Path:
    """A small LLMStats tree at a commit: ``models`` by ``org/name``, ``providers`` by id."""
    (root / "providers").mkdir(parents=True)
    (root / "SNAPSHOT.txt").write_text(
        f"Source: github JonathanChavezTamales/LLMStats commit {COMMIT} 2025-05-22\n",
        encoding="utf-8")
    for name, data in models.items():
        (root / "models" / name).mkdir(parents=True)
        (root / "models" / name / "model.json").write_text(json.dumps(data), encoding="utf-8")
    for pid, data in (providers or {}).items():
        (root / "providers" / pid).mkdir()
        (root / "providers" / pid / "provider.json").write_text(json.dumps(data),
                                                                encoding="utf-8")
    return root


def metric(score: float, link: str | None) -> dict[str, Any]:
    return {"dataset_name": "MMLU", "score": score, "analysis_method": "Accuracy",
            "is_self_reported": False, "source_link": link, "date_recorded": "2024-03-14"}


# -- 1. a placeholder is not a source ----------------------------------------------------------


def test_a_placeholder_link_cites_the_snapshot_file_and_is_no_shared_evaluation(
        tmp_path: Path) -> None:
    root = llmstats_tree(tmp_path, {
        "openai/gpt-x": {"name": "GPT X", "qualitative_metrics": [
            metric(0.698, "https://example.com/benchmark-image")]},
        "google/gem-y": {"name": "Gem Y", "qualitative_metrics": [
            metric(0.718, "https://example.com/benchmark-image")]},
        "acme/real-z": {"name": "Real Z", "qualitative_metrics": [
            metric(0.5, "https://arxiv.org/abs/1"), {**metric(0.6, "TBD"),
                                                     "dataset_name": "GPQA"}]},
    })
    catalog = from_llmstats(root)
    x, y, z = (catalog.model(n).scores for n in ("gpt-x", "gem-y", "real-z"))
    assert x[0].source == LLMSTATS_AT + "models/openai/gpt-x/model.json"
    assert y[0].source == LLMSTATS_AT + "models/google/gem-y/model.json"
    assert x[0].evaluation_key != y[0].evaluation_key  # not one evaluation
    assert z[0].source == "https://arxiv.org/abs/1"  # a real document stays the source
    assert z[1].source == LLMSTATS_AT + "models/acme/real-z/model.json"  # no URL at all
    assert {s.checked for s in (*x, *y, *z)} == {dt.date(2025, 5, 22)}  # the snapshot's date


def test_no_bundled_score_cites_a_placeholder_and_every_imported_one_is_checked() -> None:
    curated = {m.id for m in load_catalog(*CURATED_PATHS)}  # checked as whole models
    for model in default_catalog():
        for score in model.scores:
            assert score.source is not None, (model.id, score.benchmark)
            assert cited_link(score.source) == score.source, (model.id, score)
            assert model.id in curated or score.checked is not None, (model.id, score.benchmark)


def test_gpt_3_5_and_gemini_1_0_pro_are_not_one_evaluation() -> None:
    """The repro: both cited example.com, and the page called MMLU and MATH leads outside noise."""
    catalog = default_catalog()
    gpt, gemini = catalog.model("gpt-3.5-turbo-0125"), catalog.model("gemini-1.0-pro")
    assert {s.evaluation_key for s in gpt.scores}.isdisjoint(
        {s.evaluation_key for s in gemini.scores})
    page = compare("gpt-3.5-turbo-0125", "gemini-1.0-pro", as_of=AS_OF)
    assert "outside noise" not in page.to_markdown()
    assert page.check() == []
