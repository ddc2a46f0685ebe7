"""Shared pieces of the fuzz suites: the example budget, hostile values, a TOML writer.

The normal test run tries a few examples per property; a long run raises the budget:

    PHICOMPARE_FUZZ_EXAMPLES=5000 python -m pytest -q -p no:cacheprovider tests/test_fuzz_*.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, settings, strategies as st

EXAMPLES = int(os.environ.get("PHICOMPARE_FUZZ_EXAMPLES", "20"))

FUZZ = settings(max_examples=EXAMPLES, deadline=5000, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])
"""Every fuzz property: a bounded number of examples, each within 5 s (a hang fails)."""

HOSTILE_TEXT = st.sampled_from([
    "", " ", "\t", "x\u001b]0;PWN\u0007\u001b[2J", "\u202eabc", "a\u200bb", "/", ":free", "a/",
    "--vs--", "..", "con", "模型", "nan", "inf", "-1", "1e300", "9" * 400, "\x00", "\ud800",
    "<script>", "| pipe |", "$x$", "\r\n", "Phi_2", "phi-2",
]) | st.text(max_size=30)

NUMBERS = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    # 0 and 0.0 on their own: a size or range of zero loaded and then broke pages (review 27,
    # P1, P3), and a drawn integer is rarely exactly 0
    st.sampled_from([0, Decimal("0"), Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"),
                     Decimal("1e300"), Decimal("-0"), Decimal("1e-300"), Decimal("1e-9"),
                     Decimal("100001"), Decimal("0.075")]),
    st.decimals(allow_nan=False, allow_infinity=False, places=4,
                min_value=-(10**6), max_value=10**6),
)

SCALARS = st.one_of(HOSTILE_TEXT, NUMBERS, st.booleans(),
                    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 1, 1)))


def values(keys: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    """Scalars, arrays and tables (keyed from ``keys``) nested a few levels."""
    return st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                        | st.dictionaries(keys, inner, max_size=4), max_leaves=12)


def toml_value(value: Any) -> str:
    """``value`` as a TOML literal (inline tables and arrays, one line)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        if value.is_nan():
            return "nan"
        if value.is_infinite():
            return "-inf" if value < 0 else "inf"
        text = str(value)
        return text if any(c in text for c in ".eE") else f"{text}.0"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}"
                               for k, v in value.items()) + "}"
    msg = f"no TOML for {value!r}"
    raise TypeError(msg)


def toml_document(data: dict[str, Any]) -> str:
    """A TOML document: one ``key = value`` line per top-level key."""
    return "".join(f"{json.dumps(k)} = {toml_value(v)}\n" for k, v in data.items())


def json_paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside parsed JSON (keys and indexes)."""
    paths = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            paths.extend(json_paths(value, (*prefix, key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            paths.extend(json_paths(value, (*prefix, i)))
    return paths


def replaced(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    """A copy of ``data`` with the value at ``path`` replaced."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {k: (replaced(v, rest, value) if k == head else v) for k, v in data.items()}
    return [replaced(v, rest, value) if i == head else v for i, v in enumerate(data)]
