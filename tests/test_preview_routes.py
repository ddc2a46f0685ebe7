"""A maker's route whose id says "preview" reads preview, not GA (review 29, F5)."""

from __future__ import annotations

import datetime as dt

from phicompare import compare, default_catalog
from phicompare.domain.pricing import ProviderRoute, RouteStatus
from phicompare.domain.records import Model
from phicompare.importers._preview_routes import preview_routes


def _route(provider: str, model_id: str | None, status: str = "ga") -> ProviderRoute:
    return ProviderRoute(provider=provider, source="https://example.com", status=status,
                         provider_model_id=model_id, checked=dt.date(2026, 11, 30))


def _statuses(model: Model) -> list[str]:
    return [r.status.value for r in preview_routes(model, {"google": ("Google",)})[0].routes]


def test_the_makers_api_and_cloud_routes_named_preview_read_preview() -> None:
    model = Model(id="gemini-x-preview", name="Gemini X Preview", vendor="Google", routes=(
        _route("google", "gemini-x-preview"), _route("google-vertex", "gemini-x-preview"),
        _route("openrouter", "google/gemini-x-preview"), _route("google", "gemini-x")))
    # a reseller's route keeps the default; the maker's GA id (another model) keeps it too
    assert _statuses(model) == ["preview", "preview", "ga", "ga"]


def test_a_status_a_source_gives_and_an_unsourced_maker_are_kept() -> None:
    given = Model(id="g-preview", name="G Preview", vendor="Google", routes=(
        _route("google", "g-preview", "deprecated"), _route("google", None)))
    assert _statuses(given) == ["deprecated", "preview"]  # no id of its own: the model's
    guessed = Model(id="g-preview", name="G Preview", vendor="Google", vendor_inferred=True,
                    routes=(_route("google", "g-preview"),))
    assert _statuses(guessed) == ["ga"]
    other = Model(id="q-preview", name="Q Preview", vendor="Alibaba",
                  routes=(_route("google", "q-preview"),))
    assert _statuses(other) == ["ga"]


def test_the_bundled_gemini_previews_read_preview_on_google_and_vertex() -> None:
    for model_id in ("gemini-3-flash-preview", "gemini-3.1-pro-preview"):
        routes = default_catalog().model(model_id).routes
        for provider in ("google", "google-vertex"):
            own = [r for r in routes if r.provider == provider]
            assert own, (model_id, provider)
            assert all(r.status is RouteStatus.PREVIEW for r in own), (model_id, provider)


def test_the_page_says_gemini_3_flash_preview_is_a_preview_on_google() -> None:
    page = compare("gemini-3-flash-preview", "gpt-5-mini").to_markdown()
    assert "Google (preview), Google Vertex AI (preview)" in " ".join(page.split())
