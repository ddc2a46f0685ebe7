"""Where resellers' listings reverse the order of the bills (review 9, H9).

Under :attr:`~phicompare.RoutePolicy.CHEAPEST` a closed-weight model may be billed on a
reseller's listing far below its maker's price (``CostEstimate.reseller_bill``). A sentence that
calls such a bill the lowest says so (:func:`~.bills.resold`); where, at its maker's (or a major
cloud's) price, the bill would be above another model's, it says that too: the comparative rests on
the one listing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence, EvidenceKind

if TYPE_CHECKING:
    from collections.abc import Sequence
    from decimal import Decimal

    from phicompare.analysis.facts import CostEstimate

    from .context import Context

__all__ = ["reversed_order"]


def _unsold(e: CostEstimate) -> tuple[Decimal, str, paths.FactPath, paths.FactPath]:
    """A bill with resellers' listings of closed-weight models left out, with its paths.

    The maker's or a major cloud's where the estimate names one (``maker_bill``), else the bill
    itself; with the paths of its figure and provider.
    """
    i = e.model_index
    if e.reseller_bill and e.maker_bill is not None:
        return (e.maker_bill.monthly, e.maker_bill.provider_name,
                paths.estimate(i, "maker_bill.monthly"),
                paths.estimate(i, "maker_bill.provider_name"))
    assert e.monthly is not None  # (only bills are compared)
    return (e.monthly, e.provider_name or "", paths.estimate(i, "monthly"),
            paths.estimate(i, "provider_name"))


def reversed_order(x: Context, mine: Sequence[CostEstimate]) -> tuple[str, Basis | None]:
    """Where the lowest bill among ``mine`` is a reseller's listing that the maker's price reverses.

    "at Anthropic's price Claude Sonnet 4.5's bill would be $7,500.00 a month, above GPT-4.1's
    $4,800.00 on OpenAI": the lowest bill is a closed-weight model's on a reseller's listing, and
    at its ``maker_bill`` it would be above another model's bill, that model's own maker's (or a
    major cloud's) where it is billed on a reseller's listing too, else its bill as it stands.
    Empty (and ``None``) where no such reversal is.
    """
    known = [e for e in mine if e.monthly is not None]
    if len(known) < 2:
        return "", None
    low = min(known, key=lambda e: (e.monthly, e.model_index))
    if not low.reseller_bill or low.maker_bill is None:
        return "", None
    i, maker = low.model_index, low.maker_bill
    others = sorted((e for e in known if e is not low),
                    key=lambda e: (_unsold(e)[0], e.model_index))
    other = others[0]
    amount, provider, at, by = _unsold(other)
    if amount >= maker.monthly:
        return "", None
    j = other.model_index
    text = (f"at {maker.provider_name}'s price {x.names[i]}'s bill would be "
            f"{fmt.money(maker.monthly)} a month, above {x.names[j]}'s {fmt.money(amount)} "
            f"on {provider}")
    return text, Basis(
        (Evidence(paths.estimate(i, "maker_bill.provider_name"), maker.provider_name),
         Evidence(paths.estimate(i, "maker_bill.monthly"), maker.monthly,
                  fmt.money(maker.monthly), EvidenceKind.MONEY),
         Evidence(at, amount, fmt.money(amount), EvidenceKind.MONEY),
         Evidence(by, provider)),
        (Check(op=CheckOp.TRUE, paths=(paths.estimate(i, "reseller_bill"),)),
         Check(op=CheckOp.LESS, paths=(at, paths.estimate(i, "maker_bill.monthly")))))
