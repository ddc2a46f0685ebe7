"""Keyed per-search fees (``tools/bundle_catalog.py`` applies them after the route prices).

A route whose provider charges for each web search besides its token prices carries the fee
as ``per_search``, read in the provider's own listing on the day named. No bill counts it (a
traffic gives no search count, and no searches-per-request figure is assumed): each bill says
it leaves the fee out. ``docs/data-notes.md`` lists each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs

from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

from ._keyed_routes import keyed_routes

__all__ = ["SEARCH_FEES", "SearchFee", "search_fees"]

_OPENROUTER = "https://openrouter.ai/api/v1/models"
_LISTED = dt.date(2026, 5, 15)


@attrs.frozen
class SearchFee:
    """A provider's fee a web search for a model, read at ``source`` on ``checked``.

    Examples:
        >>> SearchFee("m", "p", Decimal("0.005"), "https://x.test", dt.date(2026, 5, 15),
        ...           "w").fee
        Decimal('0.005')
    """

    model: str
    provider: str
    fee: Decimal
    source: str
    checked: dt.date
    why: str


SEARCH_FEES: tuple[SearchFee, ...] = tuple(
    SearchFee(model, "openrouter", Decimal(fee), _OPENROUTER, _LISTED,
              f"OpenRouter's models list of 2026-05-15 (../shared/data/openrouter) prices "
              f"perplexity/{model} at \"web_search\": \"{fee}\" US dollars a search besides its "
              f"token prices; models.dev's file for the route gives the token prices alone "
              f"(review 20, P7)")
    for model, fee in (("sonar-pro-search", "0.018"), ("sonar-pro", "0.005"),
                       ("sonar-reasoning-pro", "0.005"), ("sonar-deep-research", "0.005"),
                       ("sonar", "0.005")))
"""OpenRouter's fee a search for Perplexity's Sonar models, whose every request searches."""


def search_fees(models: Sequence[Model], fees: Sequence[SearchFee] = SEARCH_FEES
                ) -> tuple[list[Model], list[str]]:
    """``models`` with each keyed route's per-search fee set (notes saying it), and a line each.

    Examples:
        >>> old = ProviderRoute(provider="p", source="https://old.test",
        ...                     checked=dt.date(2026, 7, 2), input=Decimal(3), output=Decimal(15))
        >>> fee = SearchFee("m", "p", Decimal("0.018"), "https://x.test", dt.date(2026, 5, 15),
        ...                 "the list")
        >>> out, lines = search_fees([Model(id="m", name="M", routes=(old,))], [fee])
        >>> out[0].routes[0].per_search, out[0].routes[0].checked
        (Decimal('0.018'), datetime.date(2026, 7, 2))
        >>> lines
        ['m: p route $0.018 a web search (https://x.test, read 2026-05-15): the list']
    """
    return keyed_routes(models, fees, _fee, lead="Charges", cited=False)


def _fee(route: ProviderRoute, fix: SearchFee) -> tuple[str, dict[str, Any]] | None:
    """The fee in words and the route's new field, or ``None`` where the route has it."""
    if route.per_search == fix.fee:
        return None
    return f"${fix.fee} a web search", {"per_search": fix.fee}
