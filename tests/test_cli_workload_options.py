"""docs/cli.md's table of the workload options `pick`, `all` and `site` take is each command's
own (API review 15, A8: `pick --cached 0.5` was refused with no word in the docs of why)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from phicompare.cli.all import all_parser
from phicompare.cli.compare import compare_parser
from phicompare.cli.options import Parser
from phicompare.cli.pick import pick_parser
from phicompare.cli.site import site_parser

DOC = Path(__file__).parent.parent / "docs" / "cli.md"
PARSERS = {"`phicompare A B`": compare_parser, "`pick`": pick_parser, "`all`": all_parser,
           "`site`": site_parser}


def options(parser: Parser) -> set[str]:
    return {flag for action in parser._actions for flag in action.option_strings}


def table() -> tuple[list[str], list[list[str]]]:
    text = DOC.read_text(encoding="utf-8")
    found = re.search(r"<!-- workload-options -->\n(.*?)<!-- end: workload-options -->", text,
                      re.S)
    assert found is not None, "docs/cli.md has no workload-options table"
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in found.group(1).strip().splitlines()]
    return rows[0], rows[2:]


def test_the_table_says_which_workload_options_each_command_takes() -> None:
    if not DOC.exists():
        pytest.skip("docs/ is not beside the tests (installed-wheel run)")
    header, rows = table()
    assert header[1:] == list(PARSERS)
    taken = {name: options(make()) for name, make in PARSERS.items()}
    for row in rows:
        flags = re.findall(r"`(--[a-z-]+)`", row[0])
        assert flags, row
        for name, cell in zip(header[1:], row[1:], strict=True):
            has = all(flag in taken[name] for flag in flags)
            assert cell in {"yes", "no", "does not apply"}, (row[0], name, cell)
            assert has == (cell == "yes"), (row[0], name, cell)
    listed = {flag for row in rows for flag in re.findall(r"`(--[a-z-]+)`", row[0])}
    workload = {a.option_strings[0] for group in compare_parser()._action_groups
                if group.title == "workload" for a in group._group_actions}
    assert workload <= listed, workload - listed
