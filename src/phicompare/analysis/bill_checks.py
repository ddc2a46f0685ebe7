"""The arithmetic of a comparison's bills, checked again: :meth:`Comparison.inconsistencies`.

A comparison read from JSON may have been edited by hand, and a page renders its cost facts as
they are: a line's amount changed with its bill kept the sum of its lines made "Phi-2 $33.00
and Phi-4 Mini $135.00: Phi-2 is $30.00 cheaper" (review 34, #1). :func:`bill_problems` says
what no longer follows from what: each line's amount from its quantity and unit price, each
unit price, applied price and note from the route billed at the comparison's traffic, the bill from
its lines, and the gap, the cheapest, the close bills and the crossovers from the bills
(:func:`~phicompare.analysis.bill_facts.cost_facts`). A bill after a route's retirement
(:attr:`~.facts.CostFacts.after_retirement`) is checked as a bill, on a route among the model's
rows, and is given exactly where the model's bill is on a route retiring within the notice
(review 35, #1: its bill edited to $51.50, its lines summing to $151.50, was printed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from .bill_facts import cost_facts
from .cost import MILLION, blended_price, money_text, route_cost
from .facts import RETIREMENT_NOTICE_DAYS, CostEstimate, CostFacts, Crossover
from .traffic import Traffic

if TYPE_CHECKING:
    from .comparison import Comparison

__all__ = ["bill_problems"]

_SLACK = Decimal("1e-12")
"""How far a line's amount may stray from its quantity times its unit price: a time-window
blend divides its prices once, so the unit price shown is rounded past the 28th digit."""

_FROM_BILLS = ("gap", "shown_gap", "cheapest_indexes", "close_indexes", "free_indexes",
               "undercuts")
"""The cost facts that follow from the bills alone, by their :class:`CostFacts` names."""
_KEYS = {"cheapest_indexes": "cheapest"}
"""A fact's JSON key where it is not its name."""


def _usd(amount: Decimal | None) -> str:
    return "none" if amount is None else money_text(amount)


def _lines(path: str, e: CostEstimate) -> list[str]:
    """Each line's amount against its quantity and unit price; the bill against its lines."""
    problems = []
    for n, line in enumerate(e.lines):
        per = Decimal(1) if line.item == "requests" else MILLION
        due = Decimal(line.quantity) * line.unit_price / per
        if abs(due - line.amount) > _SLACK:
            what, unit = ("", "a request") if per == 1 else (" tokens", "per 1M")
            problems.append(f"{path}.lines[{n}].amount is {_usd(line.amount)}, but "
                            f"{line.quantity:,} {line.item}{what} at {_usd(line.unit_price)} "
                            f"{unit} come to {_usd(due)}")
    total = sum([line.amount for line in e.lines], Decimal(0))
    if e.monthly is not None and e.lines and total != e.monthly:
        problems.append(f"{path}.monthly is {_usd(e.monthly)}, but its lines sum to {_usd(total)}")
    return problems


def _route(path: str, e: CostEstimate, traffic: Traffic, blend: tuple[int, int]) -> list[str]:
    """The notes, lines and applied prices against the route billed at ``traffic``, as compare did.

    A note the route's bill does not make is refused (helper fixCO: "90% off" was printed).
    """
    if e.route is None or e.monthly is None:  # (notes are a bill's: none without one)
        return [f"{path}.notes are {list(e.notes)}, but it has no bill"] if e.notes else []
    try:
        billed = route_cost(e.route, traffic)
    except ValueError:
        return [f"{path} has a bill of {_usd(e.monthly)}, but its route has no price"]
    problems = [f"{path}.notes[{n}] is {note!r}, but the route at the traffic does not make it"
                for n, note in enumerate(e.notes) if note not in billed.notes]
    if not problems and e.notes != billed.notes:
        problems.append(f"{path}.notes are {list(e.notes)}, but the route at the traffic makes "
                        f"them {list(billed.notes)}")
    shown = [(line.item, line.quantity) for line in e.lines]
    due = [(line.item, line.quantity) for line in billed.lines]
    if shown != due:
        return [*problems, (f"{path}.lines bill {_items(shown)}, but the route at the traffic "
                            f"bills {_items(due)}")]
    problems += [f"{path}.lines[{n}].unit_price is {_usd(line.unit_price)}, but the route's "
                 f"{line.item} price at the traffic is {_usd(right.unit_price)}"
                 for n, (line, right) in enumerate(zip(e.lines, billed.lines, strict=True))
                 if abs(line.unit_price - right.unit_price) > _SLACK]
    for side, applied, right in (("input", e.input_price, billed.input_price),
                                 ("output", e.output_price, billed.output_price)):
        if applied is None or abs(applied - right) > _SLACK:
            problems.append(f"{path}.{side}_price is {_usd(applied)}, but the route's {side} "
                            f"price at the traffic is {_usd(right)}")
    if e.blended is not None and e.input_price is not None and e.output_price is not None:
        mix = blended_price(e.input_price, e.output_price, blend)
        if abs(mix - e.blended) > _SLACK:
            problems.append(f"{path}.blended is {_usd(e.blended)}, but its prices blended "
                            f"{blend[0]}:{blend[1]} are {_usd(mix)}")
    return problems


def _items(lines: Sequence[tuple[str, int]]) -> str:
    return ", ".join(f"{quantity:,} {item}" for item, quantity in lines) or "nothing"


def _gaps(cost: CostFacts) -> list[str]:
    """The facts that follow from the bills (the gap, the cheapest, the close ones) again."""
    again = cost_facts(cost.estimates, cost.blend, cost.materiality)
    bills = ", ".join(f"{e.model.name} {_usd(e.monthly)}" for e in cost.estimates)
    return [f"cost.{_KEYS.get(name, name)} is {_shown(getattr(cost, name))}, but the bills "
            f"({bills}) make it "
            f"{_shown(getattr(again, name))}"
            for name in _FROM_BILLS if getattr(cost, name) != getattr(again, name)]


def _crossovers(c: Comparison) -> list[str]:
    """The crossovers again, from the applied prices (or the bills) at the traffic."""
    cost = c.cost
    again = cost_facts(cost.estimates, cost.blend, cost.materiality, c.traffic).crossovers
    shown, due = [_crossing(x) for x in cost.crossovers], [_crossing(x) for x in again]
    if len(shown) != len(due):
        names = {k: m.name for k, m in enumerate(c.models)}
        return [(f"cost.crossovers are {_crossings(cost.crossovers, names)}, but the bills' "
                f"prices at the traffic make them {_crossings(again, names)}")]
    return [f"cost.crossovers[{n}].{key} is {was}, but the bills' prices at the traffic make "
            f"it {right}"
            for n, (x, y) in enumerate(zip(shown, due, strict=True))
            for key, was, right in zip(_CROSSING_KEYS, x, y, strict=True) if was != right]


_CROSSING_KEYS = ("cheaper_input", "cheaper_output", "input_share", "tiered", "shares")
"""A crossover's facts by their JSON keys, in :func:`_crossing`'s order."""


def _crossing(x: Crossover) -> tuple[int, int, Decimal, bool, bool]:
    return (x.cheaper_input_index, x.cheaper_output_index, x.input_share, x.tiered, x.shares)


def _crossings(found: Sequence[Crossover], names: dict[int, str]) -> str:
    return "; ".join(f"{names.get(x.cheaper_input_index)} cheaper above an input share of "
                     f"{x.input_share}, {names.get(x.cheaper_output_index)} below"
                     for x in found) or "none"


def _after(c: Comparison) -> list[str]:
    """Each bill after a route's retirement: a bill's arithmetic, on one of the model's routes."""
    after, problems = c.cost.after_retirement, []
    if after and len(after) != len(c.models):
        return [f"cost.after_retirement has {len(after)} entries for {len(c.models)} models"]
    if len(c.cost.estimates) == len(c.models):
        due = [_retires(e, c.as_of) for e in c.cost.estimates]
        problems += [f"cost.after_retirement[{k}] is {_ruled(e)}, but the bill's route "
                     f"{'retires' if retires else 'does not retire'} within "
                     f"{RETIREMENT_NOTICE_DAYS} days of {c.as_of}"
                     for k, (e, retires) in enumerate(zip(after or [None] * len(due), due,
                                                          strict=True))
                     if (e is not None) != retires]
    for k, e in enumerate(after):
        path = f"cost.after_retirement[{k}]"
        if e is None:
            continue
        if e.model_index != k:
            problems.append(f"{path} is about model {e.model_index}")
            continue
        problems += _lines(path, e)
        problems += _route(path, e, c.traffic, c.cost.blend)
        if e.route is not None and c.routes and not any(
                r.model_index == k and r.route == e.route for r in c.routes):
            problems.append(f"{path} bills {_usd(e.monthly)} on a route that is not among the "
                            f"model's routes")
    return problems


def _retires(e: CostEstimate, day: dt.date) -> bool:
    """Whether ``e``'s bill is on a route that retires within the notice of ``day``."""
    days = None if e.route is None else e.route.days_to_retirement(day)
    return days is not None and days <= RETIREMENT_NOTICE_DAYS


def _ruled(e: CostEstimate | None) -> str:
    return "none" if e is None else f"a bill of {_usd(e.monthly)}"


def _shown(value: object) -> str:
    if value is None or isinstance(value, Decimal):
        return _usd(value)
    return repr(list(value)) if isinstance(value, tuple) else repr(value)


def bill_problems(c: Comparison) -> list[str]:
    """What in ``c``'s cost facts does not follow from the routes, the traffic and the bills.

    Examples:
        >>> from phicompare import Comparison, ComparisonError, compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> bill_problems(c)
        []
        >>> d = c.to_dict()
        >>> d["cost"]["estimates"][0]["route"]["input"] = "5.00"  # (the bill kept)
        >>> try:
        ...     Comparison.from_dict(d)
        ... except ComparisonError as exc:
        ...     for problem in str(exc).split("; "):
        ...         print(problem.split(", but")[0])
        not a consistent comparison: cost.estimates[0].lines[0].unit_price is 0.10
        cost.estimates[0].input_price is 0.10
        cost.estimates[0] bills 105.00 on a route that is not among the model's routes at that bill
    """
    cost, problems = c.cost, []
    for k, e in enumerate(cost.estimates):
        problems += _lines(f"cost.estimates[{k}]", e)
        problems += _route(f"cost.estimates[{k}]", e, c.traffic, cost.blend)
        if e.route is not None and e.monthly is not None and c.routes and not any(
                r.model_index == k and r.route == e.route and r.monthly == e.monthly
                for r in c.routes):
            problems.append(f"cost.estimates[{k}] bills {_usd(e.monthly)} on a route that is "
                            f"not among the model's routes at that bill")
    for k, e in enumerate(cost.priced):  # (a free tier's model without it: the same traffic)
        problems += _lines(f"cost.priced[{k}]", e)
        problems += _route(f"cost.priced[{k}]", e, c.traffic, cost.blend)
    alone = Traffic(input_tokens=c.traffic.input_tokens, output_tokens=c.traffic.output_tokens)
    for k, e in enumerate(cost.unruled):  # (at the traffic's tokens alone, as compare bills it)
        problems += _lines(f"cost.unruled[{k}]", e)
        problems += _route(f"cost.unruled[{k}]", e, alone, cost.blend)
    problems += _after(c)
    if len(cost.estimates) == len(c.models):
        problems += _gaps(cost) + _crossovers(c)
    return problems
