"""A bill on a route that retires within the page's notice, as a pick says it (review 10, I7).

The cost section dates the retirement beside the bill ("the route retires on 2025-09-24"); the
verdict, which sends the reader to that bill, says it too: "the lower bill at this traffic
($270.00 a month, on a route that retires on 2025-09-24, 54 days after the comparison's date)",
and the line at a glance keeps it without the figures (:mod:`.glance_words`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence, EvidenceKind

if TYPE_CHECKING:
    from .context import Context

__all__ = ["retiring_basis", "retiring_bill", "retiring_row", "retiring_words"]


def retiring_bill(x: Context, i: int) -> tuple[int, dt.date, int] | None:
    """The route retiring soon behind model ``i``'s bill: its row, the day, the days to it.

    The row is its position in ``x.c.routes``; soon is within
    :data:`~phicompare.analysis.facts.RETIREMENT_NOTICE_DAYS` of the comparison's date.
    ``None`` where the bill's route retires later or never, or there is no bill.
    """
    route, (rows, ks) = x.c.cost.estimates[i].route, x.c.route_groups[i]  # (model i's rows)
    # (a retiring route first: most are not, and comparing a route with another reads each field)
    return None if route is None or x.c.cost.estimates[i].monthly is None else next((
        (k, row.route.retires, row.days_to_retirement) for k, row in zip(ks, rows, strict=True)
        if row.days_to_retirement is not None and row.route.retires is not None
        and (row.route is route or row.route == route)), None)


def retiring_row(x: Context, k: int | None) -> tuple[int, dt.date, int] | None:
    """:func:`retiring_bill` of route row ``k`` (a bill's, ``None`` for none)."""
    if k is None:
        return None
    row = x.c.routes[k]
    days, retires = row.days_to_retirement, row.route.retires
    return None if days is None or retires is None else (k, retires, days)


def retiring_words(soon: tuple[int, dt.date, int]) -> str:
    """How a pick says its bill's route retires soon.

    Examples:
        >>> retiring_words((0, dt.date(2025, 9, 24), 54))
        "on a route that retires on 2025-09-24, 54 days after the comparison's date"
    """
    return (f"on a route that retires on {fmt.date(soon[1])}, "
            f"{fmt.plural(soon[2], 'day')} after the comparison's date")


def retiring_basis(as_of: dt.date, soon: tuple[int, dt.date, int] | None) -> Basis:
    """What :func:`retiring_words` rests on: the route's retirement date, and the days to it.

    Given the comparison's date, not the context: a basis captures facts, never the context.
    """
    if soon is None:
        return Basis(())
    k, retires, days = soon
    return Basis((Evidence(paths.route(k, "route.retires"), retires, fmt.date(retires),
                           EvidenceKind.DATE),
                  Evidence(paths.route(k, "days_to_retirement"), days, fmt.count_word(days),
                           EvidenceKind.COUNT_WORD), Evidence(paths.AS_OF, as_of)),
                 (Check(op=CheckOp.KNOWN, paths=(paths.route(k, "days_to_retirement"),)),))
