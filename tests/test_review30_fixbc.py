"""Review 30's F6, F9 and F10 (helper fixBC); F8 is tested in test_related_day and test_in_use.

F6: a mistyped command alone (`phicompare lst`) read as a comparison of one model, and with its
own options (`phicompare pik --limit 3`) as unrecognized arguments; `all --models phi-2,phi-2`
said "got 'phi-2'". F9: `pick --min-context 128K` counted a listing above the model's own
context. F10: `to_markdown(sections=[])`'s error read "no section named (none leaves only ...)".
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from phicompare import default_catalog
from phicompare.analysis.recommend import recommend
from phicompare.analysis.requirements import Fit, RequirementKind
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
                   "two or more models\n")
    assert not (tmp_path / "d").exists()


def test_a_listing_above_the_models_own_window_meets_no_minimum_context() -> None:
    """F9: `pick --as-of 2024-06-01 --requires function_calling --min-context 128K` ranked
    Hermes 2 Pro Llama 3 8B first on Helicone's 131,072-token listing, above its own 8,192."""
    hermes = default_catalog().model("hermes-2-pro-llama-3-8b")
    assert hermes.context_window == 8_192
    assert {r.provider: r.context_window for r in hermes.routes}["helicone"] == 131_072
    r = recommend(requires=["function_calling"], min_context=131_072,
                  as_of=dt.date(2024, 6, 1), explain_rejected=True)
    assert hermes.id not in [c.model.id for c in r.candidates]
    out = next(c for c in r.rejected if c.model.id == hermes.id)
    fit = next(ch for ch in out.checks if ch.requirement.kind is RequirementKind.MIN_CONTEXT)
    assert (fit.fit, fit.actual) == (Fit.NOT_MET, "8192")
    assert r.check() == []
