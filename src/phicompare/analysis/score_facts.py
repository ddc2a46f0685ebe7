"""The benchmark facts of a comparison: each benchmark's row of scores, and each pair's gap.

Exported by :mod:`phicompare.analysis.facts` with the other fact records.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from phicompare.domain.record import MODEL_REF, Record, json_key
from phicompare.domain.records import Benchmark, BenchmarkScore, Model
from phicompare.domain.settings import condition

from . import reprs

__all__ = ["BenchmarkRow", "ScoreGap"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class ScoreGap(Record):
    """Two models' scores on one benchmark, compared honestly.

    ``gap`` is ``a``'s score minus ``b``'s, in points. ``interval_95`` is the half-width, in
    points, of the 95% sampling interval of that difference (two independent proportions over the
    benchmark's items); ``significant`` says the gap lies outside it. Scores with different
    settings or harnesses are not ``comparable``, and then carry no gap. Scores with one setting
    from different evaluations (``evaluations_differ``: their evaluation keys differ; with
    ``evaluations_unknown``, not on record as one) are not ``comparable`` either but keep
    their ``gap``, which is only directional: ``run_spread`` is the catalog's spread between runs
    of the benchmark and ``beyond_spread`` says the gap exceeds it (``None``: spread unknown); a
    gap within it is no difference at all. ``higher_is_better`` is the benchmark's direction: on
    a lower-is-better benchmark a negative gap leads. ``shown_gap`` is the gap a reader can
    check on the page: the difference of the two scores each rounded to the tenth of a point
    the page shows it at (13.84 and 6.45 show as 13.8 and 6.5, a gap of 7.3, where the exact
    7.39 would print 7.4); the readings rest on the exact ``gap``.
    """

    a_index: int = attrs.field(metadata=json_key("a"))
    """``a``'s position in the comparison's models (the key ``a`` in JSON)."""
    b_index: int = attrs.field(metadata=json_key("b"))
    """``b``'s position in the comparison's models (the key ``b`` in JSON)."""
    comparable: bool
    reason: str | None = None
    gap: Decimal | None = None
    interval_95: Decimal | None = None
    significant: bool | None = None
    higher_is_better: bool = True
    evaluations_differ: bool = False
    evaluations_unknown: bool = False
    """The two are not on record as one evaluation, nor as two: a score read on an aggregated
    dataset names no evaluation (:func:`~phicompare.analysis.sources.unrecorded`), so
    ``evaluations_differ`` says only that their evaluation keys differ and a page says "not on
    record as one evaluation", never "separate evaluations" (review 10, I11). Set on a pair
    whose settings differ as well."""
    settings_unknown: bool = False
    """One evaluation (their evaluation keys equal) records neither score's setting: it may
    have run the two differently (review 7, F2), so they are not ``comparable``, but like
    scores from different evaluations they keep a directional ``gap`` (DESIGN rule 5; review
    32, #4: one leaderboard's pair read "n/a" beside a gap for a pair from two sources)."""
    run_spread: Decimal | None = None
    beyond_spread: bool | None = None
    shown_gap: Decimal | None = None
    spread_floored: bool = False
    """Whether ``run_spread`` is the catalog's typical spread (the median of the spreads),
    standing in as a floor where the benchmark's own runs differ less
    (:meth:`Catalog.run_spread_floored`): a page calls it the typical spread, not this
    benchmark's."""
    a_score: BenchmarkScore | None = None
    """``a``'s score the gap reads where it is not the one ``a``'s column shows, else ``None``.

    On a page of three models or more each column shows one run of a model, but each pair is
    judged on the run both share, as on its own page of two (:func:`.score_parts.choose_two`):
    Llama 3.1 8B and Phi-3.5 Mini's MMLU reads 68.1 vs 69.0 (the Phi-3.5-mini card) beside
    Phi-2 too, where Phi-3.5 Mini's column shows 65.5 (helper fixCH). :meth:`BenchmarkRow.scores_of`
    gives the two scores a gap reads."""
    b_score: BenchmarkScore | None = None
    """``b``'s score the gap reads where it is not the one ``b``'s column shows, else ``None``."""
    a: Model = attrs.field(metadata=MODEL_REF)
    """The first model (its score is the minuend of ``gap``)."""
    b: Model = attrs.field(metadata=MODEL_REF)
    """The second model."""

    @property
    def leader(self) -> Model | None:
        """The model ahead outside noise, or ``None`` (tie, noise, not comparable)."""
        index = self.leader_index
        return None if index is None else (self.a if index == self.a_index else self.b)

    @property
    def directional(self) -> bool:
        """Whether the gap is only a direction (separate evaluations, or settings unknown).

        Different evaluations, or one evaluation that records neither setting
        (:attr:`settings_unknown`).
        """
        return self.evaluations_differ or self.settings_unknown

    @property
    def higher_index(self) -> int | None:
        """Position of the model scoring better in its own evaluation, or ``None``.

        Set only when the gap is :attr:`directional` and exceeds the spread between runs.
        """
        if not self.directional or not self.beyond_spread or not self.gap:
            return None
        return self.a_index if (self.gap > 0) == self.higher_is_better else self.b_index

    @property
    def leader_index(self) -> int | None:
        """Position of the model ahead outside noise, or ``None`` (tie, noise, not comparable)."""
        if not self.significant or self.gap is None or self.gap == 0:
            return None
        return self.a_index if (self.gap > 0) == self.higher_is_better else self.b_index


@attrs.frozen(kw_only=True, eq=False, repr=False)
class BenchmarkRow(Record):
    """One benchmark: each model's score (``None`` where it has none) and every pair's gap.

    ``other_runs`` holds, for each model, its other scores on the benchmark under the setting its
    shown score states (another evaluation's run, another harness's): the figure a page shows is
    one of them, never the only one on record (review 23, P6). It is empty where no model has
    another, and in a dict written before it was kept. A run whose figure repeats one already
    said is kept only where it pairs with a rival's other run (:meth:`other_pairs`;
    :func:`.score_parts.paired_runs`); :meth:`others` leaves it out.
    """

    __repr__ = reprs.benchmark_row

    benchmark: Benchmark
    scores: tuple[BenchmarkScore | None, ...]
    near_chance: tuple[bool | None, ...]
    pairs: tuple[ScoreGap, ...]
    other_runs: tuple[tuple[BenchmarkScore, ...], ...] = ()

    def others(self, i: int) -> tuple[BenchmarkScore, ...]:
        """Model ``i``'s other runs under the setting of its score shown (:attr:`other_runs`).

        A run kept only for a pairing (:meth:`other_pairs`), whose figure repeats the one shown
        or an earlier run's, is no other run of the model's own (review 29, F11).
        """
        runs = self.other_runs
        if not runs:
            return ()
        shown = self.scores[i]
        said = set() if shown is None else {shown.score}
        kept = []
        for run in runs[i]:
            if run.score not in said:
                said.add(run.score)
                kept.append(run)
        return tuple(kept)

    def other_pairs(self, a: int, b: int) -> tuple[tuple[BenchmarkScore, BenchmarkScore], ...]:
        """Other runs of models ``a`` and ``b`` alike: pairings the row did not use.

        Alike: one evaluation, one harness, one setting.

        Examples:
            >>> from phicompare import compare
            >>> rows = compare("phi-3.5-mini", "gemma-2-9b").benchmarks
            >>> row = next(r for r in rows if r.benchmark.id == "gpqa")
            >>> [(str(x.score), str(y.score)) for x, y in row.other_pairs(0, 1)]
            [('26.6', '39.1')]
        """
        runs = self.other_runs
        if not runs or not runs[a] or not runs[b]:
            return ()
        mine, theirs = self.others(a), self.others(b)
        return tuple([(x, y) for x in runs[a] for y in runs[b]
                      if (x in mine or y in theirs)  # (not two figures both already said)
                      and x.evaluation_key == y.evaluation_key and x.harness == y.harness
                      and condition(x.setting) == condition(y.setting)])

    def scores_of(self, gap: ScoreGap) -> tuple[BenchmarkScore | None, BenchmarkScore | None]:
        """The scores ``gap`` reads, ``a``'s then ``b``'s: the columns', or the pair's own runs.

        Examples:
            >>> from phicompare import compare
            >>> c = compare("llama-3.1-8b", "phi-3.5-mini", "phi-2")
            >>> row = next(r for r in c.benchmarks if r.benchmark.id == "mmlu")
            >>> str(row.scores[1].score), [str(s.score) for s in row.scores_of(row.pair(0, 1))]
            ('65.5', ['68.1', '69'])
        """
        return (gap.a_score or self.scores[gap.a_index], gap.b_score or self.scores[gap.b_index])

    def beside_read(self, gap: ScoreGap) -> tuple[
            tuple[BenchmarkScore, BenchmarkScore] | None, tuple[BenchmarkScore, ...],
            tuple[BenchmarkScore, ...]] | None:
        """Of a gap read on other runs than the columns', the runs beside those it reads.

        ``None`` where it reads the columns. Else, where both columns show other runs than
        the ones read and from one evaluation, those two (a pairing: "another run of both", as
        on the pair's own page; ``None`` where both figures repeat the ones read) and no more;
        else each model's other runs beside the one read: its column's figure first, each
        figure once, none the one read.
        """
        if gap.a_score is None and gap.b_score is None:
            return None
        a, b = self.scores[gap.a_index], self.scores[gap.b_index]
        assert a is not None and b is not None  # noqa: PT018 - a gap has both scores
        read_a, read_b = gap.a_score or a, gap.b_score or b
        if (gap.a_score is not None and gap.b_score is not None
                and a.evaluation_key == b.evaluation_key and a.harness == b.harness):
            # a pairing, as :meth:`other_pairs` gives one: not two figures both already said
            return ((a, b) if (a.score, b.score) != (read_a.score, read_b.score) else None,
                    (), ())
        runs = []
        for i, read, shown in ((gap.a_index, gap.a_score, a), (gap.b_index, gap.b_score, b)):
            said = {(read or shown).score}
            kept = []
            for run in (shown, *self.others(i)):
                if run.score not in said:
                    said.add(run.score)
                    kept.append(run)
            runs.append(tuple(kept))
        return None, runs[0], runs[1]

    @property
    def shared(self) -> bool:
        """Whether every model has a score here."""
        return all(s is not None for s in self.scores)

    def pair(self, a: int, b: int) -> ScoreGap:
        """The gap between the models at positions ``a`` and ``b`` (signed as ``a`` minus ``b``).

        Raises:
            IndexError: no pair of those positions in this row.
        """
        for gap in self.pairs:
            if (gap.a_index, gap.b_index) == (a, b):
                return gap
            if (gap.a_index, gap.b_index) == (b, a):
                return attrs.evolve(
                    gap, a_index=a, b_index=b, a=gap.b, b=gap.a, a_score=gap.b_score,
                    b_score=gap.a_score,
                    gap=None if gap.gap is None else -gap.gap,
                    shown_gap=None if gap.shown_gap is None else -gap.shown_gap)
        msg = f"no pair ({a}, {b})"
        raise IndexError(msg)
