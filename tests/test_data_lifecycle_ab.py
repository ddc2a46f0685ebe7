"""Lifecycle dates helper dataAB keyed (review 18, P6 and P2), from the bundled catalog.

Each test reads a route's keyed day and the page a day either side of it: a deprecated route is
no longer counted from its day and counted the day before; a retired one is "retired on ...".
"""

from __future__ import annotations

import datetime as dt

from phicompare import estimate as estimate_of
from tests.helpers import provider_routes, route_reasons

_DAY = dt.timedelta(days=1)


def _deprecated_from(model_id: str, provider: str, day: dt.date) -> None:
    """Every ``provider`` route of the model is deprecated from ``day``, and counted before it."""
    for route in provider_routes(model_id, provider):
        assert route.deprecated == day, (model_id, provider, route.provider_model_id)
        assert route.notes is not None
        assert f"Route deprecated {day}" in route.notes
    assert "deprecated" not in route_reasons(model_id, provider, day - _DAY)
    assert route_reasons(model_id, provider, day + _DAY) == {"deprecated"}


# Anthropic's model status table: each Claude 3.x model's deprecation day, then its retirement
_CLAUDE_3 = (
    ("claude-3-sonnet-20240229", dt.date(2025, 1, 21), dt.date(2025, 7, 21)),
    ("claude-3-opus", dt.date(2025, 6, 30), dt.date(2026, 1, 5)),
    ("claude-3-5-sonnet-20240620", dt.date(2025, 8, 13), dt.date(2025, 10, 28)),
    ("claude-3-5-sonnet-20241022", dt.date(2025, 8, 13), dt.date(2025, 10, 28)),
    ("claude-3-7-sonnet-20250219", dt.date(2025, 10, 28), dt.date(2026, 2, 19)),
    ("claude-3-5-haiku-20241022", dt.date(2025, 12, 19), dt.date(2026, 2, 19)),
    ("claude-3-haiku", dt.date(2026, 2, 19), dt.date(2026, 4, 20)),
)


def test_claude_3_models_are_deprecated_on_anthropic_from_the_table_s_days() -> None:
    """Review 18, P6: the deprecation days were in the routes' notes only, so Claude Sonnet 3.7
    read "deprecated" on Anthropic on 2025-09-01 (its maker's current Sonnet then) and Claude
    Haiku 3.5 read "GA ... yes" on 2026-01-15, four weeks after Anthropic deprecated it."""
    for model_id, deprecated, retires in _CLAUDE_3:
        _deprecated_from(model_id, "anthropic", deprecated)
        (route,) = provider_routes(model_id, "anthropic")
        assert route.retires == retires, model_id
    assert route_reasons("claude-3-7-sonnet-20250219", "anthropic",
                         dt.date(2025, 9, 1)) == {None}
    assert route_reasons("claude-3-5-haiku-20241022", "anthropic",
                         dt.date(2026, 1, 15)) == {"deprecated"}


def _retired_on(model_id: str, provider: str, day: dt.date) -> None:
    """Every ``provider`` route of the model retires on ``day``; a page after it says so."""
    for route in provider_routes(model_id, provider):
        assert route.retires == day, (model_id, provider, route.provider_model_id)
    assert route_reasons(model_id, provider, day + _DAY) == {f"retired on {day}"}
    assert f"retired on {day}" not in route_reasons(model_id, provider, day - _DAY)


def test_deepseek_s_api_stops_serving_a_model_when_its_endpoint_moves_on() -> None:
    """Review 18, P2: DeepSeek's routes of V2.5, V3 and R1 stayed "GA" and set V2.5's bill on
    2026-12-02, though deepseek-chat and deepseek-reasoner had moved to newer models (all of
    them to V3.1 on 2025-08-21 by DeepSeek's change log); other hosts keep the open weights."""
    for model_id, day in (("deepseek-v2.5", dt.date(2024, 12, 26)),
                          ("deepseek-v3", dt.date(2025, 3, 24)),
                          ("deepseek-r1", dt.date(2025, 5, 28))):
        _retired_on(model_id, "deepseek", day)
        (route,) = provider_routes(model_id, "deepseek")
        assert route.notes is not None
        assert "read secondhand" in route.notes
        assert "2025-08-21" in route.notes
    assert {r.retires for r in provider_routes("deepseek-v3", "together")} == {None}
    # the names' own records keep their routes until DeepSeek retired the names themselves
    # (2026-07-24, its V4 announcement; helper dataAE)
    assert {r.retires for r in provider_routes("deepseek-chat", "deepseek")} == {
        dt.date(2026, 7, 24)}


def test_gemini_2_0_flash_leaves_google_and_its_resellers_on_google_s_shutdown_day() -> None:
    """Review 18, P2: Google shut Gemini 2.0 Flash and Flash-Lite down on 2026-06-01, and a
    page of 2026-12-02 picked Gemini 2.0 Flash "for the lower bill" on Kilo Gateway's listing of
    the closed-weight model; every route of the two now retires on that day."""
    day = dt.date(2026, 6, 1)
    for model_id, providers in (
            ("gemini-2.0-flash", ("google", "kilo", "nano-gpt", "poe", "qiniu-ai")),
            ("gemini-2.0-flash-lite", ("google", "302ai", "kilo", "poe", "qiniu-ai"))):
        for provider in providers:
            for route in provider_routes(model_id, provider):
                assert route.retires == day, (model_id, provider)
        estimate = estimate_of(model_id, as_of=dt.date(2026, 12, 2), include_free=True)
        reasons = {row.route.provider: row.reason for row in estimate.routes}
        # Qiniu's route lists no price: retired, it is that first (review 25, P5)
        assert set(reasons.values()) == {f"retired on {day}"}, model_id
