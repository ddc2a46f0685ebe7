"""`phicompare all`'s last line: its time and pace agree, its counts agree with their nouns.

API review 15 (smaller notes): "one page written to ... in 0.0 s, 22 pages a second" (a pace
beside a time shown as nothing), and "1 pairs is more than --max-pairs 0".
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from phicompare.cli import main as cli_main
from phicompare.cli.all import timing


@pytest.mark.parametrize(("written", "seconds", "expected"), [
    (1, 0.046, "in 0.05 s"),  # one page: no pace, which would be its time turned over
    (1, 0.004, "in under 0.01 s"),
    (3, 0.004, "in under 0.01 s"),  # no pace beside a time too short to show
    (2, 0.046, "in 0.05 s, 40 pages a second"),  # the pace of the time shown
    (10, 0.5, "in 0.50 s, 20 pages a second"),
    (3_000, 12.34, "in 12.3 s, 244 pages a second"),
    (2, 12.0, "in 12.0 s, 0.2 pages a second"),
    (0, 3.0, "in 3.0 s"),
])
def test_the_time_and_pace_agree(written: int, seconds: float, expected: str) -> None:
    assert timing(written, seconds) == expected


def test_one_pair_over_the_cap_is_one_pair(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code = cli_main.main(["all", "--out", str(tmp_path / "x"), "--no-progress", "--models",
                          "phi-2,phi-4-mini", "--max-pairs", "0"], out=io.StringIO())
    assert code == 2
    err = capsys.readouterr().err
    assert "phicompare: 1 pair is more than --max-pairs 0; " in err, err
