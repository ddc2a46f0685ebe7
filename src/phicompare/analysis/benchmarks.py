"""Benchmark rows: each model's score on each benchmark, and every pair's gap with its noise."""

# Annotations are evaluated (no ``from __future__ import annotations``): this module's named
# tuples would otherwise compile each field's type from a string on the first comparison.

import itertools
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from phicompare.catalog.index import Catalog
from phicompare.domain.records import Benchmark, BenchmarkScore, Model
from phicompare.domain.settings import Match, makers_table, match, states_more

from .facts import BenchmarkRow, ScoreGap
from .profile import Profile
from .row_split import TwoRows
from .score_parts import Run, ScoreEntry, choose_two, other_runs, paired_runs, run_key
from .statistics import QUANTUM, Z95

__all__ = ["benchmark_rows", "rows_of"]


class _Couple(NamedTuple):
    """Two of the models compared, by position and by reference.

    ``missing`` is their gap on a benchmark one of them has no score on: it says only that, so
    one record serves every such row.
    """

    i: int
    j: int
    a: Model
    b: Model
    missing: ScoreGap


def _couple(i: int, j: int, a: Model, b: Model) -> _Couple:
    return _Couple(i, j, a, b, ScoreGap(a_index=i, b_index=j, a=a, b=b, comparable=False,
                                        reason="missing score"))


def benchmark_rows(models: Sequence[Model], profiles: Sequence[Profile],
                   catalog: Catalog | None = None) -> tuple[BenchmarkRow, ...]:
    """One row per benchmark any model scores: rows every model scores first, in catalog order.

    Scores from different evaluations carry a directional gap, judged against the ``catalog``'s
    spread between runs (:meth:`Catalog.run_spread`; unknown without a catalog). Each model's
    scores come from its profile's index (:attr:`Profile.sole`, :attr:`Profile.entries`), worked
    out once per catalog: a comparison walks the benchmarks its models score, once.

    Examples:
        >>> from phicompare import default_catalog
        >>> from phicompare.analysis.profile import profile
        >>> catalog = default_catalog()
        >>> models = [catalog.model("phi-2"), catalog.model("phi-4-mini")]
        >>> rows = benchmark_rows(models, [profile(m, catalog) for m in models], catalog)
        >>> rows[0].shared, rows[-1].shared
        (True, False)
    """
    return rows_of(models, profiles, catalog)[0]


def rows_of(models: Sequence[Model], profiles: Sequence[Profile], catalog: Catalog | None = None,
            ) -> tuple[tuple[BenchmarkRow, ...], TwoRows | None]:
    """:func:`benchmark_rows`, and of two models their :class:`TwoRows`, made in the same pass.

    Examples:
        >>> from phicompare import default_catalog
        >>> from phicompare.analysis.profile import profile
        >>> catalog = default_catalog()
        >>> models = [catalog.model("phi-2"), catalog.model("phi-4-mini")]
        >>> rows, split = rows_of(models, [profile(m, catalog) for m in models], catalog)
        >>> split.rows is rows, rows[split.shared - 1].shared, rows[split.shared].shared
        (True, True, False)
    """
    if len(profiles) == 2:
        split = _split(models[0], models[1], profiles[0], profiles[1], catalog)
        return split.rows, split
    return _any(models, profiles, catalog), None


def _any(models: Sequence[Model], profiles: Sequence[Profile],
         catalog: Catalog | None) -> tuple[BenchmarkRow, ...]:
    """:func:`benchmark_rows` of any number of models (of two, what :func:`_two` makes)."""
    order: dict[str, None] = {}
    definitions: dict[str, Benchmark] = {}
    for p in profiles:
        order.update(dict.fromkeys(p.sole))
    for p in reversed(profiles):  # a benchmark's definition: the first profile's that scores it
        definitions.update(p.benchmarks)
    several = frozenset().union(*(p.several for p in profiles))
    couples = [_couple(i, j, models[i], models[j])
               for i, j in itertools.combinations(range(len(models)), 2)]
    shared: list[BenchmarkRow] = []
    partial: list[BenchmarkRow] = []
    for benchmark_id in order:
        chosen = [p.sole.get(benchmark_id) for p in profiles]
        if benchmark_id in several and len(chosen) - chosen.count(None) > 1:
            picks = iter(_choose([p.entries[benchmark_id] for p, e in zip(profiles, chosen,
                                                                         strict=True) if e]))
            chosen = [None if e is None else next(picks) for e in chosen]
        definition = definitions[benchmark_id]
        row = BenchmarkRow(
            benchmark=definition, scores=tuple([None if e is None else e.score for e in chosen]),
            near_chance=tuple([None if e is None else e.near_chance for e in chosen]),
            pairs=tuple([_pair_gap(c, chosen, profiles, benchmark_id, catalog)
                         if chosen[c.i] is not None and chosen[c.j] is not None
                         else c.missing for c in couples]),
            other_runs=_other_runs([p.entries[benchmark_id] if e is not None else () for p, e in
                                    zip(profiles, chosen, strict=True)], chosen)
            if benchmark_id in several else ())
        (partial if None in chosen else shared).append(row)
    return (*shared, *partial)


def _pair_gap(c: _Couple, chosen: Sequence[ScoreEntry | None], profiles: Sequence[Profile],
              benchmark_id: str, catalog: Catalog | None) -> ScoreGap:
    """The gap of ``c`` on a page of three models or more: on the runs of its page of two.

    Each column shows one run of its model (:func:`_choose`), but a pair is judged on the runs
    it would be on its own page (:func:`.score_parts.choose_two`), so that it never reads one
    way beside a third model and another way alone: Llama 3.1 8B and Phi-3.5 Mini's MMLU read
    68.1 vs 69.0 "within noise" alone and 68.1 vs 65.5 "Llama 3.1 8B leads" beside Phi-2
    (helper fixCH). A run other than the column's is the gap's ``a_score`` or ``b_score``.
    """
    ea, eb = chosen[c.i], chosen[c.j]
    assert ea is not None and eb is not None  # noqa: PT018 - a pair both score
    mine, other = profiles[c.i].parts[benchmark_id], profiles[c.j].parts[benchmark_id]
    if not (mine.several or other.several):
        return _gap(c, ea, eb, mine.benchmark, catalog)
    pa, pb = choose_two(mine, other)
    gap = _gap(c, pa.entry, pb.entry, mine.benchmark, catalog)
    a_own, b_own = pa.entry.score is not ea.score, pb.entry.score is not eb.score
    if not (a_own or b_own):
        return gap
    return attrs.evolve(gap, a_score=pa.entry.score if a_own else None,
                        b_score=pb.entry.score if b_own else None)


def _two(a: Model, b: Model, first: Profile, second: Profile,
         catalog: Catalog | None) -> tuple[BenchmarkRow, ...]:
    """:func:`benchmark_rows` of two models (their :func:`_split`'s rows)."""
    return _split(a, b, first, second, catalog).rows


def _split(a: Model, b: Model, first: Profile, second: Profile,
           catalog: Catalog | None) -> TwoRows:
    """:func:`rows_of` two models: their row parts joined, one pass over each.

    The rows both score come in the first model's order (the catalog's), then those only one
    scores: the first model's, then the second's. Each model's part of a row (its score, its
    other runs, the row it makes alone at either position: :class:`.score_parts.RowPart`) is
    prepared once a model with its profile; the pair makes only the gap, and chooses among a
    model's scores where one has several (:func:`.score_parts.choose_two`).
    """
    couple = _couple(0, 1, a, b)
    missing = (couple.missing,)
    ours, theirs = first.parts, second.parts
    shared: list[BenchmarkRow] = []
    gaps: list[ScoreGap] = []
    partial: list[BenchmarkRow] = []
    for benchmark_id, mine in ours.items():
        other = theirs.get(benchmark_id)
        if other is None:
            scores, chance, runs = mine.first
            partial.append(BenchmarkRow(benchmark=mine.benchmark, scores=scores,
                                        near_chance=chance, pairs=missing, other_runs=runs))
            continue
        if mine.several or other.several:
            pa, pb = choose_two(mine, other)
            runs = (pa.others, pb.others) if pa.others or pb.others else ()
            if mine.several and other.several:  # (a run of both: :func:`paired_runs`)
                runs = paired_runs((first.entries[benchmark_id], second.entries[benchmark_id]),
                                   (pa.entry, pb.entry), (pa.others, pb.others))
                runs = runs if any(runs) else ()
        else:
            pa, pb, runs = mine.sole, other.sole, ()
        ea, eb = pa.entry, pb.entry
        gap = _gap(couple, ea, eb, mine.benchmark, catalog)
        gaps.append(gap)
        shared.append(BenchmarkRow(benchmark=mine.benchmark, scores=(ea.score, eb.score),
                                   near_chance=(ea.near_chance, eb.near_chance),
                                   pairs=(gap,), other_runs=runs))
    alone = len(partial)  # (the first model's; the second's follow)
    for benchmark_id, other in theirs.items():
        if benchmark_id not in ours:
            scores, chance, runs = other.second
            partial.append(BenchmarkRow(benchmark=other.benchmark, scores=scores,
                                        near_chance=chance, pairs=missing, other_runs=runs))
    return TwoRows((*shared, *partial), len(shared), alone, tuple(gaps))


def _other_runs(options: Sequence[Sequence[ScoreEntry]], chosen: Sequence[ScoreEntry | None],
                ) -> tuple[tuple[BenchmarkScore, ...], ...]:
    """Each model's scores beside the one ``chosen`` under its setting: :attr:`other_runs`.

    A setting is the condition a page states ("0-shot CoT"), whatever the harness: two runs a
    page would show alike are both said (review 23, P6), a figure said once (review 29, F11).
    ``()`` where no model has another.
    """
    runs = tuple([() if e is None else other_runs(entries, e)
                  for entries, e in zip(options, chosen, strict=True)])
    runs = paired_runs(options, chosen, runs)  # (a pairing of another evaluation: review 35)
    return runs if any(runs) else ()


def _choose(options: Sequence[tuple[ScoreEntry, ...]]) -> list[ScoreEntry]:
    """One score of each model on a benchmark where some model has several: a setting all share.

    ``options`` are the scores of each model that has any. Of runs all of them share, the first
    by :func:`.score_parts.run_key`, as :func:`.score_parts.choose_two` takes for two models, so
    that a pair reads alike on a page of two and on a page of more, whichever model is named
    first (``compare(a, b)`` mirrors ``compare(b, a)``; review 35, #2: Llama 3.1 8B and Phi-3.5
    Mini's MMLU read 68.1 vs 69.0 "within noise" on a page of two and 68.1 vs 65.5 "Llama 3.1
    8B leads" beside Phi-2, where the page's order decided). With three models or more and no
    run all of them share, each model takes the run it shares with the most others (Phi-3.5
    Mini's second run from the Phi-4-mini card beside Phi-4 Mini's, whatever a third model
    scores). Of runs shared by as many (but not by all), each takes the one the page meets first
    (in the first model's record order, then the next model's), so that two models with the same
    two shared runs take the same one, never each its own first listed (Phi-3.5 Mini's own card
    and Gemma 2 9B's Phi-4-mini card beside Phi-2 read "separate evaluations": dataBL); of runs
    only it has, the first its record lists. These are the columns: each pair's gap reads the
    runs of its own page of two (:func:`_pair_gap`), so no column choice decides a pair.
    """
    found = [{(e.setting, e.evaluation) for e in o} for o in options]
    runs = set.intersection(*found)
    if runs:  # one evaluation under one setting for all: the scores that compare directly
        first = min(runs, key=run_key)  # (as of two models: review 35, #2)
        return [next(e for e in o if (e.setting, e.evaluation) == first) for o in options]
    common = set.intersection(*({e.setting for e in o} for o in options))
    shared_by = Counter(run for runs_of in found for run in runs_of)
    if len(options) > 2 and max(shared_by.values()) > 1:

        met: dict[Run, int] = {}  # each run by where the page meets it first
        for o in options:
            for e in o:
                met.setdefault((e.setting, e.evaluation), len(met))

        def rank(k_e: tuple[int, ScoreEntry]) -> tuple[int, bool, int, int]:
            run = (k_e[1].setting, k_e[1].evaluation)
            return -shared_by[run], k_e[1].setting not in common, met[run], k_e[0]
        return [min(enumerate(o), key=rank)[1] for o in options]
    if common:
        pick = min(common, key=lambda k: (k[0], k[1] or ""))
        return [next(e for e in o if e.setting == pick) for o in options]
    return [o[0] for o in options]


def _gap(c: _Couple, ea: ScoreEntry, eb: ScoreEntry, benchmark: Benchmark,
         catalog: Catalog | None) -> ScoreGap:
    a, b = ea.score, eb.score
    known = match(ea.setting, eb.setting)  # the one rule for "scored alike" (domain.settings)
    if known is Match.NOT_ON_RECORD and makers_table(a, b, (c.a.vendor, c.b.vendor)):
        known = Match.ALIKE  # (match's own rule for one maker's table: asked only where it counts)
    unknown = ea.evaluation != eb.evaluation and (ea.unrecorded or eb.unrecorded)
    if known is Match.SETTINGS_DIFFER:
        return ScoreGap(a_index=c.i, b_index=c.j, a=c.a, b=c.b, comparable=False,
                        reason=differ_reason(ea, eb), evaluations_unknown=unknown)
    if known is Match.HARNESSES_DIFFER:
        return ScoreGap(a_index=c.i, b_index=c.j, a=c.a, b=c.b, comparable=False,
                        reason=f"evaluated by different harnesses, {ea.setting[1]} and "
                               f"{eb.setting[1]}")
    gap = a.score - b.score
    shown = ea.shown - eb.shown
    # different evaluations, or one that may have run them differently (neither setting on
    # record): a direction only, judged against the spread between runs (review 32, #4)
    differ = ea.evaluation != eb.evaluation
    if differ or known is Match.NOT_ON_RECORD:
        spread = None if catalog is None else ea.run_spread  # (the catalog's, with the profile)
        return ScoreGap(a_index=c.i, b_index=c.j, a=c.a, b=c.b, comparable=False,
                        reason=(UNRECORDED if unknown else "different evaluations") if differ
                        else Match.NOT_ON_RECORD.value, gap=gap,
                        shown_gap=shown, evaluations_differ=differ, evaluations_unknown=unknown,
                        settings_unknown=not differ, run_spread=spread,
                        spread_floored=catalog is not None and ea.spread_floored,
                        beyond_spread=None if spread is None else abs(gap) > spread,
                        higher_is_better=benchmark.higher_is_better)
    var_a, var_b = ea.variance, eb.variance
    if var_a is None or var_b is None:
        return ScoreGap(a_index=c.i, b_index=c.j, a=c.a, b=c.b, comparable=True, gap=gap,
                        shown_gap=shown, higher_is_better=benchmark.higher_is_better)
    interval = (Z95 * (var_a + var_b).sqrt()).quantize(QUANTUM)
    return ScoreGap(a_index=c.i, b_index=c.j, a=c.a, b=c.b, comparable=True, gap=gap,
                    shown_gap=shown, interval_95=interval, significant=abs(gap) > interval,
                    higher_is_better=benchmark.higher_is_better)


UNRECORDED = "not on record as one evaluation"
"""The reason of two scores whose evaluations the data does not record as one, nor as two."""


def differ_reason(ea: ScoreEntry, eb: ScoreEntry) -> str:
    """Why two scores whose settings name different conditions do not compare.

    Where one setting states all the other does and more (:func:`states_more`: "no tools"
    against none, or "diamond accuracy (no tools)" against "Diamond"), the other is not known to
    differ: 'only one setting states "no tools"', one reading for one kind of difference
    (review 8, G14). Two settings that each state a condition the other lacks are each quoted,
    so that one cannot read as the start of the other (review 7, F8).
    """
    more = states_more(ea.score.setting, eb.score.setting, (ea.setting[0], eb.setting[0]))
    if more is None:
        return f'settings differ: "{ea.score.setting}" against "{eb.score.setting}"'
    separate = "" if ea.evaluation == eb.evaluation else f"{UNRECORDED}, " if (
        ea.unrecorded or eb.unrecorded) else "separate evaluations, "
    return f'{separate}only one setting states "{more[1]}"'
