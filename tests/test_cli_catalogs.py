"""Catalog precedence on the command line and in the API, and ``validate --bundled``."""

from __future__ import annotations

import io
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from phicompare import default_catalog, load_catalog
from phicompare.cli.main import main
from phicompare.cli.options import load_catalogs
from phicompare.exceptions import PhicompareError
from phicompare.importers import from_models_dev, merge

BUNDLED_CONTEXT = 131072  # phi-4-mini's context window in the bundled (curated) catalog
IMPORTED_CONTEXT = 8192  # the models.dev tree below
MINE_CONTEXT = 65536  # the user's own file below


def _tree(root: Path) -> Path:
    """A one-route models.dev tree that disagrees with the bundled Phi-4 Mini."""
    models = root / "md" / "providers" / "acme" / "models"
    models.mkdir(parents=True)
    (root / "md" / "providers" / "acme" / "provider.toml").write_text('name = "Acme Cloud"\n')
    (models / "phi-4-mini-instruct.toml").write_text(textwrap.dedent("""\
        name = "Phi-4-mini-instruct"
        release_date = "2024-12-11"
        [cost]
        input = 0.5
        output = 1
        [limit]
        context = 8192
        output = 1024
        """))
    return root / "md"


def _mine(root: Path) -> Path:
    """The user's own folder: a Phi-4 Mini record naming a bundled provider and benchmark."""
    folder = root / "my-models"
    folder.mkdir()
    (folder / "mine.toml").write_text(textwrap.dedent(f"""\
        schema = 1
        [[models]]
        id = "phi-4-mini"
        name = "Phi-4 Mini (mine)"
        context_window = {MINE_CONTEXT}
        [[models.scores]]
        benchmark = "mmlu"
        score = 60.0
        [[models.routes]]
        provider = "azure-foundry"
        input = 0.1
        output = 0.2
        source = "https://example.com/prices"
        checked = 2026-11-01
        """))
    return folder


REPLACED = ("phicompare: --catalog: your files replace one bundled record whole (records are "
            "not merged): model 'phi-4-mini' ({}); `phicompare validate --bundled FILE` names "
            "what each drops\n")
"""The note on standard error when the user's ``mine.toml`` is given (``cli/replacements.py``)."""


def _show(capsys: pytest.CaptureFixture[str], *argv: str, err: str = "") -> dict[str, Any]:
    out = io.StringIO()
    code = main(["show", "phi-4-mini", "--format", "json", *argv], out=out)
    assert (code, capsys.readouterr().err) == (0, err)
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


def test_curated_bundled_data_wins_over_an_import(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    shown = _show(capsys, "--catalog", f"models-dev:{_tree(tmp_path)}")
    assert (shown["name"], shown["context_window"]) == ("Phi-4 Mini", BUNDLED_CONTEXT)
    assert "Phi-4-mini-instruct" in shown["aliases"]
    assert any(r["provider"] == "acme" for r in shown["routes"])  # the import's route is added


def test_prefer_imports_puts_the_import_first(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    shown = _show(capsys, "--catalog", f"models-dev:{_tree(tmp_path)}", "--prefer", "imports")
    assert (shown["name"], shown["context_window"]) == ("Phi-4-mini-instruct", IMPORTED_CONTEXT)


@pytest.mark.parametrize("prefer", ["curated", "imports"])
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_the_users_own_file_wins_over_both(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           prefer: str) -> None:
    """The README's line: own folder plus an import, the folder naming a bundled benchmark."""
    mine = _mine(tmp_path)
    shown = _show(capsys, "--catalog", str(mine),
                  "--catalog", f"models-dev:{_tree(tmp_path)}", "--prefer", prefer,
                  err=REPLACED.format(mine / "mine.toml"))
    assert (shown["name"], shown["context_window"]) == ("Phi-4 Mini (mine)", MINE_CONTEXT)
    assert next(s["benchmark"] for s in shown["scores"]) == "mmlu"


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_compare_takes_the_readme_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    mine = _mine(tmp_path)
    code = main(["phi-2", "phi-4-mini", "--catalog", str(mine),
                 "--catalog", f"models-dev:{_tree(tmp_path)}", "--format", "md"], out=out)
    assert (code, capsys.readouterr().err) == (0, REPLACED.format(mine / "mine.toml"))
    assert out.getvalue().startswith("# Phi-2 vs Phi-4 Mini (mine)")


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_merge_order_is_the_precedence(tmp_path: Path) -> None:
    """The Python API: the first catalog given to merge() wins, field by field."""
    imported = from_models_dev(_tree(tmp_path))
    mine = load_catalog(_mine(tmp_path), bundled=True)
    assert merge([default_catalog(), imported]).model("phi-4-mini").context_window == \
        BUNDLED_CONTEXT
    assert merge([imported, default_catalog()]).model("phi-4-mini").context_window == \
        IMPORTED_CONTEXT
    assert merge([mine, imported]).model("phi-4-mini").context_window == MINE_CONTEXT


def test_plain_files_alone_replace_bundled_records(tmp_path: Path) -> None:
    catalog = load_catalogs([str(_mine(tmp_path))])
    assert catalog.model("phi-4-mini").context_window == MINE_CONTEXT
    assert catalog.model("phi-2").id == "phi-2"


def test_an_unknown_prefer_value_is_a_usage_error() -> None:
    with pytest.raises(PhicompareError, match="--prefer: 'both' is not one of curated, imports"):
        load_catalogs(["x.toml"], prefer="both")


def test_prefer_is_checked_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--prefer", "both"], out=io.StringIO()) == 2
    assert "invalid choice: 'both'" in capsys.readouterr().err


# validate --bundled


def _validate(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = main(["validate", *argv], out=out)
    capsys.readouterr()
    return code, out.getvalue().splitlines()


def test_validate_bundled_accepts_what_catalog_accepts(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    mine = str(_mine(tmp_path))
    code, lines = _validate(capsys, "--bundled", mine)
    assert (code, lines[-1]) == (0, "ok: one path valid")
    # its phi-4-mini replaces the bundled record whole: a note, not a problem (API review 14, A10)
    assert [line.split(": ")[2:4] for line in lines[:-1]] == [[
        "models[0].id = 'phi-4-mini'", "replaces the bundled model whole (records are not merged)"]]
    code, lines = _validate(capsys, mine)
    assert code == 1
    # its scores and routes on the bundled benchmarks and providers: one line (review 34)
    file = f"{mine}/mine.toml"
    assert lines == [(f"{file}: 2 scores and routes name benchmarks or providers that the bundled "
                      "catalog defines, not the files given (azure-foundry, mmlu): check it over "
                      "the bundled catalog, as it loads: `phicompare validate --bundled "
                      f"{file}` (validate_paths(..., bundled=True))")]


def test_validate_without_bundled_gives_no_hint_for_a_name_nobody_defines(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.toml"
    path.write_text('schema = 1\n[[models]]\nid = "m"\nname = "M"\n'
                    '[[models.scores]]\nbenchmark = "nope"\nscore = 1\n')
    code, lines = _validate(capsys, str(path))
    assert code == 1
    assert lines == [(f"{path}: models[0].scores[0].benchmark = 'nope': unknown benchmark; "
                     "define it in [[benchmarks]]")]


def test_catalog_doc_sample_errors_appear_as_documented(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/catalog.md's four sample errors, from one file validated over the bundled catalog."""
    doc = Path(__file__).parent.parent / "docs" / "catalog.md"
    if not doc.exists():
        pytest.skip("docs/ is not beside the tests (installed-wheel run)")
    text = doc.read_text(encoding="utf-8")
    block = text.split("## Errors", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    expected = block.splitlines()
    assert len(expected) == 4
    monkeypatch.chdir(tmp_path)
    Path("my.toml").write_text(textwrap.dedent("""\
        schema = 1
        [[models]]
        id = "my-model"
        name = "My model"
        aliases = ["phi-2"]
        [[models.scores]]
        benchmark = "mmlu"
        score = 60
        [[models.scores]]
        benchmark = "mmlu"
        setting = "0-shot"
        score = 150
        [[models.routes]]
        provider = "azure-foundry"
        cached_input = 0.1
        input = -0.5
        output = 1
        source = "https://example.com"
        checked = 2026-11-01
        """))
    code, lines = _validate(capsys, "--bundled", "my.toml")
    assert code == 1
    assert sorted(lines) == sorted(expected)


def test_validate_bundled_reports_only_the_users_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --strict, whatever the bundled files lack is the package's to fix, not the user's."""
    code, lines = _validate(capsys, "--bundled", "--strict", "--max-age", "36500",
                            str(_mine(tmp_path)))
    assert not any("phicompare/data" in line for line in lines)
    assert code == 1  # the user's own file is strict-checked: its model has no sources
    assert all(line.removeprefix("note: ").startswith(str(tmp_path)) for line in lines)


def test_validate_bundled_refuses_a_second_id_for_a_bundled_benchmark(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Review 10, I3: a benchmark the bundled catalog holds, defined again under another id
    ("MMMU (val)" as ``mmmu-val`` beside ``mmmu``), splits one benchmark's scores in two: a page
    then says a model has "no score" beside its score. ``validate`` names the first id."""
    path = tmp_path / "mine.toml"
    path.write_text(textwrap.dedent("""\
        schema = 1
        [[benchmarks]]
        id = "mmmu-v"
        name = "MMMU val"
        [[benchmarks]]
        id = "mmlu"
        name = "Massive Multitask Language Understanding"
        """))
    code, lines = _validate(capsys, "--bundled", str(path))
    assert code == 1
    assert lines[0] == (
        f"{path}: benchmarks[0].name = 'MMMU val': names the same benchmark as id 'mmmu' "
        "(its short name 'MMMU (val)') once case, spaces and punctuation are set aside; "
        "score it under 'mmmu', or name it apart")
    # the bare mmlu record replaces the bundled one whole: a note, not a problem (API review
    # 15, A4)
    assert len(lines) == 2
    assert lines[1].startswith(f"note: {path}: benchmarks[1].id = 'mmlu': replaces the bundled "
                               "benchmark whole")
