"""How a comparison's facts print: ``<RouteRow phi-2 on Fireworks AI: $52.50 a month>``.

A fact record's attrs repr holds every field, nested records too: a route row prints its whole
:class:`~phicompare.ProviderRoute`, a comparison's ``provenance`` some 5,000 characters. The
records a notebook shows most (``c.benchmarks``, ``c.routes``, ``c.cost``...) print the one
line :class:`~phicompare.Comparison`'s own repr does instead, ``<Name subject: figures>``; each
class names its form here (``__repr__ = reprs.route_row``). Equality, hashing and ``to_dict()``
still read every field; ``attrs.asdict(record)`` shows them all.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .estimate import EstimateView
    from .facts import BenchmarkRow, CapabilityRow, CostEstimate, CostFacts, RouteRow
    from .source_facts import Provenance

__all__ = ["benchmark_row", "capability_row", "cost_estimate", "cost_facts", "estimate_view",
           "provenance", "route_row"]


def _bill(monthly: Decimal | None, provider: str | None) -> str:
    """``$105.00 a month on Fireworks AI``, or ``no estimate``."""
    if monthly is None:
        return "no estimate"
    return f"${monthly:,.2f} a month" + (f" on {provider}" if provider else "")


def benchmark_row(row: BenchmarkRow) -> str:
    """``<BenchmarkRow mmlu: 56.3 | 67.3>``, a score per model (``unknown`` where none).

    Examples:
        >>> from phicompare import compare
        >>> compare("phi-2", "phi-4-mini").benchmarks[0]
        <BenchmarkRow mmlu: 56.3 | 67.3>
    """
    scores = " | ".join("unknown" if s is None else f"{s.score}" for s in row.scores)
    return f"<BenchmarkRow {row.benchmark.id}: {scores}>"


def capability_row(row: CapabilityRow) -> str:
    """``<CapabilityRow vision: no | yes>``, the support per model.

    Examples:
        >>> from phicompare import compare
        >>> compare("phi-2", "phi-4-mini").capabilities[0]
        <CapabilityRow vision: no | no>
    """
    return f"<CapabilityRow {row.capability.value}: {' | '.join(s.value for s in row.support)}>"


def route_row(row: RouteRow) -> str:
    """``<RouteRow phi-2 on Fireworks AI: $52.50 a month>``, or why it is not eligible.

    Examples:
        >>> from phicompare import compare
        >>> compare("phi-2", "phi-4-mini").routes[0]
        <RouteRow phi-2 on Fireworks AI: $105.00 a month>
    """
    if row.eligible:
        shown = _bill(row.monthly, None)
    else:
        shown = "not eligible" + (f" ({row.reason})" if row.reason else "")
    return f"<RouteRow {row.model.id} on {row.provider_name}: {shown}>"


def cost_estimate(estimate: CostEstimate) -> str:
    """``<CostEstimate phi-2: $105.00 a month on Fireworks AI>``, as ``ModelCost`` prints.

    Examples:
        >>> from phicompare import compare
        >>> compare("phi-2", "phi-4-mini").cost.estimates[1]
        <CostEstimate phi-4-mini: $135.00 a month on Microsoft Foundry>
    """
    return f"<CostEstimate {estimate.model.id}: {_bill(estimate.monthly, estimate.provider_name)}>"


def cost_facts(facts: CostFacts) -> str:
    """``<CostFacts phi-2 $105.00, phi-4-mini $135.00 a month; gap $30.00>``.

    Examples:
        >>> from phicompare import compare
        >>> compare("phi-2", "phi-4-mini").cost
        <CostFacts phi-2 $105.00, phi-4-mini $135.00 a month; gap $30.00>
    """
    bills = ", ".join(f"{e.model.id} {'unknown' if e.monthly is None else f'${e.monthly:,.2f}'}"
                      for e in facts.estimates)
    gap = "" if facts.gap is None else f"; gap ${facts.gap:,.2f}"
    return f"<CostFacts {bills} a month{gap}>"


def provenance(facts: Provenance) -> str:
    """``<Provenance: 17 sources, checked 2026-05-15 to 2026-12-01, 1 fact unsourced>``.

    Examples:
        >>> from phicompare import compare
        >>> compare("phi-2", "phi-4-mini").provenance  # doctest: +ELLIPSIS
        <Provenance: 17 sources, checked 2026-05-15 to ..., 1 fact unsourced>
    """
    s = "" if len(facts.sources) == 1 else "s"
    shown = f"<Provenance: {len(facts.sources)} source{s}"
    if facts.oldest_check is not None and facts.newest_check is not None:
        shown += f", checked {facts.oldest_check} to {facts.newest_check}"
    if facts.unsourced:
        count = len(facts.unsourced)
        shown += f", {count} fact{'' if count == 1 else 's'} unsourced"
    return shown + ">"


def estimate_view(view: EstimateView) -> str:
    """A view of one estimate (a recommendation's ``Candidate``): its model and bill.

    Examples:
        >>> from phicompare import recommend
        >>> recommend(limit=1).candidates[0]  # doctest: +ELLIPSIS
        <Candidate ...: $... a month on ...>
    """
    bill = _bill(view.estimate.monthly, view.estimate.provider_name)
    return f"<{type(view).__name__} {view.estimate.model.id}: {bill}>"
