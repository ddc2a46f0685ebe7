"""Provenance: every source behind the figures of a comparison, and what is not yet sourced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from phicompare.catalog.index import Catalog
from phicompare.catalog.memo import Slot
from phicompare.domain.records import Model

from .cost import current_routes
from .facts import Provenance, SourceRef
from .profile import Profile, profile
from .sources import cite, merge_ref

__all__ = ["provenance"]


class _Sources(NamedTuple):
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
    checked: tuple[dt.date, ...]
    """The checked dates of ``own`` and ``route_only``."""


_SOURCES: Slot[_Sources] = Slot("sources")


def provenance(models: Sequence[Model], profiles: Sequence[Profile], catalog: Catalog,
               day: dt.date) -> Provenance:
    """Every source: the models' own (in model order), then their routes' in force on ``day``.

    A URL cited for several models is listed once, where it is first cited, with all it
    supports. When no two models cite one URL (the usual case), each model's sources were
    merged once for the catalog, and the list is theirs put side by side.
    """
    found = [_sources(m, catalog, day) for m in models]
    if _disjoint([s.urls for s in found]):
        sources = tuple(ref for s in found for ref in s.own) + tuple(
            ref for s in found for ref in s.route_only)
        checked = [when for s in found for when in s.checked]
    else:
        refs = _merged([p.cites for p in profiles] + [s.routes for s in found])
        sources = tuple(refs.values())
        checked = [ref.checked for ref in sources if ref.checked is not None]
    return Provenance(
        sources=sources,
        unsourced=tuple((i, label) for i, p in enumerate(profiles) for label in p.unsourced),
        oldest_check=min(checked) if checked else None,
        newest_check=max(checked) if checked else None,
    )


def _merged(citations: Sequence[Mapping[str, SourceRef]]) -> dict[str, SourceRef]:
    """Citations by URL, in the order first cited, each URL's merged (:func:`merge_ref`)."""
    refs: dict[str, SourceRef] = {}
    for cites in citations:
        for url, ref in cites.items():
            held = refs.get(url)
            refs[url] = ref if held is None else merge_ref(held, ref)
    return refs


def _disjoint(urls: Sequence[frozenset[str]]) -> bool:
    """Whether no URL is in two of the sets."""
    return sum(len(u) for u in urls) == len(frozenset().union(*urls))


def _sources(model: Model, catalog: Catalog, day: dt.date) -> _Sources:
    """The model's sources on ``day`` (worked out once per model and day)."""
    return catalog.derive(_SOURCES, model, day, lambda: _model_sources(model, catalog, day))


def _model_sources(model: Model, catalog: Catalog, day: dt.date) -> _Sources:
    routes = cite(
        (route.source, f"{model.name} on {catalog.provider_name(route.provider)}", route.checked)
        for route in current_routes(model.routes, day))
    own = profile(model, catalog).cites
    refs = _merged([own, routes])
    listed = (*(refs[url] for url in own), *(refs[url] for url in routes if url not in own))
    return _Sources(routes=routes, urls=frozenset(refs), own=listed[:len(own)],
                    route_only=listed[len(own):],
                    checked=tuple(ref.checked for ref in listed if ref.checked is not None))
