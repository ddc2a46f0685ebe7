"""Review 31's #6 (helper fixBF): `phicompare all --models` with a model named twice.

`--models phi-2,phi-2` said "a comparison needs two or more" (no noun); `--models
phi-2,microsoft/phi-2` said "'phi-2', twice" of two names typed differently; `--models
phi-2,phi-4-mini,phi-2` dropped the repeat without a word and wrote "1 of 1 pairs". Each is now
refused (exit 2) before anything is written, as `phicompare phi-2 phi-4-mini phi-2` is, and
names typed differently are said as `compare` says them.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from phicompare.cli.main import main


def _refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, *argv: str) -> str:
    out_dir = tmp_path / "d"
    code = main(["all", "--out", str(out_dir), *argv], out=io.StringIO())
    err = capsys.readouterr().err
    assert code == 2
    assert not out_dir.exists()
    return err


_NONE = "a comparison needs two or more models"
_ONCE = "name each model once"
_SAME = "'phi-2' and 'microsoft/phi-2' are one model (phi-2)"


@pytest.mark.parametrize(("models", "said"), [
    ("phi-2,phi-2", f"--models names one model, 'phi-2', twice; {_NONE}"),
    ("phi-2,phi-2,phi-2", f"--models names one model, 'phi-2', 3 times; {_NONE}"),
    ("phi-2,microsoft/phi-2", f"--models: {_SAME}; {_NONE}"),
    ("phi-2,phi-4-mini,phi-2", f"--models names 'phi-2' twice; {_ONCE}"),
    ("phi-2,phi-4-mini,microsoft/phi-2", f"--models: {_SAME}; {_ONCE}"),
])
def test_a_model_named_twice_in_models_is_refused_by_name(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, models: str, said: str) -> None:
    assert _refused(capsys, tmp_path, "--models", models) == f"phicompare: {said}\n"


def test_the_refusal_says_what_compare_says_of_the_same_names(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`phicompare phi-2 phi-4-mini microsoft/phi-2` refuses the repeat; so does `all`."""
    assert main(["phi-2", "phi-4-mini", "microsoft/phi-2"], out=io.StringIO()) == 2
    compared = capsys.readouterr().err
    assert _SAME in compared
    assert _SAME in _refused(capsys, tmp_path, "--models", "phi-2,phi-4-mini,microsoft/phi-2")


def test_a_vendor_with_a_model_named_twice_is_refused_too(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    err = _refused(capsys, tmp_path, "--models", "phi-2,phi-4-mini,phi-2", "--vendor",
                   "microsoft")
    assert err == "phicompare: --models names 'phi-2' twice; name each model once\n"


@pytest.mark.parametrize(("models", "said"), [
    ("phi-2,phi-2", f"--models names 'phi-2' twice; {_ONCE}"),
    ("phi-2,phi-4-mini,microsoft/phi-2", f"--models: {_SAME}; {_ONCE}"),
])
def test_site_refuses_a_model_named_twice_too(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, models: str, said: str) -> None:
    """`site --models phi-2,phi-2` dropped the repeat silently; a site of one model is fine."""
    out_dir = tmp_path / "site"
    assert main(["site", "--out", str(out_dir), "--models", models], out=io.StringIO()) == 2
    assert capsys.readouterr().err == f"phicompare: {said}\n"
    assert not out_dir.exists()
    assert main(["site", "--out", str(out_dir), "--models", "phi-2"], out=io.StringIO()) == 0
    assert (out_dir / "index.html").exists()
