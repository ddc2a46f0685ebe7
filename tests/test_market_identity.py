"""One model under two records, and the figures such records carry (brief data11), read from the
bundled catalog."""

from __future__ import annotations

from phicompare import default_catalog

_GPT4_PAGE = "https://developers.openai.com/api/docs/models/gpt-4"


def test_gpt_4_0613_has_its_makers_8k_window() -> None:
    """LLMStats gave gpt-4-0613 gpt-4-32k's 32,768 tokens in and out; OpenAI's GPT-4 page, whose
    default snapshot it is, gives 8,192 for both, and its routes read the model's window."""
    catalog = default_catalog()
    gpt4 = catalog.model("gpt-4-0613")
    assert (gpt4.context_window, gpt4.max_output_tokens) == (8192, 8192)
    assert _GPT4_PAGE in gpt4.sources
    assert "max_output_tokens 32768 -> 8192" in (gpt4.notes or "")
    # gpt-4 (the alias) stays its own record, as gpt-4o and its dated snapshots do
    assert catalog.model("gpt-4").id == "gpt-4"


def test_llama_3_2_11b_instruct_is_the_vision_model() -> None:
    """Meta released one instruction-tuned Llama 3.2 11B, Llama-3.2-11B-Vision-Instruct (image
    and text in); LLMStats' and LLM Gateway's llama-3.2-11b-instruct and Vercel's meta/llama-3.2-11b
    (\"Llama 3.2 11B Vision Instruct\") are its listings, one record with the vision model's
    inputs, routes and the model card's scores."""
    catalog = default_catalog()
    model = catalog.model("llama-3.2-11b-instruct")
    assert model.id == "llama-3.2-11b-vision-instruct"
    assert catalog.model("llama-3.2-11b").id == model.id
    assert model.input_modalities == ("text", "image")
    assert model.capabilities.vision is True
    assert {"groq", "llmgateway", "vercel", "openrouter"} <= {r.provider for r in model.routes}
    assert "mmmu" in {s.benchmark for s in model.scores}
    assert [m.id for m in catalog.models if m.id.startswith("llama-3.2-11b")] == [model.id]
