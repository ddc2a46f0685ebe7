"""A model's page and a catalog's page as blocks: what ``Model`` and ``Catalog`` show in notebooks.

Each reads the records it is given and formats every value once (see
:mod:`phicompare.render.cells`); an unknown value is written as "not yet sourced".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from phicompare.analysis.listed import listing_routes, maker_word
from phicompare.analysis.recorded import recorded_capabilities
from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model
from phicompare.narrative import format as fmt

from . import cells
from .blocks import Block, Bullets, Cell, Heading, Link, Para, Table
from .cells import UNSOURCED
from .tables import offered_on, provider_labels

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.catalog.index import Catalog

__all__ = ["CATALOG_ROWS", "NONE_RECORDED", "capability_cell", "catalog_page", "model_page"]

CATALOG_ROWS = 100
"""How many models a catalog's page lists before it says how many more there are."""

NONE_RECORDED = "none documented by the model or its routes"
"""A model page's and ``show``'s words where no record of the model sets any capability."""


def model_page(model: Model, level: int = 2, catalog: Catalog | None = None,
               day: dt.date | None = None) -> list[Block]:
    """One model's facts, capabilities, scores and routes.

    With ``catalog`` (a site's model page), providers and benchmarks are named as a comparison
    names them, and a provider listed twice adds the id it serves each route under; without
    one (a notebook's record), by their ids (review 8, G5). A route's status is its status on
    ``day`` (today by default; a site's date), said as a comparison's routes table says it,
    with its retirement's day (:func:`phicompare.render.cells.route_status`, review 18, P1).

    Examples:
        >>> from phicompare import default_catalog
        >>> page = model_page(default_catalog().model("phi-2"))
        >>> page[0].text
        'Phi-2 (phi-2)'
    """
    m = model if catalog is None else maker_word(model, catalog)  # its maker's flags (P5)
    on = dt.date.today() if day is None else day
    listings = () if catalog is None else listing_routes(m, catalog)
    said = recorded_capabilities([m])  # one no record of it sets is left out (review 18, P4)
    blocks: list[Block] = [
        Heading(level, f"{m.name} ({m.id})"),
        Table(f"{m.name}: facts", ("Fact", "Value"), _facts(m)),
        Table(f"{m.name}: capabilities", ("Capability", "Support"),
              tuple([(cells.CAPABILITY[cap], capability_cell(m, cap, listings=listings, day=on))
                     for cap in Capability if cap in said]))
        if said else Para(f"Capabilities: {NONE_RECORDED}."),
    ]
    if m.scores:
        blocks.append(Table(f"{m.name}: benchmark scores (points)",
                            ("Benchmark", "Score", "Setting", "Source"),
                            tuple([(_benchmark(s.benchmark, catalog), fmt.points(s.score),
                                    setting, Link(s.source, s.source) if s.source else "no source")
                                   for s, setting in cells.runs(m.scores)]),
                            numeric=(1,)))
    if m.routes:
        tiered = any(r.tiers for r in m.routes)  # the tier column where a route lists one
        blocks.append(Table(f"{m.name}: routes (USD per 1M tokens)",
                            ("Provider", "Input", "Output", "Context", "Status", "Checked",
                             *(("Long-context tier (input tokens)",) if tiered else ())),
                            tuple([_route_cells(m, r, tiered, name, on) for r, name in zip(
                                m.routes, _providers(m, catalog), strict=True)]),
                            numeric=(1, 2)))
    if m.sources:
        blocks.append(Bullets(tuple([Link(url, url) for url in m.sources])))
    return blocks


def capability_cell(model: Model, capability: Capability,
                    routes: Sequence[ProviderRoute] | None = None,
                    listings: Sequence[ProviderRoute] = (), day: dt.date | None = None) -> str:
    """The model's own flag, and the routes that offer what the model does not document.

    A capability only some routes flag is their offer, not the model's feature (review 8, G5):
    "on 4 of 16 routes", as a comparison's capabilities table says "from 4 of 15 providers"
    (design rule 6). A route cannot add what the weights do (:attr:`Model.fixed_capabilities`).
    Routes are counted within ``routes`` (default: all the model's), those ``--provider`` /
    ``--exclude-provider`` keep, by the rule a comparison applies
    (:func:`phicompare.analysis.profile.within`): a capability that only left-out routes offer
    is the model's own flag, and the left-out offer is said. ``listings`` are the routes whose
    listings are the model's every source (:func:`phicompare.analysis.listed.listing_routes`):
    a flag they give is those routes' offer, as a comparison reads it ("on both its routes"),
    never the model's "yes" (review 10, I4); and what none of them lists is not listed there
    ("not listed on its 14 routes"), never the model's "no" (review 12, L11). A route retired
    on ``day`` (today by default) serves nothing, as a comparison counts it
    (:func:`phicompare.analysis.profile.in_service_only`): the count is of the routes in
    service ("on 3 of 6 routes in service"), and an offer only retired routes made is gone,
    said as such ("not documented (offered only on a route retired on 2026-07-30)"; review 22,
    P4).

    Examples:
        >>> from phicompare import default_catalog
        >>> capability_cell(default_catalog().model("phi-2"), Capability.VISION)
        'no'
    """
    every = model.routes if routes is None else routes
    on = dt.date.today() if day is None else day
    kept = tuple([r for r in every if not r.retired(on)])  # a retired route serves nothing
    suffix = " in service" if kept and len(kept) < len(every) else ""
    own = model.capabilities.flag(capability)

    def flags(r: ProviderRoute) -> bool:
        return r.capabilities is not None and r.capabilities.flag(capability) is True

    if listings and model.support(capability) is Support.NO and not any(
            flags(r) for r in model.routes):  # the listings' silence, no word of the model's (L11)
        n = len(kept) or len(every)
        return ("not listed on its one route" if n == 1 else (
            f"not listed on {'either of its' if n == 2 else f'its {n}'} routes")) + suffix
    if own is True and listings:  # the listings' flag, no feature of the model (review 10, I4)
        offered = sum(1 for r in kept if r in listings or flags(r))
        if offered:
            return offered_on(offered, len(kept)) + suffix
    offered = sum(1 for r in kept if flags(r))
    if own is True or not offered:
        if own is not True and capability not in model.fixed_capabilities:
            if any(flags(r) for r in model.routes
                   if r not in every and not r.retired(on)):  # only left-out routes offer it
                return (f"{cells.SUPPORT[Support.of(own)]} (offered only on routes --provider/"
                        "--exclude-provider leave out)")
            if (gone := [r for r in every if r.retired(on) and flags(r)]):  # (review 22, P4)
                days = fmt.join_words(sorted({fmt.date(r.retires) for r in gone if r.retires}))
                return (f"{cells.SUPPORT[Support.of(own)]} (offered only on "
                        f"{'a route' if len(gone) == 1 else 'routes'} retired on {days})")
        return cells.SUPPORT[model.support(capability) if capability in model.fixed_capabilities
                             else Support.of(own)]  # no route's offer in force counts
    said = offered_on(offered, len(kept)) + suffix
    if capability in model.fixed_capabilities:  # what the weights do: a route cannot add it
        return f"{cells.SUPPORT[model.support(capability)]} (flagged {said}, not counted)"
    return f"no (offered {said})" if own is False else said


def _known(value: object, shown: str | None = None) -> str:
    return UNSOURCED if value is None or value == () else (shown or str(value))


def _facts(m: Model) -> tuple[tuple[Cell, ...], ...]:
    return (
        ("Vendor", cells.vendor(m.vendor, inferred=m.vendor_inferred)),
        ("Family", _known(m.family)),
        ("Aliases", ", ".join(m.aliases) or "none"),
        ("Released", UNSOURCED if m.released is None else fmt.date(m.released)),
        ("Parameters", UNSOURCED if m.parameters_b is None else fmt.params(m.parameters_b)),
        ("Architecture", _known(m.architecture)),
        ("Context window", cells.context(m.context_window)),
        *((("Max input tokens", cells.context(m.max_input_tokens)),)  # (review 12, L1)
          if m.max_input_tokens is not None else ()),
        ("Max output tokens", cells.context(m.max_output_tokens)),
        ("License", _known(m.license)),
        ("Open weights", cells.yes_no(m.open_weights)),
        ("Knowledge cutoff", _known(m.knowledge_cutoff)),
        ("Input modalities", _known(m.input_modalities, ", ".join(m.input_modalities))),
        ("Output modalities", _known(m.output_modalities, ", ".join(m.output_modalities))),
        ("Checked", UNSOURCED if m.checked is None else fmt.date(m.checked)),
    )


def _benchmark(benchmark: str, catalog: Catalog | None) -> str:
    if catalog is None:
        return benchmark
    try:
        return catalog.benchmark(benchmark).label
    except KeyError:  # a score of a benchmark the catalog does not describe
        return benchmark


def _providers(model: Model, catalog: Catalog | None) -> list[str]:
    return provider_labels([(r.provider if catalog is None else catalog.provider_name(r.provider),
                             r.provider_model_id) for r in model.routes])


def _route_cells(model: Model, route: ProviderRoute, tiered: bool,
                 provider: str, on: dt.date) -> tuple[Cell, ...]:
    row: tuple[Cell, ...] = (
        provider, cells.price(route.input), cells.price(route.output),
        cells.route_window(model.route_context(route), route),  # the model's, marked (P5)
        cells.route_status(route, on, dated=True),
        fmt.date(route.checked))
    return (*row, cells.tiers(route)) if tiered else row


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
    rows = tuple([
        (m.id, m.name,
         UNSOURCED if m.parameters_b is None else fmt.params(m.parameters_b),
         cells.context(m.context_window),
         UNSOURCED if m.released is None else fmt.date(m.released),
         m.license or UNSOURCED, str(len(m.routes)))
        for m in models[:limit]])
    blocks.append(Table("Models", ("Id", "Name", "Parameters", "Context", "Released", "License",
                                   "Routes"), rows, numeric=(6,)))
    if len(models) > limit:
        blocks.append(Para(f"Showing the first {limit:,} of {len(models):,} models."))
    return blocks
