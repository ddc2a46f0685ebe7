"""``compare()`` given one model, or its models in one list: a typed error with the call meant.

A notebook user's ``compare(["phi-2", "phi-4-mini"])`` and ``compare("phi-2")`` raised Python's
own ``TypeError`` ("compare() missing 1 required positional argument: 'b'"): not a
``PhicompareError``, and, for the list, about a second argument that was never the problem.
"""

from __future__ import annotations

from typing import Any

import pytest

from phicompare import compare, default_catalog
from phicompare.exceptions import ArgumentError, ComparisonError, PhicompareError


def _refused(*args: Any) -> str:
    with pytest.raises(ArgumentError) as caught:
        compare(*args)
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, PhicompareError)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_models_in_one_list_are_refused_with_the_call_meant() -> None:
    assert _refused(["phi-2", "phi-4-mini"]) == (
        "compare takes the models as separate arguments, got one list ['phi-2', 'phi-4-mini']; "
        "did you mean compare('phi-2', 'phi-4-mini')? (compare(*names) for a list)")
    phi2 = default_catalog().model("phi-2")
    assert "did you mean compare('phi-2', 'gpt-4o')?" in _refused((phi2, "gpt-4o"))


def test_one_model_is_refused_with_its_neighbours() -> None:
    assert _refused("phi-2") == (
        "compare needs two models or more, got one: 'phi-2'; name another, such as "
        "compare('phi-2', 'phi-3.5-mini') or compare('phi-2', 'phi-4-mini')")
    assert _refused(["phi-2"]) == (
        "compare needs two models or more, got one: 'phi-2'; name another, such as "
        "compare('phi-2', 'phi-3.5-mini') or compare('phi-2', 'phi-4-mini')")
    assert _refused("no-such-model") == "compare needs two models or more, got one: 'no-such-model'"
    assert _refused(None) == "compare needs two models or more, got one: None"


def test_a_list_beside_other_models_says_how_to_pass_it() -> None:
    message = _refused(["phi-2"], "phi-4-mini")
    assert message == ("the first model must be a Model or a model name (str), got list "
                       "['phi-2']; pass each model as its own argument (compare(*names))")


def test_the_same_model_twice_names_others_to_compare() -> None:
    with pytest.raises(ComparisonError) as caught:
        compare("phi-2", "phi-2")
    assert str(caught.value) == (
        "compare needs different models; got 'phi-2' twice; compare it with another, such as "
        "'phi-3.5-mini' or 'phi-4-mini'")
