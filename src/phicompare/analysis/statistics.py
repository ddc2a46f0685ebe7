"""Sampling noise of benchmark scores: variances, 95% intervals, scores near chance.

See ``docs/benchmarks-statistics.md`` for the formulas with worked examples.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from phicompare.domain.records import Benchmark, BenchmarkScore

__all__ = ["PROPORTION_METRICS", "QUANTUM", "Z95", "near_chance", "shown_points", "variance"]

Z95 = Decimal("1.96")
"""The normal quantile of a two-sided 95% interval."""
PROPORTION_METRICS = frozenset({"accuracy", "pass@1", "exact-match", "win-rate"})
"""Metrics that are proportions of items, so that their sampling variance is known."""
QUANTUM = Decimal("0.0001")
"""Computed intervals and shares are rounded to this (four places)."""
_TENTH = Decimal("0.1")


def shown_points(value: Decimal) -> Decimal:
    """``value`` to the tenth of a point a page shows a score at (half up).

    Examples:
        >>> shown_points(Decimal("13.84")), shown_points(Decimal("6.45")), shown_points(Decimal(16))
        (Decimal('13.8'), Decimal('6.5'), Decimal('16.0'))
    """
    return value.quantize(_TENTH, rounding=ROUND_HALF_UP)


def variance(score: Decimal, bench: Benchmark) -> Decimal | None:
    """Sampling variance of a score, in points squared: p(1-p)/n scaled to the points range.

    Examples:
        >>> mmlu = Benchmark(id="mmlu", name="MMLU", items=100)
        >>> variance(Decimal(50), mmlu)
        Decimal('25.0000')
        >>> variance(Decimal(50), Benchmark(id="x", name="X")) is None  # items unknown
        True

    A range of no width (``max_score`` 0, which the loader refuses, on a record built around
    it) has no share of items right: the variance is unknown, not an error (review 27, P1).
    """
    top = bench.max_score
    if not bench.items or not top > 0:
        return None
    if bench.metric == "normalized":
        return _normalized_variance(score, bench.items, top, bench.baseline)
    if bench.metric not in PROPORTION_METRICS:
        return None
    p = score / top
    return p * (1 - p) / bench.items * top * top


def _normalized_variance(score: Decimal, items: int, top: Decimal,
                         baseline: Decimal | None) -> Decimal | None:
    """A normalized score's variance: the raw proportion's, rescaled to the normalized points.

    A normalized score ``n`` maps the raw score ``r`` (points) as ``n = (r - b) / (top - b) * top``
    with ``b`` the baseline, so ``r = b + n (top - b) / top`` and ``Var(n) = Var(r) (top /
    (top - b))^2``. Unknown without a single baseline.

    Examples:
        >>> _normalized_variance(Decimal(50), 100, Decimal(100), Decimal(0))
        Decimal('25.0000')
        >>> round(_normalized_variance(Decimal(0), 100, Decimal(100), Decimal(25)), 4)  # raw 25%
        Decimal('33.3333')
    """
    if baseline is None or baseline >= top:
        return None
    raw = baseline + score * (top - baseline) / top
    p = raw / top
    scale = top / (top - baseline)
    return p * (1 - p) / items * top * top * scale * scale


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
