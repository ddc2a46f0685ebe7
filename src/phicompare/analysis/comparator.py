"""The comparator: from models and the caller's terms to the facts of a :class:`Comparison`.

A pure function: the same models, catalog and options always give the same facts. Work on one
model alone (its profile, its routes at a traffic, its sources) is kept by the catalog for the
next comparison that includes the model (see :mod:`phicompare.catalog.memo`). Callers use
:func:`phicompare.compare`, which loads this module on its first call.
"""

# Annotations are evaluated (no ``from __future__ import annotations``): this module's named
# tuples would otherwise compile each field's type from a string on the first comparison.

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from functools import partial
from typing import Any, NamedTuple, TypeVar

from phicompare.catalog.index import Catalog
from phicompare.catalog.memo import Slot
from phicompare.domain.capabilities import Capability
from phicompare.domain.documents import source_address
from phicompare.domain.names import distinct_names
from phicompare.domain.pricing import RouteStatus
from phicompare.domain.records import Benchmark, BenchmarkScore, Model, RoutePolicy
from phicompare.exceptions import ArgumentError, ComparisonError

from .benchmarks import rows_of
from .bill_facts import cost_facts
from .checks import alone_refused, check_arguments, check_names, one_model, others_hint
from .compare import _day, parse_capabilities
from .comparison import Comparison, DrawnFrom
from .cost import DEFAULT_BLEND, check_blend
from .drawn import as_written
from .facts import DEFAULT_MATERIALITY, BenchmarkRow, CapabilityRow, CostEstimate, RouteRow, SpecRow
from .friction import Side, friction, side
from .listed import as_listings
from .own_catalog import check_own_catalog
from .profile import (
    CAPABILITIES,
    SPEC_FIELDS,
    Profile,
    in_service_only,
    profile,
    within,
)
from .provenance import (
    ModelSources,
    model_sources,
    printed_scores,
    provenance,
    renamed,
    shown_only,
    source_layout,
)
from .provider_filters import parse_route_policy, provider_filter
from .related import Kinship, kinship, related
from .retired_bills import after_retirement
from .routes import Terms, model_routes
from .spec_rows import coarser, spec_rows
from .text_forms import materiality_refused, traffic_refused
from .traffic import Traffic

__all__ = ["check_options", "comparison"]

_DEFAULT_TRAFFIC = Traffic()
V = TypeVar("V")


def _bundled() -> Catalog:
    from phicompare.catalog.bundled import default_catalog  # noqa: PLC0415 - start-up speed

    return default_catalog()


def comparison(
    names: Sequence[Model | str],
    *,
    catalog: Catalog | None,
    traffic: Traffic | None,
    blend: tuple[int, int] | None,
    requires: Iterable[Capability | str],
    include_free: bool,
    as_of: dt.date | str | None,
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
    if len(names) < 2:  # compare(["a", "b"]) or compare("a"): the call meant, in one line
        check_arguments((), catalog=catalog)
        raise ArgumentError(alone_refused(names[0], _bundled() if catalog is None else catalog))
    check_arguments(names, catalog=catalog, requires=requires,
                    include_free=include_free)
    if catalog is None:
        catalog = _bundled()
    models = tuple([m if isinstance(m, Model) else catalog.model(m) for m in names])
    check_own_catalog(names, catalog)
    seen: dict[str, object] = {}
    for name, model in zip(names, models, strict=True):
        if (earlier := seen.get(model.id)) is not None:
            said = one_model(earlier, name, model.id) or f"got {model.id!r} twice"
            msg = f"compare needs different models; {said}"
            others = others_hint(catalog, model)
            hint = f"; compare it with another, such as {' or '.join(others)}" if others else ""
            raise ComparisonError(msg + hint)
        seen[model.id] = name
    terms, required, share = _terms(catalog, traffic, blend, requires, include_free, as_of,
                                    providers, exclude_providers, materiality, route_policy)
    traffic, weights, allowed, excluded = (terms.traffic, terms.blend, terms.providers,
                                           terms.exclude_providers)
    seats = [_seat(model, index, catalog, terms) for index, model in enumerate(models)]
    profiles = [seat.profile for seat in seats]
    estimates = tuple([seat.estimate for seat in seats])
    found = [seat.sources for seat in seats]
    names = _shown_names(models, [seat.kinship.name for seat in seats])
    for i, (model, name) in enumerate(zip(models, names, strict=True)):
        if name != model.name:  # a name two models share: its sources cite it as the page names it
            profiles[i], found[i] = renamed(profiles[i], found[i], model.name, name)
    rows, split = rows_of(models, profiles, catalog)  # (of two: split as pages read them)
    # a source credited only with the scores shown (review 7, F22)
    hidden = tuple(_hidden_scores(models, profiles, rows, names, catalog))
    for i, cited in enumerate(hidden):
        if cited:  # (kept: the same for every comparison of the model that hides these)
            profiles[i], found[i] = catalog.derive(
                _SHOWN, models[i], (i, terms, names[i], cited),
                partial(shown_only, profiles[i], found[i], cited))
    layout = source_layout(profiles, found, hidden)
    return Comparison.drawn(
        DrawnFrom(catalog, as_written(terms), layout, split),
        models=models,
        traffic=traffic,
        requires=required,
        include_free=terms.include_free,
        as_of=terms.day,
        specs=_specs(profiles),
        capabilities=_capabilities(profiles, [_left_out((m,), catalog, allowed, excluded)
                                              for m in models]),
        benchmarks=rows,
        routes=tuple([row for seat in seats for row in seat.rows]),
        cost=cost_facts(estimates, weights, share, traffic,
                        priced=_priced(models, estimates, catalog, terms),
                        unruled=_unruled(models, estimates, catalog, terms),
                        after=after_retirement(models, estimates, catalog, terms)),
        friction=friction([seat.side for seat in seats]),
        related=related(models, [seat.kinship for seat in seats]),
        provenance=provenance(profiles, found, layout),
    )


def _terms(catalog: Catalog, traffic: Traffic | None, blend: tuple[int, int] | None,
           requires: Iterable[Capability | str], include_free: bool, as_of: dt.date | str | None,
           providers: Iterable[str] | None, exclude_providers: Iterable[str],
           materiality: Decimal | None, route_policy: RoutePolicy | str,
           ) -> tuple[Terms, tuple[Capability, ...], Decimal]:
    """The terms of :func:`phicompare.compare`'s options, each checked, and two of them parsed.

    The one rule :func:`check_options` applies too: the capabilities required, the materiality.
    """
    if traffic is None:
        traffic = _DEFAULT_TRAFFIC
    elif not isinstance(traffic, Traffic):  # a str, dict or tuple passed by mistake
        raise ArgumentError(traffic_refused(traffic))
    weights = DEFAULT_BLEND if blend is None else check_blend(blend)
    share = _materiality(materiality)
    required = parse_capabilities(requires) if requires else ()
    allowed, excluded = provider_filter(catalog, providers, exclude_providers)
    return Terms(traffic=traffic, requires=frozenset(required), include_free=bool(include_free),
                 day=_day(as_of), blend=weights, providers=allowed, exclude_providers=excluded,
                 policy=parse_route_policy(route_policy)), required, share


def check_options(catalog: Catalog, options: Mapping[str, object], caller: str) -> None:
    """Check ``options`` as :func:`phicompare.compare` would, names and values, once.

    ``compare_all`` runs it before any pair (API review 14, A5): a name compare does not take
    is an :class:`~phicompare.exceptions.ArgumentError` with the closest name, a bad value the
    error compare raises.

    Examples:
        >>> from phicompare import default_catalog
        >>> check_options(default_catalog(), {"trafic": None}, "compare_all")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: compare_all: unknown option 'trafic'; did you \
mean 'traffic'?
    """
    import inspect  # noqa: PLC0415 - a batch's check only

    from .compare import compare  # noqa: PLC0415

    known = [p.name for p in inspect.signature(compare).parameters.values()
             if p.kind is p.KEYWORD_ONLY and p.name != "catalog"]
    check_names(caller, options, known)
    given: dict[str, Any] = {k: p.default for k, p in inspect.signature(
        compare).parameters.items() if k in known} | dict(options)
    check_arguments((), catalog=catalog, requires=given["requires"],
                    include_free=given["include_free"])
    _terms(catalog, **given)


def _priced(models: Sequence[Model], estimates: tuple[CostEstimate, ...], catalog: Catalog,
            terms: Terms) -> tuple[CostEstimate, ...]:
    """Each free-tier-billed model's estimate under the same terms without free tiers."""
    if not terms.include_free:
        return ()
    priced = terms._replace(include_free=False)
    return tuple([model_routes(models[e.model_index], e.model_index, catalog, priced)[1]
                  for e in estimates if e.route is not None and e.monthly is not None
                  and e.route.status is RouteStatus.FREE_TIER])


def _unruled(models: Sequence[Model], estimates: tuple[CostEstimate, ...], catalog: Catalog,
             terms: Terms) -> tuple[CostEstimate, ...]:
    """Each model the page's terms leave no route: its estimate without them.

    The same tokens a month with no request count, no capability required and no context
    asked: a blended price is a route's price, and it does not vanish because the page's
    requests or requirements rule every route out (review 13, M5). The page's provider filters
    hold: a route on a provider it leaves out is none to quote, and a model with no route on
    the providers allowed reads "no route", as its input and output prices do (review 55, #1).
    """
    if all(e.route is not None for e in estimates):  # the usual page: every model has a route
        return ()
    if (terms.traffic is _DEFAULT_TRAFFIC and not terms.requires
            and terms.min_context is None):
        return ()  # (compare()'s defaults: no term to lift, nothing to build and compare)
    free = terms._replace(traffic=Traffic(input_tokens=terms.traffic.input_tokens,
                                          output_tokens=terms.traffic.output_tokens),
                          requires=frozenset(), min_context=None)
    if free == terms:
        return ()
    found = [model_routes(models[e.model_index], e.model_index, catalog, free)[1]
             for e in estimates if e.route is None]
    return tuple([e for e in found if e.route is not None])


def _hidden_scores(models: Sequence[Model], profiles: Sequence[Profile],
                   rows: Sequence[BenchmarkRow], names: Sequence[str], catalog: Catalog,
                   ) -> list[frozenset[tuple[str, str]]]:
    """Per model, the citations (URL, what it supports) of scores the page does not show.

    A page shows a model's column scores and the other runs and maker's reports it prints beside
    them (:func:`.provenance.printed_scores`: "another run of both: 61.8 vs 50.2" cites its
    source too; helper fixDM). A citation another shown score of the same benchmark makes from
    the same URL stays. A model with one score a benchmark (its profile's ``several`` empty)
    shows every score. Each score's citation is the model's alone (:func:`_score_citations`,
    once a model).
    """
    hidden: list[frozenset[tuple[str, str]]] = []
    for i, (model, cited) in enumerate(zip(models, profiles, strict=True)):
        if not cited.several:  # the usual case: a row a score, every score shown
            hidden.append(frozenset())
            continue
        shown = printed_scores(rows, i, model)  # its columns', and the runs the page prints
        if len(shown) == len(model.scores):
            hidden.append(frozenset())
            continue
        # a row shows the model's own score record: told by identity, no score hashed (a
        # record equal to a shown one has its citation, which the shown one credits)
        kept = {id(s) for s in shown}
        says = catalog.derive(_CITATIONS, model, names[i],
                              partial(_score_citations, model, names[i], cited.benchmarks))
        credited = {said for s, said in says if id(s) in kept}
        hidden.append(frozenset([said for s, said in says
                                 if id(s) not in kept and said not in credited]))
    return hidden


_CITATIONS: Slot[tuple[tuple[BenchmarkScore, tuple[str, str]], ...]] = Slot("score citations")
_SHOWN: Slot[tuple[Profile, ModelSources]] = Slot("shown only")


def _score_citations(model: Model, name: str, benches: Mapping[str, Benchmark],
                     ) -> tuple[tuple[BenchmarkScore, tuple[str, str]], ...]:
    """Each sourced score of ``model`` with its citation (URL, what it supports) as ``name``'s."""
    return tuple([(s, (source_address(s.source),  # as cited (sources.cite)
                       f"{name} score: {benches[s.benchmark].label}"))
                  for s in model.scores if s.source])


def _shown_names(models: Sequence[Model], keys: Sequence[str]) -> tuple[str, ...]:
    """:func:`~phicompare.domain.names.distinct_names` of ``models``: unshared, their names.

    ``keys`` are their normalised names, read from their seats (:attr:`Kinship.name`, worked
    out once a model).
    """
    if len(set(keys)) == len(keys):  # the usual page: no name shared
        return tuple([m.name for m in models])
    return distinct_names([(m.name, m.id) for m in models])


class _Seat(NamedTuple):
    """What a comparison reads of one model, at its position, under the caller's terms."""

    profile: Profile
    rows: tuple[RouteRow, ...]
    """Its route rows (:func:`~phicompare.analysis.routes.model_routes`)."""
    estimate: CostEstimate
    side: Side
    """What friction reads of it (:func:`~phicompare.analysis.friction.side`)."""
    kinship: Kinship
    sources: ModelSources


_SEAT: Slot[_Seat] = Slot("seat")


def _seat(model: Model, index: int, catalog: Catalog, terms: Terms) -> _Seat:
    """The model's seat in a comparison: one lookup a model (once per catalog).

    Its parts are kept in their own slots too, so a seat under new terms reads its profile,
    kin and sources again, not works them out again. A seat past the first is the first seat
    with its own rows and estimate (:func:`~phicompare.analysis.routes.model_routes` places
    them): the rest reads the model alone, so it is made once and kept once, and a long run does
    not grow as each model comes first for the first time (issue 18).
    """
    return catalog.derive(_SEAT, model, (index, terms),
                          partial(_new_seat, model, index, catalog, terms))


def _new_seat(model: Model, index: int, catalog: Catalog, terms: Terms) -> _Seat:
    rows, estimate = model_routes(model, index, catalog, terms)
    if index:
        return _seat(model, 0, catalog, terms)._replace(rows=rows, estimate=estimate)
    # a listing-only model's vision is its listings' offer, page-wide (review 10, I4)
    found = as_listings(profile(model, catalog), model, rows)
    # a provider whose every route of the model is retired counts in no coverage (review 20)
    found = in_service_only(found, _retired(rows, terms.day))
    return _Seat(profile=found, rows=rows, estimate=estimate,
                 # friction reads the support within the page's providers (review 7, F23)
                 side=side(model, within(found, _left_out((model,), catalog, terms.providers,
                                                          terms.exclude_providers)),
                           estimate, rows, terms.day, terms.providers, terms.exclude_providers),
                 kinship=kinship(model, catalog, terms.day),
                 sources=model_sources(model, catalog, terms.day))


def _materiality(value: object) -> Decimal:
    """The materiality threshold: a Decimal in [0, 1), 5% when ``None``."""
    if value is None:
        return DEFAULT_MATERIALITY
    exact = isinstance(value, (int, Decimal)) and not isinstance(value, bool)
    if exact and 0 <= value < 1:  # type: ignore[operator]
        return Decimal(value)  # type: ignore[arg-type]
    # (the form it takes: A9; a float or a str is of the wrong type, review 41)
    raise (ComparisonError if exact else ArgumentError)(materiality_refused(value))


def _specs(profiles: Sequence[Profile]) -> tuple[SpecRow, ...]:
    """One row per specification; an optional one only when some model has a value.

    Of two models, a row where they agree is the first one's (:attr:`Profile.twins`): the
    rows :func:`~.spec_rows.spec_rows` makes, made once a model.
    """
    if len(profiles) != 2:
        return spec_rows([p.specs for p in profiles])
    first, second = profiles
    rows: list[SpecRow] = []
    for (field, label), twin, a, b in zip(SPEC_FIELDS, first.twins, first.specs, second.specs,
                                          strict=True):
        if a != b:  # (only cutoffs can read alike once shown: coarser)
            shown = coarser(field, (a, b)) if field == "knowledge_cutoff" else (a, b)
            rows.append(SpecRow(field=field, label=label, values=shown,
                                differs=shown[0] != shown[1]))
        elif twin is not None:
            rows.append(twin)
    return tuple(rows)


def _retired(rows: Sequence[RouteRow], day: dt.date) -> frozenset[str]:
    """The providers of ``rows`` whose every route there is retired on ``day``."""
    names = {row.provider_name for row in rows}
    return frozenset(names - {row.provider_name for row in rows if not row.route.retired(day)})


def _left_out(models: Sequence[Model], catalog: Catalog, allowed: frozenset[str] | None,
              excluded: frozenset[str]) -> frozenset[str]:
    """The names of the models' providers that the page's provider filters leave out."""
    if allowed is None and not excluded:
        return frozenset()  # no filter (the common case): nothing to look up
    return frozenset(catalog.provider_name(r.provider) for m in models for r in m.routes
                     if r.provider in excluded or (allowed is not None
                                                   and r.provider not in allowed))


def _capabilities(profiles: Sequence[Profile], left_out: Sequence[frozenset[str]] = (),
                  ) -> tuple[CapabilityRow, ...]:
    """One row per capability, in :data:`~phicompare.analysis.profile.CAPABILITIES` order.

    Every column is a model's own (its profile: support, own flags, route coverage), read a
    row at a time (of two models, each column's pairs zipped: four zips, not 56 lookups); the
    coverage is within the providers the page's filters leave in (``left_out``: per model, the
    names of its own providers they leave out, as friction reads them: a provider of another
    model's that shares a name leaves none of this one's out, and its column stays its own,
    the same beside any partner, as the pages that keep it assume: issue 18).
    """
    if any(left_out):
        profiles = [within(p, out) for p, out in zip(profiles, left_out, strict=True)]
    if len(profiles) == 2:
        a, b = profiles
        return tuple([
            CapabilityRow(capability=capability, support=support, documented=documented,
                          offered_by=offered, not_listed_by=silent)
            for capability, support, documented, offered, silent in zip(
                CAPABILITIES, zip(a.support, b.support, strict=True),
                zip(a.documented, b.documented, strict=True),
                zip(a.offered, b.offered, strict=True), zip(a.silent, b.silent, strict=True),
                strict=True)])
    return tuple([
        CapabilityRow(capability=capability, support=support, documented=documented,
                      offered_by=offered, not_listed_by=silent)
        for capability, support, documented, offered, silent in zip(
            CAPABILITIES, _rows([p.support for p in profiles]),
            _rows([p.documented for p in profiles]), _rows([p.offered for p in profiles]),
            _rows([p.silent for p in profiles]), strict=True)])


def _rows(columns: Sequence[tuple[V, ...]]) -> Iterator[tuple[V, ...]]:
    """Per-model tuples (aligned, one a model) read a row at a time, in model order.

    Row ``k`` holds entry ``k`` of each model's tuple.

    Examples:
        >>> list(_rows([("a", "b"), ("c", "d")]))
        [('a', 'c'), ('b', 'd')]
    """
    return zip(*columns, strict=True)
