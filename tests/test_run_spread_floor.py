"""A floored run spread is said to be the typical spread, never the benchmark's own.

SIQA's two runs of Phi-3.5-mini differ by 0.4 points, yet its spread is the catalog's median
(3.7 points): a deliberate floor (docs/catalog.md), which the page called SIQA's "spread between
runs" (review 6). The page now says the figure is the typical spread, taken as the least.
"""

from __future__ import annotations

from decimal import Decimal

from phicompare import Benchmark, BenchmarkScore, Catalog, Model, compare, default_catalog


def _scored(model_id: str, *runs: tuple[str, str, str]) -> Model:
    return Model(id=model_id, name=model_id.upper(), scores=tuple(
        BenchmarkScore(benchmark=b, score=Decimal(score), setting="5-shot", evaluation=run)
        for b, score, run in runs))


def _catalog(gap: str) -> Catalog:
    """Spreads: steady 0.4 (floored), wide 10, mid 5 (median), other none; A, B apart on steady."""
    runs = _scored("r", ("steady", "60", "one"), ("steady", "60.4", "two"),
                   ("wide", "60", "one"), ("wide", "70", "two"),
                   ("mid", "60", "one"), ("mid", "65", "two"))
    a = _scored("a", ("steady", str(50 + Decimal(gap)), "three"),
                ("wide", "90", "three"))
    b = _scored("b", ("steady", "50", "four"), ("wide", "50", "four"))
    return Catalog(models=(runs, a, b), benchmarks=tuple(
        Benchmark(id=i, name=i.title(), items=1000) for i in ("steady", "wide", "mid", "other")))


def test_the_catalog_says_which_spreads_are_floored() -> None:
    catalog = _catalog("2")
    assert catalog.run_spread("steady") == Decimal("5.0")  # the floor, above its own 0.4
    assert catalog.run_spread_floored("steady")
    assert not catalog.run_spread_floored("wide")
    assert not catalog.run_spread_floored("other")
    gap = compare("a", "b", catalog=catalog).benchmarks[0].pairs[0]
    assert (gap.run_spread, gap.spread_floored) == (Decimal("5.0"), True)


def test_a_gap_within_a_floored_spread_says_the_spread_is_the_typical_one() -> None:
    c = compare("a", "b", catalog=_catalog("2"))
    page = c.to_markdown()
    assert ("the 2.0-point gap is no larger than the spread between runs of one model, taken as "
            "at least the 5.0-point typical spread (its own runs differ less)") in page
    assert "within the typical run spread of 5.0 (a floor; separate evaluations)" in page
    assert "no larger than the 5.0-point spread between runs" not in page
    assert c.check() == []


def test_a_gap_beyond_a_floored_spread_says_so_too() -> None:
    c = compare("a", "b", catalog=_catalog("8"))
    page = c.to_markdown()
    assert "58.0 against 50.0 (spread taken as at least the 5.0-point typical one)" in page
    assert "A higher (separate evaluations, beyond the typical run spread of 5.0, a floor)" in page
    assert "beyond the run spread of 10.0" in page  # "wide" measures its own
    assert c.check() == []


def test_the_bundled_siqa_spread_is_the_typical_one() -> None:
    catalog = default_catalog()
    assert catalog.run_spread_floored("siqa")
    assert catalog.run_spread_floored("piqa")
    assert not catalog.run_spread_floored("gsm8k")
    said = " ".join(claim.text for claim in compare("phi-2", "phi-4-mini").narrative.claims())
    assert "(spread between runs: 3.7 points)" not in said
    assert ("(spread between runs taken as at least the 3.7-point typical spread; its own runs "
            "differ less)") in said
