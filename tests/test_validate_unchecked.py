"""`validate --strict` says which records its strict checks could not read (review 11, K10)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from phicompare.catalog.loader import NOT_STRICT_CHECKED, validate_paths
from phicompare.cli.main import main

DAY = dt.date(2026, 11, 25)
FILE = """[[providers]]
id = "acme"
name = "Acme"
tier = "reseller"
[[models]]
id = "acme-1"
name = "Acme 1"
vendor = "Acme"
released = {released}
context_window = 128000
[[models.routes]]
provider = "acme"
source = "https://x"
checked = 2026-01-01
input = 1.0
output = {output}
"""


def _file(folder: Path, output: str = "2.0", released: str = "2025-01-01") -> Path:
    file = folder / "f.toml"
    file.write_text(FILE.format(output=output, released=released), encoding="utf-8")
    return file


def _validate(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    out = io.StringIO()
    code = main(["validate", *argv], out=out)
    return code, out.getvalue().splitlines(), capsys.readouterr().err


def test_a_record_left_out_by_a_load_problem_is_named_as_not_strict_checked(
        tmp_path: Path) -> None:
    file = _file(tmp_path, output="1e400")
    found = [(p.path, p.message) for p in validate_paths(file, strict=True, today=DAY)]
    assert found[0][0] == "models[0].routes[0].output"
    assert found[1:] == [("models[0]", NOT_STRICT_CHECKED)]


def test_without_strict_nothing_is_said_of_strict_checks(tmp_path: Path) -> None:
    file = _file(tmp_path, output="1e400")
    assert [p.path for p in validate_paths(file, today=DAY)] == ["models[0].routes[0].output"]


def test_a_record_that_loads_is_strict_checked_as_before(tmp_path: Path) -> None:
    file = _file(tmp_path)
    found = [p.path for p in validate_paths(file, strict=True, today=DAY)]
    assert found == ["models[0].sources", "models[0].checked", "models[0].scores"]


def test_the_cli_summary_counts_problems_and_unchecked_records_apart(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Review 11, K10: "one problem found" hid the three strict problems of the same model."""
    file = _file(tmp_path, output="1e400")
    code, lines, err = _validate(capsys, "--strict", str(file))
    assert code == 1
    assert lines[1] == (f"{file}: models[0]: not strict-checked: a record with a problem above "
                        "is left out; fix it and validate again")
    assert err == ("one problem found; one record not strict-checked: fix the problem and "
                   "validate again\n")


def test_a_file_that_does_not_parse_is_not_strict_checked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "f.toml"
    file.write_text("[[models]\n", encoding="utf-8")
    code, lines, err = _validate(capsys, "--strict", str(file))
    assert code == 1
    assert lines[-1] == (f"{file}: not strict-checked: the file does not parse; fix it and "
                         "validate again")
    assert err.startswith("one problem found; one file not strict-checked")


def test_an_impossible_date_names_its_key_path_and_value(tmp_path: Path) -> None:
    """Review 11, K10: `released = 2025-13-01` was "TOML syntax error at line 9, column 16"."""
    file = _file(tmp_path, released="2025-13-01")
    [problem] = validate_paths(file)
    assert str(problem) == (f"{file}: models[0].released = 2025-13-01: is not a date "
                            "(month must be in 1..12)")


@pytest.mark.parametrize(("text", "message"), [
    ("checked = 2026-02-30", "checked = 2026-02-30: is not a date (day is out of range for month)"),
    ("[x]\nwhen = 2026-01-01T25:00:00", "x.when = 2026-01-01T25:00:00: is not a date"),
])
def test_impossible_dates_and_times_anywhere(tmp_path: Path, text: str, message: str) -> None:
    file = tmp_path / "d.toml"
    file.write_text(text + "\n", encoding="utf-8")
    found = [str(p) for p in validate_paths(file)]
    assert found[0].startswith(f"{file}: {message}"), found


def test_a_real_syntax_error_is_reported_as_before(tmp_path: Path) -> None:
    file = tmp_path / "s.toml"
    file.write_text('id = "a"\nname = = 2\n', encoding="utf-8")
    [problem] = validate_paths(file)
    assert problem.message.startswith("TOML syntax error at line 2")
