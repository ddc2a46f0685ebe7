"""Review 6's data findings on the bundled catalog: capabilities, settings and names (sourced)."""

from __future__ import annotations

import pytest

from phicompare import default_catalog


@pytest.mark.parametrize("model", ["qwen3-235b-a22b-thinking-2507", "deepseek-r1-0528",
                                   "deepseek-r1"])
def test_a_reasoning_model_records_its_reasoning_mode(model: str) -> None:
    """D19: a Thinking model and DeepSeek R1 state reasoning mode on their own record."""
    assert default_catalog().model(model).capabilities.reasoning is True


def test_deepseek_r1_function_calling_follows_deepseeks_docs() -> None:
    """D19: January's R1 had no function calling (deepseek-reasoner); R1-0528 added it."""
    catalog = default_catalog()
    r1, r1_0528 = catalog.model("deepseek-r1"), catalog.model("deepseek-r1-0528")
    assert r1.capabilities.function_calling is False
    assert "api-docs.deepseek.com/guides/reasoning_model" in (r1.notes or "")
    assert r1_0528.capabilities.function_calling is True


@pytest.mark.parametrize(("model", "benchmark", "score"), [
    ("qwen3-235b-a22b", "aime-2024", "85.7"), ("qwen3-235b-a22b", "aime-2025", "81.5"),
    ("qwen3-32b", "aime-2024", "81.4"), ("qwen3-32b", "aime-2025", "72.9"),
])
def test_qwen3_aime_is_a_mean_of_64_samples_not_pass_at_64(model: str, benchmark: str,
                                                            score: str) -> None:
    """D13: Qwen3's report averages 64 samples per question (pass@1); pass@64 it gives apart."""
    (found,) = [s for s in default_catalog().model(model).scores
                if s.benchmark == benchmark and str(s.score) == score]
    assert found.setting == "thinking mode; pass@1 averaged over 64 samples"
    assert found.source == "https://arxiv.org/abs/2505.09388"
    assert "Pass@64" not in (found.setting or "")
