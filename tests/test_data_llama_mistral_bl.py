"""Llama 3.1 8B beside Mistral 7B v0.3 in one evaluation: the Phi-3.5-mini card's (dataBL).

Microsoft's Phi-3.5-mini-instruct card sets a Llama-3.1-8B-Ins column beside Mistral 7B v0.3's
in one quality table (review 32, #4). The catalog had Llama's figures only from the Phi-4-mini
card's table and Mistral's only from the Phi-3.5-mini card's, so a page of the two read 17 rows
"separate evaluations". Llama's Phi-3.5-mini column is now a second run of each row (its own
`evaluation`), after the Phi-4-mini card's, which Phi-4 Mini and the other columns of that
table still pair with. See docs/data-notes.md ("Llama 3.1 8B re-evaluated").
"""

from __future__ import annotations

from decimal import Decimal

from phicompare import compare, default_catalog

PHI35_CARD = "https://huggingface.co/microsoft/Phi-3.5-mini-instruct"
PHI4_MINI_CARD = "https://huggingface.co/microsoft/Phi-4-mini-instruct"

# The Llama-3.1-8B-Ins column of the Phi-3.5-mini card's table, read 2026-12-03.
LLAMA_IN_PHI35 = {
    "arena-hard": "25.7", "bbh": "63.4", "mmlu": "68.1", "mmlu-pro": "44.0", "arc-c": "83.1",
    "boolq": "82.8", "gpqa": "26.3", "hellaswag": "73.5", "openbookqa": "84.8", "piqa": "81.2",
    "siqa": "71.8", "truthfulqa-mc2": "69.2", "winogrande": "64.7", "multilingual-mmlu": "56.2",
    "mgsm": "56.7", "gsm8k": "82.4", "math": "47.6", "humaneval": "66.5", "mbpp": "69.4",
}
# Where the Phi-4-mini card's Llama column differs from it.
LLAMA_IN_PHI4_MINI = {"hellaswag": "72.8", "piqa": "83.2"}


def _runs(model: str, source: str) -> dict[str, Decimal]:
    scores = default_catalog().model(model).scores
    return {s.benchmark: s.score for s in scores
            if s.source == source and s.harness == "microsoft-internal"}


def test_llama_has_the_phi35_cards_column_beside_the_phi4_mini_cards() -> None:
    assert _runs("llama-3.1-8b", PHI35_CARD) == {
        k: Decimal(v) for k, v in LLAMA_IN_PHI35.items()}
    phi4 = _runs("llama-3.1-8b", PHI4_MINI_CARD)
    assert len(phi4) == 17
    assert {k: str(phi4[k]) for k in LLAMA_IN_PHI4_MINI} == LLAMA_IN_PHI4_MINI
    # the Phi-4-mini card's run stays the one a page without a shared evaluation shows
    first: dict[str, str | None] = {}
    for s in default_catalog().model("llama-3.1-8b").scores:
        if s.harness == "microsoft-internal":
            first.setdefault(s.benchmark, s.source)
    assert {b for b, src in first.items() if src == PHI35_CARD} == {"humaneval", "mbpp"}


def test_llama_against_mistral_reads_one_evaluation_on_every_row_of_the_card() -> None:
    rows = {r.benchmark.id: r for r in compare("llama-3.1-8b", "mistral-7b-v0.3").benchmarks}
    for benchmark, figure in LLAMA_IN_PHI35.items():
        row = rows[benchmark]
        llama, _ = row.scores
        assert llama is not None, benchmark
        assert str(llama.score) == figure, benchmark
        (pair,) = row.pairs
        assert pair.comparable, benchmark
        assert not pair.evaluations_differ, benchmark
    arena = rows["arena-hard"].pairs[0]
    assert arena.interval_95 is not None
    assert (arena.gap, round(arena.interval_95, 1), arena.significant) == (
        Decimal("7.6"), Decimal("5.1"), True)
    bbh = rows["bbh"].pairs[0]
    assert (bbh.gap, bbh.significant) == (Decimal("30.0"), True)
    siqa = rows["siqa"].pairs[0]  # 71.8 against 73.0: within noise, no longer a "spread"
    assert (siqa.gap, siqa.significant) == (Decimal("-1.2"), False)


def test_the_page_no_longer_says_separate_evaluations_of_the_card() -> None:
    c = compare("llama-3.1-8b", "mistral-7b-v0.3")
    page = c.to_markdown()
    assert "separate evaluations" not in page.split("## Benchmarks")[1].split("## ")[0]
    assert c.check() == []


def test_phi4_mini_against_llama_stays_in_the_phi4_mini_cards_table() -> None:
    rows = {r.benchmark.id: r for r in compare("phi-4-mini", "llama-3.1-8b").benchmarks}
    for benchmark in set(LLAMA_IN_PHI35) - {"humaneval", "mbpp"}:
        _, llama = rows[benchmark].scores
        assert llama is not None, benchmark
        assert llama.source == PHI4_MINI_CARD, benchmark
        assert rows[benchmark].pairs[0].comparable, benchmark
    _, hellaswag = rows["hellaswag"].scores
    assert hellaswag is not None
    assert hellaswag.score == Decimal("72.8")
    assert [str(s.score) for s in rows["hellaswag"].others(1)] == ["73.5"]


def test_three_models_two_of_them_in_the_same_two_tables_take_the_same_one() -> None:
    """Of three models, two sharing two runs take the same one (the one the page meets first),
    never each its own first listed: Gemma 2 9B's HellaSwag in the Phi-4-mini card (87.1) had
    been set beside Phi-3.5 Mini's own card's (69.4) as "separate evaluations"."""
    c = compare("phi-3.5-mini", "gemma-2-9b", "phi-2")
    row = next(r for r in c.benchmarks if r.benchmark.id == "hellaswag")
    phi35, gemma, _ = row.scores
    assert phi35 is not None
    assert gemma is not None
    assert (phi35.score, gemma.score) == (Decimal("69.4"), Decimal("80.9"))
    assert {s.evaluation_key for s in (phi35, gemma)} == {PHI35_CARD}
    (pair,) = [p for p in row.pairs if (p.a_index, p.b_index) == (0, 1)]
    assert pair.comparable
    # Llama 3.1 8B lists the Phi-4-mini card's run first: both take that card's figures
    rows = compare("llama-3.1-8b", "phi-2", "phi-3.5-mini").benchmarks
    mmlu = next(r for r in rows if r.benchmark.id == "mmlu")
    assert [str(s.score) for s in mmlu.scores if s is not None] == ["68.1", "56.3", "65.5"]
    for row in rows:
        llama, _, phi = row.scores
        if llama is not None and phi is not None and llama.harness == "microsoft-internal":
            (pair,) = [p for p in row.pairs if (p.a_index, p.b_index) == (0, 2)]
            assert pair.comparable, row.benchmark.id
