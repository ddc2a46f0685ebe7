"""A benchmark's name joined with its setting in the prose: one pair of brackets, real settings.

"GPT-4.1 leads GPT-4.1 nano on MMMU (val) (Standard benchmark)" had two pairs of brackets, and
"Standard benchmark" is no setting (review 6, left over).
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from phicompare import (
    Benchmark,
    BenchmarkScore,
    Catalog,
    Model,
    compare,
    default_catalog,
    recommend,
)
from phicompare.narrative.benchmarks import quotable, setting_label
from phicompare.narrative.glance_words import glance, glance_terms


@pytest.mark.parametrize(("label", "setting", "joined"), [
    ("MMLU", "5-shot", "MMLU (5-shot)"),
    ("MMMU (val)", "0-shot CoT", "MMMU (val; 0-shot CoT)"),
    ("LiveCodeBench(01-09)", "Pass@1", "LiveCodeBench(01-09; Pass@1)"),
    ("MMMU (val)", "Standard benchmark", "MMMU (val)"),
    ("MMLU", "Standard benchmark", "MMLU"),
    ("MMLU", "standard", "MMLU"),
    ("MMLU", "Internal evaluation", "MMLU"),
    ("MMLU", "Standardized Evaluation", "MMLU"),
    ("MMLU", "benchmark score", "MMLU"),
    ("HumanEval", "HumanEval benchmark evaluation", "HumanEval"),
    ("MMLU-Redux", "MMLU-redux benchmark evaluation", "MMLU-Redux"),
    ("GSM-8K (CoT)", "GSM8K benchmark evaluation", "GSM-8K (CoT)"),
    ("OCRBench-V2 (zh)", "en", "OCRBench-V2 (zh; en)"),
    ("IFEval", "strict-prompt benchmark evaluation", "IFEval (strict-prompt benchmark evaluation)"),
    ("MultiChallenge", "Standard benchmark (GPT-4o grader)",
     "MultiChallenge (Standard benchmark; GPT-4o grader)"),  # review 14, N10
])
def test_a_setting_joins_a_name_once_and_only_when_it_is_one(label: str, setting: str,
                                                             joined: str) -> None:
    assert setting_label(label, setting) == joined


def test_a_placeholder_is_not_quoted_as_a_setting() -> None:
    assert not quotable("Standard benchmark")
    assert quotable("0-shot CoT")


def test_every_bracketed_benchmark_name_in_the_catalog_takes_one_pair() -> None:
    labels = sorted({b.label for b in default_catalog().benchmarks if b.label.endswith(")")})
    assert "MMMU (val)" in labels
    for label in labels:
        joined = setting_label(label, "5-shot")
        assert joined.endswith("; 5-shot)"), joined
        assert ") (" not in joined
        # the line at a glance keeps such a name whole ("MMMU (val)", not "MMMU")
        assert glance(f"math ({label})", glance_terms({label})) == f"math ({label})"
        assert glance(f"higher scores on {label}", glance_terms({label})) == \
            f"higher scores on {label}"


def test_the_gpt_4_1_page_names_mmmu_val_once_and_quotes_no_placeholder() -> None:
    """OpenAI's table states no setting, so its MMMU (val) pair is not scored alike (review 7,
    F2); a lead on a bracketed name, from one harness, keeps one pair of brackets."""
    c = compare("gpt-4.1", "gpt-4.1-nano")
    n = c.narrative
    joined = " ".join(claim.text for claim in (*n.summary, *n.at_a_glance, *n.verdict,
                                               *(c for group in n.deep_dive for c in group)))
    assert "(Standard benchmark)" not in joined
    assert not re.search(r"\) \(", joined), joined
    assert c.check() == []
    mmmu = Benchmark(id="mmmu", name="MMMU (val)", items=900)
    models = tuple(Model(id=k, name=k.upper(), scores=(BenchmarkScore(
        benchmark="mmmu", score=Decimal(v), harness="h", evaluation="table"),))
        for k, v in (("a", "74.8"), ("b", "55.4")))
    c = compare("a", "b", catalog=Catalog(models=models, benchmarks=(mmmu,)))
    n = c.narrative
    joined = " ".join(claim.text for claim in (*n.summary, *n.at_a_glance, *n.verdict))
    assert "A leads on MMMU (val): 74.8 against 55.4" in joined
    assert not re.search(r"\) \(", joined), joined
    assert c.check() == []


def test_a_recommendation_quotes_no_placeholder() -> None:
    r = recommend(priorities=["mmmu"], providers=["openai"], limit=40)
    said = " ".join(claim.text for _, claims in r.reasons.sections() for claim in claims)
    assert "on MMMU (val" in said
    assert "(Standard benchmark)" not in said
    assert ") (" not in said
