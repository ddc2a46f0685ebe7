"""The benchmarks tables of a comparison's page: scores side by side, gaps, scores alone.

A model's scores as cells show them are made once (:func:`score_texts`) and kept with its other
parts of the page (:func:`phicompare.render.tables.model_tables`); a row of two models reads
them, and only its gap and reading are written for the pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING

from phicompare.analysis.row_split import benchmark_split
from phicompare.domain.settings import bracketed, condition, stated
from phicompare.narrative import format as fmt
from phicompare.narrative.no_comparable import none_shared

from .blocks import Block, Para, Table

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison
    from phicompare.analysis.facts import BenchmarkRow, ScoreGap
    from phicompare.domain.records import Benchmark, BenchmarkScore

__all__ = ["ScoreCells", "ScoreTexts", "benchmarks", "score_texts"]

ScoreCells = tuple[tuple[str, str, str, str], "str | None", str]
"""A score as cells show it (in points, near chance, with the setting, near chance), its setting
as the setting column states it (:func:`~phicompare.domain.settings.stated`) and the condition
that setting names (:func:`~phicompare.domain.settings.condition`), which a row of two compares."""
ScoreTexts = Mapping["BenchmarkScore", ScoreCells]
"""A model's scores as cells show them (:data:`ScoreCells`), by score."""


def benchmarks(c: Comparison, names: tuple[str, ...], kept: Sequence[ScoreTexts]) -> list[Block]:
    """Scores two or more models share, with each gap's reading; then scores only one reports.

    Of two models, each score's cell is read from ``kept``: each model's :func:`score_texts`,
    kept with its parts (:func:`~phicompare.render.tables.model_tables`).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.render.tables import model_tables
        >>> c = compare("phi-2", "phi-4-mini")
        >>> shared, alone = benchmarks(c, c.names, [p.scores for p in model_tables(c, c.names)])
        >>> shared.rows[0][:4]
        ('MMLU', '5-shot', '56.3', '67.3')
    """
    count = len(names)
    shared: list[BenchmarkRow] = []
    others: list[BenchmarkRow] = []
    split = benchmark_split(c) if count == 2 else None
    if split is not None:  # (a comparison's: the rows both score, with their gaps, lead)
        rows, at, first = split.rows, split.shared, split.shared + split.first
        return _two(rows[:at], split.gaps, [
            *[_alone_cells(r, 0, kept) for r in rows[at:first]],
            *[_alone_cells(r, 1, kept) for r in rows[first:]]], names, kept, c.benchmarks)
    if count == 2:  # rows laid out otherwise (made by hand): each row's place found here
        for row in c.benchmarks:
            a, b = row.scores
            (others if a is None or b is None else shared).append(row)
        return _two(shared, [r.pair(0, 1) for r in shared], [
            _alone_cells(r, 0 if r.scores[0] is not None else 1, kept) for r in others],
            names, kept, c.benchmarks)
    for row in c.benchmarks:
        # (not scores.count(None): that compares each score record with None, in Python)
        scored = sum([score is not None for score in row.scores])
        (others if scored < 2 else shared).append(row)
    blocks: list[Block] = []
    if shared:
        blocks.append(Table("Scores two or more models report, in points",
                            ("Benchmark", "Setting", *names),
                            tuple([_score_cells(r) for r in shared]),
                            numeric=tuple(range(2, 2 + count))))
        gaps = [(r, gap) for r in shared for gap in r.pairs
                if r.scores[gap.a_index] is not None and r.scores[gap.b_index] is not None]
        interval = _any_interval(gap for _, gap in gaps)
        blocks.append(Table(
            "Gaps between pairs of scores" + (", with 95% sampling intervals" if interval else ""),
            ("Benchmark", "Models", _gap_head(interval), "Reading"),
            tuple([(_label(r.benchmark), f"{names[gap.a_index]} vs {names[gap.b_index]}",
                    *_runs_read(r, gap, names)) for r, gap in gaps]),
            numeric=(2,)))
    else:  # (what is true of the scores: none, one model's, none shared; helper fixCJ)
        blocks.append(Para(none_shared(names, c.benchmarks)))
    if others:
        blocks.append(Table(_ALONE, ("Benchmark", *names), tuple([
            (_label(r.benchmark), *[_alone(r, i, _set_score(s, near)) for i, (s, near)
                                    in enumerate(zip(r.scores, r.near_chance, strict=True))])
            for r in others])))
    return blocks


def _any_interval(gaps: Iterable[ScoreGap]) -> bool:
    """Whether some gap has a 95% sampling interval: else no caption or heading names one."""
    return any(gap.interval_95 is not None for gap in gaps)


def _gap_head(interval: bool) -> str:
    """The gap column's heading: "Gap ±95%" only where some gap has an interval (review 8)."""
    return "Gap ±95%" if interval else "Gap"


_ALONE = "Scores only one model reports (not compared)"


def _two(shared: Sequence[BenchmarkRow], gaps: Sequence[ScoreGap],
         alone: list[tuple[str, str, str]], names: Sequence[str],
         kept: Sequence[ScoreTexts], rows: Sequence[BenchmarkRow]) -> list[Block]:
    """:func:`benchmarks` of two models: the rows both score with their gaps, the cells alone.

    Each score's cell is read from its model's kept cells; ``rows`` are every benchmark row,
    which say why none is shared (:func:`~phicompare.narrative.no_comparable.none_shared`).
    """
    blocks: list[Block] = []
    if shared:
        interval = _any_interval(gaps)
        blocks.append(Table(
            "Scores both models report, in points; the gap with its 95% sampling interval"
            if interval else "Scores both models report, in points, with the gap",
            ("Benchmark", "Setting", *names, _gap_head(interval), "Reading"),
            tuple([_pair_cells(r, gap, names, kept) for r, gap in zip(shared, gaps, strict=True)]),
            numeric=(2, 3, 4)))
    else:
        blocks.append(Para(none_shared(names, rows)))
    if alone:
        blocks.append(Table(_ALONE, ("Benchmark", *names), tuple(alone)))
    return blocks


_NO_SCORE = "no score"
_NEAR = ", near chance"
_POINTS = 0
"""Where a score's cell in points is among its :func:`score_texts` (near chance: next)."""
_SET = 2
"""Where a score's cell with its setting is among its :func:`score_texts` (near chance: next)."""


def score_texts(scores: Sequence[BenchmarkScore]) -> ScoreTexts:
    """Each score as cells show it (:data:`ScoreCells`), its setting as stated and its condition.

    Read-only: every page of the model reads the one value the catalog keeps.

    Examples:
        >>> from phicompare import default_catalog
        >>> score = default_catalog().model("phi-2").scores[0]
        >>> cells, setting, condition = score_texts([score])[score]
        >>> cells
        ('56.3', '56.3, near chance', '56.3 (5-shot)', '56.3 (5-shot), near chance')
        >>> setting, condition
        ('5-shot', '5 shot')
    """
    return MappingProxyType({s: _cells(s) for s in scores})


def _cells(score: BenchmarkScore) -> ScoreCells:
    """One score's :data:`ScoreCells` (as :func:`score_texts` keeps it, or for a score it lacks)."""
    points = fmt.points(score.score)  # as _score and _set_score write it, formatted once
    said = score.setting
    kind = condition(said)  # (stated(said), without working the condition out twice)
    shown = said if kind else None
    # a setting on record is shown even where it names only its metric ("Pass@1"): "not
    # stated" is for none (review 32, #2)
    setting = f"{points} ({bracketed(said or 'setting not stated')})"
    return (points, points + _NEAR, setting, setting + _NEAR), shown, kind


def _kept(score: BenchmarkScore | None, near_chance: bool | None, texts: ScoreTexts,
          at: int) -> str:
    """A score's cell as :func:`_set_score` (``at`` :data:`_SET`) or :func:`_score` shows it.

    Read from the cells kept with its model; a score they lack (a comparison whose records
    were changed) is written here.
    """
    if score is None:
        return _NO_SCORE
    shown = (texts.get(score) or _cells(score))[0]
    return shown[at + 1] if near_chance else shown[at]


def _alone_cells(row: BenchmarkRow, i: int, kept: Sequence[ScoreTexts]) -> tuple[str, str, str]:
    """A row of two that only model ``i`` scores: the benchmark, and its cell or "no score".

    Its cell with its setting, read from the cells kept with its model (:func:`_kept`), and its
    other runs under the setting (:func:`_alone`).
    """
    score = row.scores[i]
    texts = kept[i].get(score) if score is not None else None  # (kept: its cells, read here)
    cell = _kept(score, row.near_chance[i], kept[i], _SET) if texts is None else \
        texts[0][_SET + 1 if row.near_chance[i] else _SET]
    if row.other_runs:
        cell = _alone(row, i, cell)
    label = _label(row.benchmark)
    return (label, cell, _NO_SCORE) if i == 0 else (label, _NO_SCORE, cell)


def _pair_cells(row: BenchmarkRow, gap: ScoreGap, names: Sequence[str],
                kept: Sequence[ScoreTexts]) -> tuple[str, ...]:
    """A row both of two models score: the benchmark, its setting, each score, the gap, its reading.

    When the settings differ, both are shown side by side ("0-shot / 5-shot"); one setting
    spelled two ways ("5-shot CoT", "5-shot Chain-of-Thought") is shown once.
    """
    a, b = row.scores
    # (a shared row: both scores are there; the assert tells the type checker so)
    assert a is not None and b is not None  # noqa: PT018
    near_a, near_b = row.near_chance
    # each score's cells and setting, kept with its model (a score they lack: written here)
    cells_a, said_a, condition_a = kept[0].get(a) or _cells(a)
    cells_b, said_b, condition_b = kept[1].get(b) or _cells(b)
    # (the settings as the reading reads them: review 8, G14)
    if condition_a == condition_b and (said_a or said_b):  # one, however spelled (review 12, L2)
        setting = said_a or said_b or ""
    else:  # (no condition on either side: each as recorded, the metric only; review 32, #2)
        setting = _recorded([a.setting, b.setting]) or \
            f"{a.setting or 'not stated'} / {b.setting or 'not stated'}"
    return (_label(row.benchmark), setting, cells_a[_POINTS + 1] if near_a else cells_a[_POINTS],
            cells_b[_POINTS + 1] if near_b else cells_b[_POINTS],
            *_runs_read(row, gap, names))


def _alone(row: BenchmarkRow, i: int, cell: str) -> str:
    """A score's cell in a row only one model scores, with its other runs under the setting.

    "29.2 (0-shot CoT); another run: 39.1": the figure shown is one of the model's runs, not
    the only one on record (review 23, P6).
    """
    others = row.others(i) if row.other_runs else ()
    if not others:
        return cell
    word = "another run" if len(others) == 1 else "other runs"
    return f"{cell}; {word}: {fmt.join_words([fmt.points(s.score) for s in others])}"


def _runs_read(row: BenchmarkRow, gap: ScoreGap, names: Sequence[str]) -> tuple[str, str]:
    """:func:`_reading`, with the row's other runs where they would read another way.

    A pairing of one evaluation's other runs is given ("another run of both: 26.6 vs 39.1"),
    else each model's other runs ("Llama 3.1 8B's other run: 68.1"): the sentences that quote
    the row say the same (:func:`phicompare.narrative.other_runs.runs_aside`; review 23, P6).
    A gap of three models or more read on the pair's own runs says which ("read on 68.1 vs
    69.0, not the columns; the columns' run of both: 68.1 vs 65.5";
    :meth:`~phicompare.analysis.facts.BenchmarkRow.beside_read`).
    """
    size, reading = _reading(gap, names)
    i, j = gap.a_index, gap.b_index
    beside = row.beside_read(gap)
    if beside is not None:  # the pair's own runs, not the columns' (helper fixCH)
        x, y = row.scores_of(gap)
        assert x is not None and y is not None  # noqa: PT018 - a gap has both scores
        if (x.score, y.score) != tuple(s.score for s in (row.scores[i], row.scores[j]) if s):
            reading += (f"; read on {fmt.points(x.score)} vs {fmt.points(y.score)}, not the "
                        "columns")
        pair, *mine = beside
        if pair is not None:
            return size, (f"{reading}; the columns' run of both: {fmt.points(pair[0].score)} vs "
                          f"{fmt.points(pair[1].score)}")
        for k, others in zip((i, j), mine, strict=True):
            if others:
                word = "other run" if len(others) == 1 else "other runs"
                reading += (f"; {names[k]}'s {word}: "
                            f"{fmt.join_words([fmt.points(s.score) for s in others])}")
        return size, reading
    if not row.other_runs:
        return size, reading
    pairs = row.other_pairs(i, j)
    if pairs:
        runs = "; ".join([f"{fmt.points(x.score)} vs {fmt.points(y.score)}" for x, y in pairs])
        word = "another run" if len(pairs) == 1 else "other runs"
        return size, f"{reading}; {word} of both: {runs}"
    for k in (i, j):
        if others := row.others(k):
            word = "other run" if len(others) == 1 else "other runs"
            reading += (f"; {names[k]}'s {word}: "
                        f"{fmt.join_words([fmt.points(s.score) for s in others])}")
    return size, reading


def _score_cells(row: BenchmarkRow) -> tuple[str, ...]:
    """The benchmark, its setting and each model's score, of three or more models.

    When settings differ, the setting goes beside each score ("varies" in its column).
    """
    settings = [stated(s.setting) for s in row.scores if s is not None]
    if len({condition(said) for said in settings}) == 1:  # one setting, however spelled
        # (none states a condition: one only where all record the same text; review 32, #2)
        shown = next(filter(None, settings), None) or \
            _recorded([s.setting for s in row.scores if s is not None])
        if shown is not None:
            return (_label(row.benchmark), shown, *map(_score, row.scores, row.near_chance))
    return (_label(row.benchmark), "varies", *map(_set_score, row.scores, row.near_chance))


def _recorded(settings: Sequence[str | None]) -> str | None:
    """The one text of settings that state no condition, or ``None`` where they differ.

    "Pass@1" where each records it (however cased), "not stated" where none records any: a
    setting on record is never called "not stated" (review 32, #2).

    Examples:
        >>> _recorded(["Pass@1", "pass@1"]), _recorded([None, None]), _recorded(["Pass@1", None])
        ('Pass@1', 'not stated', None)
    """
    texts = {(s or "").casefold() for s in settings}
    if len(texts) != 1:
        return None
    return next((s for s in settings if s), "not stated")


def _score(score: BenchmarkScore | None, near_chance: bool | None) -> str:
    """A model's score as its cell shows it: in points, "near chance" marked, or "no score"."""
    if score is None:
        return "no score"
    text = fmt.points(score.score)
    return text + _NEAR if near_chance else text


def _set_score(score: BenchmarkScore | None, near_chance: bool | None) -> str:
    """:func:`_score` with the score's setting beside it."""
    if score is None:
        return "no score"
    text = f"{fmt.points(score.score)} ({bracketed(score.setting or 'setting not stated')})"
    return text + _NEAR if near_chance else text


def _label(benchmark: Benchmark) -> str:
    """A benchmark as a table row names it: a lower-is-better one says so (review 12, L10)."""
    return benchmark.label if benchmark.higher_is_better else \
        f"{benchmark.label} (lower is better)"


def _reading(gap: ScoreGap, names: Sequence[str]) -> tuple[str, str]:
    """(gap with its 95% interval, reading) for one pair of scores."""
    if gap.directional and gap.shown_gap is not None:
        size = fmt.points(abs(gap.shown_gap))
        high = gap.higher_index
        # the catalog's typical spread, standing in where the benchmark's own runs differ less
        typical, floor = ("typical ", ", a floor") if gap.spread_floored else ("", "")
        # unknown is not "separate": an aggregated page names no evaluation (review 10, I11)
        apart = "not on record as one evaluation" if gap.evaluations_unknown else \
            "one evaluation, settings not on record" if gap.settings_unknown else \
            "separate evaluations"
        if high is not None and gap.run_spread is not None:
            word = "higher" if gap.higher_is_better else "lower"  # the better score (L10)
            return size, (f"{names[high]} {word} ({apart}, beyond the {typical}run "
                          f"spread of {fmt.points(gap.run_spread)}{floor})")
        if gap.run_spread is not None:
            return size, (f"within the {typical}run spread of {fmt.points(gap.run_spread)} "
                          f"({floor.removeprefix(', ')}{'; ' if floor else ''}{apart})")
        return size, f"{apart}, run spread unknown"
    if not gap.comparable or gap.gap is None or gap.shown_gap is None:
        reason = gap.reason or "different settings"
        # The setting column shows both settings: the reading need not repeat them.
        return "n/a", ("settings differ" if reason.startswith("settings differ")
                       else f"not comparable: {reason}")
    size = fmt.points(abs(gap.shown_gap))  # the difference of the scores shown beside it
    if gap.interval_95 is None:
        return size, "noise not assessed"  # no item count
    shown = f"{size} ±{fmt.points(gap.interval_95)}"
    if gap.gap == 0:
        return shown, "tie"
    if not gap.significant:
        return shown, "within noise"
    ahead = gap.a_index if (gap.gap > 0) == gap.higher_is_better else gap.b_index
    return shown, f"{names[ahead]} leads, outside noise"
