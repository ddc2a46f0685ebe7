"""Review 13, M9: two wording slips, on pages of the bundled catalog.

One benchmark both models score is named ("They share one benchmark, SWE-Bench Verified"), not
"They share benchmarks"; a lead over one rival among leads over every rival keeps its benchmark
beside its skill and comes last, set apart ("..., Python coding (HumanEval), and instruction
following (IFEval) over Llama 3.1 8B"), not "instruction following over Llama 3.1 8B (IFEval)".
"""

from __future__ import annotations

from phicompare import compare


def test_one_shared_benchmark_is_named() -> None:
    c = compare("deepseek-r1", "kimi-k2-thinking")
    summary = " ".join(claim.text for claim in c.narrative.summary)
    assert ("They share one benchmark, SWE-Bench Verified, but its scores are not on record as "
            "one evaluation under one setting, so they are not directly comparable.") in summary
    assert "share benchmarks" not in summary
    assert c.check() == []


def test_a_lead_over_one_rival_keeps_its_benchmark_beside_its_skill() -> None:
    c = compare("llama-3.1-8b", "llama-3.1-70b", "meta-llama-3.1-405b-instruct")
    verdict = " ".join(claim.text for claim in c.narrative.verdict)
    # (the 405B's MMLU-Pro, GSM8K and MATH compare since metric names are no settings: M6)
    assert ("Pick Meta-Llama-3.1-405B-Instruct for general knowledge (leads on MMLU and "
            "MMLU-Pro), grade-school exam problems (ARC-C), Python coding (HumanEval), math "
            "(leads on GSM8K and MATH), and instruction following (IFEval) over Llama 3.1 8B."
            ) in verdict, verdict
    assert "over Llama 3.1 8B (IFEval)" not in verdict
    assert c.check() == []
