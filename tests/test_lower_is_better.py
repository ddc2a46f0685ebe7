"""A lower-is-better benchmark (a word error rate) is read with its direction (review 12, L10).

FLEURS, Google's speech-recognition row, is a word error rate: the catalog gave it no direction,
so the pages counted it among "comparable benchmarks" a model "scores higher" on, a gap across
evaluations would have read "X higher" for the worse score, and Gemini 1.5 Flash-8B's 86.4 (no
word error rate) stood beside its siblings' 6.4 to 9.6.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from phicompare import Catalog, compare, default_catalog
from phicompare.domain.records import Benchmark, BenchmarkScore, Model, Provider
from phicompare.importers import from_llmstats


def _score(bench: str, value: str, source: str) -> BenchmarkScore:
    return BenchmarkScore(benchmark=bench, score=Decimal(value), setting="0-shot", source=source)


def _catalog() -> Catalog:
    """A and B on an accuracy benchmark and two word error rates; Z's two runs give a spread."""
    marks = (Benchmark(id="w", name="Word errors", short_name="WER1", metric="word-error-rate",
                       higher_is_better=False),
             Benchmark(id="v", name="Word errors 2", short_name="WER2", metric="word-error-rate",
                       higher_is_better=False),
             Benchmark(id="c", name="Accuracy bench", short_name="ACC", items=10_000))
    runs = tuple(_score(b, v, f"https://z.test/{k}") for k, v in (("1", "7"), ("2", "8"))
                 for b in ("w", "v"))
    return Catalog(models=(
        Model(id="a", name="A", scores=(_score("w", "5", "https://a.test"),
                                        _score("v", "6", "https://a.test"),
                                        _score("c", "50", "https://x.test"))),
        Model(id="b", name="B", scores=(_score("w", "40", "https://b.test"),
                                        _score("v", "45", "https://b.test"),
                                        _score("c", "40", "https://x.test"))),
        Model(id="z", name="Z", scores=runs)),
        providers=(Provider(id="p", name="P"),), benchmarks=marks)


def test_a_lower_word_error_rate_reads_lower_never_higher() -> None:
    c = compare("a", "b", catalog=_catalog())
    page = c.to_markdown()
    row = ("| WER1 (lower is better) | 0-shot | 5.0 | 40.0 | 35.0 | A lower (separate "
           "evaluations, beyond the run spread of 1.0) |")
    assert row in page
    assert "A's score is lower, and lower is better (5.0 against B's 40.0)" in page
    assert "A higher" not in page
    assert "scores are higher" not in page  # not grouped with "higher" gaps
    assert c.check() == []


def test_a_word_error_rate_is_not_counted_as_higher_scores() -> None:
    """The "scores higher ... on N comparable benchmarks" count holds higher-is-better ones."""
    marks = (Benchmark(id="w", name="Word errors", short_name="WER1", items=10_000,
                       metric="word-error-rate", higher_is_better=False),
             Benchmark(id="c", name="Accuracy bench", short_name="ACC", items=10_000))
    catalog = Catalog(models=tuple(
        Model(id=k, name=k.upper(), scores=(_score("w", w, "https://x.test"),
                                            _score("c", acc, "https://x.test")))
        for k, w, acc in (("a", "5", "50"), ("b", "9", "40"))),
        providers=(Provider(id="p", name="P"),), benchmarks=marks)
    c = compare("a", "b", catalog=catalog)
    page = c.to_markdown()
    assert "A scores higher than B on the one comparable benchmark" in page
    assert "two comparable benchmarks" not in page
    assert c.check() == []


def test_llmstats_word_error_rate_is_lower_is_better(tmp_path: Path) -> None:
    folder = tmp_path / "models" / "lab" / "m"
    folder.mkdir(parents=True)
    (folder / "model.json").write_text(json.dumps({"name": "M", "qualitative_metrics": [
        {"dataset_name": "FLEURS", "score": 0.096, "analysis_method": "Word Error Rate",
         "source_link": "https://x.test/card"},
        {"dataset_name": "MMLU", "score": 0.7, "analysis_method": "Accuracy",
         "source_link": "https://x.test/card"},
        {"dataset_name": "Speech", "score": 0.864,  # the rate's complement: higher is better
         "analysis_method": "Speech recognition accuracy (1 - WER)",
         "source_link": "https://x.test/card"}]}), encoding="utf-8")
    (tmp_path / "providers").mkdir()
    found = {b.id: (b.metric, b.higher_is_better) for b in from_llmstats(tmp_path).benchmarks}
    assert found == {"fleurs": ("word-error-rate", False), "mmlu": ("score", True),
                     "speech": ("score", True)}


def test_bundled_fleurs_is_a_word_error_rate_and_flash_8b_has_none() -> None:
    catalog = default_catalog()
    fleurs = next(b for b in catalog.benchmarks if b.id == "fleurs")
    assert not fleurs.higher_is_better
    assert fleurs.metric == "word-error-rate"
    assert not [s for s in catalog.model("gemini-1.5-flash-8b").scores if s.benchmark == "fleurs"]
    c = compare("gemini-1.5-flash-8b", "gemini-1.5-flash")
    page = c.to_markdown()
    assert "86.4" not in page
    # review 16, P1 (helper dataV): Flash's DeepMind-page MMLU-Pro, MATH, HiddenMath, GPQA, MRCR,
    # MMMU and Vibe-Eval are the 002 version's and say so, so they no longer compare as the
    # record's ("on three of 11 comparable benchmarks", "leads on MATH: 77.9 against 58.7")
    # review 17, P4 (helper dataY): so are its other DeepMind-page figures, so no pair of that
    # table reads as "directly comparable" beside others read as separate evaluations
    assert "directly comparable (same benchmark, evaluation and setting)" not in page
    assert "none is on record as scored in one evaluation under one setting" in page
    assert "leads on MATH" not in page
    assert c.check() == []
