"""Keyed route deprecations (``tools/bundle_catalog.py`` applies them after the retirements).

A route the shared snapshots list as served while its provider has deprecated the model (closed
it to new customers, with no shutdown day yet) takes the day the provider announced it as its
``deprecated`` date and the status ``deprecated`` (docs/catalog.md): from that day on no page
bills it. A free tier keeps the status ``free-tier``: the date decides, and a page dated before
it still says the route is a free tier. The route keeps its price and the price's source and
date; its notes name the deprecation's source, the day it was read and why, the model's sources
gain that source, and ``docs/data-notes.md`` lists each. A shutdown day, where the provider gives
one, is a retirement (:mod:`._retirements`); a route may carry both days.
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
    # dataS: Mistral's -latest aliases of the October 2024 Ministraux moved to Ministral 3
    *(Deprecation(
        model_id, "mistral", dt.date(2025, 12, 2), f"https://docs.mistral.ai/models/{slug}",
        dt.date(2026, 12, 2),
        f"Mistral's page for {name} (API name {model_id}-2410; its source, the docs' model "
        f"data src/schema/models/models/{slug}.ts in mistralai/platform-docs-public at "
        f"222f4ba9, 2026-08-21) gives status Deprecated, deprecation date 2025-12-02 (December "
        f"1 in the commit of 2025-12-02 that first gave it) and retirement date 2025-12-31, "
        f"replacement {new}; from that commit the data lists {model_id}-latest, this route's "
        f"id, among {new}'s API names ({model_id}-2512, ${new_price}), as LiteLLM 1.110.2's "
        f"entry mistral/{model_id}-latest prices it; models.dev's Mistral file, which this "
        f"route is, still sold the alias at the October model's ${price}, its price while the "
        f"alias named it")
      for model_id, slug, name, new, new_price, price in (
          ("ministral-3b", "ministral-3b-24-1", "Ministral 3B", "Ministral 3 3B", "0.10",
           "0.04"),
          ("ministral-8b", "ministral-8b-24-1", "Ministral 8B", "Ministral 3 8B", "0.15",
           "0.10"))),
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
    """The route deprecated from the fix's day, or ``None`` where it says so already.

    A free tier keeps its status: the date decides, so a page dated before it reads a free tier.
    """
    status = RouteStatus.FREE_TIER if route.status is RouteStatus.FREE_TIER \
        else RouteStatus.DEPRECATED
    if route.deprecated == fix.deprecated and route.status is status:
        return None
    return f"deprecated {fix.deprecated}", {"status": status, "deprecated": fix.deprecated}
