"""Why each bill's provider was chosen, as the cost section says it: a shared reason said once.

A bill's note on its provider (``CostEstimate.choice``: a tie broken by tier or window, a
reseller passed over, a reseller's bill under the cheapest policy) is said where it explains
something. Models whose notes read word for word alike, figures included, are named together
("GPT-4.1 and o3 alike: billed on OpenAI, the model maker's own API; ...", where the two
sentences differed only by the name: review 15 leftovers, R4), each model's evidence and checks
kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.analysis.choice import WIDER_RULE

from . import format as fmt, paths
from .claims import Check, CheckOp, Claim
from .listings import choice_evidence, choice_text

if TYPE_CHECKING:
    from phicompare.analysis.facts import CostEstimate

    from .context import Context

__all__ = ["choice_claims"]


def choice_claims(x: Context) -> list[Claim]:
    """The notes on the bills' providers, one sentence for the models that share one.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> c = compare("gpt-5", "gpt-4.1", "o3", as_of=dt.date(2026, 11, 25))
        >>> [claim.text.partition(":")[0] for claim in choice_claims(context_of(c))]
        ['GPT-5', 'GPT-4.1 and o3 alike']
    """
    said: dict[str, list[CostEstimate]] = {}
    for e in x.c.cost.estimates:
        # a tie broken by tier or window, a reseller passed over, or (the cheapest policy) a
        # reseller's bill
        shown = e.preferred_tier is not None or e.reseller_bill or (
            e.choice is not None and WIDER_RULE in e.choice)
        if shown and e.choice is not None and not e.fallback:
            rows = x.c.route_groups[e.model_index][0]  # (those applying a long-context tier)
            tiering = [r.provider_name for r in rows if r.tier_above is not None]
            said.setdefault(choice_text(e, tiering) or e.choice, []).append(e)
    claims = []
    for text, whom in said.items():
        names = fmt.join_words([x.names[e.model_index] for e in whom])
        claims.append(Claim(
            key=f"choice:{whom[0].model_index}",
            text=f"{names}{' alike' if len(whom) > 1 else ''}: {text}.",
            evidence=tuple(ev for e in whom for ev in choice_evidence(e)),
            checks=tuple(Check(op=CheckOp.TRUE, paths=(paths.estimate(
                e.model_index, "reseller_bill"),)) for e in whom if e.reseller_bill)))
    return claims
