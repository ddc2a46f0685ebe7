"""A score whose setting states a split that is a benchmark of its own is that benchmark's
(``catalog.benchmark_names.STATED_SPLITS``): GPQA "Diamond" is ``gpqa-diamond`` (review 11, K4)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from phicompare import compare, default_catalog
from phicompare.importers import from_llmstats

DAY = dt.date(2026, 11, 30)


def _llmstats(root: Path, scores: dict[str, tuple[str, str]]) -> Path:
    for model, (name, method) in scores.items():
        folder = root / "models" / "lab" / model
        folder.mkdir(parents=True)
        (folder / "model.json").write_text(json.dumps({
            "name": model.upper(), "qualitative_metrics": [
                {"dataset_name": name, "score": 0.5, "analysis_method": method,
                 "source_link": "https://x.test/post"}]}), encoding="utf-8")
    (root / "providers").mkdir()
    return root


def test_a_gpqa_score_whose_setting_states_the_diamond_split_is_gpqa_diamond(
        tmp_path: Path) -> None:
    """Review 11, K4: 25 ``gpqa`` scores stated the Diamond split in their setting, beside the
    ``gpqa-diamond`` of others: Gemma 3 27B's and 12B's figures from one card under two ids."""
    root = _llmstats(tmp_path, {
        "a": ("GPQA", "Diamond, Pass@1"), "b": ("GPQA", "0-shot evaluation diamond"),
        "c": ("GPQA", "0-shot CoT - Diamond"), "d": ("GPQA", "Diamond"),
        "e": ("GPQA", "Main, 5-shot CoT"), "f": ("GPQA", "0-shot"),
        "g": ("GPQA Diamond", "0-shot"), "h": ("GPQA", "diamond accuracy (no tools)")})
    catalog = from_llmstats(root, checked=DAY)
    read = {m.id: (s.benchmark, s.setting) for m in catalog.models for s in m.scores}
    assert read == {
        "a": ("gpqa-diamond", "Pass@1"), "b": ("gpqa-diamond", "0-shot evaluation"),
        "c": ("gpqa-diamond", "0-shot CoT"), "d": ("gpqa-diamond", None),
        "e": ("gpqa", "Main, 5-shot CoT"), "f": ("gpqa", "0-shot"),
        "g": ("gpqa-diamond", "0-shot"), "h": ("gpqa-diamond", "no tools")}
    assert sorted((b.id, b.name) for b in catalog.benchmarks) == [
        ("gpqa", "GPQA"), ("gpqa-diamond", "GPQA Diamond")]


def test_no_bundled_gpqa_score_states_the_diamond_split() -> None:
    """Every bundled score that names the Diamond split stands under ``gpqa-diamond``."""
    stated = [(m.id, s.setting) for m in default_catalog().models for s in m.scores
              if s.benchmark == "gpqa" and "diamond" in (s.setting or "").casefold()]
    assert stated == []


def test_gemma_3_gpqa_diamond_is_one_shared_row() -> None:
    """Review 11, K4: "| GPQA | 42.4 (0-shot evaluation diamond) | no score |" and "| GPQA
    Diamond | no score | 40.9 (0-shot) |" under "Scores only one model reports": one row now."""
    page = compare("gemma-3-27b", "gemma-3-12b")
    (row,) = [r for r in page.benchmarks if r.benchmark.id.startswith("gpqa")]
    assert row.benchmark.id == "gpqa-diamond"
    assert row.shared
    assert [str(s.score) for s in row.scores if s is not None] == ["42.4", "40.9"]
    text = page.to_markdown()
    assert "| GPQA |" not in text
    assert "diamond)" not in text.casefold()
    assert page.check() == []


def test_phi_4_reasoning_and_claude_3_7_sonnet_share_gpqa_diamond() -> None:
    """Review 11, K4: "| GPQA Diamond | 65.8 | no score |" and "| GPQA | no score | 78.2
    (Diamond, 64K extended thinking) |": one row, Claude's setting without the split."""
    page = compare("phi-4-reasoning", "claude-3-7-sonnet")
    (row,) = [r for r in page.benchmarks if r.benchmark.id.startswith("gpqa")]
    assert row.benchmark.id == "gpqa-diamond"
    assert [(str(s.score), s.setting) for s in row.scores if s is not None] == [
        ("65.8", None), ("78.2", "64K extended thinking")]
    assert page.check() == []


def _cited(root: Path, scores: dict[str, tuple[str, str]]) -> Path:
    for model, (name, link) in scores.items():
        folder = root / "models" / "lab" / model
        folder.mkdir(parents=True)
        (folder / "model.json").write_text(json.dumps({
            "name": model.upper(), "qualitative_metrics": [
                {"dataset_name": name, "score": 0.5, "source_link": link}]}), encoding="utf-8")
    (root / "providers").mkdir()
    return root


def test_openais_multilingual_mmlu_row_is_mmmlu(tmp_path: Path) -> None:
    """Review 11, K5: o3-mini's "Multilingual MMLU" is the row of OpenAI's GPT-4.1 table whose
    GPT-4.1 figure LLMStats files as "MMMLU"; Phi-4-mini's card's stays Microsoft's benchmark."""
    root = _cited(tmp_path, {
        "o": ("Multilingual MMLU", "https://openai.com/index/gpt-4-1/"),
        "p": ("Multilingual MMLU", "https://huggingface.co/microsoft/Phi-4-mini-instruct")})
    catalog = from_llmstats(root, checked=DAY)
    assert {m.id: m.scores[0].benchmark for m in catalog.models} == {
        "o": "mmmlu", "p": "multilingual-mmlu"}


def test_gpt_4_1_and_o3_mini_share_one_mmmlu_row() -> None:
    """Review 11, K5: "| MMMLU | 87.3 | no score |" and "| Multilingual MMLU | no score | 80.7 |"
    under "Scores only one model reports": one row of one document now. o3-mini's figure states
    OpenAI's high reasoning effort (closing note), so the pair is not read as one setting."""
    page = compare("gpt-4.1", "o3-mini")
    (row,) = [r for r in page.benchmarks if r.benchmark.id in ("mmmlu", "multilingual-mmlu")]
    assert row.benchmark.id == "mmmlu"
    assert [str(s.score) for s in row.scores if s is not None] == ["87.3", "80.7"]
    assert not row.pair(0, 1).comparable
    assert "Multilingual MMLU" not in page.to_markdown()
    assert page.check() == []
