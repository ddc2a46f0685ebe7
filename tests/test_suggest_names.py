"""An unknown name's suggestions: a display name's models first, then names that begin with it.

Review 24: ``phicompare show 'Command R+'`` (the display name of two records) suggested
"'command-r', 'command-a-03-2025' or 'command-r-plus-04-2024'", leaving out the current
command-r-plus-08-2024, and ``compare("gpt-5", "claude")`` suggested 'deepclaude' and 'claudius'
before any Claude model.
"""

from __future__ import annotations

import pytest

from phicompare import Catalog, Model, UnknownModelError, compare, default_catalog


def test_a_display_name_suggests_every_model_it_names() -> None:
    assert default_catalog().suggest("Command R+")[:2] == (
        "command-r-plus-04-2024", "command-r-plus-08-2024")


def test_names_that_begin_with_the_text_come_first() -> None:
    found = default_catalog().suggest("claude")
    assert all(name.startswith("claude-") for name in found), found


def test_a_catalog_given_in_full_suggests_by_display_name_too() -> None:
    catalog = Catalog(models=(Model(id="x-1", name="Shared"), Model(id="x-2", name="Shared"),
                              Model(id="sharedy", name="Other")))
    with pytest.raises(UnknownModelError) as raised:
        compare("shared", "x-1", catalog=catalog)
    assert raised.value.suggestions[:2] == ("x-1", "x-2")
