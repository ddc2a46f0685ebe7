"""When two catalogs are equal: the same records, however they were loaded (review 34, #2).

A catalog's value is its models, providers and benchmarks, in catalog order; how it holds them
(read whole, or on a :class:`~phicompare.catalog.shelf.Shelf` that reads a model's file when it
is asked for) and what it replaced as it was loaded (``Catalog.replaced``) are not part of it.
Two shelved catalogs read from the same index, files and layered records
(:meth:`Shelf.key <phicompare.catalog.shelf.Shelf.key>`) are equal without a file read; any
other two are compared by their ids first (no file read either), then by their records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .index import Catalog

__all__ = ["record_ids", "same_records"]


def record_ids(catalog: Catalog) -> tuple[tuple[str, ...], ...]:
    """The ids of ``catalog``'s models, providers and benchmarks, in order: no file read.

    Equal catalogs have equal ids, so they are what ``hash(catalog)`` hashes.

    Examples:
        >>> from phicompare import default_catalog
        >>> [len(ids) for ids in record_ids(default_catalog())] == [
        ...     len(default_catalog()), len(default_catalog().providers),
        ...     len(default_catalog().benchmarks)]
        True
    """
    shelf = catalog.shelf
    if shelf is None:
        return (tuple([m.id for m in catalog.models]), tuple([p.id for p in catalog.providers]),
                tuple([b.id for b in catalog.benchmarks]))
    return (tuple([row.id for row in shelf.rows]), shelf.ids("providers"),
            shelf.ids("benchmarks"))


def same_records(a: Catalog, b: Catalog) -> bool:
    r"""Whether ``a`` and ``b`` hold the same records in the same order (``a == b``).

    Examples:
        >>> from phicompare import default_catalog, load_catalog
        >>> same_records(default_catalog(), load_catalog(bundled=True))
        True
        >>> import pathlib, tempfile
        >>> mine = pathlib.Path(tempfile.mkdtemp()) / "mine.toml"
        >>> _ = mine.write_text('[[models]]\nid = "my-model"\nname = "My model"\n',
        ...                     encoding="utf-8")
        >>> load_catalog(mine, bundled=True) == load_catalog(mine, bundled=True)
        True
        >>> load_catalog(mine, bundled=True) == default_catalog()
        False
    """
    if a is b:
        return True
    if a.shelf is not None and b.shelf is not None and a.shelf.key() == b.shelf.key():
        return True
    if record_ids(a) != record_ids(b):
        return False
    return a.models == b.models and a.providers == b.providers and a.benchmarks == b.benchmarks
