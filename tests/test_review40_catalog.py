"""Review 40: a user catalog's empty sources, foreign models, future dates, ids, typo'd tables."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from phicompare import (
    CatalogError,
    Model,
    ProviderRoute,
    UnknownProviderError,
    compare,
    estimate,
    load_catalog,
)
from phicompare.catalog.loader import validate_paths

GOOD = """schema = 1

[[providers]]
id = "acme-cloud"
name = "Acme Cloud"
url = "https://acme.example/pricing"
tier = "reseller"

[[models]]
id = "acme-7b"
name = "Acme 7B"
vendor = "Acme"
released = 2026-03-01
context_window = 32768
license = "Apache-2.0"
sources = ["https://acme.example/acme-7b"]
checked = 2026-11-20

[models.capabilities]
function_calling = true

[[models.scores]]
benchmark = "mmlu"
score = 66.0
setting = "5-shot"
source = "https://acme.example/acme-7b"
checked = 2026-11-20

[[models.routes]]
provider = "acme-cloud"
provider_model_id = "acme-7b"
source = "https://acme.example/pricing"
checked = 2026-11-20
input = 0.05
output = 0.10
"""


def write(tmp_path: Path, old: str, new: str) -> Path:
    assert old in GOOD
    file = tmp_path / "c.toml"
    file.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    return file


def refused(file: Path) -> list[str]:
    with pytest.raises(CatalogError) as error:
        load_catalog(file, bundled=True)
    return [str(p) for p in error.value.problems]


def test_an_empty_source_in_sources_is_refused_at_its_key(tmp_path: Path) -> None:
    file = write(tmp_path, 'sources = ["https://acme.example/acme-7b"]',
                 'sources = ["https://acme.example/acme-7b", " "]')
    assert refused(file) == [f"{file}: models[0].sources[1] = ' ': must not be empty"]
    assert validate_paths(file, bundled=True, strict=True)[0].path == "models[0].sources[1]"
    with pytest.raises(ValueError, match=r"sources\[0\] must not be empty"):
        Model(id="m", name="M", sources=("",))


def test_an_empty_vendor_is_refused_as_an_empty_name_is(tmp_path: Path) -> None:
    file = write(tmp_path, 'vendor = "Acme"', 'vendor = ""')
    assert refused(file) == [f"{file}: models[0].vendor = '': must not be empty"]


@pytest.mark.parametrize(("old", "new", "label"), [
    ('sources = ["https://acme.example/acme-7b"]\n', "", "specifications"),
    ('sources = ["https://acme.example/acme-7b"]', "sources = []", "specifications"),
    ('source = "https://acme.example/acme-7b"\nchecked = 2026-11-20\n\n[[models.routes]]',
     "\n[[models.routes]]", "MMLU score"),
])
def test_provenance_names_figures_with_no_source(tmp_path: Path, old: str, new: str,
                                                 label: str) -> None:
    catalog = load_catalog(write(tmp_path, old, new), bundled=True)
    page = compare("acme-7b", "phi-4-mini", catalog=catalog).to_markdown()
    said = [line for line in page.splitlines() if "Not yet sourced for Acme 7B" in line]
    assert said, page
    assert f"Not yet sourced for Acme 7B: {label} (no source on record)" in said[0]


def test_a_loaded_model_read_against_the_bundled_catalog_is_refused(tmp_path: Path) -> None:
    catalog = load_catalog(write(tmp_path, "x", "x"), bundled=True)
    acme = catalog.model("acme-7b")
    for call in (lambda: compare(acme, "phi-4-mini"), lambda: estimate(acme)):
        with pytest.raises(UnknownProviderError) as error:
            call()
        assert (error.value.name, error.value.model, error.value.route) == (
            "acme-cloud", "acme-7b", 0)
        assert "catalog=" in str(error.value)
    assert compare(acme, "phi-4-mini", catalog=catalog).models[0] is acme
    assert estimate(acme, catalog=catalog).monthly is not None


def test_a_python_model_on_bundled_providers_still_compares() -> None:
    route = ProviderRoute(provider="openrouter", source="https://openrouter.ai/x",
                          checked=dt.date(2026, 11, 20), input=Decimal(1), output=Decimal(2))
    mine = Model(id="mine", name="Mine", context_window=4096, routes=(route,))
    assert compare(mine, "phi-4-mini").models[0] is mine


@pytest.mark.parametrize(("old", "new", "path"), [
    ("checked = 2026-11-20\ninput", "checked = 2027-11-20\ninput", "models[0].routes[0].checked"),
    ("checked = 2026-11-20\n\n[[models.routes]]", "checked = 2099-01-01\n\n[[models.routes]]",
     "models[0].scores[0].checked"),
    ("checked = 2026-11-20\n\n[models", "checked = 2030-01-01\n\n[models", "models[0].checked"),
])
def test_a_checked_date_in_the_future_is_refused_at_load(tmp_path: Path, old: str, new: str,
                                                        path: str) -> None:
    [problem] = refused(write(tmp_path, old, new))
    assert f"{path} = " in problem
    assert "is in the future (today is " in problem


def test_tomorrow_is_within_a_day_of_grace(tmp_path: Path) -> None:
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    file = write(tmp_path, "checked = 2026-11-20\ninput", f"checked = {tomorrow}\ninput")
    assert load_catalog(file, bundled=True).model("acme-7b").routes[0].checked.isoformat() == (
        tomorrow)


@pytest.mark.parametrize("model_id", ["Acme-7B", "acme 7b", "Acme 7B"])
def test_a_model_id_with_capitals_or_spaces_is_refused(tmp_path: Path, model_id: str) -> None:
    file = write(tmp_path, 'id = "acme-7b"', f'id = "{model_id}"')
    [problem] = refused(file)
    assert problem.startswith(f"{file}: models[0].id = {model_id!r}: a model id is lower case, "
                              "without spaces: write 'acme-7b'")


def test_a_misspelt_models_header_is_shown_as_tables_and_its_follow_on_explained(
        tmp_path: Path) -> None:
    file = write(tmp_path, "[[models]]", "[[model]]")
    first, second = refused(file)
    assert first == f"{file}: model = an array of 1 table: unknown key; did you mean 'models'?"
    assert second == (f"{file}: models: expected an array of tables ([[models]]); the header "
                      "[models.capabilities] made it a table: is a [[models]] header above it "
                      "misspelt or missing?")


def test_problems_are_listed_record_by_record_in_file_order(tmp_path: Path) -> None:
    second = '[[models]]\nid = "acme-8b"\nname = ""\n'
    file = write(tmp_path, 'provider = "acme-cloud"', 'provider = "acme-clod"')
    file.write_text(file.read_text(encoding="utf-8") + "\n" + second, encoding="utf-8")
    assert [p.split(" = ")[0] for p in refused(file)] == [
        f"{file}: models[0].routes[0].provider", f"{file}: models[1].name"]


def test_a_model_id_with_capitals_does_not_hide_the_records_other_problems(
        tmp_path: Path) -> None:
    """Review 42: the id's problem stopped the record's checks, so its empty vendor came back
    only after the id was fixed (a round a problem, against "listing every problem found")."""
    file = write(tmp_path, 'id = "acme-7b"\nname = "Acme 7B"\nvendor = "Acme"',
                 'id = "Acme-7B"\nname = "Acme 7B"\nvendor = ""')
    assert [p.split(" = ")[0] for p in refused(file)] == [
        f"{file}: models[0].id", f"{file}: models[0].vendor"]
