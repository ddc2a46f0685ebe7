"""A bill's route beside the listings it was chosen over, in figures (the cost section).

An estimate's ``choice`` says in words why its route sets the bill
(:mod:`phicompare.analysis.choice`); the bills and prices that choice rests on are the
estimate's figures (``passed_bills``, ``maker_bill``, ``below_maker``), worded here with the one
set of formatters (:mod:`~phicompare.narrative.format`), as every other figure of a page is.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from phicompare.analysis.choice import names_list, provider_role

from . import format as fmt, paths
from .claims import Check, CheckOp, Evidence, EvidenceKind

if TYPE_CHECKING:
    import datetime as dt

    from phicompare.analysis.cost import RouteBill
    from phicompare.analysis.facts import CostEstimate

__all__ = ["NAMED_TIERING", "choice_checks", "choice_evidence", "choice_text", "later_listing",
           "tiering_clause"]

NAMED_TIERING = 3
"""Routes that apply a long-context tier named at most; more are counted."""


def tiering_clause(names: Sequence[str]) -> str:
    """The routes that apply a long-context tier to the requests, as a clause; named where few.

    One reseller's tier is not the market's: "QiHang's route applies one to these requests".

    Examples:
        >>> tiering_clause(["QiHang"]), tiering_clause(["A", "B"]), tiering_clause(list("ABCD"))
        ("QiHang's route applies one to these requests", 'A and B apply one to these requests', \
'four other routes apply one to these requests')
    """
    count = len(names)
    if count == 1:
        return f"{names[0]}'s route applies one to these requests"
    if count == 0 or count > NAMED_TIERING:  # (none given: the routes are not at hand)
        many = "" if count == 0 else f"{fmt.count_word(count)} "
        return f"{many}other routes apply one to these requests"
    return f"{names_list(list(names))} apply one to these requests"


def later_listing(e: CostEstimate, day: dt.date | None) -> dt.date | None:
    """The day the named lower listing was checked, where that is after ``day`` and undated.

    A listing priced only after the comparison's date is not known to have been lower on it:
    the figure is said with its date (review 29, F2), as the bills' own are.
    """
    if not e.passed_bills or day is None:
        return None
    cheapest = e.passed_bills[0]
    checked = cheapest.checked
    since = cheapest.effective_from  # (the rule of ProviderRoute.priced_on: review 30, #4)
    return checked if (checked is not None and checked > day
                       and (since is None or since > day)) else None


def choice_checks(e: CostEstimate, day: dt.date | None) -> tuple[Check, ...]:
    """The checks of :func:`choice_text`'s date on its named lower listing, where it says one."""
    if later_listing(e, day) is None:
        return ()
    i = e.model_index
    since = paths.estimate(i, "passed_bills[0].effective_from")
    return (Check(op=CheckOp.LESS, paths=(paths.AS_OF,
                                          paths.estimate(i, "passed_bills[0].checked"))),
            Check(op=CheckOp.NONE, paths=(since,)) if e.passed_bills[0].effective_from is None
            else Check(op=CheckOp.LESS, paths=(paths.AS_OF, since)))


def choice_text(e: CostEstimate, tiering: Sequence[str] = (),
                day: dt.date | None = None) -> str | None:
    """The estimate's ``choice`` with the figures it rests on, as the cost section prints it.

    A lower listing passed over: "(QiHang at $879.00 a month, and 3 more)", and which of them
    list no long-context tier where other routes (``tiering``, by provider name) apply one to
    the requests, and its price's date where it was checked after the comparison's date
    (``day``) with no date of its own (:func:`later_listing`); a reseller's bill under the
    cheapest policy: how far below the bill from its maker or a major cloud it is, and that
    bill with its prices.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> c = compare("claude-sonnet-4-5", "gpt-5", route_policy="cheapest",
        ...             as_of=dt.date(2026, 11, 30))
        >>> choice_text(c.cost.estimates[0])[-67:]
        '($6,150.00 a month, at $3.00 input and $15.00 output per 1M tokens)'
    """
    if e.choice is None:
        return None
    if e.passed_bills:
        cheapest = e.passed_bills[0]
        more = (f", and {fmt.count_word(len(e.passed_bills) - 1)} more"  # "one", not "1": G17
                if len(e.passed_bills) > 1 else "")
        later = later_listing(e, day)
        if later is not None and day is not None:
            more = (f", at prices checked on {fmt.date(later)}, after the comparison's date"
                    f"{'; ' + more.removeprefix(', ') if more else ''}")
        if _looks_alike(e):  # both "under $0.01": the prices show the listing is lower (G17)
            return (f"{e.choice} ({cheapest.provider_name}: "
                    f"{fmt.price(cheapest.input_price)} input and "
                    f"{fmt.price(cheapest.output_price)} output per 1M tokens, "
                    f"{fmt.money(cheapest.monthly)} a month{more}"
                    f"{_untiered(e.passed_bills, tiering)})")
        return (f"{e.choice} ({cheapest.provider_name} at {fmt.money(cheapest.monthly)} a "
                f"month{more}{_untiered(e.passed_bills, tiering)})")
    maker, below = e.maker_bill, e.below_maker
    if maker is None or below is None:
        return e.choice
    share = (below * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)  # (for display only)
    words = f"about {share}% below" if share >= 1 else "less than 1% below"
    return (f"{e.choice}, {words} its bill on {maker.provider_name}, "
            f"{provider_role(maker.tier)} "
            f"({fmt.money(maker.monthly)} a month, at {fmt.price(maker.input_price)} "
            f"input and {fmt.price(maker.output_price)} output per 1M tokens)")


def choice_evidence(e: CostEstimate, day: dt.date | None = None) -> tuple[Evidence, ...]:
    """The evidence of :func:`choice_text`: the choice's words and each figure it shows.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> c = compare("claude-sonnet-4-5", "gpt-5", as_of=dt.date(2026, 11, 30))
        >>> [e.shown for e in choice_evidence(c.cost.estimates[0])][1:]
        ['QiHang', '$879.00']
    """
    i = e.model_index
    evidence = [Evidence(paths.estimate(i, "choice"), e.choice, e.choice)]
    if e.passed_bills:
        cheapest = e.passed_bills[0]
        evidence += [Evidence(paths.estimate(i, "passed_bills[0].provider_name"),
                              cheapest.provider_name, cheapest.provider_name),
                     Evidence(paths.estimate(i, "passed_bills[0].monthly"), cheapest.monthly,
                              fmt.money(cheapest.monthly), EvidenceKind.MONEY)]
        if _looks_alike(e):
            evidence += _prices(i, ("passed_bills[0].input_price",
                                    "passed_bills[0].output_price"), cheapest)
        if (later := later_listing(e, day)) is not None:
            evidence.append(Evidence(paths.estimate(i, "passed_bills[0].checked"), later,
                                     fmt.date(later), EvidenceKind.DATE))
    elif e.maker_bill is not None:
        maker = e.maker_bill
        evidence += [Evidence(paths.estimate(i, "below_maker"), e.below_maker),
                     Evidence(paths.estimate(i, "maker_bill.provider_name"), maker.provider_name,
                              maker.provider_name),
                     Evidence(paths.estimate(i, "maker_bill.monthly"), maker.monthly,
                              fmt.money(maker.monthly), EvidenceKind.MONEY)]
        evidence += _prices(i, ("maker_bill.input_price", "maker_bill.output_price"), maker)
    return tuple(evidence)


def _looks_alike(e: CostEstimate) -> bool:
    """Whether a passed-over listing's bill prints as the estimate's ("under $0.01" both)."""
    return (bool(e.passed_bills) and e.monthly is not None
            and fmt.money(e.passed_bills[0].monthly) == fmt.money(e.monthly))


def _prices(i: int, fields: tuple[paths.EstimateField, paths.EstimateField],
            bill: RouteBill) -> list[Evidence]:
    """The evidence of a bill's two prices, each at its own places (review 32, #4)."""
    return [Evidence(paths.estimate(i, field), price, fmt.price(price), EvidenceKind.PRICE)
            for field, price in zip(fields, (bill.input_price, bill.output_price), strict=True)]


def _untiered(passed: Sequence[RouteBill], tiering: Sequence[str] = ()) -> str:
    """Which passed-over listings list no long-context tier: "; none of the 13 lists ...".

    Examples:
        >>> from phicompare.analysis.cost import RouteBill
        >>> def bill(name, unlisted):
        ...     return RouteBill(provider_name=name, monthly=Decimal(1), input_price=Decimal(1),
        ...                      output_price=Decimal(1), tier_unlisted=unlisted)
        >>> one, two = bill("Poe", True), bill("Abacus", False)
        >>> _untiered([two]), _untiered([one, two], ["Google"])[-51:]
        ('', "though Google's route applies one to these requests")
        >>> _untiered([one])
        '; it lists no long-context tier, though other routes apply one to these requests'
        >>> _untiered([one, one])[:30]
        '; neither lists a long-context'
        >>> _untiered([one, one, one])[:32], _untiered([one] * 1_200)[:32]
        ('; none of the three lists a long', '; none of the 1,200 lists a long')
    """
    names = [p.provider_name for p in passed if p.tier_unlisted]
    if not names:
        return ""
    if len(names) == len(passed):
        who = ("it lists no" if len(names) == 1 else "neither lists a" if len(names) == 2
               else f"none of the {fmt.count_word(len(names))} lists a")
    else:
        shown = names[:3] if len(names) > 3 else names[:-1]
        rest = f"{fmt.count_word(len(names) - 3)} more" if len(names) > 3 else names[-1]
        who = (" and ".join([", ".join(shown), rest]) if shown else rest) + \
            (" lists no" if len(names) == 1 else " list no")
    return f"; {who} long-context tier, though {tiering_clause(tiering)}"
