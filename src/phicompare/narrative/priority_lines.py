"""A `pick` candidate's priority-benchmark lines: its score on each, or why none ordered it.

Split from :mod:`phicompare.narrative.reasons`, which places them after each candidate's rank.
A missing score is said once: where the benchmark could not order a tie for want of scores, that
line names the candidate, and no "No ... score" line repeats it (review 7, F34). A benchmark no
candidate has a score on is said once under the list (:func:`priority_notes`), with the split
of it some candidates have (review 25, P9: GPQA and GPQA Diamond are two benchmarks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.analysis.ranking import OrderBasis
from phicompare.catalog.benchmark_names import STATED_SPLITS

from . import format as fmt
from .benchmarks import setting_label
from .claims import Check, CheckOp, Claim, Evidence, EvidenceKind
from .listed_name import name_evidence
from .paths import FactPath

if TYPE_CHECKING:
    from phicompare.analysis.recommend import Recommendation
    from phicompare.domain.records import Benchmark

__all__ = ["priority_lines", "priority_notes"]


def priority_lines(r: Recommendation, i: int) -> list[Claim]:
    """Why a priority benchmark could not order the candidate's tie, then its scores.

    Examples:
        >>> from phicompare import recommend
        >>> r = recommend(priorities=["mmlu"], limit=1)
        >>> priority_lines(r, 0), [c.text for c in r.reasons.notes]  # (said under the list)
        ([], ['The candidate listed has no score on MMLU.'])
    """
    c = r.candidates[i]
    p = f"candidates[{i}]"
    claims = []
    # benchmarks whose missing score a line has named: under the list, for every candidate
    said = {b.id for b in _unscored(r)}
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


def _unscored(r: Recommendation) -> list[Benchmark]:
    """The priority benchmarks no listed candidate has a score on."""
    return [b for b in r.priorities if r.candidates and all(
        s.score is None for c in r.candidates for s in c.priorities if s.benchmark.id == b.id)]


def priority_notes(r: Recommendation) -> tuple[Claim, ...]:
    """Each priority benchmark no candidate has a score on, said once, with its splits they have.

    A split of a benchmark is a benchmark of its own (``gpqa-diamond`` beside ``gpqa``,
    :data:`~phicompare.catalog.benchmark_names.STATED_SPLITS`, or an id that extends it): the
    note names the candidates with a score on one, and the id a priority takes to order by it.

    Examples:
        >>> from phicompare import recommend
        >>> r = recommend(requires=["reasoning"], open_weights=True, licenses=["MIT"],
        ...               priorities=["gpqa"], limit=3)
        >>> [c.text for c in priority_notes(r)]  # doctest: +NORMALIZE_WHITESPACE
        ['Of the three candidates, none has a score on GPQA; DeepSeek R1 Distill Llama 70B,
          DeepSeek R1 Distill Qwen 7B and Phi-4 Mini Reasoning have one on GPQA Diamond, a
          benchmark of its own (priority gpqa-diamond).']
    """
    notes = []
    for b in _unscored(r):
        n = len(r.candidates)
        evidence = [Evidence(FactPath(f"candidates[{k}].priorities[{j}].score"), None)
                    for k, c in enumerate(r.candidates)
                    for j, s in enumerate(c.priorities) if s.benchmark.id == b.id]
        checks = [Check(op=CheckOp.NONE, paths=(e.path,)) for e in evidence]
        text = (f"The candidate listed has no score on {b.label}" if n == 1 else
                f"Neither candidate has a score on {b.label}" if n == 2 else
                f"Of the {fmt.count_word(n)} candidates, none has a score on {b.label}")
        named = {s.benchmark for c in r.candidates for s in c.model.scores
                 if s.benchmark.startswith(f"{b.id}-")}
        split = STATED_SPLITS.get(b.id)
        kin = []
        for kin_id in sorted(named | ({split[1]} if split else set())):
            having = [(k, m) for k, c in enumerate(r.candidates)
                      for m, score in enumerate(c.model.scores) if score.benchmark == kin_id]
            first = list(dict.fromkeys(k for k, _ in having))
            if not first:
                continue
            label = split[2] if split and split[1] == kin_id else kin_id
            who = (fmt.join_words([r.names[r.candidates[k].model.id] for k in first])
                   if len(first) <= 3 else f"{fmt.count_word(len(first))} of them")
            verb = "has" if len(first) == 1 else "have"
            kin.append(f"{who} {verb} one on {label}, a benchmark of its own "
                       f"(priority {kin_id})")
            evidence += [e for k in first if len(first) <= 3
                         for e in name_evidence(f"candidates[{k}].model", r.candidates[k].model,
                                                r.names[r.candidates[k].model.id])]
            evidence += [Evidence(FactPath(f"candidates[{k}].model.scores[{m}].benchmark"),
                                  kin_id, kin_id) for k, m in having]
        text += f"; {'; '.join(kin)}." if kin else "."
        notes.append(Claim(key=f"unscored:{b.id}", text=text, evidence=tuple(evidence),
                           checks=tuple(checks)))
    return tuple(notes)
