"""The API refuses the command line's text forms with a pointer to the form it takes.

API review 15, A9 (helper fixS, item 4): `compare(traffic="800M:250M")` said only "traffic
must be a Traffic, got str", though `Traffic.parse` reads that text; `materiality="0.1"` did not
say a string is not taken; `cached_share="30%"`, `as_of="2025-01-01"` and `blend="7:3"` did not
say what to write. Each error names the form the argument takes and, for a text the command
line reads, how to write it; none of them is accepted now that was not before, but for
`as_of`, which takes a date's ISO text since helper apiAB (tests/test_api_survey.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from phicompare import (
    ArgumentError,
    Catalog,
    Comparison,
    ComparisonError,
    PhicompareError,
    Traffic,
    compare,
    compare_all,
    default_catalog,
    estimate,
    recommend,
    route_cost,
    write_site,
)


def _pair() -> Catalog:
    bundled = default_catalog()
    return Catalog(models=tuple(m for m in bundled.models if m.id in ("phi-2", "phi-4-mini")),
                   providers=bundled.providers, benchmarks=bundled.benchmarks)


def _route() -> Any:
    return default_catalog().model("phi-2").routes[0]


_TEXT = "800M:250M"

CALLS: list[Any] = [
    pytest.param(lambda t: compare("phi-2", "phi-4-mini", traffic=t), id="compare"),
    pytest.param(lambda t: estimate("phi-2", traffic=t), id="estimate"),
    pytest.param(lambda t: recommend(traffic=t, limit=1), id="recommend"),
    pytest.param(lambda t: list(compare_all(_pair(), traffic=t)), id="compare_all"),
    pytest.param(lambda t: route_cost(_route(), t), id="route_cost"),
]


@pytest.mark.parametrize("call", CALLS)
def test_traffic_text_points_to_traffic_parse(call: Callable[[object], object]) -> None:
    with pytest.raises(PhicompareError) as caught:
        call(_TEXT)
    message = str(caught.value)
    assert "traffic must be a Traffic, got str '800M:250M'" in message, message
    assert "Traffic.parse('800M:250M')" in message, message


def test_a_site_refuses_a_bad_option_before_it_makes_a_folder(tmp_path: Path) -> None:
    """write_site made its models/ and pairs/ folders, then compare_all refused the traffic."""
    out = tmp_path / "site"
    with pytest.raises(PhicompareError, match=r"Traffic\.parse"):
        write_site(out, catalog=_pair(), traffic=_TEXT)
    assert not out.exists()


def test_traffic_of_another_kind_names_the_ways_to_build_one() -> None:
    with pytest.raises(ArgumentError) as caught:
        compare("phi-2", "phi-4-mini", traffic={"input_tokens": 1})  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.startswith("traffic must be a Traffic, got dict"), message
    assert "Traffic(input_tokens=" in message, message
    assert "Traffic.parse(" in message, message


@pytest.mark.parametrize(("value", "hint"), [
    ("0.1", "Decimal('0.1')"),
    (0.1, "Decimal('0.1')"),
    ("10%", "Decimal('0.1')"),
])
def test_materiality_says_the_forms_it_takes(value: object, hint: str) -> None:
    with pytest.raises(ArgumentError) as caught:  # a str or a float: a wrong type (review 41)
        compare("phi-2", "phi-4-mini", materiality=value)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "a Decimal or an int" in message, message
    assert hint in message, message


def test_materiality_out_of_range_is_said_so() -> None:
    with pytest.raises(ComparisonError) as caught:
        compare("phi-2", "phi-4-mini", materiality=Decimal(1))
    assert "from 0 up to (not including) 1" in str(caught.value)


def test_a_percentage_share_is_refused_with_its_decimal() -> None:
    with pytest.raises(ComparisonError) as caught:
        Traffic.parse("1.5B:200M", cached_share="45%")
    message = str(caught.value)
    assert "got '45%'" in message, message
    assert "write it as '0.45'" in message, message


def test_as_of_text_points_to_a_date() -> None:
    """Text other than a date's ISO form is refused with the forms it takes."""
    with pytest.raises(ComparisonError) as caught:
        compare("phi-2", "phi-4-mini", as_of="1 Jan 2025")
    message = str(caught.value)
    assert message.startswith("as_of must be a date or its ISO text (YYYY-MM-DD)"), message
    assert "datetime.date(2025, 1, 1) or '2025-01-01'; got str '1 Jan 2025'" in message, message


def test_blend_text_points_to_a_pair() -> None:
    with pytest.raises(ArgumentError) as caught:
        compare("phi-2", "phi-4-mini", blend="7:3")  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.startswith("blend is (input weight, output weight)"), message
    assert "(7, 3)" in message, message


def test_the_forms_are_still_taken_as_before() -> None:
    """Nothing new is accepted; the forms the errors name work."""
    c = compare("phi-2", "phi-4-mini", traffic=Traffic.parse(_TEXT), blend=(7, 3),
                materiality=Decimal("0.1"), as_of=dt.date(2026, 11, 25))
    assert c.check() == []


@pytest.mark.parametrize("form", [str, str.encode])
def test_a_comparisons_json_text_points_to_json_loads(form: Callable[[str], object]) -> None:
    """``Comparison.from_dict(c.to_json())`` said only "got str" (API review 15, notes)."""
    text = compare("phi-2", "phi-4-mini").to_json()
    with pytest.raises(ArgumentError) as caught:  # a wrong type (review 40)
        Comparison.from_dict(form(text))  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.startswith("a comparison is a dict from to_dict(), got "), message
    assert "Comparison.from_json(text)" in message, message
    assert len(message) < 160, message  # the text itself is never quoted whole
    with pytest.raises(ArgumentError, match=r"got list$"):
        Comparison.from_dict([text])  # type: ignore[arg-type]
