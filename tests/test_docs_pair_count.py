"""The docs size the bundled catalog's pairs truly (API review 15, A12: "about a million").

The stated figure is the pairs of the bundled catalog's model count, as it is.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from phicompare import default_catalog

DOCS = Path(__file__).resolve().parent.parent / "docs"
_FIGURE = re.compile(r"over 400,000(?: pairs)?\s+\(?:?\s*([\d,]+) at (?:its )?(\d+)\s+models")


@pytest.mark.parametrize("name", ["cli.md", "scale.md"])
def test_the_pair_count_is_computed(name: str) -> None:
    if not DOCS.is_dir():
        pytest.skip("docs/ is not beside the tests (installed-wheel run)")
    text = " ".join((DOCS / name).read_text(encoding="utf-8").split())
    assert "about a million" not in text
    figures = _FIGURE.findall(text)
    assert figures, f"{name} states no pair count"
    n = len(default_catalog().models)
    assert n * (n - 1) // 2 > 400_000
    for pairs, models in figures:
        assert int(models) == n, f"{name} counts {models} models; the catalog has {n}"
        assert int(pairs.replace(",", "")) == n * (n - 1) // 2
