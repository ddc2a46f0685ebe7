"""A host's faster serving of a model's weights is a route of the model (brief data7).

Nebius serves some models in two flavours, "base" and "fast" ("a template's sub-option ... with
different performance/throughput/costs characteristics", its Token Factory docs), and lists the
fast one as ``<model>-fast``: the same weights, served faster (often at a higher price).
``DeepSeek-V3.2-fast`` is a Nebius route of DeepSeek V3.2, not a model to compare DeepSeek V3.2
with. See docs/importers.md ("Identity").
"""

from __future__ import annotations

import pytest

from phicompare import compare, default_catalog
from phicompare.exceptions import ComparisonError
from phicompare.importers._listings import unflavoured


@pytest.mark.parametrize(("provider", "listed", "model"), [
    ("nebius", "deepseek-ai/DeepSeek-V3.2-fast", "deepseek-ai/DeepSeek-V3.2"),
    ("nebius", "Qwen/Qwen3-235B-A22B-Thinking-2507-fast", "Qwen/Qwen3-235B-A22B-Thinking-2507"),
    ("nebius", "openai/gpt-oss-120b-fast", "openai/gpt-oss-120b"),
    # another host's -fast, or a maker's own fast model, is not Nebius's flavour
    ("neuralwatt", "kimi-k2.5-fast", "kimi-k2.5-fast"),
    ("xai", "grok-4-fast", "grok-4-fast"),
    ("nebius", "deepseek-ai/DeepSeek-V3.2", "deepseek-ai/DeepSeek-V3.2"),
])
def test_nebius_fast_flavour_names_the_model(provider: str, listed: str, model: str) -> None:
    assert unflavoured(provider, listed) == model


def test_deepseek_v3_2_fast_is_a_nebius_route_of_deepseek_v3_2() -> None:
    catalog = default_catalog()
    assert "deepseek-v3.2-fast" not in {m.id for m in catalog.models}
    model = catalog.model("deepseek-v3.2-fast")  # the listing's name still finds the model
    assert model.id == "deepseek-v3.2"
    fast = [r for r in model.routes if r.provider_model_id == "deepseek-ai/DeepSeek-V3.2-fast"]
    assert [r.provider for r in fast] == ["nebius"]
    # the flavour keeps its own terms beside the base flavour's route
    assert any(r.provider == "nebius" and r.provider_model_id == "deepseek-ai/DeepSeek-V3.2"
               for r in model.routes)


def test_no_page_compares_deepseek_v3_2_with_itself() -> None:
    with pytest.raises(ComparisonError, match="different models"):
        compare("deepseek-v3.2", "deepseek-v3.2-fast")
    # nor offers one as a related comparison: the flavour is a route row of V3.2's page
    related = compare("deepseek-v3.2", "deepseek-v3.1").to_dict()["related"]
    assert not any(m.endswith("-fast") for pair in related for m in pair["models"])


@pytest.mark.parametrize("listing", ["qwen3-235b-a22b-thinking-2507-fast",
                                     "qwen3-next-80b-a3b-thinking-fast", "minimax-m2.5-fast",
                                     "gpt-oss-120b-fast", "qwen3.5-397b-a17b-fast"])
def test_no_nebius_flavour_is_a_model(listing: str) -> None:
    assert listing not in {m.id for m in default_catalog().models}
