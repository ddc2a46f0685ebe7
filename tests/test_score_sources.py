"""A score's source holds the score: not the benchmark's own paper (review 12, L3).

Gemini 1.5 Flash's figures from the Gemini 1.5 report's side-by-side table were cited to the
benchmarks' papers (HellaSwag 2019, GSM8K 2021, ...) and its MMLU to the report's abstract page
beside 1.5 Pro's PDF link: the page read one table as "separate evaluations".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import compare
from phicompare.domain.records import BenchmarkScore, Model
from phicompare.importers._older_papers import dropped_older_papers

_TABLE = ("mmlu", "physicsfinals", "functionalmath", "amc-2022-23", "gsm8k", "bbh", "hellaswag",
          "mgsm")
_PAPERS = ("1905.07830", "2110.14168", "2206.04615", "2303.16416", "2201.04723", "2305.08916",
           "maa.org")


def test_gemini_1_5_pro_and_flash_compare_as_one_table() -> None:
    c = compare("gemini-1.5-pro", "gemini-1.5-flash")
    rows = {row.benchmark.id: row for row in c.benchmarks if row.shared}
    for benchmark in _TABLE:
        gap = rows[benchmark].pairs[0]
        assert gap.comparable, (benchmark, gap.reason)
        assert not gap.evaluations_differ, benchmark
        flash = rows[benchmark].scores[1]
        assert flash is not None
        assert flash.source == "https://arxiv.org/abs/2403.05530"
    mmlu = rows["mmlu"].scores[1]
    assert mmlu is not None
    assert mmlu.setting == "5-shot"
    page = c.to_markdown()
    for paper in _PAPERS:
        assert paper not in page
    row = "| HellaSwag | 10-shot | 93.3 | 86.5 | 6.8 ±0.8 | Gemini 1.5 Pro leads, outside noise |"
    assert row in page
    assert c.check() == []


def test_a_paper_older_than_its_model_holds_none_of_its_scores() -> None:
    """The rule behind the keyed fixes: a paper first posted over a year before the model's
    release is the benchmark's; the score goes, the model's notes say why."""
    def score(bench: str, source: str) -> BenchmarkScore:
        return BenchmarkScore(benchmark=bench, score=Decimal("86.5"), source=source)
    model = Model(id="m", name="M", released=dt.date(2024, 5, 14), scores=(
        score("hellaswag", "https://arxiv.org/abs/1905.07830"),
        score("mmlu", "https://arxiv.org/pdf/2403.05530"),  # the model's own report, revised
        score("gpqa", "https://deepmind.google/technologies/gemini/flash/"),
        score("bbh", "https://arxiv.org/pdf/2206.04615v3")))
    (out,), lines = dropped_older_papers([model])
    assert [s.benchmark for s in out.scores] == ["mmlu", "gpqa"]
    assert out.notes is not None
    assert "arxiv.org/abs/1905.07830 (first posted 2019-05)" in out.notes
    assert len(lines) == 1
    assert lines[0].startswith("m: hellaswag 86.5 dropped, cited to arxiv.org/abs/1905.07830")
    assert "bbh 86.5 dropped" in lines[0]
    undated = Model(id="u", name="U", scores=model.scores)  # no release date: unknown, kept
    assert dropped_older_papers([undated]) == ([undated], [])
