"""A file given as the output folder is a typed error before anything is written (review 40).

``write_site("notes.toml", ...)`` raised a bare ``FileExistsError`` from ``mkdir``, and
``compare_all(out_dir="notes.toml/sub", ...)`` a ``NotADirectoryError``; the CLI's ``--out``
already said "is a file, not a folder".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from phicompare import ArgumentError, compare_all, write_site

PAIRS = [("phi-2", "phi-4-mini")]


@pytest.mark.parametrize("under", ["", "pages", "pages/deeper"])
def test_compare_all_refuses_a_file_as_its_folder(tmp_path: Path, under: str) -> None:
    file = tmp_path / "notes.toml"
    file.write_text("kept", encoding="utf-8")
    out = file / under if under else file
    with pytest.raises(ArgumentError, match=r"compare_all: out_dir .* is a file, not a folder"):
        list(compare_all(pairs=PAIRS, format="md", out_dir=out))
    assert file.read_text(encoding="utf-8") == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.toml"]


@pytest.mark.parametrize("under", ["", "site"])
def test_write_site_refuses_a_file_as_its_folder(tmp_path: Path, under: str) -> None:
    file = tmp_path / "notes.toml"
    file.write_text("kept", encoding="utf-8")
    out = file / under if under else file
    with pytest.raises(ArgumentError, match=r"write_site: out_dir .* is a file, not a folder"):
        write_site(out, pairs=PAIRS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.toml"]


def test_a_folder_that_does_not_exist_yet_is_still_made(tmp_path: Path) -> None:
    out = tmp_path / "new" / "pages"
    results = list(compare_all(pairs=PAIRS, format="md", out_dir=out))
    assert [r.error for r in results] == [None]
    assert any(out.iterdir())
