"""Review 34: what loading a user's catalog file says: short lines, pointing the right way."""

from __future__ import annotations

from pathlib import Path

import pytest

from phicompare.catalog.loader import validate_paths
from phicompare.cli.main import main


def test_a_huge_unknown_key_is_cut_as_a_value_is(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(f'[[models]]\nid = "m"\nname = "M"\n{"k" * 50_000} = 1\n', encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    [line] = capsys.readouterr().out.splitlines()
    assert len(line) < 400
    assert f"models[0].{'k' * 190}" in line
    assert "... (a key path of 50,010 characters) = 1: unknown key" in line


def test_the_catalog_options_hint_names_validate_bundled_and_the_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('[[models]]\nid = "m"\nname = ""\nparameters_b = -1\n', encoding="utf-8")
    assert main(["phi-2", "phi-4-mini", "--catalog", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.rstrip().endswith(f"(and one more problem: see `phicompare validate --bundled "
                                 f"{path}`)")


def test_plain_validate_says_once_that_a_file_uses_the_bundled_records(tmp_path: Path) -> None:
    scores = "".join(f'[[models.scores]]\nbenchmark = "mmlu"\nsetting = "{k}-shot"\nscore = 50\n'
                     for k in range(300))
    path = tmp_path / "mine.toml"
    path.write_text('[[models]]\nid = "m"\nname = "M"\n' + scores
                    + '[[models.scores]]\nbenchmark = "nope"\nscore = 1\n', encoding="utf-8")
    problems = validate_paths(path)
    assert [p.path for p in problems] == ["", "models[0].scores[300].benchmark"]
    assert problems[0].message.startswith(
        "300 scores and routes name benchmarks or providers that the bundled catalog defines, not "
        "the files given (mmlu): check it over the bundled catalog, as it loads: `phicompare "
        "validate --bundled ")
    assert validate_paths(path, bundled=True)[0].path == "models[0].scores[300].benchmark"
