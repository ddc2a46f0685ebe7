"""A gap's reading and the settings its table prints come from one reading of each setting.

Review 8, G14: "79.8 (Pass@1)" printed beside the reading "one setting not stated", and one
kind of difference (one side states "no tools", the other does not) read "one setting not
stated" on one benchmark and "settings differ" on another.
"""

from __future__ import annotations

from decimal import Decimal

from phicompare import Catalog, compare
from phicompare.domain.records import Benchmark, BenchmarkScore, Model, Provider


def _catalog(*pairs: tuple[str | None, str | None]) -> Catalog:
    """Two models, each pair of settings on a benchmark of its own (separate sources)."""
    marks = tuple(Benchmark(id=f"b{k}", name=f"Bench {k}", items=500) for k in range(len(pairs)))
    def scores(side: int, value: str) -> tuple[BenchmarkScore, ...]:
        return tuple(BenchmarkScore(benchmark=f"b{k}", score=Decimal(value), setting=p[side],
                                    source=f"https://s{side}.example/card")
                     for k, p in enumerate(pairs))
    return Catalog(models=(Model(id="a", name="Alpha", scores=scores(0, "80")),
                           Model(id="b", name="Beta", scores=scores(1, "70"))),
                   providers=(Provider(id="p", name="P"),), benchmarks=marks)


PAIRS = (("Pass@1", "no tools"), ("Diamond", "diamond accuracy (no tools)"), ("0-shot", "5-shot"))


def test_one_kind_of_difference_reads_one_way() -> None:
    """"no tools" against none and against "Diamond" read alike; different conditions differ."""
    c = compare("a", "b", catalog=_catalog(*PAIRS))
    reasons = [row.pairs[0].reason for row in c.benchmarks]
    assert reasons == ['separate evaluations, only one setting states "no tools"'] * 2 + [
        'settings differ: "0-shot" against "5-shot"']
    for pair in PAIRS[:2]:  # the prose of each, alone on its page
        alone = compare("a", "b", catalog=_catalog(pair))
        assert ("Bench 0 scores of Alpha and Beta are not directly comparable (separate "
                "evaluations; Beta's setting states \"no tools\", Alpha's does not).") in [
            claim.text for claim in alone.narrative.claims()]
        assert alone.check() == []
    assert c.check() == []


def test_the_table_prints_the_setting_the_reading_reads() -> None:
    """A metric's name ("Pass@1") is no setting in the table either."""
    page = compare("a", "b", catalog=_catalog(*PAIRS)).to_markdown()
    assert "| Bench 0 | not stated / no tools | 80.0 | 70.0 | n/a |" in page
    assert "Pass@1" not in page
    assert "| Bench 1 | Diamond / diamond accuracy (no tools) |" in page


def test_three_models_print_the_setting_read() -> None:
    """Beside each score of three models, a metric's name reads "setting not stated"."""
    base = _catalog(("Pass@1", "no tools"))
    third = Model(id="c", name="Gamma", scores=(BenchmarkScore(
        benchmark="b0", score=Decimal(60), setting="Accuracy", source="https://s2.example/card"),))
    catalog = Catalog(models=(*base.models, third), providers=base.providers,
                      benchmarks=base.benchmarks)
    page = compare("a", "b", "c", catalog=catalog).to_markdown()
    assert ("| Bench 0 | varies | 80.0 (setting not stated) | 70.0 (no tools) | "
            "60.0 (setting not stated) |") in page
