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
    import datetime as dt

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
    """The summary's sentence of the models :func:`retired_maker` holds of, in page order.

    "Claude Opus 3's bill rests on Amazon Bedrock's listing, its price and status last checked
    2025-05-22; Anthropic retired its own route on 2026-01-05." Several retired routes of the
    maker's: "...; Google retired its own routes, the last on 2025-09-24". Models whose bills
    rest on one provider's listings checked on one day, their makers alike, are said in one
    sentence (helper fixDD: ``phicompare claude-3-opus claude-3-sonnet`` read two in a row,
    alike but for the day each route retired): "Claude Opus 3's and Claude Sonnet 3's bills
    rest on Amazon Bedrock's listings, their prices and status last checked 2025-05-22;
    Anthropic retired its own routes for them on 2026-01-05 and 2025-07-21 respectively."
    ("...; Anthropic retired its own route for each on 2026-06-15" where the days agree; by day
    where some agree: "...; Anthropic retired its own routes for Claude Sonnet 3.5 and Claude
    Sonnet 3.5 v2 on 2025-10-28 and for Claude Sonnet 3 on 2025-07-21", :func:`_by_day`.)

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("claude-opus-4-0", "claude-sonnet-4-0",
        ...                        as_of=dt.date(2026, 12, 3)))
        >>> print(retired_maker_claims(x)[0].text)
        Claude Opus 4's and Claude Sonnet 4's bills rest on Amazon Bedrock's listings, their \
prices and status last checked 2025-05-22; Anthropic retired its own route for each on 2026-06-15.
    """
    groups: dict[tuple[object, ...], list[tuple[int, Retired]]] = {}
    for i in range(len(x.names)):
        found = retired_maker(x, i)
        if found is None:
            continue
        bill = x.c.routes[found.bill]
        makers = tuple(dict.fromkeys(x.c.routes[j].provider_name for j in found.makers))
        groups.setdefault((bill.provider_name, bill.route.checked, makers), []).append(
            (i, found))
    return [_said(x, group) for group in groups.values()]


def _said(x: Context, group: list[tuple[int, Retired]]) -> Claim:
    """The sentence of ``group``'s models (alike in bill's listing, day checked and makers)."""
    first = x.c.routes[group[0][1].bill]
    lasts = [_last(x, found) for _, found in group]
    several = any(len(found.makers) > 1 for _, found in group)
    names = list(dict.fromkeys(x.c.routes[j].provider_name for j in group[0][1].makers))
    whose = "its" if len(names) == 1 else "their"
    checked = fmt.date(first.route.checked)
    if len(group) == 1:
        when = (f"route on {fmt.date(lasts[0])}" if not several else
                f"routes, the last on {fmt.date(lasts[0])}")
        text = (f"{x.names[group[0][0]]}'s bill rests on {first.provider_name}'s listing, its "
                f"price and status last checked {checked}; {fmt.join_words(names)} retired "
                f"{whose} own {when}.")
    else:
        owners = fmt.join_words([f"{x.names[i]}'s" for i, _ in group])
        the_last = ", the last" if several else ""
        days = list(dict.fromkeys(lasts))
        when = (f"{'routes' if several else 'route'} for each{the_last} on "
                f"{fmt.date(days[0])}" if len(days) == 1 else
                f"routes for them{the_last} on {fmt.join_words([fmt.date(d) for d in lasts])} "
                "respectively" if len(days) == len(lasts) else
                f"routes {_by_day(x, group, lasts, the_last)}")
        text = (f"{owners} bills rest on {first.provider_name}'s listings, their prices and "
                f"status last checked {checked}; {fmt.join_words(names)} retired {whose} own "
                f"{when}.")
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for (i, found), last in zip(group, lasts, strict=True):
        one = _basis(x, i, found, last)
        evidence += one[0]
        checks += one[1]
    return Claim(key="retired-maker-" + "-".join(str(i) for i, _ in group), text=text,
                 evidence=tuple(evidence), checks=tuple(checks))


def _by_day(x: Context, group: list[tuple[int, Retired]], lasts: list[dt.date],
            the_last: str) -> str:
    """Models whose maker routes retired on one day said together, days in the models' order.

    "for Claude Sonnet 3.5 and Claude Sonnet 3.5 v2 on 2025-10-28 and for Claude Sonnet 3 on
    2025-07-21", where "on 2025-10-28, 2025-10-28 and 2025-07-21 respectively" repeated a day
    (helper fixDN).
    """
    days: dict[dt.date, list[str]] = {}
    for (i, _), last in zip(group, lasts, strict=True):
        days.setdefault(last, []).append(x.names[i])
    return fmt.join_words([f"for {fmt.join_words(names)}{the_last} on {fmt.date(day)}"
                           for day, names in days.items()])


def _last(x: Context, found: Retired) -> dt.date:
    """The day the last of ``found``'s maker routes retired."""
    return max(d for j in found.makers if (d := x.c.routes[j].route.retires) is not None)


def _basis(x: Context, i: int, found: Retired,
           last: dt.date) -> tuple[tuple[Evidence, ...], tuple[Check, ...]]:
    """What model ``i``'s part of the sentence rests on: its bill's row, its maker's rows."""
    k, day = found.bill, x.c.as_of
    bill = x.c.routes[k]
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
    return evidence, checks
