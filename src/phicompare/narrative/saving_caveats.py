"""The caveats of a lower bill, as the summary's saving sentence says them (review 29, F4).

The verdict gives a lower bill's caveats beside its figures ("$105.00 a month, on an unconfirmed
listing that may have been retired"), and the line at a glance keeps them without the figures
(:mod:`.glance_words`); the summary said the saving bare ("Phi-2 is $30.00 cheaper"). It says
them too, briefly, resting on the same facts the verdict checks: an unconfirmed listing, a
price checked long before the comparison's date or after it, a route that retires within the
page's notice. (A reseller's listing and a listing's figures above its model's are said there
already: :func:`~.bills.resold`, :func:`~.output_claims.with_claims`; a stale price on another
provider's listing, its maker's own route retired, is dated in the summary's next sentence:
:mod:`.retired_maker`.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.analysis.facts import RETIREMENT_NOTICE_DAYS, STALE_PRICE_DAYS
from phicompare.domain.pricing import RouteStatus

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp
from .price_caveats import later_checked, later_checks, stale_bill
from .retired_maker import retired_maker
from .retiring import retiring_bill

if TYPE_CHECKING:
    from collections.abc import Callable

    from .context import Context

__all__ = ["SHORT_CAVEATS", "bill_caveats", "saving_caveats"]

SHORT_CAVEATS = ("on an unconfirmed listing",
                 (f"at prices last checked more than {STALE_PRICE_DAYS} days before the "
                  "comparison's date"),
                 "at prices checked after the comparison's date",
                 (f"on a route that retires within {RETIREMENT_NOTICE_DAYS} days of the "
                  "comparison's date"))
"""The caveats in brief: an unconfirmed listing, an old price, a later price, a route retiring
soon (the line at a glance's words, :func:`~.glance_words.glance`, the listing's shortened)."""


def saving_caveats(x: Context, i: int) -> tuple[str, Callable[[], Basis]]:
    """Model ``i``'s bill's caveats as a clause after its saving, and what they rest on.

    ", on an unconfirmed listing"; several joined: ", on an unconfirmed listing and at prices
    last checked more than 180 days before the comparison's date". Empty where there are none.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-4-mini", as_of=dt.date(2026, 11, 30)))
        >>> saving_caveats(x, 0)[0]
        ', on an unconfirmed listing'
        >>> print(saving_caveats(x, 1)[0])
        , on a route that retires within 90 days of the comparison's date
    """
    words, checks = bill_caveats(x, i)
    if not words:
        return "", _none
    made = Basis((), checks)  # (made now: a basis never holds the context)
    return f", {fmt.join_words(words)}", lambda: made


def bill_caveats(x: Context, i: int, *, dated: bool = True,
                 later: bool = True) -> tuple[list[str], tuple[Check, ...]]:
    """Model ``i``'s bill's caveats (:data:`SHORT_CAVEATS`, in order) and their checks.

    ``dated``: whether the page dates a stale bill whose maker retired its own route in a
    sentence of its own (:mod:`.retired_maker`, the summary's); where not (the FAQ's answer),
    the old price is said here as any other's. ``later``: whether a price checked after the
    comparison's date is said here (not where the sentence says it already).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("claude-3-sonnet", "gpt-4o", as_of=dt.date(2026, 12, 3)))
        >>> bill_caveats(x, 0)[0]
        []
        >>> print(bill_caveats(x, 0, dated=False)[0][0])
        at prices last checked more than 180 days before the comparison's date
    """
    e = x.c.cost.estimates[i]
    route = e.route
    if route is None or e.monthly is None:
        return [], ()
    words: list[str] = []
    checks: list[Check] = []
    if route.status is RouteStatus.UNVERIFIED:
        words.append(SHORT_CAVEATS[0])
        checks.append(Check(op=CheckOp.IN, paths=(paths.estimate(i, "route.status"),),
                            values=(RouteStatus.UNVERIFIED.value,)))
    # (the summary's next sentence dates it, where its maker retired its own route: fixCN)
    if (old := stale_bill(x, i)) is not None and not (dated and retired_maker(x, i)):
        words.append(SHORT_CAVEATS[1])
        checks.append(Check(op=CheckOp.TRUE, paths=(paths.route(old, "stale"),)))
    if later and later_checked(route, x.c.as_of) is not None:  # (dated on or before it: #4)
        words.append(SHORT_CAVEATS[2])
        checks += later_checks(paths.estimate(i, "route.checked"),
                               paths.estimate(i, "route.effective_from"), route)
    if (soon := retiring_bill(x, i)) is not None:
        words.append(SHORT_CAVEATS[3])
        checks.append(Check(op=CheckOp.KNOWN, paths=(paths.route(soon[0],
                                                                 "days_to_retirement"),)))
    return words, tuple(checks)


def _none() -> Basis:
    return Basis((), ())
