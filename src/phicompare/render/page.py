"""Pages as blocks: what a comparison, a model or a catalog shows, formatted once for every format.

Prose comes from the comparison's narrative; tables come from its facts, each figure formatted by
:mod:`phicompare.narrative.format` (the one formatter), unknown values written as "not yet
sourced" or "not documented", never as a bare dash. Nothing here computes a figure of its own.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from phicompare.analysis.facts import ByIdentity
from phicompare.domain.records import Capability, Model, ProviderRoute, RouteStatus
from phicompare.narrative import format as fmt

from .blocks import Block, Bullets, Cell, Heading, Link, Pairs, Para, SharedTable, Table

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison
    from phicompare.analysis.facts import (
        BenchmarkRow,
        CapabilityRow,
        CostEstimate,
        RouteRow,
        ScoreGap,
        SourceRef,
        SpecRow,
    )
    from phicompare.catalog.index import Catalog
    from phicompare.narrative.claims import Claim, Narrative

__all__ = ["CATALOG_ROWS", "catalog_page", "comparison_page", "model_page"]

UNSOURCED = "not yet sourced"
CATALOG_ROWS = 100
"""How many models a catalog's page lists before it says how many more there are."""

_STATUS = {
    RouteStatus.GA: "GA",
    RouteStatus.PREVIEW: "preview",
    RouteStatus.DEPRECATED: "deprecated",
    RouteStatus.FREE_TIER: "free tier",
}


def _tokens(value: int) -> str:
    short = fmt.tokens(value)
    exact = f"{value:,}"
    return exact if short == exact else f"{short} ({exact})"


@functools.lru_cache(maxsize=8192)
def _spec(field: str, value: str | None) -> str:
    """A spec row's canonical text as a reader sees it."""
    if value is None:
        return UNSOURCED
    if field in ("context_window", "max_output_tokens"):
        return _tokens(int(value))
    if field in ("parameters_b", "active_parameters_b"):
        return fmt.params(Decimal(value))
    return value


def _money(value: Decimal | None, missing: str = "no published price") -> str:
    return missing if value is None else fmt.money(value)


def _price(value: Decimal | None) -> str:
    return "no published price" if value is None else fmt.price(value)


def _context(value: int | None) -> str:
    return UNSOURCED if value is None else _tokens(value)


# -- the comparison --------------------------------------------------------------------------------


def comparison_page(c: Comparison) -> list[Block]:
    """Every section of ``c``'s page, in the order the design lists them.

    Examples:
        >>> from phicompare import compare
        >>> page = comparison_page(compare("phi-2", "phi-4-mini"))
        >>> [b.text for b in page if isinstance(b, Heading) and b.level == 2][:3]
        ['Summary', 'Decision scorecard', 'Tradeoffs']
    """
    n = c.prose()
    names = c.names
    blocks: list[Block] = [Heading(1, n.title, "title")]
    _section(blocks, "Summary", "summary", [Para(_join(n.summary))])
    blocks += [
        Heading(2, "Decision scorecard", "scorecard"),
        Table("The signals that decide, model by model", ("Signal", *names),
              tuple((row.label, *row.cells) for row in n.scorecard)),
    ]
    _section(blocks, "Tradeoffs", "tradeoffs", [Bullets(tuple(x.text for x in n.tradeoffs))])
    _section(blocks, "Cost at your traffic", "cost", [Para(_join(n.cost)), *_breakdowns(c, names)])
    friction: list[Block] = []
    for source, target, claims in n.friction:
        friction += [Heading(3, f"From {names[source]} to {names[target]}"),
                     Bullets(tuple(x.text for x in claims))]
    _section(blocks, "Switch friction", "friction", friction)
    blocks += [
        Heading(2, "Specifications", "specs"),
        Table("Specifications", ("Specification", *names),
              tuple([_spec_cells(row) for row in c.specs])),
    ]
    _section(blocks, "Pricing and availability", "pricing", _pricing(c, names))
    blocks += [
        Heading(2, "Capabilities", "capabilities"),
        Table("Capabilities (a route that documents one counts)", ("Capability", *names),
              tuple([_capability_cells(row) for row in c.capabilities])),
    ]
    _section(blocks, "Benchmarks", "benchmarks", _benchmarks(c, names))
    _section(blocks, "Deep dive", "deep-dive", [Para(_join(p)) for p in n.deep_dive])
    _section(blocks, "FAQ", "faq", [Pairs(tuple((q.question, _join(q.answer)) for q in n.faq))]
             if n.faq else [])
    _section(blocks, "Verdict", "verdict", [Bullets(tuple(x.text for x in n.verdict))])
    _section(blocks, "Related comparisons", "related",
             [Bullets(tuple(x.text for x in n.related))] if n.related else [])
    _section(blocks, "Provenance", "provenance", _provenance(c, n))
    return blocks


_ROW_CELLS: ByIdentity[tuple[Cell, ...]] = ByIdentity()
"""Spec and capability rows are shared across comparisons (equal values, one record): cells too."""


def _spec_cells(row: SpecRow) -> tuple[Cell, ...]:
    """A spec row's cells, kept for the row."""
    return _ROW_CELLS.lookup((None, id(row))) or _ROW_CELLS.put_one(
        row, None, (row.label, *(_spec(row.field, v) for v in row.values)))


def _capability_cells(row: CapabilityRow) -> tuple[Cell, ...]:
    """A capability row's cells, kept for the row."""
    return _ROW_CELLS.lookup((None, id(row))) or _ROW_CELLS.put_one(
        row, None, (row.capability.label, *(s.label for s in row.support)))


def _join(claims: Sequence[Claim]) -> str:
    return " ".join([claim.text for claim in claims])


_MAYBE_EMPTY = frozenset((Para, Bullets, Pairs))
"""Blocks that can be empty: their first field (text or items) is then empty."""


def _section(blocks: list[Block], title: str, anchor: str, body: list[Block]) -> None:
    """Append a section, unless it would have nothing in it."""
    body = [b for b in body if b[0] or b.__class__ not in _MAYBE_EMPTY]
    if body:
        blocks.append(Heading(2, title, anchor))
        blocks += body


_BREAKDOWNS: ByIdentity[Block] = ByIdentity()
"""A model's estimate is shared by every comparison at the same traffic: its table too."""


def _breakdowns(c: Comparison, names: tuple[str, ...]) -> list[Block]:
    blocks: list[Block] = []
    for e in c.cost.estimates:
        name = names[e.model_index]
        found = _BREAKDOWNS.get_one(e, name)
        blocks.append(found if found is not None else _BREAKDOWNS.put_one(e, name,
                                                                      _breakdown(e, name)))
    return blocks


def _breakdown(e: CostEstimate, name: str) -> Block:
    if e.monthly is None or e.route is None:
        return Para(f"{name}: no estimate ({e.reason or 'no eligible priced route'}).")
    rows: list[tuple[Cell, ...]] = []
    for line in e.lines:
        per_request = line.item == "requests"
        rows.append((line.item, f"{line.quantity:,}" + (" requests" * per_request),
                     fmt.price(line.unit_price) + (" each" if per_request else " per 1M"),
                     fmt.money(line.amount)))
    rows.append(("Total", "", "", fmt.money(e.monthly)))
    return SharedTable(f"{name} on {e.provider_name}: {fmt.money(e.monthly)} a month",
                       ("Item", "Quantity", "Unit price", "Amount"), tuple(rows),
                       numeric=(1, 2, 3))


_ROUTE_TABLES: ByIdentity[Block] = ByIdentity()
"""A model's route rows are shared by every comparison at the same traffic: its table too."""


def _pricing(c: Comparison, names: tuple[str, ...]) -> list[Block]:
    estimates = c.cost.estimates
    groups = [rows for rows, _ in c.route_groups]
    rows: list[tuple[Cell, ...]] = [
        ("Cheapest route at your traffic",
         *(e.provider_name or f"none ({e.reason or 'no eligible priced route'})"
           for e in estimates)),
        ("Its input price", *(_price(e.route.input) if e.route else "no route"
                              for e in estimates)),
        ("Its output price", *(_price(e.route.output) if e.route else "no route"
                               for e in estimates)),
        (f"Blended price ({c.cost.blend[0]}:{c.cost.blend[1]})",
         *(_price(e.blended) for e in estimates)),
        ("Monthly at your traffic", *(_money(e.monthly, "no estimate") for e in estimates)),
        ("Routes that can carry it", *(
            f"{sum(r.eligible for r in routes)} of {len(routes)}" for routes in groups)),
    ]
    blocks: list[Block] = [Table("Prices per 1M tokens, in USD", ("Pricing", *names),
                                 tuple(rows))]
    for name, routes in zip(names, groups, strict=True):
        found = _ROUTE_TABLES.get(routes, name)
        blocks.append(found if found is not None else _ROUTE_TABLES.put(
            routes, name, _route_table(name, routes)))
    return blocks


def _route_table(name: str, routes: tuple[RouteRow, ...]) -> Block:
    if not routes:
        return Para(f"{name} has no provider route in the catalog.")
    return SharedTable(
        f"{name}: every route (USD per 1M tokens)",
        ("Provider", "Input", "Output", "Context", "Status", "Monthly", "Counted"),
        tuple((r.provider_name, _price(r.route.input), _price(r.route.output),
               _context(r.context_window), _STATUS[r.route.status],
               _money(r.monthly, "no estimate"),
               "yes" if r.eligible else f"no: {r.reason or 'not eligible'}")
              for r in routes),
        numeric=(1, 2, 5))


def _score(row: BenchmarkRow, i: int, *, with_setting: bool) -> str:
    score = row.scores[i]
    if score is None:
        return "no score"
    text = fmt.points(score.score)
    if with_setting:
        text += f" ({score.setting or 'setting not stated'})"
    if row.near_chance[i]:
        text += ", near chance"
    return text


def _reading(gap: ScoreGap, names: Sequence[str]) -> tuple[str, str]:
    """(gap with its 95% interval, reading) for one pair of scores."""
    if not gap.comparable or gap.gap is None:
        return "n/a", f"not comparable: {gap.reason or 'different settings'}"
    size = fmt.points(abs(gap.gap))
    if gap.interval_95 is None:
        return size, "noise not assessed (no item count)"
    shown = f"{size} ±{fmt.points(gap.interval_95)}"
    if gap.gap == 0:
        return shown, "tie"
    if not gap.significant:
        return shown, "within noise"
    ahead = gap.a_index if (gap.gap > 0) == gap.higher_is_better else gap.b_index
    return shown, f"{names[ahead]} leads, outside noise"


_BENCHMARK_CELLS: ByIdentity[tuple[str, ...]] = ByIdentity()
"""Benchmark rows are shared across comparisons (same benchmark, same scores): cells too."""


def _benchmark_cells(row: BenchmarkRow, count: int) -> tuple[str, ...]:
    """The benchmark, its setting and each model's score.

    When settings differ, two models' settings are shown side by side ("0-shot / 5-shot"); with
    more models the setting goes beside each score.
    """
    found = _BENCHMARK_CELLS.lookup((count, id(row)))
    if found is None:
        found = _BENCHMARK_CELLS.put_one(row, count, _make_benchmark_cells(row, count))
    return found


def _make_benchmark_cells(row: BenchmarkRow, count: int) -> tuple[str, ...]:
    settings = {s.setting for s in row.scores if s is not None}
    inline = False
    if len(settings) == 1:
        setting = next(iter(settings)) or "not stated"
    elif count == 2:
        setting = " / ".join(s.setting or "not stated" for s in row.scores if s is not None)
    else:
        setting, inline = "varies", True
    return (row.benchmark.label, setting,
            *(_score(row, i, with_setting=inline) for i in range(count)))


def _one_score_cells(row: BenchmarkRow, count: int) -> tuple[str, ...]:
    """A row only one model scores: the benchmark and each score with its setting.

    Such a row depends on one model's score and its place in the comparison, so it recurs in
    every comparison of that model at that place: its cells are kept (keyed ``-count``, apart
    from :func:`_benchmark_cells`).
    """
    return _BENCHMARK_CELLS.lookup((-count, id(row))) or _BENCHMARK_CELLS.put_one(row, -count, (
        row.benchmark.label, *(_score(row, i, with_setting=True) for i in range(count))))


def _benchmarks(c: Comparison, names: tuple[str, ...]) -> list[Block]:
    count = len(names)
    shared: list[BenchmarkRow] = []
    others: list[BenchmarkRow] = []
    for row in c.benchmarks:
        # (not scores.count(None): that compares each score record with None, in Python)
        scored = sum([score is not None for score in row.scores])
        (others if scored < 2 else shared).append(row)
    blocks: list[Block] = []
    if shared and count == 2:
        blocks.append(Table(
            "Scores both models report, in points; the gap with its 95% sampling interval",
            ("Benchmark", "Setting", *names, "Gap ±95%", "Reading"),
            tuple((*_benchmark_cells(r, 2), *_reading(r.pair(0, 1), names)) for r in shared),
            numeric=(2, 3, 4)))
    elif shared:
        blocks.append(Table("Scores two or more models report, in points",
                            ("Benchmark", "Setting", *names),
                            tuple(_benchmark_cells(r, count) for r in shared),
                            numeric=tuple(range(2, 2 + count))))
        blocks.append(Table(
            "Gaps between pairs of scores, with 95% sampling intervals",
            ("Benchmark", "Models", "Gap ±95%", "Reading"),
            tuple((r.benchmark.label, f"{gap.a.name} vs {gap.b.name}", *_reading(gap, names))
                  for r in shared for gap in r.pairs
                  if r.scores[gap.a_index] is not None and r.scores[gap.b_index] is not None),
            numeric=(2,)))
    else:
        blocks.append(Para("No benchmark has scores from two of these models."))
    if others:
        blocks.append(Table("Scores only one model reports (not compared)",
                            ("Benchmark", *names),
                            tuple([_one_score_cells(r, count) for r in others])))
    return blocks


_SOURCE_ROWS: ByIdentity[tuple[Cell, ...]] = ByIdentity()


def _provenance(c: Comparison, n: Narrative) -> list[Block]:
    blocks: list[Block] = [Para(_join(n.provenance))]
    sources = c.provenance.sources
    if sources:
        lookup = _SOURCE_ROWS.lookup
        rows = [lookup((None, id(s))) or _SOURCE_ROWS.put_one(s, None, _source_row(s))
                for s in sources]
        blocks.append(Table("Sources", ("Source", "Supports", "Checked"), tuple(rows)))
    return blocks


def _source_row(s: SourceRef) -> tuple[Cell, ...]:
    return (Link(s.url, s.url), "; ".join(s.supports),
            fmt.date(s.checked) if s.checked else "no date recorded")


# -- a model and a catalog -------------------------------------------------------------------------


def _yes_no(flag: bool | None) -> str:
    return UNSOURCED if flag is None else ("yes" if flag else "no")


def model_page(model: Model, level: int = 2) -> list[Block]:
    """One model's facts, capabilities, scores and routes.

    Examples:
        >>> from phicompare import default_catalog
        >>> page = model_page(default_catalog().model("phi-2"))
        >>> page[0].text
        'Phi-2 (phi-2)'
    """
    def known(value: object, show: str | None = None) -> str:
        return UNSOURCED if value is None or value == () else (show or str(value))

    m = model
    facts: list[tuple[Cell, ...]] = [
        ("Vendor", known(m.vendor)),
        ("Family", known(m.family)),
        ("Aliases", ", ".join(m.aliases) or "none"),
        ("Released", UNSOURCED if m.released is None else fmt.date(m.released)),
        ("Parameters", UNSOURCED if m.parameters_b is None else fmt.params(m.parameters_b)),
        ("Architecture", known(m.architecture)),
        ("Context window", _context(m.context_window)),
        ("Max output tokens", _context(m.max_output_tokens)),
        ("License", known(m.license)),
        ("Open weights", _yes_no(m.open_weights)),
        ("Knowledge cutoff", known(m.knowledge_cutoff)),
        ("Input modalities", known(m.input_modalities, ", ".join(m.input_modalities))),
        ("Output modalities", known(m.output_modalities, ", ".join(m.output_modalities))),
        ("Checked", UNSOURCED if m.checked is None else fmt.date(m.checked)),
    ]
    blocks: list[Block] = [
        Heading(level, f"{m.name} ({m.id})"),
        Table(f"{m.name}: facts", ("Fact", "Value"), tuple(facts)),
        Table(f"{m.name}: capabilities", ("Capability", "Support"),
              tuple((cap.label, m.support(cap).label) for cap in Capability)),
    ]
    if m.scores:
        blocks.append(Table(f"{m.name}: benchmark scores (points)",
                            ("Benchmark", "Score", "Setting", "Source"),
                            tuple((s.benchmark, fmt.points(s.score), s.setting or "not stated",
                                   Link(s.source, s.source) if s.source else "no source")
                                  for s in m.scores),
                            numeric=(1,)))
    if m.routes:
        blocks.append(Table(f"{m.name}: routes (USD per 1M tokens)",
                            ("Provider", "Input", "Output", "Context", "Status", "Checked"),
                            tuple(_route_cells(m, r) for r in m.routes), numeric=(1, 2)))
    if m.sources:
        blocks.append(Bullets(tuple(Link(url, url) for url in m.sources)))
    return blocks


def _route_cells(model: Model, route: ProviderRoute) -> tuple[Cell, ...]:
    return (route.provider, _price(route.input), _price(route.output),
            _context(model.route_context(route)), _STATUS[route.status],
            fmt.date(route.checked))


def catalog_page(catalog: Catalog, limit: int = CATALOG_ROWS) -> list[Block]:
    """A catalog's models as one table (the first ``limit`` of them), with its counts.

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog_page(default_catalog())[0].text.startswith("Catalog: ")
        True
    """
    models = catalog.models
    title = (f"Catalog: {fmt.plural(len(models), 'model')}, "
             f"{fmt.plural(len(catalog.providers), 'provider')}, "
             f"{fmt.plural(len(catalog.benchmarks), 'benchmark')}")
    blocks: list[Block] = [Heading(2, title)]
    if not models:
        return blocks
    rows = tuple(
        (m.id, m.name,
         UNSOURCED if m.parameters_b is None else fmt.params(m.parameters_b),
         _context(m.context_window),
         UNSOURCED if m.released is None else fmt.date(m.released),
         m.license or UNSOURCED, str(len(m.routes)))
        for m in models[:limit])
    blocks.append(Table("Models", ("Id", "Name", "Parameters", "Context", "Released", "License",
                                   "Routes"), rows, numeric=(6,)))
    if len(models) > limit:
        blocks.append(Para(f"Showing the first {limit:,} of {len(models):,} models."))
    return blocks
