"""A model left in with no bill, and the one model beside it that has one (review 12, L9).

The page's terms leave a model in when some route of it meets them and is in service, though
that route has no price the page counts (a free tier without ``include_free``, a route with no
published price): its bill is unknown, not its fit. The verdict said "Pick Phi-4 Reasoning for
a longer context ..." after Phi-4 Reasoning's only paid route retired, its one route left a free
tier whose usage limits the data does not record, and "no advantage" of Phi-4, the only model
with a bill. Now the only bill among the models left in is a reason to pick its model
(:func:`only_bill`), and a pick of a model without one says where it would run
(:func:`unbilled_words`). A model with no route at all is such a rival too, and with
``include_free`` so is one billed on a free tier alone: a free tier is no price, so the bill
beside it is "the only priced bill" (L9's leftovers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.domain.pricing import RouteStatus

from . import format as fmt, paths
from .bills import free_checks, resold
from .claims import Basis, Check, CheckOp, Evidence, EvidenceKind
from .favours import NONE, Favours
from .output_claims import output_claim_basis, output_claim_words
from .price_caveats import UNCONFIRMED, later_checked, later_checks, old_price
from .priced import priced_caveats
from .retiring import retiring_basis, retiring_row, retiring_words
from .rivals import contenders
from .standing import Out, out_basis, out_phrase

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from phicompare.domain.pricing import ProviderRoute

    from .context import Context

__all__ = ["IF_PRICED", "only_bill", "pick_words", "routeless_words", "unbilled_rows",
           "unbilled_words"]

IF_PRICED = "if you need a priced route"
"""How the only bill's reason begins: a bill is no merit in itself, a need for one is (fixCJ)."""


_NO_ROUTE = "no provider route in the catalog"
"""A bill's reason where its model has no route at all (``analysis.cost``)."""


def _billed(x: Context, i: int) -> bool:
    """Whether model ``i`` has a bill at a price (not on a free tier)."""
    cost = x.c.cost
    return cost.estimates[i].monthly is not None and i not in cost.free_indexes


def _priced_at(x: Context, i: int) -> int | None:
    """Model ``i``'s position in ``cost.priced``: billed on a free tier (``include_free``)."""
    free = x.c.cost.free_indexes
    return free.index(i) if i in free and len(x.c.cost.priced) == len(free) else None


def _free_only(x: Context, i: int) -> bool:
    """Whether model ``i`` is billed on a free tier and has no eligible priced route."""
    p = _priced_at(x, i)
    return p is not None and x.c.cost.priced[p].monthly is None


def _routeless(x: Context, i: int) -> bool:
    """Whether model ``i`` has no route at all: no bill, and nothing the terms rule out."""
    estimate = x.c.cost.estimates[i]
    return (x.out[i] is None and estimate.monthly is None and estimate.reason == _NO_ROUTE
            and not x.c.route_groups[i][1])  # (no row of its own)


def _dormant(x: Context, i: int) -> Out | None:
    """Model ``i``'s routes out of service, where it is left in on its published weights.

    Every route of it that meets the page's terms is retired or deprecated, and the terms
    leave it in (:mod:`.standing`: its weights are published; review 20, P5). ``None`` for
    any other model. Asked about five times a page: found once (:mod:`.dormant`).
    """
    return x.dormant[i]


def _rivals_basis(x: Context, rivals: tuple[int, ...]) -> tuple[list[Evidence], list[Check]]:
    """That each of ``rivals`` has no priced bill: none, a free tier's alone, or no route."""
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for o in rivals:
        name = x.c.models[o].name  # the model's own name: the page's may add its id
        evidence.append(Evidence(paths.model(o, "name"), name, name))
        p = _priced_at(x, o)
        if p is not None:  # a free tier's bill (include_free), no priced route beside
            checks += [*free_checks(o, x.c.cost.free_indexes),
                       Check(op=CheckOp.NONE, paths=(paths.priced(p, "monthly"),))]
            continue
        checks.append(Check(op=CheckOp.NONE, paths=(paths.estimate(o, "monthly"),)))
        if _routeless(x, o):
            evidence.append(Evidence(paths.estimate(o, "reason"), _NO_ROUTE))
    return evidence, checks


def _rivals_words(x: Context, rivals: tuple[int, ...]) -> str:
    """"B has no eligible priced route and C no provider route in the catalog"."""
    none = [o for o in rivals if not _routeless(x, o)]
    gone = [o for o in rivals if _routeless(x, o)]
    parts = [(fmt.join_words([x.names[o] for o in group]), words) for group, words in
             ((none, "no eligible priced route"), (gone, _NO_ROUTE)) if group]
    has = "has" if len(none or gone) == 1 else "have"
    return " and ".join([f"{parts[0][0]} {has} {parts[0][1]}",
                         *[f"{names} {words}" for names, words in parts[1:]]])


def pick_words(name: str, phrases: Sequence[str], *, glance: bool = False) -> str:
    """A pick's model and reasons: "A for X and Y", the only bill's reason a condition after.

    A bill is no merit in itself (helper fixCJ: "Pick Mistral Small for the only bill at this
    traffic"): the pick holds where a priced route is needed, "A for X, or if you need a priced
    route: it is the only one with a bill (...)"; at a glance "A if you need a priced route, the
    only one with a bill", no colon inside its list of models.

    Examples:
        >>> pick_words("A", ["vision", f"{IF_PRICED}: it is the only one with a bill ($1.00)"])
        'A for vision, or if you need a priced route: it is the only one with a bill ($1.00)'
        >>> pick_words("A", [f"{IF_PRICED}: it is the only one with a bill"], glance=True)
        'A if you need a priced route, the only one with a bill'
        >>> pick_words("A", ["vision", "a longer context"])
        'A for vision and a longer context'
    """
    priced = [p for p in phrases if p.startswith(IF_PRICED)]
    rest = [p for p in phrases if not p.startswith(IF_PRICED)]
    if not priced:  # (most picks)
        return f"{name} for {fmt.join_reasons(rest)}"
    said = priced[0].replace(": it is the only", ", the only", 1) if glance else priced[0]
    return f"{name} " + (f"for {fmt.join_reasons(rest)}, or " if rest else "") + said


def only_bill(x: Context, i: int) -> Favours:
    """The only bill among the models left in, where model ``i`` has it.

    "if you need a priced route: it is the only one with a bill ($83.00 a month; Phi-4
    Reasoning has no eligible priced route)" (:func:`pick_words` sets it after the pick's other
    reasons; helper fixCJ: it read "the only bill at this traffic (...)", a bill as a merit):
    model ``i`` has a priced bill and every other model left in has none, its routes
    that keep it in free tiers or unpriced (:func:`unbilled_rows`), or no route at all ("Phi-1.5
    and Phi-1 have no provider route in the catalog"). With ``include_free`` a free tier is no
    price: "the only one with a priced bill" where a rival's bill is a free tier's alone, or
    where ``i``'s
    own is and its cheapest priced route (``cost.priced``) is named ("($83.00 a month on Kilo
    Gateway; ...)"; review 12, L9's leftovers).
    :data:`~phicompare.narrative.favours.NONE` otherwise: where some other has a priced bill
    the cost advantages weigh them; where every other is ruled out the pick says so
    (:func:`~phicompare.narrative.answers.verdict`).
    """
    if x.out[i] is not None:
        return NONE
    p = None if _billed(x, i) else _priced_at(x, i)
    estimate = x.c.cost.estimates[i] if p is None else x.c.cost.priced[p]
    if (p is None and not _billed(x, i)) or estimate.monthly is None:
        return NONE  # (no priced bill of its own: the rivals' need not be looked at)
    rivals = contenders(x, i)
    if not rivals or not all(unbilled_rows(x, o) or _routeless(x, o) or _dormant(x, o)
                             for o in rivals):
        return NONE
    monthly, route, day = estimate.monthly, estimate.route, x.c.as_of
    row = x.bill_rows[i] if p is None else _row_of(x, i, route)  # (its own bill's: found once)
    caveats = [] if p is None else [f"{fmt.money(monthly)} a month on {estimate.provider_name}"]
    # a bill on a listing the page calls unverified says so, as a lower bill's does
    unverified = row is not None and route is not None and \
        route.status is RouteStatus.UNVERIFIED
    caveats += [UNCONFIRMED] if unverified else []
    # a lower bill's caveats, of the model's own bill (leftN's leftover): a listing's output
    # limit above the model's (review 9, H8), a reseller's or another provider's listing (D32);
    # of its priced bill alike, where its own is a free tier's (leftO's leftover)
    if p is None:
        claimed = output_claim_words(x, i)
        claim_evidence, claim_checks = output_claim_basis(x, i) if claimed else ([], ())
        sold, resale = resold(x, (i,), (i,))
    else:
        claimed, sold, resale = priced_caveats(x, i, p, short=True)
        claim_evidence, claim_checks = [], ()
    caveats += [] if claimed is None else [f"on {claimed}"]
    checked = later_checked(route, day)
    if checked is not None:  # (review 6, D21; dated on or before the day: on record, #4)
        caveats.append(f"at prices checked on {fmt.date(checked)}, after the comparison's date")
    old = row if row is not None and x.c.routes[row].stale else None  # (review 7, F18)
    if old is not None and route is not None:
        caveats.append(old_price(route.checked, day))
    soon = retiring_row(x, row)  # (review 10, I7)
    if soon is not None:
        caveats.append(retiring_words(soon))
    free = set(x.c.cost.free_indexes) & {i, *rivals}
    said = ", ".join(caveats if p is not None else [f"{fmt.money(monthly)} a month", *caveats])
    phrase = (f"{IF_PRICED}: it is the only one with a {'priced ' * bool(free)}bill ({said}; "
              + (f"{sold}; " if sold else "") + f"{_rivals_words(x, rivals)})")
    own = paths.estimate(i, "monthly") if p is None else paths.priced(p, "monthly")
    named = None if p is None else estimate.provider_name
    theirs = _rivals_basis(x, rivals)
    free_indexes = x.c.cost.free_indexes

    def basis() -> Basis:
        evidence = [Evidence(own, monthly, fmt.money(monthly), EvidenceKind.MONEY),
                    *theirs[0]]
        checks = [Check(op=CheckOp.KNOWN, paths=(own,)), *theirs[1]]
        if p is None:
            checks.append(Check(op=CheckOp.IN, paths=(paths.estimate(i, "route.status"),),
                                values=tuple(s.value for s in RouteStatus
                                             if s is not RouteStatus.FREE_TIER)))
        else:
            evidence.append(Evidence(paths.priced(p, "provider_name"), named, named))
            checks += free_checks(i, free_indexes)
        if unverified and row is not None:
            checks.append(Check(op=CheckOp.IN, paths=(paths.route(row, "route.status"),),
                                values=(RouteStatus.UNVERIFIED.value,)))
        if (checked is not None or old is not None) and row is not None and route is not None:
            evidence.append(Evidence(paths.route(row, "route.checked"), route.checked,
                                     fmt.date(route.checked), EvidenceKind.DATE))
        if checked is not None and row is not None and route is not None:
            checks += later_checks(paths.route(row, "route.checked"),
                                   paths.route(row, "route.effective_from"), route)
        if old is not None:
            evidence.append(Evidence(paths.AS_OF, day, fmt.date(day), EvidenceKind.DATE))
            checks.append(Check(op=CheckOp.TRUE, paths=(paths.route(old, "stale"),)))
        soon_basis = retiring_basis(day, soon)
        sold_basis = Basis(()) if resale is None else resale()
        return Basis((*evidence, *soon_basis.evidence, *claim_evidence, *sold_basis.evidence),
                     (*checks, *soon_basis.checks, *claim_checks, *sold_basis.checks))

    return Favours([phrase], basis)


def _row_of(x: Context, i: int, route: ProviderRoute | None) -> int | None:
    """The row of ``route`` among model ``i``'s own route rows, or ``None``.

    Its priced bill's, where it is billed on a free tier (``include_free``); a bill at a price
    has its row found once a page (:attr:`.context.Context.bill_rows`).
    """
    rows, ks = x.c.route_groups[i]  # (model i's rows alone)
    return next((k for k, r in zip(ks, rows, strict=True) if r.route is route or r.route == route),
                None)


def unbilled_rows(x: Context, i: int) -> tuple[int, ...]:
    """The route rows of model ``i``, left in without a bill, that keep it in.

    Each meets the page's terms, is in service and not deprecated (``()`` where the model has a
    bill, a free tier's under ``include_free`` among them, or is ruled out).
    """
    if x.out[i] is not None or (x.c.cost.estimates[i].monthly is not None
                                and not _free_only(x, i)):
        return ()  # (a free tier's bill alone, include_free: no price, L9's leftover)
    day, (rows, ks) = x.c.as_of, x.c.route_groups[i]  # (model i's rows alone)
    return tuple([k for k, row in zip(ks, rows, strict=True)
                  if row.unfit is None and not row.route.retired(day) and not row.deprecated])


def unbilled_words(x: Context, i: int, *, figured: bool = True,
                   ) -> tuple[str, Callable[[], Basis]] | None:
    """Where a pick of model ``i``, which has no bill, would run.

    "only on the free tier on GitHub Models, whose usage limits the data does not record" (at a
    glance, ``figured`` false, "only on a free tier"); "only on P, whose price the data does
    not record". A model that publishes its weights runs from them too: "on the free tier on
    NVIDIA NIM (API catalog), whose usage limits the data does not record, or from its
    published weights" (at a glance "on a free tier or its published weights"; review 22, P2).
    ``None`` where the model has a bill or none of its routes keeps it in.
    """
    rows = unbilled_rows(x, i)
    if not rows:
        return None
    routes = x.c.routes
    free = [k for k in rows if routes[k].route.status is RouteStatus.FREE_TIER]
    unpriced = [k for k in rows if k not in free and not routes[k].route.is_priced]
    other = [k for k in rows if k not in free and k not in unpriced]

    def names(ks: list[int]) -> list[str]:
        return list(dict.fromkeys(routes[k].provider_name for k in ks))

    parts: list[str] = []
    blind = [k for k in free if routes[k].route.limits is None]
    within = [k for k in free if k not in blind
              and not any(u.exceeded for u in routes[k].usage)]
    over = [k for k in free if k not in blind and k not in within]
    for ks, limits in ((blind, "whose usage limits the data does not record"),
                       (within, "whose recorded usage limits this traffic is within"),
                       (over, "whose recorded usage limits this traffic exceeds")):
        if ks:
            shown = names(ks)
            tiers = f"the free tier{'' if len(shown) == 1 else 's'} on {fmt.join_words(shown)}"
            parts.append(f"{tiers}, {limits}" if figured else
                         "a free tier" if len(shown) == 1 else "free tiers")
    if unpriced:
        shown = names(unpriced)
        parts.append(f"{fmt.join_words(shown)}, whose price the data does not record"
                     if figured else "a route without a published price")
    parts += [f"{routes[k].provider_name} ({routes[k].reason})" if figured and routes[k].reason
              else routes[k].provider_name for k in other]
    # each part has its own clause: "..., whose ... is within, and on host, whose price ..."
    text = "on " + (", and on ".join(parts) if figured
                    else fmt.join_words(list(dict.fromkeys(parts))))
    # published weights run anywhere too, as a model with no route in service does (P2)
    weights = x.c.models[i].open_weights is True
    text = (f"{text}, or from its published weights" if figured else
            f"{text} or its published weights") if weights else f"only {text}"

    p = _priced_at(x, i)  # billed on a free tier alone (include_free): no priced bill
    unpriced_bill = paths.estimate(i, "monthly") if p is None else paths.priced(p, "monthly")
    free_indexes = x.c.cost.free_indexes

    def basis() -> Basis:
        evidence = [Evidence(unpriced_bill, None),
                    *(Evidence(paths.route(k, "provider_name"), routes[k].provider_name,
                               routes[k].provider_name if figured else None) for k in rows)]
        checks = [Check(op=CheckOp.NONE, paths=(unpriced_bill,)),
                  *(free_checks(i, free_indexes) if p is not None else ())]
        for k in rows:
            checks += [Check(op=CheckOp.NONE, paths=(paths.route(k, "unfit"),)),
                       Check(op=CheckOp.FALSE, paths=(paths.route(k, "deprecated"),))]
            retires = routes[k].route.retires
            checks.append(Check(op=CheckOp.NONE, paths=(paths.route(k, "route.retires"),))
                          if retires is None else
                          Check(op=CheckOp.LESS, paths=(paths.AS_OF,
                                                        paths.route(k, "route.retires"))))
        checks += [Check(op=CheckOp.IN, paths=(paths.route(k, "route.status"),),
                         values=(RouteStatus.FREE_TIER.value,)) for k in free]
        checks += [Check(op=CheckOp.NONE, paths=(paths.route(k, "route.limits"),))
                   for k in blind]
        checks += [Check(op=CheckOp.FALSE, paths=(paths.route_usage(k, j, "exceeded"),))
                   for k in within for j in range(len(routes[k].usage))]
        checks += [Check(op=CheckOp.FALSE, paths=(paths.route(k, "eligible"),))
                   for k in (*unpriced, *other)]
        if weights:
            evidence.append(Evidence(paths.model(i, "open_weights"), True))
            checks.append(Check(op=CheckOp.TRUE, paths=(paths.model(i, "open_weights"),)))
        return Basis(tuple(evidence), tuple(checks))

    return text, basis


def routeless_words(x: Context, i: int, *, figured: bool = True,
                    ) -> tuple[str, Callable[[], Basis]] | None:
    """That a pick of model ``i``, which has no route at all, has nowhere in the catalog to run.

    "it has no provider route in the catalog, and would run only from its published weights"
    where the catalog records them published, else "it has no provider route in the catalog"
    (at a glance, ``figured`` false: "on its published weights alone", "with no provider
    route in the catalog"; helper leftN's leftover). ``None`` where the model has a route.
    """
    if (gone := _dormant(x, i)) is not None:  # its routes out of service (review 20, P5)
        text = ("on its published weights alone" if not figured else
                f"{out_phrase(x.c, gone, figured=True)}, and it would run only from its "
                "published weights")
        found = out_basis(x.c, gone, figured=figured)
        return text, lambda: Basis((*found.evidence, Evidence(paths.model(i, "open_weights"),
                                                              True)),
                                   (*found.checks, Check(op=CheckOp.TRUE, paths=(
                                       paths.model(i, "open_weights"),))))
    if not _routeless(x, i):
        return None
    weights = x.c.models[i].open_weights is True
    if figured:
        text = "it has " + _NO_ROUTE + (", and would run only from its published weights"
                                        if weights else "")
    else:
        text = "on its published weights alone" if weights else f"with {_NO_ROUTE}"

    def basis() -> Basis:
        evidence = [Evidence(paths.estimate(i, "reason"), _NO_ROUTE),
                    Evidence(paths.model(i, "routes"), ())]
        checks = [Check(op=CheckOp.NONE, paths=(paths.estimate(i, "monthly"),))]
        if weights:
            evidence.append(Evidence(paths.model(i, "open_weights"), True))
            checks.append(Check(op=CheckOp.TRUE, paths=(paths.model(i, "open_weights"),)))
        return Basis(tuple(evidence), tuple(checks))

    return text, basis
