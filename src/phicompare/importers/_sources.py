"""Sources named on the command line (``models-dev:PATH``), and ``phicompare audit``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from phicompare.catalog.index import Catalog
from phicompare.domain.rules import KeyValueError
from phicompare.exceptions import SourceError

from ._genai_prices import from_genai_prices
from ._imported import ImportedCatalog
from ._litellm import from_litellm
from ._llmstats import from_llmstats
from ._merge import merge
from ._models_dev import from_models_dev
from ._open_llm_leaderboard import from_open_llm_leaderboard
from ._openrouter import from_openrouter

__all__ = ["KINDS", "audit_main", "load_source"]

Importer = Callable[..., ImportedCatalog]

KINDS: Mapping[str, Importer] = {
    "models-dev": from_models_dev,
    "models.dev": from_models_dev,
    "litellm": from_litellm,
    "openrouter": from_openrouter,
    "llmstats": from_llmstats,
    "genai-prices": from_genai_prices,
    "open-llm-leaderboard": from_open_llm_leaderboard,
}
_KIND = re.compile(r"^([a-z][a-z0-9.-]+):(.+)$", re.DOTALL)
_DAY = re.compile(r"^(.+)@(\d{4}-\d{2}-\d{2})$", re.DOTALL)
"""``PATH@YYYY-MM-DD``: the day a source that carries none was downloaded (API review 15, A3)."""


def load_source(
    spec: str, *, checked: dt.date | None = None, aliases: Mapping[str, str] | None = None
) -> Catalog:
    """The catalog a source spec names: ``KIND:PATH`` for an import, else a catalog path.

    Kinds are ``models-dev`` (or ``models.dev``), ``litellm``, ``openrouter``, ``llmstats``,
    ``genai-prices`` and ``open-llm-leaderboard``; a
    plain path (a TOML file or folder) is read with :func:`phicompare.load_catalog`. ``checked``
    and ``aliases`` are passed to the importer. A day after the path, ``KIND:PATH@2026-07-15``
    (the day the source was downloaded), is the importer's ``checked`` and wins over
    ``checked``; a path that exists with its ``@`` is read as given.

    Raises:
        SourceError: an unknown kind, a path that does not exist, a day that is not a date, or
            a source whose records clash (two ids that name one model).
        CatalogError: a plain catalog path that does not load.

    Examples:
        >>> load_source("modelsdev:/data")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        phicompare.exceptions.SourceError: unknown source kind 'modelsdev' in ...
        >>> load_source("litellm:/no/such/file.json")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.SourceError: litellm source not found: '/no/such/file.json'
    """
    match = _KIND.match(spec)
    if match is None or os.path.exists(spec):
        from phicompare.catalog.loader import load_catalog  # noqa: PLC0415 - the loader pulls in cattrs

        return load_catalog(spec)
    kind, path = match.groups()
    importer = KINDS.get(kind)
    if importer is None:
        known = ", ".join(k for k in KINDS if k != "models.dev")
        msg = f"unknown source kind {kind!r} in {spec!r}; use one of {known}, or a catalog path"
        raise SourceError(msg)
    path, checked = _dated(path, checked)
    if not Path(path).exists():
        msg = f"{kind} source not found: {path!r}"
        raise SourceError(msg)
    try:
        return importer(path, checked=checked, aliases=aliases)
    except KeyValueError as exc:  # two of its ids name one model (look-alikes; fixDE's note)
        msg = f"{kind} source {path!r} does not import: {exc}"
        raise SourceError(msg) from None


def _dated(path: str, checked: dt.date | None) -> tuple[str, dt.date | None]:
    """The path without a trailing ``@YYYY-MM-DD``, and that day (else ``checked``).

    Examples:
        >>> _dated("map.json@2026-07-15", None)
        ('map.json', datetime.date(2026, 7, 15))
        >>> _dated("map.json", None)
        ('map.json', None)
    """
    found = _DAY.match(path)
    if found is None or Path(path).exists():
        return path, checked
    try:
        return found.group(1), dt.date.fromisoformat(found.group(2))
    except ValueError:
        msg = f"{found.group(2)!r} is not a date such as 2026-07-15 (after @ in {path!r})"
        raise SourceError(msg) from None


class _Parser(argparse.ArgumentParser):
    """Mistakes in the arguments raise a one-line SourceError, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        msg = f"{message} (see `{self.prog} --help`)"
        raise SourceError(msg)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="phicompare audit",
        description="Where the given sources disagree, for a data maintainer: the sources and "
                    "their dates, a per-field summary, then each model's conflicts, most severe "
                    "first (high: prices, context windows, status; medium: dates, sizes, "
                    "capabilities, scores; low: names, modalities). Sources merge in the order "
                    "given: the first that gives a value wins.",
    )
    parser.add_argument("sources", nargs="+", metavar="SOURCE",
                        help="KIND:PATH (models-dev, litellm, openrouter, llmstats, "
                             "genai-prices) or a catalog file or folder")
    parser.add_argument("--model", action="append", default=[], metavar="NAME",
                        help="only this model (any of its names); repeatable")
    parser.add_argument("--field", action="append", default=[], metavar="FIELD",
                        help="only this field (context_window, released, routes, scores, ...); "
                             "repeatable")
    parser.add_argument("--checked", metavar="DATE",
                        help="the date to record for a source that carries none (no "
                             "SNAPSHOT.txt: its file's modification time would be used)")
    parser.add_argument("--limit", type=int, metavar="N",
                        help="after the summary, only the N models with the most severe "
                             "conflicts (default: every model)")
    parser.add_argument("--report", action="store_true",
                        help="first print each source's import report")
    parser.add_argument("--json", action="store_true",
                        help="print the audit as JSON: sources, summary, fields, conflicts")
    return parser





def _load(spec: str, checked: dt.date | None) -> Catalog:
    """The source; an undated import is read again with ``checked`` as its date."""
    catalog = load_source(spec)
    if (checked is not None and isinstance(catalog, ImportedCatalog)
            and catalog.report.dated_by_file):
        return load_source(spec, checked=checked)
    return catalog


def _date(text: str) -> dt.date:
    """``audit --checked``'s day, by the API's rule on every Python (review 27, P6).

    Not ``20260515``, which ``date.fromisoformat`` reads from Python 3.11 only, as ``--as-of``.
    """
    from phicompare.domain.arguments import iso_day  # noqa: PLC0415

    day = iso_day(text)
    if day is None:
        msg = f"--checked: {text[:40]!r} is not a date such as 2026-05-15"
        raise SourceError(msg)
    return day


def audit_main(argv: Sequence[str], out: TextIO) -> int:
    r"""``phicompare audit SOURCE [SOURCE ...]``: print the audit; return 0.

    Raises:
        SourceError: a source cannot be imported, or ``--checked`` is not a date.
        CatalogError: a catalog path does not load.
        UnknownModelError: ``--model`` names no model.

    Examples:
        >>> import io, json, tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> entries = {"azure_ai/Phi-4": {"litellm_provider": "azure_ai", "mode": "chat",
        ...                               "max_input_tokens": 16384},
        ...            "other/phi-4": {"litellm_provider": "other", "mode": "chat",
        ...                            "max_input_tokens": 128000}}
        >>> _ = (folder / "prices.json").write_text(json.dumps(entries))
        >>> out = io.StringIO()
        >>> audit_main([f"litellm:{folder / 'prices.json'}", "--checked", "2026-09-29"], out)
        0
        >>> print(*out.getvalue().splitlines()[:4], sep="\n")
        Sources (merged in this order; the first that gives a value wins):
          litellm: checked 2026-09-29 (from argument), 1 model, 2 routes
        <BLANKLINE>
        1 conflict in 1 model: 1 high, 0 medium, 0 low.
        >>> print(out.getvalue().splitlines()[-1])
          high    context_window: 16384 (litellm:azure_ai) | 128000 (litellm:other); kept 16384
    """
    from ._audit import audit_json, audit_text  # noqa: PLC0415 - only the audit needs it

    args = _parser().parse_args(list(argv))
    checked = None if args.checked is None else _date(args.checked)
    catalogs = [_load(spec, checked) for spec in args.sources]
    if len(catalogs) == 1 and isinstance(catalogs[0], ImportedCatalog):
        catalog = catalogs[0]
    else:
        catalog = merge(catalogs)
    if args.report:
        out.write(catalog.report.to_text() + "\n\n")
    report = catalog.conflicts(frozenset(args.field) if args.field else None)
    conflicts = report.conflicts
    if args.model:
        wanted = {catalog.model(name).id for name in args.model}
        conflicts = tuple(c for c in conflicts if c.model in wanted)
    if args.json:
        out.write(json.dumps(audit_json(conflicts, catalog.reports), indent=2) + "\n")
        return 0
    if args.limit is not None and args.limit < 0:
        msg = f"--limit: {args.limit} is negative; give 0 or more models"
        raise SourceError(msg)
    out.write(audit_text(conflicts, catalog.reports, limit=args.limit) + "\n")
    return 0
