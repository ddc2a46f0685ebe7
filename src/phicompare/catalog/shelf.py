"""The bundled catalog on demand: an index of every model, each model's file read when asked for.

The bundled catalog holds well over a thousand models (the curated layer over the imported one);
parsing them all costs far more than a comparison of two of them. ``data/index.tsv``, written by
``tools/bundle_catalog.py`` with the imported layer (:mod:`~phicompare.catalog.index_file`),
lists every bundled model in catalog order: its id, the file that defines it, its name, family
and size, the days it can be used on, and the names it is looked up by (its id and aliases,
normalised). A :class:`Shelf` built from it
answers what a comparison needs of the whole catalog (names, neighbours) from the index and
reads a model's file the first time the model is asked for; the providers and benchmarks are
parsed when it is opened and each structured when first asked for.

The shelf belongs to one :class:`~phicompare.catalog.index.Catalog` (its ``shelf``), dies with
it, and holds only records parsed from the package's own files: it is the catalog's lazy layer,
not a cache of anyone else's objects. A model read on demand equals the model a whole load reads
(``tests/test_market.py`` compares pages both ways, byte for byte).
"""

# Annotations are evaluated (no ``from __future__ import annotations``): this module's named
# tuples would otherwise compile each field's type from a string on the first comparison.

import datetime as dt
import os
import re
import threading
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, NamedTuple

from phicompare.domain.in_use import spans_text, use_spans
from phicompare.domain.names import lookup_names
from phicompare.domain.records import Benchmark, Model, Provider
from phicompare.exceptions import CatalogError, Problem

from .capped import FileRefused, read_capped
from .structure import Table, scan_file, structure_file, structure_record

__all__ = ["INDEX_FILE", "IndexRow", "Shelf", "index_row", "lookup_names"]

INDEX_FILE = "index.tsv"
"""The index's name in the data folder."""

_STALE = "the bundled index is stale: run `python tools/bundle_catalog.py` (docs/importers.md)"


class IndexRow(NamedTuple):
    """One bundled model as the index lists it: what neighbours and name lookups read.

    A named tuple: the index holds over a thousand, made when the catalog is opened.

    Examples:
        >>> IndexRow("phi-2", "models/phi-2.toml", "Phi-2", "phi", Decimal("2.7"), ("phi2",)).family
        'phi'
    """

    id: str
    file: str
    name: str
    family: str | None
    parameters_b: Decimal | None
    names: tuple[str, ...]
    """:func:`lookup_names` of the model: its id and aliases, normalised."""
    vendor: str | None = None
    """Who makes it (related comparisons of one family stay with one maker)."""
    released: dt.date | None = None
    """When it was released (kin as near by name are ordered by the nearest release date)."""
    days: str = ".."
    """The days it can be used on (:func:`~phicompare.domain.in_use.use_spans`), as the index
    writes them (:func:`~phicompare.domain.in_use.spans_text`): a page's related comparisons
    pass over a neighbour not usable on its date without reading its file. Kept as written,
    and read (:meth:`Catalog.use_spans <phicompare.Catalog.use_spans>`) only for the few
    neighbours a page weighs: reading every row's when the index is opened was a fifth of
    the first comparison's catalog opening (issue 16)."""


def _structure_text(kind: str, record_id: str, base: Any) -> Any:
    """The record of a table kept as text, or ``None`` if it has any problem (or is not it)."""
    import tomli  # noqa: PLC0415

    try:
        data = tomli.loads(base.text, parse_float=Decimal)
    except ValueError:
        return None
    raw = data.get(kind, [None])[0]
    if not isinstance(raw, dict) or raw.get("id") != record_id or len(data) != 1:
        return None
    problems: list[Problem] = []
    record = structure_record(Table(kind, 0, raw), data, base.file, base.ceiling, problems)
    return None if problems else record


def index_row(model: Model, file: str = "") -> IndexRow:
    """The index row of ``model``, defined in ``file`` (none: a model given in full).

    Examples:
        >>> from phicompare import default_catalog
        >>> index_row(default_catalog().model("phi-2")).days
        '2023-12-12..'
    """
    return IndexRow(model.id, file, model.name, model.family, model.parameters_b,
                    lookup_names(model), model.vendor, model.released,
                    spans_text(use_spans(model)))


class _Base(NamedTuple):
    """A provider's or benchmark's table in a base file, structured when first asked for.

    Either parsed with its whole file (``table`` and ``data``), or kept as its own text
    (``text``), parsed when first asked for (see :func:`_split`).
    """

    table: Table | None
    data: dict[str, Any]
    file: str
    ceiling: Decimal
    text: str = ""


# Each line pattern starts at the line break before its line, searched in the text after a
# line break of its own: a literal first character is found about six times faster than a
# multi-line ``^`` (read_base's cost at a fresh process's first comparison). A match's start
# is then its line's start in the text.
_TABLE_LINE = re.compile(r"\n\[\[(providers|benchmarks)\]\][ \t]*(?=\n|\Z)")
_ID_LINE = re.compile(r'\nid = "([^"\\\n]*)"[ \t]*(?=\n|\Z)')
_HEADER_LINE = re.compile(r"\n[ \t]*\[")


def _split(text: str) -> tuple[str, list[tuple[str, str, str]]] | None:
    r"""A base file's head (what precedes its first table) and each table's kind, id and text.

    ``None`` unless the file is in the plain form the bundle tool writes: ``[[providers]]`` or
    ``[[benchmarks]]`` tables of plain keys, each with one ``id = "..."`` line, no multi-line
    string. Such a file is the concatenation of its head and its tables, so each table parses
    on its own; any other file is parsed whole.

    Examples:
        >>> _split('schema = 1\n[[providers]]\nid = "p"\nname = "P"\n')
        ('schema = 1\n', [('providers', 'p', '[[providers]]\nid = "p"\nname = "P"\n')])
        >>> _split('schema = 1\n[[providers]]\nid = 7\n') is None
        True
    """
    if '"""' in text or "'''" in text:
        return None
    lines = "\n" + text  # each match's start is its line's start in text (see _TABLE_LINE)
    starts = list(_TABLE_LINE.finditer(lines))
    ids = list(_ID_LINE.finditer(lines))
    if len(ids) != len(starts) or len(_HEADER_LINE.findall(lines)) != len(starts):
        return None  # a table without its one id, or another kind of table
    if not starts:
        return text, []
    ends = [start.start() for start in starts[1:]] + [len(text)]
    tables = []
    for start, found, end in zip(starts, ids, ends, strict=True):
        if not start.end() <= found.start() < end:  # the id line after the table's own
            return None
        tables.append((start.group(1), found.group(1), text[start.start():end]))
    return text[:starts[0].start()], tables


class Shelf:
    """The bundled models by index, each read from its file when first asked for.

    The providers and benchmarks are read by :meth:`read_base` (every base file checked as a
    file), and each record structured when first asked for: a comparison needs those its
    models name, not all of them. A base file in the plain form the bundle tool writes (see
    :func:`_split`) is not even parsed whole: each table is kept as its own text and parsed
    when asked for; a table with a problem is read again with its whole file, so the problem
    names its exact key path.

    Args:
        folder: The data folder the index's file names are relative to.
        rows: Every model's row, in catalog order.
        base: The files that hold no model (providers, benchmarks), in load order.
        spreads: Per benchmark, the spread between runs of the whole catalog
            (``Catalog.run_spread``).

    Examples:
        >>> from phicompare import default_catalog
        >>> shelf = default_catalog().shelf
        >>> shelf is None or shelf.model("phi-2").name == "Phi-2"
        True
    """

    def __init__(self, folder: str | os.PathLike[str], rows: tuple[IndexRow, ...],
                 base: tuple[str, ...] = (),
                 spreads: Mapping[str, Decimal] | None = None) -> None:
        self.folder = os.fspath(folder)
        self.rows = rows
        self.base = base
        self.spreads: Mapping[str, Decimal] = spreads if spreads is not None else {}
        self._by_id = {row.id: row for row in rows}
        self._loaded: dict[str, Model] = {}
        self._lock = threading.Lock()
        self._tables: dict[str, dict[str, _Base]] = {"providers": {}, "benchmarks": {}}
        self._records: dict[str, dict[str, Any]] = {"providers": {}, "benchmarks": {}}
        self._given: tuple[tuple[Any, ...], ...] = ((), (), ())
        """The records :meth:`layer` put over the index (models, providers, benchmarks)."""

    def __repr__(self) -> str:
        return f"<Shelf: {len(self.rows)} models, {len(self._loaded)} read>"

    def key(self) -> tuple[object, ...]:
        """What the shelf's records are read from: folder, index rows, base files, layered records.

        Two shelves with one key hold the same records, and no file is read to say so
        (``Catalog.__eq__``; review 34, #2).
        """
        return os.path.realpath(self.folder), self.rows, self.base, self._given

    def ids(self, kind: str) -> tuple[str, ...]:
        """The ids of the ``providers`` or ``benchmarks``, in catalog order (none structured)."""
        return tuple(self._tables[kind])

    def names(self) -> dict[str, str]:
        """Every name (id or alias, normalised) -> its model's id; the first model keeps it.

        The same rule as a whole catalog's, over the names the index lists for each model (read
        last to first, so the first model's id is the one a name keeps).
        """
        return {name: row.id for row in reversed(self.rows) for name in row.names}

    def model(self, model_id: str) -> Model:
        """The model with id ``model_id``, read from its file on first use.

        Raises:
            KeyError: no bundled model has that id.
            CatalogError: its file does not load, or no longer matches the index.
        """
        row = self._by_id[model_id]
        with self._lock:
            if model_id not in self._loaded:
                self._read(row.file)
            return self._loaded[model_id]

    def row(self, model_id: str) -> IndexRow:
        """The index row of the model with id ``model_id``: no file read.

        Raises:
            KeyError: no bundled model has that id.
        """
        return self._by_id[model_id]

    def models(self) -> tuple[Model, ...]:
        """Every model, in catalog order (each file read once)."""
        with self._lock:
            files: dict[str, list[str]] = {}  # each file's models, in the order first listed
            for row in self.rows:
                if row.id not in self._loaded:
                    files.setdefault(row.file, []).append(row.id)
            for file, ids in files.items():
                self._read(file, ids)
            return tuple(self._loaded[row.id] for row in self.rows)

    def read_base(self) -> None:
        """Parse the base files and check each as a file; a later file's id replaces an earlier's.

        Raises:
            CatalogError: a base file does not parse, or one of its tables is broken in a way
                the file alone shows (see :func:`~phicompare.catalog.structure.scan_file`).
        """
        from .bundled import parse_file  # noqa: PLC0415 - it opens shelves

        problems: list[Problem] = []
        for name in self.base:
            file = os.path.join(self.folder, name)
            if self._read_plain(file, problems):
                continue
            data = parse_file(file, problems)
            if data is None:
                continue
            tables, ceiling, more, _ = scan_file(data, file, references=False)
            problems += more
            for table in tables:
                record_id = table.raw.get("id")
                if table.kind not in self._tables:  # a model: the index lists no such file
                    problems.append(Problem(file, table.kind, record_id, _STALE))
                elif isinstance(record_id, str):
                    self._tables[table.kind][record_id] = _Base(table, data, file, ceiling)
                else:  # no id to be found by: structured now, which reports it
                    structure_record(table, data, file, ceiling, problems)
        if problems:
            raise CatalogError(problems)

    def _read_plain(self, file: str, problems: list[Problem]) -> bool:
        """Read a base file in the plain form without parsing its tables; False if it is not.

        Its head is parsed and checked as a file; each table is kept as text, by its id.
        """
        import tomli  # noqa: PLC0415 - the parser is imported when a catalog is first loaded

        try:
            text = read_capped(file).decode("utf-8").removeprefix("\ufeff")
            found = _split(text)
            if found is None:
                return False
            head, tables = found
            data = tomli.loads(head, parse_float=Decimal)
        except (OSError, ValueError, FileRefused):  # reported by the whole parse
            return False
        ids = [record_id for _, record_id, _ in tables]
        if len(set(ids)) < len(ids) or not all(i.isprintable() for i in ids):
            return False  # the whole parse reports them
        _, ceiling, more, _ = scan_file(data, file, references=False)
        problems += more
        for kind, record_id, table in tables:
            self._tables[kind][record_id] = _Base(None, {}, file, ceiling, table)
        return True

    def layer(self, models: Iterable[Model], providers: Iterable[Provider],
              benchmarks: Iterable[Benchmark], spreads: Mapping[str, Decimal]) -> "Shelf":
        """A new shelf of this index with the given records over it, as a later file's are.

        A record whose id the index holds replaces it in place; a new one comes after. The given
        models' rows have no file: they are never read. The caller has checked what a whole
        load would (:func:`~phicompare.catalog.layer.layered`); ``spreads`` are the result's.
        """
        given = {m.id: m for m in models}
        providers, benchmarks = tuple(providers), tuple(benchmarks)
        rows = [index_row(given[row.id]) if row.id in given else row for row in self.rows]
        rows += [index_row(m) for m in given.values() if m.id not in self._by_id]
        layered = Shelf(self.folder, tuple(rows), self.base, spreads)
        layered._loaded = given
        layered._given = (tuple(given.values()), providers, benchmarks)
        layered._tables = {kind: dict(tables) for kind, tables in self._tables.items()}
        for kind, records in (("providers", providers), ("benchmarks", benchmarks)):
            for record in records:
                layered._tables[kind][record.id] = _Base(None, {}, "", Decimal(0))
                layered._records[kind][record.id] = record
        return layered

    def count(self, kind: str) -> int:
        """How many ``providers`` or ``benchmarks`` the base files define."""
        return len(self._tables[kind])

    def defines(self, kind: str, record_id: str) -> bool:
        """Whether a base file defines the ``providers`` or ``benchmarks`` record ``record_id``."""
        return record_id in self._tables[kind]

    def file_of(self, kind: str, record_id: str) -> str | None:
        """The file defining the ``providers``, ``benchmarks`` or ``models`` record, or ``None``."""
        if kind == "models":
            row = self._by_id.get(record_id)
            return None if row is None else os.path.join(self.folder, row.file)
        base = self._tables[kind].get(record_id)
        return None if base is None else base.file

    def records(self, kind: str) -> Mapping[str, Any]:
        """The ``providers`` or ``benchmarks`` structured so far, by id (it grows as they are)."""
        return self._records[kind]

    def provider(self, provider_id: str) -> Provider:
        """The provider with id ``provider_id``, structured on first use.

        Raises:
            KeyError: no base file defines it (``Catalog`` asks :meth:`defines` first).
            CatalogError: its table is broken.
        """
        found: Provider = self._record("providers", provider_id)
        return found

    def benchmark(self, benchmark_id: str) -> Benchmark:
        """The benchmark with id ``benchmark_id``, structured on first use.

        Raises:
            KeyError: no base file defines it (``Catalog`` asks :meth:`defines` first).
            CatalogError: its table is broken.
        """
        found: Benchmark = self._record("benchmarks", benchmark_id)
        return found

    def providers(self) -> tuple[Provider, ...]:
        """Every provider, in catalog order."""
        return tuple(self._record("providers", i) for i in self._tables["providers"])

    def benchmarks(self) -> tuple[Benchmark, ...]:
        """Every benchmark, in catalog order."""
        return tuple(self._record("benchmarks", i) for i in self._tables["benchmarks"])

    def _record(self, kind: str, record_id: str) -> Any:
        base = self._tables[kind][record_id]
        with self._lock:
            done = self._records[kind]
            if record_id not in done:
                problems: list[Problem] = []
                record = None
                if base.table is None:  # kept as text: parsed now
                    record = _structure_text(kind, record_id, base)
                if record is None:  # or it has a problem: found with its whole file
                    base = self._whole(kind, record_id, base)
                    record = structure_record(base.table, base.data, base.file, base.ceiling,
                                              problems)
                if problems:
                    raise CatalogError(problems)
                done[record_id] = record
            return done[record_id]

    def _whole(self, kind: str, record_id: str, base: _Base) -> Any:
        """The table of ``record_id`` parsed with its whole file (exact key paths in problems).

        Raises:
            CatalogError: the file does not parse.
        """
        if base.table is not None:
            return base
        from .bundled import parse_file  # noqa: PLC0415 - it opens shelves

        problems: list[Problem] = []
        data = parse_file(base.file, problems)
        if data is None:
            raise CatalogError(problems)
        tables, ceiling, more, _ = scan_file(data, base.file, references=False)
        table = next((t for t in tables if t.kind == kind and t.raw.get("id") == record_id), None)
        if table is None:  # changed since it was opened, or broken in a way the file shows
            raise CatalogError(more or [Problem(base.file, kind, record_id, _STALE)])
        return _Base(table, data, base.file, ceiling)

    def _read(self, file: str, listed: list[str] | None = None) -> None:
        """Read ``file``'s models; ``listed``: the ids the index lists in it (else looked up)."""
        from .bundled import parse_file  # noqa: PLC0415 - it opens shelves

        problems: list[Problem] = []
        path = os.path.join(self.folder, file)
        data = parse_file(path, problems)
        records, more, _ = (structure_file(data, str(path), references=False)
                            if data is not None else ({}, [], []))
        problems += more
        for _, model in records.get("models", []):
            if model.id in self._loaded:  # a record a layer put over this file's (``layer``)
                continue
            row = self._by_id.get(model.id)
            if not isinstance(model, Model) or row is None or row != index_row(model, file):
                problems.append(Problem(str(path), "models", model.id, _STALE))
            else:
                self._loaded[model.id] = model
        if listed is None:
            listed = [r.id for r in self.rows if r.file == file]
        missing = [i for i in listed if i not in self._loaded]
        if missing and not problems:
            problems.append(Problem(str(path), "models", missing[0], _STALE))
        if problems:
            raise CatalogError(problems)

