"""Gemini 1.5 Flash and Pro: Google's routes retired on 2025-09-24 (keyed RETIREMENTS)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from phicompare import Traffic, compare, default_catalog

_READ = dt.date(2026, 12, 1)
_MODELS_PAGE = "https://ai.google.dev/gemini-api/docs/models"


@pytest.mark.parametrize(("model_id", "before_bill"), [
    ("gemini-flash-1.5", Decimal("210.00")),  # $0.15 and $0.60 per 1M tokens
    ("gemini-1.5-pro", Decimal("1750.00")),  # $1.25 and $5.00, prompts up to 128K
])
def test_gemini_1_5_is_not_billed_on_google_after_google_retired_it(
        model_id: str, before_bill: Decimal) -> None:
    """Google's models page marks Gemini 1.5 Flash and Pro "Deprecation date September 2025";
    their 002 versions shut down on 2025-09-24: a page dated after bills no Google route of
    them, one dated before still does, and the route cites the shutdown."""
    model = default_catalog().model(model_id)
    google = next(r for r in model.routes if r.provider == "google")
    assert google.retires == dt.date(2025, 9, 24)
    assert google.notes is not None
    assert _MODELS_PAGE in google.notes
    assert _MODELS_PAGE in model.sources
    traffic = Traffic(input_tokens=10**9, output_tokens=10**8)
    after = compare("gpt-4o-mini", model_id, traffic=traffic, as_of=_READ)
    bill = after.cost.estimates[1]
    assert bill.provider_name != "Google"
    assert after.check() == []
    before = compare("gpt-4o-mini", model_id, traffic=traffic, as_of=dt.date(2025, 9, 1),
                     providers=["google", "openai"])
    assert before.cost.estimates[1].provider_name == "Google"
    assert before.cost.estimates[1].monthly == before_bill


def test_gemini_1_5_flash_takes_googles_1_048_576_tokens_not_a_resellers_2m() -> None:
    """Review 10, I12: "Gemini 1.5 Flash has the larger context window: 2M tokens", picked "for
    a longer context (2M tokens)", its Google route "2M (2,000,000)": NanoGPT's listing figure.
    Google's Vertex AI page and Gemini models page give 1,048,576 input tokens (LLMStats agrees;
    2,097,152 is Gemini 1.5 Pro's). The model and its Google route take it, and NanoGPT's route
    too: its listing's 2M, above the model's own window, is not recorded (helper dataP: a keyed
    window correction leaves no route above it)."""
    flash = default_catalog().model("gemini-flash-1.5")
    assert flash.context_window == 1_048_576
    card = "https://cloud.google.com/vertex-ai/generative-ai/docs/models/gemini/1-5-flash"
    assert card in flash.sources
    assert "1,048,576" in (flash.notes or "")
    windows = {r.provider: flash.route_context(r) for r in flash.routes}
    assert windows == {"google": 1_048_576, "nano-gpt": 1_048_576}
    page = compare("gemini-1.5-flash", "gpt-4o-mini", as_of=dt.date(2025, 10, 15))
    summary = " ".join(c.text for c in page.narrative.summary)
    assert "2M tokens" not in summary
    assert "1M tokens against 128K" in summary
    verdict = " ".join(c.text for c in page.narrative.verdict)
    assert "(2M tokens)" not in verdict
    assert "| Context window | 1M (1,048,576) | 128K (128,000) |" in page.to_markdown()
    assert page.check() == []


@pytest.mark.parametrize("model_id", ["gemini-1.5-pro", "gemini-1.5-flash-8b"])
def test_gemini_1_5_pro_and_flash_8b_document_vision_as_google_gives_their_inputs(
        model_id: str) -> None:
    """Review 12, L8: "Vision | not documented" beside "Multimodal | yes" on one page, which
    printed their MMMU, MathVista and Video-MME scores; review 10, I5 gave Gemini 1.5 Flash its
    inputs and left its two siblings. Google's Gemini API models page (a source of both records)
    gives each "Audio, images, videos, and text" in, text out."""
    model = default_catalog().model(model_id)
    assert model.input_modalities == ("text", "image", "audio", "video")
    assert _MODELS_PAGE in (model.notes or "")
    page = compare(model_id, "gpt-4o", as_of=_READ)
    rows = {row.capability.value: row.support[0].value for row in page.capabilities}
    assert rows["vision"] == "yes"
    assert rows["multimodal"] == "yes"
    text = page.to_markdown()
    assert "documents vision; for Gemini 1.5" not in text
    assert not [line for line in text.splitlines() if "vision" in line and (
        "not documented" in line or "does not document" in line)]
    assert page.check() == []


def test_gemini_1_5_pro_on_google_is_priced_by_prompt_length_not_at_its_long_prompt_rate(
        ) -> None:
    """Review 16, P1: the Google route held $2.50 and $10.00, Google's price for prompts above
    128K tokens, as the whole price, so a page dated 2025-06-01 billed $4,500.00 at 800M:250M
    and called it the same as GPT-4o's. Google's pricing page charges $1.25 and $5.00 up to
    128K (cached input $0.3125) and $2.50 and $10.00 above (cached input $0.625)."""
    model = default_catalog().model("gemini-1.5-pro")
    google = next(r for r in model.routes if r.provider == "google")
    assert (google.input, google.output, google.cache_read) == (
        Decimal("1.25"), Decimal("5.00"), Decimal("0.3125"))
    assert [(t.above_input_tokens, t.input, t.output, t.cache_read) for t in google.tiers] == [
        (128_000, Decimal("2.50"), Decimal("10.00"), Decimal("0.625"))]
    assert google.source == "https://ai.google.dev/gemini-api/docs/pricing#gemini-1.5-pro"
    assert google.checked == dt.date(2025, 7, 5)
    assert "the long-prompt tier" in (google.notes or "")
    assert google.retires == dt.date(2025, 9, 24)
    page = compare("gemini-1.5-pro", "gpt-4o", as_of=dt.date(2025, 6, 1))
    bill = page.cost.estimates[0]
    assert bill.provider_name == "Google"
    assert bill.monthly == Decimal("2250.00")
    text = page.to_markdown()
    assert "Gemini 1.5 Pro: \\$4,500.00" not in text
    assert "a tie" not in text
    assert "Gemini 1.5 Pro: \\$2,250.00 a month on Google, at \\$1.25 input" in text
    assert page.check() == []
    long = compare("gemini-1.5-pro", "gpt-4o", as_of=dt.date(2025, 6, 1),
                   traffic=Traffic(input_tokens=10**9, output_tokens=10**7, requests=5000),
                   providers=["google", "openai"])
    assert long.cost.estimates[0].monthly == Decimal("2600.00")  # 200K-token prompts
