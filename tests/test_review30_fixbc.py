"""Review 30's F6, F9 and F10 (helper fixBC); F8 is tested in test_related_day and test_in_use.

F6: a mistyped command alone (`phicompare lst`) read as a comparison of one model, and with its
own options (`phicompare pik --limit 3`) as unrecognized arguments; `all --models phi-2,phi-2`
said "got 'phi-2'". F9: `pick --min-context 128K` counted a listing above the model's own
context. F10: `to_markdown(sections=[])`'s error read "no section named (none leaves only ...)".
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from phicompare.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.mark.parametrize(("argv", "command"), [
    (["lst"], "list"), (["audt"], "audit"), (["pik", "--limit", "3"], "pick"),
    (["pik", "phi-2", "--limit", "3"], "pick")])
def test_a_mistyped_command_alone_or_with_its_options_suggests_the_command(
        capsys: pytest.CaptureFixture[str], argv: list[str], command: str) -> None:
    code, out, err = _run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err == (f"phicompare: unknown model {argv[0]!r}; did you mean the command "
                   f"`phicompare {command}`?\n")


def test_a_known_model_alone_and_a_model_with_unknown_options_keep_their_lines(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "phi-2")[2] == (
        "phicompare: a comparison needs two or more models, got only 'phi-2' "
        "(`phicompare show phi-2` shows one model)\n")
    assert _run(capsys, "phi-2", "--limit", "3")[2] == (
        "phicompare: unrecognized arguments: --limit 3 (see `phicompare --help`)\n")
    # an unknown lone name near no command: the model's did-you-mean, not `phicompare show`
    code, _, err = _run(capsys, "phi-5")
    assert code == 2
    assert err.startswith("phicompare: unknown model 'phi-5'; did you mean ")
    assert "show" not in err


def test_one_model_named_twice_says_it_names_one_model(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "all", "--out", str(tmp_path / "d"), "--models", "phi-2,phi-2")
    assert code == 2
    assert err == ("phicompare: --models names one model, 'phi-2', twice; a comparison needs "
                   "two or more\n")
    assert not (tmp_path / "d").exists()
