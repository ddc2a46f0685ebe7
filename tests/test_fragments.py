"""Per-model page parts kept with the catalog: shared between comparisons, never stale.

A comparison drawn from a catalog (:func:`compare`) keeps a model's route table and its bill
with that catalog (``Comparison.derive``); a comparison rebuilt from JSON, unpickled, copied or
evolved makes them afresh. Either way the page is the same, whatever was compared before.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import pickle
from decimal import Decimal
from typing import Any

import attrs
import pytest

from phicompare import Comparison, Traffic, compare
from phicompare.analysis.comparison_dict import readable_body
from phicompare.catalog.memo import Slot
from phicompare.render import tables
from phicompare.render.serialize import structure

from .helpers import curated_catalog, curated_ids

DAY = dt.date(2026, 11, 25)
COUNT: Slot[int] = Slot("test count")

# Terms that change a model's route rows or its bill: each must reach the key of its parts.
TERMS: list[dict[str, Any]] = [
    {},
    {"traffic": Traffic(input_tokens=1_000, output_tokens=10)},
    {"as_of": dt.date(2024, 1, 1)},
    {"include_free": True},
    {"blend": (1, 1)},
    {"exclude_providers": ["Fireworks AI"]},
    {"requires": ["function-calling"]},
]


def fresh(c: Comparison) -> Comparison:
    """``c`` rebuilt from JSON: the same facts, with nothing kept anywhere.

    Structured without ``from_dict``'s refusal: an edited comparison (a spec row left out)
    is not one ``compare()`` makes, which ``from_dict`` now refuses (fixCO's spec rows).
    """
    return structure(readable_body(c.to_dict(), attrs.fields_dict(Comparison)), Comparison)


def _edited(c: Comparison, **changes: Any) -> Comparison:
    """``c`` with some facts changed, drawn from ``c``'s catalog (its memo shared, as a page's)."""
    facts = {f.name: getattr(c, f.name) for f in attrs.fields(Comparison) if f.init}
    assert c._drawn_from is not None
    return Comparison.drawn(c._drawn_from, **{**facts, **changes})


@pytest.mark.parametrize("terms", TERMS)
def test_pages_equal_pages_made_afresh_whatever_came_first(terms: dict[str, Any]) -> None:
    # One catalog answers every set of terms in turn, so its memo holds the other terms' parts
    # of the same models when these are asked for: a key missing a term would show them.
    catalog = curated_catalog()
    for earlier in TERMS:
        compare("phi-2", "phi-4-mini", catalog=catalog, **{"as_of": DAY, **earlier}).to_markdown()
    for a, b in [("phi-2", "phi-4-mini"), ("phi-4-mini", "phi-2"), ("phi-4-mini", "phi-3.5-mini")]:
        options = {"as_of": DAY, **terms}
        c = compare(a, b, catalog=catalog, **options)
        assert c.to_markdown() == fresh(c).to_markdown()
        assert c.narrative == fresh(c).narrative  # (its claims' evidence names positions too)
        assert c.check() == []
        assert c.to_html() == fresh(c).to_html()
        assert c.to_text() == fresh(c).to_text()


def test_a_model_keeps_its_parts_at_its_position() -> None:
    # Route rows carry the model's position; a part made at one position is not used at another.
    catalog = curated_catalog()
    ids = curated_ids()[:6]
    for a, b in itertools.permutations(ids, 2):
        c = compare(a, b, catalog=catalog, as_of=DAY)
        assert c.to_markdown() == fresh(c).to_markdown()
    three = compare(*ids[:3], catalog=catalog, as_of=DAY)
    assert three.to_markdown() == fresh(three).to_markdown()


def test_parts_are_shared_between_comparisons_of_one_catalog() -> None:
    catalog = curated_catalog()
    c = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)
    assert c.derive(COUNT, 1, (), lambda: 1) == 1
    again = compare("phi-3.5-mini", "phi-4-mini", catalog=catalog, as_of=DAY)
    assert again.derive(COUNT, 1, (), lambda: 2) == 1  # same model, position and terms: kept
    assert again.derive(COUNT, 0, (), lambda: 3) == 3  # another model
    later = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=dt.date(2025, 1, 1))
    assert later.derive(COUNT, 1, (), lambda: 4) == 4  # other terms
    swapped = compare("phi-4-mini", "phi-2", catalog=catalog, as_of=DAY)
    assert swapped.derive(COUNT, 0, (), lambda: 6) == 6  # Phi-4 Mini at another position
    other = compare("phi-2", "phi-4-mini", catalog=curated_catalog(), as_of=DAY)
    assert other.derive(COUNT, 1, (), lambda: 5) == 5  # another catalog: its own memo


@pytest.mark.parametrize("rebuild", [
    fresh, copy.copy, copy.deepcopy, attrs.evolve,
    lambda c: pickle.loads(pickle.dumps(c)),
], ids=["json", "copy", "deepcopy", "evolve", "pickle"])
def test_a_rebuilt_comparison_keeps_nothing(rebuild: Any) -> None:
    c = compare("phi-2", "phi-4-mini", as_of=DAY)
    c.derive(COUNT, 0, (), lambda: 1)
    rebuilt = rebuild(c)
    assert rebuilt == c
    assert rebuilt.derive(COUNT, 0, (), lambda: 2) == 2  # computed, not read from the catalog
    assert b"Catalog" not in pickle.dumps(c)  # the catalog is not a fact: never in a pickle


def test_an_evolved_comparison_shows_its_own_routes() -> None:
    # evolve() copies facts, not the catalog: a route table never comes from the original.
    catalog = curated_catalog()
    c = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)
    c.to_markdown()
    first = c.routes_of(0)[0]
    renamed = attrs.evolve(first, provider_name="Renamed Provider")
    edited = attrs.evolve(c, routes=(renamed, *c.routes[1:]))
    assert "Renamed Provider" in edited.to_markdown()
    assert "Renamed Provider" not in c.to_markdown()


def test_a_models_spec_and_capability_columns_follow_the_rows_shown() -> None:
    # A model's columns are kept by the rows they fill: a page showing fewer rows (an optional
    # spec left out) must not read the cells of a page that showed more.
    catalog = curated_catalog()
    c = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)
    c.to_markdown()
    fewer = _edited(c, specs=c.specs[1:], capabilities=c.capabilities[1:])
    assert fewer.to_markdown() == fresh(fewer).to_markdown()
    assert c.specs[0].label not in fewer.to_markdown()


def test_a_models_costs_are_kept_whatever_rows_show() -> None:
    # Its cheapest-route cells, bill and route table do not depend on the spec rows a page
    # shows: a page showing other rows reads the ones made before, and its page is the same.
    catalog = curated_catalog()
    c = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)
    fewer = _edited(c, specs=c.specs[1:])
    all_parts = tables.model_tables(c, c.names)
    fewer_parts = tables.model_tables(fewer, fewer.names)
    full, less = all_parts[1], fewer_parts[1]
    assert tables.specs(fewer, fewer.names, fewer_parts).rows == \
        tables.specs(c, c.names, all_parts).rows[1:]
    assert (less.pricing, less.bill, less.routes) == (full.pricing, full.bill, full.routes)
    assert less.routes is full.routes  # made once, not for each set of rows
    assert less.bill is full.bill
    assert fewer.to_markdown() == fresh(fewer).to_markdown()


def test_a_part_that_does_not_depend_on_the_position_is_shared_across_positions() -> None:
    # A model's route table is the same whether it comes first or second: one part for both,
    # naming its model by id, so its rendering is kept with that model wherever it stands.
    catalog = curated_catalog()
    first = compare("phi-4-mini", "phi-2", catalog=catalog, as_of=DAY)
    second = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)
    table = first.derive(COUNT, "phi-4-mini", ("t",), lambda: 1, anywhere=True)
    assert second.derive(COUNT, "phi-4-mini", ("t",), lambda: 2, anywhere=True) == table
    assert second.derive(COUNT, "phi-4-mini", ("t",), lambda: 3) == 3  # by position: its own
    assert first.to_markdown() == fresh(first).to_markdown()
    assert second.to_markdown() == fresh(second).to_markdown()
    assert second.to_html() == fresh(second).to_html()


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
def test_a_models_source_rows_are_kept_and_pages_stay_the_same() -> None:
    # The sources are each model's own, then each model's routes' others, a URL cited for two
    # models once: a model's rows of the sources table (and their Markdown) are kept with the
    # catalog, a shared URL's row made for the pair. Pages are the same as made afresh.
    catalog = curated_catalog()
    drawn = [compare(a, b, catalog=catalog, as_of=DAY)
             for a, b in itertools.permutations(curated_ids()[:10], 2)]
    layouts = [c.sources_by_model() for c in drawn]
    split = [c for c, layout in zip(drawn, layouts, strict=True) if layout and not layout.merged]
    assert split
    assert len(split) < len(drawn)  # both layouts: side by side, and with a URL merged
    for c, layout in zip(drawn, layouts, strict=True):
        assert layout is not None
        assert fresh(c).sources_by_model() is None
        assert c.to_markdown() == fresh(c).to_markdown()
        assert c.to_html() == fresh(c).to_html()
        table = tables.comparison_sources(c)
        assert table.rows == tables.sources(c.provenance.sources).rows
        assert sum(count for _, _, count in table.pieces) == len(table.rows)
        assert (None in [key for _, key, _ in table.pieces]) == bool(layout.merged)
    first: dict[str, object] = {}
    for c in split:  # the first model's own rows: one tuple of rows, whatever its partner
        table = tables.comparison_sources(c)
        assert table.pieces[0][:2] == (c.models[0].id, ("sources", "own"))
        kept = first.setdefault(c.models[0].id, table.rows[0])
        assert table.rows[0] is kept


def test_a_share_that_hides_scores_not_shown_is_kept_by_what_it_hides() -> None:
    # Phi-3.5 Mini has several runs of one benchmark: a page shows one, and its sources leave
    # out the others' citations. Two partners that leave the same runs unshown list the same
    # share: its rows (and their Markdown) are made once; pages stay as made afresh.
    catalog = curated_catalog()
    drawn = [compare(a, "phi-3.5-mini", catalog=catalog, as_of=DAY)
             for a in ("gemma-3-12b", "gemma-3-4b")]
    layouts = [c.sources_by_model() for c in drawn]
    assert all(layout is not None and layout.hidden[1] for layout in layouts)  # the premise
    assert layouts[0].hidden[1] == layouts[1].hidden[1]  # type: ignore[union-attr]
    made = [tables.comparison_sources(c) for c in drawn]
    runs = [next((start, key) for start, (model, key, _) in enumerate(table.pieces)
                 if model == "phi-3.5-mini") for table in made]
    assert runs[0][1] == runs[1][1] is not None  # kept, by the citations it hides
    starts = [sum(count for _, _, count in table.pieces[:run])
              for table, (run, _) in zip(made, runs, strict=True)]
    assert made[0].rows[starts[0]] is made[1].rows[starts[1]]
    for c in drawn:
        assert c.to_markdown() == fresh(c).to_markdown()
        assert c.to_html() == fresh(c).to_html()


def test_a_models_score_cells_are_kept_and_a_score_it_lacks_is_written() -> None:
    # A model's scores are formatted once for the catalog; a comparison drawn from it whose row
    # shows a score the model does not hold (its facts changed) writes that score, not a kept one.
    catalog = curated_catalog()
    c = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)
    assert c.to_markdown() == fresh(c).to_markdown()
    row = next(r for r in c.benchmarks if r.scores[0] is not None and r.scores[1] is not None)
    alone = next(r for r in c.benchmarks if r.scores[1] is None)
    changed = []
    for r in (row, alone):
        first = r.scores[0]
        assert first is not None
        changed.append(attrs.evolve(r, scores=(attrs.evolve(first, score=Decimal("12.34")),
                                               *r.scores[1:]),
                                    near_chance=(True, *r.near_chance[1:])))
    rows = tuple({row: changed[0], alone: changed[1]}.get(r, r) for r in c.benchmarks)
    edited = _edited(c, benchmarks=rows)
    page = edited.to_markdown()
    assert page == fresh(edited).to_markdown()
    assert "| 12.3, near chance |" in page
    assert alone.scores[0] is not None
    assert f"| 12.3 ({alone.scores[0].setting}), near chance |" in page


def test_a_row_no_model_scores_reads_no_score_in_each_column() -> None:
    # A two-model row with no score at all (its comparison's facts changed) reads "no score"
    # for each model, as a page made afresh does, though each model's kept cells are read.
    c = compare("phi-2", "phi-4-mini", catalog=curated_catalog(), as_of=DAY)
    alone = next(r for r in c.benchmarks if r.scores[0] is None)
    rows = tuple(attrs.evolve(r, scores=(None, None), near_chance=(None, None)) if r is alone
                 else r for r in c.benchmarks)
    edited = _edited(c, benchmarks=rows)
    page = edited.to_markdown()
    assert page == fresh(edited).to_markdown()
    assert f"| {alone.benchmark.label} | no score | no score |" in page


def test_a_models_kept_score_cells_hold_each_setting_as_stated_and_its_condition() -> None:
    # A row of two reads each score's setting and the condition it names from the model's kept
    # cells (worked out once a catalog), not from the setting's text for every row of every pair.
    from phicompare.domain.settings import condition, stated
    from phicompare.render.scores import score_texts

    scores = [s for m in curated_catalog() for s in m.scores]
    kept = score_texts(scores)
    assert {s: kept[s][1:] for s in scores} == {
        s: (stated(s.setting), condition(s.setting)) for s in scores}


def test_a_row_whose_setting_changed_shows_its_own_setting_not_the_kept_one() -> None:
    # A comparison drawn from a catalog whose row holds a score with another setting (its facts
    # changed) shows that setting in the row, as a page made afresh does.
    c = compare("phi-2", "phi-4-mini", catalog=curated_catalog(), as_of=DAY)
    row = next(r for r in c.benchmarks if r.scores[0] is not None and r.scores[1] is not None)
    first = row.scores[0]
    assert first is not None
    changed = attrs.evolve(row, scores=(attrs.evolve(first, setting="17-shot"), *row.scores[1:]))
    rows = tuple(changed if r is row else r for r in c.benchmarks)
    edited = _edited(c, benchmarks=rows)
    page = edited.to_markdown()
    assert page == fresh(edited).to_markdown()
    assert f"| {row.benchmark.label} | 17-shot / " in page


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_a_run_holding_a_url_the_pair_shares_is_split_around_its_row() -> None:
    # A URL two models cite is listed once, its row the pair's: the rest of the run it stands
    # in stays the model's own, kept as runs keyed by where they stand, so only the shared
    # URL's rows are made (and rendered) for the page. Pages stay as made afresh.
    catalog = curated_catalog()
    drawn = [compare(a, b, catalog=catalog, as_of=DAY)
             for a, b in itertools.permutations(curated_ids()[:10], 2)]
    merged = [c for c in drawn if (layout := c.sources_by_model()) and layout.merged]
    assert merged  # the premise: some pairs cite one URL twice
    split = 0
    for c in merged:
        layout = c.sources_by_model()
        assert layout is not None
        table = tables.comparison_sources(c)
        assert table.rows == tables.sources(c.provenance.sources).rows
        shared = sum(count for _, key, count in table.pieces if key is None)
        assert shared == len(layout.merged)  # the pair's rows: one a shared URL, no more
        for _, key, count in table.pieces:
            if isinstance(key, tuple) and len(key) == 3 and isinstance(key[1], int):
                split += 1
                assert key[2] - key[1] == count  # (run's key, start, stop)
        assert c.to_markdown() == fresh(c).to_markdown()
    assert split


def test_a_models_columns_are_one_whatever_rows_its_partner_adds() -> None:
    # A partner that adds spec rows (its own optional specs) leaves a model's column as it was:
    # the model's parts are kept once, however many partners it has (issue 18's memory), and
    # each page's specifications table shows the rows it has.
    catalog = curated_catalog()
    pages = [compare(other, "phi-2", catalog=catalog, as_of=DAY)
             for other in ("gemma-2-2b", "phi-3.5-moe", "qwen2.5-3b")]
    assert len({tuple([row.field for row in c.specs]) for c in pages}) == 3
    parts = [tables.model_tables(c, c.names) for c in pages]
    assert parts[0][1] is parts[1][1] is parts[2][1]
    for c, mine in zip(pages, parts, strict=True):
        shown = tables.specs(c, c.names, mine)
        afresh = tables.specs(c, c.names, tables.model_tables(fresh(c), c.names))
        assert shown == afresh
        assert [row[0] for row in shown.rows] == [row.label for row in c.specs]


def test_a_page_hiding_a_known_spec_never_reads_as_unknown_elsewhere() -> None:
    # A comparison made with a spec row left out (by hand) keys its columns apart: the model's
    # value there is not unknown, so a later page with the row shows it, not "not yet sourced".
    catalog = curated_catalog()
    c = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY)
    fewer = _edited(c, specs=c.specs[1:])
    fewer.to_markdown()  # made first: its columns must not stand for the full page's
    assert c.to_markdown() == fresh(c).to_markdown()
    assert c.specs[0].label in c.to_markdown()


@pytest.mark.parametrize("terms", TERMS[:4], ids=repr)
def test_a_models_seat_and_own_part_are_one_in_either_position(terms: dict[str, Any]) -> None:
    # What a comparison and its narrative read of a model alone is made once, first or second:
    # a long run keeps one of each a model, not one a position (issue 18's memory).
    from phicompare.analysis import comparator
    from phicompare.analysis.routes import Terms
    from phicompare.narrative.own import owns

    catalog = curated_catalog()
    terms = {"as_of": DAY, **terms}
    there = compare("phi-2", "phi-4-mini", catalog=catalog, **terms)
    back = compare("phi-4-mini", "phi-2", catalog=catalog, **terms)
    assert there._drawn_from is not None
    drawn = there._drawn_from.terms
    assert isinstance(drawn, Terms)
    assert owns(there)[0] is owns(back)[1]
    assert owns(there)[1] is owns(back)[0]
    seats = [comparator._seat(catalog.model("phi-2"), k, catalog, drawn) for k in (0, 1)]
    assert seats[0].profile is seats[1].profile
    assert seats[0].side is seats[1].side
    assert [row.model_index for row in seats[1].rows] == [1] * len(seats[1].rows)
    assert seats[1].estimate.model_index == 1
    assert back.to_markdown() == fresh(back).to_markdown()


@pytest.mark.parametrize("field", ["cached_share", "cache_write_share", "batch_share"])
def test_a_share_written_otherwise_is_quoted_as_its_own_traffic_writes_it(field: str) -> None:
    # Traffics with a share written "0.5" and "0.50" are equal and price alike, but a page's
    # words quote the share as its traffic states it: a page under one reads none of the
    # other's kept parts, and check() finds each page's quotes true (review 50's finding).
    catalog = curated_catalog()
    for written in ("0.5", "0.50", "0.500"):
        share: dict[str, Any] = {field: written}
        c = compare("phi-2", "phi-4-mini", catalog=catalog, as_of=DAY, traffic=Traffic(**share))
        assert c.to_markdown() == fresh(c).to_markdown()
        assert c.narrative == fresh(c).narrative
        assert c.check() == []
