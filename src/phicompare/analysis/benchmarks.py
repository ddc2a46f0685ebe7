"""Benchmark rows: each model's score on each benchmark, and every pair's gap with its noise."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal
from typing import TypedDict

from phicompare.domain.records import BenchmarkScore, Model

from .facts import BenchmarkRow, ScoreGap
from .profile import Profile
from .statistics import QUANTUM, Z95

__all__ = ["benchmark_rows"]


class _Pair(TypedDict):
    """Which models a gap compares, by position and by reference."""

    a_index: int
    b_index: int
    a: Model
    b: Model


def benchmark_rows(models: Sequence[Model],
                   profiles: Sequence[Profile]) -> tuple[BenchmarkRow, ...]:
    """One row per benchmark any model scores: rows every model scores first, in catalog order."""
    order: dict[str, None] = {}
    for p in profiles:
        order.update(dict.fromkeys(p.scores))
    shared: list[BenchmarkRow] = []
    partial: list[BenchmarkRow] = []
    for benchmark_id in order:
        scores = _choose_scores(benchmark_id, profiles)
        row = _row(benchmark_id, scores, models, profiles)
        (partial if any(s is None for s in scores) else shared).append(row)
    return (*shared, *partial)


def _choose_scores(benchmark: str,
                   profiles: Sequence[Profile]) -> tuple[BenchmarkScore | None, ...]:
    """Each model's score on ``benchmark``: where models have several, a setting all share."""
    if not any(benchmark in p.several for p in profiles):
        return tuple([p.first.get(benchmark) for p in profiles])
    options = [p.scores.get(benchmark, ()) for p in profiles]
    present = [(o, p) for o, p in zip(options, profiles, strict=True) if o]
    common = set.intersection(*({p.setting[s] for s in o} for o, p in present))
    if common:
        pick = min(common, key=lambda k: (k[0], k[1] or ""))
        return tuple(next((s for s in o if p.setting[s] == pick), None)
                     for o, p in zip(options, profiles, strict=True))
    return tuple(o[0] if o else None for o in options)


def _row(benchmark_id: str, scores: tuple[BenchmarkScore | None, ...], models: Sequence[Model],
         profiles: Sequence[Profile]) -> BenchmarkRow:
    pairs = tuple(_gap(i, j, scores[i], scores[j], models, profiles)
                  for i, j in itertools.combinations(range(len(scores)), 2))
    near = tuple(None if s is None else p.near_chance[s]
                 for s, p in zip(scores, profiles, strict=True))
    bench = next(p.benchmarks[benchmark_id] for p in profiles if benchmark_id in p.benchmarks)
    return BenchmarkRow(benchmark=bench, scores=scores, near_chance=near, pairs=pairs)


def _gap(i: int, j: int, a: BenchmarkScore | None, b: BenchmarkScore | None,
         models: Sequence[Model], profiles: Sequence[Profile]) -> ScoreGap:
    pair = _Pair(a_index=i, b_index=j, a=models[i], b=models[j])
    if a is None or b is None:
        return ScoreGap(**pair, comparable=False, reason="missing score")
    (setting_a, harness_a), (setting_b, harness_b) = profiles[i].setting[a], profiles[j].setting[b]
    if setting_a != setting_b:
        return ScoreGap(**pair, comparable=False, reason=(
            f"settings differ: {a.setting or 'not stated'} vs {b.setting or 'not stated'}"))
    if harness_a and harness_b and harness_a != harness_b:
        return ScoreGap(**pair, comparable=False,
                        reason=f"evaluated by different harnesses: {harness_a} vs {harness_b}")
    gap = a.score - b.score
    higher = profiles[i].benchmarks[a.benchmark].higher_is_better
    interval: Decimal | None = None
    significant: bool | None = None
    var_a, var_b = profiles[i].variance[a], profiles[j].variance[b]
    if var_a is not None and var_b is not None:
        interval = (Z95 * (var_a + var_b).sqrt()).quantize(QUANTUM)
        significant = abs(gap) > interval
    return ScoreGap(**pair, comparable=True, gap=gap, interval_95=interval,
                    significant=significant, higher_is_better=higher)
