"""The comparator: from models and the caller's terms to the facts of a :class:`Comparison`.

A pure function: the same models, catalog and options always give the same facts. Work on one
model alone (its profile, its routes at a traffic, its sources) is kept by the catalog for the
next comparison that includes the model (see :mod:`phicompare.catalog.memo`). Callers use
:func:`phicompare.compare`, which loads this module on its first call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from functools import partial
from typing import NamedTuple, TypeVar

from phicompare.catalog.index import Catalog
from phicompare.catalog.memo import Slot
from phicompare.domain.capabilities import Capability
from phicompare.domain.records import Model, RoutePolicy
from phicompare.exceptions import ComparisonError

from .benchmarks import benchmark_rows
from .checks import check_arguments
from .compare import _day, parse_capabilities
from .comparison import Comparison, DrawnFrom
from .cost import DEFAULT_BLEND, check_blend
from .facts import DEFAULT_MATERIALITY, CapabilityRow, SpecRow
from .friction import friction
from .profile import CAPABILITIES, OPTIONAL_SPECS, SPEC_FIELDS, Profile, profile
from .provenance import provenance
from .related import related
from .routes import Terms, cost_facts, parse_route_policy, provider_filter, routes_and_estimates
from .traffic import Traffic

__all__ = ["comparison"]

_DEFAULT_TRAFFIC = Traffic()
V = TypeVar("V")


def comparison(
    names: Sequence[Model | str],
    *,
    catalog: Catalog | None,
    traffic: Traffic | None,
    blend: tuple[int, int] | None,
    requires: Iterable[Capability | str],
    include_free: bool,
    as_of: dt.date | None,
    providers: Iterable[str] | None,
    exclude_providers: Iterable[str],
    materiality: Decimal | None = None,
    route_policy: RoutePolicy | str = "maker-first",
) -> Comparison:
    """The comparison of ``names``, with :func:`phicompare.compare`'s options (documented there).

    Examples:
        >>> c = comparison(("phi-2", "phi-4-mini"), catalog=None, traffic=None, blend=None,
        ...                requires=(), include_free=False, as_of=None, providers=None,
        ...                exclude_providers=())
        >>> [m.id for m in c.models]
        ['phi-2', 'phi-4-mini']
    """
    check_arguments(names, catalog=catalog, requires=requires,
                    include_free=include_free)
    if catalog is None:
        from phicompare.catalog.loader import default_catalog  # noqa: PLC0415 - start-up speed

        catalog = default_catalog()
    models = tuple(m if isinstance(m, Model) else catalog.model(m) for m in names)
    seen: dict[str, object] = {}
    for name, model in zip(names, models, strict=True):
        if (earlier := seen.get(model.id)) is not None:
            if isinstance(name, str) and isinstance(earlier, str) and name != earlier:
                msg = (f"compare needs different models; {earlier!r} and {name!r} are one model "
                       f"({model.id})")
            else:
                msg = f"compare needs different models; got {model.id!r} twice"
            raise ComparisonError(msg)
        seen[model.id] = name
    if traffic is None:
        traffic = _DEFAULT_TRAFFIC
    elif not isinstance(traffic, Traffic):  # a dict or tuple passed by mistake
        msg = f"traffic must be a Traffic, got {type(traffic).__name__}"  # type: ignore[unreachable]
        raise ComparisonError(msg)
    weights = DEFAULT_BLEND if blend is None else check_blend(blend)
    share = _materiality(materiality)
    required = parse_capabilities(requires) if requires else ()
    allowed, excluded = provider_filter(catalog, providers, exclude_providers)
    terms = Terms(traffic=traffic, requires=frozenset(required), include_free=bool(include_free),
                  day=_day(as_of), blend=weights, providers=allowed, exclude_providers=excluded,
                  policy=parse_route_policy(route_policy))
    routes, estimates = routes_and_estimates(models, catalog, terms)
    profiles = [profile(m, catalog) for m in models]
    return Comparison.drawn(
        DrawnFrom(catalog, terms),
        models=models,
        traffic=traffic,
        requires=required,
        include_free=terms.include_free,
        as_of=terms.day,
        specs=_specs(profiles),
        capabilities=_capabilities(profiles, models, catalog),
        benchmarks=benchmark_rows(models, profiles, catalog),
        routes=routes,
        cost=cost_facts(estimates, weights, share),
        friction=friction(models, profiles, estimates, routes),
        related=related(models, catalog),
        provenance=provenance(models, profiles, catalog, terms.day),
    )


def _materiality(value: object) -> Decimal:
    """The materiality threshold: a Decimal in [0, 1), 5% when ``None``."""
    if value is None:
        return DEFAULT_MATERIALITY
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool) and 0 <= value < 1:
        return Decimal(value)
    msg = f"materiality must be a Decimal share in [0, 1) such as Decimal('0.05'), got {value!r}"
    raise ComparisonError(msg)


def _specs(profiles: Sequence[Profile]) -> tuple[SpecRow, ...]:
    """One row per specification; an optional one only when some model has a value."""
    rows = []
    for (field, label), values in zip(SPEC_FIELDS, _rows([p.specs for p in profiles]),
                                      strict=True):
        if field in OPTIONAL_SPECS and values.count(None) == len(values):
            continue
        rows.append(SpecRow(field=field, label=label, values=values,
                            differs=len(set(values)) > 1))
    return tuple(rows)


class Coverage(NamedTuple):
    """One model's route coverage of each capability, in ``CAPABILITIES`` order."""

    offered: tuple[tuple[str, ...], ...]
    """The providers whose routes flag the capability."""
    silent: tuple[tuple[str, ...], ...]
    """The providers whose routes do not (and that no route of theirs flags)."""


_COVERAGE: Slot[Coverage] = Slot("route coverage")


def _coverage(model: Model, catalog: Catalog) -> Coverage:
    """One model's route coverage of every capability (worked out once per catalog)."""
    offered_by, silent_by = [], []
    for capability in CAPABILITIES:
        offered: list[str] = []
        silent: list[str] = []
        for route in model.routes:
            flag = route.capabilities.flag(capability) if route.capabilities else None
            names = offered if flag is True else silent
            name = catalog.provider_name(route.provider)
            if name not in names:
                names.append(name)
        offered_by.append(tuple(offered))
        silent_by.append(tuple(n for n in silent if n not in offered))
    return Coverage(tuple(offered_by), tuple(silent_by))


def _capabilities(profiles: Sequence[Profile], models: Sequence[Model],
                  catalog: Catalog) -> tuple[CapabilityRow, ...]:
    """One row per capability, in :data:`~phicompare.analysis.profile.CAPABILITIES` order.

    Route coverage counts every route of the model, as its support does. Every column is a
    model's own (its profile, its coverage), read a row at a time.
    """
    coverage = [catalog.derive(_COVERAGE, m, (), partial(_coverage, m, catalog))
                for m in models]
    return tuple([
        CapabilityRow(capability=capability, support=support, documented=documented,
                      offered_by=offered, not_listed_by=silent)
        for capability, support, documented, offered, silent in zip(
            CAPABILITIES, _rows([p.support for p in profiles]),
            _rows([p.documented for p in profiles]), _rows([c.offered for c in coverage]),
            _rows([c.silent for c in coverage]), strict=True)])


def _rows(columns: Sequence[tuple[V, ...]]) -> Iterator[tuple[V, ...]]:
    """Per-model tuples (aligned, one a model) read a row at a time, in model order.

    Row ``k`` holds entry ``k`` of each model's tuple.

    Examples:
        >>> list(_rows([("a", "b"), ("c", "d")]))
        [('a', 'c'), ('b', 'd')]
    """
    return zip(*columns, strict=True)
