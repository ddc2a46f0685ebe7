"""Every public call, every parameter, given a wrong type or value: a typed error that says so.

A survey of the public API (helper apiAB): each parameter of ``compare``, ``estimate``,
``recommend``, ``compare_all``, ``write_site``, ``validate_paths``, the cost functions, the
catalog's lookups, :class:`Traffic`'s constructors and a comparison's methods, called with
values of the wrong type (an int, a float, a bool, ``None`` where it means nothing, a list, a
dict, an object) or a wrong value. Each must raise a :class:`PhicompareError` in one line that
names the parameter and shows the value. On main at 72477f43, 184 of these cases failed: most
raised a bare ``TypeError``, ``AttributeError``, ``KeyError``, ``IndexError`` or ``ValueError``
from deep inside (``recommend(priorities=5)``: "'int' object is not iterable"), a few were
taken silently (``Catalog.neighbours(limit=-1)``). The class each already raised is kept: only
the escapes changed.

``as_of`` takes a date's ISO text (``"2025-01-01"``) wherever a date is taken; other text is
still refused.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import phicompare
from phicompare.exceptions import (
    ArgumentError,
    ComparisonError,
    PhicompareError,
    UnknownBenchmarkError,
    UnknownProviderError,
)

p: Any = phicompare  # (called with what the signatures refuse, as a caller without mypy does)
_PAIR = [("phi-2", "phi-4-mini")]
_DAY = dt.date(2026, 11, 25)


class _Thing:
    """A value of no type the API takes, with a short repr."""

    def __repr__(self) -> str:
        return "<thing>"


NOT_NAMES = [5, 1.5, True, _Thing()]
"""Not a name, nor an iterable of names."""
NOT_COUNTS = ["3", None, [1], {"a": 1}, 1.5, _Thing()]
"""Not a whole number."""
NOT_DATES = [5, [1], {"a": 1}, 1.5, True, _Thing(), "1 Jan 2025", "20250101", "2025-02-30"]
"""Neither a date nor its ISO text."""
NOT_PRICES = ["zz", None, [1], {"a": 1}, 1.5, _Thing()]
"""Not a Decimal or an int."""
NOT_PAIRS = [5, "zz", None, [1], {"a": 1}, 1.5, True, _Thing()]
"""Not an (input, output) pair of prices."""
NOT_IDS = [[1], {"a": 1}]
"""Of no id's type, and not hashable either."""


@functools.cache
def _comparison() -> Any:
    return p.compare("phi-2", "phi-4-mini", as_of=_DAY)


def _catalog_file() -> Path:
    return next(iter(sorted((Path(p.__file__).parent / "data" / "models").glob("*.toml"))))


Call = Callable[[Any], object]
CASES: list[tuple[str, Call, list[Any], str]] = []
"""(the call's name, the call with the value, the wrong values, what the message names)."""


def _case(name: str, call: Call, values: list[Any], needle: str) -> None:
    CASES.append((name, call, values, needle))


def _with(call: Callable[..., object], option: str, *args: Any, **fixed: Any) -> Call:
    """``call(*args, **fixed)`` with the wrong value given as ``option``."""
    def run(value: Any) -> object:
        return call(*args, **fixed, **{option: value})
    return run


def _lookup(method: str, value: Any) -> object:
    return getattr(p.default_catalog(), method)(value)


def _limited(method: str, value: Any) -> object:
    return getattr(p.default_catalog(), method)("phi-2", limit=value)


def _all(option: str, value: Any) -> object:
    return list(p.compare_all(pairs=_PAIR, **{option: value}))


for _option in ("providers", "exclude_providers"):
    _case(f"compare({_option}=)", _with(p.compare, _option, "phi-2", "phi-4-mini"), NOT_NAMES,
          _option)
    _case(f"estimate({_option}=)", _with(p.estimate, _option, "phi-2"), NOT_NAMES, _option)
    _case(f"recommend({_option}=)", _with(p.recommend, _option, limit=1), NOT_NAMES, _option)
_case("recommend(licenses=)", lambda v: p.recommend(licenses=v, limit=1),
      [*NOT_NAMES, [1]], "licen")
_case("recommend(priorities=)", lambda v: p.recommend(priorities=v, limit=1),
      [*NOT_NAMES, [1]], "priorities")
_case("compare(as_of=)", lambda v: p.compare("phi-2", "phi-4-mini", as_of=v), NOT_DATES,
      "as_of")
_case("estimate(as_of=)", lambda v: p.estimate("phi-2", as_of=v), NOT_DATES, "as_of")
_case("recommend(as_of=)", lambda v: p.recommend(as_of=v), NOT_DATES, "as_of")
_case("validate_paths(today=)",
      lambda v: p.validate_paths(_catalog_file(), strict=True, today=v), NOT_DATES, "today")
_case("validate_paths(max_age_days=)",
      lambda v: p.validate_paths(_catalog_file(), strict=True, max_age_days=v),
      NOT_COUNTS, "max_age_days")
_case("blended_price(input_price)", lambda v: p.blended_price(v, Decimal(1)),
      [*NOT_PRICES, -1, Decimal("NaN")], "input_price")
_case("blended_price(output_price)", lambda v: p.blended_price(Decimal(1), v),
      [*NOT_PRICES, Decimal("-0.5")], "output_price")
_case("crossover_share(a)", lambda v: p.crossover_share(v, (Decimal(1), Decimal(2))),
      NOT_PAIRS, "a")
_case("crossover_share(b)", lambda v: p.crossover_share((Decimal(1), Decimal(2)), v),
      NOT_PAIRS, "b")
_case("crossover_share(a's price)", lambda v: p.crossover_share((v, Decimal(1)), (1, 2)),
      NOT_PRICES, "a's input price")
for _method in ("provider", "benchmark"):
    _case(f"Catalog.{_method}", functools.partial(_lookup, _method), NOT_IDS, _method)
for _method in ("provider_name", "run_spread", "run_spread_floored"):
    _case(f"Catalog.{_method}", functools.partial(_lookup, _method), [*NOT_IDS, 5, None],
          _method)
for _method in ("neighbours", "neighbour_names"):
    _case(f"Catalog.{_method}(limit=)", functools.partial(_limited, _method),
          [*NOT_COUNTS, 0, -1, True], "limit")
_case("Comparison.to_frame(table)", lambda v: _comparison().to_frame(v), NOT_IDS, "table")
_case("Comparison.from_json", p.Comparison.from_json, [5, None, [1], {"a": 1}, _Thing()],
      "from_json")
for _field in ("input_tokens", "output_tokens", "days"):
    _case(f"Traffic.from_requests({_field}=)", _with(p.Traffic.from_requests, _field, **{
        k: 10 for k in ("per_day", "input_tokens", "output_tokens") if k != _field}),
          [None], _field)
_case("compare_all(pairs=)", lambda v: list(p.compare_all(pairs=v)), NOT_NAMES, "pairs")
_case("compare_all(executor=)", lambda v: list(p.compare_all(pairs=_PAIR, executor=v)),
      [5, "zz", [1], _Thing()], "executor")
_case("compare_all(format=)", lambda v: list(p.compare_all(pairs=_PAIR, format=v)), NOT_IDS,
      "format")
for _count in ("chunk_size", "max_pending"):
    _case(f"compare_all({_count}=)", functools.partial(_all, _count), [*NOT_COUNTS, 0, -1],
          _count)


def _site(**arguments: Any) -> object:
    """``write_site`` into a folder that is never made: each call here fails first."""
    return p.write_site("/nonexistent/apiAB-survey", **arguments)


_case("write_site(pairs=)", lambda v: _site(pairs=v), [*NOT_NAMES, "zz", [1]], "pair")
_case("write_site(models=)", lambda v: _site(models=v), NOT_NAMES, "models")
_case("write_site(base_url=)", lambda v: _site(base_url=v), [5, [1], True, _Thing()],
      "base_url")
_case("write_site(progress=)", lambda v: _site(progress=v), [5, "zz", [1], _Thing()],
      "progress")
_case("write_site(executor=)", lambda v: _site(executor=v), [5, "zz", [1], _Thing()],
      "executor")
_case("write_site(chunk_size=)", lambda v: _site(chunk_size=v), [*NOT_COUNTS, 0], "chunk_size")

_PARAMS = [pytest.param(call, value, needle, id=f"{name}-{value!r}"[:60])
           for name, call, values, needle in CASES for value in values]


@pytest.mark.parametrize(("call", "value", "needle"), _PARAMS)
def test_a_wrong_argument_is_a_typed_error_naming_it_and_the_value(call: Call, value: Any,
                                                                    needle: str) -> None:
    with pytest.raises(PhicompareError) as caught:
        call(value)
    message = str(caught.value)
    assert "\n" not in message, message
    assert needle in message, message
    shown = repr(value) if not isinstance(value, list) or value != [1] else "1"
    assert shown in message or repr(value) in message, message


@pytest.mark.parametrize(("call", "error"), [
    # the class each parameter already raised for a wrong value is kept (users catch them)
    (lambda: p.compare("phi-2", "phi-4-mini", as_of="1 Jan 2025"), ComparisonError),
    (lambda: p.recommend(priorities=[1]), ComparisonError),
    (lambda: p.recommend(licenses=[1]), ComparisonError),
    (lambda: p.default_catalog().provider([1]), UnknownProviderError),
    (lambda: p.default_catalog().benchmark([1]), UnknownBenchmarkError),
    (lambda: _comparison().to_frame([1]), ComparisonError),
    (lambda: list(p.compare_all(pairs=_PAIR, chunk_size=0)), ComparisonError),
    # a wrong type where none was typed before is an ArgumentError (a TypeError)
    (lambda: p.recommend(priorities=5), ArgumentError),
    (lambda: p.compare("phi-2", "phi-4-mini", providers=5), ArgumentError),
    (lambda: p.blended_price(0.5, Decimal(1)), ArgumentError),
    (lambda: list(p.compare_all(pairs=_PAIR, chunk_size="100")), ArgumentError),
    (lambda: p.Comparison.from_json({"format": 1}), ArgumentError),
])
def test_each_error_keeps_the_class_its_parameter_uses(call: Callable[[], object],
                                                       error: type[Exception]) -> None:
    with pytest.raises(error):
        call()


def test_a_date_is_taken_as_its_iso_text_wherever_a_date_is_taken(tmp_path: Path) -> None:
    day = "2025-06-01"
    assert p.compare("phi-2", "phi-4-mini", as_of=day).as_of == dt.date(2025, 6, 1)
    assert p.compare("phi-2", "phi-4-mini", as_of=day) == p.compare(
        "phi-2", "phi-4-mini", as_of=dt.date(2025, 6, 1))
    assert p.estimate("phi-2", as_of=day).as_of == dt.date(2025, 6, 1)
    assert p.recommend(as_of=f" {day} ", limit=1).as_of == dt.date(2025, 6, 1)
    results = list(p.compare_all(pairs=_PAIR, as_of=day))
    assert [r.comparison.as_of for r in results if r.comparison] == [dt.date(2025, 6, 1)]
    assert p.validate_paths(_catalog_file(), strict=True, today="2026-11-30") == \
        p.validate_paths(_catalog_file(), strict=True, today=dt.date(2026, 11, 30))


def test_the_message_says_which_text_a_date_takes() -> None:
    with pytest.raises(ComparisonError) as caught:
        p.estimate("phi-2", as_of="2025-02-30")
    assert str(caught.value) == (
        "as_of must be a date or its ISO text (YYYY-MM-DD), such as datetime.date(2025, 1, 1) "
        "or '2025-01-01'; got str '2025-02-30', which is no day")


def test_the_right_arguments_still_work() -> None:
    catalog = p.default_catalog()
    assert p.blended_price(Decimal("0.05"), 1) == Decimal("0.335")
    assert p.crossover_share((1, 2), [Decimal(2), 1]) == Decimal("0.5")
    assert p.recommend(priorities=None, limit=1).priorities == ()
    assert p.recommend(providers="openrouter", licenses="MIT", limit=1).candidates
    assert catalog.provider_name("together") == "Together AI"
    assert catalog.run_spread("aime-2024") is None  # (an unknown id: UnknownBenchmarkError)
    assert catalog.neighbours("phi-2", limit=1)
    assert [r.ok for r in p.compare_all(pairs=iter(_PAIR), chunk_size=1, max_pending=1)] == [
        True]
