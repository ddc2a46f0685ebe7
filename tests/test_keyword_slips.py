"""A misspelt keyword is a one-line ArgumentError naming it and the closest real one.

``compare("phi-2", "phi-4-mini", trafic=...)`` (and ``estimate``, ``recommend``) raised Python's
bare "got an unexpected keyword argument", no :class:`PhicompareError` and no hint. The calls
below carry ``type: ignore[call-arg]``: mypy still rejects the misspelt keyword (the signatures
stay typed), and under ``warn_unused_ignores`` an ignore it no longer needed would fail mypy.
"""

from __future__ import annotations

import pytest

from phicompare import PhicompareError, compare, estimate, recommend
from phicompare.exceptions import ArgumentError


def test_compare_names_the_keyword_and_the_closest() -> None:
    with pytest.raises(ArgumentError) as caught:
        compare("phi-2", "phi-4-mini", trafic=None)  # type: ignore[call-arg]
    assert str(caught.value) == "compare: unknown keyword 'trafic'; did you mean 'traffic'?"
    assert isinstance(caught.value, PhicompareError)
    assert isinstance(caught.value, TypeError)  # as Python's own error was


def test_estimate_names_the_keyword_and_the_closest() -> None:
    with pytest.raises(ArgumentError, match=r"^estimate: unknown keyword 'require'; "
                                            r"did you mean 'requires'\?$"):
        estimate("phi-2", require=["vision"])  # type: ignore[call-arg]


def test_recommend_names_the_keyword_and_the_closest() -> None:
    with pytest.raises(ArgumentError, match=r"^recommend: unknown keyword 'min_contxt'; "
                                            r"did you mean 'min_context'\?$"):
        recommend(min_contxt=8192)  # type: ignore[call-arg]


def test_a_keyword_close_to_none_lists_those_taken() -> None:
    with pytest.raises(ArgumentError) as caught:
        estimate("phi-2", zzz=1)  # type: ignore[call-arg]
    message = str(caught.value)
    assert message.startswith("estimate: unknown keyword 'zzz'; it takes model, traffic, "
                              "catalog, requires, ")
    assert "\n" not in message


def test_the_wrapped_function_keeps_its_name_doc_and_signature() -> None:
    import inspect

    assert compare.__name__ == "compare"
    assert compare.__doc__ is not None
    assert compare.__doc__.startswith("Compare two or more models")
    assert "traffic" in inspect.signature(compare).parameters


def test_a_function_with_its_own_keyword_catch_all_is_left_to_it() -> None:
    from phicompare.domain.arguments import keywords_checked

    @keywords_checked
    def anything(a: int, **options: object) -> int:
        return a + len(options)

    assert anything(1, b=2, c=3) == 3


def test_too_many_by_position_says_the_call_meant() -> None:
    """``estimate``'s third argument by position goes where its keywords are, in order."""
    with pytest.raises(ArgumentError) as caught:
        estimate("phi-2", None, None)  # type: ignore[call-arg]
    assert str(caught.value) == ("estimate takes 2 positional arguments, got 3; did you mean "
                                 "estimate('phi-2', None, catalog=None)?")
