"""A model left in with no bill, and the one model beside it that has one (review 12, L9).

The page's terms leave a model in when some route of it meets them and is in service, though
that route has no price the page counts (a free tier without ``include_free``, a route with no
published price): its bill is unknown, not its fit. The verdict said "Pick Phi-4 Reasoning for
a longer context ..." after Phi-4 Reasoning's only paid route retired, its one route left a free
tier whose usage limits the data does not record, and "no advantage" of Phi-4, the only model
with a bill. Now the only bill among the models left in is a reason to pick its model
(:func:`only_bill`), and a pick of a model without one says where it would run
(:func:`unbilled_words`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.domain.pricing import RouteStatus

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence, EvidenceKind
from .favours import NONE, Favours
from .retiring import retiring_basis, retiring_bill, retiring_words
from .standing import contenders

if TYPE_CHECKING:
    from collections.abc import Callable

    from .context import Context

__all__ = ["only_bill", "unbilled_rows", "unbilled_words"]


def _billed(x: Context, i: int) -> bool:
    """Whether model ``i`` has a bill at a price (not on a free tier)."""
    cost = x.c.cost
    return cost.estimates[i].monthly is not None and i not in cost.free_indexes


def only_bill(x: Context, i: int) -> Favours:
    """The only bill among the models left in, where model ``i`` has it.

    "the only bill at this traffic ($83.00 a month; Phi-4 Reasoning has no eligible priced
    route)": model ``i`` has a priced bill and every other model left in has none, its routes
    that keep it in free tiers or unpriced (:func:`unbilled_rows`).
    :data:`~phicompare.narrative.favours.NONE` otherwise: where some other has a bill the cost
    advantages weigh them; where every other is ruled out the pick says so
    (:func:`~phicompare.narrative.answers.verdict`); a bill on a free tier (``include_free``) is
    no price and no rival's absence makes it one.
    """
    if x.out[i] is not None or not _billed(x, i):
        return NONE
    from .fit import old_price, stale_bill  # noqa: PLC0415 - fit weighs this advantage
    rivals = contenders(x, i)
    estimates = x.c.cost.estimates
    # each rival runs, on a free tier or unpriced route (one with no route at all is as before)
    if not rivals or not all(unbilled_rows(x, o) for o in rivals):
        return NONE
    monthly = estimates[i].monthly
    route = estimates[i].route
    assert monthly is not None  # (_billed)
    day = x.c.as_of
    caveats = []
    checked = None if route is None or route.checked <= day else route.checked
    if checked is not None:  # (review 6, D21)
        caveats.append(f"at prices checked on {fmt.date(checked)}, after the comparison's date")
    old = stale_bill(x, i)  # (review 7, F18)
    if old is not None and route is not None:
        caveats.append(old_price(route.checked, day))
    soon = retiring_bill(x, i)  # (review 10, I7)
    if soon is not None:
        caveats.append(retiring_words(soon))
    none = fmt.join_words([x.names[o] for o in rivals])
    has = "has" if len(rivals) == 1 else "have"
    said = ", ".join([f"{fmt.money(monthly)} a month", *caveats])
    phrase = f"the only bill at this traffic ({said}; {none} {has} no eligible priced route)"

    def basis() -> Basis:
        evidence = [Evidence(paths.estimate(i, "monthly"), monthly, fmt.money(monthly),
                             EvidenceKind.MONEY),
                    *(Evidence(paths.model(o, "name"), x.names[o], x.names[o])
                      for o in rivals)]
        checks = [Check(op=CheckOp.KNOWN, paths=(paths.estimate(i, "monthly"),)),
                  Check(op=CheckOp.IN, paths=(paths.estimate(i, "route.status"),),
                        values=tuple(s.value for s in RouteStatus
                                     if s is not RouteStatus.FREE_TIER)),
                  *(Check(op=CheckOp.NONE, paths=(paths.estimate(o, "monthly"),))
                    for o in rivals)]
        if checked is not None:
            evidence.append(Evidence(paths.estimate(i, "route.checked"), checked,
                                     fmt.date(checked), EvidenceKind.DATE))
            checks.append(Check(op=CheckOp.LESS, paths=(paths.AS_OF,
                                                        paths.estimate(i, "route.checked"))))
        if old is not None and route is not None:
            evidence += [Evidence(paths.estimate(i, "route.checked"), route.checked,
                                  fmt.date(route.checked), EvidenceKind.DATE),
                         Evidence(paths.AS_OF, day, fmt.date(day), EvidenceKind.DATE)]
            checks.append(Check(op=CheckOp.TRUE, paths=(paths.route(old, "stale"),)))
        soon_basis = retiring_basis(day, soon)
        return Basis((*evidence, *soon_basis.evidence), (*checks, *soon_basis.checks))

    return Favours([phrase], basis)


def unbilled_rows(x: Context, i: int) -> tuple[int, ...]:
    """The route rows of model ``i``, left in without a bill, that keep it in.

    Each meets the page's terms, is in service and not deprecated (``()`` where the model has a
    bill, a free tier's under ``include_free`` among them, or is ruled out).
    """
    if x.out[i] is not None or x.c.cost.estimates[i].monthly is not None:
        return ()
    day = x.c.as_of
    return tuple([k for k, row in enumerate(x.c.routes) if row.model_index == i
                  and row.unfit is None and not row.route.retired(day) and not row.deprecated])


def unbilled_words(x: Context, i: int, *, figured: bool = True,
                   ) -> tuple[str, Callable[[], Basis]] | None:
    """Where a pick of model ``i``, which has no bill, would run.

    "only on the free tier on GitHub Models, whose usage limits the data does not record" (at a
    glance, ``figured`` false, "only on a free tier"); "only on P, whose price the data does
    not record". ``None`` where the model has a bill or none of its routes keeps it in.
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
    text = "only on " + (", and on ".join(parts) if figured
                         else fmt.join_words(list(dict.fromkeys(parts))))

    def basis() -> Basis:
        evidence = [Evidence(paths.estimate(i, "monthly"), None),
                    *(Evidence(paths.route(k, "provider_name"), routes[k].provider_name,
                               routes[k].provider_name if figured else None) for k in rows)]
        checks = [Check(op=CheckOp.NONE, paths=(paths.estimate(i, "monthly"),))]
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
        return Basis(tuple(evidence), tuple(checks))

    return text, basis
