"""An empty output path is an error, never "the current folder" (API review 15, A1).

``site --out "$SITE_DIR"`` with the variable unset wrote a site into the folder the command ran
in; ``--plot ""`` wrote nothing and said nothing; ``compare_all(out_dir="")`` and
``write_site("")`` wrote into the process's working folder. ``--catalog ""`` was refused already.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from phicompare import compare_all, write_site
from phicompare.cli.main import main
from phicompare.exceptions import ArgumentError


@pytest.fixture
def in_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current folder holds one file of its own."""
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.usefixtures("in_a_folder")
@pytest.mark.parametrize(("argv", "option"), [
    (["site", "--out", "", "--models", "phi-2,phi-4", "--no-progress"], "--out"),
    (["all", "--out", "", "--models", "phi-2,phi-4", "--no-progress"], "--out"),
    (["phi-2", "phi-4-mini", "--plot", ""], "--plot"),
    (["phi-2", "phi-4-mini", "-o", ""], "--output"),
    (["phi-2", "phi-4-mini", "--output", ""], "--output"),
])
def test_the_cli_says_empty_path_and_exits_2(argv: list[str], option: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    status = main(argv, out=out)
    err = capsys.readouterr().err
    assert (status, err) == (2, f"phicompare: {option}: empty path (an unset variable?)\n")
    assert out.getvalue() == ""  # no page printed either
    assert os.listdir(".") == ["notes.txt"]


@pytest.mark.usefixtures("in_a_folder")
def test_compare_all_refuses_an_empty_out_dir() -> None:
    with pytest.raises(ArgumentError, match=r"^compare_all: out_dir is an empty path "
                                            r"\(an unset variable\?\)$"):
        compare_all(pairs=[("phi-2", "phi-4")], out_dir="", format="md")
    assert os.listdir(".") == ["notes.txt"]


@pytest.mark.usefixtures("in_a_folder")
@pytest.mark.parametrize("out_dir", ["", None, 5])
def test_write_site_refuses_an_empty_or_wrong_out_dir(out_dir: object) -> None:
    expected = ("write_site: out_dir is an empty path (an unset variable?)" if out_dir == ""
                else "write_site: out_dir is a folder's path (a str or an os.PathLike), got ")
    with pytest.raises(ArgumentError) as caught:
        write_site(out_dir, pairs=[("phi-2", "phi-4")])  # type: ignore[arg-type]
    assert str(caught.value).startswith(expected)
    assert os.listdir(".") == ["notes.txt"]


def test_a_path_object_of_the_current_folder_is_still_a_folder(tmp_path: Path) -> None:
    """``Path("")`` is ``Path(".")``: the caller named the current folder, so it is written."""
    results = list(compare_all(pairs=[("phi-2", "phi-4")], out_dir=tmp_path / "", format="md"))
    assert results[0].ok
