"""One model as ``phicompare show`` prints it: facts, capabilities, scores, routes, sources."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from typing import TextIO

from phicompare.analysis.listed import listing_routes, maker_word
from phicompare.analysis.recorded import recorded_capabilities
from phicompare.catalog.index import Catalog
from phicompare.domain.capabilities import Capability
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model
from phicompare.narrative import format as fmt
from phicompare.render import cells
from phicompare.render.catalog_pages import NONE_RECORDED, capability_cell
from phicompare.render.tables import provider_labels
from phicompare.safe import one_line

from .columns import MIN_CELL, fit, window_fact

__all__ = ["show_model", "tiers_note"]


def _unknown(value: object) -> str:
    return "not yet sourced" if value is None else str(value)


def _facts(model: Model) -> list[tuple[str, object]]:
    return [
        ("Vendor", model.vendor and cells.vendor(model.vendor, inferred=model.vendor_inferred)),
        ("Family", model.family),
        ("Aliases", ", ".join(model.aliases) or None),
        ("Released", model.released.isoformat() if model.released else None),
        ("Parameters", fmt.params(model.parameters_b) if model.parameters_b is not None else None),
        ("Architecture", model.architecture),
        ("Context window", None if model.context_window is None
         else window_fact(model.context_window)),
        # an input limit below the window, where its maker sets one (review 12, L1)
        *([("Max input", window_fact(model.max_input_tokens))]
          if model.max_input_tokens is not None else []),
        ("Max output", None if model.max_output_tokens is None
         else window_fact(model.max_output_tokens)),
        ("License", model.license),
        ("Open weights", None if model.open_weights is None else
         ("yes" if model.open_weights else "no")),
        ("Knowledge cutoff", model.knowledge_cutoff),
        ("Input", ", ".join(model.input_modalities) or None),
        ("Output", ", ".join(model.output_modalities) or None),
        ("Checked", model.checked.isoformat() if model.checked else None),
    ]


def tiers_note(routes: Sequence[ProviderRoute], providers: Sequence[str]) -> str:
    """The routes' long-context tiers, said once for the routes that list the same ones."""
    listed: dict[str, list[str]] = {}
    for route, provider in zip(routes, providers, strict=True):
        if route.tiers:
            listed.setdefault(cells.tiers(route), []).append(provider)
    said = [f"{text} on {fmt.join_words(names)}" for text, names in listed.items()]
    if (others := sum(1 for r in routes if not r.tiers)):
        many = fmt.count_word(others) if others < 10 else f"{others:,}"  # "two", not "2": G17
        said.append("none listed on the other " + ("route" if others == 1 else f"{many} routes"))
    return "Long-context tiers (input tokens): " + "; ".join(said) + "."


def show_model(model: Model, catalog: Catalog, width: int, out: TextIO,
               routes: tuple[ProviderRoute, ...]) -> None:
    """Write ``model`` to ``out`` at ``width``, its routes those ``routes`` keep (the filters)."""
    out.write(one_line(f"{model.name} ({model.id})") + "\n")
    facts = _facts(model)
    label = max(len(k) for k, _ in facts)
    room = max(width - label - 4, MIN_CELL)
    for key, value in facts:
        text = one_line(_unknown(value))
        out.write(f"  {key.ljust(label)}  {text if len(text) <= room else text[:room - 1] + '…'}\n")
    listings = listing_routes(model, catalog)
    said = recorded_capabilities([model])  # one no record of it sets is left out (review 18, P4)
    own = maker_word(model, catalog)  # its maker's listings' flags are its own (review 19, P5)
    out.write(textwrap.fill("Capabilities: " + ("; ".join(
        f"{c.label} {capability_cell(own, c, routes, listings)}" for c in Capability
        if c in said) or NONE_RECORDED),
        width=max(width, 20),
        initial_indent="  ", subsequent_indent="    ") + "\n")
    if model.scores:
        out.write("\nBenchmarks\n")
        rows = [["benchmark", "score", "setting", "source"]]
        for s, setting in cells.runs(model.scores):  # a benchmark's runs told apart (P6)
            try:
                name = catalog.benchmark(s.benchmark).label
            except KeyError:
                name = s.benchmark
            rows.append([name, fmt.points(s.score), setting, s.source or "?"])
        out.write("".join(line + "\n" for line in fit(rows, width, first=(3, 2))))
    if routes:
        caption = ("" if len(routes) == len(model.routes) else
                   f"; {len(routes)} of {len(model.routes)}, by --provider/--exclude-provider")
        out.write(f"\nRoutes (USD per 1M tokens{caption})\n")
        rows = [["provider", "input", "output", "context", "status", "checked"]]
        today = dt.date.today()
        providers = provider_labels([(catalog.provider_name(r.provider), r.provider_model_id)
                                     for r in routes])
        for r, provider in zip(routes, providers, strict=True):
            context = model.route_context(r)
            rows.append([
                provider,
                fmt.price(r.input) if r.input is not None else "no price",
                fmt.price(r.output) if r.output is not None else "no price",
                # to the token: 1,048,576 and 1,000,000 both read "1M" short; a window the
                # route does not list is the model's, marked (review 22, P5)
                "?" if context is None else fmt.exact_tokens(context)
                + ("" if r.context_window is not None else ", the model's"),
                # as the site's model pages; a price of a dated history says from when (review
                # 24, P1: two rows of one route, $2/$10 and $3/$15, read alike)
                cells.route_status(r, today, dated=True) + (
                    f"; price from {r.effective_from.isoformat()}" if r.effective_from else ""),
                r.checked.isoformat(),
            ])
        out.write("".join(line + "\n" for line in fit(rows, width)))
        if any(r.tiers for r in routes):
            out.write(textwrap.fill(tiers_note(routes, providers), width=max(width, 20),
                                    subsequent_indent="  ") + "\n")
    elif model.routes:
        out.write(f"\nNo route of the model's {len(model.routes)} is left by "
                  "--provider/--exclude-provider.\n")
    # a source only left-out routes cite is listed apart, under a heading saying so (review 8,
    # G20); the record cites it too, so it is not dropped (a fact may rest on it)
    left_out = {r.source for r in model.routes if r not in routes} - {r.source for r in routes}
    shown = [s for s in model.sources if s not in left_out]
    apart = [s for s in model.sources if s in left_out]
    if shown:
        out.write("\nSources\n" + "".join(f"  {one_line(s)}\n" for s in shown))
    if apart:
        heading = ("Sources of routes --provider/--exclude-provider leave out (the model's "
                   "record cites them too)")
        out.write("\n" + textwrap.fill(heading, width=max(width, 20)) + "\n"
                  + "".join(f"  {one_line(s)}\n" for s in apart))
