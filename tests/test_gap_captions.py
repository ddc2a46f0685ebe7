"""The benchmark tables name a 95% sampling interval only where some gap has one (review 8).

"Scores both models report, in points; the gap with its 95% sampling interval" stood over a
table whose every gap read "noise not assessed" (no item count, so no interval).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from phicompare import Catalog, compare
from phicompare.domain.records import Benchmark, BenchmarkScore, Model, Provider


def _catalog(items: int | None, count: int = 2) -> Catalog:
    """``count`` models scored alike on one benchmark of ``items`` items (None: unsourced)."""
    def model(k: int) -> Model:
        return Model(id=f"m{k}", name=f"Model {k}", scores=(BenchmarkScore(
            benchmark="b", score=Decimal(70 + k), setting="5-shot",
            source="https://one.example/table"),))
    return Catalog(models=tuple(model(k) for k in range(count)),
                   providers=(Provider(id="p", name="P"),),
                   benchmarks=(Benchmark(id="b", name="Bench", items=items),))


@pytest.mark.parametrize("count", [2, 3])
def test_no_interval_named_where_no_gap_has_one(count: int) -> None:
    """No item count: the caption and the gap column say no interval."""
    page = compare(*(f"m{k}" for k in range(count)), catalog=_catalog(None, count)).to_markdown()
    assert "noise not assessed" in page
    assert "95% sampling interval" not in page.partition("## Benchmarks")[2].partition("\n## ")[0]
    assert "±95%" not in page


@pytest.mark.parametrize("count", [2, 3])
def test_the_interval_is_named_where_a_gap_has_one(count: int) -> None:
    """An item count gives each gap an interval: the caption and column name it."""
    page = compare(*(f"m{k}" for k in range(count)), catalog=_catalog(1000, count)).to_markdown()
    assert "| Gap ±95% |" in page
    caption = ("*Scores both models report, in points; the gap with its 95% sampling interval*"
               if count == 2 else "*Gaps between pairs of scores, with 95% sampling intervals*")
    assert caption in page
