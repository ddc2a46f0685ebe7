"""Hostile edges a review left: an unknown benchmark's spread, an empty page, zero items, empty
names, long values in messages and tiny prices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from phicompare import (
    Benchmark,
    BenchmarkScore,
    Catalog,
    CatalogError,
    Comparison,
    ComparisonError,
    Model,
    Provider,
    ProviderRoute,
    UnknownBenchmarkError,
    UnknownModelError,
    compare,
    default_catalog,
    load_catalog,
    recommend,
)
from phicompare.domain.names import find_model
from phicompare.exceptions import PhicompareError
from phicompare.narrative.format import price

# 5. Catalog.run_spread of an unknown benchmark ---------------------------------------------

@pytest.mark.parametrize("method", ["run_spread", "run_spread_floored"])
def test_an_unknown_benchmarks_spread_is_an_unknown_benchmark(method: str) -> None:
    """It was None (False), as for a known benchmark with no repeated run: a typo went unseen."""
    with pytest.raises(UnknownBenchmarkError) as caught:
        getattr(default_catalog(), method)("mmlx")
    assert str(caught.value) == "unknown benchmark 'mmlx'; did you mean 'mmlu' or 'mmmlu'?"
    assert isinstance(caught.value, KeyError)
    with pytest.raises(UnknownBenchmarkError, match="unknown benchmark 'nope'; no benchmark"):
        getattr(Catalog(), method)("nope")


def test_a_known_benchmark_without_runs_still_has_no_spread() -> None:
    catalog = default_catalog()
    assert catalog.run_spread("aime-2024") is None
    assert catalog.run_spread_floored("aime-2024") is False
    assert catalog.run_spread("gsm8k") == Decimal("9.3")


def test_a_benchmark_a_python_catalog_scores_but_does_not_define_still_compares() -> None:
    """A catalog built in Python may score a benchmark it does not define (no spread, no error)."""
    def scored(model_id: str, *runs: tuple[str, str]) -> Model:
        return Model(id=model_id, name=model_id.upper(), scores=tuple(
            BenchmarkScore(benchmark="zz", score=Decimal(score), setting="5-shot",
                           evaluation=run) for score, run in runs))

    catalog = Catalog(models=(scored("a", ("50", "one")), scored("b", ("60", "one"))))
    assert compare("a", "b", catalog=catalog).benchmarks[0].pairs[0].run_spread is None
    runs = Catalog(models=(scored("a", ("50", "one"), ("54", "two")), scored("b", ("60", "one"))))
    assert runs.run_spread("zz") == Decimal("4")  # measured by its runs, as before


# 6. An empty list of sections ---------------------------------------------------------------

@pytest.mark.parametrize("render", ["to_text", "to_markdown", "to_html"])
@pytest.mark.parametrize("empty", [[], (), frozenset()])
def test_no_section_named_is_refused_not_a_title_only_page(render: str, empty: object) -> None:
    c = compare("phi-2", "phi-4-mini")
    with pytest.raises(ComparisonError) as caught:
        getattr(c, render)(sections=empty)
    # (review 30, F10: it read "no section named (none leaves only the title; ...)")
    assert str(caught.value).startswith(
        f"sections={empty!r} names no section: give section names, or None for every section; "
        "sections: summary, glance, ")
    assert isinstance(caught.value, ValueError)


def test_one_section_and_every_section_still_render() -> None:
    c = compare("phi-2", "phi-4-mini")
    assert "## Verdict" in c.to_markdown(sections=["verdict"])
    assert c.to_markdown(sections=None) == c.to_markdown()


# 1. A benchmark of zero items ---------------------------------------------------------------

def test_a_benchmark_of_zero_items_is_refused(tmp_path: Path) -> None:
    """``items = 0`` loaded (an interval from no sample), where ``max_score = 0`` was refused."""
    file = tmp_path / "b.toml"
    file.write_text('schema = 1\n[[benchmarks]]\nid = "b"\nname = "B"\nitems = 0\n',
                    encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog(file)
    assert str(caught.value) == (
        f"{file}: benchmarks[0].items = 0: must be above zero; leave it out where it is unknown")
    with pytest.raises(ValueError, match="items must be above zero, got 0"):
        Benchmark(id="b", name="B", items=0)
    assert Benchmark(id="b", name="B", items=1).items == 1


# 2. An empty or punctuation-only name -------------------------------------------------------

@pytest.mark.parametrize("alias", ["-", "", " _ ", "--"])
def test_a_python_model_with_an_alias_that_names_nothing_is_refused(alias: str) -> None:
    with pytest.raises(ValueError, match=r"aliases\[1\] = .*: an alias must name something"):
        Model(id="m", name="M", aliases=("m-1", alias))


@pytest.mark.parametrize("name", ["", "-", "_", " ", "- _"])
def test_an_empty_name_selects_no_model(name: str) -> None:
    """A model whose id is "-" (allowed) is found by "-" as written, and by nothing empty else."""
    catalog = Catalog(models=(Model(id="-", name="-"), Model(id="b", name="B")))
    if name == "-":
        assert catalog.model(name).id == "-"
        assert name in catalog
        return
    with pytest.raises(UnknownModelError):
        catalog.model(name)
    assert name not in catalog
    assert catalog.suggest(name) == ()
    assert find_model(catalog.models, name) is None


# 4. A long value in a message is cut ---------------------------------------------------------

_LONG = "x" * 10_000


def _comparison() -> Comparison:
    return compare("phi-2", "phi-4-mini")


@pytest.mark.parametrize("call", [
    lambda: default_catalog().model(_LONG),
    lambda: default_catalog().provider(_LONG),
    lambda: default_catalog().benchmark(_LONG),
    lambda: default_catalog().run_spread(_LONG),
    lambda: compare("phi-2", _LONG),
    lambda: _comparison().to_text(sections=[_LONG]),
    lambda: _comparison().to_frame(_LONG),
    lambda: _comparison().to_frame("cost", money=_LONG),
    lambda: _comparison().position(_LONG),
    lambda: recommend(licenses=[_LONG]),
    lambda: recommend(requires=[_LONG]),
    lambda: recommend(providers=[_LONG]),
    lambda: Model(id="m", name="M", input_modalities=(_LONG,)),
    lambda: Benchmark(id="b", name="B", metric=_LONG),
    lambda: Benchmark(id="b", name="B", category=_LONG),
], ids=["model", "provider", "benchmark", "run_spread", "compare", "sections", "table", "money",
        "position", "licence", "capability", "providers", "modality", "metric", "category"])
def test_a_long_value_is_cut_in_the_message(call: Callable[[], object]) -> None:
    """Each echoed the whole 10,000 characters; it now shows 100 and says how long it is."""
    # (a record's own rule raises a ValueError, the API's a PhicompareError)
    with pytest.raises((PhicompareError, ValueError), match=r"\.\.\.' \(10,000 characters\)") \
            as caught:
        call()
    assert len(str(caught.value)) < 1_000


def test_a_long_value_in_a_catalog_file_is_cut(tmp_path: Path) -> None:
    file = tmp_path / "long.toml"
    file.write_text(f'schema = 1\n[[models]]\nid = "m"\nname = "M"\n[[models.scores]]\n'
                    f'benchmark = "{_LONG}"\nscore = 1\n', encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog(file)
    [problem] = caught.value.problems
    assert str(problem) == (f"{file}: models[0].scores[0].benchmark = '{'x' * 200}...' "
                            "(10,000 characters): unknown benchmark; define it in [[benchmarks]]")


def test_a_short_value_is_shown_whole() -> None:
    with pytest.raises(UnknownModelError) as caught:
        default_catalog().model("y" * 100)
    assert str(caught.value).startswith(f"unknown model '{'y' * 100}';")


# 3. A tiny price reads sensibly --------------------------------------------------------------

def test_a_tiny_price_is_under_a_billionth_not_300_digits() -> None:
    """1E-300 per 1M tokens (and a fee of 1E-300) printed 300 digits in every format."""
    def route(provider: str, amount: str) -> ProviderRoute:
        return ProviderRoute(provider=provider, source="https://example.com/p",
                             checked=dt.date(2026, 11, 1), input=Decimal(amount),
                             output=Decimal(amount), per_request=Decimal(amount))

    catalog = Catalog(models=(Model(id="a", name="A", routes=(route("p", "1E-300"),)),
                              Model(id="b", name="B", routes=(route("q", "0.1"),))),
                      providers=(Provider(id="p", name="P"), Provider(id="q", name="Q")))
    c = compare("a", "b", catalog=catalog, as_of=dt.date(2026, 11, 25))
    for page in (c.to_markdown(), c.to_text(), c.to_html()):
        assert "0" * 12 not in page
    page = c.to_markdown()
    assert "| Its input price | under \\$0.000000001 | \\$0.10 |" in page  # (own places)
    assert "a fee of under \\$0.000000001 a request is not included" in page
    assert c.check() == []
    assert price(Decimal("1E-9")) == "$0.000000001"  # a billionth itself is written
