"""The scorecard's benchmark leads count only models released on the page's date.

Review 35, #3: ``phicompare phi-2 phi-3.5-mini phi-4-mini gemma-3-4b --as-of 2024-09-01`` gave
Phi-3.5 Mini "ahead of Phi-4 Mini on HellaSwag and WinoGrande" and Phi-4 Mini "ahead of Phi-3.5
Mini on GSM8K, BBH, MMLU, ...", where Phi-4 Mini's own Decision fit read "not released until
2025-02-26", and counted Phi-2's pairs with models no one could run on that date. A model not
yet out has its date in the cell, as in the fit row (and the summary since fixBG); the others'
leads are among models out by then. The benchmark table keeps every score.
"""

from __future__ import annotations

from phicompare import compare


def _leads(*models: str, as_of: str) -> tuple[str, ...]:
    c = compare(*models, as_of=as_of)
    assert c.check() == []
    return next(r for r in c.narrative.scorecard if r.key == "benchmarks").cells


def test_leads_are_counted_among_released_models() -> None:
    cells = _leads("phi-2", "phi-3.5-mini", "phi-4-mini", "gemma-3-4b", as_of="2024-09-01")
    assert cells == (
        "no lead outside noise (three comparable pairs assessed; three not assessed)",
        "ahead of Phi-2 on OLL IFEval, OLL MATH Lvl 5 and OLL MMLU-Pro",
        "not released until 2025-02-26", "not released until 2025-03-12")


def test_a_later_model_is_never_led_nor_leading() -> None:
    cells = _leads("phi-3-mini-128k", "phi-3.5-mini", "phi-4-mini", as_of="2024-12-01")
    assert cells[2] == "not released until 2025-02-26"
    assert "Phi-4 Mini" not in cells[0] + cells[1]
    assert cells[1] == "ahead of Phi-3 Mini 128K on OLL MATH Lvl 5 and OLL MMLU-Pro"


def test_a_model_whose_only_rival_is_not_out_says_so() -> None:
    assert _leads("phi-2", "phi-4-mini", as_of="2024-06-01") == (
        "no rival released by 2024-06-01", "not released until 2025-02-26")


def test_the_benchmark_table_keeps_every_score() -> None:
    c = compare("phi-2", "phi-3.5-mini", "phi-4-mini", as_of="2024-09-01")
    mmlu = next(r for r in c.benchmarks if r.benchmark.id == "mmlu")
    assert all(s is not None for s in mmlu.scores)
    assert "not released until 2025-02-26" in c.to_markdown()
