"""Catalog data and identity fixes of the eighth stop (review 7 F33, F34 and their leftovers)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from phicompare import default_catalog

_FLASH_8B_POST = ("https://developers.googleblog.com/en/"
                  "gemini-15-flash-8b-is-now-generally-available-for-use/")


def test_gemini_flash_8b_is_dated_by_googles_release_and_no_price_before_it() -> None:
    """Google made Gemini 1.5 Flash-8B generally available on 2024-10-03, not 2024-03-15 (F33).

    Its Google price, which LLMStats dates 2024-03-20, cannot have been read before the model
    existed, and it is Google's price above 128K prompt tokens given as the whole price: the
    route takes Google's tiered price, read on the day genai-prices read Google's page.
    """
    model = default_catalog().model("gemini-1.5-flash-8b")
    assert model.released == dt.date(2024, 10, 3)
    assert _FLASH_8B_POST in model.sources
    assert "2024-10-03" in (model.notes or "")
    assert model.routes
    for route in model.routes:
        assert route.checked >= model.released, route
    google = next(r for r in model.routes if r.provider == "google")
    assert (google.input, google.output) == (Decimal("0.0375"), Decimal("0.15"))
    assert [(t.above_input_tokens, t.input, t.output) for t in google.tiers] == [
        (128_000, Decimal("0.075"), Decimal("0.30"))]
    assert google.source.startswith("https://ai.google.dev/gemini-api/docs/pricing")
    assert google.checked == dt.date(2025, 7, 5)
    assert "the long-prompt tier" in (google.notes or "")


def test_a_lone_resellers_open_weights_follow_openrouters_listing() -> None:
    """Seed 1.6 Flash (250715) was 'open weights' on LLM Gateway's file alone; OpenRouter's
    listing, whose flag follows its Hugging Face link, links none for Seed 1.6 Flash: not yet
    sourced, never 'closed'. A model OpenRouter links the weights of gains that link."""
    catalog = default_catalog()
    seed = catalog.model("seed-1-6-flash-250715")
    assert seed.open_weights is None
    assert "OpenRouter's listing (bytedance-seed/seed-1.6-flash)" in (seed.notes or "")
    for model_id in ("seed-1-6-250615", "seed-1-6-250915"):
        assert catalog.model(model_id).open_weights is None
    llama = catalog.model("llama-3-70b-instruct")
    assert llama.open_weights is True
    assert "https://huggingface.co/meta-llama/Meta-Llama-3-70B-Instruct" in llama.sources


def test_two_flash_lite_previews_read_as_two_snapshots() -> None:
    """F34: Google's two Gemini 2.5 Flash-Lite previews (06-17 and 09-2025) are two snapshots;
    the June one was named as if it were the only preview, so pick lists read it twice."""
    catalog = default_catalog()
    june = catalog.model("gemini-2.5-flash-lite-preview-06-17")
    september = catalog.model("gemini-2.5-flash-lite-preview-09-2025")
    assert june.name == "Gemini 2.5 Flash Lite Preview 06-17"
    assert september.name == "Gemini 2.5 Flash Lite Preview 09-2025"
    assert catalog.model("Gemini 2.5 Flash Lite Preview 06-17").id == june.id


@pytest.mark.parametrize("model_id", [
    "qwen3-30b-a3b-thinking-2507", "qwen3-vl-235b-a22b-thinking", "qwen3-vl-30b-a3b-thinking",
    "qwen3-vl-32b-thinking", "qwen3-vl-8b-thinking", "qwq-32b", "deepseek-r1-distill-llama-70b",
    "deepseek-r1-distill-llama-8b", "deepseek-r1-distill-qwen-32b", "deepseek-r1-distill-qwen-14b",
    "deepseek-r1-distill-qwen-7b", "deepseek-r1-distill-qwen-1-5b"])
def test_a_thinking_only_model_records_its_reasoning_mode(model_id: str) -> None:
    """A thinking-only edition or an R1 distill reasons by design: its maker's card says so,
    and its record states it (it was left to the routes that flag it)."""
    model = default_catalog().model(model_id)
    assert model.capabilities.reasoning is True
    assert "Corrected reasoning unknown -> true" in (model.notes or "")
    assert any(s.startswith(("https://huggingface.co/", "https://github.com/QwenLM/"))
               for s in model.sources)
