"""One model, one id (review 7, F5, F26): a reseller's name for a model, or for one of its
request modes, is a route of the model, not a second model."""

from __future__ import annotations

from phicompare import default_catalog
from phicompare.importers._identity import identity_key


def test_resellers_gemini_3_flash_is_googles_gemini_3_flash_preview() -> None:
    """F5: OpenCode's, Poe's and Vercel's gemini-3-flash (Neon's names its base model
    google/gemini-3-flash-preview) join Google's model."""
    catalog = default_catalog()
    ids = {m.id for m in catalog.models}
    assert "gemini-3-flash" not in ids
    model = catalog.model("gemini-3-flash")
    assert model.id == "gemini-3-flash-preview"
    providers = {r.provider for r in model.routes}
    assert {"google", "opencode", "poe", "vercel"} <= providers


def test_claudes_fast_mode_is_a_route_of_the_model() -> None:
    """F26: "Claude Opus 4.6 (Fast)" is Anthropic's fast output mode of Opus 4.6, at 6x price."""
    assert identity_key("anthropic/claude-opus-4.6-fast") == identity_key("claude-opus-4-6")
    catalog = default_catalog()
    assert "claude-opus-4.6-fast" not in {m.id for m in catalog.models}
    model = catalog.model("claude-opus-4.6-fast")
    assert model.id == "claude-opus-4-6"
    assert str(model.released) == "2026-02-05"
    assert any((r.provider_model_id or "").endswith("-fast") for r in model.routes)


THINKING_MODES = {
    "google/gemini-3-flash-preview-thinking": "gemini-3-flash-preview",
    "gemini-2.5-flash-preview-09-2025-thinking": "gemini-2.5-flash-preview-09-2025",
    "gemini-2.5-flash-lite-preview-09-2025-thinking": "gemini-2.5-flash-lite-preview-09-2025",
    "deepseek/deepseek-v3.2-thinking": "deepseek-v3.2",
    "deepseek-ai/deepseek-v3.2-exp-thinking": "deepseek-v3.2-exp",
}


def test_a_resellers_thinking_id_of_a_hybrid_model_is_a_route_of_the_model() -> None:
    """Review 8, G11: NanoGPT's, 302.AI's and Vercel's "-thinking" ids of Gemini 2.5 Flash (Lite)
    09-2025, Gemini 3 Flash and DeepSeek V3.2 (Exp) name a request mode (Google's thinking
    budget or level, DeepSeek's thinking switch), not a model: pages set "Gemini 3 Flash
    Thinking" against Gemini 3 Flash Preview and drew "does not accept audio" from one listing."""
    catalog = default_catalog()
    ids = {m.id for m in catalog.models}
    for listed, model_id in THINKING_MODES.items():
        assert identity_key(listed) == identity_key(model_id)
        assert listed.rsplit("/", 1)[-1] not in ids
        assert catalog.model(listed).id == model_id
    # a mode listed at its own terms is a route of the model; at the plain listing's terms on the
    # same provider (NanoGPT's Gemini and V3.2-Exp files), the plain listing is the route kept
    v32 = catalog.model("deepseek-v3.2")
    assert {r.provider for r in v32.routes
            if (r.provider_model_id or "").endswith("-thinking")} == {"302ai", "vercel"}


def test_a_thinking_listings_file_does_not_set_the_models_facts() -> None:
    """Review 8, G11: NanoGPT's thinking files type Gemini's window 1,048,756 and leave out
    audio and video input; joined, they must not set the model's window, name or inputs."""
    flash = default_catalog().model("gemini-3-flash-preview")
    assert flash.context_window == 1048576
    assert flash.name == "Gemini 3 Flash Preview"
    assert {"audio", "video"} <= set(flash.input_modalities)
    preview = default_catalog().model("gemini-2.5-flash-preview-09-2025")
    assert "Thinking" not in preview.name
    assert preview.context_window != 1048756


def test_a_thinking_model_of_its_own_stays_apart() -> None:
    """Google's Gemini 2.0 Flash Thinking (experimental) and Moonshot's Kimi K2 Thinking are
    models of their own (their makers' own ids and weights), not request modes."""
    ids = {m.id for m in default_catalog().models}
    assert {"gemini-2.0-flash-thinking-exp-01-21", "kimi-k2-thinking",
            "qwen3-235b-a22b-thinking-2507"} <= ids
    assert identity_key("kimi-k2-thinking") != identity_key("kimi-k2")
