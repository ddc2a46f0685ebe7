"""A bad option value's line names the option, never a Python argument (review 11, K14)."""

from __future__ import annotations

import io

import pytest

from phicompare.cli.main import main


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.mark.parametrize(("argv", "line"), [
    (["pick", "--min-context", "0"], "--min-context: '0' is not a positive number of tokens"),
    (["list", "--min-context", "0"], "--min-context: '0' is not a positive number of tokens"),
    (["pick", "--min-context", "-5"], "--min-context: '-5' is not a positive number of tokens"),
    (["list", "--min-context=-5"], "--min-context: '-5' is not a positive number of tokens"),
    (["pick", "--budget", "abc"], "--budget: 'abc' is not USD a month, zero or more, such as 200"),
    (["pick", "--budget=-3"], "--budget: '-3' is not USD a month, zero or more, such as 200"),
    (["phi-4", "gpt-4o", "--traffic", "2000000/day@1000000000:1"],
     ("--traffic: 2,000,000 requests a day of 1,000,000,000 input tokens is "
      "60,000,000,000,000,000 input tokens a month, more than 1,000,000,000,000,000")),
    (["phi-4", "gpt-4o", "--traffic", "1000000000/month@1:2000000"],
     ("--traffic: 1,000,000,000 requests a month of 2,000,000 output tokens is "
      "2,000,000,000,000,000 output tokens a month, more than 1,000,000,000,000,000")),
    (["phi-4", "gpt-4o", "--cached", "0.6", "--cache-write", "60%"],
     "--cached and --cache-write: 0.6 and 0.6 together are more than the input tokens (1)"),
    (["pick", "--traffic", "1000000000000000/day@1:1"],
     ("--traffic: 1,000,000,000,000,000 requests a day is 30,000,000,000,000,000 requests a "
      "month, more than 1,000,000,000,000,000")),
])
def test_the_line_names_the_option(argv: list[str], line: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(argv, capsys)
    assert (code, out, err) == (2, "", f"phicompare: {line}\n")


@pytest.mark.parametrize("argv", [["pick", "--min-context", "1", "--limit", "1"],
                                  ["list", "--min-context", "1", "--vendor", "microsoft"],
                                  ["pick", "--budget", "0", "--limit", "1"],
                                  ["pick", "--budget", "$1,500", "--limit", "1"],
                                  ["phi-4", "gpt-4o", "--traffic", "1000000/day@33333:1"]])
def test_values_at_the_bounds_are_taken(argv: list[str],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(argv, capsys)
    assert (code, err) == (0, "")
