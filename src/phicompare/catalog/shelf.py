"""The bundled catalog on demand: an index of every model, each model's file read when asked for.

The bundled catalog holds well over a thousand models (the curated layer over the imported one);
parsing them all costs far more than a comparison of two of them. ``data/index.json``, written by
``tools/bundle_catalog.py`` with the imported layer, lists every bundled model in catalog order:
its id, the file that defines it, its family, its size and its aliases. A :class:`Shelf` built
from it answers what a comparison needs of the whole catalog (names, neighbours) from the index
and reads a model's file the first time the model is asked for.

The shelf belongs to one :class:`~phicompare.catalog.index.Catalog` (its ``shelf``), dies with
it, and holds only records parsed from the package's own files: it is the catalog's lazy layer,
not a cache of anyone else's objects. A model read on demand equals the model a whole load reads
(``tests/test_market.py`` compares pages both ways, byte for byte).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

import attrs

from phicompare.domain.names import normalize_name
from phicompare.domain.records import Model
from phicompare.exceptions import CatalogError, Problem

from .structure import structure_file

__all__ = ["INDEX_FILE", "IndexRow", "Shelf", "read_index"]

INDEX_FILE = "index.json"
"""The index's name in the data folder."""

_VERSION = 4
_STALE = "the bundled index is stale: run `python tools/bundle_catalog.py` (docs/importers.md)"


class IndexRow(NamedTuple):
    """One bundled model as the index lists it: what neighbours and name lookups read.

    A named tuple: the index holds over a thousand, made when the catalog is opened.

    Examples:
        >>> IndexRow("phi-2", "models/phi-2.toml", "Phi-2", "phi", Decimal("2.7"), ()).family
        'phi'
    """

    id: str
    file: str
    name: str
    family: str | None
    parameters_b: Decimal | None
    aliases: tuple[str, ...]


def read_index(folder: Path) -> Shelf | None:
    """The shelf of ``folder``'s index, or ``None`` without an index.

    Examples:
        >>> from pathlib import Path
        >>> read_index(Path("/nonexistent")) is None
        True
    """
    try:
        data = json.loads((folder / INDEX_FILE).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != _VERSION:
        return None
    try:
        rows = tuple(
            IndexRow(model_id, file, name, family, size if size is None else Decimal(size),
                     tuple(aliases))
            for model_id, file, name, family, size, aliases in data["models"])
        spreads = {str(k): Decimal(v) for k, v in dict(data["spreads"]).items()}
        return Shelf(folder, rows, tuple(data["base"]), dict(data["names"]), spreads)
    except (KeyError, TypeError, ValueError, ArithmeticError):
        return None  # not an index this version wrote: the TOML is loaded whole


@attrs.define(eq=False)
class Shelf:
    """The bundled models by index, each read from its file when first asked for.

    Examples:
        >>> from phicompare import default_catalog
        >>> shelf = default_catalog().shelf
        >>> shelf is None or shelf.model("phi-2").name == "Phi-2"
        True
    """

    folder: Path
    rows: tuple[IndexRow, ...]
    base: tuple[str, ...] = ()
    """The files that hold no model (providers, benchmarks), in load order."""
    _names: dict[str, str] | None = attrs.field(default=None, alias="names")
    spreads: Mapping[str, Decimal] = attrs.field(factory=dict)
    """Per benchmark, the spread between runs of the whole catalog (``Catalog.run_spread``)."""
    _by_id: dict[str, IndexRow] = attrs.field(init=False)
    _loaded: dict[str, Model] = attrs.field(init=False, factory=dict)
    _lock: threading.Lock = attrs.field(init=False, factory=threading.Lock)

    def __attrs_post_init__(self) -> None:
        self._by_id = {row.id: row for row in self.rows}

    def names(self) -> Mapping[str, str]:
        """Every name (id or alias, normalised) -> its model's id; the first model keeps it.

        The index stores this map (worked out by the same rule when it was written).
        """
        if self._names is not None:
            return self._names
        found: dict[str, str] = {}
        for row in self.rows:
            for name in (row.id, *row.aliases):
                found.setdefault(normalize_name(name), row.id)
        return found

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

    def models(self) -> tuple[Model, ...]:
        """Every model, in catalog order (each file read once)."""
        with self._lock:
            for row in self.rows:
                if row.id not in self._loaded:
                    self._read(row.file)
            return tuple(self._loaded[row.id] for row in self.rows)

    def _read(self, file: str) -> None:
        from .loader import parse_file  # noqa: PLC0415 - loader builds shelves

        problems: list[Problem] = []
        path = self.folder / file
        data = parse_file(path, problems)
        records, more, _ = structure_file(data, str(path)) if data is not None else ({}, [], [])
        problems += more
        for _, model in records.get("models", []):
            row = self._by_id.get(model.id)
            if not isinstance(model, Model) or row is None or row != IndexRow(
                    model.id, file, model.name, model.family, model.parameters_b, model.aliases):
                problems.append(Problem(str(path), "models", model.id, _STALE))
            else:
                self._loaded[model.id] = model
        missing = [r.id for r in self.rows if r.file == file and r.id not in self._loaded]
        if missing and not problems:
            problems.append(Problem(str(path), "models", missing[0], _STALE))
        if problems:
            raise CatalogError(problems)

