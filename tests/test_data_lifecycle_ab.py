"""Lifecycle dates helper dataAB keyed (review 18, P6 and P2), from the bundled catalog.

Each test reads a route's keyed day and the page a day either side of it: a deprecated route is
no longer counted from its day and counted the day before; a retired one is "retired on ...".
"""

from __future__ import annotations

import datetime as dt

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
