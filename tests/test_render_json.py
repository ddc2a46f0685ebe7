"""JSON: ``to_dict()`` with the narrative, valid against the shipped schema, exact money."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings, strategies as st

from phicompare import (
    Catalog,
    Comparison,
    Model,
    Provider,
    ProviderRoute,
    Traffic,
    compare,
    load_catalog,
)
from phicompare.analysis.cost import money_text
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
        assert Decimal(found["monthly"]) == estimate.monthly
        assert found["monthly"] == money_text(estimate.monthly)


_MONEY_KEYS = {"monthly", "blended", "input_price", "output_price", "unit_price", "amount", "gap",
               "shown_gap", "input", "output", "cache_read", "cache_write", "per_request"}


def _money_texts(value: Any, key: str = "") -> list[tuple[str, str]]:
    """Every (key, text) of a figure in USD in ``value`` (benchmark gaps are points: left out)."""
    if isinstance(value, dict):
        if "a" in value and "b" in value and "comparable" in value:  # a benchmark pair's gap
            return []
        return [f for k, v in value.items() for f in _money_texts(v, k)]
    if isinstance(value, list):
        return [f for v in value for f in _money_texts(v, key)]
    return [(key, value)] if key in _MONEY_KEYS and isinstance(value, str) else []


def test_compare_json_gives_money_at_one_scale() -> None:
    """Review 8, G15: "745.0" beside "1980.00" and a blend of "0.1"; to the cent at least now."""
    route = ProviderRoute(provider="p", input=Decimal("0.4"), output=Decimal("1.7"),
                          source="https://example.com", checked=dt.date(2026, 11, 25))
    dear = attrs.evolve(route, input=Decimal("1.10"), output=Decimal("4.40"))
    cat = Catalog(models=(Model(id="a", name="A", routes=(route,)),
                          Model(id="b", name="B", routes=(dear,))),
                  providers=(Provider(id="p", name="P"),))
    c = compare("a", "b", catalog=cat, as_of=dt.date(2026, 11, 25))
    data = json.loads(render_json(c))
    found = _money_texts({k: v for k, v in data.items() if k != "narrative"})
    assert ("monthly", "745.00") in found
    assert ("blended", "0.79") in found
    assert ("amount", "320.00") in found
    assert ("input", "0.40") in found  # the route's own record too
    shallow = [(k, t) for k, t in found if -Decimal(t).as_tuple().exponent < 2]  # type: ignore[operator]
    assert shallow == []
    friction = [f for f in data["friction"] if f["kind"] == "price-change"]
    assert {f["before"] for f in friction} == {"745.00", "1980.00"}
    evidence = _evidence(data["narrative"])
    assert evidence
    assert all(-Decimal(v).as_tuple().exponent >= 2 for v in evidence), evidence  # type: ignore[operator]
    assert "745.00" in evidence
    assert Comparison.from_dict(data) == c  # still exact Decimals: equal after the round trip


def test_evidence_on_money_fields_is_at_the_fields_scale() -> None:
    """Review 9, H17: a blended price's evidence in three places wrote "0.1" beside the field's
    "0.10", and evidence quoted but not shown (kind ``text``) "0.2" beside the bill's "0.20"."""
    route = ProviderRoute(provider="p", input=Decimal("0.1"), output=Decimal("0.1"),
                          source="https://example.com", checked=dt.date(2026, 11, 1))
    cheap = attrs.evolve(route, input=Decimal("0.02"), output=Decimal("0.05"))
    cat = Catalog(models=(Model(id="a", name="A", routes=(route,)),
                          Model(id="b", name="B", routes=(cheap,))),
                  providers=(Provider(id="p", name="P"),))
    c = compare("a", "b", catalog=cat, as_of=dt.date(2026, 11, 25),
                traffic=Traffic(input_tokens=1_000_000, output_tokens=1_000_000))
    data = json.loads(render_json(c))
    money = [e for e in _all_evidence(data["narrative"])
             if e["path"].startswith("cost.") and e["path"].rsplit(".", 1)[-1]
             in {"monthly", "blended", "input_price", "output_price", "shown_gap", "gap"}]
    assert {e["kind"] for e in money} >= {"price", "text", "money"}  # (own places: review 32)
    fields = {f"cost.estimates[{k}].{key}": e[key]
              for k, e in enumerate(data["cost"]["estimates"]) for key in ("monthly", "blended")}
    for e in money:
        assert -Decimal(e["value"]).as_tuple().exponent >= 2, e  # type: ignore[operator]
        if e["path"] in fields:
            assert e["value"] == fields[e["path"]], e
    assert Comparison.from_dict(data) == c


def _all_evidence(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        own = [value] if {"path", "value", "kind"} <= value.keys() else []
        return own + [f for v in value.values() for f in _all_evidence(v)]
    if isinstance(value, list):
        return [f for v in value for f in _all_evidence(v)]
    return []


def _evidence(value: Any) -> list[str]:
    """The values of the narrative's evidence shown as money or prices."""
    if isinstance(value, dict):
        own = ([value["value"]] if value.get("kind") in {"money", "money-abs", "price"}
               and value.get("value") != "none" else [])
        return own + [f for v in value.values() for f in _evidence(v)]
    if isinstance(value, list):
        return [f for v in value for f in _evidence(v)]
    return []


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
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
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_indented_json_is_the_standard_librarys_character_for_character(value: object) -> None:
    assert indented(value) == json.dumps(value, indent=2)


def test_indented_json_refuses_what_json_refuses() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        indented({"a": object()})
    with pytest.raises(TypeError, match="keys must be"):
        indented({(1, 2): "tuple key"})
