"""A recommendation's free tiers: the models that meet every requirement on one, said apart.

Split from :mod:`.reasons` (the claims that explain a ranking), whose summary ends with this
claim; its paths resolve in the recommendation, as the others do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.domain.pricing import RouteStatus

from . import format as fmt
from .claims import Check, CheckOp, Claim, Evidence, EvidenceKind
from .listed_name import name_evidence
from .paths import FactPath

if TYPE_CHECKING:
    from phicompare.analysis.recommend import Recommendation

__all__ = ["free_tiers_claim"]


def free_tiers_claim(r: Recommendation) -> Claim:
    """The models that meet every requirement on a free tier, apart from the ranking (F27).

    A free tier is not a price: none is ranked, "within the budget" or "the same bill" as
    another. Where the data records its usage limits, the traffic is within them (a free tier
    the traffic exceeds is no eligible route, so never listed here); where it does not, whether
    it carries the traffic is unknown.
    """
    unknown = [k for k, c in enumerate(r.free_tiers) if not c.estimate.usage]
    within = [k for k, c in enumerate(r.free_tiers) if c.estimate.usage]

    def named(ks: list[int]) -> str:
        return fmt.join_words([f"{r.names[r.free_tiers[k].model.id]} on "
                               f"{r.free_tiers[k].provider_name}" for k in ks])

    they = "it carries" if len(unknown) == 1 else "they carry"
    parts = [(f"the data does not record the usage limits of {named(unknown)}, so whether "
              f"{they} this traffic is unknown")] if unknown else []
    if within:
        parts.append(f"this traffic is within the recorded usage limits of {named(within)}")
    more = r.free_matched - len(r.free_tiers)
    if more:
        parts.append(f"{fmt.count_word(more)} more "
                     f"{'is' if more == 1 else 'are'} not listed")
    count = r.free_matched
    # a numeral opens no sentence (review 15 leftovers, R2)
    lead = ("One model meets every requirement on a free tier" if count == 1
            else f"On free tiers, {fmt.count_word(count)} models meet every requirement")
    return Claim(
        key="summary:free-tiers",
        text=f"{lead}, not ranked: a free tier is not a price; {'; '.join(parts)}.",
        evidence=(Evidence(FactPath("free_matched"), count,  # ("One"; "1,002": helper fixS)
                           None if count == 1 else fmt.count_word(count),
                           EvidenceKind.COUNT_WORD),
                  *(e for k, c in enumerate(r.free_tiers)
                    for e in name_evidence(f"free_tiers[{k}].model", c.model,
                                           r.names[c.model.id]))),
        checks=(*(Check(op=CheckOp.IN,
                        paths=(FactPath(f"free_tiers[{k}].estimate.route.status"),),
                        values=(RouteStatus.FREE_TIER.value,))
                  for k in range(len(r.free_tiers))),
                *(Check(op=CheckOp.FALSE,
                        paths=(FactPath(f"free_tiers[{k}].estimate.usage[{j}].exceeded"),))
                  for k in within for j in range(len(r.free_tiers[k].estimate.usage)))))
