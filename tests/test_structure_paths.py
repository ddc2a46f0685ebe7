"""The two ways a table becomes a record agree: the plain walker and the cattrs converter.

``catalog/plain.py`` builds a well-formed table's record without cattrs (the first comparison
never imports it); anything else goes to the converter, whose errors name every problem. So the
walker must build exactly what the converter builds, and never accept what it rejects.
"""

from __future__ import annotations

import copy
import datetime as dt
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest
import tomli
from hypothesis import HealthCheck, given, settings, strategies as st

from phicompare.catalog import plain
from phicompare.catalog.loader import bundled_files
from phicompare.catalog.structure import KINDS, converter, scan_file


def bundled_tables() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for entry in bundled_files():
        data = tomli.loads(entry.read_text(encoding="utf-8"), parse_float=Decimal)
        tables, _, problems, _ = scan_file(data, str(entry))
        assert not problems
        out += [(table.kind, table.raw) for table in tables]
    return out


TABLES = bundled_tables()


def both(raw: object, kind: str) -> tuple[object, object]:
    """Each path's record, or the exception's type when it raises."""
    cls = KINDS[kind]
    return _outcome(plain.structure, raw, cls), _outcome(converter().structure, raw, cls)


def _outcome(structure: Any, raw: object, cls: type[Any]) -> object:
    try:
        return structure(raw, cls)
    except Exception as exc:  # noqa: BLE001 - the outcome is compared, not its kind
        return type(exc)


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_every_bundled_table_gives_the_converters_record() -> None:
    assert len(TABLES) > 1_000
    for kind, raw in TABLES:
        mine, theirs = both(raw, kind)
        assert mine == theirs, (kind, raw.get("id"))
        assert type(mine) is KINDS[kind]


# Values TOML can hold (floats are read as Decimal), to put where they do not belong.
TOML_VALUES = st.one_of(
    st.booleans(), st.integers(-5, 10**12), st.text(max_size=8),
    st.decimals(allow_nan=True, allow_infinity=True, places=3),
    st.dates(dt.date(1990, 1, 1), dt.date(2040, 1, 1)),
    st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2030, 1, 1)),  # noqa: DTZ001 - TOML's local
    st.just([]), st.lists(st.text(max_size=4), max_size=2), st.just({}),
    st.sampled_from(["ga", "preview", "deprecated", "free-tier", "first-party", "cloud",
                     "above", "chat", "nope"]),
)


def _paths(value: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path in a table (into nested tables and arrays)."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*path, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            found += _paths(inner, (*path, i))
    return found


@st.composite
def broken(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A bundled table with one value replaced, a key dropped or a key added."""
    kind, raw = draw(st.sampled_from(TABLES))
    raw = copy.deepcopy(raw)
    path = draw(st.sampled_from(_paths(raw)))
    parent: Any = raw
    for step in path[:-1]:
        parent = parent[step]
    action = draw(st.sampled_from(["replace", "drop", "add"]))
    if action == "replace":
        parent[path[-1]] = draw(TOML_VALUES)
    elif action == "drop" and isinstance(parent, dict):
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[draw(st.sampled_from(["nmae", "price", "context", "x"]))] = draw(TOML_VALUES)
    return kind, raw


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(broken())
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_a_changed_table_gives_the_same_outcome_on_both_paths(case: tuple[str, Any]) -> None:
    kind, raw = case
    mine, theirs = both(raw, kind)
    if isinstance(theirs, type):  # the converter rejects it: so does the walker
        assert isinstance(mine, type)
    else:  # the converter accepts it: the walker builds the same record, or leaves it to it
        assert mine == theirs or mine is plain.Unexpected


SAMPLES: list[object] = [
    True, 0, -1, 2**40, "", "x", Decimal("0.5"), Decimal("NaN"), Decimal("Infinity"),
    dt.date(2026, 1, 1), dt.datetime(2026, 1, 1, 12, tzinfo=dt.timezone.utc), dt.time(16, 30),
    [], ["a"], [1], {}, {"id": "x"}, "ga", "free-tier", "first-party", "above",
]
"""One value of every TOML type, and enum values, to try at every key path."""


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
@pytest.mark.parametrize("model_id", ["phi-4-mini", "gpt-4o"])
def test_every_value_anywhere_in_a_table_gives_the_same_outcome(model_id: str) -> None:
    model = next((k, r) for k, r in TABLES if k == "models" and r.get("id") == model_id)
    providers = [(k, r) for k, r in TABLES if k == "providers"][:3]
    benchmarks = [(k, r) for k, r in TABLES if k == "benchmarks"][:3]
    for kind, raw in [model, *providers, *benchmarks]:
        for path in _paths(raw):
            for value in SAMPLES:
                changed = copy.deepcopy(raw)
                parent: Any = changed
                for step in path[:-1]:
                    parent = parent[step]
                parent[path[-1]] = value
                mine, theirs = both(changed, kind)
                if isinstance(theirs, type):
                    assert isinstance(mine, type), (path, value)
                else:
                    assert mine == theirs or mine is plain.Unexpected, (path, value)


def test_the_first_comparison_does_not_import_cattrs() -> None:
    code = ("import sys; from phicompare import compare; compare('phi-2', 'phi-4-mini'); "
            "compare('gpt-4o', 'claude-sonnet-4-5'); print('cattrs' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_the_first_comparison_imports_no_error_path_or_importer() -> None:
    """What only a broken file, ``validate --strict`` or an import of another catalog needs stays
    off the first comparison's path (its budget: 1.5x ``import attrs, cattrs, tomli``)."""
    left_out = ("phicompare.catalog.lint", "phicompare.catalog.bad_dates",
                "phicompare.importers", "phicompare.importers._setting_text",
                "phicompare.domain.stamps")
    code = ("import sys; from phicompare import compare; compare('phi-2', 'phi-4-mini'); "
            f"print([m for m in {left_out!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_a_users_broken_file_still_names_its_problem(tmp_path: Any) -> None:
    from phicompare import load_catalog
    from phicompare.exceptions import CatalogError

    bad = tmp_path / "bad.toml"
    bad.write_text('[[models]]\nid = "m"\nname = "M"\ncontext_window = "lots"\n',
                   encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog(bad)
    assert "models[0].context_window" in str(caught.value)
    assert "expected a whole number, got a string" in str(caught.value)
