"""The page's overview: the summary and the scorecard (the tradeoffs: :mod:`.tradeoffs`).

The summary introduces each model, compares context windows, names the largest gap outside noise
and the bills; the scorecard gives one row per decision signal. On an ``--as-of`` page neither
favours a model not yet released without its date (:mod:`.unreleased_leads`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from phicompare.analysis.facts import CostEstimate
from phicompare.domain.pricing import RouteStatus
from phicompare.domain.records import Model

from . import format as fmt, paths
from .benchmarks import gap_claim
from .bill_prices import unit_prices
from .bill_window import largest_qualified
from .bills import free_checks
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind, Row
from .context import Context, RowGap
from .cost import cost_headline
from .drafts import Draft
from .fit import decision_fit, joined
from .no_comparable import no_comparable_claim
from .no_lead import no_lead_claim
from .unreleased_leads import crowned, gap_leader, summary_gap, unreleased_fit, window_leaders
from .unreleased_moves import unreleased
from .window_notes import noted_windows

if TYPE_CHECKING:
    from .parts import ModelParts

__all__ = ["identity_draft", "price_cell", "route_label", "routes_cell",
           "scorecard", "summary", "vendor_words"]


def summary(x: Context, parts: Sequence[ModelParts], *, bills: Claim | None,
            absent: Claim | None) -> tuple[Claim, ...]:
    """Who the models are, their context, the largest gap, and the bills.

    ``parts`` gives each model's identity (:func:`identity_draft`). ``bills`` is
    :func:`~phicompare.narrative.bills.bills_claim` (``full``), ``absent``
    :func:`~phicompare.narrative.no_comparable.no_comparable_claim` when no pair compares: the FAQ
    and the deep dive state them too.
    """
    claims = [part.identity for part in parts]
    window = noted_windows(x, largest_qualified(x, x.context_said), caps=True)  # (P4, P6)
    claims.append(crowned(x, window, window_leaders(x, window)))  # (not yet out: fixBG)
    comparable = x.bench.comparable
    if x.bench.significant:  # in brief: the deep dive states it in full, with its item count
        g = summary_gap(x)  # (between models out on the page's date, where some are: fixBG)
        claims.append(crowned(x, gap_claim(x, g, brief=True), [gap_leader(g)]))
    elif comparable:
        claims.append(no_lead_claim(x, comparable))
    else:
        claims.append(absent or no_comparable_claim(x))
    claims += cost_headline(x, bills)
    return tuple(claims)


def identity_draft(x: Context, i: int) -> Draft:
    """Model ``i``: its vendor, size, release date and licence, as far as they are sourced.

    A vendor only the model's id suggests (``vendor_inferred``) is said as such, never as fact
    (review 8, G8): "vendor not yet sourced (the name suggests Google)".
    """
    m = x.c.models[i]
    size = None if m.parameters_b is None else fmt.params(m.parameters_b)
    released = None if m.released is None else fmt.date(m.released)
    parts: list[str] = []
    if m.vendor:
        parts.append(vendor_words(m.vendor, inferred=m.vendor_inferred))
    if size is not None:
        parts.append(f"{size} parameters")
    if released is not None:
        parts.append(f"released {released}")
    if m.license:
        note = ", a non-commercial licence" if fmt.non_commercial(m.license) else ""
        parts.append(f"under {fmt.licence(m.license)}{note}")
    name = x.names[i]
    text = (f"{name}: {', '.join(parts)}." if parts else
            f"{name}: no vendor, size, release date or licence is sourced yet.")
    return Draft.at("identity", text, lambda at: Basis((
        Evidence(paths.model(at, "name"), m.name, m.name),
        *([Evidence(paths.model(at, "vendor"), m.vendor, m.vendor),
           Evidence(paths.model(at, "vendor_inferred"), m.vendor_inferred)] if m.vendor else []),
        *([Evidence(paths.model(at, "parameters_b"), m.parameters_b, size, EvidenceKind.PARAMS)]
          if size is not None else []),
        *([Evidence(paths.model(at, "released"), m.released, released, EvidenceKind.DATE)]
          if released is not None else []),
        *([Evidence(paths.model(at, "license"), m.license, fmt.licence(m.license),
                    EvidenceKind.LICENCE)] if m.license else [])),
        (Check(op=CheckOp.TRUE if m.vendor_inferred else CheckOp.FALSE,
               paths=(paths.model(at, "vendor_inferred"),)),) if m.vendor else ()))


def vendor_words(vendor: str, *, inferred: bool) -> str:
    """How the summary introduces a model's vendor: a fact, or a guess its id suggests.

    Examples:
        >>> vendor_words("Google", inferred=False), vendor_words("Google", inferred=True)
        ('from Google', 'vendor not yet sourced (the name suggests Google)')
    """
    return f"vendor not yet sourced (the name suggests {vendor})" if inferred else f"from {vendor}"


def scorecard(x: Context, parts: Sequence[ModelParts]) -> tuple[Row, ...]:
    """One row per decision signal, one cell per model (``parts`` gives each price cell)."""
    later = unreleased(x)  # (the models not yet out on the page's date: most pages, none)
    return (_fit_row(x, later), _context_row(x), _price_row(x, parts), _routes_row(x, parts),
            _benchmarks_row(x, later))


def _anchor(models: Sequence[Model]) -> tuple[Evidence, ...]:
    """The evidence of a row that states an absence: the first model it is about."""
    return (Evidence(paths.model(0, "id"), models[0].id),)


def _fit_row(x: Context, unreleased: frozenset[int]) -> Row:
    # a model not yet out on the page's date fits nothing on it: its date instead (fixBG)
    later = {i: found for i in sorted(unreleased) if (found := unreleased_fit(x, i)) is not None}
    fits = {i: decision_fit(x, i) for i in range(x.n) if i not in later}
    cells = {**{i: fmt.join_words(f.phrases) if f.phrases else "no distinctive fit in the data"
                for i, f in fits.items()}, **{i: said for i, (said, _) in later.items()}}
    models = x.c.models
    return Row(key="fit", label="Decision fit", cells=tuple([cells[i] for i in range(x.n)]),
               basis=lambda: _fit_basis([f.basis for f in fits.values()], models,
                                        [basis for _, basis in later.values()]))


def _fit_basis(bases: Sequence[Callable[[], Basis]], models: Sequence[Model],
               dates: Sequence[Basis] = ()) -> Basis:
    evidence, checks = joined(bases)
    evidence += tuple([e for basis in dates for e in basis.evidence])
    checks += tuple([c for basis in dates for c in basis.checks])
    return Basis(evidence or _anchor(models), checks)


def _context_row(x: Context) -> Row:
    form, shared, sizes = x.windows.form, x.windows.basis, x.windows.sizes
    # windows that print alike side by side, on a page that writes them short: each cell as the
    # specifications' ("16K (16,384)"), never "16,384 tokens" beside the sentences' "16K"
    # (review 10, I14)
    cell = fmt.tokens_cell if form is not x.windows.single else lambda w: f"{form(w)} tokens"
    return Row(key="context", label="Context window",
               cells=tuple([cell(w) if w is not None else "not yet sourced" for w in sizes]),
               basis=lambda: Basis((*shared().evidence, *[
                   Evidence(paths.model(i, "context_window"), w, fmt.tokens(w),
                            EvidenceKind.TOKENS) for i, w in enumerate(sizes)
                   if w is not None and cell is fmt.tokens_cell])))


def _price_row(x: Context, parts: Sequence[ModelParts]) -> Row:
    estimates = x.c.cost.estimates
    free = x.c.cost.free_indexes  # (a cell on a free tier says so: price_cell)
    return Row(key="route-price", label=route_label(estimates),
               cells=tuple([part.price for part in parts]),
               basis=lambda: Basis(tuple([ev for e in estimates for ev in _price_evidence(e)]),
                                   tuple([c for i in free for c in free_checks(i, free)])))


def price_cell(e: CostEstimate) -> str:
    """The scorecard's cell of the route behind an estimate: its prices and provider.

    Examples:
        >>> from phicompare import compare
        >>> price_cell(compare("phi-2", "phi-4-mini").cost.estimates[0])
        '$0.10 in / $0.10 out per 1M on Fireworks AI'
    """
    route, price_in, price_out = e.route, e.input_price, e.output_price  # the bill's prices
    if route is None or price_in is None or price_out is None:
        return "no eligible priced route"
    free = ", free tier" if route.status is RouteStatus.FREE_TIER else ""  # (no price)
    # every unit price the bill adds up to, as the cost prose quotes it (review 17, P1)
    prices = [f"{fmt.price(price)} {_SHORT[item]}" for item, _, price in unit_prices(e)]
    # the provider after "on", never in brackets: a name may end in its own ("Alibaba (China)")
    return f"{' / '.join(prices)} per 1M on {e.provider_name}{free}"


_SHORT = {"input": "in", "cached input": "cached in", "cache writes": "cache write",
          "cache writes (1 hour)": "1-hour cache write", "batch input": "batch in",
          "output": "out", "batch output": "batch out"}
"""A bill's per-token price as the scorecard's cell names it."""


def _price_evidence(e: CostEstimate) -> tuple[Evidence, ...]:
    """The prices the bill applied that a scorecard cell shows, or the route it lacks."""
    route, price_in, price_out = e.route, e.input_price, e.output_price
    if route is None or price_in is None or price_out is None:
        return (Evidence(paths.estimate(e.model_index, "route"), None),)
    return (Evidence(paths.estimate(e.model_index, "input_price"), price_in,
                     fmt.price(price_in), EvidenceKind.PRICE, route.source),
            Evidence(paths.estimate(e.model_index, "output_price"), price_out,
                     fmt.price(price_out), EvidenceKind.PRICE, route.source),
            *[Evidence(paths.estimate_line(e.model_index, k), price, fmt.price(price),
                       EvidenceKind.PRICE, route.source)
              for _, k, price in unit_prices(e) if k is not None])


def route_label(estimates: Sequence[CostEstimate]) -> str:
    """The label of the row naming each bill's route: "cheapest" only where it is.

    Under the default route policy a closed-weight model's bill may come from its maker while a
    reseller lists it for less (``passed_over``); the row is then the route behind the bill.
    """
    if any(e.passed_over for e in estimates):
        return "Route behind the bill"
    return "Cheapest route at your traffic"


def routes_cell(count: int) -> str:
    """The scorecard's cell of a model with ``count`` route rows.

    Examples:
        >>> routes_cell(7), routes_cell(1), routes_cell(0)
        ('seven routes tracked', 'one route tracked', 'none tracked')
    """
    return fmt.plural(count, "route") + " tracked" if count else "none tracked"


def _routes_row(x: Context, parts: Sequence[ModelParts]) -> Row:
    groups = x.c.route_groups
    models = x.c.models
    return Row(key="routes", label="Provider routes", cells=tuple([p.routes for p in parts]),
               basis=lambda: Basis(
                   tuple(Evidence(paths.route(k, "route.provider"), r.route.provider)
                         for rows, ks in groups for k, r in zip(ks, rows, strict=True))
                   or _anchor(models)))


def _benchmarks_row(x: Context, later: frozenset[int]) -> Row:
    """Who leads whom outside noise on comparable pairs, and who trails on every one of them."""
    cells: list[str] = []
    quoted: list[RowGap] = []  # the gaps outside noise the cells rest on
    unassessed: list[RowGap] = []  # and those with no interval a "no lead" cell counts
    # each comparable gap with the model ahead outside noise (None: no lead), read once a page;
    # of two models, every gap is between both
    # among models out on the page's date only: a model not yet out has its date, and no lead
    # counts a pair with it (review 35, #3; as the summary since fixBG)
    gaps = [(g, g.row.pairs[g.p].leader_index) for g in x.bench.comparable
            if g.i not in later and g.j not in later]
    dates: list[Basis] = []
    for i in range(x.n):
        ahead: dict[int, list[str]] = {}
        mine = gaps if x.n == 2 else [(g, leader) for g, leader in gaps if i in (g.i, g.j)]
        if i in later and (dated := unreleased_fit(x, i)) is not None:
            cells.append(dated[0])
            dates.append(dated[1])
            continue
        behind = 0
        for g, leader in mine:
            if leader is None:
                continue
            quoted.append(g)
            if leader == i:
                ahead.setdefault(g.j if g.i == i else g.i, []).append(g.row.benchmark.label)
            else:
                behind += 1
        if ahead and x.n == 2:
            cell = "leads on " + fmt.join_words(next(iter(ahead.values())))
        elif ahead:
            cell = "; ".join(f"ahead of {x.names[o]} on {fmt.join_words(labels)}"
                             for o, labels in ahead.items())
        elif mine and behind == len(mine):
            cell = f"trails on every comparable benchmark ({fmt.count_word(len(mine))})"
        elif mine:  # a gap without an interval is noise not assessed, never within noise
            blind = [g for g, _ in mine if g.row.pairs[g.p].significant is None]
            unassessed += blind
            pairs = fmt.plural(len(mine) - len(blind), "comparable pair")
            cell = (f"no lead assessed ({fmt.plural(len(mine), 'comparable pair')}, no interval)"
                    if len(blind) == len(mine) else f"no lead outside noise ({pairs})"
                    if not blind else f"no lead outside noise ({pairs} assessed; "
                    f"{fmt.count_word(len(blind))} not assessed)")
        elif later and len(later) == x.n - 1:  # (its rivals' cells give their dates)
            cell = f"no rival released by {fmt.date(x.c.as_of)}"
            dates.append(Basis((Evidence(paths.AS_OF, x.c.as_of, fmt.date(x.c.as_of),
                                         EvidenceKind.DATE),)))
        else:
            cell = "none comparable"
        cells.append(cell)
    shared, models = x.bench.shared, x.c.models
    return Row(key="benchmarks", label="Benchmark leads", cells=tuple(cells), basis=lambda: Basis(
        tuple(Evidence(g.path("significant"), g.row.pairs[g.p].significant) for g in quoted)
        + tuple(e for d in dates for e in d.evidence)
        or tuple(Evidence(paths.benchmark(s.k, "id"), s.row.benchmark.id) for s in shared)
        or _anchor(models),
        tuple(Check(op=CheckOp.TRUE, paths=(g.path("significant"),)) for g in quoted)
        + tuple(Check(op=CheckOp.NONE, paths=(g.path("significant"),)) for g in unassessed)
        + tuple(c for d in dates for c in d.checks)))
