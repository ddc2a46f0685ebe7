"""DeepSeek V3's and R1's scores each carry the evaluation that produced them (brief data7).

DeepSeek V3's figures are its own report's (the DeepSeek-V3 README's chat-model table), not the
DeepSeek V3 column of the R1 paper's table, which repeats most of them but differs where it ran
its own (C-SimpleQA 68.0 against the report's 64.8; Codeforces; no LiveCodeBench). DeepSeek-R1's
LiveCodeBench 65.9 is the R1 table's "LiveCodeBench (Pass@1-COT)" row, the chain-of-thought
metric, so it is set beside V3's CoT figure (40.5), never V3's plain Pass@1 (37.6). See
docs/data-notes.md ("Benchmark scores").
"""

from __future__ import annotations

from decimal import Decimal

from phicompare import compare, default_catalog

V3_REPORT = "https://github.com/deepseek-ai/DeepSeek-V3"
R1_CARD = "https://huggingface.co/deepseek-ai/DeepSeek-R1"


def test_deepseek_v3s_scores_are_its_own_reports() -> None:
    scores = default_catalog().model("deepseek-v3").scores
    assert {s.source for s in scores} == {V3_REPORT}
    by = {s.benchmark: s.score for s in scores}
    # rows the R1 table gives otherwise or not at all: the V3 report's figures
    assert by["c-simpleqa"] == Decimal("64.8")  # the R1 table's V3 column: 68.0
    assert by["livecodebench-cot"] == Decimal("40.5")  # the R1 table's V3 cell: blank
    assert by["livecodebench"] == Decimal("37.6")


def test_deepseek_r1s_livecodebench_is_the_cot_row() -> None:
    scores = default_catalog().model("deepseek-r1").scores
    cot = [s for s in scores if s.benchmark == "livecodebench-cot"]
    assert [(s.score, s.setting, s.source) for s in cot] == [
        (Decimal("65.9"), "Pass@1-COT", R1_CARD)]
    assert not any(s.benchmark == "livecodebench" and s.score == Decimal("65.9")
                   for s in scores)


def test_r1_against_v3_sets_cot_beside_cot() -> None:
    c = compare("deepseek-r1", "deepseek-v3")
    said = " ".join(claim.text for claim in c.narrative.claims())
    assert "65.9 and DeepSeek V3 37.6" not in said
    assert "(28.3)" not in said
    rows = {row.benchmark.id: row for row in c.benchmarks}
    assert [s.score if s else None for s in rows["livecodebench-cot"].scores] == [
        Decimal("65.9"), Decimal("40.5")]
    assert c.check() == []
