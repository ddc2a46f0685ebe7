"""Price-mapping rules every importer shares: lone zeros, tiers side by side, time windows.

A source's price record becomes route keyword arguments (``input``, ``output``, ``cache_read``,
``cache_write``, ``cache_write_1h``, ...), long-context :class:`Tier` records and time
:class:`PriceWindow` records. Absent stays unknown, never zero.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from phicompare.domain.records import TIER_PRICES, Tier, TierBoundary

from ._report import Tally

__all__ = ["LONE_ZERO", "drop_lone_zero", "tiers_of"]

LONE_ZERO = ("a lone zero beside a non-zero price, and the source does not mark the route "
             "free: imported as unknown")


def drop_lone_zero(prices: dict[str, Any], *, free: bool, key: str, tally: Tally) -> None:
    """Make a zero input (or output) price unknown when the other side is not zero.

    A source that writes ``0`` for a price it does not know would otherwise make a paid route look
    half free. A route the source marks free (an id ending ``:free``, a free-tier flag) keeps
    its zero.

    Examples:
        >>> prices = {"input": Decimal("0.14"), "output": Decimal(0)}
        >>> drop_lone_zero(prices, free=False, key="x", tally=Tally())
        >>> prices
        {'input': Decimal('0.14')}
    """
    price_in, price_out = prices.get("input"), prices.get("output")
    if free or price_in is None or price_out is None or (price_in == 0) == (price_out == 0):
        return
    side = "input" if price_in == 0 else "output"
    del prices[side]
    tally.field(f"{side} = 0", LONE_ZERO, key)


def tiers_of(found: Mapping[int, Mapping[str, Decimal]],
             boundary: TierBoundary = TierBoundary.ABOVE) -> tuple[Tier, ...]:
    """Tiers from prices by threshold: each tier holds only the prices the source gives there.

    A side without a price at a threshold keeps the last tier that side crossed (the cost
    model's rule), so nothing is copied from the base price.

    Examples:
        >>> tiers_of({200_000: {"input": Decimal(6)}})[0].output is None
        True
    """
    return tuple(
        Tier(above_input_tokens=threshold, boundary=boundary,
             **{side: price for side, price in sides.items() if side in TIER_PRICES})
        for threshold, sides in sorted(found.items()) if sides)
