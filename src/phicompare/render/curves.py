"""Cost curves: each model's bill as the traffic grows or its mix moves, from the cost model.

The inline SVG charts (:mod:`phicompare.render.svg`) and the matplotlib plots
(:mod:`phicompare.render.plot`) draw the same curves: every point is
:func:`phicompare.analysis.cost.route_cost` of the model's cheapest route (the one its estimate
chose) at a traffic derived from the comparison's own, so a chart never shows a bill the cost
model would not compute. Nothing here keeps state.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

import attrs

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison
    from phicompare.analysis.facts import CostEstimate
    from phicompare.analysis.traffic import Traffic

__all__ = ["SHARES", "VOLUMES", "Curve", "curves", "flips", "scaled"]

VOLUMES = tuple(Decimal(k) / 8 for k in range(1, 25))
"""Traffic volumes drawn, as multiples of the compared traffic: 1/8x to 3x."""
SHARES = tuple(Decimal(k) / 50 for k in range(51))
"""Input shares drawn: 0%, 2%, ... 100% of the month's tokens."""


class Curve(NamedTuple):
    """One model's bill along an axis: ``(x, monthly)`` points, ``x`` a factor or a share."""

    estimate: CostEstimate
    points: tuple[tuple[Decimal, Decimal], ...]


def scaled(traffic: Traffic, factor: Decimal | float) -> Traffic | None:
    """``traffic`` with every count times ``factor``; ``None`` past the largest traffic allowed.

    Examples:
        >>> from phicompare.analysis.traffic import Traffic
        >>> scaled(Traffic(), 2).input_tokens
        1600000000
    """
    from phicompare.analysis.traffic import ABSURD_TOKENS  # noqa: PLC0415

    f = Decimal(str(factor)) if isinstance(factor, float) else Decimal(factor)
    tokens_in = int((traffic.input_tokens * f).to_integral_value())
    tokens_out = int((traffic.output_tokens * f).to_integral_value())
    if tokens_in + tokens_out > ABSURD_TOKENS:
        return None
    requests = (None if traffic.requests is None
                else max(1, int((traffic.requests * f).to_integral_value())))
    return attrs.evolve(traffic, input_tokens=tokens_in, output_tokens=tokens_out,
                        requests=requests)


def curves(c: Comparison, axis: str) -> list[Curve]:
    """Each priced model's bill along ``axis``: ``"volume"`` (:data:`VOLUMES`) or ``"share"``.

    Models without an estimate have no curve (unknown stays unknown).

    Examples:
        >>> from phicompare import compare
        >>> found = curves(compare("phi-2", "phi-4-mini"), "volume")
        >>> [cv.estimate.model.id for cv in found], found[0].points[7]
        (['phi-2', 'phi-4-mini'], (Decimal('1'), Decimal('105.00')))
    """
    from phicompare.analysis.cost import route_cost  # noqa: PLC0415
    from phicompare.analysis.crossing import mixed  # noqa: PLC0415

    found = []
    traffic = c.traffic
    for e in c.cost.estimates:
        if e.route is None or e.monthly is None:
            continue
        route = e.route
        points: list[tuple[Decimal, Decimal]] = []
        if axis == "volume":
            for factor in VOLUMES:
                t = scaled(traffic, factor)
                if t is not None:
                    points.append((factor, route_cost(route, t).monthly))
        else:
            points = [(s, route_cost(route, mixed(traffic, s)).monthly) for s in SHARES]
        found.append(Curve(e, tuple(points)))
    return found


def flips(a: Curve, b: Curve) -> list[tuple[Decimal, Decimal]]:
    """Where the cheaper of two curves changes: ``(x before, x after)`` for each change.

    Points where the bills are equal are skipped, so a tie is not a flip.

    Examples:
        >>> from phicompare import compare
        >>> a, b = curves(compare("phi-2", "phi-4-mini"), "share")
        >>> flips(a, b)
        [(Decimal('0.88'), Decimal('0.9'))]
    """
    found = []
    last: tuple[Decimal, int] | None = None
    for (x, ya), (_, yb) in zip(a.points, b.points, strict=False):
        sign = (ya > yb) - (ya < yb)
        if sign == 0:
            continue
        if last is not None and last[1] != sign:
            found.append((last[0], x))
        last = (x, sign)
    return found

