"""A benchmark sentence's other runs: the figure it quotes is one run, never the only one.

A model may have several scores of one benchmark under one setting (two evaluations' tables,
two harnesses); a row shows one of them (:attr:`~phicompare.analysis.facts.BenchmarkRow.
other_runs`). A sentence quoting the shown figure names the others too (review 23, P6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Evidence, EvidenceKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.facts import BenchmarkRow

__all__ = ["runs_aside"]


def runs_aside(names: Sequence[str], k: int, row: BenchmarkRow, models: Sequence[int],
               ) -> tuple[str, tuple[Evidence, ...]]:
    """The clause naming the other runs of ``models`` on row ``k``, and what it rests on.

    ``""`` where none of them has another run. Two models' runs from one evaluation read as a
    pairing ("another run of both: A 87.1, B 72.2"); else each model's own ("B's other run:
    37.0").

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-3.5-mini", "gemma-2-9b")
        >>> k = next(k for k, r in enumerate(c.benchmarks) if r.benchmark.id == "gpqa")
        >>> runs_aside(c.names, k, c.benchmarks[k], (1, 0))[0]
        '; another run of both: Gemma 2 9B 39.1, Phi-3.5 Mini 26.6'
    """
    if not row.other_runs:
        return "", ()
    evidence: list[Evidence] = []

    def said(i: int, j: int) -> str:
        score = row.other_runs[i][j]
        shown = fmt.points(score.score)
        evidence.append(Evidence(paths.other_run(k, i, j), score.score, shown,
                                 EvidenceKind.POINTS, score.source))
        return shown

    if len(models) == 2:
        a, b = models
        pairs = row.other_pairs(a, b)
        if pairs:
            runs = "; ".join([f"{names[a]} {said(a, row.other_runs[a].index(x))}, "
                              f"{names[b]} {said(b, row.other_runs[b].index(y))}"
                              for x, y in pairs])
            word = "another run" if len(pairs) == 1 else "other runs"
            return f"; {word} of both: {runs}", tuple(evidence)
    parts = []
    for i in models:
        others = row.others(i)
        if others:
            word = "other run" if len(others) == 1 else "other runs"
            parts.append(f"{names[i]}'s {word}: "
                         f"{fmt.join_words([said(i, row.other_runs[i].index(r)) for r in others])}")
    return ("; " + "; ".join(parts) if parts else ""), tuple(evidence)
