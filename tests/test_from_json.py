"""`Comparison.from_json()`: `to_json()`'s text read back, and other text refused in one line."""

from __future__ import annotations

import pytest

from phicompare import Comparison, compare
from phicompare.exceptions import ComparisonError


def test_to_json_round_trips() -> None:
    c = compare("phi-2", "phi-4-mini")
    text = c.to_json()
    assert Comparison.from_json(text) == c
    assert Comparison.from_json(text.encode()) == c


@pytest.mark.parametrize(("text", "said"), [
    ("{not json", "line 1 column 2"),
    ("[1, 2]", "a JSON list, not an object"),
    (b"\xff\xfe", "not a comparison's JSON"),
    ("{}", "unsupported comparison format None"),
])
def test_other_text_is_a_comparison_error(text: str | bytes, said: str) -> None:
    with pytest.raises(ComparisonError) as caught:
        Comparison.from_json(text)
    message = str(caught.value)
    assert "\n" not in message
    assert said in message
