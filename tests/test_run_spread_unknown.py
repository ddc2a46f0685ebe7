"""A benchmark with no repeated run has no spread between runs: unknown stays unknown.

The catalog gave such a benchmark the median of the other benchmarks' spreads, so every
DeepSeek benchmark on DeepSeek-R1 against DeepSeek V3 read "the run spread of 3.7", a figure
no source gives for it. See docs/benchmarks-statistics.md and docs/catalog.md.
"""

from __future__ import annotations

from decimal import Decimal

from phicompare import Benchmark, BenchmarkScore, Catalog, Model, Provider, compare, default_catalog


def _scored(model_id: str, *runs: tuple[str, str, str]) -> Model:
    return Model(id=model_id, name=model_id.upper(), scores=tuple(
        BenchmarkScore(benchmark=b, score=Decimal(score), setting="5-shot", evaluation=run)
        for b, score, run in runs))


def _catalog(*models: Model) -> Catalog:
    return Catalog(models=models, providers=(Provider(id="p", name="P"),),
                   benchmarks=(Benchmark(id="b", name="B", items=1000),
                               Benchmark(id="other", name="Other", items=1000)))


def test_a_benchmark_without_a_repeated_run_has_no_spread() -> None:
    runs = _scored("r", ("b", "60", "one"), ("b", "56", "two"))
    a, b = _scored("a", ("other", "70", "one")), _scored("b", ("other", "50", "three"))
    catalog = _catalog(runs, a, b)
    assert catalog.run_spread("b") == Decimal("4")
    assert catalog.run_spread("other") is None
    gap = compare("a", "b", catalog=catalog).benchmarks[0].pairs[0]
    assert (gap.evaluations_differ, gap.run_spread, gap.beyond_spread) == (True, None, None)
    assert gap.higher_index is None


def test_a_figure_quoted_twice_is_no_spread_and_takes_none() -> None:
    quoted = _scored("q", ("b", "84.6", "one"), ("b", "84.60", "two"),
                     ("other", "60", "one"), ("other", "57", "two"))
    catalog = _catalog(quoted)
    assert catalog.run_spread("other") == Decimal("3")
    assert catalog.run_spread("b") is None  # was 3, the median of the spreads known


def test_deepseeks_benchmarks_have_no_spread_no_source_gives() -> None:
    catalog = default_catalog()
    for benchmark in ("aime-2024", "livecodebench", "aider-polyglot", "cnmo-2024"):
        assert catalog.run_spread(benchmark) is None, benchmark
    c = compare("deepseek-r1", "deepseek-v3")
    said = " ".join(claim.text for claim in c.narrative.claims())
    assert "3.7-point spread" not in said
    assert c.check() == []
