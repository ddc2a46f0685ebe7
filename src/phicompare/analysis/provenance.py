"""Provenance: every source behind the figures of a comparison, and what is not yet sourced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from itertools import chain
from typing import TYPE_CHECKING, NamedTuple

from phicompare.catalog.index import Catalog
from phicompare.catalog.memo import Slot
from phicompare.domain.records import Model

from .cost import current_routes
from .facts import Provenance, SourceRef
from .profile import Profile, profile
from .sources import cite, merge_ref

if TYPE_CHECKING:
    from .comparison import SourceShares

__all__ = ["ModelSources", "model_sources", "provenance", "source_shares"]


class ModelSources(NamedTuple):
    """One model's sources on a day: its own (its profile's) and its routes', cited together.

    ``own`` and ``route_only`` are what a comparison lists for this model when no other model
    cites the same URLs: its own sources (each merged with its routes' citation of the same
    URL), then its routes' other sources.
    """

    routes: Mapping[str, SourceRef]
    """The sources of its routes in force on the day, by URL."""
    urls: frozenset[str]
    """Every URL it cites, its own and its routes'."""
    own: tuple[SourceRef, ...]
    route_only: tuple[SourceRef, ...]
    oldest: dt.date | None
    """The oldest checked date of ``own`` and ``route_only``."""
    newest: dt.date | None
    """The newest checked date of ``own`` and ``route_only``."""


_SOURCES: Slot[ModelSources] = Slot("sources")


def provenance(profiles: Sequence[Profile], found: Sequence[ModelSources]) -> Provenance:
    """Every source: the models' own (in model order), then their routes' (on one day).

    ``profiles`` and ``found`` (:func:`model_sources`) are each model's, in model order. A URL
    cited for several models is listed once, where it is first cited, with all it supports.
    When no two models cite one URL (the usual case), each model's sources were merged once
    for the catalog, and the list is theirs put side by side.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> from phicompare.analysis.profile import profile
        >>> catalog, day = default_catalog(), dt.date(2026, 11, 25)
        >>> models = [catalog.model("phi-2"), catalog.model("phi-4-mini")]
        >>> found = provenance([profile(m, catalog) for m in models],
        ...                    [model_sources(m, catalog, day) for m in models])
        >>> found.sources[0].url
        'https://huggingface.co/microsoft/phi-2'
    """
    if len(found) == 2 and found[0].urls.isdisjoint(found[1].urls):  # two models: the usual case
        first, second = found
        sources = (*first.own, *second.own, *first.route_only, *second.route_only)
        oldest = _earliest(first.oldest, second.oldest)
        newest = _latest(first.newest, second.newest)
    elif _disjoint([s.urls for s in found]):
        sources = tuple(chain.from_iterable([s.own for s in found] + [s.route_only for s in found]))
        oldest = min([s.oldest for s in found if s.oldest is not None], default=None)
        newest = max([s.newest for s in found if s.newest is not None], default=None)
    else:
        refs = _merged([p.cites for p in profiles] + [s.routes for s in found])
        sources = tuple(refs.values())
        checked = [ref.checked for ref in sources if ref.checked is not None]
        oldest, newest = min(checked, default=None), max(checked, default=None)
    return Provenance(
        sources=sources,
        unsourced=tuple([(i, label) for i, p in enumerate(profiles) for label in p.unsourced]),
        oldest_check=oldest,
        newest_check=newest,
    )


def source_shares(found: Sequence[ModelSources]) -> SourceShares | None:
    """Each model's share of the sources :func:`provenance` lists, where it lists them so.

    Per model, ``(own, routes' others)``, when the list is those shares side by side (no URL is
    cited for two models); ``None`` when some are merged.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> catalog, day = default_catalog(), dt.date(2026, 11, 25)
        >>> found = [model_sources(catalog.model(m), catalog, day) for m in ("gpt-4o", "phi-2")]
        >>> [(own is s.own, routes is s.route_only)
        ...  for (own, routes), s in zip(source_shares(found), found)]
        [(True, True), (True, True)]
    """
    if not _disjoint([s.urls for s in found]):
        return None
    return tuple([(s.own, s.route_only) for s in found])


def _merged(citations: Sequence[Mapping[str, SourceRef]]) -> dict[str, SourceRef]:
    """Citations by URL, in the order first cited, each URL's merged (:func:`merge_ref`)."""
    refs: dict[str, SourceRef] = {}
    for cites in citations:
        for url, ref in cites.items():
            held = refs.get(url)
            refs[url] = ref if held is None else merge_ref(held, ref)
    return refs


def _earliest(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    """The earlier of two dates, either of which may be unknown (``min`` of the known ones)."""
    return b if a is None or (b is not None and b < a) else a


def _latest(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    """The later of two dates, either of which may be unknown (``max`` of the known ones)."""
    return b if a is None or (b is not None and b > a) else a


def _disjoint(urls: Sequence[frozenset[str]]) -> bool:
    """Whether no URL is in two of the sets."""
    seen = urls[0]
    for more in urls[1:]:
        if not seen.isdisjoint(more):
            return False
        seen = seen | more
    return True


def model_sources(model: Model, catalog: Catalog, day: dt.date) -> ModelSources:
    """The model's sources on ``day``, its own and its routes' (once per model and day).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> found = model_sources(catalog.model("phi-2"), catalog, dt.date(2026, 11, 25))
        >>> found.own[0].url
        'https://huggingface.co/microsoft/phi-2'
    """
    return catalog.derive(_SOURCES, model, day, lambda: _model_sources(model, catalog, day))


def _model_sources(model: Model, catalog: Catalog, day: dt.date) -> ModelSources:
    routes = cite(
        (route.source, f"{model.name} on {catalog.provider_name(route.provider)}", route.checked)
        for route in current_routes(model.routes, day))
    own = profile(model, catalog).cites
    refs = _merged([own, routes])
    listed = (*(refs[url] for url in own), *(refs[url] for url in routes if url not in own))
    checked = [ref.checked for ref in listed if ref.checked is not None]
    return ModelSources(routes=routes, urls=frozenset(refs), own=listed[:len(own)],
                        route_only=listed[len(own):], oldest=min(checked, default=None),
                        newest=max(checked, default=None))
