"""A user's record that replaces a bundled model whole is named, with what it drops.

API review 14, A10.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from phicompare import default_catalog
from phicompare.catalog.loader import bundled_files
from phicompare.catalog.replaced import dropped, replaced_models
from phicompare.cli import main as cli_main

PRICE_ONLY = """\
[[models]]
id = "phi-2"
name = "Phi-2 (ours)"

[[models.routes]]
provider = "fireworks"
input = 0.05
output = 0.05
source = "https://example.com/our-contract"
checked = 2026-11-01
"""


def _bundled_file(name: str) -> str:
    [found] = [f for f in bundled_files() if f.name == name]
    return found.read_text(encoding="utf-8")


def test_a_price_only_record_is_named_with_all_it_drops(tmp_path: Path) -> None:
    """The scores, the other routes, the alias and the facts the record leaves out."""
    mine = tmp_path / "ours.toml"
    mine.write_text(PRICE_ONLY, encoding="utf-8")
    bundled = default_catalog().model("phi-2")
    [note] = replaced_models(mine)
    assert (note.file, note.path, note.value) == (str(mine), "models[0].id", "phi-2")
    assert note.message.startswith("replaces the bundled model whole")
    assert f"{len(bundled.scores)} scores" in note.message
    others = sum(route.provider != "fireworks" for route in bundled.routes)
    assert f"{others} route{'s' * (others > 1)} on other providers" in note.message
    assert "alias microsoft/phi-2" in note.message
    assert "context_window" in note.message
    assert "released" in note.message


def test_a_record_that_keeps_everything_gets_no_note(tmp_path: Path) -> None:
    """The bundled file copied with one price changed drops nothing: no note."""
    text = _bundled_file("phi-2.toml")
    assert "input = 0.10" in text
    (tmp_path / "phi-2.toml").write_text(text.replace("input = 0.10", "input = 0.08", 1),
                                         encoding="utf-8")
    assert replaced_models(tmp_path) == []


def test_a_new_model_replaces_nothing(tmp_path: Path) -> None:
    mine = tmp_path / "new.toml"
    mine.write_text(PRICE_ONLY.replace('"phi-2"', '"our-model"'), encoding="utf-8")
    assert replaced_models(mine) == []


def test_dropped_counts_only_what_is_missing() -> None:
    phi_2 = default_catalog().model("phi-2")
    assert dropped(phi_2, phi_2) == []


def test_validate_bundled_prints_the_note_and_still_passes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A note is not a problem: exit 0, the note before the verdict; alone, no note."""
    mine = tmp_path / "ours.toml"
    mine.write_text(PRICE_ONLY, encoding="utf-8")
    out = io.StringIO()
    assert cli_main.main(["validate", "--bundled", str(mine)], out=out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith(f"note: {mine}: models[0].id = 'phi-2': replaces the bundled")
    assert lines[-1] == "ok: one path valid"
    capsys.readouterr()
