"""The words of a comparison's bills, checked against the routes they name: ``inconsistencies``.

A comparison read from JSON may have been edited by hand, and a page prints an estimate's words
as they are: its provider's name, why its route was chosen (``choice``) and why it has no bill
(``reason``). :func:`estimate_problems` says which of them the comparison's own facts do not
make (helper fixCF): the provider is the one its route's row names; the providers it tied with
or passed over are providers of the model's routes; a preferred tier of the maker's own API is
on the maker's route; the choice is the sentence :mod:`.choice` makes of the estimate's ties,
tier and policy (each rule that broke a tie among those it names, each provider and date it
names the model's; a window, an age or a name said to break it only where a tied route differs
so); the other bills and the search fees it names are the model's routes'; the reason of a
model without a bill is the one its route rows give (:func:`~.choice.unbilled_reason`), under
the terms the bill was made under (free tiers not counted for ``priced``, the tokens alone on
the providers allowed for ``unruled``, the retirement day for ``after_retirement``). It also
checks the bills beside the comparison (:attr:`~.facts.CostFacts.priced`,
:attr:`~.facts.CostFacts.unruled`) against the routes: each for a model it is kept for, in
order, on a route among the model's rows (the free tier's model's at that bill, on a priced
route). Their arithmetic is :mod:`.bill_checks`'.
Each route row's reason, printed in the route table, is its route's eligibility under the
comparison's terms, or a provider filter's (helper fixCO).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from phicompare.domain.capabilities import Capability
from phicompare.domain.pricing import ProviderRoute, RouteStatus
from phicompare.domain.records import Model, ProviderTier

from .choice import (
    NO_TRUSTED,
    RECORD_RULE,
    SERVICE_RULE,
    STALE_RULE,
    choice,
    fallback_choice,
    lost_to,
    maker_on_record,
    passed_choice,
    reseller_choice,
    retiring_rule,
    unbilled_reason,
)
from .cost import money_text
from .eligibility import route_eligibility
from .facts import CostEstimate, RouteRow
from .routes import PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED, filter_unfit
from .traffic import Traffic
from .workload import Unfit

if TYPE_CHECKING:
    from .comparison import Comparison

__all__ = ["estimate_problems"]

_HELD_END = "), so the cheapest eligible route sets the bill"
"""Where a fallback's routes held back end (:func:`~.choice.fallback_choice`)."""
_NAMES = re.compile(r", | and ")
"""What separates the names of :func:`~.choice.names_list`."""


_Held = tuple[ProviderRoute, str, "str | None"]
"""A route of the model, its provider's name, and why it is not eligible (``None``: it is)."""


class _At(NamedTuple):
    """The terms a bill beside the comparison's own is made under (:func:`_reasons`)."""

    day: dt.date
    traffic: Traffic
    requires: frozenset[Capability]
    include_free: bool
    filtered: bool
    """Whether the caller's provider and context filters still hold."""
    providers: bool = False
    """Whether the caller's provider filters alone still hold (``cost.unruled``)."""


def _usd(amount: Decimal | None) -> str:
    return "none" if amount is None else money_text(amount)


def _row(e: CostEstimate, rows: Sequence[RouteRow]) -> RouteRow | None:
    return next((r for r in rows if r.route == e.route), None)


def _reasons(c: Comparison, k: int, at: _At | None) -> list[_Held]:
    """Model ``k``'s routes, each with why it is not eligible under ``at`` (or as its row says).

    A row's reason that its route's eligibility does not give is the caller's filter's: it
    stays where the filters do (``at.filtered``).
    """
    rows, model, needs = c.routes_of(k), c.models[k], frozenset(c.requires)
    if at is None:
        return [(r.route, r.provider_name, r.reason) for r in rows]
    terms = at

    def then(r: RouteRow) -> str | None:
        return route_eligibility(model, r.route, terms.traffic, terms.requires,
                                 include_free=terms.include_free, day=terms.day)

    def filtered(r: RouteRow) -> bool:
        if terms.providers:
            return filter_unfit(r.reason) is Unfit.PROVIDER
        return terms.filtered and r.reason is not None and r.reason != route_eligibility(
            model, r.route, c.traffic, needs, include_free=c.include_free, day=c.as_of)

    return [(r.route, r.provider_name, r.reason if filtered(r) else then(r)) for r in rows]


def _estimate(c: Comparison, path: str, e: CostEstimate, at: _At | None) -> list[str]:
    """One estimate's words, under the terms ``at`` gives (``None``: the comparison's own).

    With a route, against its row; without, its reason: the one the model's routes give.
    """
    if not 0 <= e.model_index < len(c.models):
        return [f"{path} is about model {e.model_index}"]
    model, held = c.models[e.model_index], _reasons(c, e.model_index, at)
    if e.route is None:
        due = unbilled_reason(model, held, c.as_of if at is None else at.day)
        problems = [f"{path}.{key} is {value!r}, but it has no route"
                    for key, value in (("provider_name", e.provider_name), ("choice", e.choice))
                    if value is not None]
        if e.reason != due:
            problems.append(f"{path}.reason is {e.reason!r}, but the model's routes make it "
                            f"{due!r}")
        return problems
    problems = [f"{path}.reason is {e.reason!r}, but it bills a route"] if e.reason else []
    if c.routes:
        problems += _named(path, e, c.routes_of(e.model_index), model, held,
                           strict=at is None or (at.filtered and at.day == c.as_of
                                                and at.traffic == c.traffic
                                                and at.requires == frozenset(c.requires)))
    return problems


def _named(path: str, e: CostEstimate, rows: Sequence[RouteRow], model: Model,
           held: Sequence[_Held], *, strict: bool) -> list[str]:
    """The provider, the ties, the tier and the choice of a bill against its route's row.

    ``held``: each of the model's routes under the bill's terms, with why it is not eligible;
    ``strict``: the terms are the rows' own (the comparison's bill, or its priced one).
    """
    row = _row(e, rows)
    if row is None:  # (a route not among the model's: the bill's checks say so)
        return []
    if e.provider_name != row.provider_name:
        return [(f"{path}.provider_name is {e.provider_name!r}, but its route's provider is "
                f"{row.provider_name!r}")]
    names = {r.provider_name for r in rows}
    problems = [f"{path}.{key}[{n}] is {name!r}, not a provider of the model's routes"
                for key in ("tied_with", "passed_over")
                for n, name in enumerate(getattr(e, key)) if name not in names]
    if e.preferred_tier is not None and (e.preferred_tier is ProviderTier.FIRST_PARTY) \
            != row.maker:
        problems.append(f"{path}.preferred_tier is {e.preferred_tier.value!r}, but its route "
                        f"is {'' if row.maker else 'not '}the model maker's own")
    problems += _figures(path, e, rows, strict=strict)
    if not problems and e.choice is not None and e.choice not in _choices(
            e, row, rows, model, held, strict=strict):
        problems.append(f"{path}.choice is {e.choice!r}, but its route's ties and tier do not "
                        "make it")
    return problems


def _figures(path: str, e: CostEstimate, rows: Sequence[RouteRow], *,
             strict: bool) -> list[str]:
    """The other bills and the search fees ``e`` names: each one of the model's routes'.

    A passed-over listing's bill, or the maker's that a reseller's undercuts, is a route's of
    its provider (``strict``: eligible, at that bill and those prices, checked that day).
    """
    problems = []
    if (names := [b.provider_name for b in e.passed_bills]) != list(e.passed_over):
        problems.append(f"{path}.passed_bills are on {names}, but passed_over is "
                        f"{list(e.passed_over)}")
    bills = [(f"{path}.passed_bills[{n}]", b) for n, b in enumerate(e.passed_bills)]
    bills += [(f"{path}.maker_bill", e.maker_bill)] if e.maker_bill is not None else []
    problems += [f"{where} is a bill of {_usd(b.monthly)} on {b.provider_name!r}, but no route "
                 f"of the model's bills that" for where, b in bills if not any(
                     r.provider_name == b.provider_name and (not strict or (
                         r.eligible and r.monthly == b.monthly
                         and (r.input_price, r.output_price) == (b.input_price, b.output_price)
                         and b.checked in (None, r.route.checked))) for r in rows)]
    maker, below = e.maker_bill, e.below_maker
    if maker is not None and e.monthly is not None and maker.monthly and below is not None \
            and below != 1 - e.monthly / maker.monthly:
        problems.append(f"{path}.below_maker is {below}, but its bill and the maker's make it "
                        f"{1 - e.monthly / maker.monthly}")
    problems += [f"{path}.search_fees[{n}] is {_usd(fee.per_search)} a search on "
                 f"{fee.provider_name!r}, but no route of the model's lists it"
                 for n, fee in enumerate(e.search_fees) if not any(
                     r.provider_name == fee.provider_name and r.route.per_search == fee.per_search
                     for r in rows)]
    return problems


def _choices(e: CostEstimate, billed: RouteRow, rows: Sequence[RouteRow], model: Model,
             reasons: Sequence[_Held], *, strict: bool) -> list[str]:
    """Every sentence :mod:`.choice` could make of ``e``'s ties, tier and policy.

    A tie is said broken by the window, the price's age or the name only where a route tied
    (``strict``: at the bill, eligible) takes a shorter window, has an older price, or is
    alike in all but its provider's name.
    """
    name, tied, tier, said = e.provider_name or "", e.tied_with, e.preferred_tier, e.choice or ""
    if e.reseller_bill:
        return [reseller_choice(name)]
    first, held = _first(said, tied, rows), _held(said, reasons) if e.fallback else []
    alike = [r for r in rows if r is not billed and r.provider_name in (*tied, name)
             and (not strict or (r.eligible and r.monthly == billed.monthly))]
    context, checked = billed.context_window or 0, billed.route.checked
    wider = any((r.context_window or 0) < context for r in alike)
    fresher = any(r.route.checked < checked for r in alike)
    named = any(r.provider_name != name and r.route.checked == checked
                and r.context_window == billed.context_window for r in alike)
    found = []
    for wider, fresher, named in itertools.product(*(  # noqa: B020 - each flag, where it can be
            (False, True) if can else (False,) for can in (wider, fresher, named))):
        if e.passed_over:
            found += [passed_choice(name, tier, tied, tie_tier, wider=wider, first=first,
                                    fresher=fresher, named=named) for tie_tier in (None, tier)]
        elif e.fallback:
            found.append(fallback_choice(name, tied, tier, held, wider=wider,
                                         maker=maker_on_record(model), first=first,
                                         fresher=fresher, named=named))
        else:
            found.append(choice(name, tied, tier, wider=wider, first=first, fresher=fresher,
                                named=named))
    return found


def _first(said: str, tied: Sequence[str], rows: Sequence[RouteRow]) -> tuple[str, ...]:
    """The rules before tier and window that ``said`` gives, each as the routes make it."""
    found = []
    for rule in (SERVICE_RULE, RECORD_RULE, STALE_RULE):  # (the order routes.py breaks ties in)
        at = said.find(rule)
        if at < 0:
            continue
        text = said[at:]
        ends = [m.start() for m in re.finditer(r"; then |\)", text)] + [len(text)]
        piece = next((text[:end] for end in ends if end >= len(rule)
                      and text[:end] == _rule(rule, text[:end], tied, rows)), None)
        found += [piece] if piece is not None else []
    return tuple(found)


def _rule(rule: str, piece: str, tied: Sequence[str], rows: Sequence[RouteRow]) -> str:
    """``rule`` naming the tied providers ``piece`` names (with their routes' dates)."""
    if rule != SERVICE_RULE:
        behind = sorted((t for t in tied if f"{t}'s" in piece), key=piece.find)
        return lost_to(rule, behind, tied) if behind else rule
    dates = {r.provider_name: r.route.retires for r in rows
             if r.provider_name in tied and r.route.retires is not None
             and any(f"{r.provider_name}'s{on} {r.route.retires.isoformat()}" in piece
                     for on in (" on", " retires on"))}
    return retiring_rule(dict(sorted(dates.items(), key=lambda kv: piece.find(kv[0]))))


def _held(said: str, reasons: Sequence[_Held]) -> list[tuple[str, str]]:
    """The routes a fallback's words hold back, with their reasons, as ``reasons`` give.

    The words list "names: reason" groups joined by "; ", and a reason may hold "; " itself
    ("context window not sourced; cannot confirm requests fit"): each group is found by a
    reason of ``reasons`` that ends it, after names all among theirs (a split on "; " refused
    a genuine comparison's words: review 38's merge).
    """
    head = next((f"{words} (" for words in NO_TRUSTED if said.startswith(f"{words} (")), None)
    end = said.find(_HELD_END)
    if head is None or end < 0:
        return []
    inner, pos, pairs = said[len(head):end], 0, set()
    whys = {why for _, _, why in reasons if why is not None}
    known = {name for _, name, why in reasons if why is not None}
    while pos < len(inner):
        found = min(((at, why) for why in whys for at in _ends(inner, pos, f": {why}")
                     if set(_NAMES.split(inner[pos:at])) <= known), default=None)
        if found is None:
            break
        at, why = found
        pairs |= {(name, why) for name in _NAMES.split(inner[pos:at])}
        pos = at + len(why) + 4  # (": " before the reason, "; " after it)
    return [(name, why) for _, name, why in reasons if why is not None and (name, why) in pairs]


def _ends(text: str, start: int, tail: str) -> list[int]:
    """Where ``tail`` starts in ``text`` from ``start`` and ends a group (text's end, or "; ")."""
    found, at = [], text.find(tail, start)
    while at >= 0:
        stop = at + len(tail)
        if stop == len(text) or text.startswith("; ", stop):
            found.append(at)
        at = text.find(tail, at + 1)
    return found


def _kept(c: Comparison) -> list[str]:
    """The bills beside the comparison (priced, unruled): for whom they are kept, on what."""
    cost, problems = c.cost, []
    free = [e.model_index for e in cost.estimates if e.route is not None
            and e.monthly is not None and e.route.status is RouteStatus.FREE_TIER]
    due = free if c.include_free else []
    got = [e.model_index for e in cost.priced]
    if got != due:
        problems.append(f"cost.priced is about models {got}, but the models billed on a free "
                        f"tier are {due}")
    unbilled = [e.model_index for e in cost.estimates if e.route is None]
    got = [e.model_index for e in cost.unruled]
    if any(k not in unbilled for k in got) or got != sorted(set(got)):
        problems.append(f"cost.unruled is about models {got}, but the models without a bill "
                        f"are {unbilled}")
    if not c.routes:
        return problems
    for key, kept in (("priced", cost.priced), ("unruled", cost.unruled)):
        for k, e in enumerate(kept):
            path = f"cost.{key}[{k}]"
            if e.route is None:
                problems += [f"{path} has no route"] if key == "unruled" else []
                continue
            if not 0 <= e.model_index < len(c.models):
                continue
            row = _row(e, c.routes_of(e.model_index))
            if row is None:
                problems.append(f"{path} bills {_usd(e.monthly)} on a route that is not among "
                                f"the model's routes")
            elif key == "priced" and (row.monthly != e.monthly or not row.eligible
                                      or row.route.status is RouteStatus.FREE_TIER):
                what = "a free tier" if row.route.status is RouteStatus.FREE_TIER else \
                    "eligible" if row.eligible else "not eligible"
                problems.append(f"{path} bills {_usd(e.monthly)} on a route the model's rows "
                                f"bill {_usd(row.monthly)}, {what}")
    return problems


def _row_reasons(c: Comparison) -> list[str]:
    """Each route row's reason: its route's eligibility under the comparison's terms, or a filter's.

    The caller's provider filters are not kept in the comparison: a row they leave out says so
    (:data:`~.routes.PROVIDER_EXCLUDED`, :data:`~.routes.PROVIDER_NOT_ALLOWED`) in place of any
    other reason. A row is eligible exactly where it has no reason (helper fixCO).
    """
    needs, problems = frozenset(c.requires), []
    for k, r in enumerate(c.routes):
        if not 0 <= r.model_index < len(c.models):
            problems.append(f"routes[{k}] is about model {r.model_index}")
            continue
        due = route_eligibility(c.models[r.model_index], r.route, c.traffic, needs,
                                include_free=c.include_free, day=c.as_of)
        if r.reason != due and r.reason not in _FILTERS:
            problems.append(f"routes[{k}].reason is {r.reason!r}, but its route under the "
                            f"comparison's terms makes it {due!r}")
        elif r.eligible != (r.reason is None):
            problems.append(f"routes[{k}].eligible is {r.eligible}, but its reason is "
                            f"{r.reason!r}")
    return problems


_FILTERS = (PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED)
"""The reasons a row left out by the caller's provider filters gives (:func:`_row_reasons`)."""


def estimate_problems(c: Comparison) -> list[str]:
    """What in ``c``'s estimates' words and kept bills its routes and models do not make.

    Examples:
        >>> from phicompare import Comparison, ComparisonError, compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> estimate_problems(c)
        []
        >>> d = c.to_dict()
        >>> d["cost"]["estimates"][1]["provider_name"] = "Acme Cloud"
        >>> d["cost"]["estimates"][1]["choice"] = "the only route we trust"
        >>> try:
        ...     Comparison.from_dict(d)
        ... except ComparisonError as exc:
        ...     print(exc)
        not a consistent comparison: cost.estimates[1].provider_name is 'Acme Cloud', but its \
route's provider is 'Microsoft Foundry'
    """
    cost, alone = c.cost, Traffic(input_tokens=c.traffic.input_tokens,
                                  output_tokens=c.traffic.output_tokens)
    needs = frozenset(c.requires)
    problems = []
    for k, e in enumerate(cost.estimates):
        problems += _estimate(c, f"cost.estimates[{k}]", e, None)
    for k, e in enumerate(cost.priced):  # (free tiers not counted)
        problems += _estimate(c, f"cost.priced[{k}]", e, _At(
            c.as_of, c.traffic, needs, include_free=False, filtered=True))
    for k, e in enumerate(cost.unruled):  # (the tokens alone, nothing required, providers kept)
        problems += _estimate(c, f"cost.unruled[{k}]", e, _At(
            c.as_of, alone, frozenset(), c.include_free, filtered=False, providers=True))
    for k, after in enumerate(cost.after_retirement):  # (on the day the bill's route retires)
        billed = cost.estimates[k].route if k < len(cost.estimates) else None
        if after is not None and billed is not None and billed.retires is not None:
            problems += _estimate(c, f"cost.after_retirement[{k}]", after, _At(
                billed.retires, c.traffic, needs, c.include_free, filtered=True))
    return _row_reasons(c) + problems + _kept(c)
