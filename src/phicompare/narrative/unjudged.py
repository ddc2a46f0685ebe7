"""Gaps across evaluations that no run spread can judge: a pair's said in one sentence.

The deep dive wrote "X: A 13.6 and B 6.1, not on record as one evaluation; no repeated run
measures how far runs differ, so the gap cannot be judged." once a benchmark, three times in a
row (review 11, K13). A pair's such gaps now read as one sentence that gives the reason once,
as :func:`~.benchmarks.directions_claim` does for gaps beyond the spread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt
from .benchmarks import evaluation_claim, setting_label
from .claims import Basis, Claim

if TYPE_CHECKING:
    from .context import Context, RowGap

__all__ = ["unjudged", "unjudged_claim"]


def unjudged(g: RowGap) -> tuple[int, int] | None:
    """The two models (in page order) of a gap across evaluations with no run spread.

    ``None`` where the scores are one evaluation on record, a run spread is known (then
    :func:`~.benchmarks.directions` applies), or a score is missing.
    """
    gap = g.gap
    if not gap.evaluations_differ or gap.run_spread is not None or gap.gap is None \
            or g.row.scores[g.i] is None or g.row.scores[g.j] is None:
        return None
    return min(g.i, g.j), max(g.i, g.j)


def unjudged_claim(x: Context, gaps: list[RowGap]) -> Claim:
    """Gaps of one pair that no run spread can judge: one sentence, the reason said once.

    "A and B on three benchmarks, none on record as from one evaluation, with no repeated run
    to measure how far runs differ, so the gaps cannot be judged: Z (5-shot), 90.0 and 50.0;
    ...". No direction: a gap across evaluations is one only beyond the spread between runs.
    Each gap rests on what :func:`~.benchmarks.evaluation_claim` would say of it alone.
    """
    found = unjudged(gaps[0])
    assert found is not None
    first, second = found
    items = []
    for g in gaps:
        one, two = g.row.scores[first], g.row.scores[second]
        assert one is not None and two is not None  # noqa: PT018 - a gap has both scores
        label = setting_label(g.row.benchmark.label, one.setting)
        items.append(f"{label}, {fmt.points(one.score)} and {fmt.points(two.score)}")
    apart = ("none on record as from one evaluation"  # none said "separate" then
             if any(g.gap.evaluations_unknown for g in gaps) else
             "each pair from different evaluations")
    text = (f"{x.names[first]} and {x.names[second]} on {fmt.count_word(len(gaps))} benchmarks, "
            f"{apart}, with no repeated run to measure how far runs differ, so the gaps cannot "
            f"be judged: {'; '.join(items[:-1])}; and {items[-1]}.")
    each = [evaluation_claim(x, g) for g in gaps]
    return Claim(key=f"unjudged:{first}:{second}", text=text, basis=lambda: Basis(
        tuple([e for claim in each for e in claim.evidence]),
        tuple([check for claim in each for check in claim.checks])))
