"""JSON: ``to_dict()`` with the narrative, valid against the shipped schema, exact money."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from phicompare import Catalog, Comparison, compare, load_catalog
from phicompare.render.json import indented, render_json

HOSTILE = Path(__file__).parent / "data" / "hostile.toml"


def _schema() -> dict[str, Any]:
    from phicompare.render.schema import SCHEMA_FILE

    schema: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return schema


def test_json_is_the_facts_and_the_narrative(pair: Comparison) -> None:
    data = json.loads(render_json(pair))
    assert {k: v for k, v in data.items() if k != "narrative"} == pair.to_dict()
    narrative = data["narrative"]
    assert narrative["title"] == "Phi-2 vs Phi-4 Mini"
    assert [c["text"] for c in narrative["summary"]] == [c.text for c in pair.narrative.summary]
    assert narrative["summary"][0]["evidence"][0]["path"].startswith("models[")


def test_money_stays_exact(pair: Comparison) -> None:
    data = json.loads(render_json(pair))
    for estimate, found in zip(pair.cost.estimates, data["cost"]["estimates"], strict=True):
        assert estimate.monthly is not None
        assert found["monthly"] == format(estimate.monthly, "f")


def test_json_matches_the_shipped_schema(pair: Comparison) -> None:
    """Validated with jsonschema against comparison.schema.json (which knows "narrative")."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = _schema()
    assert "narrative" in schema["properties"]
    jsonschema.validate(json.loads(render_json(pair)), schema)


def test_hostile_json_round_trips() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    catalog: Catalog = load_catalog(HOSTILE)
    c = compare("script-model", "long-model", "dollar-model", catalog=catalog)
    text = render_json(c)
    assert text.isascii()  # any terminal or file encoding carries it
    data = json.loads(text)
    assert [m["name"] for m in data["models"]] == [m.name for m in c.models]
    jsonschema.validate(data, _schema())
    assert Comparison.from_dict(data) == c  # the narrative key is derived and dropped


_JSON_LEAVES = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
                | st.text())
_JSON = st.recursive(
    _JSON_LEAVES,
    lambda inner: (st.lists(inner, max_size=4) | st.tuples(inner, inner)
                   | st.dictionaries(st.text(max_size=6) | st.integers() | st.booleans()
                                     | st.none(), inner, max_size=4)),
    max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(_JSON)
def test_indented_json_is_the_standard_librarys_character_for_character(value: object) -> None:
    assert indented(value) == json.dumps(value, indent=2)


def test_indented_json_refuses_what_json_refuses() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        indented({"a": object()})
    with pytest.raises(TypeError, match="keys must be"):
        indented({(1, 2): "tuple key"})
