"""Helper dataCM (stop 54): batch prices of the GPT-4o snapshots 2024-08-06 and 2024-11-20 on
OpenAI's API and of Gemini 3.5 Flash on Google's, and resellers' routes of a closed model its
maker sells only as a preview read preview, not GA."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Traffic, default_catalog, route_cost
from phicompare.domain.pricing import ProviderRoute, RouteStatus
from phicompare.domain.records import Model
from phicompare.importers._preview_routes import preview_routes
from tests.helpers import provider_routes

_OWN = {"google": ("Google",), "moonshotai": ("Moonshot AI",)}


def _route(provider: str, model_id: str, status: str = "ga") -> ProviderRoute:
    return ProviderRoute(provider=provider, source="https://example.com", status=status,
                         provider_model_id=model_id, checked=dt.date(2026, 11, 30))


def _statuses(model: Model) -> list[str]:
    return [r.status.value for r in preview_routes(model, _OWN)[0].routes]


def test_the_gpt_4o_snapshots_carry_openai_s_batch_prices() -> None:
    """OpenAI's page (a transcription "updated to January 8, 2025") lists both snapshots at
    $2.50/$10 and $1.25/$5 with the Batch API; their OpenAI routes bill that, cited and dated."""
    for model_id in ("gpt-4o-2024-08-06", "gpt-4o-2024-11-20"):
        (route,) = provider_routes(model_id, "openai")
        assert (route.input, route.output) == (Decimal("2.50"), Decimal("10.00")), model_id
        assert (route.batch_input, route.batch_output) == (Decimal("1.25"), Decimal("5.00"))
        assert route.notes is not None
        assert "Route batch prices $1.25 input and $5.00 output" in route.notes, model_id
        assert "tzheng26/openai_cost" in route.notes, model_id
        assert "read 2026-12-03" in route.notes, model_id
        bill = route_cost(route, Traffic(batch_share=Decimal("0.5")))
        assert bill.monthly == Decimal("3375.00"), model_id  # was $4,500.00 at standard
        assert not [n for n in bill.notes if "batch" in n], model_id


def test_gemini_3_5_flash_carries_google_s_batch_price_on_google_only() -> None:
    """Google's Batch pane: $0.75/$4.50 beside the Standard pane's $1.50/$9.00. Vertex AI's
    route is priced on another page and keeps none."""
    (route,) = provider_routes("gemini-3.5-flash", "google")
    assert (route.input, route.output) == (Decimal("1.50"), Decimal("9.00"))
    assert (route.batch_input, route.batch_output) == (Decimal("0.75"), Decimal("4.50"))
    assert route.notes is not None
    assert "https://ai.google.dev/gemini-api/docs/pricing, read 2026-12-03" in route.notes
    for vertex in provider_routes("gemini-3.5-flash", "google-vertex"):
        assert (vertex.batch_input, vertex.batch_output) == (None, None)


def test_resellers_of_a_closed_maker_only_preview_read_preview() -> None:
    """A reseller cannot offer more than the maker's preview: its GA route reads preview; a
    status a source gave (deprecated) is kept."""
    model = Model(id="gemini-x-preview", name="Gemini X Preview", vendor="Google",
                  open_weights=False, routes=(
                      _route("google", "gemini-x-preview"),
                      _route("openrouter", "google/gemini-x-preview"),
                      _route("poe", "google/gemini-x"),
                      _route("kilo", "google/gemini-x-preview", "deprecated")))
    assert _statuses(model) == ["preview", "preview", "preview", "deprecated"]


def test_open_or_unknown_weights_and_a_ga_maker_route_keep_resellers_ga() -> None:
    """Hosts of released weights are not bound by the maker's API's launch stage; weights not
    known closed say nothing; and where the maker sells a GA route too, a reseller may sell
    that one."""
    routes = (_route("moonshotai", "kimi-z-preview"), _route("novita", "moonshotai/kimi-z"))
    for weights in (True, None):
        model = Model(id="kimi-z", name="Kimi Z", vendor="Moonshot AI", open_weights=weights,
                      routes=routes)
        assert _statuses(model) == ["preview", "ga"], weights
    both = Model(id="gemini-y-preview", name="Gemini Y Preview", vendor="Google",
                 open_weights=False, routes=(
                     _route("google", "gemini-y-preview"), _route("google", "gemini-y"),
                     _route("openrouter", "google/gemini-y-preview")))
    assert _statuses(both) == ["preview", "ga", "ga"]


def test_the_bundled_resellers_of_gemini_and_qwen_previews_read_preview() -> None:
    """OpenRouter, Kilo Gateway and the other resellers of Gemini 3 Flash Preview, 3.1 Pro
    Preview and Qwen3.6 Max Preview read preview (they read GA); Kimi K2 0905's open-weights
    hosts stay GA beside Moonshot's preview route."""
    catalog = default_catalog()
    for model_id in ("gemini-3-flash-preview", "gemini-3.1-pro-preview", "qwen3.6-max-preview"):
        routes = catalog.model(model_id).routes
        for provider in ("openrouter", "kilo"):
            own = [r for r in routes if r.provider == provider]
            assert own, (model_id, provider)
            assert all(r.status is RouteStatus.PREVIEW for r in own), (model_id, provider)
        assert not [r for r in routes if r.status is RouteStatus.GA], model_id
    kimi = catalog.model("kimi-k2-0905").routes
    assert [r for r in kimi if r.provider == "huggingface" and r.status is RouteStatus.GA]
