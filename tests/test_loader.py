"""The strict loader: each kind of broken catalog gives a clear problem (file, key, value)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from phicompare import CatalogError, default_catalog, load_catalog, validate_paths
from phicompare.catalog import loader
from phicompare.cli.main import main
from phicompare.exceptions import NO_VALUE, Problem

from .conftest import REFERENCE
from .helpers import CATALOG_HEADER, CURATED_PATHS, write_catalog

HEADER = CATALOG_HEADER

MODEL = """
[[models]]
id = "m1"
name = "Model One"
"""


write = write_catalog


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    assert isinstance(info.value, ValueError)
    return list(info.value.problems)


def only(path: Path) -> Problem:
    found = problems_of(path)
    assert len(found) == 1, found
    assert found[0].file == str(path)
    return found[0]


def test_valid_minimal_file_loads(tmp_path: Path) -> None:
    catalog = load_catalog(write(tmp_path, MODEL))
    assert [m.id for m in catalog] == ["m1"]
    assert catalog.provider("p1").name == "Provider One"


def test_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('schema = 1\n[[models]]\nid = "m1\n', encoding="utf-8")
    problem = only(path)
    assert "TOML syntax error at line 3, column" in problem.message


def test_unknown_key_suggests_the_near_miss(tmp_path: Path) -> None:
    path = write(tmp_path, MODEL + """
        [[models.routes]]
        provider = "p1"
        input = 0.1
        output = 0.2
        cached_input = 0.05
        source = "https://example.com/pricing"
        checked = 2026-11-20
    """)
    problem = only(path)
    assert problem.path == "models[0].routes[0].cached_input"
    assert problem.value == Decimal("0.05")
    assert "did you mean 'cache_read'?" in problem.message


def test_unknown_capability_suggests_spelling(tmp_path: Path) -> None:
    problem = only(write(tmp_path, MODEL + "[models.capabilities]\nvison = true\n"))
    assert problem.path == "models[0].capabilities.vison"
    assert "'vision'" in problem.message


def test_wrong_type_says_what_was_expected(tmp_path: Path) -> None:
    problem = only(write(tmp_path, MODEL + 'context_window = "128K"\n'))
    assert (problem.path, problem.value) == ("models[0].context_window", "128K")
    assert "expected a whole number, got a string" in problem.message


def test_a_string_is_not_a_list(tmp_path: Path) -> None:
    problem = only(write(tmp_path, MODEL + 'aliases = "m-one"\n'))
    assert problem.path == "models[0].aliases"
    assert "expected an array" in problem.message


@pytest.mark.parametrize("key", ["input", "output", "cache_read", "per_request"])
def test_negative_price_is_rejected(tmp_path: Path, key: str) -> None:
    prices = {"input": "0.1", "output": "0.2", key: "-0.5"}
    lines = "\n".join(f"{k} = {v}" for k, v in prices.items())
    problem = only(write(tmp_path, MODEL + f"""
[[models.routes]]
provider = "p1"
{lines}
source = "https://example.com"
checked = 2026-11-20
"""))
    assert problem.path == f"models[0].routes[0].{key}"
    assert problem.value == Decimal("-0.5")
    assert "negative" in problem.message


def test_route_naming_unknown_provider(tmp_path: Path) -> None:
    problem = only(write(tmp_path, MODEL + """
[[models.routes]]
provider = "p2"
input = 0.1
output = 0.2
source = "https://example.com"
checked = 2026-11-20
"""))
    assert (problem.path, problem.value) == ("models[0].routes[0].provider", "p2")
    assert "unknown provider" in problem.message


def test_score_naming_unknown_benchmark(tmp_path: Path) -> None:
    problem = only(write(tmp_path, MODEL + '[[models.scores]]\nbenchmark = "b11"\nscore = 50\n'))
    assert (problem.path, problem.value) == ("models[0].scores[0].benchmark", "b11")
    assert "did you mean 'b1'?" in problem.message


def test_score_outside_range(tmp_path: Path) -> None:
    problem = only(write(tmp_path, MODEL + '[[models.scores]]\nbenchmark = "b1"\nscore = 101\n'))
    assert (problem.path, problem.value) == ("models[0].scores[0].score", 101)
    assert "range 0 to 100" in problem.message


def test_duplicate_id_within_one_file(tmp_path: Path) -> None:
    problem = only(write(tmp_path, MODEL + MODEL))
    assert (problem.path, problem.value) == ("models[1].id", "m1")
    assert "duplicate id" in problem.message


def test_alias_taken_by_another_model_in_another_file(tmp_path: Path) -> None:
    first = write(tmp_path, MODEL + 'aliases = ["one"]\n', "a.toml")
    second = write(tmp_path, '[[models]]\nid = "m2"\nname = "Two"\naliases = ["O-N-E"]\n', "b.toml")
    with pytest.raises(CatalogError) as info:
        load_catalog(first, second)
    (problem,) = info.value.problems
    assert problem.file == str(second)
    assert (problem.path, problem.value) == ("models[0].aliases[0]", "O-N-E")
    assert "already an alias of model 'm1'" in problem.message


def test_alias_equal_to_another_models_id(tmp_path: Path) -> None:
    path = write(tmp_path, MODEL + '[[models]]\nid = "m2"\nname = "Two"\naliases = ["M 1"]\n')
    problem = only(path)
    assert "already the id of model 'm1'" in problem.message


@pytest.mark.parametrize("missing", ["source", "checked"])
def test_route_price_needs_source_and_checked(tmp_path: Path, missing: str) -> None:
    fields = {"source": '"https://example.com"', "checked": "2026-11-20"}
    del fields[missing]
    lines = "\n".join(f"{k} = {v}" for k, v in fields.items())
    problem = only(write(tmp_path, MODEL + f"""
[[models.routes]]
provider = "p1"
input = 0.1
output = 0.2
{lines}
"""))
    assert problem.path == f"models[0].routes[0].{missing}"
    assert problem.value is NO_VALUE
    assert "missing required key" in problem.message


def test_all_problems_of_a_file_are_reported_together(tmp_path: Path) -> None:
    path = write(tmp_path, MODEL + """
context_window = -1
released = "2024"
[models.capabilities]
vison = true
[[models.scores]]
benchmark = "nope"
score = 1
""")
    paths = {p.path for p in problems_of(path)}
    assert paths == {"models[0].context_window", "models[0].released",
                     "models[0].capabilities.vison", "models[0].scores[0].benchmark"}


def test_problems_in_several_files_are_all_reported(tmp_path: Path) -> None:
    a = write(tmp_path, MODEL + "context_window = -1\n", "a.toml")
    b = write(tmp_path, '[[models]]\nid = "m2"\nname = "Two"\nlicence = "MIT"\n', "b.toml")
    with pytest.raises(CatalogError) as info:
        load_catalog(a, b)
    assert {p.file for p in info.value.problems} == {str(a), str(b)}
    assert "did you mean 'license'?" in str(info.value)


def test_failed_load_leaves_loaded_catalog_untouched(tmp_path: Path) -> None:
    good = load_catalog(write(tmp_path, MODEL, "good.toml"))
    before = good.model("m1")
    with pytest.raises(CatalogError):
        load_catalog(write(tmp_path, MODEL, "good.toml"), write(tmp_path, "x = 1\n", "bad.toml"))
    assert good.model("m1") is before
    assert len(good) == 1


def test_later_file_overrides_record_with_same_id(tmp_path: Path) -> None:
    a = write(tmp_path, MODEL + "context_window = 2048\n", "a.toml")
    b = tmp_path / "b.toml"
    b.write_text('[[models]]\nid = "m1"\nname = "Model One v2"\n[[models]]\nid = "m3"\n'
                 'name = "Three"\n', encoding="utf-8")
    catalog = load_catalog(a, b)
    assert catalog.model("m1").name == "Model One v2"
    assert catalog.model("m1").context_window is None  # replaced whole, not merged
    assert [m.id for m in catalog] == ["m1", "m3"]


def test_folder_loads_toml_files_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    write(tmp_path, MODEL, "b.toml")
    (tmp_path / "sub" / "a.toml").write_text('[[models]]\nid = "m1"\nname = "Last"\n',
                                             encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    assert load_catalog(tmp_path).model("m1").name == "Last"


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    problem = only(tmp_path / "nope.toml")
    assert problem.message == "no such file or folder"


def test_unsupported_schema(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text("schema = 2\n", encoding="utf-8")
    assert "schema = 1" in only(path).message


def test_unknown_top_level_key(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text('schema = 1\n[[model]]\nid = "x"\n', encoding="utf-8")
    problem = only(path)
    assert (problem.path, "did you mean 'models'?" in problem.message) == ("model", True)


def test_bundled_only_when_asked(tmp_path: Path) -> None:
    path = write(tmp_path, MODEL)
    assert "phi-2" not in load_catalog(path)
    assert "phi-2" in load_catalog(path, bundled=True)


@pytest.mark.parametrize("files", [
    [("broken.toml", "[[models]\n")],
    [("bytes.toml", b"\xff\xfe\x00")],
    [("broken.toml", "id = \n"), ("also.toml", "[[[x")],
    [("nope.toml", None)],
])
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_given_files_that_do_not_parse_fail_as_a_whole_load_would(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        files: list[tuple[str, str | bytes | None]]) -> None:
    paths = []
    for name, text in files:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        elif text is not None:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    whole = validate_paths(*paths, bundled=True)  # every file read, the bundled ones first
    monkeypatch.setattr(loader, "bundled_files", lambda: pytest.fail("bundled files read"))
    with pytest.raises(CatalogError) as info:
        load_catalog(*paths, bundled=True)
    assert whole
    assert list(info.value.problems) == whole


def test_a_given_file_that_parses_is_checked_against_the_bundled_files(tmp_path: Path) -> None:
    broken = write(tmp_path, "[[models]\n", "broken.toml")
    clash = write(tmp_path, '[[models]]\nid = "mine"\nname = "Mine"\naliases = ["phi-2"]\n',
                  "clash.toml")
    with pytest.raises(CatalogError) as info:
        load_catalog(broken, clash, bundled=True)
    assert [p.file for p in info.value.problems] == [str(broken), str(clash)]
    assert "already the id of bundled model 'phi-2'" in str(info.value)


def test_default_catalog_is_parsed_once() -> None:
    assert default_catalog() is default_catalog()


def test_bundled_catalog_is_valid_even_strictly() -> None:
    assert validate_paths(bundled=True) == []
    # Strict checks are for the curated layer: the imported one holds its sources' figures as
    # given (a reseller's route may claim a longer context than the model's own page).
    strict = validate_paths(*CURATED_PATHS, strict=True, today=dt.date(2026, 12, 3),
                            max_age_days=3650)
    # the undated scores are counted in tests/test_bundled.py (review 29, F6)
    assert [str(p) for p in strict if "no provider route" not in p.message
            and "no benchmark score" not in p.message
            and not p.message.startswith("a score needs a `checked` date")] == []


def test_strict_flags_stale_and_oversized(tmp_path: Path) -> None:
    path = write(tmp_path, MODEL + """
context_window = 2048
sources = ["https://example.com/card"]
checked = 2020-01-01
[[models.routes]]
provider = "p1"
input = 0.1
output = 0.2
context_window = 4096
source = "https://example.com"
checked = 2026-11-20
""")
    found = validate_paths(path, strict=True, today=dt.date(2026, 11, 25))
    messages = {p.path: p.message for p in found}
    assert "checked more than 365 days ago" in messages["models[0].checked"]
    assert "exceeds the model's own context window" in messages[
        "models[0].routes[0].context_window"]
    assert "no benchmark score" in messages["models[0].scores"]


def test_reference_fixture_loads_as_the_page_states_it() -> None:
    catalog = load_catalog(REFERENCE)
    phi2, mini = catalog.model("phi-2"), catalog.model("phi-4-mini")
    assert phi2.context_window is None
    assert mini.context_window is None
    assert (len(phi2.routes), len(mini.routes)) == (5, 3)
    assert mini.released == dt.date(2024, 12, 13)  # the page's (wrong) date, kept as stated


def test_default_catalog_equals_a_fresh_parse_of_the_toml() -> None:
    """Whether read on demand (its index) or parsed whole, the bundled catalog is the same."""
    whole, shelved = load_catalog(bundled=True), default_catalog()
    assert shelved.shelf is not None
    assert (shelved.models, shelved.providers, shelved.benchmarks) == (
        whole.models, whole.providers, whole.benchmarks)


def test_domain_rejects_float_money() -> None:
    """No float reaches a money value, even when records are built in code."""
    from phicompare import ProviderRoute

    with pytest.raises(TypeError, match=r"Decimal\('0.05'\)"):
        ProviderRoute(provider="p", input=0.05, output=Decimal("0.1"),  # type: ignore[arg-type]
                      source="https://example.com", checked=dt.date(2026, 11, 25))


def test_strict_flags_a_first_party_provider_without_vendors(tmp_path: Path) -> None:
    """A first-party provider that lists no ``vendors`` is no model's maker: strict says so, at
    its tier, in the file that defines it; one that lists them, or another tier, is not flagged."""
    path = write(tmp_path, """
[[providers]]
id = "lab"
name = "Lab API"
tier = "first-party"

[[providers]]
id = "maker"
name = "Maker API"
tier = "first-party"
vendors = ["Maker"]
vendors_source = "https://maker.example/docs/models"
vendors_checked = 2026-11-20

[[providers]]
id = "host"
name = "Host"
tier = "reseller"
""")
    found = [str(p) for p in validate_paths(path, strict=True, today=dt.date(2026, 11, 25))
             if ".tier" in p.path or ".vendors" in p.path]
    assert found == [(f"{path}: providers[1].tier = 'first-party': a first-party provider "
                      "without `vendors` is no model's maker (its routes count as a "
                      "reseller's); list the vendors whose models it makes, as the models name "
                      "their vendor (vendors = [\"Acme\"]), or give it another tier")]
    assert validate_paths(path, today=dt.date(2026, 11, 25)) == []  # not an error: strict only


def test_strict_vendors_check_on_the_command_line(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """``phicompare validate --strict`` prints the problem with its file, key path and value."""
    path = write(tmp_path, """
[[providers]]
id = "lab"
name = "Lab API"
tier = "first-party"
""", header="schema = 1\n")
    assert main(["validate", str(path)]) == 0
    capsys.readouterr()
    assert main(["validate", "--strict", str(path)]) == 1
    said = capsys.readouterr().out
    assert f"{path}: providers[0].tier = 'first-party': a first-party provider without " in said

def test_one_benchmark_under_two_ids_is_a_problem_validate_lists(tmp_path: Path) -> None:
    """Review 10, I3: two ids whose names match once case, spaces and punctuation are set aside
    are one benchmark filed twice; ``validate`` lists the second. A load still reads both (two
    ids are two benchmarks to it), as it reads what ``--strict`` flags."""
    path = write(tmp_path, """
        [[benchmarks]]
        id = "b2"
        name = "Other"
        short_name = "bench-one"
        [[benchmarks]]
        id = "b3"
        name = "HumanEval+"
        [[benchmarks]]
        id = "b4"
        name = "HumanEval"
        """)
    (problem,) = validate_paths(path)
    assert (problem.path, problem.value) == ("benchmarks[1].short_name", "bench-one")
    assert problem.message.startswith("names the same benchmark as id 'b1' (its name 'Bench One')")
    assert [b.id for b in load_catalog(path).benchmarks] == ["b1", "b2", "b3", "b4"]


def test_a_score_whose_setting_states_a_split_of_its_own_is_a_problem_validate_lists(
        tmp_path: Path) -> None:
    """Review 11, K4: a ``gpqa`` score (the split unstated) whose setting states the Diamond
    split is the ``gpqa-diamond`` benchmark's: under ``gpqa`` it never compares with the Diamond
    scores; ``validate`` says where to score it. A setting naming no split is no problem."""
    path = write(tmp_path, MODEL + """
        [[models.scores]]
        benchmark = "gpqa"
        score = 50
        setting = "Diamond, 0-shot"
        [[models.scores]]
        benchmark = "gpqa"
        score = 40
        setting = "Main, 5-shot CoT"
        """)
    (problem,) = validate_paths(path, bundled=True)
    assert (problem.path, problem.value) == ("models[0].scores[0].setting", "Diamond, 0-shot")
    assert problem.message.startswith("states the Diamond split, benchmark 'gpqa-diamond'")
    assert len(load_catalog(path, bundled=True).model("m1").scores) == 2
