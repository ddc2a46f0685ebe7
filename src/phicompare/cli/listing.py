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
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, TextIO

import attrs

from phicompare.catalog.index import Catalog
from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model, RoutePolicy
from phicompare.narrative import format as fmt

from .columns import fit, window
from .given import names_of
from .needs import naming, parse_tokens, providers_of, refuse_unrecorded, vendor_ids
from .options import (
    EXIT_OK,
    UsageError,
    add_provider_filters,
    add_route_policy_option,
    bounded,
    load_catalogs,
    raw_stream,
    shown,
)

__all__ = ["SORT_KEYS", "cheapest_route", "cmd_list", "cmd_show", "fit", "list_parser_options",
           "resold_price"]

SORT_KEYS = ("family", "id", "name", "price", "context", "released")
"""``list --sort`` keys. ``price`` is cheapest first, ``context`` and ``released`` largest and
newest first; unknown values sort last."""

MAX_WIDTH = 1000
_FAR = dt.date(9999, 1, 1)


def cheapest_route(model: Model, catalog: Catalog, day: dt.date | None = None,
                   policy: RoutePolicy = RoutePolicy.MAKER_FIRST) -> ProviderRoute | None:
    """The route the model's bill is on at the default traffic, or ``None``: the list's prices.

    The route :func:`~phicompare.estimate` and a comparison bill (review 8, G4; API review 14,
    A2: :func:`~phicompare.analysis.estimate.billed_routes`): priced, in force and in service on
    ``day`` (default today), not deprecated and not a free tier; the cheapest at 800M input and
    250M output tokens a month, an exact tie going first to a route not retiring within 90 days
    of ``day``, then to a price checked within 180 days of it, then to the maker's, then a major
    cloud's route; under the default route policy a closed-weight model's routes from its maker
    or a major cloud or platform, when it has any (``docs/cost-model.md``).

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> sonnet = catalog.model("claude-sonnet-4-5")  # (Anthropic's retires on 2026-11-30)
        >>> cheapest_route(sonnet, catalog, dt.date(2026, 8, 31)).provider
        'anthropic'
        >>> cheapest_route(sonnet, catalog, dt.date(2026, 11, 29)).provider  # within 90 days
        'aws-bedrock'
        >>> cheapest_route(sonnet, catalog, dt.date(2026, 12, 1)).provider  # Anthropic retired it
        'aws-bedrock'
        >>> gpt_4o = catalog.model("gpt-4o")  # (Foundry ties: A2; OpenAI's retires 2027-01-14)
        >>> cheapest_route(gpt_4o, catalog, dt.date(2026, 10, 1)).provider
        'openai'
    """
    from phicompare.analysis.estimate import cost_of, make_terms  # noqa: PLC0415

    terms = make_terms(catalog, traffic=None, requires=(), include_free=False, as_of=day,
                       blend=None, providers=None, exclude_providers=(), route_policy=policy)
    return cost_of(model, catalog, terms).route


def resold_price(model: Model, route: ProviderRoute | None, catalog: Catalog) -> bool:
    """Whether ``route``'s price is a reseller's listing of a closed-weight model.

    Neither its maker's nor a major cloud's or platform's: under ``--route-policy cheapest`` it
    may be far below the maker's price, and the list marks it as the pages name it (review 9,
    H9).
    """
    from phicompare.analysis.estimate import reseller_listing  # noqa: PLC0415

    return reseller_listing(model, route, catalog)


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


def _tracked(model: Model) -> int:
    """How many routes a page of ``model`` today tracks: those in force, a price history once.

    ``len(model.routes)`` counted each price period of a route: o3 listed 30 routes while its
    page said "17 routes tracked" (review 55, #4).
    """
    from phicompare.analysis.cost import current_routes  # noqa: PLC0415

    return len(current_routes(model.routes, dt.date.today()))


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
    """The capabilities ``--capability`` names, spelled as ``--requires`` takes them.

    Any case, with spaces, dashes or underscores ("structured outputs", "Function-Calling"):
    one rule with ``compare(requires=...)`` (:meth:`Capability.parse`; API review 14's notes).

    Examples:
        >>> _capabilities(["structured outputs", "Vision,function-calling"])
        [<Capability.STRUCTURED_OUTPUTS: 'structured_outputs'>, \
<Capability.VISION: 'vision'>, <Capability.FUNCTION_CALLING: 'function_calling'>]
    """
    return [_capability(name) for name in names_of(names, "--capability")]


def _capability(name: str) -> Capability:
    """A capability ``--capability`` names, with ``--requires``' line for an unknown one.

    Examples:
        >>> try:
        ...     _capability("vison")
        ... except UsageError as exc:
        ...     print(exc)
        --capability: unknown capability 'vison'; did you mean 'vision'?
    """
    with naming("--capability"):  # the closest name, as --requires says (review 29, F12)
        return Capability.parse(name)


_Row = tuple[Model, "ProviderRoute | None"]


def _selected(catalog: Catalog, args: argparse.Namespace) -> tuple[list[_Row], int]:
    """The rows the filters keep, sorted, and how many models ``--capability`` alone left out.

    Those are models whose routes alone offer what they do not document (review 8, G5).
    """
    given = names_of(args.vendor, "--vendor", commas=False)  # "": an unset variable (P5)
    vendors = {v.casefold() for v in given}
    needs = _capabilities(args.capability or ())
    if needs:
        refuse_unrecorded("--capability", [c.value for c in needs], catalog.models)
    max_price = None if args.max_price is None else _price(args.max_price)
    min_context = None if args.min_context is None else parse_tokens(args.min_context)
    rows = []
    offered = 0
    from phicompare.analysis.estimate import cost_of, make_terms  # noqa: PLC0415

    # the bill of billed_routes (A2), worked out only for the models the other filters keep
    terms = make_terms(catalog, traffic=None, requires=(), include_free=False, as_of=None,
                       blend=None, providers=None, exclude_providers=(),
                       route_policy=RoutePolicy(args.route_policy))
    for model in _of_vendors(catalog, vendors, given):
        if any(model.support(c) is not Support.YES for c in needs):
            continue
        # the model's own word: a route's offer is not the model's feature (design rule 6)
        routes_alone = any(model.capabilities.flag(c) is not True for c in needs)
        if min_context is not None and (model.context_window is None
                                        or model.context_window < min_context):
            continue
        if args.open_weights and model.open_weights is not True:
            continue
        route = cost_of(model, catalog, terms).estimate.route
        if max_price is not None and (route is None or route.input is None
                                      or route.input > max_price):
            continue
        if routes_alone:
            offered += 1
            continue
        rows.append((model, route))
    return sorted(rows, key=_sort_key(args.sort)), offered


def _of_vendors(catalog: Catalog, vendors: set[str], given: list[str]) -> Sequence[Model]:
    """The catalog's models of ``vendors`` (casefolded; none: every model), in catalog order.

    The bundled index names each model's vendor, so only those models' files are read (review
    24: ``list --vendor`` had read all 907). A vendor with no model is a usage error, as for
    ``all`` and ``site`` (A10).
    """
    if not vendors:
        return catalog.models
    shelf = catalog.shelf
    if shelf is not None:
        ids = [row.id for row in shelf.rows if (row.vendor or "").casefold() in vendors]
        if ids:
            return [shelf.model(i) for i in ids]
    vendor_ids(catalog, given)  # (raises, naming the closest vendors, where none is found)
    return [m for m in catalog if (m.vendor or "").casefold() in vendors]


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
    nones = guesses = sold = histories = 0
    for m, route in selected:
        tracked = _tracked(m)
        histories += tracked != len(m.routes)
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
            str(tracked),
        ])
    for line in fit(rows, _width(args, out), first=(1, 2), keep=(0,)):
        out.write(line + "\n")
    out.write(f"{fmt.plural(len(selected), 'model')} of {len(catalog):,}; prices are the "
              "cheapest route's in service that is not deprecated and not a free tier (the route "
              "a comparison bills at the default traffic), USD per 1M tokens; "
              + ("'none': no such route is priced; " if nones else "")
              + ("context windows in thousands (K) or millions (M) of tokens, to one decimal "
                 "(two where one is over 2% off; exact: phicompare show); "
                 if any(m.context_window is not None and m.context_window >= 1000
                        for m, _ in selected) else "")
              + ("routes: those in force today, a price history once, as a page counts them; "
                 if histories else "")
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
    from phicompare.analysis.cost import money_text  # noqa: PLC0415

    def money(value: Decimal | None) -> str | None:  # (to the cent at least, as show: A2)
        return None if value is None else money_text(value)

    return {
        "id": m.id, "name": m.name, "vendor": m.vendor, "vendor_inferred": m.vendor_inferred,
        "family": m.family,
        "parameters_b": None if m.parameters_b is None else str(m.parameters_b),
        "context_window": m.context_window,
        "released": m.released.isoformat() if m.released else None, "license": m.license,
        "open_weights": m.open_weights, "routes": _tracked(m),
        "priced_routes_left_out": _left_out(m),
        "cheapest": None if route is None else {
            "provider": route.provider, "provider_name": catalog.provider_name(route.provider),
            "input": money(route.input), "output": money(route.output),
            "reseller_listing": resold_price(m, route, catalog)},
    }


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    """Print one model's facts, scores and routes (or the model as JSON)."""
    catalog = load_catalogs(args.catalog, args.prefer)
    model = catalog.model(args.model)
    allowed, excluded = providers_of(catalog, args)  # each error names its option (A10)
    routes = tuple(r for r in model.routes if r.provider not in excluded
                   and (allowed is None or r.provider in allowed))
    if args.format == "json":
        from phicompare.render.serialize import unstructure  # noqa: PLC0415

        shown_model = model if routes == model.routes else attrs.evolve(model, routes=routes)
        data = unstructure(shown_model)
        for key in ("input_modalities", "output_modalities"):  # none given is unknown, as a
            data[key] = data[key] or None  # capability's null says, not [] (API review 15)
        out.write(json.dumps(data, indent=2) + "\n")
        return EXIT_OK
    from .model_view import show_model  # noqa: PLC0415 - show's renderer, not list's

    show_model(model, catalog, _width(args, out), out, routes)
    return EXIT_OK
