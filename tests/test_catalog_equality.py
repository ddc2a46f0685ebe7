"""Two catalogs with the same records are equal however they were loaded (review 34, #2).

The lazy ``shelf`` took part in a catalog's equality and hash, so two loads of the bundled
catalog with the same folder, and ``default_catalog()`` beside ``load_catalog(bundled=True)``,
were unequal (docs/catalog.md says otherwise).
"""

from __future__ import annotations

import pickle
from pathlib import Path

import attrs

from phicompare import Catalog, default_catalog, load_catalog

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "my-models"


def _read(catalog: Catalog) -> int:
    """How many models the catalog's shelf holds read (or given)."""
    assert catalog.shelf is not None
    return len(catalog.shelf._loaded)


def test_two_loads_of_one_folder_over_the_bundled_catalog_are_equal_without_reading() -> None:
    a, b = (load_catalog(EXAMPLES, bundled=True) for _ in range(2))
    before = _read(a), _read(b)
    assert a == b
    assert hash(a) == hash(b)
    assert (_read(a), _read(b)) == before  # (the shelves' keys agree: no model file read)
    a.model("phi-2")  # one model read on one side only: the records are the same
    assert a == b


def test_the_bundled_catalog_shelved_equals_it_read_whole() -> None:
    shelved, whole = default_catalog(), load_catalog(bundled=True)
    assert shelved.shelf is not None
    assert whole.shelf is None
    assert shelved == whole
    assert whole == shelved
    assert hash(shelved) == hash(whole)
    assert pickle.loads(pickle.dumps(shelved)) == shelved  # (unpickled whole)


def test_catalogs_with_other_records_are_unequal() -> None:
    mine = load_catalog(EXAMPLES, bundled=True)
    assert mine != default_catalog()  # (another model: told by the ids, no file read)
    phi = default_catalog().model("phi-2")
    renamed = attrs.evolve(phi, name="Phi Two")
    models = [renamed if m.id == "phi-2" else m for m in default_catalog().models]
    other = Catalog(models=tuple(models), providers=default_catalog().providers,
                    benchmarks=default_catalog().benchmarks)
    assert other != default_catalog()  # (the same ids: the records differ)
    assert len({hash(other), hash(default_catalog())}) == 1  # (a hash of the ids alone)
    assert Catalog() == Catalog()
    assert Catalog() != "catalog"
