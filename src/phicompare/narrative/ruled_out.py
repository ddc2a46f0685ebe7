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
    """The requirements that alone rule models out, each with its count, in the asked order.

    Examples:
        >>> from phicompare import recommend
        >>> r = recommend(requires=["vision"], min_context=128_000, budget="0")
        >>> print(ruled_out_claim(r).text)  # doctest: +ELLIPSIS
        Of the models that meet every other requirement, the $0.00 budget alone rules out ...
    """
    counts = r.ruled_out_alone
    named = [(k, n) for k, n in enumerate(counts) if n]
    evidence = [Evidence(FactPath(f"ruled_out_alone[{k}]"), n, fmt.count_word(n),
                         EvidenceKind.COUNT_WORD) for k, n in named]
    if not named:
        return Claim(key="summary:ruled-out", text=(
            "No model fails only one requirement: each fails two or more."),
            evidence=tuple(Evidence(FactPath(f"ruled_out_alone[{k}]"), n)
                           for k, n in enumerate(counts)))
    parts: list[str] = []
    for k, n in named:
        words, shown = _noun(r.requirements[k], r)
        evidence += shown
        parts.append(f"{words} alone rules out {fmt.count_word(n)}" if not parts
                     else f"{words} {fmt.count_word(n)}")
    return Claim(key="summary:ruled-out",
                 text=f"Of the models that meet every other requirement, "
                      f"{fmt.join_words(parts)}.", evidence=tuple(evidence))


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
             RequirementKind.ROUTE: "the need for an eligible priced route",
             RequirementKind.RELEASED: f"the requirement of a release by {value}"}
    return words.get(kind, value), []
