"""This session's data leftovers (helper dataR): each read from the rebuilt bundled catalog."""

from __future__ import annotations

from phicompare import default_catalog


def test_command_r_plus_is_an_alias_of_its_april_2024_release() -> None:
    """Cohere's docs: "command-r-plus is an alias for command-r-plus-04-2024"; the spellings
    table's undated name of a release names it again (it did before the join)."""
    catalog = default_catalog()
    assert catalog.model("command-r-plus").id == "command-r-plus-04-2024"
    assert "command-r-plus" in catalog.model("command-r-plus-04-2024").aliases
