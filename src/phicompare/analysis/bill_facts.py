"""The cost facts of a comparison: the bill gap, the cheapest and close bills, the crossovers.

Split from :mod:`.routes`, which chooses each model's routes and bill; these facts compare the
bills (:func:`cost_facts`).
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from phicompare.domain.pricing import RouteStatus

from .cost import CENT, crossover_share, shown_difference
from .crossing import bill_crossings, tier_shares
from .facts import DEFAULT_MATERIALITY, CostEstimate, CostFacts, Crossover
from .statistics import QUANTUM
from .traffic import Traffic

__all__ = ["cost_facts"]


def cost_facts(estimates: tuple[CostEstimate, ...], blend: tuple[int, int],
               materiality: Decimal = DEFAULT_MATERIALITY,
               traffic: Traffic | None = None, *, priced: tuple[CostEstimate, ...] = (),
               unruled: tuple[CostEstimate, ...] = (),
               after: tuple[CostEstimate | None, ...] = ()) -> CostFacts:
    """The estimates with the bill gap, the cheapest models and where prices cross over.

    ``materiality`` is the share of the lowest bill under which a gap does not count: the models
    within it of the lowest bill, or less than a cent a month above it, are ``close_indexes``.
    ``shown_gap`` is the gap between the bills as a page shows them, to the cent. The gap is
    between the models that have a bill: with three models or more, one without a bill (no
    eligible priced route, or ruled out by the page's terms) leaves the others' gap standing;
    it is ``None`` with fewer than two bills. A bill on a free tier (``free_indexes``, counted
    with ``include_free``) is no price: the gap, the cheapest, the close bills and the
    crossovers are the priced bills'. With ``traffic``, a pair whose requests cross a
    long-context tier somewhere along the input share has the crossovers of its bills (every
    one, :func:`~phicompare.analysis.crossing.bill_crossings`), not that of its prices; so
    does a pair one of whose bills has a line at another price per token (cached input, cache
    writes, batch tokens: the traffic's shares), where the listed prices do not say where the
    bills meet either (``Crossover.shares``; review 17, P1). ``priced``, ``unruled`` and
    ``after`` are kept as given (:attr:`CostFacts.priced`, :attr:`CostFacts.unruled`,
    :attr:`CostFacts.after_retirement`: the comparator's).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> from phicompare.analysis.traffic import Traffic
        >>> small = compare("phi-2", "phi-4-mini", traffic=Traffic(input_tokens=30_000,
        ...                 output_tokens=30_000), as_of=dt.date(2026, 11, 30)).cost
        >>> small.gap, small.shown_gap, small.close_indexes  # a bill gap under a cent
        (Decimal('0.00525'), Decimal('0.01'), (0, 1))
        >>> tiny = compare("gpt-4.1-nano", "llama-3.1-8b", traffic=Traffic(input_tokens=30_000,
        ...                output_tokens=30_000), as_of=dt.date(2026, 11, 30)).cost
        >>> [e.monthly for e in tiny.estimates], tiny.shown_gap  # "$0.02" and "under $0.01"
        ([Decimal('0.015'), Decimal('0.0015')], Decimal('0.01'))
    """
    # a bill on a free tier (counted with include_free) is no price: the bills compared (the
    # gap, the cheapest, the close ones, the crossovers) are the priced ones
    free = [e.model_index for e in estimates if e.monthly is not None
            and e.route is not None and e.route.status is RouteStatus.FREE_TIER]
    bills = [(e, e.monthly) for e in estimates
             if e.monthly is not None and e.model_index not in free]
    gap = shown_gap = None
    cheapest: list[CostEstimate] = []
    close: list[int] = []
    if bills:
        amounts = [bill for _, bill in bills]
        low = min(amounts)
        cheapest = [e for e, bill in bills if bill == low]
        close = _close(bills, materiality)
        if len(bills) > 1:  # the models with a bill: one without leaves the others' gap
            gap = max(amounts) - low
            # (a bill under a cent prints "under $0.01": $0.0150 and $0.0021 are $0.01 apart)
            shown_gap = shown_difference(max(amounts), low)
    crossovers = []
    for x, y in itertools.combinations([e for e, _ in bills], 2):
        if x.input_price is None or x.output_price is None or y.input_price is None \
                or y.output_price is None or x.route is None or y.route is None:
            continue  # pragma: no cover - an estimate with a bill has both prices
        tiered = traffic is not None and bool(tier_shares((x.route, y.route), traffic))
        shares = not tiered and (_shared(x) or _shared(y))
        if traffic is not None and (tiered or shares):
            for at, below in bill_crossings(x.route, y.route, traffic):
                under, over = (x, y) if below == 0 else (y, x)
                crossovers.append(Crossover(
                    cheaper_input_index=over.model_index, cheaper_input=over.model,
                    cheaper_output_index=under.model_index, cheaper_output=under.model,
                    input_share=at.quantize(QUANTUM), tiered=tiered, shares=shares))
            continue
        x_prices, y_prices = (x.input_price, x.output_price), (y.input_price, y.output_price)
        share = crossover_share(x_prices, y_prices)
        if share is not None:
            low_in, low_out = (x, y) if x_prices[0] < y_prices[0] else (y, x)
            crossovers.append(Crossover(
                cheaper_input_index=low_in.model_index, cheaper_input=low_in.model,
                cheaper_output_index=low_out.model_index, cheaper_output=low_out.model,
                input_share=share.quantize(QUANTUM)))
    return CostFacts(estimates=estimates, gap=gap, shown_gap=shown_gap,
                     cheapest_indexes=tuple([e.model_index for e in cheapest]),
                     cheapest=tuple([e.model for e in cheapest]), blend=blend,
                     crossovers=tuple(crossovers), materiality=materiality,
                     close_indexes=tuple(close), free_indexes=tuple(free),
                     priced_close_indexes=tuple(close),
                     undercuts=_undercuts(estimates, bills, materiality),
                     priced=priced, unruled=unruled, after_retirement=after)


_LISTED = frozenset({"input", "output", "requests"})
"""A bill's lines at the route's listed input and output prices (and its fee a request)."""


def _shared(e: CostEstimate) -> bool:
    """The bill has a line at another price per token: cached input, cache writes, batch."""
    return any(line.item not in _LISTED for line in e.lines)


def _undercuts(estimates: tuple[CostEstimate, ...], bills: list[tuple[CostEstimate, Decimal]],
               materiality: Decimal) -> tuple[tuple[int, ...], ...]:
    """Per model, the models whose priced bill is materially above its own.

    Above by more than ``materiality`` of its bill and by a cent or more: the rule of
    :func:`_close`, from the model's own bill.
    """
    own = {e.model_index: bill for e, bill in bills}
    return tuple([() if (mine := own.get(e.model_index)) is None else tuple(
        [k for k, bill in own.items() if bill - mine > mine * materiality and bill - mine >= CENT])
        for e in estimates])


def _close(bills: list[tuple[CostEstimate, Decimal]], materiality: Decimal) -> list[int]:
    """The positions of the bills within ``materiality`` of the lowest, or under a cent above."""
    if not bills:
        return []
    low = min(bill for _, bill in bills)
    margin = low * materiality
    return [e.model_index for e, bill in bills if bill - low <= margin or bill - low < CENT]
