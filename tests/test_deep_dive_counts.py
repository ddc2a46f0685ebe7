"""The deep dive counts every gap of a kind it lists, not only the largest it keeps.

Review 14, N5: on o3, o4-mini and o1 the deep dive read "Three gaps come from different
evaluations, ...: SWE-Bench Verified, ...; and MathVista, ..." while the benchmark table marks
six gaps "separate evaluations, run spread unknown": the deep dive keeps the three largest gaps
across evaluations, and the sentence counted the kept ones as if they were all.
"""

from __future__ import annotations

from decimal import Decimal

from phicompare import Benchmark, BenchmarkScore, Catalog, Comparison, Model, compare

_MARKS = "uvwxy"


def _score(benchmark: str, score: int, source: str, evaluation: str | None = None,
           ) -> BenchmarkScore:
    return BenchmarkScore(benchmark=benchmark, score=Decimal(score), setting="5-shot",
                          source=source, evaluation=evaluation)


def _models(*scored: tuple[str, tuple[int, ...]], source: str | None = None,
            ) -> tuple[Model, ...]:
    """Each model scored on u, v, w, x, y (as many as it has figures), at its own source (or
    all at ``source``, one evaluation)."""
    return tuple(Model(id=name.lower(), name=name, scores=tuple(
        _score(k, v, source or f"https://{name.lower()}.example")
        for k, v in zip(_MARKS, values, strict=False))) for name, values in scored)


def _page(*models: Model, spread: bool = False) -> Comparison:
    marks = tuple(Benchmark(id=k, name=k.upper(), items=1000) for k in _MARKS)
    every = list(models)
    if spread:  # a model whose two runs of each benchmark differ by 4 points
        every.append(Model(id="r", name="R", scores=tuple(
            s for k in _MARKS for s in (_score(k, 60, "https://r.example/one", "one"),
                                        _score(k, 56, "https://r.example/two", "two")))))
    return compare(*(m.id for m in models), catalog=Catalog(models=tuple(every),
                                                           benchmarks=marks))


def _deep(c: Comparison) -> str:
    return " ".join(claim.text for paragraph in c.narrative.deep_dive for claim in paragraph)


def test_unjudged_gaps_of_several_pairs_are_counted_all() -> None:
    """Six unjudged gaps (A and B each against C), three listed: "Six gaps ...; the three
    largest: ..."."""
    a, b = _models(("A", (80, 70, 90)), ("B", (79, 69, 88)), source="https://ab.example")
    c = _page(a, b, *_models(("C", (40, 50, 75))))
    deep = _deep(c)
    assert ("Six gaps come from different evaluations, with no repeated run to measure how far "
            "runs differ, so none can be judged; the three largest: U (5-shot), A 80.0 and C "
            "40.0; U (5-shot), B 79.0 and C 40.0; and V (5-shot), A 70.0 and C 50.0.") in deep, deep
    assert c.check() == []


def test_one_pairs_unjudged_gaps_are_counted_all() -> None:
    """Five gaps of one pair, three listed: "on five benchmarks ...; the three largest"."""
    c = _page(*_models(("A", (80, 70, 90, 60, 55)), ("B", (50, 50, 50, 50, 50))))
    deep = _deep(c)
    assert ("A and B are scored on five benchmarks in different evaluations, with no repeated "
            "run to measure how far runs differ, so the gaps cannot be judged; the three "
            "largest: W (5-shot), 90.0 and 50.0; U (5-shot), 80.0 and 50.0; and V (5-shot), 70.0 "
            "and 50.0.") in deep, deep
    assert c.check() == []


def test_directions_beyond_the_spread_are_counted_all() -> None:
    """Five gaps one way beyond the run spread, three listed: "on five benchmarks"."""
    c = _page(*_models(("A", (80, 70, 90, 60, 65)), ("B", (50, 50, 50, 50, 50))), spread=True)
    deep = _deep(c)
    assert ("A's scores are higher than B's on five benchmarks, each from different evaluations "
            "and beyond the 4.0-point spread between runs; the three largest: W (5-shot), 90.0 "
            "against 50.0; U (5-shot), 80.0 against 50.0; and V (5-shot), 70.0 against 50.0: each "
            "a direction, not a lead outside noise.") in deep, deep
    assert c.check() == []


def test_all_listed_reads_as_before() -> None:
    """Three gaps, all listed: no "largest" (the sentence names every one)."""
    c = _page(*_models(("A", (80, 70, 90)), ("B", (50, 50, 50))))
    assert "largest" not in _deep(c)
    assert "A and B are scored on three benchmarks" in _deep(c)
