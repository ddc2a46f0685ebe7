"""compare_all checks its options and pairs once, before any pair (API review 14, A5).

A typo (``trafic=``) or a bad value (``traffic="800M:250M"``) failed every pair, one at a time,
through a run of up to a million pairs; a pair that is not two names raised a raw
``ValueError``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from phicompare import compare_all
from phicompare.exceptions import ArgumentError, ComparisonError


def _never() -> Iterator[tuple[str, str]]:
    """Pairs that fail the test if anything asks for one: the options are checked first."""
    yield from ()
    pytest.fail("a pair was read before the options were checked")


def test_an_unknown_option_is_one_error_with_a_suggestion() -> None:
    with pytest.raises(ArgumentError) as caught:
        compare_all(pairs=_never(), trafic=None)
    assert str(caught.value) == "compare_all: unknown option 'trafic'; did you mean 'traffic'?"


def test_an_option_compare_takes_as_a_positional_is_unknown_too() -> None:
    with pytest.raises(ArgumentError, match="compare_all: unknown option 'more'"):
        compare_all(pairs=_never(), more=("phi-4",))


@pytest.mark.parametrize(("options", "error", "needle"), [
    ({"traffic": "800M:250M"}, ArgumentError, "traffic must be a Traffic, got str"),
    ({"requires": ["vison"]}, ComparisonError, "did you mean 'vision'?"),
    ({"providers": ["openroute"]}, ComparisonError, "did you mean 'openrouter'?"),
    ({"blend": (0, 0)}, ComparisonError, "blend"),
    ({"as_of": "01/01/2026"}, ComparisonError, "as_of must be a date or its ISO text"),
    ({"materiality": 2}, ComparisonError, "materiality"),
    ({"route_policy": "cheap"}, ComparisonError, "cheap"),
    ({"include_free": "no"}, ArgumentError, "include_free must be True or False"),
])
def test_a_bad_option_value_fails_once_as_compare_would(options: dict[str, Any],
                                                       error: type[Exception],
                                                       needle: str) -> None:
    """The same error ``compare()`` gives, raised before any pair is read."""
    with pytest.raises(error, match=None) as caught:
        compare_all(pairs=_never(), **options)
    assert needle in str(caught.value)


def test_good_options_still_reach_every_pair() -> None:
    results = list(compare_all(pairs=[("phi-2", "phi-4-mini")], as_of=dt.date(2026, 11, 25),
                               requires=["function_calling"], materiality=Decimal("0.1")))
    assert [r.error for r in results] == [None]


@pytest.mark.parametrize(("pair", "shown"), [
    ("phi-2", "'phi-2'"),
    (("phi-2",), "('phi-2',)"),
    (("phi-2", "phi-4", "phi-4-mini"), "('phi-2', 'phi-4', 'phi-4-mini')"),
    (("phi-2", None), "('phi-2', None)"),
])
def test_a_malformed_pair_is_an_argument_error_naming_it(pair: Any, shown: str) -> None:
    with pytest.raises(ArgumentError) as caught:
        list(compare_all(pairs=[("phi-2", "phi-4-mini"), pair]))
    assert str(caught.value) == (f"compare_all: pair 2 is not two model names (a, b): {shown}")
