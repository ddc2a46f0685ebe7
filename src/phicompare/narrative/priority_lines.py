"""A `pick` candidate's priority-benchmark lines: its score on each, or why none ordered it.

Split from :mod:`phicompare.narrative.reasons`, which places them after each candidate's rank.
A missing score is said once: where the benchmark could not order a tie for want of scores, that
line names the candidate, and no "No ... score" line repeats it (review 7, F34).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.analysis.ranking import OrderBasis

from . import format as fmt
from .benchmarks import setting_label
from .claims import Check, CheckOp, Claim, Evidence, EvidenceKind
from .paths import FactPath

if TYPE_CHECKING:
    from phicompare.analysis.recommend import Recommendation

__all__ = ["priority_lines"]


def priority_lines(r: Recommendation, i: int) -> list[Claim]:
    """Why a priority benchmark could not order the candidate's tie, then its scores.

    Examples:
        >>> from phicompare import recommend
        >>> [c.text for c in priority_lines(recommend(priorities=["mmlu"], limit=1), 0)]
        ['No MMLU score in the catalog.']
    """
    c = r.candidates[i]
    p = f"candidates[{i}]"
    claims = []
    said: set[str] = set()  # benchmarks whose missing score a line has named
    unusable = () if c.placement is None or c.placement.basis is OrderBasis.COST \
        else c.placement.unusable
    for j, (bench_id, why) in enumerate(unusable):
        label = next((s.benchmark.label for s in c.priorities if s.benchmark.id == bench_id),
                     bench_id)
        if c.model.name in why:
            said.add(bench_id)
        claims.append(Claim(
            key=f"unusable:{c.model.id}:{bench_id}",
            text=f"{label} could not order the models with this bill: {why}.",
            evidence=(Evidence(FactPath(f"{p}.placement.unusable[{j}][1]"), why, why),)))
    for j, s in enumerate(c.priorities):
        path = f"{p}.priorities[{j}].score"
        if s.score is None:
            if s.benchmark.id not in said:
                claims.append(Claim(key=f"priority:{c.model.id}:{s.benchmark.id}",
                                    text=f"No {s.benchmark.label} score in the catalog.",
                                    evidence=(Evidence(FactPath(path), None),),
                                    checks=(Check(op=CheckOp.NONE, paths=(FactPath(path),)),)))
            continue
        shown = fmt.points(s.score.score)
        claims.append(Claim(
            key=f"priority:{c.model.id}:{s.benchmark.id}",
            text=f"Scores {shown} on {setting_label(s.benchmark.label, s.score.setting)}.",
            evidence=(Evidence(FactPath(f"{path}.score"), s.score.score, shown,
                               EvidenceKind.POINTS, s.score.source),)))
    return claims
