"""Review 14, N10: wording and counting slips.

(1) "No source of A's and B's own states their inputs." does not parse: "Neither model has a
source of its own that states its inputs." (2) One page cited with and without a trailing slash
(OpenAI's GPT-4.1 post) counted as two sources. (3) A setting that has brackets of its own, set
in brackets: "68.0 (Avg 5 runs, no custom tools/prompting (GPT-4o user model))".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Benchmark, BenchmarkScore, Capabilities, Catalog, Comparison, Model, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.settings import bracketed

DAY = dt.date(2026, 11, 25)


def _listed(mid: str, inputs: tuple[str, ...]) -> Model:
    """A model whose one source is its one route's listing."""
    listing = f"https://example.com/{mid}/listing"
    route = ProviderRoute(provider=f"reseller-{mid}", input=Decimal("0.10"),
                          output=Decimal("0.10"), source=listing, checked=DAY)
    return Model(id=mid, name=mid.upper(), input_modalities=inputs,
                 capabilities=Capabilities(vision=True), routes=(route,), sources=(listing,))


def _compare(*models: Model, benchmarks: tuple[Benchmark, ...] = ()) -> Comparison:
    return compare(*models, catalog=Catalog(models=models, benchmarks=benchmarks), as_of=DAY)


def _tradeoffs(c: Comparison) -> str:
    return " ".join(claim.text for claim in c.narrative.tradeoffs)


def test_two_listing_only_models_read_neither_model() -> None:
    c = _compare(_listed("a", ("text", "image", "video")), _listed("b", ("text", "image")))
    said = _tradeoffs(c)
    assert "'s own states" not in said, said
    assert "Neither model has a source of its own that states its inputs." in said, said
    assert c.check() == []


def test_two_of_three_listing_only_models_are_named() -> None:
    own = Model(id="c", name="C", input_modalities=("text", "image"),
                capabilities=Capabilities(vision=True), sources=("https://c.example/card",))
    c = _compare(_listed("a", ("text", "image", "video")), _listed("b", ("text", "image")), own)
    said = _tradeoffs(c)
    assert "Neither A nor B has a source of its own that states its inputs." in said, said
    assert c.check() == []
    four = _compare(_listed("a", ("text", "image", "video")), _listed("b", ("text", "image")),
                    _listed("d", ("text", "image")), own)
    said = _tradeoffs(four)
    assert "Of A, B and D, none has a source of its own that states its inputs." in said, said
    assert four.check() == []


def test_one_page_with_and_without_a_trailing_slash_is_one_source() -> None:
    """And an arXiv paper's abstract and PDF: one document, one source."""
    post, paper = "https://example.com/index/post", "https://arxiv.org/abs/2403.05530"
    marks = (Benchmark(id="x", name="X", items=100), Benchmark(id="y", name="Y", items=100))
    a = Model(id="a", name="A", sources=(post + "/", paper), checked=DAY, scores=(
        BenchmarkScore(benchmark="x", score=Decimal(50), source=post),
        BenchmarkScore(benchmark="y", score=Decimal(40),
                       source="https://arxiv.org/pdf/2403.05530v2")))
    b = Model(id="b", name="B", sources=("https://b.example/card",), checked=DAY)
    c = _compare(a, b, benchmarks=marks)
    urls = [s.url for s in c.provenance.sources]
    assert urls == [post, paper, "https://b.example/card"], urls
    assert c.provenance.sources[0].supports == ("A facts", "A score: X")
    assert c.provenance.sources[1].supports == ("A facts", "A score: Y")
    assert "The figures come from three sources" in " ".join(
        claim.text for claim in c.narrative.provenance)
    assert c.check() == []


def test_a_setting_with_brackets_of_its_own_is_set_in_brackets_once() -> None:
    assert bracketed("Avg 5 runs, no custom tools/prompting (GPT-4o user model)") == (
        "Avg 5 runs, no custom tools/prompting; GPT-4o user model")
    assert bracketed("diamond accuracy (no tools), pass@1") == "diamond accuracy [no tools], pass@1"
    assert bracketed("5-shot") == "5-shot"
    marks = (Benchmark(id="t", name="TAU", items=100), Benchmark(id="u", name="U", items=100))
    setting = "Avg 5 runs, no custom tools/prompting (GPT-4o user model)"
    a = Model(id="a", name="A", scores=(
        BenchmarkScore(benchmark="t", score=Decimal(68), setting=setting, source="https://a.x"),))
    b = Model(id="b", name="B", scores=(
        BenchmarkScore(benchmark="u", score=Decimal(50), source="https://b.x"),))
    page = _compare(a, b, benchmarks=marks).to_markdown()
    assert "68.0 (Avg 5 runs, no custom tools/prompting; GPT-4o user model)" in page, page
    assert "model))" not in page
