"""A claim's evidence built on first read (``basis=``): same value, no cycle, unpaid by pages.

The narrative passes most claims a ``basis`` function instead of evidence tuples (see
``narrative/claims.py``). These tests hold it to its promises: a lazy claim equals, hashes,
prints, pickles and serialises as the eager claim with the same evidence; its basis runs at most
once; rendering a page runs none; and a page's objects are freed by reference counting alone
(a basis that captured the comparison would make a cycle only the garbage collector frees).
"""

from __future__ import annotations

import copy
import datetime as dt
import gc
import pickle
import weakref
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest

from phicompare import Capabilities, Catalog, Model, ProviderRoute, compare, load_catalog
from phicompare.domain.pricing import RouteStatus
from phicompare.narrative import paths
from phicompare.narrative.claims import Basis, Check, CheckOp, Claim, Evidence, Narrative, Row

DAY = dt.date(2026, 11, 25)
NAME = Evidence(paths.model(0, "name"), "Phi-2", "Phi-2")
KNOWN = Check(op=CheckOp.KNOWN, paths=(paths.model(0, "name"),))


def _grounded(narrative: Narrative) -> Iterator[Claim | Row]:
    yield from narrative.claims()
    yield from narrative.scorecard


def test_a_lazy_claim_is_the_eager_claim() -> None:
    eager = Claim(key="name", text="Phi-2.", evidence=(NAME,), checks=(KNOWN,))
    lazy = Claim(key="name", text="Phi-2.", basis=lambda: Basis((NAME,), (KNOWN,)))
    assert lazy == eager
    assert hash(lazy) == hash(eager)
    assert repr(lazy) == repr(eager)
    assert pickle.loads(pickle.dumps(Claim(key="name", text="Phi-2.",
                                           basis=lambda: Basis((NAME,))))) == Claim(
        key="name", text="Phi-2.", evidence=(NAME,))
    assert copy.deepcopy(lazy) == eager
    assert lazy != Claim(key="name", text="Phi-2.", evidence=())  # the evidence counts
    assert Row(key="r", label="L", cells=("a",), basis=lambda: Basis((NAME,))) == Row(
        key="r", label="L", cells=("a",), evidence=(NAME,))


def test_a_basis_runs_once() -> None:
    calls: list[int] = []

    def basis() -> Basis:
        calls.append(1)
        return Basis((NAME,), (KNOWN,))

    claim = Claim(key="name", text="Phi-2.", basis=basis)
    assert calls == []
    assert claim.evidence == (NAME,)
    assert claim.checks == (KNOWN,)
    assert claim.evidence == (NAME,)
    assert calls == [1]


def test_a_page_builds_no_evidence_and_check_builds_it_all() -> None:
    c = compare("phi-2", "phi-4-mini", "llama-3.2-3b", as_of=DAY)
    c.to_markdown()
    c.to_text()
    pending = [item for item in _grounded(c.narrative) if item._basis is not None]
    assert len(pending) > 20  # most claims wait: a page reads none of their evidence
    assert c.check() == []
    assert [item for item in _grounded(c.narrative) if item._basis is not None] == []


@pytest.mark.parametrize("models", [("phi-2", "phi-4-mini"),
                                    ("phi-3.5-mini", "llama-3.2-3b", "gemma-2-9b")])
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_a_page_is_freed_without_the_garbage_collector(models: tuple[str, ...]) -> None:
    """No basis captures the comparison: its page holds no reference cycle.

    The claims about one model alone are kept with the catalog (``narrative/parts.py``), so
    the page is drawn from a catalog of its own, dropped with it.
    """
    _freed(lambda: load_catalog(bundled=True), models)


def _stranded_catalog() -> Catalog:
    """Model ``a`` with no priced route in force (one retired, one a free tier), models ``b``
    and ``c`` each with a priced route (two, so that neither is the only one with a bill; ``b``
    the cheaper, ``c`` the longer context)."""
    def route(provider: str, retires: dt.date | None = None,
              status: RouteStatus = RouteStatus.GA, price: int = 1) -> ProviderRoute:
        return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                             source="https://price.test", checked=DAY, retires=retires,
                             status=status)
    return Catalog(models=(
        Model(id="a", name="A", context_window=100_000,
              routes=(route("p", retires=DAY - dt.timedelta(days=1)),
                      route("q", status=RouteStatus.FREE_TIER))),
        Model(id="b", name="B", context_window=100_000, routes=(route("q"),)),
        Model(id="c", name="C", context_window=200_000, routes=(route("p", price=2),))))


def test_a_page_with_a_stranded_model_is_freed_without_the_garbage_collector() -> None:
    """The deep dive's sentence that no route of a model carries the traffic (its draft, kept
    with the catalog) held the comparison in its basis: every page with a model whose routes
    are all retired or unfit stayed alive until the garbage collector ran (helper dataX, when
    Microsoft Foundry's retirement left Phi-3.5 Mini on a free tier alone)."""
    page = compare("a", "b", "c", as_of=DAY, catalog=_stranded_catalog())
    said = ("A has two routes in the catalog; none is eligible: one is retired and one is a "
            "free tier (not counted).")
    assert said in [claim.text for claim in page.narrative.claims()]
    assert page.check() == []
    _freed(_stranded_catalog, ("a", "b", "c"))


def _ruled_catalog() -> Catalog:
    """Three models with a priced route each: ``a`` documents function calling, ``b`` and ``c``
    do not, and none documents vision."""
    def model(key: str, calls: bool | None, price: int) -> Model:
        return Model(id=key, name=key.upper(), context_window=100_000,
                     capabilities=Capabilities(function_calling=calls),
                     routes=(ProviderRoute(provider="p", input=Decimal(price),
                                           output=Decimal(price), source="https://price.test",
                                           checked=DAY),))
    return Catalog(models=(model("a", True, 2), model("b", None, 1), model("c", None, 3)))


@pytest.mark.parametrize("requires", [{"function_calling"}, {"vision"},
                                      {"vision", "function_calling"}])
def test_a_page_with_models_ruled_out_is_freed_without_the_garbage_collector(
        requires: set[str]) -> None:
    """The no-pick lines, the line at a glance where no model is left and the verdict's line
    for models out for one requirement alike held the comparison in their bases (helper
    dataX's leftover): each such page stayed alive until the garbage collector ran."""
    page = compare("a", "b", "c", as_of=DAY, catalog=_ruled_catalog(), requires=requires)
    assert any("no pick" in claim.text.casefold() for claim in page.narrative.verdict)
    assert page.check() == []
    _freed(_ruled_catalog, ("a", "b", "c"), requires=requires)


def _freed(catalog_of: Callable[[], Catalog], models: tuple[str, ...],
           **terms: object) -> None:
    """A page of ``models`` (under ``terms``) is freed by reference counting alone."""
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        catalog = catalog_of()
        c = compare(*models, as_of=DAY, catalog=catalog, **terms)  # type: ignore[arg-type]
        c.to_markdown()
        refs: list[Callable[[], object]] = [
            weakref.ref(c), weakref.ref(c.narrative), weakref.ref(catalog),
            *(weakref.ref(item) for item in _grounded(c.narrative))]
        del c, catalog
        assert [r for r in refs if r() is not None] == []
    finally:
        if enabled:
            gc.enable()


def test_the_verdict_and_the_glance_rest_on_one_basis_built_once() -> None:
    """A model's pick and the line at a glance read the same advantages, in either order."""
    pairs = [("phi-2", "phi-4-mini"), ("phi-4", "llama-3.2-3b"), ("gemma-3-4b", "phi-4-mini")]
    for a, b in pairs:
        glance_first = compare(a, b, as_of=DAY).narrative
        pick_first = compare(a, b, as_of=DAY).narrative
        assert glance_first.at_a_glance[0].evidence  # (builds the shared basis)
        assert [p.evidence for p in pick_first.verdict] == [p.evidence
                                                             for p in glance_first.verdict]
        assert pick_first.at_a_glance[0].evidence == glance_first.at_a_glance[0].evidence
        assert [p.checks for p in pick_first.verdict] == [p.checks for p in glance_first.verdict]


def test_the_sentences_and_the_row_that_rank_context_windows_share_their_facts() -> None:
    """Summary, tradeoffs and scorecard quote the windows alike (one basis, built once)."""
    for a, b in [("phi-2", "phi-4-mini"), ("phi-4", "llama-3.2-3b"), ("phi-3-mini-4k", "phi-4")]:
        n = compare(a, b, as_of=DAY).narrative
        summary = next(c for c in n.summary if c.key == "context")
        tradeoff = next(c for c in n.tradeoffs if c.key == "context")
        row = next(r for r in n.scorecard if r.key == "context")
        assert tradeoff.evidence == summary.evidence == row.evidence
        assert tradeoff.checks == summary.checks
        assert summary.checks
        assert not row.checks
