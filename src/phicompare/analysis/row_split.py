"""The benchmark rows of two models split as a page reads them: those both score, then the rest.

:func:`.benchmarks.rows_of` makes the split with the rows; :func:`split_of` reads it off rows
made elsewhere (a comparison rebuilt from JSON). Kept apart from the rows' making, so that a
:class:`~phicompare.Comparison` reads it without loading the comparator's modules.
"""

# Annotations are evaluated (no ``from __future__ import annotations``): this module's named
# tuple would otherwise compile each field's type from a string on the first comparison.

from typing import TYPE_CHECKING, NamedTuple

from .facts import BenchmarkRow, ScoreGap

if TYPE_CHECKING:
    from .comparison import Comparison

__all__ = ["TwoRows", "benchmark_split", "split_of"]


class TwoRows(NamedTuple):
    """The benchmark rows of two models as a page reads them: those both score, then the rest.

    Made with the rows (:func:`.benchmarks.rows_of`), or read off them (:func:`split_of`): the
    page's table, its index of gaps and its deep dive read the one split, not each its own walk
    over the rows.
    """

    rows: tuple[BenchmarkRow, ...]
    """The comparison's rows: both models' first, then the first model's alone, then the
    second's."""
    shared: int
    """How many rows lead: those both models score."""
    first: int
    """How many rows follow them that only the first model scores (the second's come last)."""
    gaps: tuple[ScoreGap, ...]
    """Each shared row's one gap, the first model's score minus the second's."""


def split_of(rows: tuple[BenchmarkRow, ...], count: int) -> TwoRows | None:
    """The :class:`TwoRows` of a comparison of ``count`` models' ``rows``, read off the rows.

    ``None`` unless two models' rows lie as a comparison lays them out
    (:func:`.benchmarks.rows_of`): those both score first, then the first model's, then the
    second's, each with its one pair (a comparison built by hand may differ; its readers walk
    its rows themselves).

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> split_of(c.benchmarks, 2) == benchmark_split(c), split_of(c.benchmarks, 3)
        (True, None)
    """
    if count != 2:
        return None
    gaps: list[ScoreGap] = []
    first = 0
    for k, row in enumerate(rows):
        pairs = row.pairs
        if len(pairs) != 1 or pairs[0].a_index != 0 or pairs[0].b_index != 1:
            return None
        a, b = row.scores
        if a is not None and b is not None:
            if k != len(gaps):  # a row both score after one that only one scores
                return None
            gaps.append(pairs[0])
        elif a is not None:
            if k != len(gaps) + first:  # the first model's row after the second's
                return None
            first += 1
        elif b is None:  # a row neither scores
            return None
    return TwoRows(rows, len(gaps), first, tuple(gaps))


def benchmark_split(c: "Comparison") -> TwoRows | None:
    """The :class:`TwoRows` of ``c``'s benchmark rows (``None``: not two models' rows, as laid out).

    The split made with the rows where ``c`` was drawn from a catalog (kept in its
    :class:`~phicompare.analysis.drawn.DrawnFrom`), else read off them (:func:`split_of`).

    Examples:
        >>> from phicompare import compare
        >>> split = benchmark_split(compare("phi-2", "phi-4-mini"))
        >>> split.shared, split.first, len(split.rows)
        (15, 8, 31)
    """
    source = c._drawn_from  # (set by compare() alone: not a fact)
    split = None if source is None else source.rows
    if split is not None and split.rows is c.benchmarks:  # (made with these very rows)
        return split
    return split_of(c.benchmarks, len(c.models))
