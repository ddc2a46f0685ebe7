"""A free tier's bills said once, and each free-tier-billed model's priced bill beside them.

A free tier is no price, and where its usage limits are not recorded whether it carries the
traffic is unknown: beside it the page states the bill the model's cheapest eligible priced
route would make (``CostFacts.priced``), compared with nothing and never a reason to pick.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from . import format as fmt, paths
from .bills import Style
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .limits import limited

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.analysis.facts import CostEstimate

    from .context import Context

__all__ = ["free_grouped", "priced_bills"]

_MONEY = EvidenceKind.MONEY


def free_grouped(x: Context, known: Sequence[CostEstimate]) -> str:
    """The bills in order, those on free tiers said so once.

    "A $0.00 and B $0.00, both on free tiers, which are not prices" or "A $0.00 and B $0.00 on
    free tiers, which are not prices, and C $52.00"; one alone keeps its parenthesis.
    """
    free = x.c.cost.free_indexes

    def bill(e: CostEstimate) -> str:
        return f"{x.names[e.model_index]} {fmt.money(e.monthly or Decimal(0))}"

    on_free = [e for e in known if e.model_index in free]
    if len(on_free) < 2:
        return fmt.join_words([bill(e) + (" (on a free tier, which is not a price)"
                                          if e.model_index in free else "") for e in known])
    group = fmt.join_words([bill(e) for e in on_free])
    if len(on_free) == len(known):
        every = "both" if len(known) == 2 else "all"
        return f"{group}, {every} on free tiers, which are not prices"
    rest = [bill(e) for e in known if e.model_index not in free]
    return f"{group} on free tiers, which are not prices, and {fmt.join_words(rest)}"


def priced_bills(x: Context, style: Style) -> list[Claim]:
    """The priced bill of each model billed on a free tier (``CostFacts.priced``), or none.

    Whether a free tier without recorded usage limits carries the traffic is unknown (one the
    traffic exceeds bills nothing: ``narrative/limits.py``): the page gives the cheapest
    eligible priced route's bill beside it, compared with nothing.
    """
    priced = x.c.cost.priced
    if not priced:
        return []
    have = [(k, e) for k, e in enumerate(priced) if e.monthly is not None]
    lack = [(k, e) for k, e in enumerate(priced) if e.monthly is None]
    full = style != "summary"
    where = [f"{x.names[e.model_index]}{' would cost' if j == 0 else ''} "
             f"{fmt.money(e.monthly or Decimal(0))}{' a month' if j == 0 else ''}"
             + (f" on {e.provider_name}" if full else "") for j, (_, e) in enumerate(have)]
    none = fmt.join_words([x.names[e.model_index] for _, e in lack])
    no_route = (f"{none} {'has' if len(lack) == 1 else 'have'} no eligible priced route"
                if lack else "")
    route = "routes" if len(have) > 1 else "route"
    # a free tier whose recorded limits the traffic is within is known to carry it (on average)
    unknown = [e for e in x.c.cost.estimates if e.model_index in x.c.cost.free_indexes
               and not (limited(e) and e.usage)]
    fitting = [e for e in x.c.cost.estimates if e.model_index in x.c.cost.free_indexes
               and limited(e) and e.usage]
    named = fmt.join_words([x.names[e.model_index] for e in unknown])
    whether = ("Whether a free tier carries this traffic is unknown"
               if len(unknown) == len(x.c.cost.free_indexes) else
               f"Whether {named}'s free tier carries this traffic is unknown" if len(unknown) == 1
               else f"Whether the free tiers of {named} carry this traffic is unknown"
               if unknown else "Beside the free tiers")
    if full:
        lead = f"{whether}{';' if unknown else ','} on the cheapest eligible priced {route}"
    else:
        lead = f"On priced {route}" if len(have) > 1 else "On a priced route"
    said = [f"{lead}, {fmt.join_words(where)}"] if have else \
        [whether] if full and unknown else []
    text = fmt.capitalize("; ".join([*said, *([no_route] if no_route else [])])) + "."

    def basis() -> Basis:
        return Basis(
            tuple(Evidence(paths.priced(k, "monthly"), e.monthly,
                           fmt.money(e.monthly or Decimal(0)), _MONEY) for k, e in have)
            + tuple(Evidence(paths.priced(k, "provider_name"), e.provider_name,
                             e.provider_name) for k, e in have if full)
            + tuple(Evidence(paths.priced(k, "monthly"), None) for k, _ in lack),
            tuple(Check(op=CheckOp.NONE, paths=(paths.priced(k, "monthly"),))
                  for k, _ in lack)
            + tuple(Check(op=CheckOp.FALSE, paths=(paths.usage(e.model_index, j, "exceeded"),))
                    for e in fitting for j in range(len(e.usage)) if full)
            + tuple(Check(op=CheckOp.NONE, paths=(paths.estimate(e.model_index, "route.limits"),))
                    for e in unknown if full and not limited(e)))

    return [Claim(key=f"priced-bills:{style}", text=text, basis=basis)]
