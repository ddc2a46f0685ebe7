"""Provenance: each model's sources merged once, then side by side, as if merged in one pass."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import attrs
import pytest

from phicompare import Catalog, Comparison, Model, ProviderRoute, compare, default_catalog
from phicompare.analysis.comparator import _hidden_scores
from phicompare.analysis.facts import SourceRef
from phicompare.analysis.profile import profile
from phicompare.analysis.provenance import model_sources, printed_scores
from phicompare.analysis.sources import merge_ref
from phicompare.domain.documents import source_address

from .helpers import curated_ids

AS_OF = dt.date(2026, 11, 25)


def one_pass(models: list[Model], c: Comparison) -> tuple[SourceRef, ...]:
    """The sources merged in one pass: every model's own, then every model's routes', each
    credited only with the scores ``c`` prints (review 7, F22; helper fixDM: its columns',
    the other runs beside them and the maker's reports the deep dive gives)."""
    catalog = default_catalog()
    refs: dict[str, SourceRef] = {}
    cites = [profile(m, catalog).cites for m in models]
    cites += [model_sources(m, catalog, AS_OF).routes for m in models]
    for by_url in cites:
        for url, ref in by_url.items():
            refs[url] = merge_ref(refs[url], ref) if url in refs else ref
    labels = {row.benchmark.id: row.benchmark.label for row in c.benchmarks}
    shown = {(source_address(score.source), f"{c.names[i]} score: {labels[score.benchmark]}")
             for i, m in enumerate(models)
             for score in printed_scores(c.benchmarks, i, m) if score.source}
    listed = []
    for ref in refs.values():
        supports = tuple(w for w in ref.supports if " score: " not in w or (ref.url, w) in shown)
        if supports:
            listed.append(attrs.evolve(ref, supports=supports))
    return tuple(listed)


def test_sources_are_those_of_one_pass_for_every_curated_pair() -> None:
    """Pairs that share a URL and pairs that do not list what one merging pass would."""
    catalog = default_catalog()
    shared = apart = 0
    for a, b in itertools.combinations(curated_ids(), 2):
        models = [catalog.model(a), catalog.model(b)]
        found = [model_sources(m, catalog, AS_OF).urls for m in models]
        if found[0].isdisjoint(found[1]):
            apart += 1
        else:
            shared += 1
        c = compare(a, b, catalog=catalog, as_of=AS_OF)
        assert c.provenance.sources == one_pass(models, c), (a, b)
        checked = [ref.checked for ref in c.provenance.sources if ref.checked is not None]
        last = [ref.last_checked or ref.checked for ref in c.provenance.sources
                if ref.checked is not None]  # (the newest figure read: review 55, #3)
        assert (c.provenance.oldest_check, c.provenance.newest_check) == (
            min(checked, default=None), max(last, default=None))
    assert shared  # both ways of listing are checked
    assert apart


def test_a_url_cited_by_two_models_lists_what_it_supports_for_both() -> None:
    """One page cited for one model's facts and another's route: listed once, supports both,
    with the day its older figure was read and, after it, its newer's (review 55, #3)."""
    url = "https://example.com/card"
    day = dt.date(2026, 1, 1)
    a = Model(id="a", name="A", sources=(url,), checked=day)
    later = day + dt.timedelta(days=1)
    b = Model(id="b", name="B", routes=(ProviderRoute(
        provider="p", input=Decimal(1), output=Decimal(2), source=url, checked=later),))
    c = compare(a, b, catalog=Catalog(models=(a, b)), as_of=AS_OF)  # (its provider "p")
    (ref,) = [r for r in c.provenance.sources if r.url == url]
    assert ref.supports == ("A facts", "B on p")
    assert (ref.checked, ref.last_checked) == (day, later)
    assert (c.provenance.oldest_check, c.provenance.newest_check) == (day, later)


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_three_models_list_what_one_pass_would_and_pages_stay_the_same() -> None:
    """Of three models, a URL two of them cite is merged once: as one pass lists it."""
    catalog = default_catalog()
    merged = 0
    for ids in itertools.islice(itertools.combinations(curated_ids(), 3), 0, None, 97):
        models = [catalog.model(i) for i in ids]
        c = compare(*ids, catalog=catalog, as_of=AS_OF)
        assert c.provenance.sources == one_pass(models, c), ids
        checked = [ref.checked for ref in c.provenance.sources if ref.checked is not None]
        last = [ref.last_checked or ref.checked for ref in c.provenance.sources
                if ref.checked is not None]  # (the newest figure read: review 55, #3)
        assert (c.provenance.oldest_check, c.provenance.newest_check) == (
            min(checked, default=None), max(last, default=None))
        layout = c.sources_by_model()
        assert layout is not None
        merged += bool(layout.merged)
        assert c.to_markdown() == Comparison.from_dict(c.to_dict()).to_markdown()
    assert 0 < merged < 34  # both ways of listing are checked


def test_a_model_source_its_own_route_cites_is_dated_by_the_route() -> None:
    """A model's record date is the oldest of its sources, not the day each was read: a URL
    its own route cites is dated by the route's checked date (review 7, F1)."""
    url, other = "https://example.com/listing", "https://example.com/card"
    early, late = dt.date(2025, 5, 22), dt.date(2026, 7, 2)
    a = Model(id="a", name="A", sources=(url, other), checked=early, routes=(ProviderRoute(
        provider="p", input=Decimal(1), output=Decimal(2), source=url, checked=late),))
    b = Model(id="b", name="B")
    c = compare(a, b, catalog=Catalog(models=(a, b)), as_of=AS_OF)  # (its provider "p")
    dates = {r.url: r.checked for r in c.provenance.sources}
    assert dates == {url: late, other: early}
    assert (c.provenance.oldest_check, c.provenance.newest_check) == (early, late)


def test_a_bundled_route_source_row_carries_the_route_date() -> None:
    """Gemini 2.0 Flash on Kilo Gateway: the cost section's 2026-07-02, not the record's
    2025-05-22 (review 7, F1)."""
    day = dt.date(2026, 12, 1)
    c = compare("gpt-4o", "claude-3-7-sonnet-20250219", "gemini-2.0-flash", as_of=day)
    for model in c.models:
        for route in model.routes:
            if route.effective_from is not None and any(  # a past price: not on the page
                    r.provider == route.provider and r.effective_from is not None
                    and route.effective_from < r.effective_from <= day for r in model.routes):
                continue
            (ref,) = [r for r in c.provenance.sources if r.url == route.source]
            assert ref.checked is not None
            assert route.checked is not None
            assert ref.checked <= route.checked
            if not any(r.source == route.source and r.checked != route.checked
                       for m in c.models for r in m.routes) and all(
                    s.source != route.source for m in c.models for s in m.scores):
                assert ref.checked == route.checked, (route.provider, ref)


def test_a_source_is_credited_only_with_the_scores_the_page_shows() -> None:
    """Llama 3.1 8B's MMLU column is Microsoft's run (68.1): Meta's card is credited with MMLU
    for the 69.4 the page prints as its other run, and with the maker's reports the deep dive
    gives (MMLU-Pro 48.3, ARC-C 83.4, ...), never with a score the page does not print
    (review 7, F22; helper fixDM: every figure printed is credited)."""
    c = compare("llama-3.1-8b", "qwen2.5-7b", as_of=AS_OF)
    card = "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md"
    (meta,) = [r for r in c.provenance.sources if r.url == card]
    assert meta.supports == ("Llama 3.1 8B facts", "Llama 3.1 8B score: MMLU",
                             "Llama 3.1 8B score: MMLU-Pro", "Llama 3.1 8B score: IFEval",
                             "Llama 3.1 8B score: ARC-C", "Llama 3.1 8B score: GPQA",
                             "Llama 3.1 8B score: HumanEval", "Llama 3.1 8B score: GSM8K",
                             "Llama 3.1 8B score: MATH", "Llama 3.1 8B score: MGSM")
    shown = {(source_address(score.source), f"{c.names[i]} score: {s.benchmark.label}")
             for i, m in enumerate(c.models) for score in printed_scores(c.benchmarks, i, m)
             if score.source
             for s in c.benchmarks if s.benchmark.id == score.benchmark}
    for ref in c.provenance.sources:
        for what in ref.supports:
            if " score: " in what:
                assert (ref.url, what) in shown, (ref.url, what)
    text = c.to_markdown()
    assert "Llama 3.1 8B's other run: 69.4" in text
    assert "MMLU-Pro (5-shot CoT) 48.3" in text
    assert c.check() == []


def test_a_hidden_score_leaves_the_model_rows_of_its_other_pages_alone() -> None:
    """A share filtered for one page is that page's own: the pages of the model made before and
    after it read as they do when made afresh, without the catalog's kept rows."""
    catalog = default_catalog()
    for ids in (("llama-3.1-8b", "phi-4-mini"), ("llama-3.1-8b", "qwen2.5-7b"),
                ("llama-3.1-8b", "phi-4-mini"), ("qwen2.5-7b", "llama-3.1-8b")):
        c = compare(*ids, catalog=catalog, as_of=AS_OF)
        assert c.to_markdown() == Comparison.from_dict(c.to_dict()).to_markdown(), ids
        assert c.to_html() == Comparison.from_dict(c.to_dict()).to_html(), ids


def test_the_deep_dive_names_the_makers_own_figures_the_page_does_not_show() -> None:
    """Llama 3.1 8B's shown MMLU and MATH are Microsoft's runs; its own card's figures are said,
    as separate evaluations (review 7, F22)."""
    c = compare("llama-3.1-8b", "qwen2.5-7b", as_of=AS_OF)
    deep = " ".join(claim.text for paragraph in c.narrative.deep_dive for claim in paragraph)
    assert ("Llama 3.1 8B's scores in the benchmark table on MMLU, MMLU-Pro, ARC-C, GPQA, GSM8K, "
            "MATH and MGSM are not its maker's own reports, which give MMLU (5-shot) 69.4, "
            "MMLU (0-shot CoT) 73.0, MMLU-Pro (5-shot CoT) 48.3, ARC-C (0-shot) 83.4, "
            "GPQA (0-shot) 30.4, GSM8K (8-shot CoT) 84.5, MATH (0-shot CoT) 51.9 and MGSM "
            "(0-shot CoT) 68.9: separate evaluations, not compared here.") in deep, deep
    assert c.check() == []


def test_a_model_with_one_score_a_benchmark_hides_no_score_s_citation() -> None:
    """A model whose profile has one score a benchmark shows every score on every page (a row a
    benchmark): no citation is hidden, read from its profile without walking the rows."""
    catalog = default_catalog()
    phi, llama = catalog.model("phi-2"), catalog.model("llama-3.1-8b")
    one, several = profile(phi, catalog), profile(llama, catalog)
    assert phi.scores
    assert not one.several
    assert several.several
    c = compare("phi-2", "llama-3.1-8b", catalog=catalog)
    hidden = _hidden_scores(c.models, [one, several], c.benchmarks, c.names, catalog)
    assert hidden[0] == frozenset()
    assert hidden[1]
    assert _hidden_scores([phi], [one], (), ["Phi-2"], catalog) == [frozenset()]  # no row read
