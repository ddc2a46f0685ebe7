"""The comparator: from models and the caller's traffic to the facts of a :class:`Comparison`.

Pure functions: the same models, catalog and options always give the same facts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import cast

import attrs

from phicompare.catalog.index import Catalog
from phicompare.domain.records import (
    Benchmark,
    BenchmarkScore,
    Capability,
    Model,
    ProviderRoute,
    Support,
)
from phicompare.exceptions import ComparisonError

from .checks import check_arguments
from .comparison import Comparison
from .cost import (
    DEFAULT_BLEND,
    RouteCost,
    Traffic,
    blended_price,
    check_blend,
    crossover_share,
    current_routes,
    prices,
    route_cost,
    route_eligibility,
)
from .facts import (
    BenchmarkRow,
    CapabilityRow,
    CostEstimate,
    CostFacts,
    Crossover,
    FrictionItem,
    FrictionKind,
    PausedGC,
    Provenance,
    Related,
    RouteRow,
    ScoreGap,
    SourceRef,
    SpecRow,
)

__all__ = ["compare", "parse_capabilities"]

Z95 = Decimal("1.96")
PROPORTION_METRICS = frozenset({"accuracy", "pass@1", "exact-match", "win-rate"})
_QUANTUM = Decimal("0.0001")

SPEC_FIELDS: tuple[tuple[str, str], ...] = (
    ("released", "Released"),
    ("context_window", "Context window"),
    ("max_output_tokens", "Max output tokens"),
    ("parameters_b", "Parameters"),
    ("active_parameters_b", "Active parameters"),
    ("architecture", "Architecture"),
    ("license", "License"),
    ("open_weights", "Open weights"),
    ("knowledge_cutoff", "Knowledge cutoff"),
    ("input_modalities", "Input modalities"),
    ("output_modalities", "Output modalities"),
)
_OPTIONAL_SPECS = frozenset({"max_output_tokens", "active_parameters_b"})


_CAPABILITIES = tuple(Capability)


@attrs.frozen
class _Profile:
    """What a comparison needs of one model alone, worked out once per model."""

    support: tuple[Support, ...]
    support_code: str
    """``support`` as one short string ("yn?...", a letter a capability): hashes fast."""
    specs: tuple[str | None, ...]
    scores: Mapping[str, tuple[BenchmarkScore, ...]]
    first: Mapping[str, BenchmarkScore]
    several: frozenset[str]
    cites: Mapping[str, SourceRef]
    unsourced: tuple[str, ...]
    variance: Mapping[BenchmarkScore, Decimal | None]
    near_chance: Mapping[BenchmarkScore, bool | None]
    setting: Mapping[BenchmarkScore, tuple[str, str | None]]
    benchmarks: Mapping[str, Benchmark]


_MEMO_LIMIT = 100_000
_SUPPORT_LETTER = {Support.YES: "y", Support.NO: "n", Support.UNKNOWN: "?"}


def _memo(catalog: Catalog) -> dict[object, object]:
    memo = catalog.memo
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    return memo


_PAIR_MEMO_LIMIT = 50_000


def _pair_memo(catalog: Catalog) -> dict[object, object]:
    """Records that depend on two models' values (spec rows, two-score benchmark rows).

    They are shared by every pair with the same values, yet across a large catalog most are
    new: kept apart from the per-model memo, they are dropped when full without taking each
    model's profile, routes and sources with them.
    """
    memo = _memo(catalog)
    found = memo.get("pairs")
    if found is None or len(found) >= _PAIR_MEMO_LIMIT:  # type: ignore[arg-type]
        found = memo["pairs"] = {}
    return found  # type: ignore[return-value]


def _profile(model: Model, catalog: Catalog) -> _Profile:
    """The model's profile, memoised on the catalog (models are immutable and hash once)."""
    key = ("profile", model)
    memo = _memo(catalog)
    found = memo.get(key)
    if found is not None:
        return found  # type: ignore[return-value]
    scores: dict[str, list[BenchmarkScore]] = {}
    for score in model.scores:
        scores.setdefault(score.benchmark, []).append(score)
    cites = [(url, f"{model.name} facts", model.checked) for url in model.sources]
    cites += [(s.source, f"{model.name} {s.benchmark} score", s.checked)
              for s in model.scores if s.source]
    specs = tuple(_canonical(getattr(model, field)) for field, _ in SPEC_FIELDS)
    variance: dict[BenchmarkScore, Decimal | None] = {}
    chance: dict[BenchmarkScore, bool | None] = {}
    benchmarks: dict[str, Benchmark] = {}
    for score in model.scores:
        bench = benchmarks.setdefault(score.benchmark, _benchmark(catalog, score.benchmark))
        variance[score] = _variance(score.score, bench)
        chance[score] = _near_chance(bench, score, variance[score])
    support = tuple(model.support(c) for c in _CAPABILITIES)
    profile = _Profile(
        support=support,
        support_code="".join([_SUPPORT_LETTER[s] for s in support]),
        specs=specs,
        scores={k: tuple(v) for k, v in scores.items()},
        first={k: v[0] for k, v in scores.items()},
        several=frozenset(k for k, v in scores.items() if len(v) > 1),
        cites=_cited(cites),
        unsourced=tuple(label for (field, label), value in zip(SPEC_FIELDS, specs, strict=True)
                        if value is None and field not in _OPTIONAL_SPECS),
        variance=variance,
        near_chance=chance,
        setting={score: _norm_setting(score) for score in model.scores},
        benchmarks=benchmarks,
    )
    memo[key] = profile
    return profile


def _benchmark(catalog: Catalog, benchmark_id: str) -> Benchmark:
    try:
        return catalog.benchmark(benchmark_id)
    except KeyError:
        return Benchmark(id=benchmark_id, name=benchmark_id)


def _variance(score: Decimal, bench: Benchmark) -> Decimal | None:
    """Sampling variance of a score, in points squared: p(1-p)/n scaled to the points range."""
    if not bench.items or bench.metric not in PROPORTION_METRICS:
        return None
    top = bench.max_score
    p = score / top
    return p * (1 - p) / bench.items * top * top


@functools.lru_cache(maxsize=8192)
def _route_cost(route: ProviderRoute, traffic: Traffic) -> RouteCost:
    return route_cost(route, traffic)


def parse_capabilities(names: Iterable[Capability | str]) -> tuple[Capability, ...]:
    """Capabilities from enum members or names (``"structured_outputs"``, ``"Structured outputs"``).

    Raises:
        ComparisonError: an unknown name, with the closest known one.

    Examples:
        >>> parse_capabilities(["structured outputs", Capability.VISION])
        (<Capability.STRUCTURED_OUTPUTS: 'structured_outputs'>, <Capability.VISION: 'vision'>)
    """
    if isinstance(names, str):  # one name (or member), not an iterable of its letters
        names = (names,)
    found: set[Capability] = set()
    for name in names:
        if isinstance(name, Capability):
            found.add(name)
            continue
        key = str(name).strip().lower().replace(" ", "_").replace("-", "_")
        try:
            found.add(Capability(key))
        except ValueError:
            import difflib  # noqa: PLC0415 - error path only

            known = [c.value for c in Capability]
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.5)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(known)}"
            raise ComparisonError(f"unknown capability {name!r}{hint}") from None
    return tuple(sorted(found, key=lambda c: c.value))


def compare(
    a: Model | str,
    b: Model | str,
    *more: Model | str,
    catalog: Catalog | None = None,
    traffic: Traffic | None = None,
    blend: tuple[int, int] | None = None,
    requires: Iterable[Capability | str] = (),
    include_free: bool = False,
    as_of: dt.date | None = None,
) -> Comparison:
    """Compare two or more models: specs, capabilities, benchmarks, routes, cost and friction.

    Args:
        a: A model or a model name (id or alias, any case).
        b: Another model.
        *more: More models.
        catalog: Where names are looked up; the bundled catalog by default.
        traffic: Monthly traffic; 800M input and 250M output tokens by default.
        blend: Input:output weights of the blended price; 70/30 by default.
        requires: Capabilities every counted route must support.
        include_free: Count free-tier routes when choosing the cheapest route.
        as_of: The date whose prices apply (``effective_from``); today by default.

    The facts of recent comparisons (up to 512) are kept on the catalog, so asking again for
    the same comparison costs a lookup; each call still returns a new :class:`Comparison`.

    Raises:
        UnknownModelError: a name is not in the catalog (with suggestions).
        ComparisonError: the same model twice, bad traffic or blend, an unknown capability.

    Examples:
        >>> c = compare("phi-2", "phi-4-mini")
        >>> [m.id for m in c.models]
        ['phi-2', 'phi-4-mini']
        >>> c.specs[1].label, c.specs[1].values
        ('Context window', ('2048', '131072'))
    """
    check_arguments((a, b, *more), catalog=catalog, requires=requires,
                    include_free=include_free)
    return build(a, b, *more, catalog=catalog, traffic=traffic, blend=blend, requires=requires,
                 include_free=include_free, as_of=as_of)


def build(
    a: Model | str,
    b: Model | str,
    *more: Model | str,
    catalog: Catalog | None = None,
    traffic: Traffic | None = None,
    blend: tuple[int, int] | None = None,
    requires: Iterable[Capability | str] = (),
    include_free: bool = False,
    as_of: dt.date | None = None,
    keep: bool = True,
) -> Comparison:
    """:func:`compare`; with ``keep=False`` the facts are not kept among the recent ones.

    A sweep over every pair compares each pair once: keeping its facts would only hold them
    long enough for the garbage collector to move them to its oldest generation, and make full
    collections more frequent.
    """
    if catalog is None:
        from phicompare.catalog.loader import default_catalog  # noqa: PLC0415

        catalog = default_catalog()
    models = tuple(m if isinstance(m, Model) else catalog.model(m) for m in (a, b, *more))
    seen: set[str] = set()
    for model in models:
        if model.id in seen:
            msg = f"compare needs different models; got {model.id!r} twice"
            raise ComparisonError(msg)
        seen.add(model.id)
    if traffic is None:
        traffic = _DEFAULT_TRAFFIC
    elif not isinstance(traffic, Traffic):  # a dict or tuple passed by mistake
        msg = f"traffic must be a Traffic, got {type(traffic).__name__}"  # type: ignore[unreachable]
        raise ComparisonError(msg)
    weights = DEFAULT_BLEND if blend is None else check_blend(blend)
    required = parse_capabilities(requires) if requires else ()
    day = _day(as_of)
    include_free = bool(include_free)

    # The facts are a pure function of these inputs: recent ones are kept per catalog, so a
    # page served again costs a lookup. A new Comparison is built each call, so a cached
    # narrative never outlives the caller's object.
    key = (models, traffic, required, include_free, day, weights)
    recent = _recent(catalog)
    facts = recent.get(key)
    if facts is None:
        with PausedGC():  # hundreds of short-lived records, no cycles: see PausedGC
            facts = _facts(models, catalog, traffic, required, include_free, day, weights)
        if keep:
            _keep(recent, key, facts)
    specs, capabilities, benchmarks, routes, cost, friction, related, provenance = facts
    return Comparison(
        models=models,
        traffic=traffic,
        requires=required,
        include_free=include_free,
        as_of=day,
        specs=specs,
        capabilities=capabilities,
        benchmarks=benchmarks,
        routes=routes,
        cost=cost,
        friction=friction,
        related=related,
        provenance=provenance,
    )


_Facts = tuple[
    tuple[SpecRow, ...], tuple[CapabilityRow, ...], tuple[BenchmarkRow, ...],
    tuple[RouteRow, ...], CostFacts, tuple[FrictionItem, ...], tuple[Related, ...], Provenance,
]
_DEFAULT_TRAFFIC = Traffic()
_RECENT_LIMIT = 512
"""Comparisons whose facts are kept per catalog (about 11 KB each, mostly shared records)."""


def _recent(catalog: Catalog) -> dict[object, _Facts]:
    memo = _memo(catalog)
    recent = memo.get("recent")
    if recent is None:
        recent = memo["recent"] = {}
    return recent  # type: ignore[return-value]


def _keep(recent: dict[object, _Facts], key: object, facts: _Facts) -> None:
    """Remember ``facts``, forgetting the oldest entry when full (first in, first out)."""
    if len(recent) >= _RECENT_LIMIT:
        with contextlib.suppress(KeyError, RuntimeError, StopIteration):  # a racing thread
            del recent[next(iter(recent))]
    recent[key] = facts


def _facts(models: tuple[Model, ...], catalog: Catalog, traffic: Traffic,
           required: tuple[Capability, ...], include_free: bool, day: dt.date,
           weights: tuple[int, int]) -> _Facts:
    routes, estimates = _routes_and_estimates(models, catalog, traffic, frozenset(required),
                                              include_free, day, weights)
    profiles = [_profile(m, catalog) for m in models]
    return (
        _specs(profiles, catalog),
        _capabilities(profiles, catalog),
        _benchmarks(models, profiles, catalog),
        routes,
        _cost_facts(estimates, weights),
        _friction(models, profiles, estimates, routes),
        _related(models, catalog),
        _provenance(models, profiles, routes, catalog, day),
    )


def _capabilities(profiles: Sequence[_Profile], catalog: Catalog) -> tuple[CapabilityRow, ...]:
    """One row per capability; a row depends on its support values alone, so rows are shared.

    So is the whole tuple, for models whose support is alike: what pages make of it recurs.
    """
    memo = _memo(catalog)
    whole = ("capabilities", *[p.support_code for p in profiles])
    found = memo.get(whole)
    if found is not None:
        return found  # type: ignore[return-value]
    rows = []
    for i, capability in enumerate(_CAPABILITIES):
        support = tuple(p.support[i] for p in profiles)
        key = ("capability", capability, support)
        row = memo.get(key)
        if row is None:
            row = memo[key] = CapabilityRow(capability=capability, support=support)
        rows.append(row)
    memo[whole] = result = tuple(rows)
    return result  # type: ignore[return-value]


def _day(as_of: object) -> dt.date:
    """The pricing date: ``as_of`` (a date-time counts by its date), today when ``None``."""
    if as_of is None:
        return dt.date.today()
    if isinstance(as_of, dt.datetime):
        return as_of.date()
    if isinstance(as_of, dt.date):
        return as_of
    msg = f"as_of must be a date, got {as_of!r}"
    raise ComparisonError(msg)


def _canonical(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(value) if value else None
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return str(value)


def _specs(profiles: Sequence[_Profile], catalog: Catalog) -> tuple[SpecRow, ...]:
    """One row per specification; rows with equal values are shared across comparisons."""
    memo = _pair_memo(catalog)
    rows = []
    for k, (field, label) in enumerate(SPEC_FIELDS):
        values = tuple([p.specs[k] for p in profiles])
        key = ("spec", k, values)
        row = memo.get(key)
        if row is None:
            if field in _OPTIONAL_SPECS and all(v is None for v in values):
                continue
            row = memo[key] = SpecRow(field=field, label=label, values=values,
                                      differs=len(set(values)) > 1)
        rows.append(row)
    return tuple(rows)  # type: ignore[arg-type]


def _norm_setting(score: BenchmarkScore) -> tuple[str, str | None]:
    setting = " ".join((score.setting or "").lower().split())
    return setting, score.harness


def _choose_scores(benchmark: str,
                   profiles: Sequence[_Profile]) -> tuple[BenchmarkScore | None, ...]:
    """Each model's score on ``benchmark``: where models have several, a setting all share."""
    options = [p.scores.get(benchmark, ()) for p in profiles]
    if any(len(o) > 1 for o in options):
        present = [(o, p) for o, p in zip(options, profiles, strict=True) if o]
        common = set.intersection(*({p.setting[s] for s in o} for o, p in present))
        if common:
            pick = min(common, key=lambda k: (k[0], k[1] or ""))
            return tuple(next((s for s in o if p.setting[s] == pick), None)
                         for o, p in zip(options, profiles, strict=True))
    return tuple(o[0] if o else None for o in options)


def _gap(i: int, j: int, a: BenchmarkScore | None, b: BenchmarkScore | None,
         profiles: Sequence[_Profile]) -> ScoreGap:
    if a is None or b is None:
        return ScoreGap(a=i, b=j, comparable=False, reason="missing score")
    (setting_a, harness_a), (setting_b, harness_b) = profiles[i].setting[a], profiles[j].setting[b]
    if setting_a != setting_b:
        return ScoreGap(a=i, b=j, comparable=False, reason=(
            f"settings differ: {a.setting or 'not stated'} vs {b.setting or 'not stated'}"))
    if harness_a and harness_b and harness_a != harness_b:
        return ScoreGap(a=i, b=j, comparable=False,
                        reason=f"evaluated by different harnesses: {harness_a} vs {harness_b}")
    gap = a.score - b.score
    higher = profiles[i].benchmarks[a.benchmark].higher_is_better
    interval: Decimal | None = None
    significant: bool | None = None
    var_a, var_b = profiles[i].variance[a], profiles[j].variance[b]
    if var_a is not None and var_b is not None:
        interval = (Z95 * (var_a + var_b).sqrt()).quantize(_QUANTUM)
        significant = abs(gap) > interval
    return ScoreGap(a=i, b=j, comparable=True, gap=gap, interval_95=interval,
                    significant=significant, higher_is_better=higher)


def _near_chance(bench: Benchmark, score: BenchmarkScore,
                 variance: Decimal | None) -> bool | None:
    if variance is None or bench.chance is None:
        return None
    return abs(score.score - bench.chance) <= Z95 * variance.sqrt()


def _benchmarks(models: Sequence[Model], profiles: Sequence[_Profile],
                catalog: Catalog) -> tuple[BenchmarkRow, ...]:
    order: dict[str, None] = {}
    for profile in profiles:
        order.update(dict.fromkeys(profile.scores))
    several = frozenset().union(*(p.several for p in profiles))
    memo = _pair_memo(catalog)
    shared: list[BenchmarkRow] = []
    partial: list[BenchmarkRow] = []
    firsts = [p.first for p in profiles]
    pair = len(firsts) == 2
    for benchmark_id in order:
        scores: tuple[BenchmarkScore | None, ...]
        if benchmark_id in several:
            scores = _choose_scores(benchmark_id, profiles)
        elif pair:  # the common case, spelt out: one score per model at most
            scores = (firsts[0].get(benchmark_id), firsts[1].get(benchmark_id))
        else:
            scores = tuple([first.get(benchmark_id) for first in firsts])
        # A row depends on the scores alone, so rows recur across comparisons. The scores are
        # the catalog's own records, alive as long as the memo that keys on their identity
        # (and the row kept under the key holds them): ids hash faster than the records.
        key = ("row", benchmark_id, *map(id, scores))
        row = cast("BenchmarkRow | None", memo.get(key))
        if row is None:
            row = memo[key] = _row(benchmark_id, scores, profiles)
        if (scores[0] is None or scores[1] is None) if pair else any(
                score is None for score in scores):
            partial.append(row)
        else:
            shared.append(row)
    return (*shared, *partial)


def _row(benchmark_id: str, scores: tuple[BenchmarkScore | None, ...],
         profiles: Sequence[_Profile]) -> BenchmarkRow:
    pairs = tuple(_gap(i, j, scores[i], scores[j], profiles)
                  for i, j in _combinations(len(scores)))
    near = tuple(None if s is None else p.near_chance[s]
                 for s, p in zip(scores, profiles, strict=True))
    bench = next(p.benchmarks[benchmark_id] for p in profiles if benchmark_id in p.benchmarks)
    return BenchmarkRow(benchmark=bench, scores=scores, near_chance=near, pairs=pairs)


@functools.cache
def _combinations(count: int) -> tuple[tuple[int, int], ...]:
    return tuple(itertools.combinations(range(count), 2))


def _routes_and_estimates(
    models: Sequence[Model], catalog: Catalog, traffic: Traffic,
    requires: frozenset[Capability], include_free: bool, day: dt.date, blend: tuple[int, int],
) -> tuple[tuple[RouteRow, ...], tuple[CostEstimate, ...]]:
    rows: list[RouteRow] = []
    estimates: list[CostEstimate] = []
    for index, model in enumerate(models):
        key = ("routes", model, index, traffic, requires, include_free, day, blend)
        memo = _memo(catalog)
        found = memo.get(key)
        if found is None:
            found = memo[key] = _model_routes(model, index, catalog, traffic, requires,
                                              include_free, day, blend)
        model_rows: tuple[RouteRow, ...]
        estimate: CostEstimate
        model_rows, estimate = found  # type: ignore[misc]
        rows.extend(model_rows)
        estimates.append(estimate)
    return tuple(rows), tuple(estimates)


def _model_routes(
    model: Model, index: int, catalog: Catalog, traffic: Traffic,
    requires: frozenset[Capability], include_free: bool, day: dt.date, blend: tuple[int, int],
) -> tuple[tuple[RouteRow, ...], CostEstimate]:
    rows: list[RouteRow] = []
    best: tuple[Decimal, str, RouteRow, RouteCost] | None = None
    reasons: list[str] = []
    for route in current_routes(model.routes, day):
        name = catalog.provider_name(route.provider)
        reason = route_eligibility(model, route, traffic, requires, include_free=include_free)
        cost = _route_cost(route, traffic) if route.is_priced else None
        row = RouteRow(model=index, route=route, provider_name=name,
                       context_window=model.route_context(route), eligible=reason is None,
                       reason=reason, monthly=None if cost is None else cost.monthly)
        rows.append(row)
        if reason is not None:
            reasons.append(f"{name}: {reason}")
        elif cost is not None and (best is None or (cost.monthly, name) < best[:2]):
            best = (cost.monthly, name, row, cost)
    if best is None:
        if reasons:
            why = "no eligible route (" + "; ".join(reasons) + ")"
        elif model.routes:
            why = f"no route in force on {day.isoformat()} (every price starts later)"
        else:
            why = "no provider route in the catalog"
        return tuple(rows), CostEstimate(model=index, route=None, provider_name=None,
                                         monthly=None, reason=why)
    route, cost = best[2].route, best[3]
    return tuple(rows), CostEstimate(
        model=index, route=route, provider_name=best[1], monthly=cost.monthly,
        lines=cost.lines, notes=cost.notes, blended=blended_price(*prices(route), blend))


def _cost_facts(estimates: tuple[CostEstimate, ...], blend: tuple[int, int]) -> CostFacts:
    known = [e for e in estimates if e.monthly is not None]
    gap = None
    cheapest: tuple[int, ...] = ()
    if known:
        low = min(e.monthly for e in known if e.monthly is not None)
        cheapest = tuple(e.model for e in known if e.monthly == low)
        if len(known) == len(estimates):
            gap = max(e.monthly for e in known if e.monthly is not None) - low
    crossovers = []
    for x, y in itertools.combinations(known, 2):
        if x.route is None or y.route is None:
            continue
        x_prices, y_prices = prices(x.route), prices(y.route)
        share = crossover_share(x_prices, y_prices)
        if share is not None:
            cheaper_input = x.model if x_prices[0] < y_prices[0] else y.model
            other = y.model if cheaper_input == x.model else x.model
            crossovers.append(Crossover(cheaper_input=cheaper_input, cheaper_output=other,
                                        input_share=share.quantize(_QUANTUM)))
    return CostFacts(estimates=estimates, gap=gap, cheapest=cheapest, blend=blend,
                     crossovers=tuple(crossovers))


_SUPPORT_CHANGES: Mapping[tuple[Support, Support], tuple[FrictionKind, str, str | None]] = {
    (Support.YES, Support.NO): (FrictionKind.CAPABILITY_LOST, "yes", "no"),
    (Support.YES, Support.UNKNOWN): (FrictionKind.CAPABILITY_UNCERTAIN, "yes", None),
    (Support.NO, Support.YES): (FrictionKind.CAPABILITY_GAINED, "no", "yes"),
}
"""Capability support changes that are friction, and how each is recorded."""


def _friction(models: Sequence[Model], profiles: Sequence[_Profile],
              estimates: Sequence[CostEstimate],
              routes: Sequence[RouteRow]) -> tuple[FrictionItem, ...]:
    providers: list[dict[str, str]] = [{} for _ in models]
    for row in routes:
        providers[row.model].setdefault(row.route.provider, row.provider_name)
    items: list[FrictionItem] = []
    add = items.append
    for s, t in itertools.permutations(range(len(models)), 2):
        src, dst = models[s], models[t]
        for kind, subject, before, after in _support_changes(profiles[s].support_code,
                                                             profiles[t].support_code):
            add(FrictionItem(source=s, target=t, kind=kind, subject=subject, before=before,
                             after=after))
        if src.context_window and dst.context_window and dst.context_window < src.context_window:
            add(FrictionItem(source=s, target=t, kind=FrictionKind.CONTEXT_SHRINK,
                             subject="context_window", before=str(src.context_window),
                             after=str(dst.context_window)))
        if (src.max_output_tokens and dst.max_output_tokens
                and dst.max_output_tokens < src.max_output_tokens):
            add(FrictionItem(source=s, target=t, kind=FrictionKind.OUTPUT_SHRINK,
                             subject="max_output_tokens", before=str(src.max_output_tokens),
                             after=str(dst.max_output_tokens)))
        if src.input_modalities and dst.input_modalities:
            for modality in src.input_modalities:
                if modality not in dst.input_modalities:
                    add(FrictionItem(source=s, target=t, kind=FrictionKind.MODALITY_LOST,
                                     subject=modality, before="yes", after="no"))
        if src.license and dst.license and src.license != dst.license:
            add(FrictionItem(source=s, target=t, kind=FrictionKind.LICENSE_CHANGE,
                             subject="license", before=src.license, after=dst.license))
        was_cost, now_cost = estimates[s].monthly, estimates[t].monthly
        if was_cost is not None and now_cost is not None and was_cost != now_cost:
            add(FrictionItem(source=s, target=t, kind=FrictionKind.PRICE_CHANGE,
                             subject="monthly", before=f"{was_cost:f}", after=f"{now_cost:f}",
                             amount=now_cost - was_cost))
        if providers[s] and providers[t]:
            shared = [name for pid, name in providers[s].items() if pid in providers[t]]
            if shared:
                add(FrictionItem(source=s, target=t, kind=FrictionKind.SHARED_PROVIDERS,
                                 subject=", ".join(shared)))
            else:
                add(FrictionItem(source=s, target=t, kind=FrictionKind.NO_SHARED_PROVIDER,
                                 subject="providers"))
    return tuple(items)


_SupportChange = tuple[FrictionKind, str, "str | None", "str | None"]
_CODE_CHANGES: dict[str, tuple[FrictionKind, str, str | None]] = {
    _SUPPORT_LETTER[was] + _SUPPORT_LETTER[now]: change
    for (was, now), change in _SUPPORT_CHANGES.items()}


@functools.lru_cache(maxsize=4096)
def _support_changes(was: str, now: str) -> tuple[_SupportChange, ...]:
    """The capability changes from one support code to another (few codes recur: kept)."""
    found = []
    for capability, a, b in zip(_CAPABILITIES, was, now, strict=True):
        change = _CODE_CHANGES.get(a + b)
        if change is not None:
            found.append((change[0], capability.value, change[1], change[2]))
    return tuple(found)


_RELATED_LIMIT = 6


def _related(models: Sequence[Model], catalog: Catalog) -> tuple[Related, ...]:
    """Neighbours of every model, taken in rounds so that no model's list crowds out another's.

    Group ``(k, reason)`` holds each model's ``k``-th neighbour for that reason (same family
    before same size class); groups are taken whole while they fit, so swapping the models
    changes the order of the suggestions, never the set.
    """
    ids = {m.id for m in models}
    lists = [{reason: [r for r in found if r.models[1] not in ids]
              for reason, found in _kin(model, catalog).items()} for model in models]
    reasons = sorted({r for by_reason in lists for r in by_reason},
                     key=lambda r: (r != "same-family", r))
    depth = max((len(v) for by_reason in lists for v in by_reason.values()), default=0)
    chosen: list[Related] = []
    seen: set[frozenset[str]] = set()
    for rank in range(depth):
        for reason in reasons:
            group = []
            for by_reason in lists:
                kin = by_reason.get(reason, ())
                if rank < len(kin) and (key := frozenset(kin[rank].models)) not in seen:
                    seen.add(key)
                    group.append(kin[rank])
            if len(chosen) + len(group) > _RELATED_LIMIT:
                return tuple(chosen)
            chosen.extend(group)
    return tuple(chosen)


def _kin(model: Model, catalog: Catalog) -> dict[str, tuple[Related, ...]]:
    """The model's neighbours as related comparisons, by reason (once per model and catalog)."""
    key = ("kin", model)
    memo = _memo(catalog)
    found = memo.get(key)
    if found is None:
        by_reason: dict[str, list[Related]] = {}
        known = model.id in catalog and catalog.model(model.id).id == model.id
        for other, reason in catalog.neighbours(model.id) if known else ():
            by_reason.setdefault(reason, []).append(
                Related(models=(model.id, other.id), names=(model.name, other.name),
                        reason=reason))
        found = memo[key] = {reason: tuple(v) for reason, v in by_reason.items()}
    return found  # type: ignore[return-value]


def _cited(cites: Iterable[tuple[str | None, str, dt.date | None]]) -> dict[str, SourceRef]:
    """Citations grouped by URL: what each supports (first seen first), last checked date."""
    refs: dict[str, SourceRef] = {}
    for url, what, when in cites:
        if url:
            refs[url] = _merge(refs.get(url), SourceRef(url=url, supports=(what,), checked=when))
    return refs


def _merge(held: SourceRef | None, new: SourceRef) -> SourceRef:
    """One source cited twice: the union of what it supports, the later checked date."""
    if held is None:
        return new
    supports = held.supports + tuple(w for w in new.supports if w not in held.supports)
    checked = held.checked
    if new.checked is not None and (checked is None or new.checked > checked):
        checked = new.checked
    if supports == held.supports and checked == held.checked:
        return held
    return SourceRef(url=held.url, supports=supports, checked=checked)


def _route_cites(model: Model, index: int, routes: Sequence[RouteRow], catalog: Catalog,
                 day: dt.date) -> Mapping[str, SourceRef]:
    """The sources of a model's routes in force on ``day``, worked out once per model and day."""
    key = ("route cites", model, day)
    memo = _memo(catalog)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _cited(
            (row.route.source, f"{model.name} on {row.provider_name}", row.route.checked)
            for row in routes if row.model == index)
    return found  # type: ignore[return-value]


def _provenance(models: Sequence[Model], profiles: Sequence[_Profile],
                routes: Sequence[RouteRow], catalog: Catalog, day: dt.date) -> Provenance:
    """Every source: the models' own (in model order), then their routes'.

    Each model's sources are grouped once; a source only one model cites is reused as is. When
    no source is cited for two models (the common case), each model's part is merged once per
    model and day, and a comparison only strings the parts together.
    """
    unsourced = tuple((i, label) for i, p in enumerate(profiles) for label in p.unsourced)
    parts = [_source_part(m, i, p, routes, catalog, day)
             for i, (m, p) in enumerate(zip(models, profiles, strict=True))]
    if len(parts) == 2 and parts[0].urls.isdisjoint(parts[1].urls):
        first, second = parts
        dates = [d for d in (first.oldest, second.oldest) if d is not None]
        return Provenance(
            sources=(*first.own, *second.own, *first.extra, *second.extra),
            unsourced=unsourced,
            oldest_check=min(dates) if dates else None,
            newest_check=max(d for d in (first.newest, second.newest) if d is not None)
            if dates else None,
        )
    refs: dict[str, SourceRef] = {}
    for cites in [p.cites for p in profiles] + [part.route_cites for part in parts]:
        for url, ref in cites.items():
            held = refs.get(url)
            refs[url] = ref if held is None else _merge(held, ref)
    checked = [ref.checked for ref in refs.values() if ref.checked is not None]
    return Provenance(
        sources=tuple(refs.values()),
        unsourced=unsourced,
        oldest_check=min(checked) if checked else None,
        newest_check=max(checked) if checked else None,
    )


@attrs.frozen
class _SourcePart:
    """One model's sources on a day: its own (merged with its routes'), then its routes' alone."""

    route_cites: Mapping[str, SourceRef]
    own: tuple[SourceRef, ...]
    extra: tuple[SourceRef, ...]
    urls: frozenset[str]
    oldest: dt.date | None
    newest: dt.date | None


def _source_part(model: Model, index: int, profile: _Profile, routes: Sequence[RouteRow],
                 catalog: Catalog, day: dt.date) -> _SourcePart:
    key = ("source part", model, day)
    memo = _memo(catalog)
    found = cast("_SourcePart | None", memo.get(key))
    if found is None:
        route_cites = _route_cites(model, index, routes, catalog, day)
        own = profile.cites
        merged = {url: ref if url not in route_cites else _merge(ref, route_cites[url])
                  for url, ref in own.items()}
        extra = tuple(ref for url, ref in route_cites.items() if url not in own)
        dates = [r.checked for r in (*merged.values(), *extra) if r.checked is not None]
        found = memo[key] = _SourcePart(
            route_cites=route_cites, own=tuple(merged.values()), extra=extra,
            urls=frozenset(merged) | frozenset(route_cites),
            oldest=min(dates) if dates else None, newest=max(dates) if dates else None)
    return found
