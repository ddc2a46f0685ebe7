"""A bill's caveats kept where its figures go: an old price, an unconfirmed listing.

Split from :mod:`.fit` (the advantages a model is picked for), which says them beside a lower
bill; the line at a glance and the verdict's unbilled reasons say them too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.analysis.facts import STALE_PRICE_DAYS

from . import format as fmt

if TYPE_CHECKING:
    import datetime as dt

    from .context import Context

__all__ = ["UNCONFIRMED", "old_price", "stale_bill"]

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
