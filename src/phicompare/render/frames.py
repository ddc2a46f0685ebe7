"""Data frames for notebooks: a comparison's tables, a catalog, a recommendation (pandas).

pandas is the optional ``frames`` extra (``pip install 'phicompare[frames]'``), imported inside
the functions; without it they raise :class:`~phicompare.FrameError`. The rules:

- Exact by default: money, prices, scores and parameter counts stay :class:`~decimal.Decimal`
  (an ``object`` column), each written in places (``0.0000005``, never ``5E-7``).
  ``money="float"`` converts them to a nullable ``Float64`` column, for plotting; nothing is
  converted unless asked.
- Unknown stays NA, never 0 and never ``False``: token counts are nullable ``Int64``, flags
  nullable ``boolean``, a missing price or score is ``<NA>``.
- Tidy rows: one row per benchmark and model, per route, per estimate, per model.
- Prices beside a bill are the prices it applied: ``input`` and ``output`` are a long-context
  tier's once the traffic's requests cross it (blended over time-of-day windows), as the page's
  tables show them; ``base_input`` and ``base_output`` are the route's listed base prices.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from phicompare.domain.arguments import kind
from phicompare.domain.capabilities import Capability
from phicompare.domain.records import RoutePolicy
from phicompare.exceptions import ArgumentError, ComparisonError, FrameError, quoted

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison
    from phicompare.analysis.facts import RouteRow
    from phicompare.analysis.recommend import Recommendation
    from phicompare.catalog.index import Catalog

__all__ = [
    "TABLES",
    "catalog_frame",
    "comparison_frame",
    "recommendation_frame",
    "routes_frame",
]

TABLES = ("benchmarks", "routes", "cost", "specs")
"""The tables of a comparison :func:`comparison_frame` builds."""

_MONEY = ("decimal", "float")


def _pandas() -> Any:
    try:
        import pandas as pd  # noqa: PLC0415 - the optional extra
    except ImportError:
        msg = "data frames need pandas: pip install 'phicompare[frames]'"
        raise FrameError(msg) from None
    return pd


class _Places(Decimal):
    """A frame's Decimal, written in places: ``0.0000005``, never ``5E-7`` (API review 15).

    ``str`` of a Decimal under a millionth is in exponent form, and a frame shows its cells and
    writes its CSV with ``str``. The value, its equality, hash and ``repr`` are the Decimal's;
    arithmetic on it gives plain Decimals.

    Examples:
        >>> str(_Places("5E-7")), _Places("5E-7") == Decimal("5E-7"), str(_Places("0.10"))
        ('0.0000005', True, '0.10')
    """

    __slots__ = ()

    def __str__(self) -> str:
        return format(self, "f")


class _Columns:
    """Columns of a frame being built, each with the kind of values it holds."""

    def __init__(self, money: str) -> None:
        if money not in _MONEY:
            msg = f"money is 'decimal' (exact, the default) or 'float', got {quoted(money)}"
            raise ComparisonError(msg)
        self.money = money
        self.pd = _pandas()
        self.data: dict[str, Any] = {}

    def text(self, name: str, values: Iterable[str | None]) -> None:
        self.data[name] = self.pd.array([self.pd.NA if v is None else v for v in values],
                                        dtype="string")

    def number(self, name: str, values: Iterable[Decimal | None]) -> None:
        items = list(values)
        if self.money == "float":
            self.data[name] = self.pd.array(
                [self.pd.NA if v is None else float(v) for v in items], dtype="Float64")
        else:
            self.data[name] = self.pd.array(
                [self.pd.NA if v is None else _Places(v) for v in items], dtype=object)

    def count(self, name: str, values: Iterable[int | None]) -> None:
        self.data[name] = self.pd.array([self.pd.NA if v is None else v for v in values],
                                        dtype="Int64")

    def flag(self, name: str, values: Iterable[bool | None]) -> None:
        self.data[name] = self.pd.array([self.pd.NA if v is None else v for v in values],
                                        dtype="boolean")

    def date(self, name: str, values: Iterable[dt.date | None]) -> None:
        self.data[name] = self.pd.array([self.pd.NA if v is None else v for v in values],
                                        dtype=object)

    def frame(self, index: str | None = None) -> Any:
        frame = self.pd.DataFrame(self.data)
        return frame.set_index(index) if index else frame


def routes_frame(rows: Sequence[RouteRow], *, money: str = "decimal") -> Any:
    """One row per route: the model, the provider, prices, context, eligibility, monthly cost.

    ``input`` and ``output`` are the prices ``monthly`` applied (``RouteRow.input_price``),
    ``base_input`` and ``base_output`` the route's base prices; ``tier_unlisted`` says the route
    lists no long-context tier that another route of the model applies to the requests.

    Examples:
        >>> import pytest; pd = pytest.importorskip("pandas")
        >>> from phicompare import compare
        >>> frame = routes_frame(compare("phi-2", "phi-4-mini").routes)
        >>> frame.loc[0, "provider"], frame.loc[0, "input"]
        ('Fireworks AI', Decimal('0.10'))
    """
    cols = _Columns(money)
    cols.text("model", (r.model.id for r in rows))
    cols.text("provider", (r.provider_name for r in rows))
    cols.text("provider_id", (r.route.provider for r in rows))
    cols.text("provider_model_id", (r.route.provider_model_id for r in rows))
    cols.text("status", (r.route.status.value for r in rows))
    cols.number("input", (r.input_price for r in rows))
    cols.number("output", (r.output_price for r in rows))
    cols.number("base_input", (r.route.input for r in rows))
    cols.number("base_output", (r.route.output for r in rows))
    cols.number("cache_read", (r.route.cache_read for r in rows))
    cols.count("context_window", (r.context_window for r in rows))
    cols.flag("eligible", (r.eligible for r in rows))
    cols.text("reason", (r.reason for r in rows))
    cols.number("monthly", (r.monthly for r in rows))
    cols.flag("tier_unlisted", (r.tier_unlisted for r in rows))
    cols.date("checked", (r.route.checked for r in rows))
    cols.text("source", (r.route.source for r in rows))
    return cols.frame()


def _benchmarks(c: Comparison, cols: _Columns) -> None:
    rows = [(row, k) for row in c.benchmarks for k in range(len(c.models))]
    cols.text("benchmark", (row.benchmark.id for row, _ in rows))
    cols.text("label", (row.benchmark.label for row, _ in rows))
    cols.text("category", (row.benchmark.category for row, _ in rows))
    cols.text("model", (c.models[k].id for _, k in rows))
    scores = [row.scores[k] for row, k in rows]
    cols.number("score", (None if s is None else s.score for s in scores))
    cols.text("setting", (None if s is None else s.setting for s in scores))
    cols.text("harness", (None if s is None else s.harness for s in scores))
    cols.flag("near_chance", (row.near_chance[k] for row, k in rows))
    cols.flag("self_reported", (None if s is None else s.self_reported for s in scores))
    cols.text("source", (None if s is None else s.source for s in scores))


def _cost(c: Comparison, cols: _Columns) -> None:
    estimates = c.cost.estimates
    cheapest = {m.id for m in c.cost.cheapest}
    cols.text("model", (e.model.id for e in estimates))
    cols.text("provider", (e.provider_name for e in estimates))
    cols.number("input", (e.input_price for e in estimates))  # the prices the bill applied
    cols.number("output", (e.output_price for e in estimates))
    cols.number("monthly", (e.monthly for e in estimates))
    cols.number("base_input", (None if e.route is None else e.route.input for e in estimates))
    cols.number("base_output", (None if e.route is None else e.route.output for e in estimates))
    cols.number("blended", (e.blended for e in estimates))
    free = c.cost.free_indexes  # (a bill on a free tier is no price: neither cheapest nor not)
    cols.flag("cheapest", (None if e.monthly is None or e.model_index in free
                           else e.model.id in cheapest for e in estimates))
    cols.text("reason", (e.reason for e in estimates))


def _specs(c: Comparison, cols: _Columns) -> None:
    models = c.models
    cols.text("model", (m.id for m in models))
    cols.text("name", (m.name for m in models))
    cols.date("released", (m.released for m in models))
    cols.count("context_window", (m.context_window for m in models))
    cols.count("max_output_tokens", (m.max_output_tokens for m in models))
    cols.number("parameters_b", (m.parameters_b for m in models))
    cols.text("architecture", (m.architecture for m in models))
    cols.text("license", (m.license for m in models))
    cols.flag("open_weights", (m.open_weights for m in models))
    cols.text("knowledge_cutoff", (m.knowledge_cutoff for m in models))
    cols.text("input_modalities", (", ".join(m.input_modalities) or None for m in models))
    cols.text("output_modalities", (", ".join(m.output_modalities) or None for m in models))


_TABLE_BUILDERS: dict[str, Callable[[Comparison, _Columns], None]] = {
    "benchmarks": _benchmarks, "cost": _cost, "specs": _specs}


def comparison_frame(c: Comparison, table: str = "routes", *, money: str = "decimal") -> Any:
    """One of a comparison's tables as a DataFrame: ``benchmarks``, ``routes``, ``cost``, ``specs``.

    Raises:
        ComparisonError: an unknown table or ``money`` option.
        FrameError: pandas is not installed.

    Examples:
        >>> import pytest; pd = pytest.importorskip("pandas")
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> int(comparison_frame(c, "specs").loc["phi-2", "context_window"])
        2048
        >>> comparison_frame(c, "cost", money="float")["monthly"].dtype
        Float64Dtype()
    """
    if table == "routes":
        return routes_frame(c.routes, money=money)
    builder = _TABLE_BUILDERS.get(table) if isinstance(table, str) else None
    if builder is None:
        msg = f"unknown table {quoted(table)}; a comparison has {', '.join(TABLES)}"
        raise ComparisonError(msg)
    cols = _Columns(money)
    builder(c, cols)
    return cols.frame(index="model" if table == "specs" else None)


def catalog_frame(catalog: Catalog, *, money: str = "decimal",
                  as_of: dt.date | str | None = None,
                  route_policy: RoutePolicy | str = RoutePolicy.MAKER_FIRST) -> Any:
    """One row per model of a catalog: specs, capabilities, routes, the route a bill is on.

    ``provider``, ``input`` and ``output`` are the route and prices (USD per 1M tokens) each
    model's bill is on at the default traffic on ``as_of`` (a date or its ISO text, "2025-01-01";
    today by default), under ``route_policy``: the route :func:`~phicompare.estimate` and a
    comparison bill, by one function (:func:`~phicompare.analysis.estimate.billed_routes`; API
    review 14, A2), NA when no route is priced, in force, not deprecated and not a free tier.
    ``reseller_listing`` is true where that price is a reseller's listing of a closed-weight
    model (under ``route_policy="cheapest"``), as ``phicompare list`` marks it. A capability
    column is ``True``, ``False`` or NA (not documented).

    Examples:
        >>> import pytest; pd = pytest.importorskip("pandas")
        >>> from phicompare import default_catalog
        >>> frame = catalog_frame(default_catalog())
        >>> int(frame.loc["phi-4-mini", "context_window"]), frame.loc["phi-4-mini", "input"]
        (131072, Decimal('0.075'))
        >>> import datetime as dt  # Anthropic's own route of Sonnet 4.5 retires on 2026-11-30:
        >>> row = catalog_frame(default_catalog(), as_of=dt.date(2026, 11, 1)).loc[
        ...     "claude-sonnet-4-5"]  # (within 90 days: an equal bill goes to a cloud's route)
        >>> row["provider"], row["input"], bool(row["reseller_listing"])
        ('aws-bedrock', Decimal('3.00'), False)
        >>> bool(pd.isna(frame.loc["phi-1", "context_window"]))
        True
    """
    from phicompare.analysis.estimate import billed_routes, reseller_listing  # noqa: PLC0415
    from phicompare.catalog.index import Catalog  # noqa: PLC0415

    if not isinstance(catalog, Catalog):  # (API review 15, A5)
        msg = f"catalog_frame: catalog must be a Catalog (see load_catalog), got {kind(catalog)}"  # type: ignore[unreachable]
        raise ArgumentError(msg)
    models = catalog.models
    cols = _Columns(money)
    cols.text("model", (m.id for m in models))
    cols.text("name", (m.name for m in models))
    cols.text("vendor", (m.vendor for m in models))
    cols.flag("vendor_inferred", (m.vendor_inferred for m in models))  # a guess (review 8, G8)
    cols.text("family", (m.family for m in models))
    cols.date("released", (m.released for m in models))
    cols.number("parameters_b", (m.parameters_b for m in models))
    cols.count("context_window", (m.context_window for m in models))
    cols.text("license", (m.license for m in models))
    cols.flag("open_weights", (m.open_weights for m in models))
    for capability in Capability:
        cols.flag(capability.value, (_support(m.support(capability).value) for m in models))
    bills = billed_routes(catalog, as_of=as_of, route_policy=route_policy)
    routes = [bills[m.id].route for m in models]
    cols.count("routes", (len(m.routes) for m in models))
    cols.text("provider", (None if r is None else r.provider for r in routes))
    cols.number("input", (None if r is None else r.input for r in routes))
    cols.number("output", (None if r is None else r.output for r in routes))
    cols.flag("reseller_listing", (None if r is None else reseller_listing(m, r, catalog)
                                   for m, r in zip(models, routes, strict=True)))
    return cols.frame(index="model")


def _support(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


def recommendation_frame(r: Recommendation, *, money: str = "decimal") -> Any:
    """One row per candidate of a recommendation: rank, model, route, monthly cost, gap.

    Examples:
        >>> import pytest; pd = pytest.importorskip("pandas")
        >>> from phicompare import recommend
        >>> frame = recommendation_frame(recommend(limit=2), money="float")
        >>> frame["rank"].tolist(), str(frame["monthly"].dtype)
        ([1, 2], 'Float64')
    """
    rows = r.candidates
    cols = _Columns(money)
    cols.count("rank", (c.rank for c in rows))
    cols.text("model", (c.model.id for c in rows))
    cols.text("name", (c.model.name for c in rows))
    cols.text("provider", (c.provider_name for c in rows))
    cols.number("input", (c.estimate.input_price for c in rows))  # the prices the bill applied
    cols.number("output", (c.estimate.output_price for c in rows))
    cols.number("monthly", (c.monthly for c in rows))
    cols.number("base_input", (None if c.route is None else c.route.input for c in rows))
    cols.number("base_output", (None if c.route is None else c.route.output for c in rows))
    cols.number("gap", (c.gap for c in rows))
    cols.count("context_window", (None if c.route is None else c.model.route_context(c.route)
                                  for c in rows))
    cols.text("placed_by", (None if c.placement is None else c.placement.basis.value
                            for c in rows))
    return cols.frame()
