"""What a chart's description says, from the facts the page's prose uses (review 8, G7).

The inline SVG charts (:mod:`phicompare.render.svg`) and the matplotlib plots
(:mod:`phicompare.render.plot`) describe their lines in words: which bill is the lower along an
axis, and what the benchmark gaps drawn are. Each phrase here reads the same figures the page's
sentences read (the cost model's bills, each gap's ``comparable``, ``interval_95`` and
``significant``), so a chart never says "the cheaper model is the same all along" where the bills
tie, nor "each with its 95% sampling interval" where no interval could be drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.narrative import format as fmt

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.facts import ScoreGap

    from .curves import Curve

__all__ = ["bills_course", "gap_kind", "gaps_said", "gaps_title", "times"]


def times(count: int) -> str:
    """How often, in words: "once", "twice", then a count of times ("three times", "12 times").

    Examples:
        >>> times(1), times(2), times(3), times(12)
        ('once', 'twice', 'three times', '12 times')
    """
    return {1: "once", 2: "twice"}.get(count) or fmt.plural(count, "time")


def bills_course(names: Sequence[str], priced: Sequence[Curve], *, free: bool) -> str:
    """Which priced bill is the lowest along the axis, where no two priced lines cross.

    ``names`` are the priced curves' model names, in order. ``""`` with fewer than two priced
    curves. ``free``: some other line is a free tier's (then the bills said are "priced").

    Examples:
        >>> from decimal import Decimal as D
        >>> from types import SimpleNamespace as N
        >>> a = N(points=((D(1), D(5)), (D(2), D(10))))
        >>> b = N(points=((D(1), D(5)), (D(2), D(10))))
        >>> bills_course(["A", "B"], [a, b], free=False)
        'the bills are equal all along'
        >>> c = N(points=((D(1), D(5)), (D(2), D(12))))
        >>> bills_course(["A", "C"], [a, c], free=False)
        'A is never dearer than the other, and the bills are equal at some points'
        >>> d = N(points=((D(1), D(6)), (D(2), D(12))))
        >>> bills_course(["A", "D"], [a, d], free=False)
        'the cheaper model is the same all along'
    """
    if len(priced) < 2:
        return ""
    two = len(priced) == 2
    kind = "priced " if free else ""
    lows: list[set[int]] = []
    for column in zip(*(cv.points for cv in priced), strict=False):
        low = min(y for _, y in column)
        lows.append({k for k, (_, y) in enumerate(column) if y == low})
    lowest = set.intersection(*lows) if lows else set()
    if len(lowest) == len(priced):
        return f"the {kind}bills are equal all along"
    if all(found == lowest for found in lows) and len(lowest) == 1:
        return f"the {'cheaper' if two else 'cheapest'} {kind}model is the same all along"
    who = fmt.join_words([names[k] for k in sorted(lowest)])
    if all(found == lowest for found in lows):  # (two or more tie all along, below the rest)
        return f"{who} have equal {kind}bills, the lowest, all along"
    verb = "is" if len(lowest) == 1 else "are"
    return (f"{who} {verb} never dearer than {'the other' if two else 'the others'}, and the "
            f"{kind}bills are equal at some points")


def gap_kind(gap: ScoreGap) -> str:
    """Why a pair of scores is not compared, in a few words (a gap's ``reason`` as a kind).

    Examples:
        >>> from types import SimpleNamespace as N
        >>> gap_kind(N(reason='settings differ: "a" against "b"'))
        'settings that differ'
        >>> gap_kind(N(reason='separate evaluations, only one setting states "no tools"'))
        'separate evaluations'
        >>> gap_kind(N(reason="not on record as one evaluation"))
        'evaluations not on record as one'
        >>> gap_kind(N(reason='only one setting states "CoT"'))
        'a setting stated on one side only'
    """
    reason = gap.reason or "not comparable"
    if reason.startswith("settings differ"):
        return "settings that differ"
    if "evaluations" in reason:
        return "separate evaluations"
    if reason.startswith("not on record as one evaluation"):  # review 10, I11
        return "evaluations not on record as one"
    if "not stated" in reason:
        return "a setting not stated"
    if reason.startswith("only one setting states"):
        return "a setting stated on one side only"
    if "harnesses" in reason:
        return "different harnesses"
    return reason


def gaps_said(gaps: Sequence[ScoreGap]) -> str:
    """The pairs of scores a gap chart draws, counted as the page's tables read them.

    Comparable pairs (one evaluation, one setting) and how many have a 95% sampling interval
    and lie outside it; the rest "not compared", with their kinds of reason.

    Examples:
        >>> from decimal import Decimal as D
        >>> from types import SimpleNamespace as N
        >>> bare = N(comparable=True, gap=D(2), interval_95=None, significant=None, reason=None)
        >>> apart = N(comparable=False, gap=None, interval_95=None, significant=None,
        ...           reason="different evaluations")
        >>> for part in gaps_said([bare, apart, apart]).split("; "):
        ...     print(part)
        three pairs of scores on shared benchmarks: one comparable, no 95% sampling interval drawn
        two not compared (separate evaluations)
    """
    comparable = [g for g in gaps if g.comparable and g.gap is not None]
    drawn = [g for g in comparable if g.interval_95 is not None]
    outside = sum(bool(g.significant) for g in drawn)
    k, m = len(comparable), len(drawn)
    if not k:
        said = "none comparable"
    elif not m:
        said = f"{fmt.count_word(k)} comparable, no 95% sampling interval drawn"
    else:
        said = (f"{fmt.count_word(k)} comparable, "
                + (("with its" if k == 1 else "each with its") if m == k
                   else f"{fmt.count_word(m)} with a")
                + " 95% sampling interval; "
                + (("outside noise" if outside else "within noise") if m == 1
                   else f"{fmt.count_word(outside) if outside else 'none'} of them outside "
                   "noise"))
    rest = [g for g in gaps if not (g.comparable and g.gap is not None)]
    if rest:
        kinds = list(dict.fromkeys(gap_kind(g) for g in rest))
        said += (f"; {fmt.count_word(len(rest))} not compared "
                 f"({fmt.join_words(kinds, 'or')})")
    return f"{fmt.plural(len(gaps), 'pair')} of scores on shared benchmarks: {said}"


def gaps_title(gaps: Sequence[ScoreGap]) -> str:
    """A gap chart's title: "with 95% intervals" only where every gap drawn has one.

    Examples:
        >>> from types import SimpleNamespace as N
        >>> gaps_title([N(comparable=True, gap=1, interval_95=None)])
        'Benchmark gaps (no 95% sampling interval drawn)'
    """
    drawn = [g for g in gaps if g.comparable and g.gap is not None]
    with_interval = sum(g.interval_95 is not None for g in drawn)
    if drawn and with_interval == len(drawn):
        return "Benchmark gaps with 95% intervals"
    if with_interval:
        return "Benchmark gaps (95% intervals where drawn)"
    return "Benchmark gaps (no 95% sampling interval drawn)"
