"""Why no benchmark compares: the summary's sentence where no pair of scores is one evaluation.

Split from ``narrative.benchmarks``. One benchmark every model scores is named, not "They
share benchmarks" (review 13, M9).
"""

from __future__ import annotations

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence
from .context import Context

__all__ = ["no_comparable_claim"]


def no_comparable_claim(x: Context) -> Claim:
    """No benchmark is scored alike for any pair: why not."""
    rows = x.c.benchmarks
    if len(shared := x.bench.shared) == 1:  # one row every model scores (review 13, M9)
        text = (f"They share one benchmark, {shared[0].row.benchmark.label}, but its scores are "
                "not on record as one evaluation under one setting, so they are not directly "
                "comparable.")
    elif shared:  # rows every model scores
        text = ("They share benchmarks, but none is on record as scored in one evaluation under "
                "one setting, so the scores are not directly comparable.")
    elif rows and x.n == 2:
        text = "No benchmark has scores for both, so none can be compared."
    elif several := [r for r in rows if sum(score is not None for score in r.scores) > 1]:
        whom = "two of these models" if x.n == 3 else "more than one of these models"
        text = (f"One benchmark, {several[0].benchmark.label}, has scores from {whom}, but they "
                "are not on record as from one evaluation under one setting, so they are not "
                "directly comparable."
                if len(several) == 1 else
                f"{fmt.capitalize(fmt.count_word(len(several)))} benchmarks have scores from "
                f"{whom}, but none is on record as scored in one evaluation under one setting, "
                "so the scores are not directly comparable.")
    elif rows:
        text = "No benchmark has scores from two of these models, so none can be compared."
    else:
        text = "No benchmark scores are recorded for these models."
    return Claim(key="no-comparable", text=text, basis=lambda: Basis(
        evidence=(*([Evidence(paths.benchmark(k, "id"), r.benchmark.id)
                     for k, r in enumerate(rows)] or [Evidence(paths.BENCHMARKS, rows)]),
                  *[Evidence(paths.benchmark(s.k, "label"), s.row.benchmark.label,
                             s.row.benchmark.label) for s in shared if len(shared) == 1]),
        checks=tuple(Check(op=CheckOp.FALSE, paths=(paths.pair(k, p, "comparable"),))
                     for k, r in enumerate(rows) for p in range(len(r.pairs)))))
