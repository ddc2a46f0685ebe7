"""A capability no record sets (review 18, P4): pages leave its row out, filters say so in a line.

``tool_use`` is a key catalog files may set (docs/catalog.md), but no record of the bundled
catalog sets it, so every page read "Tool use | not documented" for every model (beside
"Function calling: yes" for Claude), ``--requires tool_use`` ruled out every route and
``list --capability tool_use`` found no model.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from phicompare import Capability, compare, load_catalog
from phicompare.cli.main import main
from tests.helpers import write_catalog


def test_a_capability_row_no_record_on_the_page_sets_is_left_out() -> None:
    c = compare("claude-3-7-sonnet", "gpt-4o")
    for page in (c.to_text(width=120), c.to_markdown()):
        assert "Function calling" in page
        assert "Tool use" not in page
    # the data keeps it: the JSON's capability rows still say unknown
    assert Capability.TOOL_USE in [row.capability for row in c.capabilities]


def test_a_record_that_sets_it_keeps_the_row(tmp_path: Path) -> None:
    """The key stays part of catalog files (public contract): a model that sets it shows it."""
    path = write_catalog(tmp_path, """
        [[models]]
        id = "a"
        name = "A"
        [models.capabilities]
        tool_use = true

        [[models]]
        id = "b"
        name = "B"
        """)
    c = compare("a", "b", catalog=load_catalog(path))
    rows = [line for line in c.to_markdown().splitlines() if line.startswith("| Tool use")]
    assert rows == ["| Tool use | yes | not documented |"]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ("list", "--capability", "tool_use"),
    ("claude-3-7-sonnet", "gpt-4o", "--requires", "tool_use"),
])
def test_a_filter_on_a_capability_no_record_sets_answers_in_one_line(
        capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    code, out, err = _run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    option = "--capability" if argv[0] == "list" else "--requires"
    assert err.startswith(f"phicompare: {option}: the catalog records no tool use: no model or "
                          "route in it sets tool_use either way"), err
    assert "the nearest it records is function calling (function_calling)" in err


def test_show_leaves_out_a_capability_no_record_of_the_model_sets(
        capsys: pytest.CaptureFixture[str]) -> None:
    """`show claude-3-7-sonnet` read "Function calling yes; Tool use not documented"."""
    code, out, _ = _run(capsys, "show", "claude-3-7-sonnet", "--width", "200")
    assert code == 0
    line = next(x for x in out.splitlines() if "Capabilities:" in x)
    assert "Function calling yes" in line
    assert "Tool use" not in line


@pytest.mark.parametrize("command", ["all", "site"])
def test_all_and_site_answer_a_capability_no_record_sets_in_one_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str) -> None:
    """`all` and `site --requires tool_use` wrote every page with every route ruled out."""
    out = tmp_path / "out"
    code, _, err = _run(capsys, command, "--models", "phi-2,phi-4-mini", "--requires",
                        "tool_use", "--out", str(out))
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith("phicompare: --requires: the catalog records no tool use"), err
    assert not out.exists() or not any(out.iterdir())
