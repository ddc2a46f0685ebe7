"""Keyed route windows (``tools/bundle_catalog.py`` applies them after the route prices).

A route whose context window (or maximum output) the shared snapshots give wrongly (a listing's
figure from an earlier model of the line, where the provider's own page gives the model's) takes
the window (and output limit) its provider's page gives, with the day it was read and why. The
route keeps its price and the price's source and date; its notes say so, the model cites the
page, and ``docs/data-notes.md`` lists each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs

from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

from ._keyed_routes import keyed_routes

__all__ = ["ROUTE_WINDOWS", "RouteWindow", "rewindowed"]

_READ = dt.date(2026, 12, 1)


@attrs.frozen
class RouteWindow:
    """A provider's context window for a model, read at ``source`` on ``checked``, and why.

    ``max_output_tokens``, where given, is the route's output limit read on the same page.

    Examples:
        >>> RouteWindow("m", "p", 1_000_000, "https://x.test", _READ, "w").context_window
        1000000
    """

    model: str
    provider: str
    context_window: int
    source: str
    checked: dt.date
    why: str
    max_output_tokens: int | None = None


ROUTE_WINDOWS: tuple[RouteWindow, ...] = (
    # review 14, N8: models.dev's Bedrock file gives Nova 2 Lite the first Nova Lite's limits
    RouteWindow(
        "nova-2-lite", "aws-bedrock", 1_000_000,
        "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-amazon-nova-2-lite.html",
        _READ,
        "Amazon's Bedrock card for Nova 2 Lite gives a context window of 1M tokens (read in a "
        "transcription of the card, github.com/quattro004/Agent004's wiki \"Source Amazon Nova "
        "Lite\", which read it on 2026-09-29: \"Context window | 300K tokens | 1M tokens\" for "
        "Nova Lite and Nova 2 Lite), and Vercel's page for amazon/nova-2-lite, served by "
        "Bedrock, gives \"Context window: 1,000,000\"; models.dev's Bedrock file gave 128,000, "
        "so prompts over 128,000 tokens passed the route over. The card gives \"Max output "
        "tokens\" 64K (the same transcription: \"Max output | 5K tokens | 64K tokens\"), set as "
        "64,000 as Amazon's Nova API listing of the model gives it (AWS's Nova 1 to Nova 2 "
        "migration post tabulates 65K, the transcription notes); models.dev's Bedrock file gave "
        "4,096, below the first Nova Lite's 5K", max_output_tokens=64_000),
)
"""Route windows set to the provider's own word, each read on ``checked``."""


def rewindowed(models: Sequence[Model], windows: Sequence[RouteWindow] = ROUTE_WINDOWS
               ) -> tuple[list[Model], list[str]]:
    """``models`` with each keyed route's window set (notes saying it), and a line each.

    Examples:
        >>> from phicompare.domain.pricing import ProviderRoute
        >>> route = ProviderRoute(provider="p", source="https://price.test",
        ...                       checked=dt.date(2025, 7, 5), context_window=128_000)
        >>> fix = RouteWindow("m", "p", 1_000_000, "https://x.test", _READ, "its page")
        >>> out, lines = rewindowed([Model(id="m", name="M", routes=(route,))], [fix])
        >>> out[0].routes[0].context_window, out[0].routes[0].source
        (1000000, 'https://price.test')
        >>> lines
        ['m: p route window 128000 -> 1000000 (https://x.test, read 2026-12-01): its page']
    """
    return keyed_routes(models, windows, _rewindow)


def _rewindow(route: ProviderRoute, fix: RouteWindow) -> tuple[str, dict[str, Any]] | None:
    said = ", ".join(f"{label} {old} -> {new}" for label, old, new in (
        ("window", route.context_window, fix.context_window),
        ("max output", route.max_output_tokens, fix.max_output_tokens),
    ) if new is not None and old != new)
    if not said:
        return None
    return said, {"context_window": fix.context_window,
                  "max_output_tokens": fix.max_output_tokens or route.max_output_tokens}
