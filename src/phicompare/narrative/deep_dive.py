"""The deep dive: a paragraph on the benchmarks and one on availability.

Capabilities have their table and the tradeoffs' bullets: the deep dive does not restate them.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from phicompare.catalog.memo import Slot

from . import format as fmt, paths
from .availability import stale_once
from .benchmarks import (
    directions,
    directions_claim,
    gap_claim,
    incomparable_basis,
    incomparable_claim,
    noise_claim,
    score_label,
)
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .context import Context, RowGap
from .required_shared import stranded_once
from .unjudged import unjudged, unjudged_claim

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.domain.records import Benchmark, BenchmarkScore, Model

    from .parts import ModelParts

__all__ = ["IN_TABLE", "deep_dive"]

IN_TABLE = " in the benchmark table"
"""Where the deep dive's "not its maker's own reports" finds the scores it speaks of: the
Benchmarks section's table (a page without it says no more than "X's MMLU score":
:mod:`.pointers`)."""


def deep_dive(x: Context, parts: Sequence[ModelParts]) -> tuple[tuple[Claim, ...], ...]:
    """The paragraphs with something to say, each a tuple of claims.

    ``parts`` gives each model's route notes, and whether any route can carry the traffic.

    When no pair of scores compares, the summary says so and the benchmark paragraph is left out.
    """
    # Route counts are the pricing table's; a model no route can carry is worth a sentence.
    # a required capability several models' routes all lack: said once (helper fixS)
    stranded = stranded_once(x, [claim for part in parts for claim in part.stranded])
    # prices checked long ago on the same routes of several models: said once
    notes = stale_once([claim for part in parts for claim in part.notes])
    paragraphs = (_benchmarks(x), (*stranded, *notes))
    return tuple(p for p in paragraphs if p)


_SIGNIFICANCE = {True: CheckOp.TRUE, False: CheckOp.FALSE, None: CheckOp.NONE}
"""The check that a gap is, is not, or cannot be said to be outside its interval."""


def _benchmarks(x: Context) -> tuple[Claim, ...]:
    """The benchmark paragraph: what compares, the largest gaps, noise, and near-chance scores."""
    if not x.c.benchmarks:  # (no model has a score: nothing below has a row to say)
        return ()
    bench: list[Claim] = []
    comparable, significant = x.bench.comparable, x.bench.significant
    if comparable:
        one = comparable[0].gap.significant
        # a gap with no interval (the benchmark's item count unsourced) is not within noise
        open_gaps = [g for g in comparable if g.gap.significant is None]
        drawn = len(comparable) - len(open_gaps)
        unsure = (f"; for {fmt.plural(len(open_gaps), 'pair', 'pairs')} no interval could be "
                  "drawn" if open_gaps else "")
        if len(comparable) == 1 and one is None:
            where = "no 95% sampling interval could be drawn for its gap"
        elif len(comparable) == 1:
            where = f"its gap lies {'outside' if one else 'inside'} the 95% sampling interval"
        elif not drawn:
            where = "no 95% sampling interval could be drawn for any of their gaps"
        elif not significant and not open_gaps:
            where = "in none does the gap lie outside the 95% sampling interval"
        elif not significant and drawn == 1:  # not "in none of the one pair" (review 8, G18)
            where = f"for the one pair with a 95% sampling interval, the gap lies inside it{unsure}"
        elif not significant:
            where = (f"in none of the {fmt.plural(drawn, 'pair', 'pairs')} with a 95% "
                     f"sampling interval does the gap lie outside it{unsure}")
        else:
            where = (f"in {fmt.plural(len(significant), 'pair', 'pairs')} the gap lies outside "
                     f"the 95% sampling interval{unsure}")
        bench.append(Claim(
            key="bench-count",
            text=fmt.opening(  # "In all, 18 pairs ...", never a numeral first (R2)
                f"{fmt.plural(len(comparable), 'pair', 'pairs')} of scores "
                + (f"(on {comparable[0].row.benchmark.label}) " if len(comparable) == 1 else "")
                + f"{'is' if len(comparable) == 1 else 'are'} directly comparable (same "
                f"benchmark, evaluation and setting); {where}."),
            basis=lambda: Basis(
                tuple(Evidence(g.path("comparable"), g.gap.comparable)
                      for g in comparable)
                + tuple(Evidence(paths.benchmark(g.k, "label"), g.row.benchmark.label)
                        for g in comparable[:1] if len(comparable) == 1),
                tuple(Check(op=_SIGNIFICANCE[g.gap.significant],
                            paths=(g.path("significant"),))
                      for g in comparable
                      if g in significant or len(comparable) == 1 or open_gaps))))
    noisy = [g for g in comparable if g.gap.significant is False]
    bench += [gap_claim(x, g, detailed=True) for g in significant[:3]]
    bench += [noise_claim(x, g) for g in noisy]
    # The largest gaps across evaluations, up to three gaps in all with those above (at least
    # one); the benchmark table reads every such pair.
    every = _every_across(x)  # (sorted once: the largest are said, the rest counted)
    across = every[:max(1, 3 - len(significant))] or list(x.bench.incomparable[:1])
    bench += _across(x, across, every)
    bench += _near_chance(x)
    # each sentence above that quotes a row names its models' other runs there (review 23, P6)
    bench += _own_reports(x, (*significant[:3], *noisy, *across))
    return tuple(bench)  # nothing to add to the summary's "none compares": no paragraph


Reports = dict[str, list[tuple[int, "BenchmarkScore"]]]
"""A model's maker's own scores by benchmark, each with its index in the model's scores."""

_BESIDE: Slot[Reports] = Slot("maker reports beside others")
"""A model's maker's own reports on the benchmarks it has another party's score on as well."""


def _reports_beside(model: Model, reports: Reports) -> Reports:
    """``reports`` where a page may show another party's score of ``model`` in their stead.

    ``reports`` are the model's maker's own (:attr:`Context.reports`); kept are those on a
    benchmark the model has a score on whose ``self_reported`` is ``False``. On any other, the
    score a page shows is the maker's own or of no known party: no own report to set beside it.
    """
    others = {s.benchmark for s in model.scores if s.self_reported is False}
    return {b: found for b, found in reports.items() if b in others}


def _own_reports(x: Context, quoted: Sequence[RowGap]) -> list[Claim]:
    """Per model, its maker's own figures on benchmarks where the page shows another party's.

    A page shows one score of a model per benchmark, preferring the one evaluation that scored
    every model: its maker's own report of the benchmark is then left out of the table, and
    said here, so the table is not read as the maker's figures (review 7, F22). A figure the
    paragraph gives already, as another run of a row a sentence quotes (a gap ``quoted``: its
    row and models), is not given again: "HumanEval: ... Llama 3.1 8B's other run: 72.6" said
    it, and the maker's reports read "... and HumanEval (0-shot) 72.6" after it (helper fixAI).
    """
    claims = []
    rows = x.c.benchmarks
    named: set[tuple[int, int]] | None = None  # (row, model) of each gap quoted, where asked
    for i, own in enumerate(x.reports):  # (each model's own: kept with the catalog)
        # those on benchmarks it has another party's score on too (most models: none), once a
        # model (worked out with the catalog, :data:`_BESIDE`)
        reports = x.c.derive(_BESIDE, i, (), partial(_reports_beside, x.c.models[i], own),
                             anywhere=True) if own else own
        # the rows showing another party's score where the maker reports its own, in row order
        shown = [k for k, row in enumerate(rows) if row.benchmark.id in reports
                 and (score := row.scores[i]) is not None and score.self_reported is False] \
            if reports else []
        if not shown:
            continue
        if named is None:
            named = {(g.k, m) for g in quoted for m in (g.i, g.j)  # (the columns' other runs:
                     if g.gap.a_score is None and g.gap.b_score is None}  # not a pair's own)
        found = [(k, j, s) for k in shown for j, s in reports[rows[k].benchmark.id]
                 if (k, i) not in named or not rows[k].other_runs
                 or s not in rows[k].other_runs[i]]
        if found:
            kept = dict.fromkeys([k for k, _, _ in found])
            claims.append(_own_claim(x, i, found, [rows[k].benchmark.label for k in kept]))
    return claims


def _own_claim(x: Context, i: int, found: list[tuple[int, int, BenchmarkScore]],
               labels: list[str]) -> Claim:
    """Model ``i``'s own figures (``found``) on the benchmarks ``labels`` name."""
    rows = x.c.benchmarks
    said = [f"{score_label(x, i, rows[k].benchmark.label, s.setting)} {fmt.points(s.score)}"
            for k, _, s in found]
    # the table's scores, not "above" (the deep dive names none of them before: review 8, G18)
    if len(labels) > 1:
        text = (f"{x.names[i]}'s scores{IN_TABLE} on {fmt.join_words(labels)} are "
                f"not its maker's own reports, which give {fmt.join_words(said)}")
    else:
        text = (f"{x.names[i]}'s {labels[0]} score{IN_TABLE} is not "
                + (f"its maker's own report, which gives {said[0]}" if len(found) == 1 else
                   f"one of its maker's own reports, which give {fmt.join_words(said)}"))
    text += ": separate evaluations, not compared here."
    shown_rows = sorted({k for k, _, _ in found})
    return Claim(key=f"own-reports:{i}", text=text, basis=lambda: Basis(
        tuple([Evidence(paths.model_score(i, j), s.score, fmt.points(s.score),
                        EvidenceKind.POINTS, s.source) for _, j, s in found]
              + [Evidence(paths.model_score(i, j, "setting"), s.setting)
                 for _, j, s in found if s.setting]),
        tuple([Check(op=CheckOp.FALSE, paths=(paths.score_field(k, i, "self_reported"),))
               for k in shown_rows]
              + [Check(op=CheckOp.TRUE, paths=(paths.model_score(i, j, "self_reported"),))
                 for _, j, _ in found])))


def _every_across(x: Context) -> list[RowGap]:
    """Every directional gap (separate evaluations, or settings not on record), largest first."""
    across = [g for g in x.bench.incomparable
              if g.gap.directional and g.gap.gap is not None]
    across.sort(key=lambda g: (-abs(g.gap.gap or Decimal(0)), g.row.benchmark.id))
    return across


def _way(g: RowGap) -> tuple[bool, tuple[int, int] | None] | None:
    """A gap's group: beyond the run spread (``True``, its higher and lower model) or unjudged.

    Unjudged gaps of every pair make one group: the reason is said once a page (review 12, L14).
    """
    beyond = directions(g)
    if beyond is not None:  # "higher than" groups: a lower-is-better gap is said alone (L10)
        return (True, beyond) if g.row.benchmark.higher_is_better else None
    return None if unjudged(g) is None else (False, None)


def _across(x: Context, gaps: list[RowGap], every: list[RowGap]) -> list[Claim]:
    """The gaps across evaluations, largest first: those of one pair one way, in one sentence.

    ``gaps`` are the largest of ``every`` such gap (:func:`_every_across`); the first pair that
    does not compare at all stands in where no such gap is known: the deep dive speaks of the
    largest gaps, not of the first row's (review 6, D14).

    Gaps beyond the run spread make one sentence, and so do gaps no run spread can judge, each
    reason said once (review 11, K13). A sentence counts every gap of its kind on the page and
    lists the largest, the ones kept: "Six gaps come from different evaluations ...; the three
    largest: ...", never the kept three as if they were all (review 14, N5).
    """
    ways: dict[tuple[bool, tuple[int, int] | None] | None, list[RowGap]] = {}
    every_way = [(h, _way(h)) for h in every]  # (each gap's group, read once a page)
    # (``gaps`` lead ``every``, or stand in where it is empty)
    placed = every_way[:len(gaps)] if every else [(g, _way(g)) for g in gaps]
    for g, way in placed:
        ways.setdefault(way, []).append(g)
    claims: list[Claim] = []
    for g, way in placed:  # (each group where its largest gap stands)
        group = ways[way]
        if way is None or len(group) == 1:
            claims.append(incomparable_claim(x, g))
        elif g is group[0]:
            # the rest of its kind, smaller than those kept (both largest first)
            rest = [h for h, its in every_way if its == way and h not in group]
            claims.append(directions_claim(x, group, rest) if way[0] else
                          unjudged_claim(x, group, rest))
    return [*claims, *_within(x, gaps, every_way)]


def _within(x: Context, gaps: Sequence[RowGap],
            every: Sequence[tuple[RowGap, tuple[bool, tuple[int, int] | None] | None]],
            ) -> list[Claim]:
    """The gaps across evaluations within the run spread that no sentence above says.

    The summary counts every benchmark the models share; where the deep dive spoke of the 15
    unjudged and left out the 16th, within the spread, the two did not agree (DeepSeek-R1 and
    DeepSeek V3, review 32, #3). One such gap is said as :func:`incomparable_claim` says it;
    several are named in one sentence. ``every``: each gap across evaluations with its
    :func:`_way`.
    """
    left = [g for g, way in every if way is None and directions(g) is None and g not in gaps]
    if len(left) < 2:
        return [incomparable_claim(x, g) for g in left]
    named = fmt.join_words([g.row.benchmark.label if x.n == 2 else
                            f"{g.row.benchmark.label} ({x.names[g.i]} and {x.names[g.j]})"
                            for g in left])
    text = (f"On {named}, the scores come from different evaluations and their gaps lie "
            "within the spread between runs: no difference can be read.")
    return [Claim(key="within-spread", text=text, basis=partial(_within_basis, x.names, left))]


def _within_basis(names: Sequence[str], left: Sequence[RowGap]) -> Basis:
    """Each gap's label, and what :func:`incomparable_claim` of it rests on (figures not shown).

    Built when read: the claims of the gaps named are never made (a basis holds no context).
    """
    each = [incomparable_basis(names, g) for g in left]
    return Basis(
        (*(Evidence(paths.benchmark(g.k, "label"), g.row.benchmark.label) for g in left),
         *(e._replace(shown=None) for basis in each for e in basis.evidence)),
        tuple([check for basis in each for check in basis.checks]))


def _near_chance(x: Context) -> list[Claim]:
    claims = []
    for k, row in enumerate(x.c.benchmarks):
        if True not in row.near_chance:  # (most rows: asked first)
            continue
        chance = row.benchmark.chance
        if chance is None:
            continue
        for i, near in enumerate(row.near_chance):
            score = row.scores[i]
            if near and score is not None:
                claims.append(_chance_claim(x.names[i], k, i, row.benchmark, score, chance))
    return claims


def _chance_claim(name: str, k: int, i: int, benchmark: Benchmark, score: BenchmarkScore,
                  chance: Decimal) -> Claim:
    shown, level = fmt.points(score.score), fmt.points(chance)
    return Claim(
        key=f"chance:{benchmark.id}:{i}",
        text=f"{name}'s {benchmark.label} score, {shown}, is within sampling noise of the "
             f"{level} chance level.",
        basis=lambda: Basis(
            (Evidence(paths.score(k, i), score.score, shown, EvidenceKind.POINTS, score.source),
             Evidence(paths.benchmark(k, "chance"), chance, level, EvidenceKind.POINTS)),
            (Check(op=CheckOp.TRUE, paths=(paths.near_chance(k, i),)),)))
