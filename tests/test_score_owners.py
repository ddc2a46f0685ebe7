"""Figures filed under a model that did not produce them (``importers._score_fixes``): a base
model's table on the post-trained model, a preview's results on the released model."""

from __future__ import annotations

import pytest

from phicompare import compare, default_catalog
from phicompare.exceptions import UnknownModelError

# Table 3 of the Qwen3 Technical Report (and the Qwen3 blog's base-model table): the
# Qwen3-235B-A22B-Base column.
QWEN3_235B_BASE = {"mmlu": "87.81", "mmlu-redux": "87.4", "mmlu-pro": "68.18",
                   "supergpqa": "44.06", "bbh": "88.87", "gpqa": "47.47", "gsm8k": "94.39",
                   "math": "71.84", "mgsm": "83.53", "mmmlu": "86.7", "include": "73.46"}


def test_qwen3_235b_holds_none_of_its_base_models_figures() -> None:
    """Review 8, G9: Qwen3 235B-A22B (post-trained, thinking and non-thinking) held eleven
    figures of Qwen3-235B-A22B-Base; it keeps the post-trained table's (Arena Hard, AIME ...)."""
    model = default_catalog().model("qwen3-235b-a22b")
    held = {(s.benchmark, str(s.score)) for s in model.scores}
    assert not held & set(QWEN3_235B_BASE.items())
    assert model.notes is not None
    assert "Qwen3-235B-A22B-Base" in model.notes
    assert {s.benchmark for s in model.scores} >= {"arena-hard", "aime-2024", "livecodebench"}


@pytest.mark.parametrize("name", ["qwen3-235b-a22b-base", "Qwen/Qwen3-235B-A22B-Base"])
def test_qwen3_base_model_names_resolve_to_no_model(name: str) -> None:
    """Review 8, G9: no bundled source routes or scores Qwen3-235B-A22B-Base (its figures are
    dropped, not filed under a record of its own), so its name is unknown."""
    with pytest.raises(UnknownModelError):
        default_catalog().model(name)


def test_a_base_models_gpqa_is_no_gap_against_a_post_trained_model() -> None:
    """Review 8, G9: "| GPQA | Qwen3 30B A3B vs Qwen3 235B-A22B | 18.3 |" set post-trained 65.8
    (thinking) against the base model's 47.5; the page has no GPQA row now."""
    page = compare("qwen3-30b-a3b", "qwen3-235b-a22b")
    assert not [r for r in page.benchmarks if r.benchmark.id == "gpqa" and r.shared]
    assert "18.3" not in page.to_markdown()
    assert page.check() == []


O3_PREVIEW = "https://www.youtube.com/live/SKBG1sqdyIU?si=lWccKHt8bnttuYta"


def test_o3_holds_none_of_o3_previews_livestream_results() -> None:
    """Review 8, G12: ARC-AGI 88.0 and FrontierMath 25.2 are the December 2024 livestream's
    o3-preview (a high-compute configuration, four months before o3's release); the released
    o3 keeps its own post's figures."""
    model = default_catalog().model("o3")
    assert not [s for s in model.scores if s.source == O3_PREVIEW]
    assert not {s.benchmark for s in model.scores} & {"arc-agi", "frontiermath"}
    assert model.notes is not None
    assert "o3-preview" in model.notes
    post = "https://openai.com/index/introducing-o3-and-o4-mini/"
    assert {s.benchmark for s in model.scores if s.source == post} >= {
        "gpqa-diamond", "aime-2024"}  # review 11, K4: its setting states the Diamond split


def test_o3_preview_results_are_on_no_page_of_o3() -> None:
    """Review 8, G12: `phicompare o3 gpt-4.1` listed "ARC-AGI 88.0" and "Frontier Math 25.2"
    among the scores only o3 reports."""
    text = compare("o3", "gpt-4.1").to_markdown()
    assert "88.0" not in text
    assert "25.2" not in text
    assert "SKBG1sqdyIU" not in text
