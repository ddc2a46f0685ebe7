"""The catalog's counts written in README.md and docs/data-notes.md are the bundled catalog's.

They are written by hand after each rebuild (`tools/bundle_catalog.py`); data-notes' count of the
imported layer had stayed at 984 models while the layer shrank to 881.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from phicompare import default_catalog

ROOT = Path(__file__).parent.parent
pytestmark = pytest.mark.skipif(not (ROOT / "src" / "phicompare").is_dir(),
                                reason="the docs' counts are checked from a source checkout")


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def test_readme_counts_are_the_bundled_catalog_s() -> None:
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    found = re.search(
        r"\*\*([\d,]+) models\*\* from (\d+) named vendors \(([\d,]+) of them only as the "
        r"model's id suggests, said as such on pages, and ([\d,]+) models with no vendor at "
        r"all\), with \*\*([\d,]+) provider routes\*\* \(([\d,]+) priced\) on (\d+) providers "
        r"and ([\d,]+) benchmark scores", text)
    assert found is not None, "README.md's counts sentence changed shape: update this test"
    models, vendors, inferred, none, routes, priced, providers, scores = map(
        _number, found.groups())
    catalog = default_catalog()
    every_route = [r for m in catalog.models for r in m.routes]
    assert models == len(catalog.models)
    assert vendors == len({m.vendor for m in catalog.models if m.vendor})
    assert inferred == sum(1 for m in catalog.models if m.vendor and m.vendor_inferred)
    assert none == sum(1 for m in catalog.models if not m.vendor)
    assert routes == len(every_route)
    assert priced == sum(1 for r in every_route if r.input is not None and r.output is not None)
    assert providers == len(catalog.providers)
    assert scores == sum(len(m.scores) for m in catalog.models)


def test_data_notes_counts_the_imported_layer() -> None:
    text = (ROOT / "docs" / "data-notes.md").read_text(encoding="utf-8")
    found = re.search(r"\(`src/phicompare/data/imported/`, ([\d,]+) models\)", text)
    assert found is not None
    layer = ROOT / "src" / "phicompare" / "data" / "imported" / "models"
    assert _number(found.group(1)) == len(list(layer.rglob("*.toml")))
