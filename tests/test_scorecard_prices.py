"""The scorecard's price cell names every unit price its bill adds up to (review 17, leftover).

With a cached share the cell read "$0.03 in / $0.11 out per 1M (Kilo Gateway)" beside a bill
that also bills half the input at a $0.02 cache-read price; the cost prose quotes that price
since review 17's P1, the cell does now too.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from phicompare import Comparison, Traffic, compare
from phicompare.narrative import format as fmt

DAY = dt.date(2026, 12, 1)


def _cells(c: Comparison) -> tuple[str, ...]:
    (row,) = [r for r in c.narrative.scorecard if r.key == "route-price"]
    return row.cells


def test_a_cached_share_shows_the_cache_read_price() -> None:
    c = compare("gemma-3-27b", "llama-3.2-11b-vision-instruct", requires={"vision"}, as_of=DAY,
                traffic=Traffic(cached_share=Decimal("0.5")))
    assert _cells(c) == ("$0.03 in / $0.02 cached in / $0.11 out per 1M on Kilo Gateway",
                         "$0.049 in / $0.049 out per 1M on Kilo Gateway")
    assert c.check() == []


def test_without_shares_the_cell_is_the_two_prices() -> None:
    c = compare("gemma-3-27b", "llama-3.2-11b-vision-instruct", requires={"vision"}, as_of=DAY)
    assert _cells(c)[0] == "$0.03 in / $0.11 out per 1M on Kilo Gateway"


@pytest.mark.parametrize("shares", [{"cached_share": "0.5"}, {"batch_share": "0.4"},
                                    {"cached_share": "0.3", "cache_write_share": "0.2"},
                                    {"cached_share": "0.2", "batch_share": "0.5"}])
@pytest.mark.parametrize("models", [("gpt-4o", "claude-sonnet-4"), ("gpt-4.1", "gemini-2.5-pro"),
                                    ("gemma-3-27b", "qwen3-4b")])
def test_every_unit_price_of_the_bill_is_in_its_cell(models: tuple[str, str],
                                                     shares: dict[str, str]) -> None:
    traffic = Traffic(**{k: Decimal(v) for k, v in shares.items()})  # type: ignore[arg-type]
    c = compare(*models, traffic=traffic, as_of=DAY)
    for e, cell in zip(c.cost.estimates, _cells(c), strict=True):
        for line in e.lines:
            if line.item != "requests":
                assert fmt.price(line.unit_price) in cell, (line, cell)
    assert c.check() == []
