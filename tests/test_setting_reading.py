"""A gap's reading and the settings its table prints come from one reading of each setting.

Review 8, G14: "79.8 (Pass@1)" printed beside the reading "one setting not stated", and one
kind of difference (one side states "no tools", the other does not) read "one setting not
stated" on one benchmark and "settings differ" on another.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from phicompare import Catalog, compare
from phicompare.domain.records import Benchmark, BenchmarkScore, Model, Provider
from phicompare.domain.settings import states_more
from phicompare.narrative.check import check_claims


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


def test_the_table_prints_each_setting_on_record() -> None:
    """A metric's name ("Pass@1") is no condition, but it is on record: the table shows it and
    says "not stated" of none but a setting the data lacks (review 32, #2, over review 8, G14);
    the reading still counts it as no condition."""
    pairs = (*PAIRS, ("Pass@1", "pass@1"), ("Pass@1", None), (None, None))
    c = compare("a", "b", catalog=_catalog(*pairs))
    page = c.to_markdown()
    assert "| Bench 0 | Pass@1 / no tools | 80.0 | 70.0 | n/a |" in page
    assert "| Bench 1 | Diamond / diamond accuracy (no tools) |" in page
    assert "| Bench 3 | Pass@1 | 80.0 | 70.0 |" in page
    assert "| Bench 4 | Pass@1 / not stated | 80.0 | 70.0 |" in page
    assert "| Bench 5 | not stated | 80.0 | 70.0 |" in page
    assert c.benchmarks[0].pairs[0].reason == \
        'separate evaluations, only one setting states "no tools"'
    assert c.check() == []


def test_three_models_print_the_setting_on_record() -> None:
    """Beside each score of three models, a metric's name is shown as recorded; one metric
    recorded by all is the row's setting."""
    base = _catalog(("Pass@1", "no tools"), ("Pass@1", "Pass@1"))
    third = Model(id="c", name="Gamma", scores=(
        BenchmarkScore(benchmark="b0", score=Decimal(60), setting="Accuracy",
                       source="https://s2.example/card"),
        BenchmarkScore(benchmark="b1", score=Decimal(60), setting="pass@1",
                       source="https://s2.example/card")))
    catalog = Catalog(models=(*base.models, third), providers=base.providers,
                      benchmarks=base.benchmarks)
    page = compare("a", "b", "c", catalog=catalog).to_markdown()
    assert "| Bench 0 | varies | 80.0 (Pass@1) | 70.0 (no tools) | 60.0 (Accuracy) |" in page
    assert "| Bench 1 | Pass@1 | 80.0 | 70.0 | 60.0 |" in page
    assert "setting not stated" not in page


# Review 10, I13: "only one setting states "..."" quoted a token list with words dropped
# ("internal", "Rate") and brackets and commas stripped, words no setting holds in that form.
SWE = ("Parallel test-time compute (multiple attempts, internal scoring model selection). No "
       "extended thinking")
GPQA = ("Diamond: Extended thinking (up to 64K tokens) with parallel test-time compute (multiple "
        "attempts, internal scoring model selection)")
QUOTED = (((None, SWE), SWE),
          (("Diamond", GPQA), GPQA.removeprefix("Diamond: ")),
          (("Pass Rate", None), "Pass Rate"),
          (("Pass@1", "no tools"), "no tools"),
          (("diamond accuracy (no tools)", "Diamond"), "no tools"),
          (("5-shot", "5-shot, CoT"), "CoT"),
          (("Pass@1, 0-shot", None), "0-shot"))


def test_the_words_one_setting_states_more_are_its_own_words() -> None:
    """states_more gives a run of the fuller setting word for word, brackets balanced."""
    for (a, b), said in QUOTED:
        more = states_more(a, b)
        assert more is not None
        assert more[1] == said, (a, b)
        assert more[1] in ((a, b)[more[0]] or "")


def test_a_quoted_setting_is_the_settings_own_words_on_the_page() -> None:
    """The reading and the prose quote the setting as the table prints it (review 10, I13)."""
    c = compare("a", "b", catalog=_catalog((None, SWE), ("Diamond", GPQA), ("Pass Rate", None)))
    reasons = [row.pairs[0].reason for row in c.benchmarks]
    assert reasons == [f'separate evaluations, only one setting states "{SWE}"',
                       f'separate evaluations, only one setting states "{GPQA[9:]}"',
                       'separate evaluations, only one setting states "Pass Rate"']
    said = [claim.text for claim in c.narrative.claims()]
    assert (f"Bench 0 scores of Alpha and Beta are not directly comparable (separate evaluations; "
            f"Beta's setting states \"{SWE}\", Alpha's does not).") in said
    assert "multiple attempts scoring model selection" not in c.to_markdown()
    assert c.check() == []


def test_check_flags_a_quote_no_setting_holds() -> None:
    """check() rejects a quoted setting that is not a run of the setting's own words."""
    c = compare("a", "b", catalog=_catalog((None, SWE)))
    claim = next(claim for claim in c.narrative.claims()
                 if claim.key.startswith("incomparable:"))
    garbled = attrs.evolve(claim, text=claim.text.replace(
        "multiple attempts, internal scoring", "multiple attempts scoring"))
    assert garbled.text != claim.text
    found = check_claims(attrs.evolve(c.narrative, deep_dive=((garbled,),)), c)
    assert any("quotes" in p and "no setting holds" in p for p in found), found
