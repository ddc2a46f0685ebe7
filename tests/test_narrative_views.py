"""The narrative's per-page views equal the rules the sections used to work out each on its own."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, strategies as st

from phicompare import compare
from phicompare.analysis.row_split import benchmark_split, split_of
from phicompare.domain.capabilities import Support
from phicompare.narrative import format as fmt
from phicompare.narrative.context import (
    Context,
    Scored,
    _any,
    _two,
    context_of,
    row_gap,
    windows_view,
)
from phicompare.narrative.fit import CATEGORY_WORKLOADS, claimed_areas, measured

# Counts that print alike (128K, 1M) beside ones that do not, and unknown windows.
_WINDOW = st.one_of(st.none(), st.sampled_from([2048, 4096, 8192, 128_000, 131_072, 200_000,
                                                1_000_000, 1_047_576, 1_048_576]),
                    st.integers(min_value=1, max_value=3_000_000))


def _prints_shorter(window: int, mine: int) -> bool:
    return window == mine or fmt.reading(window) != fmt.reading(mine)


@given(st.lists(_WINDOW, min_size=2, max_size=5))
def test_windows_view_matches_each_rule(sizes: list[int | None]) -> None:
    view = windows_view(tuple(sizes))
    known = [w for w in sizes if w is not None]
    assert view.form is fmt.token_formatter(known)
    longest = [i for i, mine in enumerate(sizes) if mine is not None and all(
        w is not None and w < mine and _prints_shorter(w, mine)
        for k, w in enumerate(sizes) if k != i)]
    assert view.longest == (longest[0] if longest else None)
    if None in sizes:
        assert (view.top, view.rest) == ((), ())
        return
    order = sorted(range(len(sizes)), key=lambda i: (-(sizes[i] or 0), i))
    top = [i for i in order if sizes[i] == sizes[order[0]]]
    assert view.top == tuple(top)
    assert view.rest == tuple(i for i in order if i not in top)


def _areas(x: Context, i: int) -> list[tuple[str, tuple[Scored, ...]]]:
    """The former rule, from each model's led rows by category, model by model."""
    def led(m: int) -> dict[str, list[Scored]]:
        won = {s.k for s in x.bench.leads[m]}
        rows: dict[str, list[Scored]] = {}
        for g in x.bench.comparable:
            if g.k in won and g.row.benchmark.category:
                rows.setdefault(g.row.benchmark.category, []).append(Scored(g.k, g.row))
        return rows

    areas: list[tuple[str, tuple[Scored, ...]]] = []
    mine = led(i)
    for category in [c for c in x.bench.categories if c in mine]:  # as the index lists them
        rows = tuple({s.k: s for s in mine[category]}.values())
        contested = any(category in led(o) for o in x.others(i))
        if len(rows) >= 2 and not contested:
            areas.append((CATEGORY_WORKLOADS.get(category, category), rows))
        else:
            areas += [(measured(s.row.benchmark.id, s.row.benchmark.label), (s,)) for s in rows]
    return areas


def test_areas_documents_and_categories_match_the_former_rules() -> None:
    ids = ["phi-2", "phi-4-mini", "llama-3.2-3b", "gemma-3-4b", "phi-4", "qwen2.5-7b",
           "phi-3.5-mini", "gemma-2-9b", "llama-3.1-8b", "mistral-7b-v0.3", "phi-3-mini-4k"]
    groups = [*itertools.combinations(ids, 2), *itertools.combinations(ids[:9], 3)]
    claimed = 0
    for group in groups:
        x = context_of(compare(*group, as_of=dt.date(2026, 11, 25)))
        for i in range(x.n):
            assert claimed_areas(x, i) == _areas(x, i), group
            assert x.capabilities.documents[i] == tuple(
                k for k, row in enumerate(x.c.capabilities)
                if row.documented and row.documented[i] is True
                and row.support[i] is Support.YES), group
            claimed += bool(claimed_areas(x, i))
        assert x.bench.by_category == {c: tuple(g for g in x.bench.comparable
                                                if g.row.benchmark.category == c)
                                       for c in x.bench.categories}, group
        for a, b in itertools.permutations(range(x.n), 2):
            pairs = tuple(g for g in x.bench.comparable if {g.i, g.j} == {a, b})
            assert x.bench.between.get((min(a, b), max(a, b)), ()) == pairs, group
            assert x.bench.won.get((a, b), ()) == tuple(
                g for g in pairs if g.row.pairs[g.p].significant
                and g.row.pairs[g.p].leader_index == a), group
    assert claimed  # some model is recommended from benchmarks: the rule was exercised


def test_index_reads_incomparable_and_shared_rows_as_the_rows_say() -> None:
    """Rows one model alone scores (skipped early on a page of two) add nothing to the index."""
    ids = ["phi-2", "phi-4-mini", "llama-3.2-3b", "gemma-3-4b", "phi-4", "qwen2.5-7b"]
    groups = [*itertools.combinations(ids, 2), *itertools.combinations(ids[:4], 3)]
    for group in groups:
        x = context_of(compare(*group, as_of=dt.date(2026, 11, 25)))
        rows = x.c.benchmarks
        assert [(g.k, g.p) for g in x.bench.incomparable] == [
            (k, p) for k, row in enumerate(rows) for p, gap in enumerate(row.pairs)
            if not gap.comparable and row.scores[gap.a_index] is not None
            and row.scores[gap.b_index] is not None], group
        assert [s.k for s in x.bench.shared] == [k for k, row in enumerate(rows)
                                                 if row.shared], group
        assert [g.k for g in x.bench.comparable] == [
            k for k, row in enumerate(rows) for gap in row.pairs if gap.comparable], group


def test_two_model_index_is_the_general_index() -> None:
    """The index of two models' rows, read off their split, equals the general rule's, pair by
    pair; the split made with the rows is the one read off them."""
    ids = ["phi-2", "phi-4-mini", "llama-3.2-3b", "gemma-3-4b", "phi-4", "qwen2.5-7b",
           "phi-3.5-mini", "gemma-2-9b", "llama-3.1-8b", "mistral-7b-v0.3", "phi-3-mini-4k"]
    led = 0
    for a, b in itertools.combinations(ids, 2):
        c = compare(a, b, as_of=dt.date(2026, 11, 25))
        rows, split = c.benchmarks, benchmark_split(c)
        assert split is not None, (a, b)
        assert split == split_of(rows, 2), (a, b)
        assert _two(split) == _any(rows, 2), (a, b)
        led += any(_any(rows, 2).leads) if rows else 0
    assert led  # some pair has a leader: the leader's branch was exercised
    three = compare("phi-2", "phi-4-mini", "gemma-3-4b", as_of=dt.date(2026, 11, 25)).benchmarks
    assert split_of(three, 3) is None  # three pairs a row: not two models' rows


def test_a_row_gap_read_the_other_way_is_signed_that_way() -> None:
    """``RowGap.gap`` is the index's pair as found, and the pair turned round when read j, i."""
    x = context_of(compare("phi-2", "phi-4-mini", as_of=dt.date(2026, 11, 25)))
    g = x.bench.comparable[0]
    assert g.gap is g.row.pairs[g.p]
    turned = row_gap(Scored(g.k, g.row), g.j, g.i).gap
    assert (turned.a_index, turned.b_index) == (g.j, g.i)
    assert turned.gap == -(g.gap.gap or 0)
