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
    from phicompare.domain.pricing import ProviderRoute

__all__ = ["NAMED_TIERING", "choice_checks", "choice_evidence", "choice_text", "later_listing",
           "same_listed", "tiering_clause", "unlisted_words"]

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
    lower = _lower(e)
    if not lower or day is None:
        return None
    cheapest = e.passed_bills[lower[0]]
    checked = cheapest.checked
    since = cheapest.effective_from  # (the rule of ProviderRoute.priced_on: review 30, #4)
    return checked if (checked is not None and checked > day
                       and (since is None or since > day)) else None


def choice_checks(e: CostEstimate, day: dt.date | None) -> tuple[Check, ...]:
    """The checks of :func:`choice_text`'s figures: a named listing's date, a same-price one's."""
    i, same = e.model_index, same_listed(e)
    checks = [Check(op=CheckOp.EQUAL, paths=(paths.passed_bill(i, k, side),
                                             paths.estimate(i, side)))
              for k in same for side in ("input_price", "output_price")]
    if len({e.passed_bills[k].monthly for k in same}) == 1:  # ("bill $3,285.00": each)
        checks += [Check(op=CheckOp.EQUAL, paths=(paths.passed_bill(i, same[0], "monthly"),
                                                  paths.passed_bill(i, k, "monthly")))
                   for k in same[1:]]
    if later_listing(e, day) is None:
        return tuple(checks)
    first = _lower(e)[0]
    since = paths.passed_bill(i, first, "effective_from")
    return (*checks,
            Check(op=CheckOp.LESS, paths=(paths.AS_OF,
                                          paths.passed_bill(i, first, "checked"))),
            Check(op=CheckOp.NONE, paths=(since,)) if e.passed_bills[first].effective_from
            is None else Check(op=CheckOp.LESS, paths=(paths.AS_OF, since)))


_STANDARD = frozenset({"input", "output"})
"""A bill's lines at its listed input and output prices: a bill of these alone pays no other."""

_UNLISTED = (("no cache-read price is listed", "cache"),
             ("no cache-write price is listed", "cache"),
             ("no batch input price is listed", "batch"),
             ("no batch output price is listed", "batch"))
"""The notes of a bill whose route lists no price the traffic's shares need, by the kind."""


def _unlisted(e: CostEstimate) -> list[tuple[int, str]]:
    """The bill's notes on a cache or batch price its route does not list, with the kind."""
    return [(k, kind) for k, note in enumerate(e.notes) for start, kind in _UNLISTED
            if note.startswith(start)]


_KINDS = ("cache-read", "cache-write", "batch", "batch")
"""Each of :data:`_UNLISTED`'s notes as the price it says the route lacks."""


def unlisted_words(e: CostEstimate) -> tuple[str, tuple[Evidence, ...]]:
    """Where the bill's route has no cache or batch price the traffic needs on record: a clause.

    " (Amazon Bedrock's cache-read, cache-write and batch prices are not on record, so those
    tokens are billed at the standard prices)", said where the bill is stated (review 40:
    "$4,050.00" read as the price of a traffic half read from the cache); empty where it has
    them all. A record without the field is unknown, not a listing that has none: it read
    "Amazon Bedrock lists no cache-read, cache-write or batch price" of an LLMStats record with
    no cache or batch fields (helper fixDN), as :func:`_same_clause` says "... are not on record".

    Examples:
        >>> import datetime as dt
        >>> from decimal import Decimal
        >>> from phicompare import Traffic, compare
        >>> c = compare("claude-sonnet-4-0", "claude-opus-4-1", as_of=dt.date(2026, 12, 3),
        ...             traffic=Traffic(cached_share=Decimal("0.5")))
        >>> unlisted_words(c.cost.estimates[0])[0]
        " (Amazon Bedrock's cache-read price is not on record, so those tokens are billed at \
the standard prices)"
    """
    notes = [(k, _KINDS[n]) for k, note in enumerate(e.notes)
             for n, (start, _) in enumerate(_UNLISTED) if note.startswith(start)]
    if not notes or e.provider_name is None:
        return "", ()
    lacked = list(dict.fromkeys(kind for _, kind in notes))
    prices = "price is" if len(lacked) == 1 else "prices are"
    i = e.model_index
    words = (f" ({e.provider_name}'s {fmt.join_words(lacked)} {prices} not on record, so those "
             "tokens are billed at the standard prices)")
    return (words,
            (Evidence(paths.estimate(i, "provider_name"), e.provider_name, e.provider_name),
             *(Evidence(paths.estimate_note(i, k), e.notes[k]) for k, _ in notes)))


def same_listed(e: CostEstimate) -> list[int]:
    """The listings passed over at the bill's own input and output prices, by position.

    Such a listing bills less only through cache or batch prices the bill's route lists none
    of: the bill pays nothing but its listed input and output prices (its notes say which
    prices it lacks), so a lower bill at those same prices is lower on the others alone
    (review 40: 18 listings of Claude Sonnet 4 at Amazon Bedrock's $3.00 and $15.00 were "a
    reseller's lower listing", lower only as they list cache prices Bedrock's record lacks).

    Examples:
        >>> import datetime as dt
        >>> from decimal import Decimal
        >>> from phicompare import Traffic, compare
        >>> c = compare("claude-sonnet-4-0", "claude-opus-4-1", as_of=dt.date(2026, 12, 3),
        ...             traffic=Traffic(cached_share=Decimal("0.5")))
        >>> e = c.cost.estimates[0]
        >>> {(e.passed_bills[k].input_price, e.passed_bills[k].output_price)
        ...  for k in same_listed(e)} == {(e.input_price, e.output_price)}
        True
    """
    if not e.passed_bills or any(line.item not in _STANDARD for line in e.lines) \
            or not _unlisted(e):
        return []
    return [k for k, bill in enumerate(e.passed_bills)
            if bill.input_price == e.input_price and bill.output_price == e.output_price]


def _lower(e: CostEstimate) -> list[int]:
    """The listings passed over at a lower input or output price than the bill's, by position."""
    same = same_listed(e)
    return [k for k in range(len(e.passed_bills)) if k not in same]


def _lists(route: ProviderRoute, kind: str) -> bool:
    """Whether ``route`` lists a price of ``kind``: "cache" (read or write) or "batch"."""
    if kind == "cache":
        return any(p is not None for p in (route.cache_read, route.cache_write,
                                           route.cache_write_1h))
    return any(p is not None for p in (route.batch_input, route.batch_output,
                                       route.batch_discount))


def _same_clause(e: CostEstimate, routes: Sequence[ProviderRoute] = ()) -> str:
    """The listings at the bill's own prices, lower through prices its route does not list.

    "15 routes at the same list price bill $3,285.00 because they list cache prices; Amazon
    Bedrock's are not on record"; empty where there are none. ``routes``: those listings'
    routes, which say which of the prices the bill lacks they list (else all it lacks are
    named: "cache or batch prices").
    """
    same = same_listed(e)
    if not same:
        return ""
    lacked = list(dict.fromkeys(kind for _, kind in _unlisted(e)))
    kinds = [kind for kind in lacked if any(_lists(route, kind) for route in routes)] or lacked
    bills = {e.passed_bills[k].monthly for k in same}
    money = fmt.money(min(bills))
    amount = money if len(bills) == 1 else f"from {money}"
    listed = " or ".join(kinds)
    if len(same) == 1:
        who = f"{e.passed_bills[same[0]].provider_name}, at the same list price, bills"
        they = "it lists"
    else:
        who = f"{fmt.count_word(len(same))} routes at the same list price bill"
        they = "they list"
    return (f"{who} {amount} because {they} {listed} prices; {e.provider_name}'s are not on "
            "record")


def choice_text(e: CostEstimate, tiering: Sequence[str] = (),
                day: dt.date | None = None,
                routes: Sequence[ProviderRoute] = ()) -> str | None:
    """The estimate's ``choice`` with the figures it rests on, as the cost section prints it.

    A lower listing passed over: "(QiHang at $879.00 a month, and 3 more)", and which of them
    list no long-context tier where other routes (``tiering``, by provider name) apply one to
    the requests, and its price's date where it was checked after the comparison's date
    (``day``) with no date of its own (:func:`later_listing`); listings at the bill's own
    input and output prices, lower only through cache or batch prices the bill's route lists
    none of, are said apart (:func:`same_listed`; ``routes``, theirs, say which of those
    prices they list); a reseller's bill under the cheapest
    policy: how far below the bill from its maker or a major cloud it is, and that bill with
    its prices.

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
        same = _same_clause(e, routes)
        lower = [e.passed_bills[k] for k in _lower(e)]
        if not lower:
            return f"{e.choice}; {same}"
        cheapest = lower[0]
        more = (f", and {fmt.count_word(len(lower) - 1)} more"  # "one", not "1": G17
                if len(lower) > 1 else "")
        later = later_listing(e, day)
        if later is not None and day is not None:
            more = (f", at prices checked on {fmt.date(later)}, after the comparison's date"
                    f"{'; ' + more.removeprefix(', ') if more else ''}")
        same = f"; {same}" if same else ""
        if _looks_alike(e):  # both "under $0.01": the prices show the listing is lower (G17)
            return (f"{e.choice} ({cheapest.provider_name}: "
                    f"{fmt.price(cheapest.input_price)} input and "
                    f"{fmt.price(cheapest.output_price)} output per 1M tokens, "
                    f"{fmt.money(cheapest.monthly)} a month{more}"
                    f"{_untiered(lower, tiering)}){same}")
        return (f"{e.choice} ({cheapest.provider_name} at {fmt.money(cheapest.monthly)} a "
                f"month{more}{_untiered(lower, tiering)}){same}")
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
    if (lower := _lower(e)):
        first = lower[0]
        cheapest = e.passed_bills[first]
        evidence += [Evidence(paths.passed_bill(i, first, "provider_name"),
                              cheapest.provider_name, cheapest.provider_name),
                     Evidence(paths.passed_bill(i, first, "monthly"), cheapest.monthly,
                              fmt.money(cheapest.monthly), EvidenceKind.MONEY)]
        if _looks_alike(e):
            evidence += [Evidence(paths.passed_bill(i, first, "input_price"),
                                  cheapest.input_price, fmt.price(cheapest.input_price),
                                  EvidenceKind.PRICE),
                         Evidence(paths.passed_bill(i, first, "output_price"),
                                  cheapest.output_price, fmt.price(cheapest.output_price),
                                  EvidenceKind.PRICE)]
        if (later := later_listing(e, day)) is not None:
            evidence.append(Evidence(paths.passed_bill(i, first, "checked"), later,
                                     fmt.date(later), EvidenceKind.DATE))
    if (same := same_listed(e)):
        low = min(same, key=lambda k: e.passed_bills[k].monthly)
        evidence += [Evidence(paths.passed_bill(i, low, "monthly"), e.passed_bills[low].monthly,
                              fmt.money(e.passed_bills[low].monthly), EvidenceKind.MONEY),
                     Evidence(paths.estimate(i, "provider_name"), e.provider_name,
                              e.provider_name),
                     *(Evidence(paths.estimate_note(i, k), e.notes[k]) for k, _ in _unlisted(e))]
        if len(same) == 1:
            evidence.append(Evidence(paths.passed_bill(i, low, "provider_name"),
                                     e.passed_bills[low].provider_name,
                                     e.passed_bills[low].provider_name))
    if not e.passed_bills and e.maker_bill is not None:
        maker = e.maker_bill
        evidence += [Evidence(paths.estimate(i, "below_maker"), e.below_maker),
                     Evidence(paths.estimate(i, "maker_bill.provider_name"), maker.provider_name,
                              maker.provider_name),
                     Evidence(paths.estimate(i, "maker_bill.monthly"), maker.monthly,
                              fmt.money(maker.monthly), EvidenceKind.MONEY)]
        evidence += _prices(i, ("maker_bill.input_price", "maker_bill.output_price"), maker)
    return tuple(evidence)


def _looks_alike(e: CostEstimate) -> bool:
    """Whether the named lower listing's bill prints as the estimate's ("under $0.01" both)."""
    lower = _lower(e)
    return (bool(lower) and e.monthly is not None
            and fmt.money(e.passed_bills[lower[0]].monthly) == fmt.money(e.monthly))


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
