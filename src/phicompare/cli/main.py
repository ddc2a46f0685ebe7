"""The ``phicompare`` command line.

``phicompare A B [C ...]`` prints a comparison (``compare`` may be written first); ``list``,
``show``, ``validate`` and ``audit`` work on catalogs. User errors (unknown model, bad option,
broken catalog) print one line and exit with status 2, never a traceback. ``phicompare validate``
prints every problem, one per line, and exits 1 when there are any.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from phicompare.catalog.index import Catalog
from phicompare.catalog.lint import MAX_AGE_LIMIT
from phicompare.catalog.loader import validate_paths
from phicompare.domain.capabilities import Capability
from phicompare.domain.records import Model
from phicompare.exceptions import CatalogError, PhicompareError
from phicompare.narrative import format as fmt
from phicompare.safe import for_terminal, one_line

from .compare import cmd_compare, compare_parser
from .options import (
    CATALOG_HELP,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Parser,
    SafeOut,
    UsageError,
    attach_values,
    bounded,
    load_catalogs,
    raw_stream,
    version,
)

__all__ = ["main"]



def _catalog(specs: Sequence[str] | None) -> Catalog:
    return load_catalogs(specs)


def _table(rows: list[list[str]], out: TextIO) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def _unknown(value: object) -> str:
    return "not yet sourced" if value is None else str(value)


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    """Print a table of the catalog's models."""
    catalog = _catalog(args.catalog)
    rows = [["id", "params", "context", "released", "license", "routes"]]
    for m in sorted(catalog, key=lambda m: (m.family or "", m.released or _FAR, m.id)):
        rows.append([
            m.id,
            fmt.params(m.parameters_b) if m.parameters_b is not None else "?",
            fmt.tokens(m.context_window) if m.context_window is not None else "?",
            m.released.isoformat() if m.released else "?",
            m.license or "?",
            str(len(m.routes)),
        ])
    _table(rows, out)
    out.write(f"{fmt.plural(len(catalog), 'model')}; '?' is not yet sourced.\n")
    return EXIT_OK


def _show_model(model: Model, catalog: Catalog, out: TextIO) -> None:
    out.write(f"{model.name} ({model.id})\n")
    facts = [
        ("Vendor", model.vendor),
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
    width = max(len(k) for k, _ in facts)
    for key, value in facts:
        out.write(f"  {key.ljust(width)}  {_unknown(value)}\n")
    out.write("  Capabilities: " + "; ".join(
        f"{c.label} {model.support(c).label}" for c in Capability) + "\n")
    if model.scores:
        out.write("\nBenchmarks\n")
        rows = [["benchmark", "score", "setting", "source"]]
        for s in model.scores:
            try:
                label = catalog.benchmark(s.benchmark).label
            except KeyError:
                label = s.benchmark
            rows.append([label, fmt.points(s.score), s.setting or "not stated", s.source or "?"])
        _table(rows, out)
    if model.routes:
        out.write("\nRoutes (USD per 1M tokens)\n")
        rows = [["provider", "input", "output", "context", "status", "checked"]]
        for r in model.routes:
            context = model.route_context(r)
            rows.append([
                catalog.provider_name(r.provider),
                fmt.price(r.input) if r.input is not None else "no price",
                fmt.price(r.output) if r.output is not None else "no price",
                fmt.tokens(context) if context is not None else "?",
                r.status.value,
                r.checked.isoformat(),
            ])
        _table(rows, out)
    if model.sources:
        out.write("\nSources\n" + "".join(f"  {s}\n" for s in model.sources))


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    """Print one model's facts, scores and routes."""
    catalog = _catalog(args.catalog)
    _show_model(catalog.model(args.model), catalog, out)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    """Validate catalog files; print every problem; exit 1 when there is any."""
    max_age = bounded(args.max_age, "--max-age", 0, MAX_AGE_LIMIT)
    problems = validate_paths(*args.paths, strict=args.strict, max_age_days=max_age)
    for problem in problems:
        out.write(f"{problem}\n")
    if problems:
        sys.stderr.write(for_terminal(f"{fmt.plural(len(problems), 'problem')} found\n"))
        return EXIT_PROBLEMS
    out.write(f"ok: {fmt.plural(len(args.paths), 'path')} valid\n")
    return EXIT_OK


_FAR = dt.date(9999, 1, 1)

_COMMANDS: dict[str, tuple[Callable[[argparse.Namespace, TextIO], int], str]] = {
    "list": (cmd_list, "a table of the catalog's models"),
    "show": (cmd_show, "one model's facts, benchmark scores and routes"),
    "validate": (cmd_validate, "check catalog files; list every problem; exit 1 if any"),
}


def _parser() -> Parser:
    parser = Parser(
        prog="phicompare",
        description="Compare language models side by side from sourced data.",
        epilog="Run `phicompare COMMAND --help` for a command's options.",
    )
    parser.add_argument("--version", action="version", version=version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    p = sub.add_parser("list", help=_COMMANDS["list"][1])
    p.add_argument("--catalog", action="append", metavar="SPEC", help=CATALOG_HELP)
    p = sub.add_parser("show", help=_COMMANDS["show"][1])
    p.add_argument("model", help="a model id or alias, e.g. phi-4-mini")
    p.add_argument("--catalog", action="append", metavar="SPEC", help=CATALOG_HELP)
    p = sub.add_parser("validate", help=_COMMANDS["validate"][1])
    p.add_argument("paths", nargs="+", metavar="PATH", help="catalog files or folders")
    p.add_argument("--strict", action="store_true",
                   help="also flag unsourced figures, stale checked dates, models without routes "
                        "or scores, and routes whose context exceeds the model's")
    p.add_argument("--max-age", type=int, default=365, metavar="DAYS",
                   help="with --strict: the oldest a checked date may be (default 365)")
    return parser


def cmd_audit(argv: Sequence[str], out: TextIO) -> int:
    """``phicompare audit SOURCE ...``: delegated to :mod:`phicompare.importers`."""
    try:
        from phicompare.importers import audit_main  # noqa: PLC0415
    except ImportError:  # pragma: no cover - a build without the importers
        msg = "audit needs phicompare.importers, which this installation lacks"
        raise UsageError(msg) from None
    try:
        return audit_main(list(argv), out)
    except SystemExit as exc:  # argparse inside audit_main: --help, or a usage error
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE


def _dispatch(args: list[str], out: TextIO) -> int:
    first = args[0] if args else None
    if first is None:
        compare_parser().print_help(out)
        return EXIT_USAGE
    if first in ("-h", "--help"):
        compare_parser().print_help(out)
        return EXIT_OK
    if first == "--version":
        out.write(version() + "\n")
        return EXIT_OK
    if first == "audit":
        return cmd_audit(args[1:], out)
    if first == "all":
        from .all import cmd_all  # noqa: PLC0415

        return cmd_all(args[1:], out)
    if first == "pick":
        from .pick import cmd_pick  # noqa: PLC0415

        return cmd_pick(args[1:], out)
    if first == "site":
        from .site import cmd_site  # noqa: PLC0415

        return cmd_site(args[1:], out)
    if first in _COMMANDS:
        parsed = _parser().parse_args(attach_values(args))
        return _COMMANDS[first][0](parsed, out)
    return cmd_compare(args[1:] if first == "compare" else args, out)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; return the exit status.

    Examples:
        >>> import io
        >>> main(["show", "no-such-model"], out=io.StringIO())
        2
        >>> buffer = io.StringIO()
        >>> main(["phi-2", "phi-4-mini", "--format", "md"], out=buffer)
        0
        >>> buffer.getvalue().splitlines()[0]
        '# Phi-2 vs Phi-4 Mini'
    """
    out = SafeOut(out or sys.stdout)
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(args_list, out)
    except SystemExit as exc:  # --help and --version print and exit 0
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except BrokenPipeError:  # `phicompare phi-2 phi-4-mini | head`: the reader left
        _silence_stdout(out)
        return EXIT_OK
    except CatalogError as exc:
        more = len(exc.problems) - 1
        tail = f" (and {fmt.plural(more, 'more problem')}: see `phicompare validate`)" * (more > 0)
        _error(f"{exc.problems[0]}{tail}")
        return EXIT_USAGE
    except (PhicompareError, OSError) as exc:
        _error(_one_line(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _silence_stdout(out: TextIO) -> None:
    """Point standard output at /dev/null, so flushing it at exit raises nothing more."""
    if raw_stream(out) is sys.stdout:
        import contextlib  # noqa: PLC0415
        import os  # noqa: PLC0415

        with contextlib.suppress(OSError, ValueError):  # no real file descriptor
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _error(message: str) -> None:
    """One line on standard error, through the output boundary."""
    sys.stderr.write(f"phicompare: {one_line(message)}\n")


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename is not None and exc.strerror:
        return f"{exc.strerror}: {exc.filename}"
    return " ".join(str(exc).split())
