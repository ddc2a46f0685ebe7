"""Vercel's `qwen3-vl-thinking` is Qwen3 VL 235B A22B Thinking (brief data7; sourced).

Vercel's model page for alibaba/qwen3-vl-thinking names it "Qwen3 VL 235B A22B Thinking", the
reasoning edition of Alibaba's Qwen3-VL, with a 131.1K-token context (the model's 131,072);
Alibaba Model Studio lists qwen3-vl-235b-a22b-thinking among Qwen3-VL's thinking-only models and
no "qwen3-vl-thinking" among its visual-reasoning models. See docs/data-notes.md ("One model,
one id").
"""

from __future__ import annotations

import pytest

from phicompare import compare, default_catalog
from phicompare.exceptions import ComparisonError


def test_the_listing_is_a_vercel_route_of_qwen3_vl_235b_a22b_thinking() -> None:
    catalog = default_catalog()
    assert "qwen3-vl-thinking" not in {m.id for m in catalog.models}
    model = catalog.model("qwen3-vl-235b-a22b-thinking")
    assert ("vercel", "alibaba/qwen3-vl-thinking") in {
        (r.provider, r.provider_model_id) for r in model.routes}
    assert catalog.model("alibaba/qwen3-vl-thinking").id == model.id


def test_no_page_compares_the_model_with_its_vercel_listing() -> None:
    with pytest.raises(ComparisonError, match="different models"):
        compare("qwen3-vl-235b-a22b-thinking", "qwen3-vl-thinking")
