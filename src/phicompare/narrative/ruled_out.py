"""What an empty recommendation says to relax: the models each requirement alone rules out.

Split from :mod:`.reasons`: a recommendation that no model meets names, for each requirement,
how many models meet every other one but not it (``Recommendation.ruled_out_alone``; review 27,
P10), or says that none fails only one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.analysis.requirements import Requirement, RequirementKind

from . import format as fmt
from .claims import Claim, Evidence, EvidenceKind
from .paths import FactPath

if TYPE_CHECKING:
    from phicompare.analysis.recommend import Recommendation

__all__ = ["ruled_out_claim"]


def ruled_out_claim(r: Recommendation) -> Claim:
    """What dropping each requirement alone would let in, in the asked order.

    With none matched, the models that meet every requirement but one are those that one
    alone keeps out (``Recommendation.ruled_out_alone``, judged again without a requirement
    that also rules routes out). With free tiers counted, the counts are of priced routes, as
    the ranking is (review 28, P4).

    Examples:
        >>> from phicompare import recommend
        >>> r = recommend(requires=["vision"], min_context=128_000, budget="0")
        >>> print(ruled_out_claim(r).text)  # doctest: +ELLIPSIS
        Without the $0.00 budget, ... models would meet every other requirement.
    """
    counts = r.ruled_out_alone
    kinds = [q.kind for q in r.requirements]
    named = [(k, n) for k, n in enumerate(counts) if n and kinds[k] is not RequirementKind.ROUTE]
    routeless = [(k, n) for k, n in enumerate(counts) if n and kinds[k] is RequirementKind.ROUTE]
    evidence = [Evidence(FactPath(f"ruled_out_alone[{k}]"), n, fmt.count_word(n),
                         EvidenceKind.COUNT_WORD) for k, n in (*named, *routeless)]
    if not named and not routeless:
        return Claim(key="summary:ruled-out", text=(
            "No requirement alone keeps every model out: dropping any one still leaves none."),
            evidence=tuple(Evidence(FactPath(f"ruled_out_alone[{k}]"), n)
                           for k, n in enumerate(counts)))
    priced = " on a priced route" if r.include_free else ""
    sentences = []
    for at, (k, n) in enumerate(named):
        words, shown = _noun(r.requirements[k], r)
        evidence += shown
        sentences.append(f"without {words}, {fmt.count_word(n)}" + (
            f" {'model' if n == 1 else 'models'} would meet every other requirement{priced}"
            if at == 0 else ""))
    text = "; ".join(sentences)
    text = fmt.capitalize(text) + "." if text else ""
    for _, n in routeless:  # (no route to drop: the traffic or the filters to change)
        text += (" " if text else "") + (
            f"Of the models that meet every other requirement, {fmt.count_word(n)} "
            f"{'has' if n == 1 else 'have'} no eligible priced route at this traffic.")
    return Claim(key="summary:ruled-out", text=text, evidence=tuple(evidence))


def _noun(asked: Requirement, r: Recommendation) -> tuple[str, list[Evidence]]:
    """A requirement as a noun phrase ("the $0.00 budget", "the vision requirement").

    With the evidence of the figure it shows, if any.
    """
    kind, value = asked.kind, asked.value or ""
    if kind is RequirementKind.BUDGET and r.budget is not None:
        shown = fmt.money(r.budget)
        return f"the {shown} budget", [Evidence(FactPath("budget"), r.budget, shown,
                                                EvidenceKind.MONEY)]
    if kind is RequirementKind.MIN_CONTEXT:
        return f"the {fmt.tokens(int(value))}-token context requirement", []
    words = {RequirementKind.CAPABILITY: f"the {value.replace('_', ' ')} requirement",
             RequirementKind.OPEN_WEIGHTS: "the published-weights requirement" if value == "yes"
             else "the closed-weights requirement",
             RequirementKind.LICENSE: f"the licence requirement ({value})",
             RequirementKind.PROVIDERS: "the provider filter",
             RequirementKind.RELEASED: f"the requirement of a release by {value}"}
    return words.get(kind, value), []
