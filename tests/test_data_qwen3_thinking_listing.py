"""Vercel's and Helicone's `qwen3-235b-a22b-thinking` is Qwen3 235B A22B Thinking 2507 (sourced).

Vercel's model page names alibaba/qwen3-235b-a22b-thinking "Qwen3 235B A22B Thinking 2507",
Alibaba's 235B text MoE model (its Qwen3-VL thinking model is alibaba/qwen3-vl-thinking);
Helicone's listing bears that model's release day and DeepInfra's price and window for it. See
docs/data-notes.md ("One model, one id").
"""

from __future__ import annotations

from phicompare import default_catalog


def test_the_listing_is_a_route_of_thinking_2507_not_a_model() -> None:
    catalog = default_catalog()
    assert "qwen3-235b-a22b-thinking" not in {m.id for m in catalog.models}
    model = catalog.model("qwen3-235b-a22b-thinking-2507")
    providers = {(r.provider, r.provider_model_id) for r in model.routes}
    assert ("vercel", "alibaba/qwen3-235b-a22b-thinking") in providers
    assert ("helicone", "qwen3-235b-a22b-thinking") in providers
    assert model.input_modalities == ("text",)
    assert catalog.model("alibaba/qwen3-235b-a22b-thinking").id == model.id
