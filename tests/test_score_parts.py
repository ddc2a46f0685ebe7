"""A pair's benchmark rows join two models' parts, prepared once a model (issue 18)."""

from __future__ import annotations

import collections
import itertools

import pytest

from phicompare import compare, default_catalog
from phicompare.analysis import benchmarks as rows_of
from phicompare.analysis.profile import profile
from phicompare.analysis.score_parts import choose_two, paired_runs, row_parts
from phicompare.catalog.index import Catalog
from phicompare.narrative import benchmarks as said
from phicompare.narrative.context import Context, RowGap

from .helpers import curated_ids


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_a_pair_s_rows_work_out_no_model_s_part_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every curated pair, both ways: with each model's part made, a pair chooses among runs,
    lists other runs and reads the spread between runs without working any of them out a
    score, and its rows are those of the general walk (which works them out per row)."""
    catalog = default_catalog()
    ids = curated_ids()
    models = {i: catalog.model(i) for i in ids}
    found = {i: profile(m, catalog) for i, m in models.items()}
    expected = {(a, b): rows_of._any([models[a], models[b]], [found[a], found[b]], catalog)
                for a, b in itertools.permutations(ids, 2)}
    assert any(row.other_runs for rows in expected.values() for row in rows)

    def again(*_: object) -> object:
        raise AssertionError("a model's part worked out again for a pair")

    for name in ("_choose", "_other_runs"):
        monkeypatch.setattr(rows_of, name, again)
    monkeypatch.setattr(Catalog, "run_spread", again)
    monkeypatch.setattr(Catalog, "run_spread_floored", again)
    for (a, b), rows in expected.items():
        assert rows_of._two(models[a], models[b], found[a], found[b], catalog) == rows


def test_two_models_choose_the_run_the_general_rule_chooses() -> None:
    """Where one of two models has several scores on a benchmark, the run both share (else the
    setting, else each one's first) is the one :func:`_choose` picks from the entries."""
    catalog = default_catalog()
    found = {i: profile(catalog.model(i), catalog) for i in curated_ids()}
    chosen = 0
    for a, b in itertools.permutations(found, 2):
        theirs = row_parts(found[b].entries)
        for benchmark_id, mine in row_parts(found[a].entries).items():
            other = theirs.get(benchmark_id)
            if other is None or not (mine.several or other.several):
                continue
            picks = choose_two(mine, other)
            options = (found[a].entries[benchmark_id], found[b].entries[benchmark_id])
            assert [p.entry for p in picks] == rows_of._choose(options)
            entries = [p.entry for p in picks]
            others = [p.others for p in picks]  # (with a run of both, as the pair keeps it)
            mine_too = list(paired_runs(options, entries, others)) if mine.several and \
                other.several else others
            assert mine_too == list(rows_of._other_runs(options, entries) or ((), ()))
            chosen += 1
    assert chosen > 100


def test_a_gap_s_lead_is_worked_out_once_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """The summary and the deep dive both state the largest gap: who leads it, the figures and
    the label are worked out once a page, and both sentences read them."""
    asked: collections.Counter[tuple[int, int, int]] = collections.Counter()
    made: collections.Counter[tuple[int, int, int]] = collections.Counter()
    lead, work_out = said._lead, said._work_out_lead

    def counted_lead(x: Context, g: RowGap) -> said.GapLead:
        asked[g.k, g.i, g.j] += 1
        return lead(x, g)

    def counted_work(x: Context, g: RowGap) -> said.GapLead:
        made[g.k, g.i, g.j] += 1
        return work_out(x, g)

    monkeypatch.setattr(said, "_lead", counted_lead)
    monkeypatch.setattr(said, "_work_out_lead", counted_work)
    page = compare("phi-2", "phi-4-mini").to_markdown()
    assert max(asked.values()) == 2  # the largest gap, stated twice
    assert made == collections.Counter(dict.fromkeys(asked, 1))
    assert "leads" in page
