"""What the first comparison's catalog load skips or groups at once finds what it always found.

Issue 16's budget: the bundled catalog groups its rows by family label in one pass and finds a
key's rows when asked for (:func:`~phicompare.catalog.kin.family_groups`), and its shelf reads a
model file without the names its scores use (the bundle tool resolved them). Each shortcut must
give what the long way gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import pytest
import tomli
from hypothesis import given, strategies as st

import phicompare.catalog.kin
from phicompare import Model, default_catalog
from phicompare.catalog.bundled import _DATA, _shelved
from phicompare.catalog.kin import Sized, family_groups, family_keys
from phicompare.catalog.loader import bundled_files
from phicompare.catalog.structure import scan_file, structure_file


def _by_keys(rows: Sequence[Sized]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for row in rows:
        for key in family_keys(row):
            found.setdefault(key, set()).add(row.id)
    return found


def _grouped(rows: Sequence[Sized]) -> dict[str, set[str]]:
    groups = family_groups(rows)
    for key, found in groups.items():
        assert len(found) == len({row.id for row in found}), key  # each row once a key
    return {key: {row.id for row in found} for key, found in groups.items()}


def test_family_groups_are_the_family_keys_of_every_bundled_row() -> None:
    shelf = default_catalog().shelf
    assert shelf is not None
    assert _grouped(shelf.rows) == _by_keys(shelf.rows)


_FAMILY = st.sampled_from([None, "", "phi", "deepseek", "deepseek-thinking", "o-mini",
                           "gpt oss", " qwen ", "qwen-vl"])
_NAME = st.sampled_from(["DeepSeek-R1", "DeepSeek V3", "o4-mini", "GPT Audio Mini", "Phi-4",
                         "Qwen VL Max", "qwen", "GPT OSS 20B"])


@given(st.lists(st.tuples(_FAMILY, _NAME), max_size=8))
def test_family_groups_are_the_family_keys_of_any_rows(specs: list[tuple[str | None, str]]) -> None:
    rows = [Model(id=f"m{i}", name=name, family=family) for i, (family, name) in enumerate(specs)]
    assert _grouped(rows) == _by_keys(rows)


def test_opening_the_catalog_reads_no_name_for_families(monkeypatch: pytest.MonkeyPatch) -> None:
    """Which family a row's name bears is read for the keys a page asks for, not for about 200
    rows when the catalog opens (issue 16: about 1 ms of the first comparison)."""
    expected = default_catalog().neighbour_names("deepseek-r1")
    read: list[str] = []
    borne = phicompare.catalog.kin.borne_family

    def counted(m: Sized) -> str | None:
        read.append(m.id)
        return borne(m)

    monkeypatch.setattr(phicompare.catalog.kin, "borne_family", counted)
    catalog = _shelved(_DATA)
    assert catalog is not None
    assert read == []
    assert catalog.neighbour_names("deepseek-r1") == expected
    assert read


def test_a_model_file_read_without_references_gives_the_same_records() -> None:
    files = [f for f in bundled_files() if "models" in str(f)][:40]
    assert files
    for entry in files:
        data = tomli.loads(entry.read_text(encoding="utf-8"), parse_float=Decimal)
        records, problems, refs = structure_file(data, str(entry))
        skipped, skipped_problems, none = structure_file(data, str(entry), references=False)
        assert (skipped, skipped_problems, none) == (records, problems, [])
        assert scan_file(data, str(entry), references=False)[:3] == scan_file(data, str(entry))[:3]
    assert refs  # the long way still reads them
