"""Route rows and cost estimates: every route of every model at the caller's traffic."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from decimal import Decimal
from functools import partial

import attrs

from phicompare.catalog.index import Catalog
from phicompare.catalog.memo import Slot
from phicompare.domain.capabilities import Capability
from phicompare.domain.records import Model

from .cost import (
    RouteCost,
    blended_price,
    crossover_share,
    current_routes,
    prices,
    route_cost,
    route_eligibility,
)
from .facts import CostEstimate, CostFacts, Crossover, RouteRow
from .statistics import QUANTUM
from .traffic import Traffic

__all__ = ["Terms", "cost_facts", "routes_and_estimates"]


@attrs.frozen(kw_only=True)
class Terms:
    """What a model's routes are priced and judged under: the caller's options."""

    traffic: Traffic
    requires: frozenset[Capability]
    include_free: bool
    day: dt.date
    blend: tuple[int, int]


_ROUTES: Slot[tuple[tuple[RouteRow, ...], CostEstimate]] = Slot("routes")


def routes_and_estimates(models: Sequence[Model], catalog: Catalog,
                         terms: Terms) -> tuple[tuple[RouteRow, ...], tuple[CostEstimate, ...]]:
    """Every model's route rows (model by model) and its estimate: the cheapest eligible route."""
    rows: list[RouteRow] = []
    estimates: list[CostEstimate] = []
    for index, model in enumerate(models):
        model_rows, estimate = catalog.derive(
            _ROUTES, model, (index, terms), partial(_model_routes, model, index, catalog, terms))
        rows.extend(model_rows)
        estimates.append(estimate)
    return tuple(rows), tuple(estimates)


def _model_routes(model: Model, index: int, catalog: Catalog,
                  terms: Terms) -> tuple[tuple[RouteRow, ...], CostEstimate]:
    rows: list[RouteRow] = []
    best: tuple[Decimal, str, RouteRow, RouteCost] | None = None
    reasons: list[str] = []
    for route in current_routes(model.routes, terms.day):
        name = catalog.provider_name(route.provider)
        reason = route_eligibility(model, route, terms.traffic, terms.requires,
                                   include_free=terms.include_free)
        cost = route_cost(route, terms.traffic) if route.is_priced else None
        row = RouteRow(model_index=index, model=model, route=route, provider_name=name,
                       context_window=model.route_context(route), eligible=reason is None,
                       reason=reason, monthly=None if cost is None else cost.monthly)
        rows.append(row)
        if reason is not None:
            reasons.append(f"{name}: {reason}")
        elif cost is not None and (best is None or (cost.monthly, name) < best[:2]):
            best = (cost.monthly, name, row, cost)
    if best is None:
        if reasons:
            why = "no eligible route (" + "; ".join(reasons) + ")"
        elif model.routes:
            why = f"no route in force on {terms.day.isoformat()} (every price starts later)"
        else:
            why = "no provider route in the catalog"
        return tuple(rows), CostEstimate(model_index=index, model=model, route=None,
                                         provider_name=None, monthly=None, reason=why)
    route, cost = best[2].route, best[3]
    return tuple(rows), CostEstimate(
        model_index=index, model=model, route=route, provider_name=best[1], monthly=cost.monthly,
        lines=cost.lines, notes=cost.notes, blended=blended_price(*prices(route), terms.blend))


def cost_facts(estimates: tuple[CostEstimate, ...], blend: tuple[int, int]) -> CostFacts:
    """The estimates with the bill gap, the cheapest models and where prices cross over."""
    known = [e for e in estimates if e.monthly is not None]
    gap = None
    cheapest: tuple[CostEstimate, ...] = ()
    if known:
        low = min(e.monthly for e in known if e.monthly is not None)
        cheapest = tuple(e for e in known if e.monthly == low)
        if len(known) == len(estimates):
            gap = max(e.monthly for e in known if e.monthly is not None) - low
    crossovers = []
    for x, y in itertools.combinations(known, 2):
        if x.route is None or y.route is None:
            continue
        x_prices, y_prices = prices(x.route), prices(y.route)
        share = crossover_share(x_prices, y_prices)
        if share is not None:
            low_in, low_out = (x, y) if x_prices[0] < y_prices[0] else (y, x)
            crossovers.append(Crossover(
                cheaper_input_index=low_in.model_index, cheaper_input=low_in.model,
                cheaper_output_index=low_out.model_index, cheaper_output=low_out.model,
                input_share=share.quantize(QUANTUM)))
    return CostFacts(estimates=estimates, gap=gap,
                     cheapest_indexes=tuple(e.model_index for e in cheapest),
                     cheapest=tuple(e.model for e in cheapest), blend=blend,
                     crossovers=tuple(crossovers))
