"""Keyed route fixes applied alike: a provider's own word on one model's route, with its note.

Retirements (:mod:`._retirements`), deprecations (:mod:`._deprecations`) and route windows
(:mod:`._route_windows`) each name a model, a provider, a source read on a day and why; each
changes the fields of that provider's route of that model. :func:`keyed_routes` applies any of
them the one way: the route's notes say what changed, from which source, read when, and why;
the model's sources gain the source (unless the fix is about the listing alone: a price, a
route note); and a line each goes to ``docs/data-notes.md``. Prices (:mod:`._route_prices`),
capability flags (:mod:`._route_flags`) and route notes (:mod:`._route_notes`) go the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

from ._noted import noted

if TYPE_CHECKING:
    import datetime as dt

    from phicompare.domain.pricing import ProviderRoute
    from phicompare.domain.records import Model

__all__ = ["KeyedFix", "keyed_routes"]


class KeyedFix(Protocol):
    """What every keyed route fix names."""

    @property
    def model(self) -> str: ...
    @property
    def provider(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def checked(self) -> dt.date: ...
    @property
    def why(self) -> str: ...


F = TypeVar("F", bound=KeyedFix)

Change = Callable[["ProviderRoute", F], "tuple[str, Mapping[str, Any]] | None"]
"""What a fix says of a route ("retires 2025-09-24") and the route's new field values, or
``None`` where the route says it already."""


def keyed_routes(models: Sequence[Model], fixes: Sequence[F], change: Change[F], *,
                 lead: str = "Route", cited: bool = True) -> tuple[list[Model], list[str]]:
    """``models`` with each route a fix names changed by ``change`` (notes saying it), a line each.

    The note opens with ``lead`` ("Route retires ...", "Price corrected $2 and $8 -> ...");
    ``cited=False`` leaves the model's sources alone (a fix about a route's own listing, which
    is not the model's word: a price, a route note).

    Examples:
        >>> import datetime as dt
        >>> from phicompare.domain.pricing import ProviderRoute
        >>> from phicompare.domain.records import Model
        >>> from phicompare.importers._retirements import Retirement
        >>> route = ProviderRoute(provider="p", source="https://price.test",
        ...                       checked=dt.date(2025, 7, 5))
        >>> fix = Retirement("m", "p", dt.date(2025, 9, 24), "https://x.test",
        ...                  dt.date(2026, 12, 1), "shut")
        >>> out, lines = keyed_routes([Model(id="m", name="M", routes=(route,))], [fix],
        ...                           lambda r, f: (f"retires {f.retires}", {"retires": f.retires}))
        >>> out[0].routes[0].notes, out[0].sources
        ('Route retires 2025-09-24 (https://x.test, read 2026-12-01): shut.', ('https://x.test',))
    """
    by_model: dict[str, list[F]] = {}
    for fix in fixes:
        by_model.setdefault(fix.model, []).append(fix)
    out: list[Model] = []
    lines: list[str] = []
    for model in models:
        named = by_model.get(model.id, [])
        routes, sources, changed = [], list(model.sources), False
        for route in model.routes:
            # the first of the provider's fixes that changes this route (one may name a listing)
            found, made = next(((f, m) for f in named if f.provider == route.provider
                                if (m := change(route, f)) is not None), (None, None))
            if found is None or made is None:
                routes.append(route)
                continue
            changed = True
            what, fields = made
            said = f"{what} ({found.source}, read {found.checked})"
            note = f"{lead} {said}: {found.why}."
            # a whole sentence: after a clause, that clause ends first (never "...; Route ...")
            routes.append(attrs.evolve(route, **fields,
                                       notes=noted(route.notes, note, ". ")))
            sources.extend([] if not cited or found.source in sources else [found.source])
            lines.append(f"{model.id}: {route.provider} route {said}: {found.why}")
        out.append(attrs.evolve(model, routes=tuple(routes), sources=tuple(sources))
                   if changed else model)
    return out, lines
