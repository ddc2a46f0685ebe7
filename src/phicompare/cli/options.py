"""Command-line values as the comparison takes them: traffic, blend, shares, dates, catalogs.

Each parser raises :class:`UsageError` with one line that names the option, quotes the value and
shows a value that works.
"""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, TextIO, cast

from phicompare.analysis.traffic_text import TRAFFIC_FORMS, count
from phicompare.exceptions import ComparisonError, PhicompareError
from phicompare.safe import for_terminal, shown

if TYPE_CHECKING:
    from phicompare.analysis.traffic import Traffic
    from phicompare.catalog.index import Catalog

__all__ = [
    "CATALOG_HELP",
    "EXIT_OK",
    "EXIT_PROBLEMS",
    "EXIT_USAGE",
    "MAX_TERMINAL_WIDTH",
    "PREFER",
    "PREFER_HELP",
    "TRAFFIC_FORMS",
    "Parser",
    "SafeOut",
    "UsageError",
    "add_catalog_options",
    "add_provider_filters",
    "add_provider_options",
    "add_route_policy_option",
    "attach_values",
    "bounded",
    "dated_import",
    "emit",
    "is_import",
    "load_catalogs",
    "out_folder",
    "parse_blend",
    "parse_count",
    "parse_share",
    "parse_traffic",
    "raw_stream",
    "refuse_empty",
    "shown",
    "version",
    "write_for",
]


EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

MAX_TERMINAL_WIDTH = 120
"""Prose wider than this is hard to read, however wide the terminal."""


def emit(text: str, out: TextIO) -> None:
    """Write ``text``; characters the output's encoding lacks become ``?``, not an error."""
    try:
        out.write(text)
    except UnicodeEncodeError:
        encoding = getattr(out, "encoding", None) or "ascii"
        out.write(text.encode(encoding, "replace").decode(encoding))

CATALOG_HELP = ("your catalog file or folder (wins over everything), or an import KIND:PATH: "
                "models-dev:DIR (a models.dev checkout, the folder holding providers/), "
                "litellm:PATH, openrouter:PATH, llmstats:DIR, genai-prices:DIR, "
                "open-llm-leaderboard:PATH (its final results); merged under "
                "the bundled data (see --prefer); repeatable")


class UsageError(PhicompareError, ValueError):
    """A mistake in how the command was called."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose mistakes are :class:`UsageError` (one line), not an exit."""

    def error(self, message: str) -> None:  # type: ignore[override]
        """Raise the mistake as a one-line :class:`UsageError`."""
        raise UsageError(f"{message} (see `{self.prog} --help`)")


class _SafeStream:
    """A text stream whose every write passes the output boundary (:func:`for_terminal`)."""

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        return self.raw.write(for_terminal(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


def SafeOut(stream: TextIO) -> TextIO:  # noqa: N802 - used like a class
    r"""``stream`` behind the output boundary: control, bidi and zero-width characters shown.

    Examples:
        >>> import io
        >>> buffer = io.StringIO()
        >>> _ = SafeOut(buffer).write("id \x1b[2J\n")
        >>> buffer.getvalue()
        'id \\u001b[2J\n'
    """
    if isinstance(stream, _SafeStream):
        return cast("TextIO", stream)
    return cast("TextIO", _SafeStream(stream))


def raw_stream(stream: TextIO) -> TextIO:
    """The stream behind :func:`SafeOut` (or ``stream`` itself)."""
    return stream.raw if isinstance(stream, _SafeStream) else stream


def version() -> str:
    """``phicompare`` and its version.

    Examples:
        >>> version().startswith("phicompare ")
        True
    """
    from phicompare import __version__  # noqa: PLC0415

    return f"phicompare {__version__}"


_ZERO = Decimal(0)
MAX_WEIGHT = 10**6
"""The largest ``--blend`` weight."""


def out_folder(path: str) -> str:
    """``--out``'s folder, checked before any work: a folder's name, never an existing file's.

    Examples:
        >>> out_folder("/etc/hostname")
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --out: '/etc/hostname' is a file, not a folder
    """
    refuse_empty("--out", path)
    if "\0" in path:
        msg = f"--out: {path!r} is not a folder name"
        raise UsageError(msg)
    if os.path.exists(path) and not os.path.isdir(path):
        msg = f"--out: {shown(path, 200)} is a file, not a folder"
        raise UsageError(msg)
    return path


def refuse_empty(option: str, path: str | None) -> None:
    """Refuse ``""`` for a path option: an unset variable, never the current folder or nothing.

    One rule for every path option (API review 14, A4 for ``--catalog``; 15, A1 for ``--out``,
    ``--plot`` and ``--output``).

    Examples:
        >>> refuse_empty("--plot", "chart.png")
        >>> refuse_empty("--plot", "")
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --plot: empty path (an unset variable?)
    """
    if path == "":
        msg = f"{option}: empty path (an unset variable?)"
        raise UsageError(msg)


def write_for(option: str, path: str, write: Callable[[str], object]) -> None:
    """``write(path)`` for ``option``: a file system error names the option and the path.

    Examples:
        >>> write_for("--output", "/", lambda p: open(p, "w"))
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --output: '/': Is a directory
    """
    if "\0" in path:
        msg = f"{option}: {path!r} is not a file name"
        raise UsageError(msg)
    try:
        write(path)
    except OSError as exc:
        msg = f"{option}: {shown(path, 200)}: {exc.strerror or exc}"
        raise UsageError(msg) from None


def parse_count(text: str, option: str = "--traffic") -> int:
    """A whole count written with an optional K, M or B suffix (thousands, millions, billions).

    Counts are bounded by :data:`~phicompare.analysis.traffic_text.MAX_COUNT`
    (:func:`phicompare.analysis.traffic_text.count`, its message after ``option``).

    Examples:
        >>> parse_count("800M"), parse_count("2.5k"), parse_count("1,000"), parse_count("1B")
        (800000000, 2500, 1000, 1000000000)
        >>> parse_count("-1")
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --traffic: '-1' is negative; a count is 0 or more
    """
    try:
        return count(text)
    except ComparisonError as exc:
        raise UsageError(f"{option}: {exc}") from None


def parse_traffic(text: str | None, *, cached_share: Decimal = _ZERO,
                  cache_write_share: Decimal = _ZERO, batch_share: Decimal = _ZERO) -> Traffic:
    """Monthly traffic from ``IN:OUT`` (tokens a month) or ``N/day@IN:OUT`` (per request).

    ``N/month@IN:OUT`` counts requests a month; ``None`` is the default traffic (800M:250M). The
    shares of cached, cache-written and batched tokens are passed on to
    :class:`~phicompare.Traffic`.

    Examples:
        >>> t = parse_traffic("800M:250M")
        >>> t.input_tokens, t.output_tokens, t.requests
        (800000000, 250000000, None)
        >>> t = parse_traffic("10000/day@2000:500")
        >>> t.requests, t.input_tokens, t.output_tokens
        (300000, 600000000, 150000000)
        >>> parse_traffic("800M")
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --traffic: '800M' is not IN:OUT tokens a month \
(800M:250M) or REQUESTS/day@IN:OUT tokens a request (10000/day@2000:500)
    """
    from phicompare.analysis.traffic import Traffic  # noqa: PLC0415

    if text is None:
        read = Traffic()
    else:
        try:
            read = Traffic.parse(text)  # (its shares are checked apart: not --traffic's to name)
        except ComparisonError as exc:
            raise UsageError(f"--traffic: {exc}") from None
    return Traffic(input_tokens=read.input_tokens, output_tokens=read.output_tokens,
                   requests=read.requests, cached_share=cached_share,
                   cache_write_share=cache_write_share, batch_share=batch_share)


def parse_blend(text: str) -> tuple[int, int]:
    """Input:output weights of the blended price.

    Examples:
        >>> parse_blend("3:1"), parse_blend("7:3")
        ((3, 1), (7, 3))
    """
    found = re.fullmatch(r"\s*(\d{1,7})\s*:\s*(\d{1,7})\s*", text[:40])
    weights = (int(found.group(1)), int(found.group(2))) if found else (0, 0)
    if found is None or len(text) > 40 or weights == (0, 0) or max(weights) > MAX_WEIGHT:
        msg = (f"--blend: {shown(text)} is not input:output weights such as 3:1 or 7:3 "
               f"(each at most {MAX_WEIGHT:,})")
        raise UsageError(msg)
    return weights


def parse_share(text: str, option: str) -> Decimal:
    """A share of traffic, as a fraction (``0.3``) or a percentage (``30%``).

    Examples:
        >>> parse_share("0.3", "--cached"), parse_share("30%", "--cached")
        (Decimal('0.3'), Decimal('0.3'))
    """
    raw = text.strip()
    try:
        value = Decimal(raw[:-1]) / 100 if raw.endswith("%") else Decimal(raw)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or not 0 <= value <= 1:
        msg = f"{option}: {shown(text)} is not a share from 0 to 1 (0.3) or a percentage (30%)"
        raise UsageError(msg)
    return value


def bounded(value: int, option: str, low: int, high: int) -> int:
    """``value`` when ``low <= value <= high``, else a one-line :class:`UsageError`.

    Examples:
        >>> bounded(3, "--jobs", 1, 64)
        3
        >>> bounded(0, "--jobs", 1, 64)
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --jobs: 0 is not from 1 to 64
    """
    if not low <= value <= high:
        msg = f"{option}: {value} is not from {low:,} to {high:,}"
        raise UsageError(msg)
    return value


_VALUE_OPTIONS = frozenset({
    "--traffic", "--blend", "--cached", "--cache-write", "--batch", "--width", "--jobs",
    "--chunk-size", "--max-age", "--as-of"})


def attach_values(argv: Sequence[str]) -> list[str]:
    """``argv`` with a value that starts with ``-`` attached to its option (``--traffic=-1:5``).

    Argparse would read such a value as an option and say "expected one argument"; attached, the
    value reaches its parser, whose message says what is wrong with it.

    Examples:
        >>> attach_values(["phi-2", "--traffic", "-1:5"])
        ['phi-2', '--traffic=-1:5']
    """
    out: list[str] = []
    items = list(argv)
    i = 0
    while i < len(items):
        item = items[i]
        following = items[i + 1] if i + 1 < len(items) else None
        if (item in _VALUE_OPTIONS and following is not None and following.startswith("-")
                and not following.startswith("--") and len(following) > 1):
            out.append(f"{item}={following}")
            i += 2
            continue
        out.append(item)
        i += 1
    return out


_KIND = re.compile(r"[a-z][a-z0-9.-]+:.+", re.DOTALL)

PREFER = ("curated", "imports")
"""What wins between the bundled catalog and ``--catalog`` imports (``--prefer``)."""
PREFER_HELP = ("which wins where the bundled catalog and a --catalog import disagree: curated "
               "(the bundled data, the default) or imports; your own catalog files win over both")


def add_catalog_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """``--catalog SPEC`` (repeatable) and ``--prefer curated|imports`` on ``parser``."""
    parser.add_argument("--catalog", action="append", metavar="SPEC", help=CATALOG_HELP)
    parser.add_argument("--prefer", choices=PREFER, default="curated", help=PREFER_HELP)


ROUTE_POLICIES = ("maker-first", "cheapest")
"""The values of ``--route-policy`` (:class:`~phicompare.RoutePolicy`)."""


def add_provider_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """``--provider``, ``--exclude-provider`` (routes counted) and ``--route-policy``."""
    add_provider_filters(parser, "count only", "do not count")
    add_route_policy_option(parser)


def add_provider_filters(parser: argparse.ArgumentParser | argparse._ArgumentGroup,
                         only: str, leave: str) -> None:
    """``--provider`` and ``--exclude-provider``, each repeatable or comma-separated.

    ``only`` and ``leave`` say what the command does with the routes ("count only", "do not
    count").
    """
    parser.add_argument("--provider", action="append", metavar="PROVIDER",
                        help=f"{only} this provider's routes, by id or name (repeatable, "
                             "or comma-separated)")
    parser.add_argument("--exclude-provider", action="append", metavar="PROVIDER",
                        help=f"{leave} this provider's routes (repeatable, or comma-separated)")


def add_route_policy_option(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """``--route-policy maker-first|cheapest``: which eligible route sets each bill."""
    parser.add_argument("--route-policy", choices=ROUTE_POLICIES, default="maker-first",
                        help="which eligible route sets each bill: maker-first (default; a "
                             "closed-weight model is billed at its maker's or a major cloud's "
                             "or platform's price, not a reseller's lower listing) or cheapest "
                             "(any provider)")


def is_import(spec: str) -> bool:
    """Whether a ``--catalog`` spec is an import ``KIND:PATH`` rather than a catalog path.

    Examples:
        >>> is_import("models-dev:models.dev"), is_import("my-models/")
        (True, False)
    """
    return _KIND.fullmatch(spec) is not None and not os.path.exists(spec)


def load_catalogs(specs: Sequence[str] | None, prefer: str = "curated") -> Catalog:
    """The bundled catalog with ``specs`` merged over it.

    A spec is a catalog file or folder (the user's own data), or an import ``KIND:PATH``
    (``models-dev:PATH``, ``litellm:PATH``, ``openrouter:PATH``, ``llmstats:PATH``,
    ``genai-prices:PATH``). Precedence, highest first: the user's own files (later over earlier;
    they may name the bundled catalog's providers and benchmarks), then the bundled curated
    data, then imports (later over earlier). ``prefer="imports"`` puts the imports above the
    bundled data; the user's files still win.

    Examples:
        >>> load_catalogs(None).model("phi-2").id
        'phi-2'
    """
    from phicompare.catalog.loader import default_catalog, load_catalog  # noqa: PLC0415

    if prefer not in PREFER:
        msg = f"--prefer: {shown(prefer)} is not one of {', '.join(PREFER)}"
        raise UsageError(msg)
    if not specs:
        return default_catalog()
    for spec in specs:  # an unset variable: never the current folder (API review 14, A4)
        refuse_empty("--catalog", spec)
    imports = [s for s in specs if is_import(s)]
    own = [s for s in specs if not is_import(s)]
    from .replacements import say_replaced  # noqa: PLC0415

    if not imports:
        catalog = load_catalog(*own, bundled=True)
        say_replaced(catalog.replaced)
        return catalog
    try:
        from phicompare.importers import load_source, merge  # noqa: PLC0415
    except ImportError:  # pragma: no cover - a build without the importers
        msg = "--catalog KIND:PATH needs phicompare.importers, which this installation lacks"
        raise UsageError(msg) from None
    bundled = default_catalog()
    imported = [dated_import(load_source, spec) for spec in reversed(imports)]
    if not own:
        order = [*imported, bundled] if prefer == "imports" else [bundled, *imported]
        return merge(order)
    mine = load_catalog(*own, bundled=True)  # the bundled records the user's files name resolve
    say_replaced(mine.replaced)
    if prefer == "curated":
        return merge([mine, *imported])
    return merge([_own_records(mine, bundled), *imported, bundled])


def dated_import(load: Callable[[str], Catalog], spec: str) -> Catalog:
    """``load(spec)``, refused when its only date is its file's modification time.

    Pages read a route's date as the day its price was last checked; a file's modification
    time is the day it was copied (API review 15, A3). ``KIND:PATH@YYYY-MM-DD`` gives the day
    it was downloaded; a dated ``SNAPSHOT.txt`` beside it does too.
    """
    catalog = load(spec)
    report = getattr(catalog, "report", None)  # an ImportedCatalog's
    if report is not None and report.dated_by_file:
        msg = (f"--catalog: {spec} carries no date (no @DATE, no dated SNAPSHOT.txt): pages "
               f"would read its file's modification time, {report.checked.isoformat()}, as the "
               f"day its prices were last checked; give the day it was downloaded, "
               f"{spec}@YYYY-MM-DD")
        raise UsageError(msg)
    return catalog


def _own_records(mine: Catalog, bundled: Catalog) -> Catalog:
    """The records of ``mine`` that the user's files added or changed (not the bundled ones)."""
    from phicompare.catalog.index import Catalog  # noqa: PLC0415

    models = {m.id: m for m in bundled.models}
    providers = {p.id: p for p in bundled.providers}
    benchmarks = {b.id: b for b in bundled.benchmarks}
    return Catalog(
        models=tuple(m for m in mine.models if models.get(m.id) != m),
        providers=tuple(p for p in mine.providers if providers.get(p.id) != p),
        benchmarks=tuple(b for b in mine.benchmarks if benchmarks.get(b.id) != b),
    )
