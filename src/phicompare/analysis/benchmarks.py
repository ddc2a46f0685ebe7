"""Benchmark rows: each model's score on each benchmark, and every pair's gap with its noise."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from phicompare.catalog.index import Catalog
from phicompare.domain.records import Benchmark, BenchmarkScore, Model

from .facts import BenchmarkRow, ScoreGap
from .profile import Profile
from .statistics import QUANTUM, Z95

__all__ = ["benchmark_rows"]


class _Couple(NamedTuple):
    """Two of the models compared, by position, by reference and by profile."""

    i: int
    j: int
    a: Model
    b: Model
    pa: Profile
    pb: Profile


def benchmark_rows(models: Sequence[Model], profiles: Sequence[Profile],
                   catalog: Catalog | None = None) -> tuple[BenchmarkRow, ...]:
    """One row per benchmark any model scores: rows every model scores first, in catalog order.

    Scores from different evaluations carry a directional gap, judged against the ``catalog``'s
    spread between runs (:meth:`Catalog.run_spread`; unknown without a catalog).
    """
    order: dict[str, None] = {}
    for p in profiles:
        order.update(dict.fromkeys(p.scores))
    couples = [_Couple(i, j, models[i], models[j], profiles[i], profiles[j])
               for i, j in itertools.combinations(range(len(models)), 2)]
    shared: list[BenchmarkRow] = []
    partial: list[BenchmarkRow] = []
    for benchmark_id in order:
        scores = _choose_scores(benchmark_id, profiles)
        row = BenchmarkRow(
            benchmark=_definition(benchmark_id, profiles), scores=scores,
            near_chance=tuple([None if s is None else p.near_chance[s]
                               for s, p in zip(scores, profiles, strict=True)]),
            pairs=tuple([_gap(c, scores[c.i], scores[c.j], catalog) for c in couples]))
        (partial if None in scores else shared).append(row)
    return (*shared, *partial)


def _definition(benchmark_id: str, profiles: Sequence[Profile]) -> Benchmark:
    """The benchmark's definition, from the first profile that scores it."""
    for p in profiles:
        found = p.benchmarks.get(benchmark_id)
        if found is not None:
            return found
    msg = f"no model scores {benchmark_id!r}"  # pragma: no cover - rows come from the scores
    raise LookupError(msg)


def _choose_scores(benchmark: str,
                   profiles: Sequence[Profile]) -> tuple[BenchmarkScore | None, ...]:
    """Each model's score on ``benchmark``: where models have several, a setting all share."""
    if not any(benchmark in p.several for p in profiles):
        return tuple([p.first.get(benchmark) for p in profiles])
    options = [p.scores.get(benchmark, ()) for p in profiles]
    present = [(o, p) for o, p in zip(options, profiles, strict=True) if o]
    runs = set.intersection(*({(p.setting[s], s.evaluation_key) for s in o}
                              for o, p in present))
    if runs:  # one evaluation under one setting for all: the scores that compare directly
        first = min(runs, key=lambda k: (k[0][0], k[0][1] or "", k[1] or ""))
        return tuple(next((s for s in o if (p.setting[s], s.evaluation_key) == first), None)
                     for o, p in zip(options, profiles, strict=True))
    common = set.intersection(*({p.setting[s] for s in o} for o, p in present))
    if common:
        pick = min(common, key=lambda k: (k[0], k[1] or ""))
        return tuple(next((s for s in o if p.setting[s] == pick), None)
                     for o, p in zip(options, profiles, strict=True))
    return tuple(o[0] if o else None for o in options)


def _gap(c: _Couple, a: BenchmarkScore | None, b: BenchmarkScore | None,
         catalog: Catalog | None) -> ScoreGap:
    if a is None or b is None:
        return ScoreGap(a_index=c.i, b_index=c.j, a=c.a, b=c.b, comparable=False,
                        reason="missing score")
    (setting_a, harness_a), (setting_b, harness_b) = c.pa.setting[a], c.pb.setting[b]
    if setting_a != setting_b:
        return ScoreGap(a_index=c.i, b_index=c.j, a=c.a, b=c.b, comparable=False, reason=(
            f"settings differ: {a.setting or 'not stated'} vs {b.setting or 'not stated'}"))
    if harness_a and harness_b and harness_a != harness_b:
        return ScoreGap(a_index=c.i, b_index=c.j, a=c.a, b=c.b, comparable=False,
                        reason=f"evaluated by different harnesses: {harness_a} vs {harness_b}")
    gap = a.score - b.score
    higher_is_better = c.pa.benchmarks[a.benchmark].higher_is_better
    if a.evaluation_key != b.evaluation_key:
        spread = None if catalog is None else catalog.run_spread(a.benchmark)
        return ScoreGap(a_index=c.i, b_index=c.j, a=c.a, b=c.b, comparable=False,
                        reason="different evaluations", gap=gap, evaluations_differ=True,
                        run_spread=spread,
                        beyond_spread=None if spread is None else abs(gap) > spread,
                        higher_is_better=higher_is_better)
    interval: Decimal | None = None
    significant: bool | None = None
    var_a, var_b = c.pa.variance[a], c.pb.variance[b]
    if var_a is not None and var_b is not None:
        interval = (Z95 * (var_a + var_b).sqrt()).quantize(QUANTUM)
        significant = abs(gap) > interval
    return ScoreGap(a_index=c.i, b_index=c.j, a=c.a, b=c.b, comparable=True, gap=gap,
                    interval_95=interval, significant=significant,
                    higher_is_better=higher_is_better)
