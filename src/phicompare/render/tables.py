"""The fact tables of a comparison's page: cost, pricing and routes, specs, sources.

The benchmarks tables are in :mod:`phicompare.render.scores`; a model's score cells are kept here,
with the rest of its parts (:func:`model_tables`).

Each function reads fact records the comparison already holds and writes their cells once; none
computes a figure of its own or keeps anything between calls.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Literal, NamedTuple

from phicompare.analysis.profile import CAPABILITIES, SPEC_FIELDS
from phicompare.analysis.refused import refusals
from phicompare.catalog.memo import Slot
from phicompare.domain.capabilities import Support
from phicompare.domain.pricing import RouteStatus
from phicompare.narrative import format as fmt
from phicompare.narrative.overview import route_label

from . import cells
from .blocks import Block, Cell, Para, Table
from .gone_offers import gone_cell, gone_offers
from .listed_cells import Listings, listed_no, listings
from .scores import ScoreTexts, score_texts
from .source_table import comparison_sources, sources

if TYPE_CHECKING:
    import datetime as dt

    from phicompare.analysis.comparison import Comparison
    from phicompare.analysis.facts import CapabilityRow, CostEstimate, RouteRow

    from .gone_offers import Gone

__all__ = ["ModelTables", "applied_price", "breakdowns", "capabilities", "comparison_sources",
           "model_tables", "pricing", "sources", "specs"]

_NO_ROUTE = "no eligible priced route"

_PARTS: Slot[ModelTables] = Slot("model tables")
"""A model's cells and tables on a comparison's page, under its terms and with its name shown."""


class ModelTables(NamedTuple):
    """What one model alone shows in a comparison's tables, made once for its comparisons.

    Each part is a function of the model's own facts under the comparison's terms, its name
    shown and what the page shows of it (its knowledge cutoff's precision; whether every
    capability is listed; windows to the token), so a model's comparisons share it whether the
    model comes first or second, and whatever spec rows its partner adds: a long run keeps a few
    of a model, made the first pages it is in (issue 18).
    """

    specs: tuple[str, ...]
    """Its cells in the specifications table, one for each spec (``SPEC_FIELDS``, in order),
    shown or not: a page picks its rows' (:func:`specs`)."""
    capabilities: tuple[str, ...] | None
    """Its cells in the capabilities table (``None`` when the page does not list them all)."""
    silent: tuple[bool, ...] | None
    """Whether it is silent on each capability (:func:`_silent` of its part of the row): a row
    silent for every model is left out (``None`` with :attr:`capabilities`)."""
    pricing: tuple[str, ...]
    """Its cells in the table of each model's cheapest route (rows fixed)."""
    bill: Block | None
    """Its bill at the traffic, line by line (``None`` without an estimate: the cost prose
    says why, once)."""
    routes: Block
    """Its table of every route, or why there is none."""
    scores: ScoreTexts
    """Its benchmark scores as a two-model page's cells show them (:func:`.scores.score_texts`)."""


def model_tables(c: Comparison, names: tuple[str, ...]) -> list[ModelTables]:
    """Each model's parts of the page's tables, made once for every comparison of the model.

    Made through :meth:`~phicompare.analysis.comparison.Comparison.derive`, keyed by the name
    shown: one lookup a model for its columns, its bill and its routes. A spec row holds the
    model's own value, except a knowledge cutoff, shown at the coarsest precision of the row's
    (review 25): the same model's cell reads "2024-03" beside a month and "2024-03-15" beside a
    day. So the key holds its known values as the rows show them: not which rows its partner
    adds (each unknown for it), so a model has one column for all its partners.
    """
    every = tuple([row.capability for row in c.capabilities]) == CAPABILITIES
    exact = c.narrative.exact_windows  # every window to the token, as its prose writes (F4)
    parts = []
    for i, name in enumerate(names):
        known = tuple([(row.field, v) for row in c.specs if (v := row.values[i]) is not None])
        parts.append(c.derive(_PARTS, i, (name, known, every, exact),
                              partial(_model_tables, c, i, name, known, every, exact),
                              anywhere=True))
    return parts


def _model_tables(c: Comparison, i: int, name: str, known: tuple[tuple[str, str], ...],
                  every: bool, exact: bool) -> ModelTables:
    pricing, bill, routes, scores = c.derive(
        _COSTS, i, (name, exact), partial(_costs, c, i, name, exact), anywhere=True)
    return ModelTables(
        specs=_spec_column(dict(known), exact),
        capabilities=_capability_column(c.capabilities, i, listings(c, i), gone_offers(c, i),
                                        _refused(c, i)) if every else None,
        silent=tuple([_silent(row, i) for row in c.capabilities]) if every else None,
        pricing=pricing, bill=bill, routes=routes, scores=scores)


_COSTS: Slot[tuple[tuple[str, ...], Block | None, Block, ScoreTexts]] = Slot("model costs")
"""A model's pricing cells, bill, route table and score cells: its parts whatever rows show."""


def _costs(c: Comparison, i: int, name: str, exact: bool,
           ) -> tuple[tuple[str, ...], Block | None, Block, ScoreTexts]:
    """Model ``i``'s parts that the rows shown leave alone: made once for its ``ModelTables``."""
    estimate = c.cost.estimates[i]
    routes = c.route_groups[i][0]
    model = c.models[i]
    unruled = next((e for e in c.cost.unruled if e.model_index == i), None)
    return (_pricing_column(estimate, routes, unruled),
            _breakdown(estimate, name, routes, (model.id, ("bill", name))),
            _route_table(name, routes, c.as_of, (model.id, ("routes", name, exact)),
                         exact=exact),
            score_texts(model.scores))


def specs(c: Comparison, names: tuple[str, ...], parts: Sequence[ModelTables]) -> Table:
    """The specifications table: one row per spec, one column per model (:func:`model_tables`)."""
    at = [_SPEC_AT[row.field] for row in c.specs]
    return Table("Specifications", ("Specification", *names),
                 tuple(zip([row.label for row in c.specs],
                           *[[p.specs[k] for k in at] for p in parts], strict=True)))


_SPEC_AT = {field: k for k, (field, _) in enumerate(SPEC_FIELDS)}
"""Each spec's place in a model's column (:attr:`ModelTables.specs`)."""


def _spec_column(known: dict[str, str], exact: bool) -> tuple[str, ...]:
    """A model's cell for every spec, from its ``known`` values (by field; others unknown)."""
    spec = cells.spec
    return tuple([cells.context(int(v), exact=True) if exact and field == "context_window"
                  and (v := known.get(field)) is not None else spec(field, known.get(field))
                  for field, _ in SPEC_FIELDS])


def capabilities(c: Comparison, names: tuple[str, ...], parts: Sequence[ModelTables]
                 ) -> Table | Para:
    """The capabilities table: yes, no or not documented, per capability and model.

    A page listing every capability (every page of a comparison drawn by ``compare()``) reads
    each model's column from :func:`model_tables`. A capability no model on the page documents
    either way and no route offers (``tool_use``, which no record of the bundled catalog sets)
    has no row: "not documented" in every column would read as if every model lacked it
    (review 18, P4); the comparison's data keeps the row. Where no row is left (a user
    catalog's models that set no capability, nor their routes), one line says so in place of
    a caption and header with nothing under them (review 19): "Capabilities: neither model's
    records set any capability.", as ``show`` says "none documented by the model or its
    routes".
    """
    rows = c.capabilities
    if parts and parts[0].capabilities is not None:
        labels: Sequence[str] = _LABELS
        columns = [p.capabilities for p in parts]
        said = [not all(silent) for silent in zip(*[p.silent for p in parts], strict=True)]
    else:
        capability = cells.CAPABILITY
        labels = [capability[row.capability] for row in rows]
        columns = [_capability_column(rows, i, listings(c, i), gone_offers(c, i), _refused(c, i))
                   for i in range(len(names))]
        said = [not all(_silent(row, i) for i in range(len(names))) for row in rows]
    if not any(said):
        return Para("Capabilities: neither model's records set any capability." if len(names) == 2
                    else "Capabilities: no record of these models sets any capability.")
    return Table("Capabilities (the model's own, or the routes that offer it)",
                 ("Capability", *names),
                 tuple([line for line, keep in zip(zip(labels, *columns, strict=True), said,
                                                   strict=True) if keep]))


def _silent(row: CapabilityRow, i: int) -> bool:
    """Whether model ``i`` does not document the capability either way and no route offers it.

    A function of the model's own part of the row, so kept with its column (:class:`ModelTables`).
    """
    return row.support[i] is Support.UNKNOWN and not row.offered_by[i] \
        and (not row.documented or row.documented[i] is None)


_LABELS = tuple([cells.CAPABILITY[kind] for kind in CAPABILITIES])
"""Every capability's label, in the order a page lists them."""


def _refused(c: Comparison, i: int) -> tuple[tuple[str, ...], ...]:
    """Per capability row: the providers whose routes all flag no what model ``i`` documents."""
    found = {r.k: r.providers for r in refusals(c, i)}  # (kept with the model: most, none)
    return tuple([found.get(k, ()) for k in range(len(c.capabilities))])


def _capability_column(rows: Sequence[CapabilityRow], i: int, listed: Listings | None = None,
                       gone: Gone | None = None, refusing: Sequence[tuple[str, ...]] = (),
                       ) -> tuple[str, ...]:
    """Model ``i``'s cells: its support, or the share of its routes that offer what it does not.

    A ``listed`` model's "no" (its every source a listing: :func:`~.listed_cells.listings`) is
    its listings' silence: "not listed by its 13 providers" (review 12, L11), as switch friction
    says it, or, where some listing flags it, each listing as it reads: "flagged by Poe, not
    listed by NanoGPT" (:func:`~.listed_cells.listed_no`); an offer only retired routes made,
    as ``show`` says it (``gone``: :func:`~.gone_offers.gone_cell`). What the model documents
    and every route of it on the page flags no (``refusing``: their providers) is its own "yes",
    and the routes' "no" beside it: "yes (not offered by its one provider, xAI)" (review 38, #2).
    """
    support = cells.SUPPORT
    column = []
    for k, row in enumerate(rows):
        if refusing and (names := refusing[k]) and row.support[i] is Support.YES:
            column.append(f"{support[Support.YES]} ({refused_words(names)})")
            continue
        if gone and (said := gone_cell(row, i, gone)) is not None:
            column.append(said)
            continue
        if listed and row.support[i] is Support.NO and not row.offered_by[i]:
            loud = listed.flagged[k]  # (a listing's flag the record, from another, leaves out)
            column.append(listed_no(loud, [n for n in listed.providers if n not in loud]
                                    if loud else row.not_listed_by[i]))
            continue
        if row.documented and row.documented[i] is not True and row.offered_by[i]:
            offered = len(row.offered_by[i])  # a route's offer, not the model's feature
            if row.support[i] is not Support.YES:  # only providers the page leaves out offer it
                column.append(f"{support[row.support[i]]} (offered only by "
                              f"{'a provider' if offered == 1 else 'providers'} this page "
                              "leaves out)")
                continue
            column.append(offered_on(offered, offered + len(row.not_listed_by[i]),
                                     by="provider"))
        else:
            column.append(support[row.support[i]])
    return tuple(column)


def refused_words(providers: Sequence[str]) -> str:
    """The providers of a model's routes, none of which offers what the model documents.

    Examples:
        >>> refused_words(["xAI"]), refused_words(["io.net", "NanoGPT", "NVIDIA NIM"])
        ('not offered by its one provider, xAI', 'not offered by its three providers: io.net, \
NanoGPT and NVIDIA NIM')
        >>> refused_words(["A", "B"])
        'not offered by either of its providers, A and B'
    """
    if len(providers) == 1:
        return f"not offered by its one provider, {providers[0]}"
    if len(providers) == 2:
        return f"not offered by either of its providers, {fmt.join_words(providers)}"
    return (f"not offered by its {fmt.count_word(len(providers))} providers: "
            f"{fmt.join_words(providers)}")


def offered_on(offered: int, routes: int, *, by: str = "route") -> str:
    """A capability some of a model's routes offer: "on 6 of 33 routes", "on its one route".

    ``by="provider"`` counts providers instead (a provider may list a model twice), so the
    count never reads against the routes a page tracks.

    Examples:
        >>> offered_on(6, 33), offered_on(1, 1), offered_on(2, 2)
        ('on 6 of 33 routes', 'on its one route', 'on both its routes')
        >>> offered_on(2, 24, by="provider"), offered_on(1, 1, by="provider")
        ('from 2 of 24 providers', 'from its one provider')
    """
    on = "from" if by == "provider" else "on"
    if offered == routes == 1:
        return f"{on} its one {by}"
    if offered == routes == 2:
        return f"{on} both its {by}s"
    return f"{on} {offered} of {routes} {by}s"


# -- cost and routes -------------------------------------------------------------------------------


def breakdowns(parts: Sequence[ModelTables]) -> list[Block]:
    """Each model's bill at the traffic: its lines and total.

    A model without an estimate has none: the cost prose says why. A model's bill is the same
    in every comparison of it under the same terms: it is made once (:func:`model_tables`).
    """
    return [p.bill for p in parts if p.bill is not None]


def _breakdown(e: CostEstimate, name: str, routes: Sequence[RouteRow],
               part: tuple[str, Hashable] | None = None) -> Block | None:
    if e.monthly is None or e.route is None:
        return None
    provider = e.provider_label(routes)  # a provider with two routes: the one billed, by its id
    rows: list[tuple[Cell, ...]] = []
    for line in e.lines:
        if line.item == "requests":
            rows.append((line.item, f"{line.quantity:,} requests",
                         fmt.price(line.unit_price) + " each", fmt.money(line.amount)))
        else:
            rows.append((line.item, f"{line.quantity:,}", fmt.price(line.unit_price) + " per 1M",
                         fmt.money(line.amount)))
    total = fmt.money(e.monthly)
    rows.append(("Total", "", "", total))
    free = ", free tier" if e.route.status is RouteStatus.FREE_TIER else ""  # (no price)
    return Table(f"{name} on {provider}{free}: {total} a month",
                 ("Item", "Quantity", "Unit price", "Amount"), tuple(rows), numeric=(1, 2, 3),
                 part=part)


def pricing(c: Comparison, names: tuple[str, ...], parts: Sequence[ModelTables]) -> list[Block]:
    """The cheapest route of each model at the traffic, then every route of every model.

    A model's column and its table of routes are made once for every comparison of it under
    the same terms (:func:`model_tables`).
    """
    labels = (route_label(c.cost.estimates), "Its input price", "Its output price",
              f"Blended price ({c.cost.blend[0]}:{c.cost.blend[1]})", "Monthly at your traffic",
              "Routes that can carry it")
    rows = list(zip(labels, *[p.pricing for p in parts], strict=True))
    # each price at its own places, as the cost section writes it ("$0.02", never "$0.0200":
    # review 32, #4; fmt.price keeps every significant digit)
    return [Table("Prices per 1M tokens, in USD", ("Pricing", *names), tuple(rows)),
            *[p.routes for p in parts]]


def _pricing_column(e: CostEstimate, routes: tuple[RouteRow, ...],
                    unruled: CostEstimate | None = None) -> tuple[str, ...]:
    """A model's cells in the table of cheapest routes: its route, prices, bill, routes counted.

    A bill on a free tier is no price: its route and its bill say "free tier". A blended price
    is a route's, not a bill: where the page's terms leave no route, it is the route's that
    bills the same tokens without them ("$3.875 on OpenAI (no route meets this page's terms)"),
    "no published price" only where the model has routes and none has one, else "no route"
    (review 13, M5; ``CostFacts.unruled``), as its input and output prices say it. A model
    without a bill's route reads "none: " and the reason, whose own parentheses then nest in
    none (review 20, P5: "none (no eligible route (OpenCode Zen: deprecated))").
    """
    price = cells.price
    free = e.route is not None and e.route.status is RouteStatus.FREE_TIER
    monthly = cells.money(e.monthly, "no estimate") + (" (free tier)" if free else "")
    route = e.provider_name + (", free tier" if free else "") if e.provider_name else \
        f"none: {e.reason or _NO_ROUTE}"
    return (route,
            price(e.input_price) if e.route else "no route",
            price(e.output_price) if e.route else "no route",
            price(e.blended) if e.route or (routes and not any(r.route.is_priced
                                                              for r in routes)) else
            f"{price(unruled.blended)} on {unruled.provider_name} (no route meets this page's "
            "terms)" if unruled is not None else "no route", monthly,
            f"{sum([r.eligible for r in routes])} of {len(routes)}")


def _route_table(name: str, routes: tuple[RouteRow, ...], day: dt.date,
                 part: tuple[str, Hashable] | None = None, *, exact: bool = False) -> Block:
    """Every route of a model, each row's prices those its Monthly applied.

    See :func:`applied_price`; the Counted cell says whether the route lists no long-context
    tier that another route applies to the requests (``RouteRow.tier_unlisted``).
    """
    if not routes:
        return Para(f"{name} has no provider route in the catalog.")
    routes = tuple(sorted(routes, key=lambda r: r.provider_name.casefold()))  # as readers look
    labels = provider_labels([(r.provider_name, r.route.provider_model_id) for r in routes])
    return Table(
        f"{name}: every route (USD per 1M tokens)",
        ("Provider", "Input", "Output", "Context", "Status", "Monthly", "Counted"),
        tuple([(label, applied_price(r, "input"), applied_price(r, "output"),
                cells.route_window(r.context_window, r.route, exact=exact),  # (P5)
                cells.route_status(r.route, day),  # one function with the model page (P1)
                cells.money(r.monthly, "no estimate"),
                ("yes" if r.eligible else f"no: {r.reason or 'not eligible'}")
                + ("; lists no long-context tier" if r.tier_unlisted else ""))
               for r, label in zip(routes, labels, strict=True)]),
        numeric=(1, 2, 5), part=part)


def applied_price(row: RouteRow, side: Literal["input", "output"]) -> str:
    """A route row's price on ``side`` as its Monthly applied it, and its base where they differ.

    A long-context tier's price reads "$2.50 (tier; base $1.25)"; one blended over time-of-day
    windows "$0.50 (time of day; base $1.00)" (both: "tier, time of day").

    Examples:
        >>> import datetime as dt
        >>> from decimal import Decimal as D
        >>> from phicompare import Model, ProviderRoute
        >>> from phicompare.analysis.facts import RouteRow
        >>> route = ProviderRoute(provider="p", input=D("1.25"), output=D(10), source="https://x",
        ...                       checked=dt.date(2026, 1, 1))
        >>> row = RouteRow(model_index=0, model=Model(id="m", name="M"), route=route,
        ...                provider_name="P", context_window=None, eligible=True,
        ...                input_price=D("2.50"), tier_above=200_000)
        >>> applied_price(row, "input"), applied_price(row, "output")
        ('$2.50 (tier; base $1.25)', '$10.00')
    """
    base = getattr(row.route, side)
    applied = getattr(row, f"{side}_price")
    if applied is None or base is None or applied == base:
        return cells.price(base)
    why = ", ".join((["tier"] if row.tier_above is not None else [])
                    + (["time of day"] if row.route.windows else [])) or "at this traffic"
    return f"{fmt.price(applied)} ({why}; base {fmt.price(base)})"


def provider_labels(routes: Sequence[tuple[str, str | None]]) -> list[str]:
    """Each route's provider as a reader tells it apart: a provider listed twice adds its model id.

    ``routes`` are one model's routes as ``(provider name, provider model id)``. Amazon Bedrock
    sells Claude Sonnet 4.5 at one price worldwide and 10% more in the EU; both rows would read
    "Amazon Bedrock" without the id the provider serves each under.

    Examples:
        >>> provider_labels([("Bedrock", "m-v1"), ("Bedrock", "eu.m-v1"), ("Groq", "m")])
        ['Bedrock (m-v1)', 'Bedrock (eu.m-v1)', 'Groq']
        >>> provider_labels([("Groq", "m"), ("Groq", "m")])  # the same id: nothing to tell apart
        ['Groq', 'Groq']
    """
    ids: dict[str, set[str | None]] = {}
    for name, model_id in routes:
        ids.setdefault(name, set()).add(model_id)
    return [f"{name} ({model_id})" if model_id and len(ids[name]) > 1 else name
            for name, model_id in routes]
