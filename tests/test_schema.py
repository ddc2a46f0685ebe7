"""The JSON Schema of Comparison.to_dict(): generated, shipped, and true of real output."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import importlib.resources
import itertools
import json
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from jsonschema import (  # type: ignore[import-untyped, unused-ignore]
    Draft202012Validator,
)

from phicompare import Catalog, Traffic, compare
from phicompare.render.schema import DECIMAL_PATTERN, comparison_schema, render, schema_for
from tests.helpers import curated_ids

from .strategies import AS_OF, catalog_and_pair, traffics

FAST = settings(max_examples=30, deadline=None)


@functools.cache
def validator() -> Any:
    schema = comparison_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def problems(data: object) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator().iter_errors(data)]


def test_shipped_schema_is_the_generated_one() -> None:
    """The packaged comparison.schema.json cannot drift: regenerate with
    `python -m phicompare.render.schema`."""
    shipped = importlib.resources.files("phicompare").joinpath("comparison.schema.json")
    text = shipped.read_text(encoding="utf-8")
    assert json.loads(text) == comparison_schema(), "run: python -m phicompare.render.schema"
    assert text == render(comparison_schema())


def test_schema_is_valid_draft_2020_12() -> None:
    schema = comparison_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_reference_comparison_validates(reference: Catalog) -> None:
    assert problems(compare("phi-2", "phi-4-mini", catalog=reference).to_dict()) == []


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
def test_bundled_comparisons_validate() -> None:
    ids = curated_ids()[::3]  # a fixed sample: the curated layer
    for a, b in itertools.combinations(ids, 2):
        assert problems(compare(a, b).to_dict()) == [], (a, b)
    traffic = Traffic.from_requests(per_day=100, input_tokens=4_000, output_tokens=1_000,
                                    cached_share="0.5", batch_share="0.25")
    three = compare("phi-2", "phi-4-mini", "llama-3.2-3b", traffic=traffic,
                    requires=["function calling"], include_free=True)
    assert problems(three.to_dict()) == []


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
@FAST
@given(catalog_and_pair(), traffics())
def test_generated_comparisons_validate(pair: tuple[Catalog, str, str], traffic: Traffic) -> None:
    catalog, a, b = pair
    assert problems(compare(a, b, catalog=catalog, traffic=traffic, as_of=AS_OF).to_dict()) == []


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d["cost"]["estimates"][0].update(monthly=105.0), "cost/estimates/0/monthly"),
    (lambda d: d["cost"]["estimates"][0].update(monthly="1E+2"), "cost/estimates/0/monthly"),
    (lambda d: d["cost"].update(gap=None, blend=[7, 3, 1]), "cost/blend"),
    (lambda d: d["routes"][0]["route"].update(status="retired"), "routes/0/route/status"),
    (lambda d: d.update(as_of="1 June 2026"), "as_of"),
    (lambda d: d.update(format=2), "format"),
    (lambda d: d["traffic"].pop("requests"), "traffic"),
    (lambda d: d["models"][0].update(colour="blue"), "models/0"),
    (lambda d: d["specs"][0].update(values=[1, 2]), "specs/0/values/0"),
    (lambda d: d["capabilities"][0].update(support=["maybe", "yes"]),
     "capabilities/0/support/0"),
])
def test_schema_rejects_what_to_dict_never_writes(change: Any, where: str) -> None:
    """The schema is strict: float money, unknown enum values, bad dates, extra or missing keys."""
    data = compare("phi-2", "phi-4-mini").to_dict()
    change(data)
    found = problems(data)
    assert found
    assert any(p.startswith(where) for p in found), found


# --- the generator is generic --------------------------------------------------------------

class Colour(str, enum.Enum):
    RED = "red"
    BLUE = "blue"


@attrs.frozen
class Leaf:
    """A leaf record."""

    price: Decimal
    when: dt.date | None = None


@attrs.frozen
class Tree:
    """Every shape a result field can take."""

    name: str
    count: int
    flag: bool
    colour: Colour
    leaves: tuple[Leaf, ...]
    pair: tuple[int, str]
    nested: tuple[tuple[int, int, tuple[Leaf, ...]], ...]
    maybe: Leaf | None
    either: int | str
    table: dict[str, Decimal]
    anything: object = None
    colours: tuple[Colour, ...] = (Colour.RED,)


def test_generator_maps_every_type_form() -> None:
    schema = schema_for(Tree)
    Draft202012Validator.check_schema(schema)
    tree = schema["$defs"]["Tree"]["properties"]
    leaf = schema["$defs"]["Leaf"]["properties"]
    assert leaf["price"] == {"type": "string", "pattern": DECIMAL_PATTERN}
    assert leaf["when"]["anyOf"][0]["format"] == "date"
    assert tree["colour"] == {"type": "string", "enum": ["red", "blue"]}
    assert tree["leaves"] == {"type": "array", "items": {"$ref": "#/$defs/Leaf"}}
    assert tree["pair"]["prefixItems"] == [{"type": "integer"}, {"type": "string"}]
    assert tree["nested"]["items"]["prefixItems"][2]["items"] == {"$ref": "#/$defs/Leaf"}
    assert tree["maybe"] == {"anyOf": [{"$ref": "#/$defs/Leaf"}, {"type": "null"}]}
    assert tree["either"] == {"anyOf": [{"type": "integer"}, {"type": "string"}]}
    assert tree["table"]["additionalProperties"]["pattern"] == DECIMAL_PATTERN
    assert tree["colours"]["default"] == ["red"]
    assert schema["$defs"]["Tree"]["description"] == "Every shape a result field can take."
    valid = Draft202012Validator(schema)
    good = {"name": "t", "count": 1, "flag": True, "colour": "red",
            "leaves": [{"price": "0.05", "when": None}], "pair": [1, "a"],
            "nested": [[0, 1, []]], "maybe": None, "either": "x", "table": {"a": "1.5"},
            "anything": [1, {"x": None}], "colours": []}
    assert list(valid.iter_errors(good)) == []
    assert list(valid.iter_errors({**good, "pair": [1, "a", 2]}))
    assert list(valid.iter_errors({**good, "flag": 1}))


def test_a_new_field_appears_without_changing_the_generator() -> None:
    @attrs.frozen
    class Grown(Leaf):
        margin: Decimal = Decimal("0.5")

    properties = schema_for(Grown)["$defs"]["Grown"]["properties"]
    assert properties["margin"]["default"] == "0.5"
    assert list(properties) == ["price", "when", "margin"]


def test_an_unsupported_type_names_the_field() -> None:
    @attrs.frozen
    class Odd:
        blob: bytes

    with pytest.raises(TypeError, match=r"Odd\.blob: no JSON Schema for type bytes"):
        schema_for(Odd)


def test_every_comparison_field_is_in_the_schema() -> None:
    from phicompare import Comparison

    schema = comparison_schema()
    assert set(schema["required"]) == {"format"} | {f.name for f in attrs.fields(Comparison)
                                                     if f.init}  # the facts: what JSON holds
