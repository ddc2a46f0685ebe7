"""Name resolution and suggestions."""

from __future__ import annotations

import pytest

from phicompare import UnknownModelError, default_catalog


@pytest.mark.parametrize("name", ["phi-4-mini", "Phi-4 Mini", "phi4-mini", "PHI_4_MINI",
                                  "microsoft/Phi-4-mini-instruct"])
def test_names_resolve_ignoring_case_spaces_dashes_underscores(name: str) -> None:
    assert default_catalog().model(name).id == "phi-4-mini"


def test_unknown_name_suggests_close_names() -> None:
    with pytest.raises(UnknownModelError) as info:
        default_catalog().model("phi-4-mimi")
    assert isinstance(info.value, LookupError)
    assert info.value.suggestions[0] == "phi-4-mini"
    assert len(info.value.suggestions) <= 3
    assert "did you mean 'phi-4-mini'" in str(info.value)


def test_hopeless_name_has_no_suggestion() -> None:
    with pytest.raises(UnknownModelError) as info:
        default_catalog().model("zzzzzzzzzzzz")
    assert info.value.suggestions == ()
    assert "phicompare list" in str(info.value)


def test_contains_and_len() -> None:
    catalog = default_catalog()
    assert "Phi 2" in catalog
    assert "gpt-17" not in catalog
    assert len(catalog) == len(list(catalog)) >= 2


def test_the_public_index_lists_each_name_once_and_in_step() -> None:
    """__all__ is derived from one table; the type checkers' imports name the same things."""
    import ast
    import inspect

    import phicompare

    assert phicompare.__all__ == sorted(phicompare.__all__)
    assert len(set(phicompare.__all__)) == len(phicompare.__all__)
    tree = ast.parse(inspect.getsource(phicompare))
    checked = {(("." * node.level) + (node.module or ""), alias.name)
               for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level
               for alias in node.names}
    table = {(module, name) for module, names in phicompare._EXPORTS.items() for name in names}
    table.add(("._version", "__version__"))
    assert checked == table
    for name in phicompare.__all__:
        assert getattr(phicompare, name) is not None
