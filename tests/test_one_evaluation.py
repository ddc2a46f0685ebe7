"""One evaluation, one setting, one benchmark, however a source spells them (review 12, L2).

Meta's Llama 3.1 card gives the 8B and 70B Instruct models side by side; the catalog cited it on
GitHub for one and on Hugging Face for the other, LLMStats spelled "CoT" as "Chain-of-Thought"
and filed "GSM-8K (CoT)", "MATH (CoT)", "MMLU (CoT)" and "Multilingual MGSM (CoT)" apart from
GSM8K, MATH, MMLU and MGSM: the page read one table as "separate evaluations", a shared setting
as "settings differ" and said only one model reports GSM8K.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from phicompare import Catalog, compare
from phicompare.domain.documents import document_key
from phicompare.domain.records import Benchmark, BenchmarkScore, Model, Provider
from phicompare.domain.settings import condition
from phicompare.importers import from_llmstats

_GITHUB = "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md"
_HF = "https://huggingface.co/meta-llama/Meta-Llama-3.1-70B-Instruct"


def _catalog(sources: tuple[str, str], settings: tuple[str, str]) -> Catalog:
    bench = Benchmark(id="b", name="Bench", items=12000)
    return Catalog(
        models=tuple(Model(id=k, name=k.upper(), vendor="Lab", scores=(BenchmarkScore(
            benchmark="b", score=Decimal(score), setting=setting, self_reported=True,
            source=source),))
            for k, score, source, setting in zip(("a", "b"), ("70", "84"), sources, settings,
                                                 strict=True)),
        providers=(Provider(id="p", name="P"),), benchmarks=(bench,))


def test_arxiv_abstract_and_pdf_are_one_document() -> None:
    """Review 12, L3 (1): the Gemini 1.5 report as /abs/2403.05530 and /pdf/2403.05530."""
    keys = {document_key(u) for u in (
        "https://arxiv.org/abs/2403.05530", "https://arxiv.org/pdf/2403.05530",
        "https://arxiv.org/pdf/2403.05530v3.pdf", "http://www.arxiv.org/abs/2403.05530v5/",
        "https://arxiv.org/html/2403.05530v2")}
    assert len(keys) == 1
    assert document_key("https://arxiv.org/abs/2403.05531") not in keys
    score = BenchmarkScore(benchmark="b", score=Decimal(1), source="https://arxiv.org/pdf/2403.05530")
    assert score.evaluation_key in keys
    assert BenchmarkScore(benchmark="b", score=Decimal(1), source="https://x.test/a/",
                          ).evaluation_key == "https://x.test/a"  # as before
    assert BenchmarkScore(benchmark="b", score=Decimal(1), source="https://x.test/a",
                          evaluation="e").evaluation_key == "e"


def test_a_makers_card_at_two_addresses_is_one_evaluation() -> None:
    """The Llama 3.1 card on GitHub and as each Hugging Face Instruct repository's README."""
    assert document_key(_GITHUB) == document_key(_HF) == document_key(
        "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/")
    c = compare("a", "b", catalog=_catalog((_GITHUB, _HF), ("5-shot", "5-shot")))
    (gap,) = c.benchmarks[0].pairs
    assert gap.comparable, gap.reason
    assert "separate evaluations" not in c.to_markdown()
    assert c.check() == []


def test_chain_of_thought_is_cot() -> None:
    """"5-shot CoT" and "5-shot Chain-of-Thought" are one setting: compared, printed once."""
    assert condition("5-shot Chain-of-Thought") == condition("5-shot CoT")
    assert condition("0-shot chain of thought") == condition("0-shot, CoT")
    c = compare("a", "b", catalog=_catalog((_GITHUB, _HF),
                                           ("5-shot CoT", "5-shot Chain-of-Thought")))
    (gap,) = c.benchmarks[0].pairs
    assert gap.comparable, gap.reason
    page = c.to_markdown()
    assert "| Bench | 5-shot CoT | 70.0 | 84.0 |" in page
    assert "settings differ" not in page
    assert c.check() == []


def test_a_setting_named_in_a_benchmark_name_is_the_benchmark_so_run(tmp_path: Path) -> None:
    """LLMStats' "GSM-8K (CoT)" is GSM8K with CoT in its setting, never a benchmark apart."""
    names = {"a": ("GSM-8K (CoT)", "8-shot Chain-of-Thought"), "b": ("MMLU (CoT)", "0-shot"),
             "c": ("Multilingual MGSM (CoT)", None), "d": ("MATH (CoT)", "0-shot CoT"),
             "e": ("Multilingual MGSM", "0-shot, CoT, em"),
             "f": ("MBPP ++ base version", "0-shot")}
    for model, (name, setting) in names.items():
        folder = tmp_path / "models" / "lab" / model
        folder.mkdir(parents=True)
        (folder / "model.json").write_text(json.dumps({"name": model, "qualitative_metrics": [
            {"dataset_name": name, "score": 0.7, "analysis_method": setting,
             "source_link": "https://x.test/card"}]}), encoding="utf-8")
    (tmp_path / "providers").mkdir()
    catalog = from_llmstats(tmp_path)
    got = {m.id: (s.benchmark, s.setting) for m in catalog.models for s in m.scores}
    assert got == {"a": ("gsm8k", "8-shot Chain-of-Thought"), "b": ("mmlu", "0-shot, CoT"),
                   "c": ("mgsm", "CoT"), "d": ("math", "0-shot CoT"),
                   "e": ("mgsm", "0-shot, CoT, em"), "f": ("mbpp-evalplus", "0-shot, base")}


def test_llama_3_1_8b_and_70b_compare_as_one_table() -> None:
    """The bundled pair: every shared row one evaluation; GSM8K, MATH, MGSM shared."""
    c = compare("llama-3.1-8b", "llama-3.1-70b")
    shared = {row.benchmark.id: row.pairs[0] for row in c.benchmarks if row.shared}
    assert {"mmlu", "mmlu-pro", "gsm8k", "math", "mgsm"} <= set(shared)
    assert all(not gap.evaluations_differ for gap in shared.values())
    assert shared["mmlu-pro"].comparable
    page = c.to_markdown()
    for wrong in ("separate evaluations", "Chain-of-Thought /", "GSM-8K", "MATH (CoT)",
                  "none is on record as scored in one evaluation"):
        assert wrong not in page
    assert c.check() == []
