"""Sampling noise of benchmark scores: variances, 95% intervals, scores near chance.

See ``docs/benchmarks-statistics.md`` for the formulas with worked examples.
"""

from __future__ import annotations

from decimal import Decimal

from phicompare.domain.records import Benchmark, BenchmarkScore

__all__ = ["PROPORTION_METRICS", "QUANTUM", "Z95", "near_chance", "variance"]

Z95 = Decimal("1.96")
"""The normal quantile of a two-sided 95% interval."""
PROPORTION_METRICS = frozenset({"accuracy", "pass@1", "exact-match", "win-rate"})
"""Metrics that are proportions of items, so that their sampling variance is known."""
QUANTUM = Decimal("0.0001")
"""Computed intervals and shares are rounded to this (four places)."""


def variance(score: Decimal, bench: Benchmark) -> Decimal | None:
    """Sampling variance of a score, in points squared: p(1-p)/n scaled to the points range.

    Examples:
        >>> mmlu = Benchmark(id="mmlu", name="MMLU", items=100)
        >>> variance(Decimal(50), mmlu)
        Decimal('25.0000')
        >>> variance(Decimal(50), Benchmark(id="x", name="X")) is None  # items unknown
        True
    """
    if not bench.items or bench.metric not in PROPORTION_METRICS:
        return None
    top = bench.max_score
    p = score / top
    return p * (1 - p) / bench.items * top * top


def near_chance(bench: Benchmark, score: BenchmarkScore, var: Decimal | None) -> bool | None:
    """Whether ``score`` lies within the 95% interval of the random-guess score.

    Examples:
        >>> bench = Benchmark(id="b", name="B", items=100, chance=Decimal(25))
        >>> s = BenchmarkScore(benchmark="b", score=Decimal(30))
        >>> near_chance(bench, s, variance(s.score, bench))
        True
    """
    if var is None or bench.chance is None:
        return None
    return abs(score.score - bench.chance) <= Z95 * var.sqrt()
