"""A bill's caveats kept where its figures go: an old or a later price, an unconfirmed listing.

Split from :mod:`.fit` (the advantages a model is picked for), which says them beside a lower
bill (a later price: every bill priced only after the comparison's date, review 25, P8); the
line at a glance and the verdict's unbilled reasons say them too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from phicompare.analysis.facts import STALE_PRICE_DAYS

from . import format as fmt, paths
from .claims import Check, CheckOp, Evidence, EvidenceKind

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from .context import Context

__all__ = ["LATER", "UNCONFIRMED", "Later", "later_bills", "old_price", "stale_bill"]

LATER = "at prices checked after the comparison's date"
"""How a pick names a lower bill when no bill compared has a price known on the page's date."""

UNCONFIRMED = "on an unconfirmed listing that may have been retired"
"""A bill's caveat where its route is unverified: kept at a glance when the figures go."""


def stale_bill(x: Context, i: int) -> int | None:
    """The row (in ``x.c.routes``) behind model ``i``'s bill, where its price is stale.

    ``None`` where the bill's price was checked within :data:`STALE_PRICE_DAYS` of the
    comparison's date, or there is no priced bill.
    """
    estimate = x.c.cost.estimates[i]
    route = estimate.route
    if estimate.monthly is None or route is None:
        return None
    rows, ks = x.c.route_groups[i]  # (model i's rows alone)
    return next((k for k, row in zip(ks, rows, strict=True) if row.stale
                 and (row.route is route or row.route == route)), None)


def old_price(checked: dt.date, day: dt.date) -> str:
    """How a pick says its bill's price is old.

    Examples:
        >>> import datetime as dt
        >>> old_price(dt.date(2024, 3, 20), dt.date(2026, 12, 1))
        'at prices last checked on 2024-03-20, more than 180 days before 2026-12-01'
    """
    return (f"at prices last checked on {fmt.date(checked)}, more than {STALE_PRICE_DAYS} days "
            f"before {fmt.date(day)}")


class Later(NamedTuple):
    """Bills compared whose prices are not on record for the comparison's date."""

    note: str
    """"what the bills were on 2024-07-01 is not recorded", or the bills it names where others'
    prices are on record: "what Claude Sonnet 3.5's bill was on 2024-07-01 is not recorded"."""
    evidence: tuple[Evidence, ...]
    checks: tuple[Check, ...]
    every: bool = True
    """Whether no bill compared is priced on the date: the pick is at the later prices."""


def later_bills(x: Context, known: Sequence[int]) -> Later | None:
    """What a pick for the lower bill says where some bill of ``known`` is not priced on the day.

    A bill whose price was checked after the comparison's date, with no date of its own on or
    before it (:meth:`~phicompare.ProviderRoute.priced_on`), is no record of what it cost on
    that date. Where every bill is such, the difference on that date is not known on either
    side: the pick is directional, at the later prices, and says so (rule 4; review 25, P8).
    Where some are, the note names those bills alone (review 29, F2: a price dated from
    2024-05-13 is the price on 2024-07-01, whenever it was checked). ``None`` where every bill
    is priced on the date.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("gpt-4o", "claude-3-5-sonnet-20240620",
        ...                        as_of=dt.date(2024, 7, 1)))
        >>> later_bills(x, (0, 1)).note
        "what Claude Sonnet 3.5's bill was on 2024-07-01 is not recorded"
        >>> later_bills(x, (1,)).note
        'what the bills were on 2024-07-01 is not recorded'
        >>> later_bills(context_of(compare("gpt-4o", "claude-3-5-sonnet-20240620")), (0, 1))
    """
    day = x.c.as_of
    routes = {k: x.c.cost.estimates[k].route for k in known}
    unknown = [k for k, route in routes.items() if route is not None and not route.priced_on(day)]
    if not unknown or any(route is None for route in routes.values()):
        return None
    every = len(unknown) == len(known)
    shown = fmt.date(day)
    if every:
        note = f"what the bills were on {shown} is not recorded"
    else:
        whose = fmt.join_words([f"{x.names[k]}'s" for k in unknown])
        note = (f"what {whose} bill was on {shown} is not recorded" if len(unknown) == 1 else
                f"what {whose} bills were on {shown} is not recorded")
    checks = [check for k in unknown for check in (
        Check(op=CheckOp.LESS, paths=(paths.AS_OF, paths.estimate(k, "route.checked"))),
        Check(op=CheckOp.NONE, paths=(paths.estimate(k, "route.effective_from"),)))]
    for k, route in routes.items():  # (the others: priced on the date, checked or dated by then)
        if k not in unknown and route is not None:
            field: paths.EstimateField = ("route.checked" if route.checked <= day
                                          else "route.effective_from")
            checks.append(Check(op=CheckOp.AT_MOST, paths=(paths.estimate(k, field),
                                                           paths.AS_OF)))
    return Later(note, (Evidence(paths.AS_OF, day, shown, EvidenceKind.DATE),), tuple(checks),
                 every)
