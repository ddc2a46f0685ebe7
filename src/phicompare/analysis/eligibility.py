"""Whether a route can carry the caller's traffic on a day, and the routes in force on it.

A route's ``reason`` (``RouteRow.reason``): no published price, not yet released, retired,
deprecated, a free tier not counted, usage limits, requests too large for its context window
or for the model's input limit, responses over its output limit, a required capability it does
not document. Split from ``analysis.cost`` (which re-exports both functions).
"""

from __future__ import annotations

import datetime as dt

from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.in_use import current_routes, usable, usable_turns
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

from .traffic import Traffic
from .usage import over_limits
from .workload import input_overrun, input_text, output_overrun, overrun_text, window_text

__all__ = ["DEPRECATED", "FREE_TIER", "FREE_UNRANKED", "by_date", "current_routes",
           "route_eligibility", "usable", "usable_turns"]

RETIRED = "retired on "
"""A retired route's ``reason`` opens so, its retirement date after it (ISO: sorted as text, it
is in date order; :func:`by_date`)."""
DEPRECATED = "deprecated"
"""A route's ``reason`` where it counts as deprecated on the day
(:meth:`~phicompare.ProviderRoute.deprecated_on`)."""
FREE_TIER = "free tier, not counted unless free tiers are included"
"""A free tier's ``reason`` where free tiers are not counted: a required capability it lacks is
said instead, as that holds either way (without parentheses: a reason is said inside a list's
parentheses; review 21, P7)."""
FREE_UNRANKED = "free tier, not a price to rank"
"""A free tier's ``reason`` in ``recommend()``'s ranking where the caller counts free tiers and
it can carry the traffic: the ranking is of priced bills (review 21, P7)."""


def route_eligibility(model: Model, route: ProviderRoute, traffic: Traffic,
                      requires: frozenset[Capability], *, include_free: bool,
                      day: dt.date | None = None) -> str | None:
    """Why ``route`` cannot carry ``traffic`` for the caller, or ``None`` when it can.

    No route carries a model before its release date, a route retired by ``day`` (its
    ``retires`` date has come) is that whether priced or not, and neither an unpriced route nor
    one deprecated by ``day`` is counted:
    by its ``deprecated`` date where recorded, else by its status as last checked
    (:meth:`~phicompare.ProviderRoute.deprecated_on`). Requests must fit the route's context
    window, their input the model's input limit (review 12, L1), and their responses its
    output limit (its own, else the model's): a limit not sourced is no failure (review 8, G1).
    """
    # a route not yet serving, or no longer, is that first: its missing price then no longer
    # matters, and the route table's Status says the same (review 25, P5)
    if day is not None and model.released is not None and day < model.released:
        return f"not released until {model.released.isoformat()}"
    if day is not None and route.retires is not None and route.retired(day):
        return f"{RETIRED}{route.retires.isoformat()}"
    if not route.is_priced:
        return "no published price"
    if route.deprecated_on(day):
        return DEPRECATED
    if route.is_free and not include_free:
        # what it lacks holds whether free tiers count or not: said before it (review 21, P7)
        return _lacking(model, route, requires) or FREE_TIER
    # a free tier's limits, above all (no request count: the fewest its tokens need, H6)
    if (over := over_limits(route, traffic, model.route_context(route))) is not None:
        return over
    size = traffic.request_tokens
    if size is not None:
        context = model.route_context(route)
        if context is None:
            return "context window not sourced; cannot confirm requests fit"
        if size > context:
            return window_text(size, context)
    if (cap := input_overrun(model, traffic)) is not None:  # the maker's cap (review 12, L1)
        return input_text(*cap, model.route_context(route))
    if (overrun := output_overrun(model, route, traffic)) is not None:
        return overrun_text(*overrun)
    return _lacking(model, route, requires)


def _lacking(model: Model, route: ProviderRoute, requires: frozenset[Capability]) -> str | None:
    """The first capability of ``requires`` ``route`` does not offer, in words, or ``None``."""
    if not requires:
        return None
    capabilities = model.route_capabilities(route)
    for capability in sorted(requires, key=lambda c: c.value):
        support = capabilities.support(capability)
        if support is not Support.YES:  # a route's own "no" is what it lists, not the model's
            state = "not documented" if support is Support.UNKNOWN else "not supported" if (
                model.capabilities.flag(capability) is False
                or capability in model.fixed_capabilities) else "not listed"
            return f"{capability.label.lower()} {state}"
    return None



def by_date(reasons: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """Reasons with the routes they leave out, those of retired routes in date order.

    A model's "no eligible route (...)" lists its reasons in its routes' order, each once with
    the routes it leaves out; its retirements, where they are several, read earliest first in
    their places: "(Microsoft Foundry: retired on 2026-10-21; ...: retired on 2026-11-19;
    GitHub Models: retired on 2026-07-30; ...)" was in no order (review 36, #7).

    Examples:
        >>> by_date({"retired on 2026-11-19": ["A"], "deprecated": ["B"],
        ...          "retired on 2026-07-30": ["C"]})
        [('retired on 2026-07-30', ['C']), ('deprecated', ['B']), ('retired on 2026-11-19', ['A'])]
    """
    found = list(reasons.items())
    slots = [k for k, (reason, _) in enumerate(found) if reason.startswith(RETIRED)]
    for k, item in zip(slots, sorted([found[k] for k in slots]), strict=True):
        found[k] = item
    return found
