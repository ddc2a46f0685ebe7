"""``Replacement``: a record a later catalog file replaced whole, as ``Catalog.replaced`` lists.

A record (provider, benchmark or model) whose id an earlier file defined replaces that record
whole (``docs/catalog.md``, "Loading and merging"). That is the format's rule, not a problem, so
a load raises nothing and logs nothing: the catalog it returns lists each replacement, for the
caller to show or check (``phicompare --catalog`` says them on standard error, in one line).
"""

from __future__ import annotations

import attrs

__all__ = ["Replacement"]


@attrs.frozen(kw_only=True)
class Replacement:
    """A record that a later file replaced whole: which one, the file that won, the one it beat.

    Attributes:
        kind: ``"provider"``, ``"benchmark"`` or ``"model"``.
        id: The record's id.
        file: The file whose record the catalog holds.
        replaced_file: The file whose record it replaced (a bundled file, or the user's own).
        bundled: Whether the replaced record is the bundled catalog's.

    Examples:
        >>> str(Replacement(kind="model", id="phi-2", file="mine.toml",
        ...                 replaced_file="data/models/phi-2.toml", bundled=True))
        "model 'phi-2': mine.toml replaces the bundled record whole"
        >>> str(Replacement(kind="model", id="x", file="b.toml", replaced_file="a.toml",
        ...                 bundled=False))
        "model 'x': b.toml replaces a.toml whole"
    """

    kind: str
    id: str
    file: str
    replaced_file: str
    bundled: bool

    def __str__(self) -> str:
        beaten = "the bundled record" if self.bundled else self.replaced_file
        return f"{self.kind} {self.id!r}: {self.file} replaces {beaten} whole"
