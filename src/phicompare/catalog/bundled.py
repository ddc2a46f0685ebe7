"""The bundled catalog, opened on demand: ``default_catalog()`` and reading one catalog file.

What a first comparison reads of the catalog files: the bundled catalog from its index
(:mod:`phicompare.catalog.shelf`), each file parsed by :func:`parse_file`. Loading your own
files (``load_catalog``, ``validate_paths``: merging, cross-file checks) is
:mod:`phicompare.catalog.loader`'s, which a first comparison never imports (issue 16's budget:
about 2 ms of its start-up); the loader imports this module, and names ``default_catalog``
beside ``load_catalog``.
"""

from __future__ import annotations

import functools
import os
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from phicompare.exceptions import NO_VALUE, Problem

from .capped import FileRefused, read_capped
from .index import Catalog

if TYPE_CHECKING:
    import sys

    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

__all__ = ["default_catalog", "parse_file"]

_DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data")
"""The package's data folder (``os.path``, not ``pathlib``: the first comparison needs no more)."""

TOO_DEEP = "tables or arrays nested too deeply (a catalog needs at most 4 levels)"
"""The problem of a file whose tables or arrays nest deeper than the parser follows."""


def parse_file(entry: Traversable | str, problems: list[Problem]) -> dict[str, Any] | None:
    """A catalog file's TOML (a file, or its path), or ``None`` with its problem added."""
    import tomli  # noqa: PLC0415 - the parser is imported when a catalog is first loaded

    name = str(entry)
    try:
        # a file on disk is read capped (review 27, P9); a package's file inside a zip is not
        raw = (read_capped(entry) if isinstance(entry, (str, os.PathLike))
               else entry.read_bytes())
        text = raw.decode("utf-8").removeprefix("\ufeff")  # a BOM is allowed
        data = tomli.loads(text, parse_float=_decimal)
    except RecursionError:
        problems.append(Problem(name, "", NO_VALUE, TOO_DEEP))
        return None
    except UnicodeDecodeError as exc:
        problems.append(Problem(name, "", NO_VALUE, _not_utf8(raw, exc)))
        return None
    except tomli.TOMLDecodeError as exc:
        from .bad_dates import date_problems  # noqa: PLC0415 - the error path only

        dates = date_problems(text, name, getattr(exc, "pos", -1))
        if dates:  # an impossible date: its key and value, not the parser's complaint
            problems.extend(dates)
            return None
        where = getattr(exc, "lineno", None), getattr(exc, "colno", None)
        message = getattr(exc, "msg", str(exc))
        at = f"line {where[0]}, column {where[1]}: " if where[0] is not None else ""
        problems.append(Problem(name, "", NO_VALUE, f"TOML syntax error at {at}{message}"))
        return None
    except OSError as exc:
        problems.append(Problem(name, "", NO_VALUE, f"cannot read: {exc.strerror or exc}"))
        return None
    except FileRefused as exc:  # a device, a FIFO, a file over the cap
        problems.append(Problem(name, "", NO_VALUE, str(exc)))
        return None
    except ValueError as exc:  # an integer longer than Python converts (4,300 digits)
        problems.append(Problem(name, "", NO_VALUE, _too_long(text, exc)))
        return None
    return data


def _decimal(text: str) -> Decimal:
    """A TOML float, exactly; ``-0.0`` reads as 0 (a page never shows "$-0.00": review 34).

    Examples:
        >>> _decimal("-0.0"), _decimal("0.45"), _decimal("-0e3")
        (Decimal('0.0'), Decimal('0.45'), Decimal('0E+3'))
    """
    value = Decimal(text)
    return value if value else value.copy_abs()


def _not_utf8(raw: bytes, exc: UnicodeDecodeError) -> str:
    r"""The problem of bytes that are not UTF-8: where the first bad byte is, and the reason.

    Examples:
        >>> raw = b"a = 1\nname = 'caf\xe9'\n"
        >>> try:
        ...     raw.decode("utf-8")
        ... except UnicodeDecodeError as exc:
        ...     print(_not_utf8(raw, exc))
        not UTF-8 text at line 2, column 12 (byte offset 17): byte 0xe9 (invalid continuation byte)
    """
    line = raw.count(b"\n", 0, exc.start) + 1
    start = raw.rfind(b"\n", 0, exc.start) + 1  # what comes before the byte decodes
    column = len(raw[start:exc.start].decode("utf-8").removeprefix("\ufeff")) + 1
    return (f"not UTF-8 text at line {line}, column {column} (byte offset {exc.start}): "
            f"byte 0x{raw[exc.start]:02x} ({exc.reason})")


def _too_long(text: str, exc: ValueError) -> str:
    r"""The problem of a number too long to read, at its line, as a syntax error's (review 27, P8).

    Examples:
        >>> _too_long("a = 1\nb = " + "9" * 5000 + "\n", ValueError())
        'TOML syntax error at line 2, column 5: a number of 5,000 digits; no figure has so many'
    """
    import re  # noqa: PLC0415 - the error path only

    found = re.search(r"[0-9][0-9_]{4299,}", text)
    if found is None:
        return f"not a readable catalog: {exc}"
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - text.rfind("\n", 0, found.start())
    digits = sum(c.isdigit() for c in found.group())
    return (f"TOML syntax error at line {line}, column {column}: a number of {digits:,} digits; "
            "no figure has so many")


@functools.cache
def default_catalog() -> Catalog:
    """The bundled catalog (curated layer over the imported one), opened once per process.

    It reads ``data/index.tsv`` and parses the files of providers and benchmarks first; each
    model's file is parsed when the model is first asked for, and each provider and benchmark
    structured when first asked for (see :mod:`phicompare.catalog.shelf`). Iterating the
    catalog reads every model. Without an index the TOML files are loaded whole.

    Examples:
        >>> default_catalog().model("phi-2").context_window
        2048
    """
    shelved = _shelved(_DATA)
    if shelved:
        return shelved
    from .loader import load_catalog  # noqa: PLC0415 - the loader imports this module

    return load_catalog(bundled=True)


def _shelved(folder: str | os.PathLike[str]) -> Catalog | None:
    """The catalog of ``folder`` on demand, from its index; ``None`` when it has none."""
    from .index_file import read_index  # noqa: PLC0415

    shelf = read_index(folder)
    if shelf is None:
        return None
    shelf.read_base()
    return Catalog(shelf=shelf)
