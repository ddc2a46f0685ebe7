"""The order of candidates: monthly cost, then comparable priority benchmarks, then model id."""

from __future__ import annotations

import enum
import itertools
from collections.abc import Sequence
from decimal import Decimal

import attrs

from phicompare.catalog.index import Catalog
from phicompare.domain.records import Benchmark, BenchmarkScore, Model
from phicompare.domain.settings import Match, makers_table, match

from .choice import names_list
from .estimate import ModelCost
from .profile import profile
from .requirements import RequirementCheck

__all__ = ["OrderBasis", "Placement", "PriorityScore", "order_ties"]


class OrderBasis(str, enum.Enum):
    """What put a candidate after the one before it.

    Examples:
        >>> OrderBasis("benchmark").value
        'benchmark'
    """

    COST = "cost"
    """A higher monthly bill."""
    BENCHMARK = "benchmark"
    """The same bill, and a worse score on a priority benchmark both scored comparably."""
    ID = "id"
    """The same bill, and no priority benchmark that orders them: by model id."""
    PRICE = "price"
    """The same bill of no tokens ($0.00), and a higher blended price per 1M tokens: as a
    comparison ranks routes at zero traffic (review 40, #3)."""


@attrs.frozen(kw_only=True)
class PriorityScore:
    """A candidate's score on a priority benchmark (``None``: not in the catalog).

    Examples:
        >>> PriorityScore(benchmark=Benchmark(id="mmlu", name="MMLU"), score=None).score is None
        True
    """

    benchmark: Benchmark
    score: BenchmarkScore | None


@attrs.frozen(kw_only=True)
class Placement:
    """How a candidate was ordered after the candidate before it.

    ``benchmark`` is the benchmark id that ordered them (basis ``benchmark``); ``unusable``
    lists, for a group of candidates with the same bill, each priority benchmark that could
    not order the group and why: ``(benchmark id, reason)``.

    Examples:
        >>> placed = Placement(basis=OrderBasis.ID, unusable=(("mmlu", "settings differ"),))
        >>> placed.basis.value, placed.benchmark, placed.unusable
        ('id', None, (('mmlu', 'settings differ'),))
    """

    basis: OrderBasis
    benchmark: str | None = None
    unusable: tuple[tuple[str, str], ...] = ()


Judged = tuple[ModelCost, tuple[RequirementCheck, ...]]
Ranked = tuple[ModelCost, tuple[RequirementCheck, ...], tuple[PriorityScore, ...], Placement | None]


def order_ties(fits: Sequence[Judged], benchmarks: Sequence[Benchmark],
               catalog: Catalog) -> list[Ranked]:
    """``fits`` (each with a monthly bill) by bill, then by the priority benchmarks, then by id.

    With no tokens to price, bills of $0.00 are ordered by blended price per 1M tokens first
    (:class:`OrderBasis` ``PRICE``), as :func:`~phicompare.estimate` orders a model's routes.

    Each tie group is ordered by the priority benchmarks every member scores under one setting
    and harness, in the order given (better score first); the others are recorded as unusable.

    Examples:
        >>> from phicompare import default_catalog
        >>> from phicompare.analysis.estimate import cost_of, make_terms
        >>> catalog = default_catalog()
        >>> terms = make_terms(catalog, traffic=None, requires=(), include_free=False,
        ...                    as_of=None, blend=None, providers=None, exclude_providers=())
        >>> fits = [(cost_of(catalog.model(m), catalog, terms), ())
        ...         for m in ("phi-2", "phi-3-mini-128k")]
        >>> for cost, _, _, placed in order_ties(fits, [catalog.benchmark("mmlu")], catalog):
        ...     print(cost.model.id, placed and (placed.basis.value, placed.benchmark))
        phi-3-mini-128k None
        phi-2 ('benchmark', 'mmlu')
    """
    by_cost = sorted(fits, key=lambda f: (*_bill(f[0]), f[0].model.id))
    ranked: list[Ranked] = []
    for bill, group_iter in itertools.groupby(by_cost, key=lambda f: _bill(f[0])):
        group = list(group_iter)
        cheaper = ranked[-1][0].monthly == bill[0] if ranked else False  # (priced dearer)
        models = [cost.model for cost, _ in group]
        chosen: list[list[PriorityScore]] = [[] for _ in group]
        usable: list[tuple[int, Benchmark]] = []
        unusable: list[tuple[str, str]] = []
        for k, bench in enumerate(benchmarks):
            scores, why = _comparable(bench, models, catalog)
            for i, score in enumerate(scores):
                chosen[i].append(PriorityScore(benchmark=bench, score=score))
            if len(group) > 1:
                if why is None:
                    usable.append((k, bench))
                else:
                    unusable.append((bench.id, why))

        def key(i: int, usable: list[tuple[int, Benchmark]] = usable,
                chosen: list[list[PriorityScore]] = chosen,
                models: list[Model] = models) -> tuple[tuple[Decimal, ...], str]:
            return tuple(_better_first(chosen[i][k]) for k, _ in usable), models[i].id

        order = sorted(range(len(group)), key=key)
        for position, i in enumerate(order):
            placement: Placement | None = None
            if ranked and position == 0:
                placement = Placement(basis=OrderBasis.PRICE if cheaper else OrderBasis.COST)
            elif position > 0:
                before = key(order[position - 1])[0]
                here = key(i)[0]
                differs = [bench.id for (k, bench), a, b in zip(usable, before, here, strict=True)
                           if a != b]
                placement = Placement(
                    basis=OrderBasis.BENCHMARK if differs else OrderBasis.ID,
                    benchmark=differs[0] if differs else None, unusable=tuple(unusable))
            cost, checks = group[i]
            ranked.append((cost, checks, tuple(chosen[i]), placement))
    return ranked


_UNPRICED = Decimal("Infinity")


def _bill(cost: ModelCost) -> tuple[Decimal | None, Decimal]:
    """What orders ``cost`` before ties are broken: its bill, then its price per token.

    With no tokens to price (every bill $0.00), the blended price per 1M tokens orders the
    bills, as a comparison ranks its routes (review 40, #3: 797 models tied at $0.00 were
    listed by id).
    """
    traffic = cost.traffic
    if traffic.input_tokens or traffic.output_tokens or cost.estimate.blended is None:
        return cost.monthly, _UNPRICED
    return cost.monthly, cost.estimate.blended


def _better_first(priority: PriorityScore) -> Decimal:
    score = priority.score
    if score is None:  # pragma: no cover - a usable benchmark has every score
        return Decimal(0)
    return -score.score if priority.benchmark.higher_is_better else score.score


def _comparable(bench: Benchmark, models: Sequence[Model],
                catalog: Catalog) -> tuple[list[BenchmarkScore | None], str | None]:
    """Each model's score on ``bench``, and why the scores do not compare directly, if so.

    Where models have several scores, one setting all share is chosen.
    """
    options: list[list[BenchmarkScore]] = [
        [s for s in m.scores if s.benchmark == bench.id] for m in models]
    missing = [m.name for m, o in zip(models, options, strict=True) if not o]
    settings = [{profile(m, catalog).setting[s][0] for s in o}
                for m, o in zip(models, options, strict=True)]
    common = set.intersection(*settings) if settings and not missing else set()
    if not common:
        scores = [o[0] if o else None for o in options]
        if missing:
            return scores, f"no {bench.label} score for {names_list(missing, 'or')}"
        shown = sorted({f'"{s.setting}"' if s.setting else "not stated"
                        for o in options for s in o})
        return scores, f"settings differ: {' against '.join(shown)}"
    pick = min(common, key=lambda k: (not k, k))  # a stated setting before none
    chosen: list[BenchmarkScore | None] = []
    runs: list[tuple[tuple[str, str | None], BenchmarkScore, str | None]] = []
    for m, o in zip(models, options, strict=True):
        score = next(s for s in o if profile(m, catalog).setting[s][0] == pick)
        chosen.append(score)
        runs.append((profile(m, catalog).setting[score], score, m.vendor))
    found = {match(a, b, makers_table=makers_table(sa, sb, (va, vb)))  # one rule: domain.settings
             for (a, sa, va), (b, sb, vb) in itertools.combinations(runs, 2)}
    if Match.HARNESSES_DIFFER in found:
        harnesses = {s.harness for s in chosen if s is not None and s.harness}
        return chosen, f"evaluated by different harnesses: {' vs '.join(sorted(harnesses))}"
    if Match.NOT_ON_RECORD in found:
        return chosen, "settings not on record"
    return chosen, None
