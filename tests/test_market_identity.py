"""One model under two records, and the figures such records carry (brief data11), read from the
bundled catalog."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Model, ProviderRoute, default_catalog
from phicompare.catalog.kin import one_family
from phicompare.importers._mode_routes import undercut_modes

DAY = dt.date(2026, 7, 2)

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


def test_a_cheaper_effort_listing_is_not_the_models_route() -> None:
    """NanoGPT lists o3-mini at OpenAI's $1.10/$4.40 with reasoning effort low, medium or high
    per request, and o3-mini-high apart at $0.64/$2.588: the same provider's two prices for one
    effort cannot both be the model's, so the cheaper mode listing is left out, said in the
    model's notes, and no page bills o3-mini on it."""
    o3_mini = default_catalog().model("o3-mini")
    nano = {r.provider_model_id: r for r in o3_mini.routes if r.provider == "nano-gpt"}
    assert "openai/o3-mini-high" not in nano
    assert nano["openai/o3-mini"].input == Decimal("1.1")
    assert "openai/o3-mini-high" in (o3_mini.notes or "")


def _route(name: str, price: str, output: str, provider: str = "nano-gpt") -> ProviderRoute:
    return ProviderRoute(provider=provider, source="https://example.com", checked=DAY,
                         provider_model_id=name, input=Decimal(price), output=Decimal(output))


def test_only_a_mode_listing_below_its_plain_listing_goes() -> None:
    """A mode listing dearer than the plain one (Gemini 2.5 Flash's thinking output, Google's own
    price for it) stays, as does one whose provider lists no plain route, and any plain one."""
    model = Model(id="m", name="M", routes=(
        _route("openai/o3-mini", "1.1", "4.4"), _route("openai/o3-mini-high", "0.64", "2.588"),
        _route("gemini-2.5-flash:thinking", "0.15", "3.5", "other"),
        _route("gemini-2.5-flash", "0.15", "0.6", "other"),
        _route("deepseek-v3.2:thinking", "0.1", "0.1", "lone")))
    kept, lines = undercut_modes(model)
    assert [r.provider_model_id for r in kept.routes] == [
        "openai/o3-mini", "gemini-2.5-flash:thinking", "gemini-2.5-flash",
        "deepseek-v3.2:thinking"]
    assert lines == (("m: nano-gpt openai/o3-mini-high at $0.64/$2.588 below nano-gpt "
                      "openai/o3-mini at $1.1/$4.4: left out"),)
    assert undercut_modes(kept) == (kept, ())


def test_llama_3_2_90b_is_the_vision_model() -> None:
    """As with 11B: LLMStats' and Vercel's llama-3.2-90b ("Llama 3.2 90B Vision Instruct") is
    Meta's one instruction-tuned 90B, Llama-3.2-90B-Vision-Instruct: one record, its size,
    licence and routes together."""
    catalog = default_catalog()
    model = catalog.model("llama-3.2-90b")
    assert model.id == "llama-3.2-90b-vision-instruct"
    assert catalog.model("llama-3.2-90b-instruct").id == model.id
    assert model.input_modalities == ("text", "image")
    assert model.open_weights is True
    assert [m.id for m in catalog.models if m.id.startswith("llama-3.2-90b")] == [model.id]


def test_gpt_4_is_released_on_its_launch_day() -> None:
    """models.dev dated the gpt-4 alias 2023-11-06 (GPT-4 Turbo's announcement); OpenAI
    released GPT-4 on 2023-03-14, before GPT-4-0613 (2023-06-13), its later snapshot."""
    gpt4 = default_catalog().model("gpt-4")
    assert gpt4.released == dt.date(2023, 3, 14)
    assert "released 2023-11-06 -> 2023-03-14" in (gpt4.notes or "")
    assert gpt4.knowledge_cutoff == "2021-09"  # models.dev's 2023-11 is after its release


def test_codex_and_chat_models_are_not_one_family() -> None:
    """Closing note (review 11, K11's families): models.dev labels GPT-5, 5.1 and 5.2 Chat, the
    ChatGPT models, "gpt-codex", which made every Codex model their "same family"; and Fireworks'
    Kimi K2.6 Turbo "kimi-thinking", kin of Kimi K2 Thinking and not of Kimi K2.6, which it
    serves. Keyed corrections file them under "gpt" and "kimi-k2"."""
    catalog = default_catalog()
    codex = catalog.model("gpt-5-codex")
    for chat_id in ("gpt-5-chat-latest", "gpt-5.1-chat-latest", "gpt-5.2-chat-latest"):
        chat = catalog.model(chat_id)
        assert chat.family == "gpt"
        assert not one_family(chat, codex)
        assert one_family(chat, catalog.model("gpt-5"))
    assert {m.family for m in catalog.models if m.id.endswith((
        "-codex", "-codex-max", "-codex-mini", "-codex-xhigh"))} == {"gpt-codex"}
    assert {n.id for n, _ in catalog.neighbours("gpt-5-codex", limit=10)}.isdisjoint(
        {"gpt-5-chat-latest", "gpt-5.1-chat-latest", "gpt-5.2-chat-latest"})
    turbo = catalog.model("kimi-k2p6-turbo")
    assert turbo.family == "kimi-k2"
    assert one_family(turbo, catalog.model("kimi-k2.6"))
    assert not one_family(turbo, catalog.model("kimi-k2-thinking"))
    thinking = {m.id for m in catalog.models if m.family == "kimi-thinking"}
    assert thinking == {"kimi-k2-thinking", "kimi-k2-thinking-original", "kimi-k2-thinking-turbo",
                        "kimi-k2-thinking-turbo-original", "kimi-k2.5-thinking"}
