"""A boolean switch given as a string is an ArgumentError, never read as true (API review 15, A2).

``recommend(open_weights="no")`` returned only open-weight models, ``load_catalog(bundled="no")``
loaded the bundled catalog and ``to_html(document="no")`` gave a whole document: every string is
truthy. ``compare(include_free="no")`` was already refused; every public switch now is, with the
same check (``phicompare.domain.arguments.check_flag``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from phicompare import compare, compare_all, estimate, load_catalog, recommend, validate_paths
from phicompare.exceptions import ArgumentError

_PAIR = [("phi-2", "phi-4")]
CALLS: list[tuple[str, Callable[[Any], object]]] = [
    ("open_weights", lambda v: recommend(open_weights=v, limit=1)),
    ("include_free", lambda v: recommend(include_free=v, limit=1)),
    ("explain_rejected", lambda v: recommend(explain_rejected=v, limit=1)),
    ("include_free", lambda v: estimate("phi-2", include_free=v)),
    ("include_free", lambda v: compare("phi-2", "phi-4", include_free=v)),
    ("bundled", lambda v: load_catalog(bundled=v)),
    ("bundled", lambda v: validate_paths(bundled=v)),
    ("strict", lambda v: validate_paths(strict=v)),
    ("document", lambda v: compare("phi-2", "phi-4").to_html(document=v)),
    ("document", lambda v: recommend(limit=1).to_html(document=v)),
    ("shards", lambda v: list(compare_all(pairs=_PAIR, shards=v))),
]


@pytest.mark.parametrize(("name", "call"), CALLS)
@pytest.mark.parametrize("value", ["no", "false", 0, 1, "True"])
def test_a_switch_is_true_or_false(name: str, call: Callable[[object], object],
                                   value: object) -> None:
    with pytest.raises(ArgumentError) as caught:
        call(value)
    allowed = "True, False or None (either)" if name == "open_weights" else "True or False"
    assert str(caught.value) == f"{name} must be {allowed}, got {type(value).__name__} {value!r}"


def test_open_weights_may_be_none_and_others_may_not() -> None:
    assert recommend(open_weights=None, limit=1).candidates
    with pytest.raises(ArgumentError, match=r"^include_free must be True or False, got None$"):
        recommend(include_free=None, limit=1)  # type: ignore[arg-type]
    with pytest.raises(ArgumentError, match=r"^open_weights must be True, False or None "
                                            r"\(either\), got str 'no'$"):
        recommend(open_weights="no", limit=1)  # type: ignore[arg-type]


def test_the_switches_still_take_booleans() -> None:
    assert recommend(open_weights=False, limit=1).candidates[0].model.open_weights is False
    assert compare("phi-2", "phi-4").to_html(document=False).startswith("<div")
    assert len(load_catalog(bundled=True)) > 100
