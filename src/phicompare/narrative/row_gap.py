"""A gap of a benchmark row as the narrative reads it: its models, its place, its scores.

Kept apart from :mod:`.context`, which makes the rows' gaps into these (:func:`.context.row_gap`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from . import paths

if TYPE_CHECKING:
    from phicompare.analysis.facts import BenchmarkRow, ScoreGap
    from phicompare.domain.records import BenchmarkScore

    from .paths import FactPath, PairField, ScoreField

__all__ = ["RowGap"]


class RowGap(NamedTuple):
    """The gap between models ``i`` and ``j`` on a benchmark row: ``row.pairs[p]``."""

    k: int
    """The row's index in ``benchmarks``."""
    row: BenchmarkRow
    i: int
    j: int
    p: int
    """The pair's index in ``row.pairs``."""
    gap: ScoreGap
    """The pair's gap, signed as ``i`` minus ``j`` (``row.pairs[p]`` as the index finds it)."""

    def path(self, field: PairField) -> FactPath:
        """The path of a field of this pair."""
        return paths.pair(self.k, self.p, field)

    def score(self, m: int) -> BenchmarkScore | None:
        """Model ``m``'s score this gap reads: its column's, or the pair's own run (fixCH)."""
        a, b = self.row.scores_of(self.gap)
        return a if m == self.gap.a_index else b if m == self.gap.b_index else None

    def score_path(self, m: int, field: ScoreField | None = None) -> FactPath:
        """The path of the figure :meth:`score` gives (or of its ``field``).

        The column's score, or the pair's own run's where the gap reads another.
        """
        stored = self.row.pairs[self.p]  # (as the row keeps it: either way round)
        if m == stored.a_index and stored.a_score is not None:
            return paths.pair_score(self.k, self.p, "a_score", field or "score")
        if m == stored.b_index and stored.b_score is not None:
            return paths.pair_score(self.k, self.p, "b_score", field or "score")
        return paths.score(self.k, m) if field is None else paths.score_field(self.k, m, field)
