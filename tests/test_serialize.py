"""to_dict / from_dict: JSON-ready, exact money, and an equal object back."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings

from phicompare import ArgumentError, Catalog, Comparison, ComparisonError, Traffic, compare
from phicompare.render.serialize import structure, unstructure

from .helpers import curated_ids, float_paths
from .strategies import AS_OF, catalog_and_pair, traffics

FAST = settings(max_examples=40, deadline=None)


def json_round_trip(data: dict[str, Any]) -> dict[str, Any]:
    """Through real JSON text, as another tool would read it (floats would show here)."""
    loaded: dict[str, Any] = json.loads(json.dumps(data), parse_float=float)
    return loaded


def test_bundled_pairs_round_trip() -> None:
    """Every pair among a spread of bundled models comes back equal through JSON text."""
    ids = curated_ids()[::4]  # a fixed sample: the curated layer
    for a, b in itertools.combinations(ids, 2):
        c = compare(a, b, as_of=AS_OF)
        assert Comparison.from_dict(json_round_trip(c.to_dict())) == c


def test_reference_round_trip(reference: Catalog) -> None:
    c = compare("phi-2", "phi-4-mini", catalog=reference)
    back = Comparison.from_dict(json_round_trip(c.to_dict()))
    assert back == c
    assert back.cost.estimates[0].monthly == Decimal("102.50")
    assert str(back.cost.estimates[0].monthly) == "102.50"


def test_three_model_comparison_with_every_option_round_trips() -> None:
    traffic = Traffic.from_requests(per_day=5_000, input_tokens=1_500, output_tokens=300,
                                    cached_share="0.25", batch_share="0.5")
    c = compare("phi-4-mini", "llama-3.2-3b", "gemma-3-4b", traffic=traffic, blend=(3, 1),
                requires=["function_calling"], include_free=True, as_of=dt.date(2026, 7, 1))
    assert Comparison.from_dict(json_round_trip(c.to_dict())) == c


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
@FAST
@given(catalog_and_pair(), traffics())
def test_generated_comparisons_round_trip(pair: tuple[Catalog, str, str],
                                          traffic: Traffic) -> None:
    catalog, a, b = pair
    c = compare(a, b, catalog=catalog, traffic=traffic, as_of=AS_OF)
    data = c.to_dict()
    assert list(float_paths(data)) == []
    assert Comparison.from_dict(json_round_trip(data)) == c


def test_to_dict_is_json_ready_without_floats() -> None:
    data = compare("phi-2", "phi-4-mini").to_dict()
    assert json_round_trip(data) == data
    assert list(float_paths(data)) == []
    assert data["format"] == 1


def test_money_is_a_decimal_string() -> None:
    data = compare("phi-2", "phi-4-mini", as_of=AS_OF).to_dict()
    estimate = data["cost"]["estimates"][0]
    assert estimate["monthly"] == "105.00"
    assert [line["amount"] for line in estimate["lines"]] == ["80.00", "25.00"]
    assert data["traffic"]["cached_share"] == "0"
    assert data["as_of"] == "2026-06-01"


def test_tiny_amounts_are_written_in_fixed_point(reference: Catalog) -> None:
    """One token at $0.05 per 1M is "0.00000005", never "5E-8"."""
    c = compare("phi-2", "phi-4-mini", catalog=reference,
                traffic=Traffic(input_tokens=1, output_tokens=0))
    assert str(c.cost.estimates[0].monthly) == "5E-8"
    assert c.to_dict()["cost"]["estimates"][0]["monthly"] == "0.00000005"


@pytest.mark.parametrize("value", ["1E+2", "5E-8", "102.50", "-0.5", 3])
def test_decimals_read_back_in_any_exact_notation(value: object) -> None:
    assert structure({"item": "x", "quantity": 1, "unit_price": value, "amount": value},
                     _cost_line()).unit_price == Decimal(str(value))


def _cost_line() -> type[Any]:
    from phicompare.analysis.cost import CostLine

    return CostLine


@pytest.mark.parametrize("value", [0.05, "NaN", "Infinity", "abc", True, None])
def test_decimals_refuse_floats_and_non_numbers(value: object) -> None:
    with pytest.raises(ComparisonError, match=r"CostLine\.unit_price"):
        structure({"item": "x", "quantity": 1, "unit_price": value, "amount": "1"}, _cost_line())


def test_from_dict_ignores_derived_sections() -> None:
    """Sections recomputed from the facts (a narrative, rendered text) are not read back."""
    c = compare("phi-2", "phi-4-mini")
    assert Comparison.from_dict({**c.to_dict(), "narrative": {"title": "x"}}) == c


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d.pop("format"), "unsupported comparison format None"),
    (lambda d: d.update(format=2), "unsupported comparison format 2"),
    # each at the dict's own key path, with its value (review 40, #2: helper fixDK)
    (lambda d: d["traffic"].update(input_tokens=-5),
     r"traffic\.input_tokens = -5: must not be negative$"),
    (lambda d: d["cost"].update(gap=25.0), r": cost\.gap = 25\.0: expected a decimal string"),
    (lambda d: d["cost"].update(blend=[7]), r": cost\.blend: Not enough values"),
    (lambda d: d["models"][0].update(colour="blue"), r": models\[0\]\.colour: unknown key$"),
    (lambda d: d.pop("cost"), r": cost: required key missing$"),
])
def test_broken_dicts_are_clear_errors(change: Any, message: str) -> None:
    data = compare("phi-2", "phi-4-mini").to_dict()
    change(data)
    with pytest.raises(ComparisonError, match=message) as info:
        Comparison.from_dict(data)
    assert isinstance(info.value, ValueError)


def test_from_dict_of_a_non_dict_is_a_clear_error() -> None:
    with pytest.raises(ArgumentError, match="got list"):  # a wrong type (review 40)
        Comparison.from_dict([])  # type: ignore[arg-type]


def test_unstructure_traffic_is_plain() -> None:
    assert unstructure(Traffic()) == {"input_tokens": 800_000_000, "output_tokens": 250_000_000,
                                      "cached_share": "0", "cache_write_share": "0",
                                      "batch_share": "0", "requests": None,
                                      "cache_write_1h_share": "0", "at": None, "weekday": None}


def test_facts_hold_the_models_and_json_holds_positions() -> None:
    """estimate.model is the Model; JSON keeps "model": 0; from_dict gives back the same objects."""
    from phicompare import Comparison, compare

    c = compare("phi-4-mini", "llama-3.2-3b", "gemma-3-4b")
    assert [e.model for e in c.cost.estimates] == list(c.models)
    assert all(r.model is c.models[r.model_index] for r in c.routes)
    assert all(g.a is c.models[g.a_index] and g.b is c.models[g.b_index]
               for row in c.benchmarks for g in row.pairs)
    assert c.cost.cheapest == tuple(c.models[k] for k in c.cost.cheapest_indexes)
    data = c.to_dict()
    assert [e["model"] for e in data["cost"]["estimates"]] == [0, 1, 2]
    assert "model_index" not in data["cost"]["estimates"][0]
    back = Comparison.from_dict(data)
    assert back == c
    assert all(e.model is back.models[k] for k, e in enumerate(back.cost.estimates))
    assert all(f.target is back.models[f.target_index] for f in back.friction)


def test_from_dict_rejects_a_position_outside_the_models() -> None:
    """A fact naming a model the comparison does not hold: a ComparisonError, not IndexError."""
    import pytest

    from phicompare import Comparison, ComparisonError, compare

    data = compare("phi-2", "phi-4-mini").to_dict()
    data["cost"]["estimates"][1]["model"] = 7
    with pytest.raises(ComparisonError, match=r"cost\.estimates\[1\]\.model = 7: expected the "
                       "position of one of the 2 models$"):
        Comparison.from_dict(data)
    data["cost"]["estimates"][1]["model"] = True
    with pytest.raises(ComparisonError, match=r"\.model = True: "):
        Comparison.from_dict(data)


@pytest.mark.parametrize(("edit", "message"), [
    (lambda d: d.update(models=d["models"][:1]), "at least two models, got 1"),
    (lambda d: d["specs"][0]["values"].append("x"), r"specs\[0\].values has 3 entries for 2"),
    (lambda d: d["cost"].update(estimates=d["cost"]["estimates"][:1]),
     "cost.estimates has 1 entries for 2 models"),
    (lambda d: d["cost"]["estimates"].reverse(), r"cost.estimates\[0\] is about model 1"),
    (lambda d: d["provenance"].update(unsourced=[[5, "Released"]]),
     r"provenance.unsourced\[0\] names model 5"),
    # a bill edited alone (API review 14): its lines still sum to the old one
    (lambda d: d["cost"]["estimates"][0].update(monthly="999.00"),
     r"cost.estimates\[0\].monthly is 999.00, but its lines sum to 105.00"),
])
def test_from_dict_rejects_inconsistent_facts(edit: Any, message: str) -> None:
    """A hand-edited comparison that does not fit together fails on reading, not on rendering."""
    from phicompare import Comparison, ComparisonError, compare

    data = compare("phi-2", "phi-4-mini").to_dict()
    edit(data)
    with pytest.raises(ComparisonError, match=message):
        Comparison.from_dict(data)


def test_an_estimate_saved_without_its_applied_prices_reads_the_routes() -> None:
    """JSON saved before ``input_price``/``output_price`` existed loads with the base prices."""
    c = compare("phi-2", "phi-4-mini")
    data = json_round_trip(c.to_dict())
    for estimate in data["cost"]["estimates"]:
        del estimate["input_price"], estimate["output_price"]
    back = Comparison.from_dict(data)
    assert [(e.input_price, e.output_price) for e in back.cost.estimates] == [
        (e.route.input, e.route.output) for e in c.cost.estimates if e.route is not None]
    assert back.to_markdown() == c.to_markdown()


def test_a_route_row_saved_without_its_applied_prices_reads_the_routes() -> None:
    """JSON saved before ``RouteRow.input_price``/``output_price`` existed loads with the base
    prices, and without tier flags."""
    c = compare("phi-2", "phi-4-mini")
    data = json_round_trip(c.to_dict())
    for row in data["routes"]:
        for key in ("input_price", "output_price", "tier_above", "tier_unlisted"):
            del row[key]
    back = Comparison.from_dict(data)
    assert [(r.input_price, r.output_price, r.tier_unlisted) for r in back.routes] == [
        (r.route.input, r.route.output, False) for r in c.routes]
    assert back.to_markdown() == c.to_markdown()
