"""The summary's sentence where benchmarks scored alike compare but none reads as a lead.

Split from ``narrative.overview``. A gap with no 95% sampling interval (the benchmark's item
count unsourced) is not within noise: the sentence says none could be drawn, naming the one
benchmark where there is one (review 7, F2), and of more than two models the one pair every gap
is between (review 29, F8).
"""

from __future__ import annotations

from collections.abc import Sequence

from . import format as fmt, paths
from .claims import Check, CheckOp, Claim, Evidence
from .context import Context, RowGap

__all__ = ["no_lead_claim"]


def no_lead_claim(x: Context, comparable: Sequence[RowGap]) -> Claim:
    """No gap scored alike (``comparable``, not empty) reads as a lead: why, in one sentence."""
    open_gaps = sum(g.row.pairs[g.p].significant is None for g in comparable)
    # of more than two models, the one pair every gap is between is named (review 29, F8)
    them, between = _one_pair(x, comparable)
    if not open_gaps:
        text = f"No benchmark scored alike separates {them} beyond sampling noise."
    elif open_gaps == 1 == len(comparable):  # named: the page says which (review 7, F2)
        text = (f"No 95% sampling interval could be drawn for the gap{between} on "
                f"{comparable[0].row.benchmark.label}, the one benchmark scored alike, so it "
                "is not read as a lead.")
    elif open_gaps == len(comparable) and len(
            labels := list(dict.fromkeys([g.row.benchmark.label for g in comparable]))) == 1:
        text = ("No 95% sampling interval could be drawn for the gaps on "  # one benchmark:
                f"{labels[0]}, the one benchmark scored alike, so none is read as a lead.")
    elif open_gaps == len(comparable):
        text = (f"No 95% sampling interval could be drawn for the gaps{between} on the "
                "benchmarks scored alike" + (f" ({fmt.join_words(labels)})" if len(labels) <= 4
                                             else "") + ", so none is read as a lead.")
    else:
        text = (f"No benchmark scored alike separates {them} beyond sampling noise where an "
                f"interval could be drawn; for {fmt.count_word(open_gaps)} of "
                f"{fmt.count_word(len(comparable))} gaps none could be.")
    return Claim(
        key="no-significant-gap", text=text,
        evidence=tuple(Evidence(g.path("comparable"), g.row.pairs[g.p].comparable)
                       for g in comparable)
        + tuple(Evidence(paths.benchmark(g.k, "label"), g.row.benchmark.label)
                for g in comparable if g.row.benchmark.label in text),
        checks=tuple(Check(op=CheckOp.FALSE if g.row.pairs[g.p].significant is not None
                           else CheckOp.NONE, paths=(g.path("significant"),))
                     for g in comparable))


def _one_pair(x: Context, gaps: Sequence[RowGap]) -> tuple[str, str]:
    """Whom gaps are between, as "separates ..." and "the gap ..." name them.

    Of two models "them" and nothing; of more, the pair's names where every gap is between one
    pair. Three models of which only two have a score alike read "the gap between Claude
    Sonnet 4.5 and GPT-5 on SWE-Bench Pro", never "the gap on SWE-Bench Pro" (review 29, F8).
    """
    pairs = {(g.i, g.j) if g.i < g.j else (g.j, g.i) for g in gaps}
    if x.n == 2 or len(pairs) != 1:
        return "them", ""
    a, b = next(iter(pairs))
    both = f"{x.names[a]} and {x.names[b]}"
    return both, f" between {both}"
