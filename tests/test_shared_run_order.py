"""Of runs two models share, the one the page meets first: on a page of two as of more.

Review 35, #2: a page of two took the alphabetically first shared evaluation, one of three or
more the run the page meets first, so that ``phicompare llama-3.1-8b phi-3.5-mini`` read MMLU
68.1 vs 69.0 "within noise" (the Phi-3.5-mini card) and the same page with Phi-2 68.1 vs 65.5,
"Llama 3.1 8B leads" (the Phi-4-mini card, which Llama 3.1 8B's record lists first).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from phicompare import compare


def _scores(benchmark: str, *models: str) -> tuple[Decimal | None, ...]:
    row = next(r for r in compare(*models).benchmarks if r.benchmark.id == benchmark)
    return tuple([None if s is None else s.score for s in row.scores])


@pytest.mark.parametrize(("benchmark", "pair"), [
    ("mmlu", ("llama-3.1-8b", "phi-3.5-mini")), ("piqa", ("llama-3.1-8b", "phi-3.5-mini")),
    ("mmlu", ("phi-3.5-mini", "llama-3.1-8b")), ("hellaswag", ("gemma-2-9b", "phi-3.5-mini")),
])
def test_a_pair_reads_alike_beside_a_third_model(benchmark: str,
                                                 pair: tuple[str, str]) -> None:
    assert _scores(benchmark, *pair) == _scores(benchmark, *pair, "phi-2")[:2]


def test_the_first_models_record_order_decides() -> None:
    assert _scores("mmlu", "llama-3.1-8b", "phi-3.5-mini") == (Decimal("68.1"), Decimal("65.5"))
    assert _scores("mmlu", "phi-3.5-mini", "llama-3.1-8b") == (Decimal("69.0"), Decimal("68.1"))
