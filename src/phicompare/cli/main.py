"""The ``phicompare`` command line.

``phicompare A B [C ...]`` prints a comparison (``compare`` may be written first); ``list``,
``show``, ``validate`` and ``audit`` work on catalogs. User errors (unknown model, bad option,
broken catalog) print one line and exit with status 2, never a traceback. ``phicompare validate``
prints every problem, one per line, and exits 1 when there are any.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from phicompare.exceptions import CatalogError, PhicompareError, Problem, UnknownModelError
from phicompare.narrative import format as fmt
from phicompare.safe import for_terminal, one_line

from .listing import cmd_list, cmd_show, list_parser_options
from .options import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Parser,
    SafeOut,
    UsageError,
    add_catalog_options,
    attach_values,
    bounded,
    raw_stream,
    version,
)

__all__ = ["main"]



def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    """Validate catalog files; print every problem; exit 1 when there is any."""
    from phicompare.catalog.lint import MAX_AGE_LIMIT  # noqa: PLC0415 - validate's own
    from phicompare.catalog.loader import validate_paths  # noqa: PLC0415

    max_age = bounded(args.max_age, "--max-age", 0, MAX_AGE_LIMIT)
    problems = validate_paths(*args.paths, bundled=args.bundled, strict=args.strict,
                              max_age_days=max_age)  # (not the bundled files': review 27, P2)
    for problem in problems:  # (a file over the bundled catalog is told so once: review 34)
        out.write(f"{problem}\n")
    if args.bundled:  # a record that replaces a bundled one whole: a note, not a problem
        from phicompare.catalog.replaced import replaced_records  # noqa: PLC0415

        for note in replaced_records(*args.paths):
            out.write(f"note: {note}\n")
    if problems:
        sys.stderr.write(for_terminal(_summary(problems) + "\n"))
        return EXIT_PROBLEMS
    out.write(f"ok: {fmt.plural(len(args.paths), 'path')} valid\n")
    return EXIT_OK


def _summary(problems: list[Problem]) -> str:
    """``validate``'s last line: the problems, then what strict checks could not read.

    Examples:
        >>> from phicompare.catalog.loader import NOT_STRICT_CHECKED
        >>> from phicompare.exceptions import NO_VALUE
        >>> _summary([Problem("f.toml", "models[0].input", -1, "must not be negative"),
        ...           Problem("f.toml", "models[0]", NO_VALUE, NOT_STRICT_CHECKED)])
        'one problem found; one record not strict-checked: fix the problem and validate again'
    """
    from phicompare.catalog.loader import NOT_STRICT_CHECKED, UNPARSED  # noqa: PLC0415

    records = sum(p.message == NOT_STRICT_CHECKED for p in problems)
    files = sum(p.message == UNPARSED for p in problems)
    found = fmt.plural(len(problems) - records - files, "problem")
    skipped = [fmt.plural(n, what) for n, what in ((records, "record"), (files, "file")) if n]
    if not skipped:
        return f"{found} found"
    them = "the problem" if len(problems) - records - files == 1 else "the problems"
    return (f"{found} found; {' and '.join(skipped)} not strict-checked: fix {them} and "
            "validate again")


_COMMANDS: dict[str, tuple[Callable[[argparse.Namespace, TextIO], int], str]] = {
    "list": (cmd_list, "the catalog's models with price and context; filters, sort keys"),
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
    add_catalog_options(p)
    list_parser_options(p, listing=True)
    p = sub.add_parser("show", help=_COMMANDS["show"][1])
    p.add_argument("model", help="a model id or alias, e.g. phi-4-mini")
    add_catalog_options(p)
    list_parser_options(p, listing=False)
    p = sub.add_parser("validate", help=_COMMANDS["validate"][1])
    p.add_argument("paths", nargs="+", metavar="PATH", help="catalog files or folders")
    p.add_argument("--bundled", action="store_true",
                   help="check the files over the bundled catalog, as --catalog loads them: "
                        "they may name its providers and benchmarks, and their ids and aliases "
                        "must not clash with its own")
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
    if first is None or first in ("-h", "--help"):
        from .compare import compare_parser  # noqa: PLC0415 - (each command imports its own)

        compare_parser().print_help(out)
        return EXIT_USAGE if first is None else EXIT_OK
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
        parsed, extra = _parser().parse_known_args(attach_values(args))
        if extra:  # the subcommand's own help, not the compare command's (API review 15, A10)
            msg = f"unrecognized arguments: {' '.join(extra)} (see `phicompare {first} --help`)"
            raise UsageError(msg)
        return _COMMANDS[first][0](parsed, out)
    # a comparison's modules (its page renderers) only for a comparison: `list` and `pick`
    # need none of them (review 24)
    from .compare import cmd_compare  # noqa: PLC0415

    try:
        return cmd_compare(args[1:] if first == "compare" else args, out)
    except UnknownModelError as exc:  # `phicompare shwo phi-2`: a command mistyped, perhaps
        if exc.name != first or (command := _close_command(first)) is None:
            raise
        raise UsageError(_command_hint(exc, command)) from None
    except UsageError:  # `phicompare pik --limit 3`: the command's options refused (review 30)
        if first == "compare" or (command := _close_command(first)) is None or _a_model(first):
            raise
        raise UsageError(_command_hint(UnknownModelError(first), command)) from None


def _a_model(name: str) -> bool:
    """Whether ``name`` names a bundled model (the options naming other catalogs were refused).

    Examples:
        >>> _a_model("phi-2"), _a_model("pik")
        (True, False)
    """
    from phicompare import default_catalog  # noqa: PLC0415 - error path only

    return name in default_catalog()


_COMMAND_NAMES = ("all", "audit", "compare", "list", "pick", "show", "site", "validate")


def _close_command(name: str) -> str | None:
    """The command a first argument that names no model is closest to, if one is close.

    Examples:
        >>> _close_command("shwo"), _close_command("pik"), _close_command("phi-5")
        ('show', 'pick', None)
    """
    import difflib  # noqa: PLC0415 - error path only

    close = difflib.get_close_matches(name.lower(), _COMMAND_NAMES, n=1, cutoff=0.6)
    return close[0] if close else None


def _command_hint(exc: UnknownModelError, command: str) -> str:
    """An unknown first model's line that names the close command too (review 29, F12).

    Examples:
        >>> _command_hint(UnknownModelError("shwo"), "show")
        "unknown model 'shwo'; did you mean the command `phicompare show`?"
        >>> _command_hint(UnknownModelError("lsit", ("lsat",)), "list")
        "unknown model 'lsit'; did you mean the command `phicompare list`, or the model 'lsat'?"
    """
    models = f", or the model {_either(exc.suggestions)}" if exc.suggestions else ""
    return (f"unknown model {exc.name!r}; did you mean the command `phicompare {command}`"
            f"{models}?")


def _either(names: Sequence[str]) -> str:
    quoted = [repr(name) for name in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


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
        _error(_catalog_refused(exc.problems))
        return EXIT_USAGE
    except (PhicompareError, OSError) as exc:
        _error(_one_line(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _catalog_refused(problems: Sequence[Problem]) -> str:
    """A catalog's first problem, and where to read the rest: its files over the bundled catalog.

    Examples:
        >>> print(_catalog_refused([Problem("my files/a.toml", "models[0].id", "", "empty"),
        ...                         Problem("b.toml", "models[0].name", "", "empty")]))
        my files/a.toml: models[0].id = '': empty (and one more problem: see `phicompare \
validate --bundled 'my files/a.toml' b.toml`)
    """
    import shlex  # noqa: PLC0415 - the error path only

    more = len(problems) - 1
    if not more:
        return str(problems[0])
    files = list(dict.fromkeys(p.file for p in problems))
    named = " ".join(shlex.quote(f) for f in files[:3]) + " ..." * (len(files) > 3)
    return (f"{problems[0]} (and {fmt.plural(more, 'more problem')}: see "
            f"`phicompare validate --bundled {named}`)")


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
    if isinstance(exc, UnknownModelError) and not exc.suggestions:  # the command's own listing
        return f"unknown model {exc.name!r}; `phicompare list` shows the catalog"
    return " ".join(str(exc).split())
