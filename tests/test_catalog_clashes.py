"""Review 34: a user's catalog file beside the bundled one, checked as it loads.

A name the bundled catalog holds already is the user's file's problem, at its key, in
``validate --bundled`` and in a load alike; look-alike (full-width) names clash; suggestions inside
catalog files are the catalog's one rule; ``-0.0`` reads as 0.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from phicompare import compare, default_catalog, load_catalog
from phicompare.catalog.loader import validate_paths
from phicompare.cli.main import main
from phicompare.exceptions import CatalogError, Problem, UnknownModelError


def _file(tmp_path: Path, text: str, name: str = "mine.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _refused(path: Path) -> tuple[list[Problem], list[Problem]]:
    """The problems ``validate_paths(bundled=True)`` lists and those a load raises."""
    listed = validate_paths(path, bundled=True)
    with pytest.raises(CatalogError) as caught:
        load_catalog(path, bundled=True)
    return listed, list(caught.value.problems)


@pytest.mark.parametrize(("model_id", "owner", "file"), [
    ("phi-4-mini-instruct", "phi-4-mini", "data/models/phi-4-mini.toml"),
    ("claude_sonnet_4.5", "claude-sonnet-4-5", "data/imported/models/anthropic/"),
    ("claude-4.5-sonnet", "claude-sonnet-4-5", "data/imported/models/anthropic/"),
])
def test_an_id_that_is_a_bundled_alias_is_the_users_problem(
        tmp_path: Path, model_id: str, owner: str, file: str) -> None:
    path = _file(tmp_path, f'[[models]]\nid = "{model_id}"\nname = "Mine"\n')
    listed, raised = _refused(path)
    assert listed == raised  # validate says what the load says: never "ok" before a failure
    [problem] = listed
    assert (problem.file, problem.path, problem.value) == (str(path), "models[0].id", model_id)
    assert problem.message.startswith(f"already an alias of bundled model {owner!r} ({file}")


def test_the_command_line_names_the_users_file(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, '[[models]]\nid = "phi-4-mini-instruct"\nname = "Mine"\n')
    assert main(["validate", "--bundled", str(path)]) == 1
    assert main(["phi-2", "gpt-4o", "--catalog", str(path)]) == 2
    out, err = capsys.readouterr()
    expected = (f"{path}: models[0].id = 'phi-4-mini-instruct': already an alias of bundled model "
                "'phi-4-mini' (data/models/phi-4-mini.toml: models[0].aliases[1])")
    assert out.startswith(expected)
    assert f"\nphicompare: {expected}" in err


def test_a_full_width_id_is_a_look_alike_of_a_bundled_one(tmp_path: Path) -> None:
    path = _file(tmp_path, '[[models]]\nid = "ｐｈｉ-２"\nname = "Phi-2"\n')
    listed, raised = _refused(path)
    assert listed == raised
    [problem] = listed
    assert (problem.file, problem.path) == (str(path), "models[0].id")
    assert problem.message.startswith("names the same model as id 'phi-2' "
                                      "(data/models/phi-2.toml: models[0].id)")


def test_a_full_width_alias_is_a_look_alike_too(tmp_path: Path) -> None:
    path = _file(tmp_path, '[[models]]\nid = "mine"\nname = "Mine"\naliases = ["ＰＨＩ 2"]\n')
    listed, raised = _refused(path)
    assert listed == raised
    assert [p.path for p in listed] == ["models[0].aliases[0]"]


def test_a_provider_id_that_differs_only_in_case_and_dashes_is_refused(tmp_path: Path) -> None:
    path = _file(tmp_path, '[[providers]]\nid = "Azure_Foundry"\nname = "Mine"\n')
    listed, raised = _refused(path)
    assert listed == raised
    [problem] = listed
    assert (problem.path, problem.value) == ("providers[0].id", "Azure_Foundry")
    assert problem.message.startswith("names the same provider as id 'azure-foundry'")


def test_two_look_alike_providers_in_one_file(tmp_path: Path) -> None:
    path = _file(tmp_path, '[[providers]]\nid = "acme"\nname = "Acme"\n'
                 '[[providers]]\nid = "ＡＣＭＥ"\nname = "Acme again"\n')
    [problem] = validate_paths(path)
    assert (problem.path, problem.value) == ("providers[1].id", "ＡＣＭＥ")


def test_a_full_width_name_gets_a_suggestion() -> None:
    with pytest.raises(UnknownModelError) as caught:
        compare("ｐｈｉ-２", "phi-4-mini")
    assert caught.value.suggestions[0] == "phi-2"
    assert default_catalog().suggest("ｐｈｉ-２")[0] == "phi-2"


@pytest.mark.parametrize(("key", "value", "suggested"), [
    ("benchmark", "MMLU", "'mmlu'"),
    ("provider", "azure", "'azure-foundry'"),
    ("provider", "Microsoft Foundry", "'azure-foundry'"),
])
def test_a_name_in_a_catalog_file_gets_the_catalogs_suggestion(
        tmp_path: Path, key: str, value: str, suggested: str) -> None:
    table = ("[[models.scores]]\nbenchmark = \"{}\"\nscore = 50\n" if key == "benchmark" else
             "[[models.routes]]\nprovider = \"{}\"\ninput = 1\noutput = 1\n"
             "source = \"https://example.com\"\nchecked = 2026-11-20\n").format(value)
    path = _file(tmp_path, '[[models]]\nid = "mine"\nname = "Mine"\n' + table)
    listed, raised = _refused(path)
    assert listed == raised
    [problem] = listed
    assert f"(did you mean {suggested}" in problem.message


def test_a_narrower_benchmark_range_is_the_replacing_files_problem(tmp_path: Path) -> None:
    path = _file(tmp_path, '[[benchmarks]]\nid = "mmlu"\nname = "MMLU"\nmax_score = 1\n')
    listed, raised = _refused(path)
    assert listed == raised
    [problem] = listed  # one, at the user's key: not a line for each bundled score
    assert (problem.file, problem.path, problem.value) == (str(path), "benchmarks[0].max_score", 1)
    assert " scores of earlier files are above it (the highest " in problem.message


def test_negative_zero_reads_as_zero(tmp_path: Path) -> None:
    path = _file(tmp_path, '[[models]]\nid = "mine"\nname = "Mine"\n[[models.routes]]\n'
                 'provider = "azure-foundry"\ninput = -0.0\noutput = 0.4\n'
                 'source = "https://example.com"\nchecked = 2026-11-20\n')
    catalog = load_catalog(path, bundled=True)
    price = catalog.model("mine").routes[0].input
    assert price == 0
    assert not Decimal(price).is_signed()
    page = compare("mine", "phi-4-mini", catalog=catalog).to_markdown()
    assert "$-0" not in page
