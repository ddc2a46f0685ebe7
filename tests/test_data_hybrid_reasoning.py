"""Hybrid reasoning models record their reasoning mode on their own record (sourced).

Command A Reasoning, DeepSeek V3.1, DeepSeek V3.2 Exp and the April 2025 Qwen3 models left
reasoning mode to their routes; their labs' cards state it. See docs/data-notes.md
("Capabilities").
"""

from __future__ import annotations

import pytest

from phicompare import default_catalog


@pytest.mark.parametrize(("model", "source"), [
    ("command-a-reasoning-08-2025", "https://docs.cohere.com/docs/command-a-reasoning"),
    ("deepseek-v3.1", "https://huggingface.co/deepseek-ai/DeepSeek-V3.1"),
    ("deepseek-v3.2-exp", "https://huggingface.co/deepseek-ai/DeepSeek-V3.2-Exp"),
    # Qwen3's April 2025 hybrids: "seamless switching between thinking mode ... and
    # non-thinking mode ... within single model" (each model's card)
    ("qwen3-4b", "https://huggingface.co/Qwen/Qwen3-4B"),
    ("qwen3-8b", "https://huggingface.co/Qwen/Qwen3-8B"),
    ("qwen3-14b", "https://huggingface.co/Qwen/Qwen3-14B"),
    ("qwen3-30b-a3b", "https://huggingface.co/Qwen/Qwen3-30B-A3B"),
    ("qwen-3-30b", "https://huggingface.co/Qwen/Qwen3-30B-A3B"),
])  # qwen3-235b: Qwen3-235B-A22B's own record since review 9, H1
def test_a_hybrid_reasoning_model_records_its_reasoning_mode(model: str, source: str) -> None:
    found = default_catalog().model(model)
    assert found.capabilities.reasoning is True
    assert source in found.sources
    assert source in (found.notes or "")
