"""A route's long-context tiers applied to a traffic: the prices its requests are billed at.

Split from :mod:`.cost` (the monthly bill). The requests' size decides the tier: their average
input tokens where the traffic gives a request count; without one, the context the caller asks
every route to take (``min_context``) where it is above a tier's threshold, since such requests
are what the caller plans for (review 25, P10); else no tier is crossed, and a note says so.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from phicompare.domain.pricing import TierBoundary

if TYPE_CHECKING:
    from phicompare.domain.pricing import ProviderRoute

    from .traffic import Traffic

__all__ = ["SIDES", "Rates", "tier_rates"]

SIDES = ("input", "output", "cache_read", "cache_write", "cache_write_1h")
"""The prices a tier or a time window may set, by ``ProviderRoute`` field."""

Rates = dict[str, Decimal | None]


def tier_rates(route: ProviderRoute, traffic: Traffic, notes: list[str],
               base: tuple[Decimal, Decimal], min_context: int | None = None,
               ) -> tuple[Rates, int | None]:
    """The route's prices with its long-context tiers applied, side by side; the tier crossed.

    ``base`` is the route's (input, output) prices. The second value is the threshold of the
    highest tier crossed (``None``: none). Each price (input, output, cache reads, cache
    writes) is that of the highest tier crossed that gives one, else the route's own: a side
    without a tier of its own keeps the last tier it crossed. With no request count, a
    ``min_context`` above a tier's threshold crosses it: the caller's requests need that much.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import ProviderRoute, Traffic
        >>> from phicompare.domain.pricing import Tier
        >>> r = ProviderRoute(provider="p", input=Decimal(1), output=Decimal(2),
        ...                   source="https://example.com", checked=dt.date(2026, 5, 16),
        ...                   tiers=(Tier(above_input_tokens=128_000, input=Decimal(4)),))
        >>> notes: list[str] = []
        >>> rates, above = tier_rates(r, Traffic(), notes, (Decimal(1), Decimal(2)), 200_000)
        >>> rates["input"], rates["output"], above
        (Decimal('4'), Decimal('2'), 128000)
        >>> print(notes[0])
        the traffic gives no request count and every route must take 200,000 tokens, above its \
long-context tier at 128,000 input tokens, so the tier's prices are assumed for every request
    """
    rates: Rates = {side: getattr(route, side) for side in SIDES}
    rates["input"], rates["output"] = base
    if not route.tiers:
        return rates, None
    size = traffic.request_input_tokens
    asked = size is None and min_context is not None and any(
        t.crossed_by(min_context) for t in route.tiers)
    if size is None and not asked:
        first = min(t.above_input_tokens for t in route.tiers)
        notes.append("the traffic gives no request count, so base prices are assumed, as if no "
                     f"request crossed its long-context tier at {first:,} input tokens")
        return rates, None
    by = size if size is not None else min_context
    crossed = sorted((t for t in route.tiers if by is not None and t.crossed_by(by)),
                     key=lambda t: t.above_input_tokens)
    if not crossed:
        return rates, None
    for tier in crossed:
        for side in SIDES:
            if (price := getattr(tier, side)) is not None:
                rates[side] = price
    tier = crossed[-1]
    if asked:
        notes.append(f"the traffic gives no request count and every route must take "
                     f"{min_context:,} tokens, above its long-context tier at "
                     f"{tier.above_input_tokens:,} input tokens, so the tier's prices are "
                     "assumed for every request")
    else:
        verb = "reach" if tier.boundary is TierBoundary.AT_OR_ABOVE else "exceed"
        notes.append(f"requests of {size:,} input tokens {verb} its long-context tier's "
                     f"{tier.above_input_tokens:,}, so the tier's prices apply to the whole "
                     "request")
    return rates, tier.above_input_tokens
