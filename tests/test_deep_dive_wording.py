"""Deep dive and summary wording of review 8, G18: no "in none of the one pair", no "scores
above" with nothing above, and one benchmark said as one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Benchmark, BenchmarkScore, Catalog, Comparison, Model, compare

DAY = dt.date(2026, 11, 25)


def _score(benchmark: str, value: str) -> BenchmarkScore:
    return BenchmarkScore(benchmark=benchmark, score=Decimal(value), setting="5-shot",
                          evaluation="one table")


def _page(*scores: dict[str, str]) -> Comparison:
    """Models A, B, ... scored in one table; "counted" has an item count, the others none."""
    models = tuple(Model(id=chr(97 + k), name=chr(65 + k),
                         scores=tuple(_score(b, v) for b, v in s.items()))
                   for k, s in enumerate(scores))
    cat = Catalog(models=models, benchmarks=(
        Benchmark(id="counted", name="Counted", items=1000), Benchmark(id="p", name="Plain P"),
        Benchmark(id="q", name="Plain Q"), Benchmark(id="r", name="Plain R")))
    return compare(*(m.id for m in models), catalog=cat, as_of=DAY)


def _texts(claims: object) -> list[str]:
    return [c.text for c in claims]  # type: ignore[attr-defined]


def test_one_pair_with_an_interval_is_not_none_of_the_one_pair() -> None:
    c = _page({"counted": "70", "p": "60", "q": "50", "r": "40"},
              {"counted": "69", "p": "55", "q": "45", "r": "35"})
    deep = [t for group in c.narrative.deep_dive for t in _texts(group)]
    said = next(t for t in deep if "directly comparable" in t)
    assert "none of the one pair" not in said, said
    assert said.endswith("for the one pair with a 95% sampling interval, the gap lies inside "
                         "it; for three pairs no interval could be drawn."), said
    assert c.check() == []


def test_one_benchmark_scored_alike_by_three_models_is_one_benchmark() -> None:
    """Three models on one benchmark without an interval: "the gaps on Plain P, the one
    benchmark scored alike", not "the benchmarks scored alike (Plain P)"."""
    c = _page({"p": "60"}, {"p": "55"}, {"p": "50"})
    summary = _texts(c.narrative.summary)
    assert ("No 95% sampling interval could be drawn for the gaps on Plain P, the one benchmark "
            "scored alike, so none is read as a lead.") in summary, summary
    assert c.check() == []


def test_the_makers_own_report_names_the_table_not_above() -> None:
    c = compare("qwen3-32b", "qwen3-30b-a3b", "mistral-small-2506", "llama-3.1-8b-instruct")
    deep = " ".join(t for group in c.narrative.deep_dive for t in _texts(group))
    assert "scores above" not in deep
    assert ("Llama 3.1 8B's MMLU-Pro score in the benchmark table is not its maker's own report, "
            "which gives MMLU-Pro (5-shot CoT) 48.3: separate evaluations, not compared here."
            ) in deep, deep
    assert c.check() == []


def test_a_maker_s_figure_named_as_another_run_is_not_given_again() -> None:
    """Gemma 2 9B vs Llama 3.1 8B: the GSM8K and HumanEval sentences name Llama 3.1 8B's other
    runs (84.5 and 72.6, Meta's own reports), and the paragraph's last sentence gave both again
    ("... GSM8K (8-shot CoT) 84.5 ... HumanEval (0-shot) 72.6"; stop 45's closing note, helper
    fixAI). Each figure is said once in the paragraph now; Meta's other figures stay."""
    c = compare("gemma-2-9b", "llama-3.1-8b", as_of=dt.date(2026, 12, 2))
    paragraph = next(p for p in c.narrative.deep_dive if any(
        claim.key.startswith("own-reports") for claim in p))
    said = " ".join(claim.text for claim in paragraph)
    assert "Llama 3.1 8B's other run: 84.5" in said
    assert "Llama 3.1 8B's other run: 72.6" in said
    for figure in ("84.5", "72.6"):
        assert said.count(figure) == 1, (figure, said)
    own = next(claim.text for claim in paragraph if claim.key.startswith("own-reports"))
    assert "MMLU (5-shot) 69.4" in own
    assert "GSM8K" not in own
    assert "HumanEval" not in own
    assert c.check() == []
