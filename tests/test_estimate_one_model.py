"""``estimate()`` given several models, as a notebook user may try: a typed error with the call.

``estimate(["phi-2", "phi-4-mini"])`` read "Catalog.model takes a model id or name (str), got
list [...]", naming a method the caller never called; ``estimate("phi-2", "phi-4-mini")`` took
the second model for a traffic text ("... are read by Traffic.parse('phi-4-mini')", which would
fail too).
"""

from __future__ import annotations

from typing import Any

import pytest

from phicompare import estimate
from phicompare.exceptions import ArgumentError, PhicompareError


def _refused(*args: Any) -> str:
    with pytest.raises(ArgumentError) as caught:
        estimate(*args)
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, PhicompareError)
    return str(caught.value)


def test_models_in_a_list_are_refused_with_the_calls_meant() -> None:
    assert _refused(["phi-2", "phi-4-mini"]) == (
        "estimate takes one model (a Model or a name), got list ['phi-2', 'phi-4-mini']; did you "
        "mean [estimate(m) for m in ['phi-2', 'phi-4-mini']], or compare('phi-2', 'phi-4-mini')?")
    assert _refused(None) == "estimate takes one model (a Model or a name), got None"


def test_a_second_model_is_not_read_as_traffic() -> None:
    assert _refused("phi-2", "phi-4-mini") == (
        "estimate takes one model, and its second argument is the traffic, got the model "
        "'phi-4-mini'; did you mean compare('phi-2', 'phi-4-mini')?")

