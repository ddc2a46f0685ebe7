"""Where two bills cross as the month's input share moves: from prices, or from the bills.

With no long-context tier in play, a bill is linear in the input share and two bills meet at
most once, where their prices say (:func:`~phicompare.analysis.cost.crossover_share`). A tier
charges the whole request at its price once the request's input crosses its threshold, so
with a known request count the bill jumps where the requests cross it: the bills then may meet
more than once, or at the jump itself. :func:`bill_crossings` finds every such point from the
bills the cost model computes (the same bills the charts draw), keeping the month's tokens and
requests and moving only their split. Pure functions; nothing here keeps state.
"""

# Annotations are evaluated (no ``from __future__ import annotations``): this module's named
# tuples would otherwise compile each field's type from a string on the first comparison.

import itertools
from decimal import Decimal
from typing import NamedTuple

import attrs

from phicompare.domain.pricing import ProviderRoute

from .cost import route_cost
from .traffic import Traffic

__all__ = ["Crossing", "bill_crossings", "mixed", "tier_shares"]


class Crossing(NamedTuple):
    """An input share at which the cheaper of two bills changes.

    ``below`` is 0 when the first bill costs less just below ``share``, 1 when the second does.
    """

    share: Decimal
    below: int


def mixed(traffic: Traffic, share: Decimal) -> Traffic:
    """``traffic``'s monthly tokens and requests with ``share`` of the tokens as input."""
    total = traffic.input_tokens + traffic.output_tokens
    tokens_in = int(total * share)
    return attrs.evolve(traffic, input_tokens=tokens_in, output_tokens=total - tokens_in)


def tier_shares(routes: tuple[ProviderRoute, ...], traffic: Traffic) -> list[Decimal]:
    """The input shares strictly between 0 and 1 at which some route's requests cross a tier.

    Empty without a request count (bills then assume base prices) or without a tier in range.

    Examples:
        >>> from phicompare.domain.pricing import Tier
        >>> import datetime as dt
        >>> r = ProviderRoute(provider="p", input=Decimal(1), output=Decimal(2),
        ...                   tiers=(Tier(above_input_tokens=200_000, input=Decimal(2)),),
        ...                   source="https://example.com", checked=dt.date(2026, 1, 1))
        >>> tier_shares((r,), Traffic(input_tokens=250_000, output_tokens=150_000, requests=1))
        [Decimal('0.5')]
    """
    total = traffic.input_tokens + traffic.output_tokens
    if traffic.requests is None or not total:
        return []
    found = {Decimal(tier.above_input_tokens * traffic.requests) / total
             for route in routes for tier in route.tiers}
    return sorted(s for s in found if 0 < s < 1)


def bill_crossings(a: ProviderRoute, b: ProviderRoute, traffic: Traffic) -> list[Crossing]:
    """Every input share at which the cheaper of routes ``a`` and ``b`` changes, in order.

    Between two tier thresholds both bills are linear in the share, so each stretch holds at
    most one meeting point; at a threshold the tiered bill jumps, and the cheaper one may
    change there. The month's tokens and requests stay those of ``traffic``.
    """
    edges = [Decimal(0), *tier_shares((a, b), traffic), Decimal(1)]
    lines = []  # each stretch's bill difference a - b as (slope, value at its start)
    for lo, hi in itertools.pairwise(edges):
        s1, s2 = lo + (hi - lo) / 4, lo + (hi - lo) * 3 / 4
        d1, d2 = (route_cost(a, mixed(traffic, s)).monthly
                  - route_cost(b, mixed(traffic, s)).monthly for s in (s1, s2))
        slope = (d2 - d1) / (s2 - s1)
        lines.append((lo, hi, slope, d1 + slope * (lo - s1)))
    found: list[Crossing] = []
    before: Decimal | None = None  # the difference just below the point reached
    for lo, hi, slope, start in lines:
        end = start + slope * (hi - lo)
        if before is not None and before * start < 0:  # the cheaper changes at a threshold
            found.append(Crossing(lo, int(before > 0)))
        if start * end < 0:  # the bills meet inside the stretch
            found.append(Crossing(lo - start / slope, int(start > 0)))
        before = end
    return found
