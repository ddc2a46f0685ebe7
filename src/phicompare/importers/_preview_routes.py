"""A maker's route whose id or name says "preview": a preview, not GA (review 29, F5).

models.dev gives a route's ``status`` only where it is ``alpha``, ``beta`` or ``deprecated``; no
other source gives one, and a route without one is written with the catalog's default, ``ga``.
Google's own routes of Gemini 3 Flash Preview, named so by Google, read "GA". Where the maker
serves the model (its own API, :data:`phicompare.importers._lab_apis.MAKER_VENDORS`, or its own
cloud, :data:`MAKER_CLOUDS`) under an id that says "preview" (the route's own id, else the
model's id or name), the maker's word is the status: ``preview``. A status a source gives
(deprecated, free tier) is kept.

A reseller's route (any other provider's) of a model whose weights are closed
(``open_weights`` false) resells the maker's own service: OpenRouter's listings name the maker's
model as their base (models.dev's ``base_model = "google/gemini-3-flash-preview"``) under the
maker's "Preview" name. Where the maker sells the model only as a preview (its own routes, at
least one, all preview, none GA), such a route cannot be more than that, and reads preview too
(review 54, dataCM). A model with open or unknown weights keeps its other routes' status: a host
serving released weights (Kimi K2 0905's) is not bound by the maker's API's launch stage.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

import attrs

from phicompare.domain.names import normalize_name
from phicompare.domain.pricing import ProviderRoute, RouteStatus
from phicompare.domain.records import Model

__all__ = ["MAKER_CLOUDS", "preview_routes", "says_preview"]

MAKER_CLOUDS: Mapping[str, tuple[str, ...]] = {"google-vertex": ("Google",)}
"""A maker's own cloud (provider id -> the vendors whose models it makes): Vertex AI is Google
Cloud's, and serves Google's models under Google's names and launch stages
(https://cloud.google.com/vertex-ai/generative-ai/docs/models)."""

_PREVIEW = re.compile(r"(?<![a-z])preview(?![a-z])")


def says_preview(text: str | None) -> bool:
    """Whether ``text`` (an id or a name) says "preview" as a word of its own.

    Examples:
        >>> says_preview("gemini-3.1-pro-preview-customtools"), says_preview("Gemini 3 Flash")
        (True, False)
        >>> says_preview("gemini-previewer"), says_preview(None)
        (False, False)
    """
    return text is not None and _PREVIEW.search(text.casefold()) is not None


def preview_routes(model: Model, own: Mapping[str, Collection[str]]) -> tuple[Model, list[str]]:
    """``model`` with its maker's routes named "preview" given status preview, and a line each.

    Resellers' routes of a closed model its maker sells only as a preview read preview too
    (:func:`_resold_previews`).

    ``own`` maps a provider id to the vendors whose models it makes (labs' APIs); the maker's
    clouds (:data:`MAKER_CLOUDS`) count too. A route with no id of its own is judged by the
    model's id and name. A vendor only the id suggests (``vendor_inferred``) makes no route
    the maker's.

    Examples:
        >>> import datetime as dt
        >>> def route(provider, model_id):
        ...     return ProviderRoute(provider=provider, source="https://x",
        ...                          provider_model_id=model_id, checked=dt.date(2026, 11, 30))
        >>> m = Model(id="gemini-3-flash-preview", name="Gemini 3 Flash Preview", vendor="Google",
        ...           routes=(route("google", "gemini-3-flash-preview"),
        ...                   route("google", "gemini-3-flash"),
        ...                   route("openrouter", "google/gemini-3-flash-preview")))
        >>> found, lines = preview_routes(m, {"google": ("Google",)})
        >>> [r.status.value for r in found.routes]
        ['preview', 'ga', 'ga']
        >>> [line.split(": ")[0] for line in lines]
        ['gemini-3-flash-preview google `gemini-3-flash-preview`']
    """
    if model.vendor is None or model.vendor_inferred:
        return model, []
    vendor = normalize_name(model.vendor)
    named = says_preview(model.id) or says_preview(model.name)
    routes: list[ProviderRoute] = []
    lines: list[str] = []
    for route in model.routes:
        makers = (*own.get(route.provider, ()), *MAKER_CLOUDS.get(route.provider, ()))
        preview = (says_preview(route.provider_model_id) if route.provider_model_id is not None
                   else named)
        if (route.status is RouteStatus.GA and preview
                and any(normalize_name(v) == vendor for v in makers)):
            lines.append(f"{model.id} {route.provider} `{route.provider_model_id or model.id}`: "
                         "status preview (the maker names it so)")
            routes.append(attrs.evolve(route, status=RouteStatus.PREVIEW))
        else:
            routes.append(route)
    resold, more = _resold_previews(model, routes, vendor, own)
    lines.extend(more)
    return (attrs.evolve(model, routes=tuple(resold)) if lines else model), lines


def _resold_previews(model: Model, routes: list[ProviderRoute], vendor: str,
                     own: Mapping[str, Collection[str]]) -> tuple[list[ProviderRoute], list[str]]:
    """``routes`` with resellers' GA routes of a closed maker-only preview read preview; lines.

    A reseller's route is any route not on the maker's own API or cloud.

    Examples:
        >>> import datetime as dt
        >>> def route(provider, model_id, status="ga"):
        ...     return ProviderRoute(provider=provider, source="https://x", status=status,
        ...                          provider_model_id=model_id, checked=dt.date(2026, 11, 30))
        >>> m = Model(id="q-max-preview", name="Q Max Preview", vendor="Alibaba",
        ...           open_weights=False)
        >>> found, lines = _resold_previews(
        ...     m, [route("alibaba", "q-max-preview", "preview"),
        ...         route("openrouter", "qwen/q-max-preview"),
        ...         route("kilo", "qwen/q-max-preview", "deprecated")],
        ...     "alibaba", {"alibaba": ("Alibaba",)})
        >>> [r.status.value for r in found]
        ['preview', 'preview', 'deprecated']
        >>> [line.split(": ")[0] for line in lines]
        ['q-max-preview openrouter `qwen/q-max-preview`']
    """
    if model.open_weights is not False:
        return routes, []

    def mine(route: ProviderRoute) -> bool:
        makers = (*own.get(route.provider, ()), *MAKER_CLOUDS.get(route.provider, ()))
        return any(normalize_name(v) == vendor for v in makers)

    statuses = {r.status for r in routes if mine(r)}
    if RouteStatus.PREVIEW not in statuses or RouteStatus.GA in statuses:
        return routes, []
    out: list[ProviderRoute] = []
    lines: list[str] = []
    for route in routes:
        if route.status is RouteStatus.GA and not mine(route):
            lines.append(f"{model.id} {route.provider} `{route.provider_model_id or model.id}`: "
                         "status preview (a reseller of closed weights its maker sells only as "
                         "a preview)")
            out.append(attrs.evolve(route, status=RouteStatus.PREVIEW))
        else:
            out.append(route)
    return out, lines
