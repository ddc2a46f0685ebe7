"""Why no benchmark compares: the summary's sentence where no pair of scores is one evaluation.

Split from ``narrative.benchmarks``. One benchmark every model scores is named, not "They
share benchmarks" (review 13, M9). The count is of the rows the benchmark table shows (scores
from two models or more), with how many of them every model scores: "Seven benchmarks have
scores from two or more of these models (one, Aider Polyglot, from all three)", not "They
share one benchmark, Aider Polyglot" over a table of seven (review 15, P8). Each row's scores,
present or not, are checked, so the count holds of the facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence
from .context import Context

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.facts import BenchmarkRow

__all__ = ["no_comparable_claim", "none_shared", "scored_models"]

_NAMED = 3
"""At most this many benchmarks every model scores are named in the count's bracket."""

_NONE = ("but none is on record as scored in one evaluation under one setting, so the scores "
         "are not directly comparable.")


def no_comparable_claim(x: Context) -> Claim:
    """No benchmark is scored alike for any pair: why not, and over how many benchmarks."""
    rows = x.c.benchmarks
    # the rows two models or more score (of two models, both: most pages, tens of rows)
    several = ([k for k, r in enumerate(rows)
                if r.scores[0] is not None and r.scores[1] is not None] if x.n == 2 else
               [k for k, r in enumerate(rows) if sum(s is not None for s in r.scores) > 1])
    every = [k for k in several if rows[k].shared]  # rows every model scores
    named = every if len(every) <= _NAMED else []
    if len(several) == 1 and every:  # one row, every model scores it (review 13, M9)
        text = (f"They share one benchmark, {rows[every[0]].benchmark.label}, but its scores are "
                "not on record as one evaluation under one setting, so they are not directly "
                "comparable.")
    elif several and len(every) == len(several):
        named = []
        text = f"They share {fmt.count_word(len(every))} benchmarks, {_NONE}"
    elif len(scored := scored_models(rows)) == 1:  # the others have none (helper fixCJ)
        text = f"Only {x.names[scored[0]]} has benchmark scores recorded, so none can be compared."
    elif rows and x.n == 2:
        text = "No benchmark has scores for both, so none can be compared."
    elif every:  # counted, with those every model scores (review 15, P8)
        which = f", {fmt.join_words([rows[k].benchmark.label for k in named])}," if named else (
            " of them")
        text = fmt.opening(f"{fmt.count_word(len(several))} benchmarks have scores from two "
                f"or more of these models ({fmt.count_word(len(every))}{which} from all "
                f"{fmt.count_word(x.n)}), {_NONE}")
    elif several:
        named = several if len(several) == 1 else []
        whom = "two of these models" if x.n == 3 else "more than one of these models"
        text = (f"One benchmark, {rows[several[0]].benchmark.label}, has scores from {whom}, but "
                "they are not on record as from one evaluation under one setting, so they are "
                "not directly comparable."
                if len(several) == 1 else
                fmt.opening(f"{fmt.count_word(len(several))} benchmarks have scores from "
                            f"{whom}, {_NONE}"))
    elif rows:
        text = "No benchmark has scores from two of these models, so none can be compared."
    else:
        text = "No benchmark scores are recorded for these models."
    return Claim(key="no-comparable", text=text, basis=lambda: Basis(
        evidence=(*([Evidence(paths.benchmark(k, "id"), r.benchmark.id)
                     for k, r in enumerate(rows)] or [Evidence(paths.BENCHMARKS, rows)]),
                  *[Evidence(paths.benchmark(k, "label"), rows[k].benchmark.label,
                             rows[k].benchmark.label) for k in named]),
        checks=(*(Check(op=CheckOp.FALSE, paths=(paths.pair(k, p, "comparable"),))
                  for k, r in enumerate(rows) for p in range(len(r.pairs))),
                *(Check(op=CheckOp.NONE if s is None else CheckOp.KNOWN,
                        paths=(paths.score_record(k, i),))
                  for k, r in enumerate(rows) for i, s in enumerate(r.scores)))))


def scored_models(rows: Sequence[BenchmarkRow]) -> list[int]:
    """The models some benchmark row scores, in order.

    Examples:
        >>> from phicompare import compare
        >>> scored_models(compare("gemini-1.5-pro", "gemini-2.5-pro").benchmarks)
        [0, 1]
        >>> scored_models(compare("jamba-large", "mixtral-8x22b-instruct").benchmarks)
        []
    """
    found: set[int] = set()
    for row in rows:
        found.update([i for i, score in enumerate(row.scores) if score is not None])
    return sorted(found)


def none_shared(names: Sequence[str], rows: Sequence[BenchmarkRow]) -> str:
    """The benchmarks section's (and chart's) sentence where no benchmark has two scores.

    What is true of the models' scores, as the summary says it (helper fixCJ: "No benchmark
    has scores from both models." where neither model had any): none recorded, one model's
    alone, or none from two (by the models' number: review 29, F9).

    Examples:
        >>> from phicompare import compare
        >>> c = compare("jamba-large", "mixtral-8x22b-instruct")
        >>> none_shared(c.names, c.benchmarks)
        'No benchmark scores are recorded for these models.'
        >>> c = compare("gemini-1.5-pro", "gemini-2.5-pro")
        >>> none_shared(c.names, c.benchmarks)
        'No benchmark has scores from both models.'
    """
    scored = scored_models(rows)
    if not scored:
        return "No benchmark scores are recorded for these models."
    if len(scored) == 1:
        return f"Only {names[scored[0]]} has benchmark scores recorded."
    whom = "both models" if len(names) == 2 else "two of these models"  # (review 29, F9)
    return f"No benchmark has scores from {whom}."
