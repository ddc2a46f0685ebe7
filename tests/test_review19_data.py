"""Review 19's model-data findings (P1, P3, P2, P4): each record read as its maker's own card or
post gives it."""

from __future__ import annotations

from decimal import Decimal

from phicompare import compare, default_catalog

UPSTAGE_CARD = "https://huggingface.co/upstage/SOLAR-10.7B-Instruct-v1.0"


def test_solar_10_7b_instruct_reads_upstage_s_card() -> None:
    """P1: the record held NVIDIA's listing (128,000 tokens, 2024-06-05, no licence); Upstage's
    card gives SOLAR-10.7B-Instruct-v1.0 a 4,096-token window, December 2023 and CC-BY-NC-4.0,
    so the page no longer picks it "for a longer context" over Solar Mini's 32K."""
    model = default_catalog().model("solar-10_7b-instruct")
    assert model.context_window == 4_096
    assert str(model.released) == "2023-12-13"
    assert model.license == "CC-BY-NC-4.0"
    assert UPSTAGE_CARD in model.sources
    assert all(r.context_window is None or r.context_window <= 4_096 for r in model.routes)
    page = compare("solar-10_7b-instruct", "solar-mini", include_free=True).to_markdown()
    assert "128K" not in page
    assert "longer context (128K" not in page


def test_solar_10_7b_instruct_keeps_no_output_cap_above_its_window() -> None:
    """NVIDIA's listing gave 8,192 output tokens, above the 4,096-token window, and the page
    read "Max output tokens 8K (8,192)" beside a 4K window (dataAD's leftover): the card gives
    no cap, so the model's is not recorded (a correction of 0 drops it); the route keeps its
    listing's figure."""
    model = default_catalog().model("solar-10_7b-instruct")
    assert model.max_output_tokens is None
    assert "max_output_tokens 8192 -> unknown" in (model.notes or "")
    page = compare("solar-10_7b-instruct", "solar-mini", include_free=True).to_markdown()
    assert "| Max output tokens | not yet sourced |" in page


def test_gpt_4_0613_documents_function_calling() -> None:
    """P3: OpenAI launched function calling with gpt-4-0613 ("Function calling and other API
    updates", 2023-06-13), yet the record set no capability, so a page made function calling a
    GPT-4o advantage and one of its "decision fit" reasons."""
    model = default_catalog().model("gpt-4-0613")
    assert model.capabilities.function_calling is True
    assert "https://openai.com/index/function-calling-and-other-api-updates/" in model.sources
    page = compare("gpt-4-0613", "gpt-4o").to_markdown()
    assert "GPT-4o documents function calling" not in page
    assert "| Function calling | yes | yes |" in page


GEMINI_2_0_POST = (
    "https://blog.google/technology/google-deepmind/google-gemini-ai-update-december-2024/")


def test_gemini_2_0_flash_december_scores_are_the_experimental_model_s() -> None:
    """P2: Google's December 2024 post has one row, "GPQA (diamond)", with 2.0 Flash
    Experimental 62.1 and 1.5 Pro 002 59.1; the record filed the first as plain GPQA, so a page
    said each model had a score the other lacked. The post's column is the Experimental model's,
    not the generally available gemini-2.0-flash-001 the routes serve (released 2025-02-05)."""
    model = default_catalog().model("gemini-2.0-flash")
    assert not [s for s in model.scores if s.benchmark == "gpqa"]
    december = [s for s in model.scores if s.source == GEMINI_2_0_POST]
    assert len(december) == 13
    assert all(s.setting and "2.0 Flash Experimental" in s.setting for s in december)
    assert [s.score for s in december if s.benchmark == "gpqa-diamond"] == [Decimal("62.1")]
    assert str(model.released) == "2025-02-05"
    page = compare("gemini-2.0-flash", "gemini-1.5-pro").to_markdown()
    assert "| GPQA | 62.1" not in page
    assert "GPQA Diamond | no score" not in page


def test_mistral_small_3_1_instruct_holds_no_base_model_figures() -> None:
    """P4: TriviaQA 80.5 and MMMU 59.27 are the "Small 3.1 24B Base" row of the base model's
    card (Mistral-Small-3.1-24B-Base-2503, whose own record holds them), not the instruct
    model's; Mistral gives "Small 3.1 24B Instruct" MMMU 64.00%."""
    catalog = default_catalog()
    scores = {s.benchmark: s for s in catalog.model("mistral-small-2503").scores}
    assert "triviaqa" not in scores
    assert scores["mmmu"].score == Decimal("64.00")
    assert "Mistral-Small-3.2-24B-Instruct-2506" in (scores["mmmu"].source or "")
    base = {s.benchmark: s.score for s in catalog.model("mistral-small-3.1-24b-base-2503").scores}
    assert (base["triviaqa"], base["mmmu"]) == (Decimal("80.5"), Decimal("59.27"))
    page = compare("qwen3-8b", "mistral-small-3.1").to_markdown()
    assert "TriviaQA" not in page
    assert "59.3" not in page


def test_mistral_small_3_1_documents_function_calling() -> None:
    """P3's related case: Mistral's card for Mistral-Small-3.1-24B-Instruct-2503 lists "native
    function calling and JSON outputting", yet the record left function calling to its routes
    ("from 4 of 8 providers")."""
    model = default_catalog().model("mistral-small-2503")
    assert model.capabilities.function_calling is True
    page = compare("qwen3-8b", "mistral-small-3.1").to_markdown()
    assert "| Function calling | yes | yes |" in page
