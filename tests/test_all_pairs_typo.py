"""``all --pairs A:TYPO`` refuses the typo before writing anything (API review 15, A6).

It wrote the other pages and a manifest, listed a failed pair and exited 1 (a worker's crash),
where ``all --models A,TYPO`` and ``site --pairs A:TYPO`` exit 2 with a did-you-mean.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from phicompare.cli.main import main

_TYPO = ("phicompare: unknown model 'phi-4-mimi'; did you mean 'phi-4-mini', 'phi-4' or "
         "'phi-3-mini-4k'?\n")


@pytest.mark.parametrize("argv", [
    ["all", "--pairs", "phi-2:phi-4-mimi,phi-2:phi-4"],
    ["all", "--pairs", "phi-2:phi-4,phi-4-mimi:phi-2"],
    ["all", "--models", "phi-2,phi-4-mimi"],
    ["site", "--pairs", "phi-2:phi-4-mimi"],
])
def test_a_typo_in_the_pairs_is_a_user_error(argv: list[str], tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "out"
    out = io.StringIO()
    status = main([*argv, "--out", str(folder), "--no-progress"], out=out)
    assert (status, capsys.readouterr().err) == (2, _TYPO)
    assert out.getvalue() == ""
    assert not folder.exists()


def test_pairs_named_by_alias_still_run(tmp_path: Path) -> None:
    """A pair's names are checked, not rewritten: the page keeps the names given."""
    out = io.StringIO()
    status = main(["all", "--pairs", "phi-2:Phi-4-mini-instruct", "--out", str(tmp_path),
                   "--no-progress"], out=out)
    assert status == 0, out.getvalue()
    assert [p.name for p in tmp_path.glob("phi-2--vs--phi-4-mini-instruct*.md")] != []
