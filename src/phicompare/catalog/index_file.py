"""The bundled catalog's index file, ``data/index.tsv``: written by the bundle tool, read first.

:func:`index_text` writes it (``tools/bundle_catalog.py``); :func:`read_index` reads it into
a :class:`~phicompare.catalog.shelf.Shelf`, or gives ``None`` for a missing index or one an
older version wrote, and the catalog is then loaded whole.
"""

# Annotations are evaluated (no ``from __future__ import annotations``), as in ``shelf``.

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from decimal import Decimal

from .shelf import INDEX_FILE, IndexRow, Shelf

__all__ = ["index_text", "read_index"]

_HEADER = "phicompare index\t9"
"""The index's first line: its format's name and version (9: with the days a model can be used
on; an older index is not read, and the catalog is loaded whole)."""


def index_text(rows: Iterable[IndexRow], base: Iterable[str], spreads: Mapping[str, Decimal],
               built: str) -> str:
    r"""The index as :func:`read_index` reads it: one line a fact, its fields split by tabs.

    The first line names the format; ``built`` (the build date), ``base`` (a file that holds
    no model, in load order), ``spread`` (a benchmark and its spread between runs) and ``model``
    (id, file, name, family, vendor, size, release date, the days it can be used on, then its
    lookup names; an unknown family, vendor, size or date is empty). The days are spans
    ``START..END`` (:data:`~phicompare.domain.in_use.Span`; an open end is empty), joined by
    commas; none, for a model never usable, is empty.

    Raises:
        ValueError: a field holds a tab or a line break.

    Examples:
        >>> row = IndexRow("phi-2", "models/phi-2.toml", "Phi-2", "phi", Decimal("2.7"), ("phi2",))
        >>> lines = index_text([row], ["providers.toml"], {}, "2026-11-30").splitlines()
        >>> lines[0], lines[-1]
        ('phicompare index\t9', 'model\tphi-2\tmodels/phi-2.toml\tPhi-2\tphi\t\t2.7\t\t..\tphi2')
    """
    lines = [_HEADER, f"built\t{built}", *(f"base\t{name}" for name in base)]
    lines += (f"spread\t{benchmark}\t{spread}" for benchmark, spread in spreads.items())
    for row in rows:
        fields = [*row[:3], row.family or "", row.vendor or "", "" if row.parameters_b is None
                  else str(row.parameters_b), "" if row.released is None
                  else row.released.isoformat(), row.days, *row.names]
        if any(c in field for field in fields for c in "\t\r\n"):
            msg = f"an index field holds a tab or a line break: {fields!r}"
            raise ValueError(msg)
        lines.append("\t".join(("model", *fields)))
    return "\n".join(lines) + "\n"


def read_index(folder: str | os.PathLike[str]) -> Shelf | None:
    """The shelf of ``folder``'s index, or ``None`` without an index (or an older one).

    Examples:
        >>> read_index("/nonexistent") is None
        True
    """
    try:
        with open(os.path.join(folder, INDEX_FILE), encoding="utf-8") as index:
            lines = index.read().split("\n")
    except (OSError, ValueError):
        return None
    if lines[0] != _HEADER:
        return None
    rows: list[IndexRow] = []
    base: list[str] = []
    spreads: dict[str, Decimal] = {}
    try:
        for line in lines[1:]:
            if line.startswith("model\t"):  # most lines: one split a line
                _, model_id, file, name, family, vendor, size, day, days, *names = line.split(
                    "\t")
                rows.append(IndexRow(model_id, file, name, family or None,
                                     Decimal(size) if size else None, tuple(names),
                                     vendor or None, dt.date.fromisoformat(day) if day else None,
                                     days))  # (read when asked for: Catalog.use_spans)
                continue
            kind, *fields = line.split("\t")
            if kind == "base":
                (name,) = fields
                base.append(name)
            elif kind == "spread":
                benchmark, spread = fields
                spreads[benchmark] = Decimal(spread)
    except (ValueError, ArithmeticError):
        return None  # not an index this version wrote: the TOML is loaded whole
    return Shelf(folder, tuple(rows), tuple(base), spreads)

