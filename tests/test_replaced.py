"""A user's record that replaces a bundled record whole is named, with what it drops.

API review 14, A10 (models); API review 15, A4 (providers and benchmarks).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from phicompare import default_catalog
from phicompare.catalog.loader import bundled_files
from phicompare.catalog.replaced import dropped, dropped_fields, replaced_records
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
    [note] = replaced_records(mine)
    assert (note.file, note.path, note.value) == (str(mine), "models[0].id", "phi-2")
    assert note.message.startswith("replaces the bundled model whole")
    assert f"{len(bundled.scores)} scores" in note.message
    others = sum(route.provider != "fireworks" for route in bundled.routes)
    assert f"{others} route{'s' * (others > 1)} on other providers" in note.message
    assert f"aliases {', '.join(bundled.aliases)};" in note.message  # (microsoft/phi-2, ...)
    assert "context_window" in note.message
    assert "released" in note.message


def test_a_record_that_keeps_everything_gets_no_note(tmp_path: Path) -> None:
    """The bundled file copied with one price changed drops nothing: no note."""
    text = _bundled_file("phi-2.toml")
    assert "input = 0.10" in text
    (tmp_path / "phi-2.toml").write_text(text.replace("input = 0.10", "input = 0.08", 1),
                                         encoding="utf-8")
    assert replaced_records(tmp_path) == []


def test_a_new_model_replaces_nothing(tmp_path: Path) -> None:
    mine = tmp_path / "new.toml"
    mine.write_text(PRICE_ONLY.replace('"phi-2"', '"our-model"'), encoding="utf-8")
    assert replaced_records(mine) == []


def test_dropped_counts_only_what_is_missing() -> None:
    phi_2 = default_catalog().model("phi-2")
    assert dropped(phi_2, phi_2) == []


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
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


RENAMED = """\
[[providers]]
id = "openai"
name = "OpenAI (ours)"

[[benchmarks]]
id = "oll-ifeval"
name = "IFEval (ours)"
"""


def test_a_provider_or_benchmark_that_replaces_a_bundled_one_is_named(tmp_path: Path) -> None:
    """A4: renaming OpenAI drops its tier and vendors (GPT bills move to a cloud); relabelling a
    benchmark drops its items, metric and baseline (every interval on it becomes unknown)."""
    mine = tmp_path / "ours.toml"
    mine.write_text(RENAMED, encoding="utf-8")
    provider, benchmark = replaced_records(mine)
    assert (provider.path, provider.value) == ("providers[0].id", "openai")
    assert provider.message.startswith("replaces the bundled provider whole (records are not "
                                       "merged): it drops the bundled record's tier first-party; "
                                       "vendors OpenAI; url; copy what it should keep")
    assert (benchmark.path, benchmark.value) == ("benchmarks[0].id", "oll-ifeval")
    assert benchmark.message.startswith("replaces the bundled benchmark whole")
    for words in ("short_name OLL IFEval", "items 541", "metric normalized", "baseline 0.0",
                  "chance 0.0", "category instruction", "source", "description"):
        assert words in benchmark.message, words


def test_a_provider_or_benchmark_copied_whole_gets_no_note(tmp_path: Path) -> None:
    """The bundled record with only its name changed keeps everything: no note."""
    catalog = default_catalog()
    openai, ifeval = catalog.provider("openai"), catalog.benchmark("oll-ifeval")
    assert dropped_fields(openai, openai) == []
    assert dropped_fields(ifeval, ifeval) == []
    assert openai.tier is not None
    assert openai.vendors_checked is not None
    (tmp_path / "providers.toml").write_text(
        f'[[providers]]\nid = "openai"\nname = "OpenAI (ours)"\nurl = "{openai.url}"\n'
        f'tier = "{openai.tier.value}"\nvendors = ["OpenAI"]\n'
        f'vendors_source = "{openai.vendors_source}"\n'
        f"vendors_checked = {openai.vendors_checked.isoformat()}\n", encoding="utf-8")
    assert replaced_records(tmp_path) == []


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_validate_bundled_notes_a_replaced_provider_and_still_passes(tmp_path: Path) -> None:
    mine = tmp_path / "ours.toml"
    mine.write_text(RENAMED, encoding="utf-8")
    out = io.StringIO()
    assert cli_main.main(["validate", "--bundled", str(mine)], out=out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith(f"note: {mine}: providers[0].id = 'openai': replaces the bundled "
                               "provider whole")
    assert lines[1].startswith(f"note: {mine}: benchmarks[0].id = 'oll-ifeval': replaces")
    assert lines[-1] == "ok: one path valid"
