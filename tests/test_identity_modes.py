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
