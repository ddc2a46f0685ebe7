"""Facts worked out once a model and combined per pair give the facts made afresh for the pair."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest

from phicompare import Benchmark, BenchmarkScore, Catalog, Model, compare, default_catalog
from phicompare.analysis.benchmarks import _any, _two, benchmark_rows
from phicompare.analysis.comparator import _specs
from phicompare.analysis.facts import FrictionKind
from phicompare.analysis.profile import profile
from phicompare.analysis.routes import Terms, _model_routes, model_routes
from phicompare.analysis.spec_rows import spec_rows
from phicompare.analysis.traffic import Traffic

from .helpers import curated_ids

DAY = dt.date(2026, 11, 25)


def test_two_models_spec_rows_equal_the_rows_made_afresh() -> None:
    """Every curated pair, both ways: the rows that share a model's twin rows equal new ones."""
    catalog = default_catalog()
    shared = 0
    for a, b in itertools.permutations(curated_ids()[:12], 2):
        profiles = [profile(catalog.model(a), catalog), profile(catalog.model(b), catalog)]
        rows = _specs(profiles)
        assert rows == spec_rows([p.specs for p in profiles])
        shared += sum(row in profiles[0].twins for row in rows)
    assert shared  # some rows were a model's own twin rows


def test_a_row_two_models_agree_on_is_the_first_models_own() -> None:
    """The same record serves every comparison of a model whose partner has the same value."""
    catalog = default_catalog()
    first = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)
    second = compare("phi-2", "phi-3-mini-128k", catalog=catalog, as_of=DAY)
    alike = [(r, s) for r, s in zip(first.specs, second.specs, strict=False)
             if r.field == s.field and not r.differs and not s.differs]
    assert alike
    assert all(r is s for r, s in alike)


def test_optional_specs_both_models_leave_unknown_are_left_out() -> None:
    """Two models without ``kind`` show no kind row; one with it shows the row."""
    plain = Model(id="a", name="A")
    other = Model(id="b", name="B")
    catalog = Catalog(models=(plain, other))
    assert "kind" not in [r.field for r in compare("a", "b", catalog=catalog, as_of=DAY).specs]
    profiles = [profile(plain, catalog), profile(other, catalog)]
    assert _specs(profiles) == spec_rows([p.specs for p in profiles])


def test_licences_compare_by_their_key() -> None:
    """"Apache 2.0" and "apache-2.0" are one licence; a licence whose key is empty still differs."""
    same = Catalog(models=(Model(id="a", name="A", license="Apache 2.0"),
                           Model(id="b", name="B", license="apache-2.0")))
    kinds = {f.kind for f in compare("a", "b", catalog=same, as_of=DAY).friction}
    assert FrictionKind.LICENSE_CHANGE not in kinds
    odd = Catalog(models=(Model(id="a", name="A", license="License"),
                          Model(id="b", name="B", license="MIT")))
    changes = [f for f in compare("a", "b", catalog=odd, as_of=DAY).friction
               if f.kind is FrictionKind.LICENSE_CHANGE]
    assert [(f.before, f.after) for f in changes] == [("License", "MIT"), ("MIT", "License")]


def test_a_name_as_written_finds_what_its_normalised_form_finds() -> None:
    """An id or alias given as written finds the model its normalised form finds.

    Two models that one normalised name names are refused (brief fixDE): no name finds one
    model as written and another normalised.
    """
    with pytest.raises(ValueError, match=r"models\[1\]\.id = 'ab': names the same model"):
        Catalog(models=(Model(id="a-b", name="A B"), Model(id="ab", name="AB")))
    catalog = Catalog(models=(Model(id="a-b", name="A B", aliases=("ab",)),
                              Model(id="c", name="C", aliases=("x_y",))))
    assert catalog.model("ab").id == catalog.model("AB").id == "a-b"
    assert catalog.model("x_y").id == catalog.model("X Y").id == "c"
    assert default_catalog().model("phi-2").id == "phi-2"


def test_two_models_benchmark_rows_equal_the_rows_of_any_number() -> None:
    """Every curated pair, both ways: two models' score indexes walked once give the same rows."""
    catalog = default_catalog()
    for a, b in itertools.permutations(curated_ids()[:12], 2):
        models = [catalog.model(a), catalog.model(b)]
        profiles = [profile(m, catalog) for m in models]
        rows = _two(models[0], models[1], profiles[0], profiles[1], catalog)
        assert rows == _any(models, profiles, catalog)
        assert rows == compare(a, b, catalog=catalog, as_of=DAY).benchmarks


def _score(value: str, setting: str | None, evaluation: str | None = None) -> BenchmarkScore:
    return BenchmarkScore(benchmark="b", score=Decimal(value), setting=setting,
                          evaluation=evaluation)


_Shown = list[tuple[str, str | None] | None]
_SEVERAL: dict[str, tuple[tuple[BenchmarkScore, ...], tuple[BenchmarkScore, ...], _Shown]] = {
    # A's scores, B's scores, the settings and evaluations each row shows
    "a run both have": ((_score("70", "5-shot", "x"), _score("71", "5-shot", "y")),
                        (_score("60", "5-shot", "y"),), [("5-shot", "y"), ("5-shot", "y")]),
    "a setting both have": ((_score("70", "0-shot"), _score("71", "5-shot", "x")),
                            (_score("60", "5-shot", "y"),), [("5-shot", "x"), ("5-shot", "y")]),
    "nothing in common": ((_score("70", "5-shot"), _score("71", "0-shot")),
                          (_score("60", "3-shot"),), [("5-shot", None), ("3-shot", None)]),
    "several alone": ((_score("70", "5-shot"), _score("71", "0-shot")), (),
                      [("0-shot", None), None]),
}


@pytest.mark.parametrize("case", list(_SEVERAL))
def test_a_model_with_several_scores_shows_the_one_a_setting_shares(case: str) -> None:
    """Of several scores: a run both have, else a setting both have, else the first; alone,
    the first by setting; the same in either order and by either path."""
    first, second, expected = _SEVERAL[case]
    catalog = Catalog(models=(Model(id="a", name="A", scores=first),
                              Model(id="b", name="B", scores=second)),
                      benchmarks=(Benchmark(id="b", name="B", items=1000),))
    for ids, shown in ((("a", "b"), expected), (("b", "a"), expected[::-1])):
        models = [catalog.model(i) for i in ids]
        profiles = [profile(m, catalog) for m in models]
        (row,) = benchmark_rows(models, profiles, catalog)
        assert row == _any(models, profiles, catalog)[0]
        assert [None if s is None else (s.setting, s.evaluation) for s in row.scores] == shown


def test_three_models_choose_among_the_scores_of_those_that_have_one() -> None:
    """A model with several scores meets one with a single score; a third without leaves None."""
    catalog = Catalog(models=(
        Model(id="a", name="A", scores=(_score("70", "0-shot"), _score("71", "5-shot"))),
        Model(id="b", name="B", scores=(_score("60", "5-shot"),)),
        Model(id="c", name="C"), Model(id="e", name="E"),
        Model(id="d", name="D", scores=(_score("50", "1-shot", "x"), _score("52", "1-shot")))),
        benchmarks=(Benchmark(id="b", name="B", items=1000),))
    (row,) = compare("a", "b", "c", catalog=catalog, as_of=DAY).benchmarks
    assert [None if s is None else s.setting for s in row.scores] == ["5-shot", "5-shot", None]
    (row,) = compare("d", "c", "e", catalog=catalog, as_of=DAY).benchmarks
    assert row.scores[1:] == (None, None)
    assert row.scores[0] is not None
    # the record's first run under the first setting, as a compared row takes it (helper fixAI;
    # it was the alphabetically first evaluation's, here the unnamed one's)
    assert row.scores[0].evaluation == "x"


def test_route_rows_at_a_later_position_equal_those_priced_there_afresh() -> None:
    """A model second is priced once: its rows and estimate are those at the first position
    with the position changed, equal to those worked out afresh at the second."""
    catalog = default_catalog()
    terms = Terms(traffic=Traffic(), requires=frozenset(), include_free=False, day=DAY,
                  blend=(70, 30))
    for model_id in ("gpt-4o", "phi-2", "phi-4-mini"):
        model = catalog.model(model_id)
        fresh = _model_routes(model, 1, catalog, terms)
        placed = model_routes(model, 1, catalog, terms)
        assert placed == fresh
        assert placed[1].model_index == 1
        assert all(row.model_index == 1 for row in placed[0])
        assert placed[0]  # each has routes: the rows were re-placed, not left out


def test_a_models_score_entries_hold_what_each_score_alone_decides() -> None:
    """A profile keeps each score's shown tenth and whether its evaluation is unrecorded, and
    a model's kinship its own line: a pair's gaps and related pages read them, not work them out."""
    from phicompare.analysis.related import kinship, model_line
    from phicompare.analysis.sources import unrecorded
    from phicompare.analysis.statistics import shown_points

    catalog = default_catalog()
    for model_id in curated_ids():
        model = catalog.model(model_id)
        entries = [e for found in profile(model, catalog).entries.values() for e in found]
        assert len(entries) == len(model.scores)
        assert [(e.shown, e.unrecorded) for e in entries] == [
            (shown_points(e.score.score), unrecorded(e.score)) for e in entries]
        assert kinship(model, catalog, DAY).line == model_line(model.name)
