"""Pages never depend on what the catalog rendered before (issue 18's guarantee).

A catalog keeps each model's parts of a page (its tables' cells, its bill, its source rows, its
drafts of claims: :meth:`Comparison.derive <phicompare.Comparison.derive>`), keyed by the model,
the comparison's terms and what else the part reads. A part that reads something its key leaves
out (the other model's values, the names shown, the day) is right on the page that made it and
wrong on the next page of the model that shares its key: a knowledge cutoff kept as one page
coarsened it beside a month, then shown so beside a day (fixed in 6d9c4da8).

Each test renders pages twice, each with an empty memo and all through one catalog in a shuffled
order, and asks for the same bytes. The sample draws models of every kind a part's key must tell
apart (curated and imported, knowledge cutoffs to the month, to the day and unsourced, names two
models share) and places each model first and second beside several partners, and in threes,
under several terms (days, traffics, free tiers, requirements, materiality, blend).
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import random
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import Phase, given, settings, strategies as st

from phicompare import (
    Capabilities,
    Catalog,
    Model,
    Provider,
    ProviderRoute,
    Traffic,
    compare,
    compare_all,
    default_catalog,
    recommend,
)

from .strategies import AS_OF, BENCHMARKS, PROVIDERS, models, traffics

SEED = 18
"""The sample's seed (issue 18): the models drawn, and the order the shared catalog renders in."""

TERMS: tuple[dict[str, Any], ...] = (
    {"as_of": dt.date(2026, 11, 30)},
    {"as_of": dt.date(2024, 7, 1),
     "traffic": Traffic.from_requests(per_day=1_000, input_tokens=3_000, output_tokens=800)},
    {"as_of": dt.date(2027, 3, 1), "include_free": True,
     "traffic": Traffic(input_tokens=5_000_000, output_tokens=1_000_000, cached_share="0.5",
                        batch_share="0.25")},
    {"as_of": dt.date(2026, 6, 1), "requires": ("vision",), "materiality": Decimal("0.2"),
     "blend": (1, 1)},
)
"""The terms each sampled comparison is made under (a part is kept per terms)."""

Job = tuple[int, tuple[str, ...]]
"""A comparison to render: the index of its terms in :data:`TERMS`, and its models' ids (none:
the catalog's recommendation under those terms)."""
Pages = tuple[str, ...]

_PICKED_BY = ("as_of", "traffic", "include_free", "requires", "providers", "exclude_providers",
              "route_policy")
"""The terms :func:`recommend` takes of those a comparison is made under."""


def _pages(catalog: Catalog, ids: tuple[str, ...], **terms: Any) -> Pages:
    """The comparison's Markdown, HTML, text and JSON, or the error it raised; with no ids, the
    catalog's recommendation's (its five cheapest fits, and why the others do not fit)."""
    try:
        if not ids:
            r = recommend(catalog, limit=5, explain_rejected=True,
                          **{k: v for k, v in terms.items() if k in _PICKED_BY})
            return (r.to_markdown(), r.to_html(), r.to_text(), repr(r.to_dict()))
        c = compare(*ids, catalog=catalog, **terms)
    except Exception as error:  # noqa: BLE001 - an error is an answer too, and must be the same
        return (type(error).__name__, str(error))
    return (c.to_markdown(), c.to_html(), c.to_text(), c.to_json())


def _kind(model: Model, curated: set[str]) -> tuple[str, int]:
    """What a sampled model stands for: curated or imported, and its cutoff's precision."""
    cutoff = model.knowledge_cutoff
    return ("curated" if model.id in curated else "imported", len(str(cutoff or "")))


def _sample(catalog: Catalog, per_kind: int = 3) -> list[str]:
    """A few models of each kind (:func:`_kind`), and two pairs of models that share a name."""
    rng = random.Random(SEED)
    shelf = catalog.shelf
    assert shelf is not None
    curated = {row.id for row in shelf.rows if row.file.startswith("models/")}
    kinds: dict[tuple[str, int], list[str]] = defaultdict(list)
    named: dict[str, list[str]] = defaultdict(list)
    for model in sorted(catalog.models, key=lambda m: m.id):
        kinds[_kind(model, curated)].append(model.id)
        named[model.name.casefold()].append(model.id)
    pool = [i for kind in sorted(kinds) for i in rng.sample(kinds[kind], min(per_kind,
                                                                              len(kinds[kind])))]
    twins = [ids[:2] for _, ids in sorted(named.items()) if len(ids) > 1]
    pool += [i for pair in rng.sample(twins, min(2, len(twins))) for i in pair if i not in pool]
    rng.shuffle(pool)
    return pool


def _jobs(pool: list[str]) -> list[Job]:
    """Under each terms, each model first beside its next and second beside another, and some
    threes: every model shows beside several partners, in both places."""
    n, jobs = len(pool), list[Job]()
    for t in range(len(TERMS)):
        for i, a in enumerate(pool):
            b, c = pool[(i + 1) % n], pool[(i + 3 + t) % n]
            jobs += [(t, (a, b)), (t, (c, a))]
            if i % 4 == t:
                jobs.append((t, (a, b, c)))
        jobs.append((t, ()))  # the whole catalog's recommendation, among the pages
    return jobs


def _first_difference(job: object, alone: Pages, shared: Pages) -> str:
    for form, a, b in zip(("markdown", "html", "text", "json"), alone, shared, strict=False):
        if a != b:
            lines = difflib.unified_diff(a.splitlines(), b.splitlines(), "empty memo",
                                         "shared memo", lineterm="", n=0)
            return f"{job}, {form}:\n" + "\n".join(itertools.islice(lines, 12))
    return f"{job}: {len(alone)} parts against {len(shared)}"


@pytest.mark.no_cover  # a sweep of pages other tests cover line by line
def test_pages_through_one_catalog_are_the_pages_each_made_afresh() -> None:
    """Bundled models compared in any order through one catalog, and the bundled catalog's
    recommendations among them, read as each made alone."""
    bundled = default_catalog()
    pool = _sample(bundled)
    jobs = _jobs(pool)
    alone = {job: _pages(attrs.evolve(bundled), job[1], **TERMS[job[0]]) for job in jobs}
    assert sum(len(pages) == 4 for pages in alone.values()) > len(jobs) * 3 // 4  # pages, mostly
    catalog = attrs.evolve(bundled)  # (an empty memo: not what other tests left in the bundled)
    order = list(jobs)
    random.Random(SEED).shuffle(order)
    wrong = [_first_difference(job, alone[job], pages) for job in order
             if (pages := _pages(catalog, job[1], **TERMS[job[0]])) != alone[job]]
    assert not wrong, f"{len(wrong)} of {len(jobs)} pages differ; the first:\n{wrong[0]}"


_CUTOFFS = st.sampled_from((None, "2021-09", "2021-09-01", "2023-10-15"))
_NAMES = st.sampled_from(("Alpha", "Beta"))
_OPTIONS: tuple[dict[str, Any], ...] = (
    {}, {"exclude_providers": ("p1",)}, {"providers": ("p0", "p2")}, {"include_free": True},
    {"requires": ("vision",), "route_policy": "cheapest"})


@st.composite
def _catalogs(draw: st.DrawFn) -> Catalog:
    """Three or four generated models, each cutoff to the month, to the day or unsourced, and
    names that two models may share (the strategies' names never repeat)."""
    drawn = []
    for k in range(draw(st.integers(3, 4))):
        model = draw(models(f"m{k}"))
        drawn.append(attrs.evolve(model, knowledge_cutoff=draw(_CUTOFFS),
                                  name=draw(_NAMES) if draw(st.booleans()) else model.name))
    return Catalog(models=tuple(drawn), providers=PROVIDERS, benchmarks=BENCHMARKS)


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
# (no shrinking: a failing example's pages are large, and its diff is in the message)
@settings(max_examples=15, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(_catalogs(), traffics(), st.sampled_from(_OPTIONS), st.randoms(use_true_random=False))
def test_generated_pages_never_depend_on_the_pages_before(
        catalog: Catalog, traffic: Traffic, options: dict[str, Any], rng: random.Random) -> None:
    """Every pair (both ways), the three first models and the recommendation of a small
    generated catalog, rendered through one catalog in a random order, read as each rendered
    with an empty memo."""
    ids = [m.id for m in catalog.models]
    jobs = [*itertools.permutations(ids[:3], 2), tuple(ids[:3]), ()]
    terms = {"as_of": AS_OF, "traffic": traffic, **options}
    alone = {job: _pages(attrs.evolve(catalog), job, **terms) for job in jobs}
    rng.shuffle(jobs)
    for job in jobs:
        pages = _pages(catalog, job, **terms)
        assert pages == alone[job], _first_difference(job, alone[job], pages)


def _route(provider: str, price: str, **more: Any) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source="https://example.com/prices", checked=AS_OF, **more)


def test_a_provider_filter_leaves_out_only_the_model_s_own_providers() -> None:
    """A's vision is offered by its route on p1, "Acme"; B's route is on p2, also named "Acme".
    Excluding p2 once left every "Acme" out of A's column beside B (while friction, reading
    A's own routes, kept it): the page raised KeyError, and A's kept cells and phrases read
    one way or the other by the page the catalog made first."""
    a = Model(id="a", name="A", routes=(_route("p1", "1", capabilities=Capabilities(
        vision=True)), _route("p3", "1")))
    b = Model(id="b", name="B", routes=(_route("p2", "2"),))
    c = Model(id="c", name="C", routes=(_route("p3", "3"),))
    catalog = Catalog(models=(a, b, c), providers=(
        Provider(id="p1", name="Acme"), Provider(id="p2", name="Acme"),
        Provider(id="p3", name="Other")))
    terms = {"as_of": AS_OF, "exclude_providers": ["p2"]}
    alone = {pair: _pages(attrs.evolve(catalog), pair, **terms) for pair in (("a", "b"),
                                                                              ("a", "c"))}
    for pair, page in alone.items():
        assert "| Vision | from 1 of 2 providers | not documented |" in page[0], (pair, page)
    for order in ((("a", "b"), ("a", "c")), (("a", "c"), ("a", "b"))):
        shared = attrs.evolve(catalog)
        for pair in order:
            pages = _pages(shared, pair, **terms)
            assert pages == alone[pair], _first_difference(pair, alone[pair], pages)


@pytest.mark.no_cover  # a sweep of pages other tests cover line by line
def test_pages_made_on_threads_through_one_catalog_are_the_pages_each_made_afresh() -> None:
    """``compare_all`` on a thread pool, every thread reading and filling one catalog's memo at
    once, writes the pages each pair makes with an empty memo (cacheaudit's leftover). With
    6d9c4da8's key reverted (a model's spec values left out), 3 of its 40 pages differ."""
    bundled = default_catalog()
    pairs = [ids for t, ids in _jobs(_sample(bundled)) if t == 0 and len(ids) == 2]
    assert len(pairs) >= 30
    terms = TERMS[0]
    alone = {pair: _pages(attrs.evolve(bundled), pair, **terms)[0] for pair in pairs}
    catalog = attrs.evolve(bundled)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(compare_all(catalog, pairs, pool, format="md", chunk_size=1,
                                   max_pending=8, **terms))
    assert [(r.a, r.b) for r in results] == pairs
    wrong = [f"{r.a} vs {r.b}: {r.error}" if r.page is None else f"{r.a} vs {r.b}"
             for r in results if r.page != alone[(r.a, r.b)]]
    assert not wrong, f"{len(wrong)} of {len(pairs)} pages differ: {wrong[:3]}"
