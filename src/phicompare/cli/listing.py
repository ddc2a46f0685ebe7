"""``phicompare list`` and ``phicompare show``: the catalog's models as a table, one model in full.

Both fit the terminal (or ``--width``; piped or redirected, nothing is cut), print JSON with
``--format json``, and pass every cell through the output boundary
(:func:`phicompare.safe.one_line`). ``list`` filters by vendor, capability, input price, context
window and open weights, and sorts by id, name, price, context or release date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import textwrap
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, TextIO

import attrs

from phicompare.analysis.routes import provider_filter
from phicompare.catalog.index import Catalog
from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model, ProviderTier, RoutePolicy
from phicompare.narrative import format as fmt
from phicompare.narrative.window_forms import column_form
from phicompare.render import cells
from phicompare.render.catalog_pages import capability_cell
from phicompare.render.tables import provider_labels
from phicompare.safe import one_line

from .options import (
    EXIT_OK,
    UsageError,
    add_provider_filters,
    add_route_policy_option,
    bounded,
    load_catalogs,
    parse_count,
    provider_names,
    raw_stream,
    shown,
)

__all__ = ["SORT_KEYS", "cheapest_route", "cmd_list", "cmd_show", "fit", "list_parser_options",
           "resold_price"]

SORT_KEYS = ("family", "id", "name", "price", "context", "released")
"""``list --sort`` keys. ``price`` is cheapest first, ``context`` and ``released`` largest and
newest first; unknown values sort last."""

MAX_WIDTH = 1000
_MIN_CELL = 6
_FAR = dt.date(9999, 1, 1)


def cheapest_route(model: Model, catalog: Catalog, day: dt.date | None = None,
                   policy: RoutePolicy = RoutePolicy.MAKER_FIRST) -> ProviderRoute | None:
    """The model's route with the lowest input price (then output, then provider), or ``None``.

    Only the routes a comparison's estimate may bill count (review 8, G4): both prices known, in
    force and in service on ``day`` (default today), not deprecated and not a free tier
    (:func:`~phicompare.analysis.cost.route_eligibility`); under the default route policy a
    closed-weight model's routes from its maker or a major cloud or platform, when it has any,
    as on a comparison's page (``docs/cost-model.md``).

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> cheapest_route(catalog.model("claude-sonnet-4-5"), catalog).provider
        'anthropic'
        >>> cheapest_route(catalog.model("phi-4-mini"), catalog).input is not None
        True
    """
    from phicompare.analysis.routes import tier_rank  # noqa: PLC0415

    priced = _billable(model, day or dt.date.today())
    if policy is RoutePolicy.MAKER_FIRST and model.open_weights is False:
        trusted = [r for r in priced
                   if tier_rank(catalog, model, r.provider) <= ProviderTier.CLOUD.rank]
        priced = trusted or priced
    return min(priced, key=lambda r: (r.input, r.output, r.provider), default=None)


def resold_price(model: Model, route: ProviderRoute | None, catalog: Catalog) -> bool:
    """Whether ``route``'s price is a reseller's listing of a closed-weight model.

    Neither its maker's nor a major cloud's or platform's: under ``--route-policy cheapest`` it
    may be far below the maker's price, and the list marks it as the pages name it (review 9,
    H9).
    """
    from phicompare.analysis.routes import tier_rank  # noqa: PLC0415

    return (route is not None and model.open_weights is False
            and tier_rank(catalog, model, route.provider) > ProviderTier.CLOUD.rank)


def _billable(model: Model, day: dt.date) -> list[ProviderRoute]:
    """The model's routes a comparison's estimate could bill on ``day``, at any traffic."""
    from phicompare.analysis.cost import current_routes, route_eligibility  # noqa: PLC0415
    from phicompare.analysis.traffic import Traffic  # noqa: PLC0415

    traffic = Traffic()  # no request size: only the route's own state decides
    return [r for r in current_routes(model.routes, day)
            if route_eligibility(model, r, traffic, frozenset(), include_free=False,
                                 day=day) is None]


def _left_out(model: Model) -> int:
    """How many of the model's priced routes in force no bill may use (deprecated, free, ...)."""
    from phicompare.analysis.cost import current_routes  # noqa: PLC0415

    day = dt.date.today()
    return sum(r.is_priced for r in current_routes(model.routes, day)) - len(
        _billable(model, day))


def fit(rows: list[list[str]], width: int, first: Sequence[int] = (),
        keep: Sequence[int] = ()) -> list[str]:
    """``rows`` (a header first) as table lines at most ``width`` columns wide.

    Cells pass the output boundary. Until the table fits, the widest of the ``first`` columns is
    cut (its cells end in ``…``), then the widest of the others, and a ``keep`` column only
    last (a model id is typed back into commands); none below six characters.

    Examples:
        >>> fit([["id", "name"], ["phi-2", "A very long name indeed"]], 20)
        ['id     name', '-----  -------------', 'phi-2  A very long …']
    """
    cells = [[one_line(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]
    others = [i for i in range(len(widths)) if i not in keep]
    for group in (list(first), others, list(keep)):
        while group and sum(widths) + 2 * (len(widths) - 1) > width:
            widest = max(group, key=lambda i: widths[i])
            if widths[widest] <= _MIN_CELL:
                break
            widths[widest] -= 1
    lines = []
    for n, row in enumerate(cells):
        cut = [c if len(c) <= w else c[:w - 1] + "…" for c, w in zip(row, widths, strict=True)]
        lines.append("  ".join(c.ljust(w) for c, w in zip(cut, widths, strict=True)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _width(args: argparse.Namespace, out: TextIO) -> int:
    if args.width is not None:
        return bounded(args.width, "--width", 20, MAX_WIDTH)
    if raw_stream(out) is sys.stdout and out.isatty():
        return shutil.get_terminal_size((80, 24)).columns
    return MAX_WIDTH  # into a pipe or a file: whole cells, for grep, sort and spreadsheets


def list_parser_options(parser: argparse.ArgumentParser, *, listing: bool) -> None:
    """The output options of ``list`` and ``show``, and ``list``'s filters and sort keys."""
    parser.add_argument("--format", "-f", choices=("text", "json"), default="text",
                        help="text (a table fitted to the terminal) or json")
    parser.add_argument("--width", type=int, metavar="COLUMNS",
                        help="table width (default: the terminal's; piped or redirected, "
                             "no limit)")
    if not listing:
        add_provider_filters(parser, "list only", "leave out")
        return
    parser.add_argument("--vendor", action="append", metavar="VENDOR",
                        help="only models of this vendor, any case (repeatable)")
    parser.add_argument("--capability", action="append", metavar="CAPABILITY",
                        help="only models that document it, not those some of whose routes "
                             "alone offer it (repeatable): "
                             + ", ".join(c.value for c in Capability))
    parser.add_argument("--max-price", metavar="USD",
                        help="only models whose listed input price (a route in service, not "
                             "deprecated, not a free tier) is at most USD per 1M tokens")
    parser.add_argument("--min-context", metavar="TOKENS",
                        help="only models whose context window is at least TOKENS (128K)")
    parser.add_argument("--open-weights", action="store_true", help="only open-weight models")
    add_route_policy_option(parser)
    parser.add_argument("--sort", choices=SORT_KEYS, default="family",
                        help="family (the default), id, name, price (cheapest first), context "
                             "(largest first) or released (newest first); unknown values last")


def _price(text: str) -> Decimal:
    try:
        value = Decimal(text.strip().lstrip("$"))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0:
        msg = f"--max-price: {shown(text)} is not a price in USD per 1M tokens, such as 0.5"
        raise UsageError(msg)
    return value


def _capabilities(names: Sequence[str]) -> list[Capability]:
    known = {c.value: c for c in Capability}
    found = []
    for item in names:
        for name in filter(None, (n.strip() for n in item.split(","))):
            key = name.lower().replace("-", "_")
            if key not in known:
                msg = f"--capability: {shown(name)} is not one of {', '.join(known)}"
                raise UsageError(msg)
            found.append(known[key])
    return found


_Row = tuple[Model, "ProviderRoute | None"]


def _selected(catalog: Catalog, args: argparse.Namespace) -> tuple[list[_Row], int]:
    """The rows the filters keep, sorted, and how many models ``--capability`` alone left out.

    Those are models whose routes alone offer what they do not document (review 8, G5).
    """
    vendors = {v.strip().casefold() for v in args.vendor or ()}
    needs = _capabilities(args.capability or ())
    max_price = None if args.max_price is None else _price(args.max_price)
    min_context = None if args.min_context is None else parse_count(args.min_context,
                                                                     "--min-context")
    rows = []
    offered = 0
    for model in catalog:
        route = cheapest_route(model, catalog, policy=RoutePolicy(args.route_policy))
        if vendors and (model.vendor or "").casefold() not in vendors:
            continue
        if any(model.support(c) is not Support.YES for c in needs):
            continue
        # the model's own word: a route's offer is not the model's feature (design rule 6)
        routes_alone = any(model.capabilities.flag(c) is not True for c in needs)
        if max_price is not None and (route is None or route.input is None
                                      or route.input > max_price):
            continue
        if min_context is not None and (model.context_window is None
                                        or model.context_window < min_context):
            continue
        if args.open_weights and model.open_weights is not True:
            continue
        if routes_alone:
            offered += 1
            continue
        rows.append((model, route))
    return sorted(rows, key=_sort_key(args.sort)), offered


def _sort_key(key: str) -> Any:
    def order(item: _Row) -> tuple[Any, ...]:
        m, route = item
        if key == "id":
            return (m.id.casefold(),)
        if key == "name":
            return (m.name.casefold(), m.id)
        if key == "price":
            if route is None:
                return (True, 0, 0, m.id)
            return (False, route.input, route.output, m.id)
        if key == "context":
            return (m.context_window is None, -(m.context_window or 0), m.id)
        if key == "released":
            return (m.released is None, -(m.released or _FAR).toordinal(), m.id)
        return (m.family or "", m.released or _FAR, m.id)
    return order


def _price_cell(value: Decimal | None) -> str:
    return "?" if value is None else fmt.price(value)


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    """Print the catalog's models (filtered and sorted) as a table or JSON."""
    catalog = load_catalogs(args.catalog, args.prefer)
    selected, offered = _selected(catalog, args)
    if args.format == "json":
        out.write(json.dumps([_list_entry(m, r, catalog) for m, r in selected], indent=2) + "\n")
        return EXIT_OK
    rows = [["id", "name", "vendor", "params", "context", "released", "in $/M", "out $/M",
             "routes"]]
    nones = guesses = sold = 0
    # to the token where short forms would read out of order (review 9, H16)
    window = column_form(m.context_window for m, _ in selected)
    for m, route in selected:
        guesses += m.vendor_inferred
        mark = "*" if resold_price(m, route, catalog) else ""
        sold += bool(mark)
        # priced only on routes no bill may use (review 8, G4): "none", not "not yet sourced"
        none = route is None and _left_out(m) > 0
        nones += none
        rows.append([
            m.id, m.name, f"{m.vendor} (inferred)" if m.vendor and m.vendor_inferred
            else m.vendor or "?",
            fmt.params(m.parameters_b) if m.parameters_b is not None else "?",
            window(m.context_window) if m.context_window is not None else "?",
            m.released.isoformat() if m.released else "?",
            "none" if none else _price_cell(route.input if route else None) + mark,
            "none" if none else _price_cell(route.output if route else None) + mark,
            str(len(m.routes)),
        ])
    for line in fit(rows, _width(args, out), first=(1, 2), keep=(0,)):
        out.write(line + "\n")
    out.write(f"{fmt.plural(len(selected), 'model')} of {len(catalog):,}; prices are the "
              "cheapest route's in service that is not deprecated and not a free tier, USD per "
              "1M tokens; " + ("'none': no such route is priced; " if nones else "")
              + ("context windows are written to the token where short forms would read out "
                 "of order; " if any("," in row[4] for row in rows[1:]) else "")
              + ("'*': a reseller's listing of a closed-weight model, not its maker's or a major "
                 "cloud's or platform's price (see phicompare show); " if sold else "")
              + ("'(inferred)': no source states the vendor, the model's id suggests it; "
                 if guesses else "") + "'?' is not yet sourced.\n")
    if offered:
        names = fmt.join_words([c.label.lower() for c in _capabilities(args.capability)], "or")
        out.write(f"Left out: {fmt.plural(offered, 'model')} for which routes alone offer "
                  f"{names}, not the model's own record (see phicompare show).\n")
    return EXIT_OK


def _list_entry(m: Model, route: ProviderRoute | None, catalog: Catalog) -> dict[str, Any]:
    def money(value: Decimal | None) -> str | None:
        return None if value is None else str(value)

    return {
        "id": m.id, "name": m.name, "vendor": m.vendor, "vendor_inferred": m.vendor_inferred,
        "family": m.family,
        "parameters_b": money(m.parameters_b), "context_window": m.context_window,
        "released": m.released.isoformat() if m.released else None, "license": m.license,
        "open_weights": m.open_weights, "routes": len(m.routes),
        "priced_routes_left_out": _left_out(m),
        "cheapest": None if route is None else {
            "provider": route.provider, "provider_name": catalog.provider_name(route.provider),
            "input": money(route.input), "output": money(route.output),
            "reseller_listing": resold_price(m, route, catalog)},
    }


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
        ("Context window", f"{fmt.tokens(model.context_window)} ({model.context_window:,} tokens)"
         if model.context_window is not None else None),
        ("Max output", fmt.tokens(model.max_output_tokens)
         if model.max_output_tokens is not None else None),
        ("License", model.license),
        ("Open weights", None if model.open_weights is None else
         ("yes" if model.open_weights else "no")),
        ("Knowledge cutoff", model.knowledge_cutoff),
        ("Input", ", ".join(model.input_modalities) or None),
        ("Output", ", ".join(model.output_modalities) or None),
        ("Checked", model.checked.isoformat() if model.checked else None),
    ]


def _tiers_note(routes: Sequence[ProviderRoute], providers: Sequence[str]) -> str:
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


def _route_status(route: ProviderRoute, today: dt.date) -> str:
    """A route's status in ``show``: as last checked, and its retirement where recorded.

    A route whose ``retires`` date has come reads "retired 2025-09-24", never its last status
    ("ga") alone, as a comparison's routes table reads "retired".

    Examples:
        >>> route = ProviderRoute(provider="p", source="https://x", checked=dt.date(2025, 1, 1),
        ...                       retires=dt.date(2025, 9, 24))
        >>> _route_status(route, dt.date(2025, 9, 1)), _route_status(route, dt.date(2025, 9, 24))
        ('ga, retires 2025-09-24', 'retired 2025-09-24')
    """
    if route.retires is None:
        return route.status.value
    if route.retired(today):
        return f"retired {route.retires.isoformat()}"
    return f"{route.status.value}, retires {route.retires.isoformat()}"


def _show_model(model: Model, catalog: Catalog, width: int, out: TextIO,
                routes: tuple[ProviderRoute, ...]) -> None:
    out.write(one_line(f"{model.name} ({model.id})") + "\n")
    facts = _facts(model)
    label = max(len(k) for k, _ in facts)
    room = max(width - label - 4, _MIN_CELL)
    for key, value in facts:
        text = one_line(_unknown(value))
        out.write(f"  {key.ljust(label)}  {text if len(text) <= room else text[:room - 1] + '…'}\n")
    out.write(textwrap.fill("Capabilities: " + "; ".join(
        f"{c.label} {capability_cell(model, c, routes)}" for c in Capability),
        width=max(width, 20),
        initial_indent="  ", subsequent_indent="    ") + "\n")
    if model.scores:
        out.write("\nBenchmarks\n")
        rows = [["benchmark", "score", "setting", "source"]]
        for s in model.scores:
            try:
                name = catalog.benchmark(s.benchmark).label
            except KeyError:
                name = s.benchmark
            rows.append([name, fmt.points(s.score), s.setting or "not stated", s.source or "?"])
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
                # to the token: 1,048,576 and 1,000,000 both read "1M" short
                fmt.exact_tokens(context) if context is not None else "?",
                _route_status(r, today),
                r.checked.isoformat(),
            ])
        out.write("".join(line + "\n" for line in fit(rows, width)))
        if any(r.tiers for r in routes):
            out.write(textwrap.fill(_tiers_note(routes, providers), width=max(width, 20),
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


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    """Print one model's facts, scores and routes (or the model as JSON)."""
    catalog = load_catalogs(args.catalog, args.prefer)
    model = catalog.model(args.model)
    allowed, excluded = provider_filter(catalog, provider_names(args.provider) or None,
                                        provider_names(args.exclude_provider))
    routes = tuple(r for r in model.routes if r.provider not in excluded
                   and (allowed is None or r.provider in allowed))
    if args.format == "json":
        from phicompare.render.serialize import unstructure  # noqa: PLC0415

        shown_model = model if routes == model.routes else attrs.evolve(model, routes=routes)
        out.write(json.dumps(unstructure(shown_model), indent=2) + "\n")
        return EXIT_OK
    _show_model(model, catalog, _width(args, out), out, routes)
    return EXIT_OK
