"""`pick`, `all` and `site` take the workload a comparison takes (API review 15, A8: `pick
--cached 0.5` was refused), and docs/cli.md's table of them is each command's own."""

from __future__ import annotations

import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from phicompare import Traffic, compare, recommend
from phicompare.cli.all import all_parser
from phicompare.cli.compare import compare_parser
from phicompare.cli.main import main
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


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


def test_pick_ranks_at_the_cache_and_batch_shares_given(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The bills are those of the same traffic in Python, and the summary states the shares."""
    code, out, err = run(capsys, "pick", "--cached", "50%", "--batch", "0.2", "--limit", "3",
                         "--as-of", "2026-11-25", "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert (data["traffic"]["cached_share"], data["traffic"]["batch_share"]) == ("0.5", "0.2")
    import datetime as dt

    expected = recommend(traffic=Traffic(cached_share=Decimal("0.5"), batch_share=Decimal("0.2")),
                         limit=3, as_of=dt.date(2026, 11, 25))
    assert [(c["model"], c["monthly"]) for c in data["candidates"]] == [
        (c.model.id, f"{c.monthly:.2f}") for c in expected.candidates]
    assert ("50% of input read from the prompt cache; 20% of output and of the other input sent "
            "through batch APIs"
            in data["reasons"]["summary"][0])
    assert expected.check() == []


def test_all_writes_the_page_a_comparison_of_the_same_workload_gives(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "all", "--out", str(tmp_path), "--models", "phi-2,phi-4-mini",
                       "--as-of", "2026-11-25", "--cached", "60%", "--cache-write", "0.1",
                       "--blend", "3:1", "--requires", "structured_outputs", "--include-free",
                       "--materiality", "0.1", "--no-progress")
    assert (code, err) == (0, "")
    import datetime as dt

    page = compare("phi-2", "phi-4-mini", as_of=dt.date(2026, 11, 25),
                   traffic=Traffic(cached_share=Decimal("0.6"), cache_write_share=Decimal("0.1")),
                   blend=(3, 1), requires=["structured_outputs"], include_free=True,
                   materiality=Decimal("0.1"))
    assert (tmp_path / "phi-2--vs--phi-4-mini.md").read_text(encoding="utf-8") == (
        page.to_markdown())


@pytest.mark.parametrize(("argv", "message"), [
    (["--requires", "telepathy"], "--requires: unknown capability 'telepathy'"),
    (["--materiality", "1"], "--materiality: '1' is not a share from 0 up to (not including) 1"),
    (["--cached", "0.7", "--cache-write", "0.5"], "--cached and --cache-write: 0.7 and 0.5"),
    (["--blend", "3"], "--blend"),
])
@pytest.mark.parametrize("command", ["all", "site"])
def test_a_bad_workload_option_is_named_before_anything_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, argv: list[str],
        message: str) -> None:
    out = tmp_path / "out"
    code, _, err = run(capsys, command, "--out", str(out), "--models", "phi-2,phi-4-mini",
                       "--no-progress", *argv)
    assert code == 2
    assert err.startswith(f"phicompare: {message}"), err
    assert not out.exists() or not any(out.iterdir())
