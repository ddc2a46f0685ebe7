"""Review 15's page findings P8 to P10, on bundled pages and small catalogs.

P8: where no pair of scores compares, a page of three or more models counts every benchmark its
table shows (scores from two models or more) and says how many of them all the models share,
not "They share one benchmark, Aider Polyglot" over a table of seven; the count is checked.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from phicompare import Benchmark, BenchmarkScore, Catalog, Comparison, Model, compare
from phicompare.narrative.check import check_claims

DAY = dt.date(2026, 11, 25)


def _summary(c: Comparison) -> str:
    return " ".join(claim.text for claim in c.narrative.summary)


def _scored(mid: str, *benches: str) -> Model:
    """A model scoring each of ``benches`` in a setting of its own (so no pair compares)."""
    return Model(id=mid, name=mid.upper(), sources=(f"https://{mid}.example/card",),
                 scores=tuple(BenchmarkScore(benchmark=b, score=Decimal(50 + k),
                                             setting=f"{mid} setting",
                                             source=f"https://{mid}.example/card")
                              for k, b in enumerate(benches)))


def _compare(*models: Model) -> Comparison:
    benches = tuple(Benchmark(id=b, name=b.upper(), items=1000) for b in ("b1", "b2", "b3", "b4"))
    return compare(*models, catalog=Catalog(models=models, benchmarks=benches), as_of=DAY)


def test_three_models_count_every_benchmark_the_table_shows() -> None:
    """P8: GPT-5, GPT-4.1 and o3 share Aider Polyglot; six more rows have two of them."""
    c = compare("gpt-5", "gpt-4.1", "o3", as_of=DAY)
    summary = _summary(c)
    assert ("Seven benchmarks have scores from two or more of these models (one, Aider "
            "Polyglot, from all three), but none is on record as scored in one evaluation under "
            "one setting, so the scores are not directly comparable.") in summary, summary
    assert "They share one benchmark" not in summary
    assert sum(sum(s is not None for s in row.scores) > 1 for row in c.benchmarks) == 7
    assert c.check() == []


def test_benchmarks_every_model_scores_are_counted() -> None:
    """P8: two benchmarks all three score, and no other: "They share two benchmarks"."""
    c = _compare(_scored("a", "b1", "b2", "b3"), _scored("b", "b1", "b2"), _scored("c", "b1", "b2"))
    assert ("They share two benchmarks, but none is on record as scored in one evaluation under "
            "one setting, so the scores are not directly comparable.") in _summary(c)
    assert c.check() == []


def test_benchmarks_all_share_are_named_among_the_count() -> None:
    """P8: two of three benchmarks every model scores are named in the count's bracket."""
    c = _compare(_scored("a", "b1", "b2", "b3"), _scored("b", "b1", "b2", "b3"),
                 _scored("c", "b1", "b2", "b4"))
    assert ("Three benchmarks have scores from two or more of these models (two, B1 and B2, from "
            "all three), but none is on record") in _summary(c), _summary(c)
    assert c.check() == []


def test_the_count_is_checked_against_the_scores() -> None:
    """P8: a score taken away from the facts breaks the count's checks."""
    c = _compare(_scored("a", "b1", "b2"), _scored("b", "b1", "b2"), _scored("c", "b1"))
    assert ("Two benchmarks have scores from two or more of these models (one, B1, from all "
            "three)") in _summary(c), _summary(c)
    k = next(k for k, row in enumerate(c.benchmarks) if row.benchmark.id == "b2")
    row = c.benchmarks[k]
    fewer = attrs.evolve(row, scores=(row.scores[0], None, *row.scores[2:]))
    changed = attrs.evolve(c, benchmarks=(*c.benchmarks[:k], fewer, *c.benchmarks[k + 1:]))
    problems = check_claims(c.narrative, changed)
    assert any("benchmarks[" in p and "scores[1]" in p for p in problems), problems
