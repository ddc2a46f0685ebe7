"""Everyday slips in Python are typed errors that name the argument (API review 14, A3).

``load_catalog([path])``, ``load_catalog(None)``, ``Catalog.model(None)`` and
``to_text(width="80")`` raised ``AttributeError`` or ``TypeError`` from deep inside.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from phicompare import compare, default_catalog, load_catalog, validate_paths
from phicompare.exceptions import ArgumentError, PhicompareError

_load: Any = load_catalog  # (called with what its signature refuses, as a slip would)
_validate: Any = validate_paths

_GOOD = """
[[models]]
id = "acme-7b"
name = "Acme 7B"
vendor = "Acme"
"""


@pytest.mark.parametrize(("call", "needle"), [
    (lambda p: _load([p], bundled=True),
     "load_catalog takes paths as separate arguments (load_catalog(*paths)), got a list"),
    (lambda p: _load((p,)), "load_catalog takes paths as separate arguments"),
    (lambda p: _load(None), ("load_catalog: a path is a str, an os.PathLike or a "
                                   "Traversable, got None")),
    (lambda p: _load(p, 3), "got int 3"),
    (lambda p: _validate([p]), ("validate_paths takes paths as separate arguments "
                                    "(validate_paths(*paths)), got a list")),
])
def test_a_path_of_the_wrong_type_is_an_argument_error(tmp_path: Path, call: Any,
                                                       needle: str) -> None:
    (tmp_path / "new.toml").write_text(_GOOD, encoding="utf-8")
    with pytest.raises(ArgumentError) as caught:
        call(str(tmp_path))
    assert needle in str(caught.value)
    assert isinstance(caught.value, PhicompareError)


@pytest.mark.parametrize("name", [None, 3, ["phi-2"]])
def test_a_model_name_that_is_no_str_is_an_argument_error(name: Any) -> None:
    with pytest.raises(ArgumentError, match=r"Catalog.model takes a model id or name \(str\)"):
        default_catalog().model(name)


@pytest.mark.parametrize(("width", "needle"), [
    ("80", "got str '80'"), (80.5, "got float 80.5"), (True, "got bool True"), (0, "got int 0"),
])
def test_a_text_width_is_a_positive_whole_number(width: Any, needle: str) -> None:
    c = compare("phi-2", "phi-4-mini")
    with pytest.raises(ArgumentError) as caught:
        c.to_text(width=width)
    assert str(caught.value).startswith("width is a positive whole number of columns")
    assert needle in str(caught.value)
