"""Claims about benchmark scores: gaps outside noise, gaps within it, and what cannot compare.

The summary, the tradeoffs and the deep dive each state a gap in their own wording
(:func:`gap_claim`); the FAQ answers "which is better for X" per benchmark category
(:func:`category_leads`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import NamedTuple

from phicompare.analysis.facts import ScoreGap
from phicompare.analysis.workload import article
from phicompare.domain.records import BenchmarkScore
from phicompare.domain.settings import Match, states_more

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .context import Context, RowGap
from .faq_leads import category_leads
from .other_runs import runs_aside
from .setting_words import quotable, score_label, setting_label

__all__ = ["across_basis", "category_leads", "directions", "directions_claim", "evaluation_basis",
           "evaluation_claim", "gap_claim", "incomparable_basis", "incomparable_claim",
           "noise_claim", "quotable", "score_label", "setting_label"]

_POINTS, _POINTS_ABS = EvidenceKind.POINTS, EvidenceKind.POINTS_ABS


class GapLead(NamedTuple):
    """A gap's leader and trailer and the figures its sentences show."""

    gap: ScoreGap
    lead: int
    trail: int
    a: BenchmarkScore
    """The leader's score."""
    b: BenchmarkScore
    """The trailer's score."""
    label: str
    """The benchmark with the leader's setting: "MMLU (5-shot)"."""


def _lead(x: Context, g: RowGap) -> GapLead:
    """Who leads on ``g``, with the figures and label its sentences show: once a page."""
    key = (g.k, g.i, g.j)
    found = x.leads.get(key)
    if found is None:
        found = x.leads[key] = _work_out_lead(x, g)
    return found


def _work_out_lead(x: Context, g: RowGap) -> GapLead:
    gap = g.gap
    lead = gap.leader_index
    if lead is None:
        lead = g.i if (gap.gap or 0) > 0 else g.j
    trail = g.j if lead == g.i else g.i
    a, b = g.score(lead), g.score(trail)
    assert a is not None and b is not None  # noqa: PT018 - a comparable pair has both
    label = score_label(x, lead, g.row.benchmark.label, a.setting)
    return GapLead(gap=gap, lead=lead, trail=trail, a=a, b=b, label=label)


def gap_claim(x: Context, g: RowGap, *, detailed: bool = False, brief: bool = False) -> Claim:
    """"On MMLU (5-shot), A leads B 67.3 to 56.3, outside the ±1.1-point interval".

    ``detailed`` adds the item count (deep dive); ``brief`` is the one-line form of a bullet
    list ("A leads on MMLU (5-shot): 67.3 against 56.3, beyond ±1.1").
    """
    p = _lead(x, g)
    gap, a, b = p.gap, p.a, p.b
    assert gap.shown_gap is not None
    interval = gap.interval_95
    a_points, b_points = fmt.points(a.score), fmt.points(b.score)
    size = fmt.points(abs(gap.shown_gap))
    width = None if interval is None else fmt.points(interval)
    if brief:  # with three or more models, say over which (two may trail alike)
        over = f" {x.names[p.trail]}" if x.n > 2 else ""
        text = f"{x.names[p.lead]} leads{over} on {p.label}: {a_points} against {b_points}"
    else:
        text = (f"On {p.label}, {x.names[p.lead]} leads {x.names[p.trail]} {a_points} to "
                f"{b_points}, {size} points")
    if interval is not None and brief:
        text += f", beyond the ±{width} sampling interval"
    elif interval is not None:
        text += f", outside the 95% sampling interval of ±{width}"
    items = g.row.benchmark.items if detailed else None
    if items:
        text += f" ({items:,} items)"
    better = CheckOp.GREATER if g.row.benchmark.higher_is_better else CheckOp.LESS
    # one run of several: P6
    aside, runs = runs_aside(x.names, g.k, g.row, (p.lead, p.trail), g.gap)

    def basis() -> Basis:
        lead_path, trail_path = g.score_path(p.lead), g.score_path(p.trail)
        evidence = [Evidence(lead_path, a.score, a_points, _POINTS, a.source),
                    Evidence(trail_path, b.score, b_points, _POINTS, b.source), *runs,
                    Evidence(g.path("shown_gap"), gap.shown_gap, None if brief else size,
                             _POINTS_ABS)]
        if interval is not None:
            evidence.append(Evidence(g.path("interval_95"), interval, width, _POINTS))
        if items:
            evidence.append(Evidence(paths.benchmark(g.k, "items"), items))
        return Basis(tuple(evidence), (Check(op=better, paths=(lead_path, trail_path)),
                                       Check(op=CheckOp.TRUE, paths=(g.path("significant"),)),
                                       Check(op=CheckOp.TRUE, paths=(g.path("comparable"),))))

    return Claim(key=f"gap:{g.row.benchmark.id}:{g.i}:{g.j}", text=text + aside + ".",
                 basis=basis)


def noise_claim(x: Context, g: RowGap) -> Claim:
    """A comparable gap inside the sampling interval (or a tie)."""
    gap = g.gap
    a, b = g.score(g.i), g.score(g.j)
    assert a is not None and b is not None and gap.shown_gap is not None  # noqa: PT018
    assert gap.interval_95 is not None
    same = gap.gap == 0
    size, interval = fmt.points(abs(gap.shown_gap)), fmt.points(gap.interval_95)
    a_points, b_points = fmt.points(a.score), fmt.points(b.score)
    detail = ("a tie" if same else
              f"{article(size)} {size}-point gap inside the ±{interval} interval: within noise")
    aside, runs = runs_aside(x.names, g.k, g.row, (g.i, g.j), g.gap)
    text = (f"{g.row.benchmark.label}: {x.names[g.i]} {a_points}, "
            f"{x.names[g.j]} {b_points}, {detail}{aside}.")
    return Claim(key=f"noise:{g.row.benchmark.id}:{g.i}:{g.j}", text=text, basis=lambda: Basis(
        (Evidence(g.score_path(g.i), a.score, a_points, _POINTS, a.source),
         Evidence(g.score_path(g.j), b.score, b_points, _POINTS, b.source), *runs,
         Evidence(g.path("shown_gap"), gap.shown_gap, None if same else size, _POINTS_ABS),
         Evidence(g.path("interval_95"), gap.interval_95, None if same else interval, _POINTS)),
        (Check(op=CheckOp.FALSE, paths=(g.path("significant"),)),)))


def incomparable_claim(x: Context, g: RowGap) -> Claim:
    """Why a pair of scores does not compare directly (different evaluations: what it shows)."""
    if g.gap.directional:  # (different evaluations, or one recording neither setting)
        return evaluation_claim(x, g)
    text, _ = _why(x.names, g)
    return Claim(
        key=f"incomparable:{g.row.benchmark.id}:{g.i}:{g.j}",
        text=f"{g.row.benchmark.label} scores of {x.names[g.i]} and {x.names[g.j]} are not "
             f"directly comparable ({text}).",
        basis=partial(incomparable_basis, x.names, g))


def incomparable_basis(names: Sequence[str], g: RowGap) -> Basis:
    """What :func:`incomparable_claim` of ``g`` rests on, from the models' ``names`` alone.

    A sentence that names the gap among others (the deep dive's "within the spread") reads it
    when its own basis is read: the claim is never made (a basis holds no context).
    """
    gap = g.gap
    if gap.directional:
        return evaluation_basis(names, g)
    reason = gap.reason or ""
    text, checks = _why(names, g)
    return Basis((Evidence(g.path("reason"), gap.reason, reason if text == reason else None),
                  *(Evidence(g.score_path(m, "setting"), s.setting) for m in (g.i, g.j)
                    if (s := g.score(m)) is not None)),
                 (Check(op=CheckOp.FALSE, paths=(g.path("comparable"),)), *checks))


def _why(names: Sequence[str], g: RowGap) -> tuple[str, list[Check]]:
    """Why a pair of scores of one evaluation does not compare, and the checks of it."""
    reason = g.gap.reason or ""
    if reason.startswith("settings differ") or "only one setting states" in reason:
        return _unmatched(names, g)
    return _unrecorded(g) if reason == Match.NOT_ON_RECORD.value else (reason, [])


_UNRECORDED = "not on record as one evaluation"
"""Scores not on record as one evaluation, nor as two: never "different" (review 10, I11)."""
UNSET = "from one evaluation that records neither's setting"
"""Scores of one evaluation whose settings are not on record: a direction only (review 32, #4)."""
ONE_RUN = "on record as one evaluation under one setting"
"""Of gaps of both kinds, directional all, what none is (review 32, #4)."""
UNMATCHED = f"not {ONE_RUN}"
"""The same, of each: "N gaps are not on record as one evaluation under one setting"."""


def _marked(g: RowGap) -> Evidence:
    """The flag that makes a gap only a direction: separate evaluations, or settings unknown."""
    return Evidence(g.path("settings_unknown" if g.gap.settings_unknown
                           else "evaluations_differ"), True)


def _unmatched(names: Sequence[str], g: RowGap) -> tuple[str, list[Check]]:
    """Why two settings do not match, where the data's "settings differ" would overstate it.

    Where one setting states all the other does and more (a setting not stated, or naming only
    its metric, "Pass@1", states nothing), the other is not known to differ: "B's setting
    states "no tools", A's does not", one reading for one kind of difference, as the table's
    (``domain.settings.states_more``, review 8, G14); settings that differ are quoted each, so
    that one cannot read as the start of the other ('"5-shot" against "0-shot"', review 7, F8);
    a setting that is a description, or cites its source's footnotes, is not quoted (review 6,
    D12); either way, scores from separate evaluations are said to be.
    """
    a, b = g.score(g.i), g.score(g.j)
    assert a is not None and b is not None  # noqa: PT018 - a pair with a reason has both
    separate = a.evaluation_key != b.evaluation_key
    checks = [Check(op=CheckOp.NOT_EQUAL, paths=(g.score_path(g.i, "evaluation_key"),
                                                 g.score_path(g.j, "evaluation_key"))),
              _unknown(g)] if separate else []
    apart = _UNRECORDED if g.gap.evaluations_unknown else "separate evaluations"
    settings = (a.setting or "", b.setting or "")
    checks.append(Check(op=CheckOp.NOT_EQUAL, paths=(g.score_path(g.i, "setting"),
                                                     g.score_path(g.j, "setting"))))
    more = states_more(a.setting, b.setting)
    if more is not None:
        fuller, other = (g.i, g.j)[more[0]], (g.j, g.i)[more[0]]
        if (a, b)[1 - more[0]].setting is None:
            checks.append(Check(op=CheckOp.NONE, paths=(g.score_path(other, "setting"),)))
        return (f"{apart + '; ' if separate else ''}{names[fuller]}'s setting "
                f'states "{more[1]}", {names[other]}\'s does not'), checks
    if all(map(quotable, settings)):
        return f'settings differ: "{settings[0]}" against "{settings[1]}"', checks
    return (f"{apart}, {'and' if g.gap.evaluations_unknown else 'whose'} sources state the "
            "setting differently" if separate
            else "their sources state the setting differently"), checks


def _unrecorded(g: RowGap) -> tuple[str, list[Check]]:
    """One evaluation, neither setting on record: it may have run the two differently.

    A leaderboard lists Claude Sonnet 3.7 with 32K thinking tokens beside GPT-4o without; the
    data records neither setting, so the pair is not scored alike (review 7, F2).
    """
    return ("one evaluation, but the setting it ran each under is not on record",
            [Check(op=CheckOp.EQUAL, paths=(g.score_path(g.i, "evaluation_key"),
                                            g.score_path(g.j, "evaluation_key")))])


def evaluation_claim(x: Context, g: RowGap) -> Claim:
    """Scores from two evaluations: a direction beyond the spread between runs, else nothing.

    Never a lead outside noise: the two were not measured together.
    """
    gap = g.gap
    a, b = g.score(g.i), g.score(g.j)
    assert a is not None and b is not None and gap.gap is not None  # noqa: PT018
    label = score_label(x, g.i, g.row.benchmark.label, a.setting)
    key = f"evaluations:{g.row.benchmark.id}:{g.i}:{g.j}"
    basis = partial(evaluation_basis, x.names, g)
    spread = gap.run_spread
    width = None if spread is None else fmt.points(spread)
    high = gap.higher_index
    if high is not None and width is not None:
        aside = runs_aside(x.names, g.k, g.row, (g.i, g.j) if high != g.j else (g.j, g.i),
                           g.gap)[0]
        low = g.j if high == g.i else g.i
        hs, ls = g.score(high), g.score(low)
        assert hs is not None and ls is not None  # noqa: PT018
        h_points, l_points = fmt.points(hs.score), fmt.points(ls.score)
        measured = (f" taken as at least the {width}-point typical spread; its own runs differ "
                    "less" if gap.spread_floored else f": {width} points")
        two = f"are {_UNRECORDED}" if gap.evaluations_unknown else f"come {UNSET}" if \
            gap.settings_unknown else "come from different evaluations"
        word = "higher" if g.row.benchmark.higher_is_better else "lower, and lower is better"
        # the rival's name before its score: a name's own brackets never close these (fixAI)
        text = (f"On {label}, {x.names[high]}'s score is {word} ({h_points} against "
                f"{x.names[low]}'s {l_points}), but the two {two}"
                f" (spread between runs{measured}), so this shows "
                f"a direction, not a lead outside noise{aside}.")
        return Claim(key=key, text=text, basis=basis)
    a_points, b_points = fmt.points(a.score), fmt.points(b.score)
    both = (f"{label}: {x.names[g.i]} {a_points} and {x.names[g.j]} {b_points}, "
            + (_UNRECORDED if gap.evaluations_unknown else UNSET if gap.settings_unknown
               else "from different evaluations")
            + runs_aside(x.names, g.k, g.row, (g.i, g.j), g.gap)[0])
    assert gap.shown_gap is not None
    size = fmt.points(abs(gap.shown_gap))
    if width is not None and gap.spread_floored:  # the typical spread, a floor: said so
        text = (f"{both}; the {size}-point gap is no larger than the spread between runs of one "
                f"model, taken as at least the {width}-point typical spread (its own runs differ "
                "less): no difference can be read.")
    elif width is not None:
        text = (f"{both}; the {size}-point gap is no larger than the {width}-point spread "
                "between runs of one model: no difference can be read.")
    else:
        text = (f"{both}; no repeated run measures how far runs differ, so the gap cannot be "
                "judged.")
    return Claim(key=key, text=text, basis=basis)


def evaluation_basis(names: Sequence[str], g: RowGap) -> Basis:
    """What :func:`evaluation_claim` of ``g`` rests on, from the models' ``names`` alone.

    Built when read, as the basis of every sentence that rests on the gap (a pair's directions,
    the gaps no spread judges: :func:`directions_claim`), without making the claim.
    """
    gap = g.gap
    spread, high = gap.run_spread, gap.higher_index
    width = None if spread is None else fmt.points(spread)
    runs = runs_aside(names, g.k, g.row, (g.i, g.j) if high != g.j else (g.j, g.i), gap)[1]
    if high is not None and width is not None:
        low = g.j if high == g.i else g.i
        hs, ls = g.score(high), g.score(low)
        assert hs is not None and ls is not None  # noqa: PT018
        high_path, low_path = g.score_path(high), g.score_path(low)
        better = CheckOp.GREATER if g.row.benchmark.higher_is_better else CheckOp.LESS
        return Basis(
            (_marked(g),
             Evidence(high_path, hs.score, fmt.points(hs.score), _POINTS, hs.source),
             Evidence(low_path, ls.score, fmt.points(ls.score), _POINTS, ls.source), *runs,
             Evidence(g.path("run_spread"), spread, width, _POINTS)),
            (*_differ(g), Check(op=CheckOp.TRUE, paths=(g.path("beyond_spread"),)),
             Check(op=better, paths=(high_path, low_path)), *_floored(g)))
    a, b = g.score(g.i), g.score(g.j)
    assert a is not None and b is not None  # noqa: PT018
    evidence = [_marked(g),
                Evidence(g.score_path(g.i), a.score, fmt.points(a.score), _POINTS, a.source),
                Evidence(g.score_path(g.j), b.score, fmt.points(b.score), _POINTS, b.source),
                *runs]
    if width is None:
        return Basis(tuple(evidence), (*_differ(g), Check(op=CheckOp.NONE,
                                                          paths=(g.path("run_spread"),))))
    assert gap.shown_gap is not None
    evidence += [Evidence(g.path("shown_gap"), gap.shown_gap, fmt.points(abs(gap.shown_gap)),
                          _POINTS_ABS),
                 Evidence(g.path("run_spread"), spread, width, _POINTS)]
    return Basis(tuple(evidence), (*_differ(g), Check(op=CheckOp.FALSE,
                                                      paths=(g.path("beyond_spread"),)),
                                   *_floored(g)))


def directions(g: RowGap) -> tuple[int, int] | None:
    """The higher and lower model of a gap across evaluations beyond the run spread, else None."""
    gap = g.gap
    high = gap.higher_index
    if not gap.directional or high is None or gap.run_spread is None:
        return None
    return high, g.j if high == g.i else g.i


def directions_claim(x: Context, gaps: list[RowGap], rest: Sequence[RowGap] = ()) -> Claim:
    """Gaps across evaluations of one pair, all one way: one sentence, not one alike each.

    "A's scores are higher than B's on three benchmarks, each from different evaluations and
    beyond the 4.0-point spread between runs: X (5-shot), 80.0 against 50.0; ...: each a
    direction, not a lead outside noise" (review 6, D29). Each gap rests on what
    :func:`evaluation_claim` would say of it alone. ``rest`` holds the pair's other such gaps,
    smaller: counted, and the list is "the three largest" (review 14, N5).
    """
    found = directions(gaps[0])
    assert found is not None
    high, low = found
    every = [*gaps, *rest]
    widths = [fmt.points(g.gap.run_spread or 0) for g in every]
    floors = [g.gap.spread_floored for g in every]  # the typical spread standing in: said so
    alike = len(set(zip(widths, floors, strict=True))) == 1
    items = []
    for g, width, floor in zip(gaps, widths, floors, strict=False):
        hs, ls = g.score(high), g.score(low)
        assert hs is not None and ls is not None  # noqa: PT018 - a gap has both scores
        label = score_label(x, high, g.row.benchmark.label, hs.setting)
        aside = runs_aside(x.names, g.k, g.row, (high, low), g.gap)[0]  # (its evidence: each's)
        # one bracket for the spread and the other runs: "(spread 6.2 points; B's other run:
        # 72.2)", where it read "(spread 6.2 points) (B's other run: 72.2)" (review 32, #3)
        notes = [] if alike else [f"spread taken as at least the {width}-point typical one"
                                  if floor else f"spread {width} points"]
        notes += [aside.removeprefix("; ")] if aside else []
        items.append(f"{label}, {fmt.points(hs.score)} against {fmt.points(ls.score)}"
                     + (f" ({'; '.join(notes)})" if notes else ""))
    spread = ("its benchmark's spread between runs" if not alike else
              f"the spread between runs, taken as at least the {widths[0]}-point typical "
              "spread" if floors[0] else f"the {widths[0]}-point spread between runs")
    unset = [g.gap.settings_unknown for g in every]  # (one evaluation, settings unknown)
    apart = (f"each {UNSET}, and" if all(unset) else f"none {ONE_RUN}, each" if any(unset)
             else "none on record as from one evaluation, each"  # none said "separate" then
             if any(g.gap.evaluations_unknown for g in every)
             else "each from different evaluations and")
    listed = f"{'; '.join(items[:-1])}; and {items[-1]}"
    text = (f"{x.names[high]}'s scores are higher than {x.names[low]}'s on "
            f"{fmt.count_word(len(every))} benchmarks, {apart} beyond {spread}"
            + (f"; the {fmt.count_word(len(gaps))} largest: " if rest else ": ")
            + f"{listed}: each a direction, not a lead outside noise.")
    return Claim(key=f"directions:{high}:{low}", text=text,
                 basis=partial(across_basis, x.names, gaps, rest, spreads=alike))


def across_basis(names: Sequence[str], gaps: Sequence[RowGap], rest: Sequence[RowGap], *,
                 spreads: bool = True) -> Basis:
    """The basis of a sentence listing ``gaps`` across evaluations and counting ``rest``.

    Each gap's :func:`evaluation_basis`, the figures of those counted (and, unless
    ``spreads``, each spread) not shown: :func:`directions_claim`'s and the unjudged gaps'.
    """
    each = [evaluation_basis(names, g) for g in gaps]
    others = [evaluation_basis(names, g) for g in rest]  # counted, not shown
    return Basis(
        tuple([e._replace(shown=None) if not spreads and e.path.endswith("run_spread") else e
               for basis in each for e in basis.evidence]
              + [e._replace(shown=None) for basis in others for e in basis.evidence]),
        tuple([check for basis in (*each, *others) for check in basis.checks]))


def _floored(g: RowGap) -> tuple[Check, ...]:
    """That a gap's run spread is the catalog's typical one, where the sentence says so."""
    return (Check(op=CheckOp.TRUE, paths=(g.path("spread_floored"),)),) if \
        g.gap.spread_floored else ()


def _differ(g: RowGap) -> tuple[Check, Check, Check]:
    """That two scores are not on record as one evaluation under one setting: not direct."""
    return (Check(op=CheckOp.TRUE, paths=(g.path("settings_unknown" if g.gap.settings_unknown
                                                 else "evaluations_differ"),)),
            Check(op=CheckOp.FALSE, paths=(g.path("comparable"),)), _unknown(g))


def _unknown(g: RowGap) -> Check:
    """That the data records (or does not) whether two scores are one evaluation, as said."""
    return Check(op=CheckOp.TRUE if g.gap.evaluations_unknown else CheckOp.FALSE,
                 paths=(g.path("evaluations_unknown"),))
