"""``Traffic(...)`` called as a notebook user first tries: a typed, one-line error with the call.

``Traffic(800_000_000, 250_000_000)`` and ``Traffic(input=800)`` raised Python's own
``TypeError`` ("Traffic.__init__() takes 1 positional argument but 3 were given", "got an
unexpected keyword argument 'input'"): no ``PhicompareError``, no field named.
"""

from __future__ import annotations

import copy
import pickle
from typing import Any

import attrs
import pytest

from phicompare import Traffic
from phicompare.exceptions import ArgumentError, PhicompareError


def _refused(*args: Any, **fields: Any) -> str:
    with pytest.raises(ArgumentError) as caught:
        Traffic(*args, **fields)
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, PhicompareError)
    return str(caught.value)


def test_positional_counts_say_the_keywords_meant() -> None:
    assert _refused(800_000_000, 250_000_000) == (
        "Traffic takes keywords, got 2 positional arguments; did you mean "
        "Traffic(input_tokens=800000000, output_tokens=250000000)?")
    assert _refused(800, output_tokens=250) == (
        "Traffic takes keywords, got 1 positional argument; did you mean "
        "Traffic(input_tokens=800, output_tokens=250)?")


def test_an_unknown_keyword_names_the_closest_field() -> None:
    assert _refused(input=800) == "Traffic: unknown keyword 'input'; did you mean 'input_tokens'?"
    assert _refused(input_tokens=1, outputs=2) == (
        "Traffic: unknown keyword 'outputs'; did you mean 'output_tokens'?")
    assert _refused(cache_share="0.3") == (
        "Traffic: unknown keyword 'cache_share'; did you mean 'cached_share'?")
    assert _refused(zzz=1).startswith("Traffic: unknown keyword 'zzz'; it takes input_tokens, ")
    with pytest.raises(ArgumentError, match="did you mean 'batch_share'"):
        Traffic.from_requests(per_day=10, input_tokens=1, output_tokens=1, batch=1)


def test_a_traffic_still_builds_copies_and_pickles() -> None:
    t = Traffic(input_tokens=5, output_tokens=6, cached_share="0.5")
    assert pickle.loads(pickle.dumps(t)) == t
    assert copy.copy(t) == t
    assert copy.deepcopy(t) == t
    assert attrs.evolve(t, input_tokens=7).input_tokens == 7
    assert Traffic() == Traffic(input_tokens=800_000_000, output_tokens=250_000_000)


def test_from_requests_with_positional_counts_says_the_call_meant() -> None:
    """``Traffic.from_requests(10000, 2000, 500)`` raised Python's "takes 1 positional argument"."""
    with pytest.raises(ArgumentError) as caught:
        Traffic.from_requests(10_000, 2_000, 500)  # type: ignore[call-arg]
    assert str(caught.value) == (
        "Traffic.from_requests takes keywords, got 3 positional arguments; did you mean "
        "Traffic.from_requests(per_day=10000, input_tokens=2000, output_tokens=500)?")
    assert isinstance(caught.value, PhicompareError)
    assert isinstance(caught.value, TypeError)
    with pytest.raises(ArgumentError) as caught:
        Traffic.from_requests(10_000, input_tokens=2_000, output_tokens=500)  # type: ignore[call-arg]
    assert str(caught.value) == (
        "Traffic.from_requests takes keywords, got 1 positional argument; did you mean "
        "Traffic.from_requests(per_day=10000, input_tokens=2000, output_tokens=500)?")


def test_traffic_text_by_position_points_to_parse() -> None:
    """Review 22's note: ``Traffic("800M:250M")`` was told to call
    ``Traffic(input_tokens='800M:250M')``, which fails in turn; the call meant parses it."""
    with pytest.raises(ArgumentError) as caught:
        Traffic("800M:250M")  # type: ignore[arg-type, call-arg]
    message = str(caught.value)
    assert message.endswith("traffic text is read by Traffic.parse('800M:250M')")
    assert Traffic.parse("800M:250M") == Traffic()
