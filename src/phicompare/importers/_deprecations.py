"""Keyed route deprecations (``tools/bundle_catalog.py`` applies them after the retirements).

A route the shared snapshots list as served while its provider has deprecated the model (closed
it to new customers, with no shutdown day yet) takes the day the provider announced it as its
``deprecated`` date and the status ``deprecated`` (docs/catalog.md): from that day on no page
bills it. The route keeps its price and the price's source and date; its notes name the
deprecation's source, the day it was read and why, the model's sources gain that source, and
``docs/data-notes.md`` lists each. A shutdown day, where the provider gives one, is a
retirement (:mod:`._retirements`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs

from phicompare.domain.pricing import ProviderRoute, RouteStatus
from phicompare.domain.records import Model

from ._keyed_routes import keyed_routes

__all__ = ["DEPRECATIONS", "Deprecation", "deprecated_routes"]

_READ = dt.date(2026, 12, 1)


@attrs.frozen
class Deprecation:
    """The day a provider deprecated a model, read at ``source`` on ``checked``, and why.

    Examples:
        >>> Deprecation("m", "p", dt.date(2025, 9, 15), "https://x.test", _READ, "w").deprecated
        datetime.date(2025, 9, 15)
    """

    model: str
    provider: str
    deprecated: dt.date
    source: str
    checked: dt.date
    why: str


DEPRECATIONS: tuple[Deprecation, ...] = (
    # review 14, N4: review 13, M2 repriced this route and left it "ga"
    Deprecation(
        "command-r-plus-04-2024", "cohere", dt.date(2025, 9, 15),
        "https://docs.cohere.com/changelog/2025-09-15-major-command-deprecations", _READ,
        "Cohere's changelog of 2025-09-15, \"Announcing Major Command Deprecations\", lists "
        "command-r-plus-04-2024 (and the alias command-r-plus) among its deprecated models and "
        "recommends command-r-plus-08-2024 or command-a-03-2025 instead; Cohere's deprecations "
        "page (https://docs.cohere.com/docs/deprecations) says a deprecated model is \"no longer "
        "available to new customers\" and stays available to existing users until a shutdown "
        "date is assigned, and gives none for it"),
)
"""Route deprecations set to the provider's own word, each read on ``checked``."""


def deprecated_routes(models: Sequence[Model], deprecations: Sequence[Deprecation] = DEPRECATIONS
                      ) -> tuple[list[Model], list[str]]:
    """``models`` with each keyed route deprecated from its day (notes saying it), and a line each.

    Examples:
        >>> from phicompare.domain.pricing import ProviderRoute
        >>> route = ProviderRoute(provider="p", source="https://price.test",
        ...                       checked=dt.date(2025, 7, 5))
        >>> fix = Deprecation("m", "p", dt.date(2025, 9, 15), "https://x.test", _READ, "closed")
        >>> out, lines = deprecated_routes([Model(id="m", name="M", routes=(route,))], [fix])
        >>> out[0].routes[0].deprecated, out[0].routes[0].status.value
        (datetime.date(2025, 9, 15), 'deprecated')
        >>> lines
        ['m: p route deprecated 2025-09-15 (https://x.test, read 2026-12-01): closed']
    """
    return keyed_routes(models, deprecations, _deprecate)


def _deprecate(route: ProviderRoute, fix: Deprecation) -> tuple[str, dict[str, Any]] | None:
    if route.deprecated == fix.deprecated and route.status is RouteStatus.DEPRECATED:
        return None
    return (f"deprecated {fix.deprecated}",
            {"status": RouteStatus.DEPRECATED, "deprecated": fix.deprecated})
