"""A bill left on another provider's old listing once its maker retired its own route.

Claude Opus 3 on a page dated 2026-12-03: Anthropic retired its own route on 2026-01-05, and the
bill is Amazon Bedrock's listing, its price and status last checked 2025-05-22. The summary, the
line at a glance and the verdict compared that bill ("Claude Opus 4.5 is $20,500.00 cheaper")
without saying either; only the route table, the FAQ and the cost section did (helper fixCN).
The summary says it once, right after its bills, for each model the rule holds of
(:func:`retired_maker`): every route of the model's maker's own (``RouteRow.maker``) retired by the
page's date, and its bill on another provider's listing whose price was checked more than
:data:`~phicompare.analysis.facts.STALE_PRICE_DAYS` days before it (``RouteRow.stale``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from . import format as fmt, paths
from .claims import Check, CheckOp, Claim, Evidence, EvidenceKind
from .price_caveats import stale_bill

if TYPE_CHECKING:
    from .context import Context

__all__ = ["Retired", "retired_maker", "retired_maker_claims"]


class Retired(NamedTuple):
    """Where the rule holds: the bill's row and the maker's own rows (in ``x.c.routes``)."""

    bill: int
    makers: tuple[int, ...]


def retired_maker(x: Context, i: int) -> Retired | None:
    """Model ``i``'s stale bill on another provider's listing, its maker's routes all retired.

    ``None`` where the model has no bill, its bill's price was checked within 180 days of the
    comparison's date, the bill is on its maker's own route, or its maker has no route in the
    catalog or one not retired by the page's date.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("claude-3-opus", "claude-opus-4-5",
        ...                        as_of=dt.date(2026, 12, 3)))
        >>> found = retired_maker(x, 0)
        >>> x.c.routes[found.bill].provider_name, [x.c.routes[k].provider_name
        ...                                         for k in found.makers]
        ('Amazon Bedrock', ['Anthropic'])
        >>> retired_maker(x, 1) is None
        True
    """
    k = stale_bill(x, i)
    if k is None or x.c.routes[k].maker:
        return None
    rows, ks = x.c.route_groups[i]
    makers = tuple(j for j, row in zip(ks, rows, strict=True) if row.maker)
    day = x.c.as_of
    retires = [x.c.routes[j].route.retires for j in makers]
    if not makers or any(d is None or d > day for d in retires):
        return None
    return Retired(k, makers)


def retired_maker_claims(x: Context) -> list[Claim]:
    """The summary's sentence of each model :func:`retired_maker` holds of, in page order.

    "Claude Opus 3's bill rests on Amazon Bedrock's listing, its price and status last checked
    2025-05-22; Anthropic retired its own route on 2026-01-05." Several retired routes of the
    maker's: "...; Google retired its own routes, the last on 2025-09-24".
    """
    claims = []
    for i, name in enumerate(x.names):
        found = retired_maker(x, i)
        if found is None:
            continue
        bill = x.c.routes[found.bill]
        makers = [x.c.routes[j] for j in found.makers]
        last = max(r.route.retires for r in makers if r.route.retires is not None)
        names = list(dict.fromkeys(r.provider_name for r in makers))
        whose = "its" if len(names) == 1 else "their"
        when = (f"route on {fmt.date(last)}" if len(makers) == 1 else
                f"routes, the last on {fmt.date(last)}")
        text = (f"{name}'s bill rests on {bill.provider_name}'s listing, its price and status "
                f"last checked {fmt.date(bill.route.checked)}; {fmt.join_words(names)} retired "
                f"{whose} own {when}.")
        k, day = found.bill, x.c.as_of
        latest = next(j for j in found.makers if x.c.routes[j].route.retires == last)
        evidence = (
            Evidence(paths.estimate(i, "provider_name"), bill.provider_name, bill.provider_name),
            Evidence(paths.route(k, "route.checked"), bill.route.checked,
                     fmt.date(bill.route.checked), EvidenceKind.DATE),
            *(Evidence(paths.route(j, "provider_name"), x.c.routes[j].provider_name)
              for j in found.makers),
            Evidence(paths.route(latest, "route.retires"), last, fmt.date(last),
                     EvidenceKind.DATE),
            Evidence(paths.AS_OF, day))
        checks = (
            Check(op=CheckOp.EQUAL, paths=(paths.estimate(i, "provider_name"),
                                           paths.route(k, "provider_name"))),
            Check(op=CheckOp.EQUAL, paths=(paths.estimate(i, "route.checked"),
                                           paths.route(k, "route.checked"))),
            Check(op=CheckOp.TRUE, paths=(paths.route(k, "stale"),)),
            Check(op=CheckOp.FALSE, paths=(paths.route(k, "maker"),)),
            *(c for j in found.makers for c in (
                Check(op=CheckOp.TRUE, paths=(paths.route(j, "maker"),)),
                Check(op=CheckOp.AT_MOST, paths=(paths.route(j, "route.retires"),
                                                 paths.AS_OF)))))
        claims.append(Claim(key=f"retired-maker-{i}", text=text, evidence=evidence,
                            checks=checks))
    return claims
