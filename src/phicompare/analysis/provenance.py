"""Provenance: every source behind the figures of a comparison, and what is not yet sourced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from phicompare.catalog.index import Catalog
from phicompare.catalog.memo import Slot
from phicompare.domain.records import Model

from .cost import current_routes
from .facts import Provenance, SourceRef
from .profile import Profile
from .sources import cite, merge_ref

__all__ = ["provenance"]

_ROUTE_CITES: Slot[Mapping[str, SourceRef]] = Slot("route cites")


def provenance(models: Sequence[Model], profiles: Sequence[Profile], catalog: Catalog,
               day: dt.date) -> Provenance:
    """Every source: the models' own (in model order), then their routes' in force on ``day``."""
    refs: dict[str, SourceRef] = {}
    route_cites = [_route_cites(m, catalog, day) for m in models]
    for cites in [p.cites for p in profiles] + route_cites:
        for url, ref in cites.items():
            held = refs.get(url)
            refs[url] = ref if held is None else merge_ref(held, ref)
    checked = [ref.checked for ref in refs.values() if ref.checked is not None]
    return Provenance(
        sources=tuple(refs.values()),
        unsourced=tuple((i, label) for i, p in enumerate(profiles) for label in p.unsourced),
        oldest_check=min(checked) if checked else None,
        newest_check=max(checked) if checked else None,
    )


def _route_cites(model: Model, catalog: Catalog, day: dt.date) -> Mapping[str, SourceRef]:
    """The sources of a model's routes in force on ``day`` (once per model and day)."""
    return catalog.derive(_ROUTE_CITES, model, day, lambda: cite(
        (route.source, f"{model.name} on {catalog.provider_name(route.provider)}", route.checked)
        for route in current_routes(model.routes, day)))
