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

    from phicompare.domain.pricing import ProviderRoute

    from .context import Context

__all__ = ["LATER", "UNCONFIRMED", "Later", "later_bills", "later_checked", "later_checks",
           "old_price", "others_note", "stale_bill"]

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
    if (k := x.bill_rows[i]) is not None:  # (a bill at a price: its row found once a page)
        return k if x.c.routes[k].stale else None
    rows, ks = x.c.route_groups[i]  # (model i's rows alone: a free tier's bill)
    return next((k for k, row in zip(ks, rows, strict=True) if row.stale
                 and (row.route is route or row.route == route)), None)


def later_checked(route: ProviderRoute | None, day: dt.date) -> dt.date | None:
    """The day ``route``'s price was checked, where that price is not on record for ``day``.

    The one rule for every "at prices checked on ..., after the comparison's date": a price
    checked by the day, or dated (``effective_from``) on or before it, is on record
    (:meth:`~phicompare.ProviderRoute.priced_on`) and gets no such caveat (review 30, #4).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import ProviderRoute
        >>> r = ProviderRoute(provider="p", source="https://example.com",
        ...                   checked=dt.date(2026, 9, 29), effective_from=dt.date(2024, 5, 13))
        >>> later_checked(r, dt.date(2024, 6, 1)), later_checked(r, dt.date(2024, 5, 1))
        (None, datetime.date(2026, 9, 29))
    """
    return None if route is None or route.priced_on(day) else route.checked


def later_checks(checked: paths.FactPath, since: paths.FactPath,
                 route: ProviderRoute) -> tuple[Check, Check]:
    """What :func:`later_checked`'s date rests on: checked after the day, not dated by it.

    ``checked`` and ``since``: the paths of the route's ``checked`` and ``effective_from``.
    """
    dated = route.effective_from is not None  # (a price dated after the day: no record either)
    return (Check(op=CheckOp.LESS, paths=(paths.AS_OF, checked)),
            Check(op=CheckOp.LESS, paths=(paths.AS_OF, since)) if dated else
            Check(op=CheckOp.NONE, paths=(since,)))


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
    unknown: tuple[int, ...] = ()
    """The models whose bills are not priced on the date, in the order compared."""


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
    note = f"what the bills were on {shown} is not recorded" if every else _named(x, unknown)
    checks = [check for k in unknown if (route := routes[k]) is not None
              for check in later_checks(paths.estimate(k, "route.checked"),
                                        paths.estimate(k, "route.effective_from"), route)]
    for k, route in routes.items():  # (the others: priced on the date, checked or dated by then)
        if k not in unknown and route is not None:
            field: paths.EstimateField = ("route.checked" if route.checked <= day
                                          else "route.effective_from")
            checks.append(Check(op=CheckOp.AT_MOST, paths=(paths.estimate(k, field),
                                                           paths.AS_OF)))
    return Later(note, (Evidence(paths.AS_OF, day, shown, EvidenceKind.DATE),), tuple(checks),
                 every, tuple(unknown))


def others_note(x: Context, later: Later, said: Sequence[int]) -> str:
    """``later``'s note less the bills of ``said``, whose own words give the caveat; or none.

    The verdict's pick says its own bill's later price beside it ("$6,150.00 a month, at prices
    checked on 2026-07-02, after the comparison's date") and, where no bill is priced on the
    date, says the pick is at the later prices ("the lower bill at prices checked after the
    comparison's date"): the note said it again ("...; what Claude Sonnet 3.5's bill was on
    2024-07-01 is not recorded", "...; what the bills were on 2025-03-01 is not recorded"; stop
    53's closing note). It names the others' bills alone, and is empty where none is left.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("gpt-4o", "claude-3-opus", as_of=dt.date(2024, 7, 1)))
        >>> later = later_bills(x, (0, 1))
        >>> others_note(x, later, (0,)), others_note(x, later, (1,))
        ("what Claude Opus 3's bill was on 2024-07-01 is not recorded", '')
    """
    rest = [k for k in later.unknown if k not in said]
    return "" if later.every or not rest else _named(x, rest)


def _named(x: Context, unknown: Sequence[int]) -> str:
    """"what A's bill was on 2024-07-01 is not recorded", "what A's and B's bills were ..."."""
    whose = fmt.join_words([f"{x.names[k]}'s" for k in unknown])
    shown = fmt.date(x.c.as_of)
    return (f"what {whose} bill was on {shown} is not recorded" if len(unknown) == 1 else
            f"what {whose} bills were on {shown} is not recorded")
