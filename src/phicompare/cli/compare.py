"""``phicompare A B [C ...]``: compare models and print, or write, the comparison."""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from phicompare.exceptions import PlotError, quoted
from phicompare.render.page import BRIEF, SECTIONS

from .given import parse_date
from .needs import providers_of, refuse_unrecorded
from .options import (
    EXIT_OK,
    MAX_TERMINAL_WIDTH,
    TRAFFIC_FORMS,
    Parser,
    UsageError,
    add_catalog_options,
    add_provider_options,
    attach_values,
    bounded,
    emit,
    load_catalogs,
    raw_stream,
    refuse_empty,
    version,
    write_for,
)
from .workload import add_comparison_options, comparison_options

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison
    from phicompare.catalog.index import Catalog

__all__ = ["FORMATS", "MAX_TERMINAL_WIDTH", "cmd_compare", "compare_parser", "emit"]

MAX_WIDTH = 1000
"""The widest ``--width`` accepted."""

FORMATS = {"text": "text", "txt": "text", "md": "md", "markdown": "md", "html": "html",
           "json": "json"}
_SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json",
             ".txt": "text"}

_COMPARE_EPILOG = """\
examples:
  phicompare phi-2 phi-4-mini
  phicompare phi-2 phi-4-mini --traffic 10000/day@2000:500 --blend 3:1
  phicompare phi-4-mini llama-3.2-3b --requires structured_outputs --format md -o page.md
  phicompare phi-2 phi-4-mini --exclude-provider openrouter
  phicompare phi-2 phi-4-mini --catalog my-models/ --catalog models-dev:path/to/models.dev

other commands:
  list       the catalog's models with price and context; filters and sort keys
  show       one model's facts, benchmark scores and routes
  validate   check catalog files (--bundled: over the bundled catalog); exit 1 if any problem
  audit      where imported sources disagree: a per-field summary, then model by model
  pick       the models that meet requirements, cheapest first, with reasons
  all        a page for every pair of the catalog (--out DIR, --jobs N)
  site       a static site: index, model pages, pair pages, linked (--out DIR)

Run `phicompare COMMAND --help` for a command's options. Errors print one line and exit 2.
"""


def compare_parser() -> Parser:
    """The parser of ``phicompare [compare] MODEL MODEL ...``, whose help is the command's."""
    parser = Parser(
        prog="phicompare",
        usage="phicompare [compare] MODEL MODEL [MODEL ...] [options]\n"
              "       phicompare {list,show,validate,audit,pick,all,site} ...",
        description="Compare two or more language models from sourced data: specs,\n"
                    "capabilities, benchmarks with 95% intervals, routes and prices, monthly\n"
                    "cost at your traffic, switch friction, and a verdict.",
        epilog=_COMPARE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=version())
    parser.add_argument("models", nargs="+", metavar="MODEL",
                        help="model ids or aliases, any case (phi-2, 'Phi 4 Mini')")
    out = parser.add_argument_group("output")
    out.add_argument("--format", "-f", choices=sorted(FORMATS), metavar="FORMAT",
                     help="text (for a terminal), md (Markdown), html (a standalone page) or "
                          "json (the facts and the narrative); default: from the --output "
                          "suffix, else text")
    out.add_argument("--output", "-o", metavar="FILE",
                     help="write to FILE (UTF-8) instead of standard output")
    out.add_argument("--width", type=int, metavar="COLUMNS",
                     help="text width (default: the terminal's, at most 120; else 80)")
    pick = out.add_mutually_exclusive_group()
    pick.add_argument("--sections", metavar="LIST",
                      help="only these sections, comma-separated: " + ", ".join(SECTIONS)
                           + " (text, md and html)")
    pick.add_argument("--brief", action="store_true",
                      help="a brief page: " + ", ".join(BRIEF))
    out.add_argument("--plot", metavar="FILE",
                     help="also write a PNG of cost against traffic and of benchmark scores with "
                          "their 95%% intervals (needs the plot extra: pip install "
                          "'phicompare[plot]')")
    work = parser.add_argument_group("workload")
    work.add_argument("--traffic", metavar="SPEC",
                      help=f"{TRAFFIC_FORMS}; K, M and B suffixes; default 800M:250M")
    add_comparison_options(work)  # the shares, blend, requirements, free tiers, materiality
    work.add_argument("--as-of", metavar="DATE",
                      help="the comparison's date, e.g. 2026-01-31 (default today): the models "
                      "released by then, and the prices in force then where the data dates "
                      "them (else the latest checked price and status)")
    add_provider_options(work)
    data = parser.add_argument_group("data")
    add_catalog_options(data)
    return parser


def _format_of(args: argparse.Namespace) -> str:
    if args.format:
        return FORMATS[args.format]
    if args.output:
        return _SUFFIXES.get(Path(args.output).suffix.lower(), "text")
    return "text"


def _width(args: argparse.Namespace, out: TextIO) -> int:
    if args.width is not None:
        return bounded(args.width, "--width", 1, MAX_WIDTH)
    if args.output is None and raw_stream(out) is sys.stdout and out.isatty():
        return min(shutil.get_terminal_size((80, 24)).columns, MAX_TERMINAL_WIDTH)
    return 80


def cmd_compare(argv: Sequence[str], out: TextIO) -> int:
    """Compare models and print (or write) the comparison."""
    from phicompare.analysis.compare import compare  # noqa: PLC0415

    args = compare_parser().parse_intermixed_args(attach_values(argv))
    refuse_empty("--plot", args.plot)  # before any work (API review 15, A1)
    refuse_empty("--output", args.output)
    if len(args.models) < 2:
        # an unknown name is that mistake, not the count: `phicompare lst` (review 30, F6)
        load_catalogs(args.catalog, args.prefer).model(args.models[0])
        msg = (f"a comparison needs two or more models, got only {args.models[0]!r} "
               f"(`phicompare show {args.models[0]}` shows one model)")
        raise UsageError(msg)
    workload = comparison_options(args)  # each bad value names its option (cli.workload)
    kind = _format_of(args)
    width = _width(args, out)
    sections = _sections(args, kind)
    catalog = load_catalogs(args.catalog, args.prefer)
    allowed, excluded = providers_of(catalog, args)  # each error names its option (A10)
    comparison = compare(
        *args.models, catalog=catalog, as_of=None if args.as_of is None else parse_date(args.as_of),
        providers=None if allowed is None else sorted(allowed),
        exclude_providers=sorted(excluded), route_policy=args.route_policy, **workload)
    _refuse_unrecorded(comparison, catalog, workload.get("requires", ()))
    text = _render(comparison, kind, width, sections)
    if args.plot:
        write_for("--plot", args.plot, lambda path: _plot(comparison, path))
    if args.output and args.output != "-":
        write_for("--output", args.output,
                  lambda path: Path(path).write_text(text, encoding="utf-8"))
    else:
        emit(text, out)
    return EXIT_OK


def _refuse_unrecorded(comparison: Comparison, catalog: Catalog,
                       requires: Sequence[str]) -> None:
    """One line, no page, for a required capability no record of the catalog sets.

    Review 18, P4; the catalog is read whole only when no record on the page sets it.
    """
    from phicompare.analysis.recorded import recorded_capabilities  # noqa: PLC0415
    from phicompare.domain.capabilities import Capability  # noqa: PLC0415

    on_page = recorded_capabilities(comparison.models)
    if any(Capability.parse(name) not in on_page for name in requires):
        refuse_unrecorded("--requires", requires, catalog.models)


def _sections(args: argparse.Namespace, kind: str) -> tuple[str, ...] | None:
    """The sections asked for with ``--sections`` or ``--brief``; ``None`` for the whole page."""
    if args.brief:
        asked: tuple[str, ...] = BRIEF
    elif args.sections is not None:
        asked = tuple(name.strip() for name in args.sections.split(",") if name.strip())
        unknown = [name for name in asked if name not in SECTIONS]
        if unknown or not asked:
            msg = (f"--sections: unknown section {quoted(unknown[0])}" if unknown else
                   "--sections: no section named") + f"; sections: {', '.join(SECTIONS)}"
            raise UsageError(msg)
    else:
        return None
    if kind == "json":
        msg = "--sections and --brief shape a page (text, md or html); json holds every fact"
        raise UsageError(msg)
    return asked


def _render(comparison: Comparison, kind: str, width: int,
            sections: tuple[str, ...] | None = None) -> str:
    if kind == "md":
        from phicompare.render.markdown import render_markdown  # noqa: PLC0415

        return render_markdown(comparison, sections=sections)
    if kind == "html":
        from phicompare.render.html import render_html  # noqa: PLC0415

        return render_html(comparison, sections=sections)
    if kind == "json":
        from phicompare.render.json import render_json  # noqa: PLC0415

        return render_json(comparison)
    from phicompare.render.text import render_text  # noqa: PLC0415

    return render_text(comparison, width, sections=sections)


def _plot(comparison: Comparison, path: str) -> None:
    from phicompare.render.plot import plot_overview  # noqa: PLC0415

    try:
        figure = plot_overview(comparison)
    except PlotError as exc:
        raise UsageError(f"--plot: {exc}") from None
    figure.savefig(path, format="png", dpi=110)


