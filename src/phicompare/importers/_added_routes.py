"""Keyed routes the imported snapshots leave out, from a snapshot that lists them (review 24, P9).

Neither models.dev's nor LLMStats' files list Grok 4 (``grok-4``, xAI's grok-4-0709) on xAI's
own API or on a major cloud, so its bill was set by a reseller's discounted listing, and the page
said no maker or cloud route existed. LiteLLM's price map (its snapshot, no older than
2026-09-29) lists it on Microsoft Foundry at $3 and $15 per 1M tokens, citing Microsoft's page
of Foundry Models sold directly by Azure. :func:`added_routes` adds each keyed route to its
model, where the model has no route of that provider yet; the route's notes say where it was
read and why, and ``docs/data-notes.md`` lists each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import attrs

from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

__all__ = ["ADDED_ROUTES", "AddedRoute", "added_routes"]

_LITELLM = ("https://github.com/BerriAI/litellm/blob/v1.110.2/litellm/"
            "model_prices_and_context_window_backup.json")
_LITELLM_DAY = dt.date(2026, 9, 29)


@attrs.frozen
class AddedRoute:
    """A route of ``model`` a source lists and the snapshots leave out, and why it is added.

    Examples:
        >>> r = ProviderRoute(provider="p", source="https://x.test", checked=dt.date(2026, 9, 29),
        ...                   input=Decimal(3), output=Decimal(15))
        >>> AddedRoute("m", r, "w").route.provider
        'p'
    """

    model: str
    route: ProviderRoute
    why: str


ADDED_ROUTES: tuple[AddedRoute, ...] = (
    AddedRoute(
        "grok-4",
        ProviderRoute(provider="azure-foundry", source=_LITELLM, checked=_LITELLM_DAY,
                      input=Decimal("3.00"), output=Decimal("15.00"), provider_model_id="grok-4"),
        "LiteLLM's entry azure_ai/grok-4 (a secondhand read, citing Microsoft's page of Foundry "
        "Models sold directly by Azure, learn.microsoft.com/en-us/azure/foundry/foundry-models/"
        "concepts/models-sold-directly-by-azure, which was not read here) gives $3 input and $15 "
        "output per 1M tokens, and a deprecation date of 2027-01-31; LiteLLM's oci/xai.grok-4 "
        "(Oracle's OCI Generative AI) and vercel_ai_gateway/xai/grok-4 give the same price; "
        "neither models.dev's nor LLMStats' files list a maker's or major cloud's route, so a "
        "reseller's discounted listing set the bill (review 24, P9)"),
)
"""Routes added from a source the importers do not read."""


def added_routes(models: Sequence[Model], adds: Sequence[AddedRoute] = ADDED_ROUTES
                 ) -> tuple[list[Model], list[str]]:
    """``models`` with each keyed route added (notes saying why), where none of its provider is.

    Examples:
        >>> r = ProviderRoute(provider="p", source="https://x.test", checked=dt.date(2026, 9, 29),
        ...                   input=Decimal(3), output=Decimal(15))
        >>> out, lines = added_routes([Model(id="m", name="M")], [AddedRoute("m", r, "listed")])
        >>> [(x.provider, x.notes) for x in out[0].routes]
        [('p', 'Route added (https://x.test, read 2026-09-29): listed')]
        >>> lines
        ['m: p route added at $3 and $15 (https://x.test, read 2026-09-29): listed']
    """
    by_model: dict[str, list[AddedRoute]] = {}
    for add in adds:
        by_model.setdefault(add.model, []).append(add)
    out: list[Model] = []
    lines: list[str] = []
    for model in models:
        routes = list(model.routes)
        for add in by_model.get(model.id, ()):
            if any(r.provider == add.route.provider for r in routes):
                continue  # the snapshots list it now: theirs stands
            where = f"({add.route.source}, read {add.route.checked})"
            at = next((i for i, r in enumerate(routes) if r.provider > add.route.provider),
                      len(routes))  # in the providers' order, as the snapshots' routes are
            routes.insert(at, attrs.evolve(add.route, notes=f"Route added {where}: {add.why}"))
            lines.append(f"{model.id}: {add.route.provider} route added at ${add.route.input} and "
                         f"${add.route.output} {where}: {add.why}")
        out.append(attrs.evolve(model, routes=tuple(routes)) if len(routes) > len(model.routes)
                   else model)
    return out, lines
