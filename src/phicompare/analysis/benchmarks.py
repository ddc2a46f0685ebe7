"""Benchmark rows: each model's score on each benchmark, and every pair's gap with its noise."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple

from phicompare.catalog.index import Catalog
from phicompare.domain.records import Benchmark, Model

from .facts import BenchmarkRow, ScoreGap
from .profile import Profile, ScoreEntry
from .statistics import QUANTUM, Z95

__all__ = ["benchmark_rows"]


class _Couple(NamedTuple):
    """Two of the models compared, by position and by reference.

    ``missing`` is their gap on a benchmark one of them has no score on: it says only that, so
    one record serves every such row.
    """

    i: int
    j: int
    a: Model
    b: Model
    missing: ScoreGap


def benchmark_rows(models: Sequence[Model], profiles: Sequence[Profile],
                   catalog: Catalog | None = None) -> tuple[BenchmarkRow, ...]:
    """One row per benchmark any model scores: rows every model scores first, in catalog order.

    Scores from different evaluations carry a directional gap, judged against the ``catalog``'s
    spread between runs (:meth:`Catalog.run_spread`; unknown without a catalog). Each model's
    scores come from its profile's index (:attr:`Profile.entries`), worked out once per catalog.
    """
    order: dict[str, None] = {}
    definitions: dict[str, Benchmark] = {}
    for p in profiles:
        order.update(dict.fromkeys(p.scores))
    if not order:
        return ()
    for p in reversed(profiles):  # a benchmark's definition: the first profile's that scores it
        definitions.update(p.benchmarks)
    several = frozenset().union(*(p.several for p in profiles))
    indexes = [p.entries for p in profiles]
    couples = [_Couple(i, j, models[i], models[j],
                       ScoreGap(a_index=i, b_index=j, a=models[i], b=models[j], comparable=False,
                                reason="missing score"))
               for i, j in itertools.combinations(range(len(models)), 2)]
    shared: list[BenchmarkRow] = []
    partial: list[BenchmarkRow] = []
    for benchmark_id in order:
        chosen = (_choose(benchmark_id, indexes) if benchmark_id in several
                  else [found[0] if (found := index.get(benchmark_id)) else None
                        for index in indexes])
        definition = definitions[benchmark_id]
        row = BenchmarkRow(
            benchmark=definition, scores=tuple([None if e is None else e.score for e in chosen]),
            near_chance=tuple([None if e is None else e.near_chance for e in chosen]),
            pairs=tuple([_gap(c, a, b, definition, catalog)
                         if (a := chosen[c.i]) is not None and (b := chosen[c.j]) is not None
                         else c.missing for c in couples]))
        (partial if None in chosen else shared).append(row)
    return (*shared, *partial)


def _choose(benchmark: str,
            indexes: Sequence[Mapping[str, tuple[ScoreEntry, ...]]]) -> list[ScoreEntry | None]:
    """Each model's score on ``benchmark``, where some model has several: a setting all share."""
    options = [index.get(benchmark, ()) for index in indexes]
    present = [o for o in options if o]
    runs = set.intersection(*({(e.setting, e.evaluation) for e in o} for o in present))
    if runs:  # one evaluation under one setting for all: the scores that compare directly
        first = min(runs, key=lambda k: (k[0][0], k[0][1] or "", k[1] or ""))
        return [next((e for e in o if (e.setting, e.evaluation) == first), None)
                for o in options]
    common = set.intersection(*({e.setting for e in o} for o in present))
    if common:
        pick = min(common, key=lambda k: (k[0], k[1] or ""))
        return [next((e for e in o if e.setting == pick), None) for o in options]
    return [o[0] if o else None for o in options]


def _gap(c: _Couple, ea: ScoreEntry, eb: ScoreEntry, benchmark: Benchmark,
         catalog: Catalog | None) -> ScoreGap:
    a, b = ea.score, eb.score
    (setting_a, harness_a), (setting_b, harness_b) = ea.setting, eb.setting
    if setting_a != setting_b:
        return ScoreGap(a_index=c.i, b_index=c.j, a=c.a, b=c.b, comparable=False, reason=(
            f"settings differ: {a.setting or 'not stated'} vs {b.setting or 'not stated'}"))
    if harness_a and harness_b and harness_a != harness_b:
        return ScoreGap(a_index=c.i, b_index=c.j, a=c.a, b=c.b, comparable=False,
                        reason=f"evaluated by different harnesses: {harness_a} vs {harness_b}")
    gap = a.score - b.score
    higher_is_better = benchmark.higher_is_better
    if ea.evaluation != eb.evaluation:
        spread = None if catalog is None else catalog.run_spread(a.benchmark)
        return ScoreGap(a_index=c.i, b_index=c.j, a=c.a, b=c.b, comparable=False,
                        reason="different evaluations", gap=gap, evaluations_differ=True,
                        run_spread=spread,
                        beyond_spread=None if spread is None else abs(gap) > spread,
                        higher_is_better=higher_is_better)
    interval: Decimal | None = None
    significant: bool | None = None
    var_a, var_b = ea.variance, eb.variance
    if var_a is not None and var_b is not None:
        interval = (Z95 * (var_a + var_b).sqrt()).quantize(QUANTUM)
        significant = abs(gap) > interval
    return ScoreGap(a_index=c.i, b_index=c.j, a=c.a, b=c.b, comparable=True, gap=gap,
                    interval_95=interval, significant=significant,
                    higher_is_better=higher_is_better)
