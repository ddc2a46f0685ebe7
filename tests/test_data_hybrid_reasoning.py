"""Hybrid reasoning models record their reasoning mode on their own record (sourced).

Command A Reasoning, DeepSeek V3.1 and DeepSeek V3.2 Exp left reasoning mode to their routes;
their labs' cards state it. See docs/data-notes.md ("Capabilities").
"""

from __future__ import annotations

import pytest

from phicompare import default_catalog


@pytest.mark.parametrize(("model", "source"), [
    ("command-a-reasoning-08-2025", "https://docs.cohere.com/docs/command-a-reasoning"),
    ("deepseek-v3.1", "https://huggingface.co/deepseek-ai/DeepSeek-V3.1"),
    ("deepseek-v3.2-exp", "https://huggingface.co/deepseek-ai/DeepSeek-V3.2-Exp"),
])
def test_a_hybrid_reasoning_model_records_its_reasoning_mode(model: str, source: str) -> None:
    found = default_catalog().model(model)
    assert found.capabilities.reasoning is True
    assert source in found.sources
    assert source in (found.notes or "")
