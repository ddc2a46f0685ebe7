"""Gaps across evaluations that no run spread can judge: a pair's said in one sentence.

The deep dive wrote "X: A 13.6 and B 6.1, not on record as one evaluation; no repeated run
measures how far runs differ, so the gap cannot be judged." once a benchmark, three times in a
row (review 11, K13). A pair's such gaps now read as one sentence that gives the reason once,
as :func:`~.benchmarks.directions_claim` does for gaps beyond the spread.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from . import format as fmt
from .benchmarks import ONE_RUN, UNMATCHED, UNSET, across_basis, score_label
from .claims import Claim
from .other_runs import runs_aside

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .context import Context, RowGap

__all__ = ["unjudged", "unjudged_claim"]


def unjudged(g: RowGap) -> tuple[int, int] | None:
    """The two models (in page order) of a gap across evaluations with no run spread.

    ``None`` where the scores are one evaluation on record, a run spread is known (then
    :func:`~.benchmarks.directions` applies), or a score is missing.
    """
    gap = g.gap
    if not gap.directional or gap.run_spread is not None or gap.gap is None \
            or g.score(g.i) is None or g.score(g.j) is None:
        return None
    return min(g.i, g.j), max(g.i, g.j)


def unjudged_claim(x: Context, gaps: list[RowGap], rest: Sequence[RowGap] = ()) -> Claim:
    """Gaps that no run spread can judge: one sentence, the reason said once a page.

    One pair's: "A and B are scored on three benchmarks in different evaluations, with no
    repeated run to measure how far runs differ, so the gaps cannot be judged: Z (5-shot), 90.0
    and 50.0; ..." ("..., none on record as from one evaluation, ..." where they are not on
    record as two; it read "A and B on three benchmarks, each pair from ...", with no verb:
    review 15, P10). Several pairs' (review 12, L14: each pair had its own sentence, the clause
    three times in a row): "Three gaps come from different evaluations with no repeated run to
    measure how far runs differ, so none can be judged: SimpleQA, B 15.0 and C 30.1; ...". No
    direction: a gap across evaluations is one only beyond the spread between runs. Each gap
    rests on what :func:`~.benchmarks.evaluation_claim` would say of it alone.

    ``rest`` holds the page's other such gaps, smaller than ``gaps``: the count is of all, and
    the list names "the three largest" (review 14, N5: "Three gaps" listed three of six). The
    one-pair form is for a page whose every such gap is of one pair.
    """
    every = [*gaps, *rest]
    pairs = [unjudged(g) for g in every]
    assert None not in pairs
    several = len(set(pairs)) > 1
    items = []
    for g, pair in zip(gaps, pairs, strict=False):
        assert pair is not None
        first, second = pair
        one, two = g.score(first), g.score(second)
        assert one is not None and two is not None  # noqa: PT018 - a gap has both scores
        label = score_label(x, first, g.row.benchmark.label, one.setting)
        aside = runs_aside(x.names, g.k, g.row, pair, g.gap)[0]  # (its evidence: each's)
        items.append((f"{label}, {x.names[first]} {fmt.points(one.score)} and {x.names[second]} "
                      f"{fmt.points(two.score)}" if several else
                      f"{label}, {fmt.points(one.score)} and {fmt.points(two.score)}")
                     + (f" ({aside.removeprefix('; ')})" if aside else ""))
    unknown = any(g.gap.evaluations_unknown for g in every)
    unset = [g.gap.settings_unknown for g in every]  # one evaluation, settings unknown
    listed = f"{'; '.join(items[:-1])}; and {items[-1]}"
    listed = f"; the {fmt.count_word(len(gaps))} largest: {listed}" if rest else f": {listed}"
    if several:
        apart = (f"each come {UNSET}" if all(unset) else f"are {UNMATCHED}" if any(unset)
                 else "are not on record as from one evaluation" if unknown else
                 "come from different evaluations")
        text = fmt.opening(f"{fmt.count_word(len(every))} gaps {apart}, with no repeated "
                f"run to measure how far runs differ, so none can be judged{listed}.")
        key = "unjudged"
    else:
        first, second = pairs[0] or (0, 1)
        apart = (f", each {UNSET}," if all(unset) else f", none {ONE_RUN}," if any(unset)
                 else ", none on record as from one evaluation,"  # none said "separate" then
                 if unknown else " in different evaluations,")  # a verb (review 15, P10)
        text = (f"{x.names[first]} and {x.names[second]} are scored on "
                f"{fmt.count_word(len(every))} benchmarks{apart} with no repeated run to measure "
                f"how far runs differ, so the gaps cannot be judged{listed}.")
        key = f"unjudged:{first}:{second}"
    return Claim(key=key, text=text, basis=partial(across_basis, x.names, gaps, rest))
