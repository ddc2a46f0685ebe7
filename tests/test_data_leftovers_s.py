"""This session's data leftovers (helper dataS): each read from the rebuilt bundled catalog."""

from __future__ import annotations

from phicompare import default_catalog
from phicompare.importers._identity import table_undated


def test_ministral_8b_instruct_names_the_october_2024_model_again() -> None:
    """``ministral-8b-instruct`` named LLMStats' ``ministral-8b-instruct-2410`` (its id without
    the date) until helper dataR joined that record to ``ministral-8b``; the spellings table
    names it that model, so the record's dated name gives its undated one as an alias."""
    assert table_undated("ministral-8b", ("ministral-8b-instruct-2410",)) == (
        "ministral-8b-instruct",)
    catalog = default_catalog()
    assert catalog.model("ministral-8b-instruct").id == "ministral-8b"
    assert "ministral-8b-instruct" in catalog.model("ministral-8b").aliases
    assert catalog.model("ministral-8b-2512").id == "ministral-8b-2512"
