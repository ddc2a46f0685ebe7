"""An empty catalog path is an error, never "the current folder" (API review 14, A4).

``--catalog "$MY_MODELS"`` with the variable unset walked whatever folder the command ran in
(7 s in /tmp, then a symlink-loop problem), or loaded a project's ``pyproject.toml``.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from phicompare import load_catalog, validate_paths
from phicompare.cli.main import main
from phicompare.exceptions import CatalogError

_EMPTY = "'': an empty path names no file or folder (an unset variable?)"


@pytest.fixture
def in_a_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current folder holds a TOML file that is no catalog, as a project's would."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.usefixtures("in_a_project")
@pytest.mark.parametrize("bundled", [False, True])
def test_load_catalog_refuses_an_empty_path(bundled: bool) -> None:
    with pytest.raises(CatalogError) as caught:
        load_catalog("", bundled=bundled)
    assert [str(p) for p in caught.value.problems] == [_EMPTY]


@pytest.mark.usefixtures("in_a_project")
def test_validate_paths_lists_it() -> None:
    assert [str(p) for p in validate_paths("")] == [_EMPTY]
    assert [str(p) for p in validate_paths(Path(""))] != [_EMPTY]  # Path("") is "." itself


@pytest.mark.usefixtures("in_a_project")
@pytest.mark.parametrize("argv", [
    ["phi-2", "phi-4-mini", "--catalog", ""],
    ["list", "--catalog", ""],
    ["pick", "--catalog", ""],
    ["show", "phi-2", "--catalog", "", "--catalog", "models-dev:x"],
])
def test_the_cli_says_empty_path_and_exits_2(argv: list[str],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    status = main(argv, out=io.StringIO())
    err = capsys.readouterr().err
    assert status == 2
    assert err == "phicompare: --catalog: empty path (an unset variable?)\n"
    assert os.listdir(".") == ["pyproject.toml"]
