"""Edges of catalog loading: each broken value names its key, each unreadable file says why."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from phicompare import CatalogError, default_catalog, load_catalog, validate_paths
from phicompare.exceptions import NO_VALUE, Problem

from .helpers import CATALOG_HEADER, curated_catalog, write_catalog

HEADER = CATALOG_HEADER

ROUTE = """
[[models.routes]]
provider = "p1"
source = "https://example.com/p1"
checked = 2026-11-20
"""


write = write_catalog


def problems_of(*paths: Path) -> list[Problem]:
    with pytest.raises(CatalogError) as info:
        load_catalog(*paths)
    return list(info.value.problems)


def model(extra: str = "", route: str = "") -> str:
    return f'[[models]]\nid = "m1"\nname = "Model One"\n{extra}\n{route}'


@pytest.mark.parametrize(("line", "path", "message"), [
    ('input = "0.1"', "models[0].routes[0].input", "expected a number, got a string"),
    ("context_window = 1.5", "models[0].routes[0].context_window",
     "expected a whole number, got a number"),
    ("provider_model_id = 7", "models[0].routes[0].provider_model_id",
     "expected a string, got an integer"),
    ('status = "beta"', "models[0].routes[0].status", "expected one of 'ga', 'preview'"),
    ("batch_discount = 1.5", "models[0].routes[0].batch_discount",
     "is a fraction off the price: expected 0 to 1"),
    ('source = ""', "models[0].routes[0].source", "must not be empty"),
])
def test_a_wrong_route_value_names_its_key(tmp_path: Path, line: str, path: str,
                                           message: str) -> None:
    """Each kind of wrong route value is one problem at the route key, saying what was expected."""
    route = ROUTE.replace('source = "https://example.com/p1"\n', "") if "source" in line \
        else ROUTE
    found = problems_of(write(tmp_path, model(route=route + line + "\n")))
    assert [(p.path, message in p.message) for p in found] == [(path, True)], found


def test_a_capability_must_be_true_or_false(tmp_path: Path) -> None:
    """A capability written as a string is rejected: unknown is absent, never "yes"."""
    body = model(extra='[models.capabilities]\nvision = "yes"\n')
    [problem] = problems_of(write(tmp_path, body))
    assert problem.path == "models[0].capabilities.vision"
    assert problem.message == "expected true or false, got a string"
    assert problem.value == "yes"


def test_an_unknown_modality_lists_the_known_ones(tmp_path: Path) -> None:
    """A modality outside text/image/audio/video names its index and the options."""
    [problem] = problems_of(write(tmp_path, model(extra='input_modalities = ["text", "smell"]')))
    assert problem.path == "models[0].input_modalities[1]"
    assert problem.value == "smell"
    assert problem.message == "unknown modality; expected one of audio, image, text, video"


def test_a_missing_required_key_has_no_value_to_show(tmp_path: Path) -> None:
    """A score without its `score` key is reported at that key, with no value."""
    body = model(extra='[[models.scores]]\nbenchmark = "b1"\n')
    [problem] = problems_of(write(tmp_path, body))
    assert problem.path == "models[0].scores[0].score"
    assert problem.value is NO_VALUE
    assert " = " not in str(problem)


def test_two_routes_with_one_provider_id_and_date_are_a_duplicate(tmp_path: Path) -> None:
    """The same provider, provider_model_id and effective_from twice is flagged at the second."""
    [problem] = problems_of(write(tmp_path, model(route=ROUTE + ROUTE)))
    assert problem.path == "models[0].routes[1]"
    assert problem.message.startswith("duplicate route")


def test_routes_differing_only_in_date_are_a_price_history(tmp_path: Path) -> None:
    """Two routes of one provider with different effective_from dates both load."""
    later = ROUTE + "effective_from = 2026-06-01\n"
    catalog = load_catalog(write(tmp_path, model(route=ROUTE + later)))
    assert len(catalog.model("m1").routes) == 2


def test_kinds_must_be_arrays_of_tables(tmp_path: Path) -> None:
    """`[models]` (one table) and `models = [1]` are each reported as the wrong shape."""
    table = problems_of(write(tmp_path, '[models]\nid = "m1"\nname = "M"\n', "a.toml"))
    assert [(p.path, p.message) for p in table] == [
        ("models", "expected an array of tables ([[models]])")]
    scalar = problems_of(write(tmp_path, "models = [1]\n", "b.toml", header="schema = 1\n"))
    assert [(p.path, p.value, p.message) for p in scalar] == [
        ("models[0]", 1, "expected a table")]


def test_a_non_string_id_is_reported_not_crashed_on(tmp_path: Path) -> None:
    """An integer id is a type problem at `id`; the next record with a real id still loads."""
    found = problems_of(write(tmp_path, '[[models]]\nid = 5\nname = "X"\n' + model()))
    assert [(p.path, p.message) for p in found] == [
        ("models[0].id", "expected a string, got an integer")]


def test_a_non_string_alias_is_reported_once(tmp_path: Path) -> None:
    """An alias that is not a string is a type problem, and no cross-file check trips on it."""
    found = problems_of(write(tmp_path, model(extra="aliases = [5]")))
    assert [p.path for p in found] == ["models[0].aliases[0]"]


def test_an_empty_folder_is_a_problem(tmp_path: Path) -> None:
    """A folder without any *.toml file is named as such, not silently skipped."""
    empty = tmp_path / "empty"
    empty.mkdir()
    [problem] = problems_of(empty)
    assert (problem.file, problem.message) == (str(empty), "folder holds no *.toml file")


def test_a_file_that_is_not_utf8_says_so(tmp_path: Path) -> None:
    """Latin-1 bytes are reported as "not UTF-8 text", with the decoder's reason."""
    path = tmp_path / "latin1.toml"
    path.write_bytes('schema = 1\n# caf\xe9\n'.encode("latin-1"))
    [problem] = problems_of(path)
    assert problem.message == ("not UTF-8 text at line 2, column 6 (byte offset 16): byte 0xe9 "
                               "(invalid continuation byte)")


def test_a_bad_byte_is_placed_in_characters(tmp_path: Path) -> None:
    """Review 34: the line, the column (in characters) and the byte offset of the bad byte."""
    path = tmp_path / "mixed.toml"
    path.write_bytes("\ufeffschema = 1\nname = 'é\u00e9'\n".encode() + b"x = '\xff'\n")
    [problem] = problems_of(path)
    assert problem.message.startswith("not UTF-8 text at line 3, column 6 (byte offset 33): "
                                      "byte 0xff (")


class Unreadable:
    """A resource that exists but cannot be read (a Traversable whose read fails)."""

    name = "unreadable.toml"

    def is_dir(self) -> bool:
        return False

    def is_file(self) -> bool:
        return True

    def read_bytes(self) -> bytes:
        raise PermissionError(13, "Permission denied")

    def __str__(self) -> str:
        return "unreadable.toml"


def test_a_file_that_cannot_be_read_says_why() -> None:
    """An OSError while reading becomes a problem carrying the system's reason."""
    with pytest.raises(CatalogError) as info:
        load_catalog(Unreadable())  # type: ignore[arg-type]
    assert [str(p) for p in info.value.problems] == [
        "unreadable.toml: cannot read: Permission denied"]


def test_a_replaced_model_is_checked_only_in_its_surviving_version(tmp_path: Path) -> None:
    """A model whose first version names an unknown provider loads when a later file fixes it."""
    broken = model(route=ROUTE.replace('"p1"', '"nowhere"'))
    first = write(tmp_path, broken, "1.toml")
    second = write(tmp_path, model(route=ROUTE), "2.toml")
    catalog = load_catalog(first, second)
    assert [r.provider for r in catalog.model("m1").routes] == ["p1"]
    assert problems_of(first)[0].message.startswith("unknown provider")


def test_strict_mode_asks_every_score_for_its_source(tmp_path: Path) -> None:
    """validate --strict flags a score without a source URL, at that score."""
    body = model(extra='sources = ["https://example.com/m1"]\nchecked = 2026-11-20\n'
                       '[[models.scores]]\nbenchmark = "b1"\nscore = 50.0\n'
                       'checked = 2026-11-20\n', route=ROUTE)
    path = write(tmp_path, body)
    assert validate_paths(path) == []
    strict = validate_paths(path, strict=True, today=dt.date(2026, 11, 25))
    assert [(p.path, p.message) for p in strict] == [
        ("models[0].scores[0].source", "a score needs the URL it was read from")]


def test_strict_mode_flags_a_route_checked_before_its_model_was_released(
        tmp_path: Path) -> None:
    """A price cannot be read before its model existed: the date is wrong (review 7, F7)."""
    body = model(extra='sources = ["https://example.com/m1"]\nchecked = 2026-11-20\n'
                       'released = 2026-11-21\n[[models.scores]]\nbenchmark = "b1"\n'
                       'score = 50.0\nsource = "https://example.com/m1"\n'
                       'checked = 2026-11-21\n', route=ROUTE)
    path = write(tmp_path, body)
    assert validate_paths(path) == []
    strict = validate_paths(path, strict=True, today=dt.date(2026, 11, 25))
    assert [(p.path, p.message) for p in strict] == [
        ("models[0].routes[0].checked",
         ("is before the model's release (2026-11-21): a price cannot be read before its model "
          "existed; the date is not when this price was read"))]


def test_no_bundled_route_was_checked_before_its_model_was_released() -> None:
    """The bundled catalog holds no route price dated before its model existed (F7)."""
    catalog = default_catalog()
    early = [(m.id, r.provider, r.checked, m.released) for m in catalog.models
             for r in m.routes if m.released is not None and r.checked < m.released]
    assert early == []


def test_suggestions_name_each_model_once() -> None:
    """A misspelling close to a model's id and to its alias suggests that model once."""
    found = default_catalog().suggest("phi-4-mini-instruc")
    assert found[0] == "phi-4-mini"
    assert len(found) == len(set(found))


def test_a_catalog_shows_itself_in_a_notebook() -> None:
    """The notebook hooks give a Markdown table and an HTML table naming every model."""
    catalog = curated_catalog()  # under the listing's 100 rows
    markdown = catalog._repr_markdown_()
    html = catalog._repr_html_()
    for m in catalog:
        assert m.name in markdown
    assert "|" in markdown
    assert "<table" in html
    assert "Phi-4 Mini" in html
