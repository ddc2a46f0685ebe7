"""A required keyword left out, or one argument given twice, is a one-line ArgumentError.

``Traffic.from_requests(per_day=1000)`` raised Python's "missing 2 required keyword-only
arguments" and ``recommend(None, catalog=c)`` its "got multiple values for argument 'catalog'":
bare ``TypeError``s, no :class:`PhicompareError`. ``keywords_checked`` now answers both before
the call, naming the argument. The calls carry ``type: ignore``: mypy still rejects them.
"""

from __future__ import annotations

import pytest

from phicompare import PhicompareError, Traffic, estimate, recommend
from phicompare.exceptions import ArgumentError


def test_a_required_keyword_left_out_is_named() -> None:
    with pytest.raises(ArgumentError) as caught:
        Traffic.from_requests(per_day=1000)  # type: ignore[call-arg]
    assert str(caught.value) == ("Traffic.from_requests: missing required keywords "
                                 "'input_tokens', 'output_tokens'")
    assert isinstance(caught.value, PhicompareError)
    assert isinstance(caught.value, TypeError)  # as Python's own error was


def test_one_required_keyword_left_out() -> None:
    with pytest.raises(ArgumentError, match=r"^Traffic.from_requests: missing required keyword "
                                            r"'output_tokens'$"):
        Traffic.from_requests(per_day=1000, input_tokens=500)  # type: ignore[call-arg]


def test_a_required_argument_left_out_is_named() -> None:
    with pytest.raises(ArgumentError, match=r"^estimate: missing required argument 'model'$"):
        estimate(traffic=None)  # type: ignore[call-arg]


def test_an_argument_given_by_position_and_by_keyword() -> None:
    with pytest.raises(ArgumentError) as caught:
        recommend(None, catalog=None)  # type: ignore[misc]
    assert str(caught.value) == ("recommend: 'catalog' given twice, by position (None) and by "
                                 "keyword")
    assert "\n" not in str(caught.value)


def test_the_second_of_two_given_twice() -> None:
    with pytest.raises(ArgumentError, match=r"^estimate: 'traffic' given twice, by position "):
        estimate("phi-2", None, traffic=None)  # type: ignore[misc]


def test_a_right_call_is_untouched() -> None:
    traffic = Traffic.from_requests(per_day=1000, input_tokens=500, output_tokens=100)
    assert traffic == Traffic.from_requests(per_month=30000, input_tokens=500, output_tokens=100)


def test_given_twice_among_more_models_by_position() -> None:
    """A model given by position and by keyword, the options by keyword beside it (issue 18).

    The usual call (models by position, options by keyword) skips the slow check; this one,
    the same shape with one name given twice, still takes it.
    """
    from phicompare import compare

    with pytest.raises(ArgumentError, match=r"^compare: 'b' given twice, by position "):
        compare("phi-2", "phi-4-mini", "phi-3-mini-4k", b="phi-2",  # type: ignore[misc]
                as_of=None)


def test_given_twice_after_a_position_only_argument() -> None:
    from phicompare.domain.arguments import keywords_checked

    @keywords_checked
    def cost(model: str, /, traffic: int = 0, *, blend: int = 1) -> int:
        return traffic + blend

    assert cost("phi-2", 2, blend=3) == 5  # (by position, then by keyword: untouched)
    with pytest.raises(ArgumentError, match=r"^.*cost: 'traffic' given twice, by position \(2\)"):
        cost("phi-2", 2, traffic=3)  # type: ignore[misc]
