"""Whether a route can take the caller's workload, whatever its price or status.

The caller's terms a route must meet (``RouteRow.unfit``): the provider filters, the context
asked, the requests' size and the required capabilities. A model none of whose routes meets them
is ruled out by the page's terms (``docs/narrative.md``).
"""

from __future__ import annotations

import enum

from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

from .traffic import Traffic

__all__ = ["Unfit", "workload_unfit"]


class Unfit(str, enum.Enum):
    """Why a route cannot take the caller's workload whatever its price or status.

    The caller's own terms: the provider filters, the context asked (``min_context``), the
    requests' size (input plus output tokens of one request) and the required capabilities. A
    model none of whose routes meets them is ruled out by the page's terms
    (``docs/narrative.md``).

    Examples:
        >>> Unfit("context").name
        'CONTEXT'
    """

    PROVIDER = "provider"
    """The provider is excluded, or not among those allowed."""
    MIN_CONTEXT = "min-context"
    """The route's context window is under the context asked, or not sourced."""
    CONTEXT = "context"
    """The requests exceed the route's context window."""
    CONTEXT_UNSOURCED = "context-unsourced"
    """The route's context window is not sourced: the requests cannot be confirmed to fit."""
    CAPABILITY = "capability"
    """A required capability is not documented for the route, or not supported."""


def workload_unfit(model: Model, route: ProviderRoute, traffic: Traffic,
                   requires: frozenset[Capability]) -> Unfit | None:
    """Why ``route`` cannot take requests of ``traffic``'s size or ``requires``, or ``None``.

    Price, status and dates do not count here (:func:`route_eligibility` says all). A route
    that fails several terms is unfit for the first of: a required capability, then the
    requests' size; the caller's provider and minimum-context filters come after both
    (``analysis.routes``). So a model that lacks a capability is ruled out for it alone, not
    for "every term" because one small route also fails the size.

    Examples:
        >>> from phicompare import default_catalog
        >>> from phicompare.analysis.traffic import Traffic
        >>> m = default_catalog().model("phi-2")
        >>> big = Traffic(input_tokens=10_000, output_tokens=0, requests=1)
        >>> workload_unfit(m, m.routes[0], big, frozenset()).value
        'context'
        >>> workload_unfit(m, m.routes[0], Traffic(), frozenset()) is None
        True
    """
    if requires:  # first: a capability a model lacks is lacking on every route, its sizes vary
        capabilities = model.route_capabilities(route)
        if any(capabilities.support(c) is not Support.YES for c in requires):
            return Unfit.CAPABILITY
    size = traffic.request_tokens
    if size is not None:
        context = model.route_context(route)
        if context is None:
            return Unfit.CONTEXT_UNSOURCED
        if size > context:
            return Unfit.CONTEXT
    return None
