"""Catalog values that loaded and then broke a page are refused at load (review 27, P1, P3, P7).

A benchmark whose range is 0..0 made every comparison on it raise ``decimal.InvalidOperation``;
a zero context window, output or input limit or parameter count loaded and then failed the
page's own ``check()`` (unknown shown as zero); a typo in ``metric`` silently dropped every
sampling interval. Each is now a problem naming the file, the key path and the value, and the
catalogs already loaded are left as they were.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from phicompare import Benchmark, CatalogError, Model, ProviderRoute, compare, load_catalog
from phicompare.analysis.statistics import variance
from phicompare.catalog.loader import validate_paths
from phicompare.domain.rules import CATEGORIES, METRICS

from .test_hostile_catalog import HEAD, messages, model, write

BENCH = '[[benchmarks]]\nid = "b"\nname = "B"\nitems = 500\n'
GOOD = HEAD + BENCH + model("good", route_input="1")


def refused(tmp_path: Path, text: str, needle: str) -> None:
    """``text`` loads nowhere: one problem, ``needle``, in every reader; loaded catalogs stay."""
    before = load_catalog(write(tmp_path, "good.toml", GOOD), bundled=False)
    ids = [m.id for m in before]
    file = write(tmp_path, "bad.toml", text)
    found = messages(validate_paths(file))
    assert found == [f"{file}: {needle}"], found
    with pytest.raises(CatalogError) as caught:
        load_catalog(file, bundled=False)
    assert [str(p) for p in caught.value.problems] == found
    assert [m.id for m in before] == ids
    assert before.benchmark("b").max_score == 100


@pytest.mark.parametrize(("value", "shown"), [("0", "0"), ("0.0", "0.0"),
                                              ("-5", "-5")])
def test_a_benchmark_range_of_no_width_is_refused(tmp_path: Path, value: str,
                                                  shown: str) -> None:
    refused(tmp_path, HEAD + f'[[benchmarks]]\nid = "z"\nname = "Z"\nmax_score = {value}\n',
            f"benchmarks[0].max_score = {shown}: must be above zero: a score lies in "
            "0..max_score")


@pytest.mark.parametrize("key", ["context_window", "max_output_tokens", "max_input_tokens",
                                 "parameters_b", "active_parameters_b"])
@pytest.mark.parametrize("value", ["0", "-1"])
def test_a_zero_size_on_a_model_is_refused(tmp_path: Path, key: str, value: str) -> None:
    refused(tmp_path, HEAD + model(extra=f"{key} = {value}\n", route_input="1"),
            f"models[0].{key} = {value}: must be above zero; leave it out where it is unknown")


@pytest.mark.parametrize("key", ["context_window", "max_output_tokens"])
def test_a_zero_size_on_a_route_is_refused(tmp_path: Path, key: str) -> None:
    text = HEAD + model(route_input="1") + f"{key} = 0\n"
    refused(tmp_path, text, f"models[0].routes[0].{key} = 0: must be above zero; leave it "
                            "out where it is unknown")


@pytest.mark.parametrize(("key", "value", "hint"), [
    ("metric", "normalised", "did you mean 'normalized'?"),
    ("metric", "Accuracy", "did you mean 'accuracy'?"),
    ("metric", "pass@l", "did you mean 'pass@1'?"),
    ("category", "Coding", "did you mean 'coding'?"),
    ("category", "feelings", ("expected one of agentic, chat, coding, commonsense, "
                              "instruction, knowledge, long-context, math, multilingual, other, "
                              "reasoning, science, vision")),
])
def test_an_unknown_metric_or_category_is_refused(tmp_path: Path, key: str, value: str,
                                                  hint: str) -> None:
    refused(tmp_path, HEAD + BENCH + f'{key} = "{value}"\n',
            f"benchmarks[0].{key} = {value!r}: unknown {key}; {hint}")


@pytest.mark.parametrize(("extra", "key", "shown", "top"), [
    ("chance = 200\n", "chance", "200", "100"),
    ("baseline = 101\nmetric = \"normalized\"\n", "baseline", "101", "100"),
    ("max_score = 10\nchance = 25\n", "chance", "25", "10"),
])
def test_chance_or_baseline_above_the_range_is_refused(tmp_path: Path, extra: str, key: str,
                                                       shown: str, top: str) -> None:
    refused(tmp_path, HEAD + BENCH + extra,
            f"benchmarks[0].{key} = {shown}: is above max_score ({top}): a score lies in "
            "0..max_score")


def test_chance_at_the_top_of_the_range_loads(tmp_path: Path) -> None:
    file = write(tmp_path, "c.toml", HEAD + BENCH + "max_score = 10\nchance = 10\n")
    assert validate_paths(file) == []


def test_the_api_refuses_the_same_values() -> None:
    with pytest.raises(ValueError, match="max_score must be above zero"):
        Benchmark(id="b", name="B", max_score=Decimal(0))
    with pytest.raises(ValueError, match="did you mean 'normalized'"):
        Benchmark(id="b", name="B", metric="normalised")
    with pytest.raises(ValueError, match="chance = 200 is above max_score"):
        Benchmark(id="b", name="B", chance=Decimal(200))
    with pytest.raises(ValueError, match="context_window must be above zero, got 0"):
        Model(id="m", name="M", context_window=0)
    with pytest.raises(ValueError, match="parameters_b must be above zero"):
        Model(id="m", name="M", parameters_b=Decimal(0))
    with pytest.raises(ValueError, match="max_output_tokens must be above zero"):
        ProviderRoute(provider="p", source="https://x", checked=dt.date(2026, 1, 1),
                      max_output_tokens=0)


def test_a_range_of_no_width_has_an_unknown_variance() -> None:
    """A record forced past its validators (``object.__setattr__`` on the frozen record)
    still gives "unknown", never a ``decimal.InvalidOperation``."""
    bench = Benchmark(id="b", name="B", items=100)
    object.__setattr__(bench, "max_score", Decimal(0))
    assert variance(Decimal(0), bench) is None


def test_every_documented_value_is_accepted() -> None:
    """The sets are docs/catalog.md's tables (the bundled catalog's values load with it)."""
    doc = Path(__file__).parents[1] / "docs" / "catalog.md"
    if not doc.exists():
        pytest.skip("docs/ is not beside the tests (installed-wheel run)")
    text = doc.read_text(encoding="utf-8")
    metric_row = next(line for line in text.splitlines() if line.startswith("| `metric` |"))
    category_row = next(line for line in text.splitlines() if line.startswith("| `category` |"))
    for value in METRICS:
        assert f"`{value}`" in metric_row, value
        Benchmark(id="b", name="B", metric=value)
    for value in CATEGORIES:
        assert f"`{value}`" in category_row, value
        Benchmark(id="b", name="B", category=value)


def test_strict_flags_more_active_parameters_than_total(tmp_path: Path) -> None:
    file = write(tmp_path, "c.toml", HEAD + model(
        extra="parameters_b = 3\nactive_parameters_b = 30\n", route_input="1"))
    assert validate_paths(file) == []
    found = [p for p in validate_paths(file, strict=True) if "active_parameters_b" in p.path]
    assert [str(p) for p in found] == [
        (f"{file}: models[0].active_parameters_b = 30: exceeds the model's total parameters_b "
         "(3): the parameters active per token are a part of the total")]
    fine = write(tmp_path, "d.toml", HEAD + model(
        extra="parameters_b = 30\nactive_parameters_b = 3\n", route_input="1"))
    assert not [p for p in validate_paths(fine, strict=True) if "active" in p.path]


PAIR_BENCH = {"items": "100", "max_score": "100", "chance": "25"}
PAIR_MODEL = {"context_window": "8192", "max_output_tokens": "4096", "max_input_tokens": "4000",
              "parameters_b": "7", "active_parameters_b": "7"}
PAIR_ROUTE = {"context_window": "8192", "max_output_tokens": "4096"}


def pair(bench: dict[str, str], facts: dict[str, str], route: dict[str, str]) -> str:
    """Two models alike in every figure, scored 0 on one benchmark, priced on one route each."""
    def lines(table: dict[str, str]) -> str:
        return "".join(f"{k} = {v}\n" for k, v in table.items())

    text = HEAD + '[[benchmarks]]\nid = "bz"\nname = "BZ"\n' + lines(bench)
    for mid in ("fa", "fb"):
        text += (f'[[models]]\nid = "{mid}"\nname = "{mid.upper()}"\n' + lines(facts)
                 + '[[models.scores]]\nbenchmark = "bz"\nscore = 0\nsetting = "0-shot"\n'
                 'source = "https://e.com/ev"\n' + ROUTE_TABLE + lines(route))
    return text


ROUTE_TABLE = ('[[models.routes]]\nprovider = "p"\nsource = "https://e.com/p"\n'
               "checked = 2026-11-01\ninput = 1\noutput = 2\n")


@pytest.mark.parametrize(("part", "key"), [
    *[("bench", k) for k in PAIR_BENCH], *[("model", k) for k in PAIR_MODEL],
    *[("route", k) for k in PAIR_ROUTE]])
def test_a_zero_figure_is_refused_or_makes_a_sound_page(tmp_path: Path, part: str,
                                                        key: str) -> None:
    """Review 27's fuzz: each figure set to 0 loads nowhere, or its page is sound."""
    parts = {"bench": dict(PAIR_BENCH), "model": dict(PAIR_MODEL), "route": dict(PAIR_ROUTE)}
    parts[part][key] = "0"
    file = write(tmp_path, "z.toml", pair(parts["bench"], parts["model"], parts["route"]))
    problems = validate_paths(file)
    if problems:  # refused, at the key set to 0
        assert any(p.path.endswith(f".{key}") for p in problems), problems
        with pytest.raises(CatalogError):
            load_catalog(file, bundled=False)
        return
    comparison = compare("fa", "fb", catalog=load_catalog(file, bundled=False))
    comparison.to_text(width=80)
    assert comparison.check() == []
