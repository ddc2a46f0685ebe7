"""``help(phicompare)`` reads as the API's index, for a notebook user, not the loader's notes."""

from __future__ import annotations

import inspect

import phicompare


def test_the_package_doc_names_every_public_function_and_the_error_base() -> None:
    doc = phicompare.__doc__ or ""
    functions = [name for name in phicompare.__all__
                 if not name.startswith("_") and inspect.isfunction(getattr(phicompare, name))]
    assert functions  # compare, estimate, recommend, ...
    assert [name for name in functions if f"{name}(" not in doc] == []
    for name in ("Comparison", "Traffic", "PhicompareError", "ArgumentError"):
        assert name in doc
    assert "_EXPORTS" not in doc  # the lazy loader's notes are for the source, not help()
