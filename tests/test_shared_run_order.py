"""Of runs two models share, the first by run_key: on a page of two as of more, in either order.

Review 35, #2: a page of two took the alphabetically first shared evaluation, one of three or
more the run the page meets first, so that ``phicompare llama-3.1-8b phi-3.5-mini`` read MMLU
68.1 vs 69.0 "within noise" (the Phi-3.5-mini card) and the same page with Phi-2 68.1 vs 65.5,
"Llama 3.1 8B leads" (the Phi-4-mini card, which Llama 3.1 8B's record lists first). A first
fix took the run the page meets first on pages of two too, and then ``compare(a, b)`` no longer
mirrored ``compare(b, a)``: a pair takes the first by ``run_key`` in either order. Left: on a
page of three or more where no run is shared by all, the run the page meets first still
decides (``llama-3.1-8b phi-3.5-mini phi-2`` reads MMLU 68.1 vs 65.5).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from phicompare import compare


def _scores(benchmark: str, *models: str) -> tuple[Decimal | None, ...]:
    row = next(r for r in compare(*models).benchmarks if r.benchmark.id == benchmark)
    return tuple([None if s is None else s.score for s in row.scores])


@pytest.mark.parametrize(("benchmark", "pair"), [
    ("mmlu", ("phi-3.5-mini", "llama-3.1-8b")), ("piqa", ("phi-3.5-mini", "llama-3.1-8b")),
])
def test_a_pair_reads_alike_beside_a_third_model(benchmark: str,
                                                 pair: tuple[str, str]) -> None:
    assert _scores(benchmark, *pair) == _scores(benchmark, *pair, "phi-2")[:2]


def test_the_order_the_models_are_named_in_decides_nothing() -> None:
    for benchmark in ("mmlu", "piqa", "hellaswag", "gpqa", "bbh"):
        pair = _scores(benchmark, "llama-3.1-8b", "phi-3.5-mini")
        assert pair == _scores(benchmark, "phi-3.5-mini", "llama-3.1-8b")[::-1], benchmark
    assert _scores("mmlu", "llama-3.1-8b", "phi-3.5-mini") == (Decimal("68.1"), Decimal("69.0"))


def test_a_run_of_both_in_another_evaluation_is_named_as_a_pairing() -> None:
    """Llama 3.1 8B's 68.1 in the Phi-4-mini card repeats its figure in the Phi-3.5-mini card.

    The row named each model's other run ("Phi-3.5 Mini's other run: 65.5; Llama 3.1 8B's other
    run: 69.4"), which hid that in the Phi-4-mini card Llama 3.1 8B also has 68.1.
    """
    c = compare("phi-3.5-mini", "llama-3.1-8b")
    row = next(r for r in c.benchmarks if r.benchmark.id == "mmlu")
    assert [(x.score, y.score) for x, y in row.other_pairs(0, 1)] == [
        (Decimal("65.5"), Decimal("68.1"))]
    assert [s.score for s in row.others(1)] == [Decimal("69.4")]  # (68.1 is no run of its own)
    text = c.to_text(width=200)
    line = next(ln for ln in text.splitlines() if ln.startswith("MMLU "))
    assert line.endswith("within noise; another run of both: 65.5 vs 68.1")
    assert c.check() == []


def test_a_repeated_figure_alone_makes_no_pairing() -> None:
    """Phi-3.5 Mini's ARC-C 84.6 in both cards is one figure quoted again (review 29, F11)."""
    row = next(r for r in compare("phi-3.5-mini", "llama-3.1-8b").benchmarks
               if r.benchmark.id == "arc-c")
    assert row.other_pairs(0, 1) == ()
    assert row.others(0) == ()
