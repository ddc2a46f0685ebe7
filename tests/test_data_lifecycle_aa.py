"""Lifecycle dates and labels the data's known gaps left secondhand or open (helper dataAA),
read from the bundled catalog."""

from __future__ import annotations

import datetime as dt

from tests.helpers import provider_routes

_MIRROR = "johnzfitch/claude-wiki at 68bc2675"


def test_claude_4_lifecycle_days_are_read_on_anthropic_s_own_page() -> None:
    """Anthropic's model deprecations page, read in a mirror's crawls of it (2026-09-26 and
    2026-04-26): Claude Sonnet 4 and Opus 4 deprecated 2026-04-14 and retired 2026-06-15, Opus
    4.1 deprecated 2026-06-05 and retired 2026-08-05; the routes' notes cite the page's text and
    no longer call the days secondhand."""
    for model_id, deprecated, retires in (
            ("claude-sonnet-4-0", dt.date(2026, 4, 14), dt.date(2026, 6, 15)),
            ("claude-opus-4-0", dt.date(2026, 4, 14), dt.date(2026, 6, 15)),
            ("claude-opus-4-1", dt.date(2026, 6, 5), dt.date(2026, 8, 5))):
        (route,) = provider_routes(model_id, "anthropic")
        assert (route.deprecated, route.retires) == (deprecated, retires), model_id
        assert route.notes is not None
        assert "secondhand" not in route.notes, model_id
        assert route.notes.count(_MIRROR) == 2, model_id
