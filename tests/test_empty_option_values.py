"""An empty name or date is an unset variable: refused, as the API refuses it (review 27, P5, P6).

``--provider ""`` dropped the filter and billed on every provider, the opposite of what was
asked; ``--requires ""``, ``pick --license ""`` and ``list --vendor ""`` dropped theirs;
``--as-of ""`` priced today. ``--as-of 20250101`` and ``2025-W01-1`` read as dates on Python
3.11 (``date.fromisoformat``), while ``compare(as_of="20250101")`` refuses them on every Python.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from phicompare import compare
from phicompare.cli.main import main
from phicompare.exceptions import ComparisonError

_PAIR = ["phi-2", "phi-4-mini"]
_RUN = ["--models", "phi-2,phi-4-mini", "--no-progress"]

NAMES = [
    ([*_PAIR, "--provider", ""], "--provider"),
    ([*_PAIR, "--provider", "groq,"], "--provider"),
    ([*_PAIR, "--exclude-provider", " "], "--exclude-provider"),
    ([*_PAIR, "--requires", ""], "--requires"),
    (["pick", "--license", ""], "--license"),
    (["pick", "--priority", ""], "--priority"),
    (["pick", "--requires", "vision,,tools"], "--requires"),
    (["pick", "--provider", ""], "--provider"),
    (["list", "--vendor", ""], "--vendor"),
    (["list", "--capability", ""], "--capability"),
    (["show", "phi-2", "--provider", ""], "--provider"),
    (["all", "--out", "unused", *_RUN, "--provider", ""], "--provider"),
    (["all", "--out", "unused", "--models", "", "--no-progress"], "--models"),
    (["site", "--out", "unused", "--vendor", "", "--no-progress"], "--vendor"),
]


@pytest.fixture
def in_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    status = main(argv, out=out)
    return status, capsys.readouterr().err, out.getvalue()


@pytest.mark.usefixtures("in_a_folder")
@pytest.mark.parametrize(("argv", "option"), NAMES)
def test_an_empty_name_is_one_line_and_exit_2(argv: list[str], option: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    status, err, out = _run(argv, capsys)
    assert (status, err, out) == (2, f"phicompare: {option}: empty name (an unset variable?)\n",
                                  "")
    assert os.listdir(".") == []  # no page written either


@pytest.mark.usefixtures("in_a_folder")
@pytest.mark.parametrize("command", [_PAIR, ["pick"], ["all", "--out", "unused", *_RUN],
                                     ["site", "--out", "unused", *_RUN]])
@pytest.mark.parametrize(("day", "line"), [
    ("", "--as-of: empty date (an unset variable?)"),
    ("  ", "--as-of: empty date (an unset variable?)"),
    ("20250101", "--as-of: '20250101' is not a date such as 2026-01-31"),
    ("2025-W01-1", "--as-of: '2025-W01-1' is not a date such as 2026-01-31"),
    ("2025-02-30", "--as-of: '2025-02-30' is not a date such as 2026-01-31"),
])
def test_as_of_reads_a_day_as_the_api_does(command: list[str], day: str, line: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    status, err, out = _run([*command, "--as-of", day], capsys)
    assert (status, err, out) == (2, f"phicompare: {line}\n", "")
    assert os.listdir(".") == []
    if day.strip():  # the API refuses the same text
        with pytest.raises(ComparisonError, match="as_of must be a date"):
            compare(*_PAIR, as_of=day)


def test_a_day_and_names_still_read(capsys: pytest.CaptureFixture[str]) -> None:
    status, err, out = _run([*_PAIR, "--as-of", " 2026-06-01 ", "--provider", "openrouter,groq",
                             "--sections", "cost"], capsys)
    assert (status, err) == (0, "")
    assert "2026-06-01" in out
