"""Scores read on an aggregated dataset are not on record as one evaluation, nor as two.

Review 10, I11: Artificial Analysis figures read on OpenRouter's per-model benchmark pages (two
URLs, no ``evaluation`` id) read "separate evaluations" in the table and "from different
evaluations" in the deep dive, even for Artificial Analysis's own Coding Index: the data does
not record whether they are one evaluation, and unknown is not "different" (truthfulness rule 2).
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from phicompare import Benchmark, BenchmarkScore, Catalog, Claim, Evidence, Model, compare
from phicompare.narrative import paths
from phicompare.narrative.check import check_claims


def _score(benchmark: str, score: str, source: str, evaluation: str | None = None,
           ) -> BenchmarkScore:
    return BenchmarkScore(benchmark=benchmark, score=Decimal(score), setting="5-shot",
                          source=source, evaluation=evaluation)


def _catalog(a_source: str, b_source: str, *, spread: bool = False,
             only: str = "xyz") -> Catalog:
    """A and B scored on "x" (and "y", "z"), each read at its own source; ``spread``: a third
    model's two runs of each give a 4-point spread between runs; ``only``: the benchmarks
    kept."""
    marks = tuple(Benchmark(id=k, name=k.upper(), items=1000) for k in "xyz")
    models = [Model(id="a", name="A", scores=tuple(
                  _score(k, v, a_source) for k, v in zip("xyz", ("80", "70", "90"), strict=True))),
              Model(id="b", name="B", scores=tuple(_score(k, "50", b_source) for k in "xyz"))]
    if spread:
        models.append(Model(id="r", name="R", scores=tuple(
            s for k in "xyz" for s in (_score(k, "60", "https://r.example/one", "one"),
                                       _score(k, "56", "https://r.example/two", "two")))))
    models = [attrs.evolve(m, scores=tuple(s for s in m.scores if s.benchmark in only))
              for m in models]
    return Catalog(models=tuple(models), benchmarks=marks)


AGGREGATED = ("https://openrouter.ai/org/a/benchmarks", "https://openrouter.ai/org/b/benchmarks")


def _deep(c: object) -> str:
    return " ".join(claim.text for paragraph in c.narrative.deep_dive  # type: ignore[attr-defined]
                    for claim in paragraph)


def test_aggregated_pages_are_not_read_as_separate_evaluations() -> None:
    """Two aggregated pages, no evaluation id, no run spread: "not on record as one evaluation"."""
    c = compare("a", "b", catalog=_catalog(*AGGREGATED))
    gap = c.benchmarks[0].pairs[0]
    assert gap.evaluations_unknown
    assert not gap.comparable
    page = c.to_markdown()
    assert ("| X | 5-shot | 80.0 | 50.0 | 30.0 | not on record as one evaluation, run spread "
            "unknown |") in page
    assert "separate evaluations" not in page
    assert "different evaluations" not in page
    assert "none on record as from one evaluation" in _deep(c)
    assert c.check() == []
    assert c.to_dict()["benchmarks"][0]["pairs"][0]["evaluations_unknown"] is True


UNJUDGED = ("A and B are scored on three benchmarks, none on record as from one evaluation, "
            "with no repeated run to measure how far runs differ, so the gaps cannot be judged: Z "
            "(5-shot), 90.0 and 50.0; X (5-shot), 80.0 and 50.0; and Y (5-shot), 70.0 and 50.0.")


def test_gaps_no_run_spread_can_judge_are_said_once() -> None:
    """Review 11, K13: the deep dive repeated "not on record as one evaluation; no repeated run
    measures how far runs differ, so the gap cannot be judged" in three consecutive sentences,
    one a benchmark: one sentence now says it for a pair's gaps."""
    c = compare("a", "b", catalog=_catalog(*AGGREGATED))
    deep = _deep(c)
    assert UNJUDGED in deep, deep
    assert deep.count("cannot be judged") == 1
    assert c.check() == []
    one = compare("a", "b", catalog=_catalog(*AGGREGATED, only="x"))  # one gap: as before
    assert ("X (5-shot): A 80.0 and B 50.0, not on record as one evaluation; no repeated run "
            "measures how far runs differ, so the gap cannot be judged.") in _deep(one)
    assert one.check() == []


def test_a_direction_across_aggregated_pages_says_what_is_on_record() -> None:
    """Beyond the spread between runs: a direction, with the evaluations not on record as one."""
    c = compare("a", "b", catalog=_catalog(*AGGREGATED, spread=True))
    page = c.to_markdown()
    assert "A higher (not on record as one evaluation, beyond the run spread of 4.0)" in page
    assert ("A's scores are higher than B's on three benchmarks, none on record as from one "
            "evaluation, each beyond the 4.0-point spread between runs: Z (5-shot), 90.0 against "
            "50.0; X (5-shot), 80.0 against 50.0; and Y (5-shot), 70.0 against 50.0: each a "
            "direction, not a lead outside noise.") in _deep(c)
    assert "separate evaluations" not in page
    assert "different evaluations" not in page
    assert c.check() == []


def test_one_score_read_secondhand_is_enough_to_leave_it_unknown() -> None:
    """A maker's card beside an aggregated page: the page may show the maker's own figure."""
    c = compare("a", "b", catalog=_catalog("https://maker.example/card", AGGREGATED[1]))
    assert c.benchmarks[0].pairs[0].evaluations_unknown
    assert "separate evaluations" not in c.to_markdown()
    assert c.check() == []


def test_first_hand_sources_and_evaluation_ids_stay_separate_evaluations() -> None:
    """Two documents of their own (or two named evaluations) are two evaluations, as before."""
    for sources in (("https://maker.example/a", "https://maker.example/b"),):
        c = compare("a", "b", catalog=_catalog(*sources))
        assert not c.benchmarks[0].pairs[0].evaluations_unknown
        assert "separate evaluations, run spread unknown" in c.to_markdown()
        assert c.check() == []
    named = Catalog(models=(
        Model(id="a", name="A", scores=(_score("x", "80", AGGREGATED[0], "aa-2026-06"),)),
        Model(id="b", name="B", scores=(_score("x", "50", AGGREGATED[1], "aa-2026-07"),))),
        benchmarks=(Benchmark(id="x", name="X", items=1000),))
    gap = compare("a", "b", catalog=named).benchmarks[0].pairs[0]
    assert gap.evaluations_differ
    assert not gap.evaluations_unknown


def test_check_flags_separate_evaluations_said_of_an_unknown() -> None:
    """check() rejects "different evaluations" said of scores not on record as two."""
    c = compare("a", "b", catalog=_catalog(*AGGREGATED))
    said = Claim(key="k", text="X: A 80.0 and B 50.0, from different evaluations.",
                 evidence=(Evidence(paths.pair(0, 0, "evaluations_differ"), True),))
    found = check_claims(attrs.evolve(c.narrative, summary=(said,)), c)
    assert any("not on record as one evaluation" in p for p in found), found


def test_unjudged_gaps_of_several_pairs_give_the_reason_once() -> None:
    """Review 12, L14: on a three-model page each pair's one unjudged gap had a sentence of its
    own, the clause "so the gap cannot be judged" three times in a row. One sentence now."""
    marks = tuple(Benchmark(id=k, name=k.upper(), items=1000) for k in "xyz")
    a = Model(id="a", name="A", scores=(_score("x", "80", "https://a.example"),
                                        _score("y", "70", "https://a.example")))
    b = Model(id="b", name="B", scores=(_score("x", "50", "https://b.example"),
                                        _score("z", "40", "https://b.example")))
    c3 = Model(id="c", name="C", scores=(_score("y", "60", "https://c.example"),
                                         _score("z", "90", "https://c.example")))
    c = compare("a", "b", "c", catalog=Catalog(models=(a, b, c3), benchmarks=marks))
    deep = _deep(c)
    assert ("Three gaps come from different evaluations, with no repeated run to measure how far "
            "runs differ, so none can be judged: Z (5-shot), B 40.0 and C 90.0; X (5-shot), A 80.0 "
            "and B 50.0; and Y (5-shot), A 70.0 and C 60.0.") in deep, deep
    assert "cannot be judged" not in deep
    assert c.check() == []
