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

    from phicompare.analysis.facts import BenchmarkRow, ScoreGap
    from phicompare.domain.records import BenchmarkScore

__all__ = ["runs_aside"]


def runs_aside(names: Sequence[str], k: int, row: BenchmarkRow, models: Sequence[int],
               gap: ScoreGap | None = None) -> tuple[str, tuple[Evidence, ...]]:
    """The clause naming the other runs of ``models`` on row ``k``, and what it rests on.

    ``""`` where none of them has another run. Two models' runs from one evaluation read as a
    pairing ("another run of both: A 87.1, B 72.2"); else each model's own ("B's other run:
    37.0"). A ``gap`` read on the pair's own runs, not the columns'
    (:attr:`~phicompare.analysis.facts.ScoreGap.a_score`), names the columns' figures as its
    other runs (:meth:`~phicompare.analysis.facts.BenchmarkRow.beside_read`).

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-3.5-mini", "gemma-2-9b")
        >>> k = next(k for k, r in enumerate(c.benchmarks) if r.benchmark.id == "gpqa")
        >>> runs_aside(c.names, k, c.benchmarks[k], (1, 0))[0]
        '; another run of both: Gemma 2 9B 39.1, Phi-3.5 Mini 26.6'
    """
    beside = None if gap is None else row.beside_read(gap)
    if gap is not None and beside is not None:
        return _beside(names, k, row, (gap.a_index, gap.b_index), beside, models)
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


def _beside(names: Sequence[str], k: int, row: BenchmarkRow, pair_of: tuple[int, int],
            beside: tuple[tuple[BenchmarkScore, BenchmarkScore] | None,
                          tuple[BenchmarkScore, ...], tuple[BenchmarkScore, ...]],
            models: Sequence[int]) -> tuple[str, tuple[Evidence, ...]]:
    """:func:`runs_aside` of a gap read on the pair's own runs: the columns' figures beside.

    ``pair_of`` are the gap's two models as ``beside`` has them; the clause names them in the
    order of ``models``.
    """
    evidence: list[Evidence] = []

    def said(i: int, score: BenchmarkScore) -> str:
        shown = fmt.points(score.score)
        path = paths.score(k, i) if score is row.scores[i] else \
            paths.other_run(k, i, row.other_runs[i].index(score))
        evidence.append(Evidence(path, score.score, shown, EvidenceKind.POINTS, score.source))
        return shown

    pair, *runs = beside
    a, b = pair_of
    if list(models) == [b, a]:  # (the sentence's order)
        a, b, runs = b, a, runs[::-1]
        pair = None if pair is None else (pair[1], pair[0])
    parts = [] if pair is None else \
        [f"another run of both: {names[a]} {said(a, pair[0])}, {names[b]} {said(b, pair[1])}"]
    for i, others in zip((a, b), runs, strict=True):
        if others:
            word = "other run" if len(others) == 1 else "other runs"
            parts.append(f"{names[i]}'s {word}: "
                         f"{fmt.join_words([said(i, r) for r in others])}")
    return ("; " + "; ".join(parts) if parts else ""), tuple(evidence)
