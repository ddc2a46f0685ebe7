"""The bundled catalog's lazy layer: providers and benchmarks structured when first asked for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from phicompare import CatalogError, compare, load_catalog
from phicompare.catalog.bundled import _shelved
from phicompare.catalog.index_file import index_text, read_index
from phicompare.catalog.shelf import INDEX_FILE, IndexRow, Shelf, _split

from .helpers import DATA


def _folder(tmp_path: Path, base: str) -> Path:
    """A data folder with one model file, one base file holding ``base``, and their index."""
    (tmp_path / "base.toml").write_text(f"schema = 1\n{base}", encoding="utf-8")
    (tmp_path / "m.toml").write_text(
        'schema = 1\n[[models]]\nid = "m"\nname = "M"\n', encoding="utf-8")
    (tmp_path / INDEX_FILE).write_text(index_text(
        [IndexRow("m", "m.toml", "M", None, None, ("m",))], ["base.toml"], {}, "2026-11-30"),
        encoding="utf-8")
    return tmp_path


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_the_bundled_providers_and_benchmarks_are_the_whole_loads() -> None:
    shelved, whole = _shelved(DATA), load_catalog(bundled=True)
    assert shelved is not None
    assert shelved.shelf is not None
    assert shelved.provider("openai") == whole.provider("openai")
    assert shelved.benchmark("mmlu") == whole.benchmark("mmlu")
    assert shelved.provider_name("no-such-provider") == "no-such-provider"
    assert shelved.shelf.count("providers") == len(whole.providers)
    assert shelved.providers == whole.providers
    assert shelved.benchmarks == whole.benchmarks


def test_a_comparison_structures_only_the_records_it_names() -> None:
    shelved = _shelved(DATA)
    assert shelved is not None
    shelf = shelved.shelf
    assert shelf is not None
    compare("phi-2", "phi-4-mini", catalog=shelved)
    assert 0 < len(shelf._records["providers"]) < shelf.count("providers")
    assert 0 < len(shelf._records["benchmarks"]) < shelf.count("benchmarks")


def test_a_later_base_file_replaces_an_earlier_ones_record(tmp_path: Path) -> None:
    folder = _folder(tmp_path, '[[providers]]\nid = "p"\nname = "First"\n')
    (folder / "later.toml").write_text(
        'schema = 1\n[[providers]]\nid = "p"\nname = "Later"\n', encoding="utf-8")
    shelf = Shelf(folder, (), ("base.toml", "later.toml"))
    shelf.read_base()
    assert [p.name for p in shelf.providers()] == ["Later"]
    assert shelf.benchmarks() == ()


def test_a_broken_record_is_a_catalog_error_when_asked_for(tmp_path: Path) -> None:
    catalog = _shelved(_folder(tmp_path, '[[providers]]\nid = "p"\nname = ""\n'))
    assert catalog is not None
    with pytest.raises(CatalogError, match=r"base\.toml: providers\[0\]\.name = '': must not"):
        catalog.provider("p")
    with pytest.raises(CatalogError, match="must not be empty"):
        _ = catalog.providers


@pytest.mark.parametrize(("base", "message"), [
    ('[[providers]]\nid = 7\nname = "P"\n', r"providers\[0\]\.id = 7: expected a string"),
    ('[[models]]\nid = "x"\nname = "X"\n', "the bundled index is stale"),
    ('colour = "red"\n', "colour = 'red': unknown key"),
    ('[[providers]]\nid = "p"\nname = "P"\n[[providers]]\nid = "p"\nname = "Q"\n',
     "duplicate id"),
    ("[[providers]\n", "TOML syntax error"),
])
def test_a_broken_base_file_is_a_catalog_error_at_open(
        tmp_path: Path, base: str, message: str) -> None:
    folder = _folder(tmp_path, base)
    assert read_index(folder) is not None
    with pytest.raises(CatalogError, match=message):
        _shelved(folder)


@pytest.mark.parametrize("shelved", [True, False])
def test_an_unknown_id_is_a_key_error_and_a_provider_name_falls_back_to_it(shelved: bool) -> None:
    catalog = _shelved(DATA) if shelved else load_catalog(DATA / "providers.toml",
                                                          DATA / "benchmarks.toml")
    assert catalog is not None
    with pytest.raises(KeyError):
        catalog.provider("no-such-provider")
    with pytest.raises(KeyError):
        catalog.benchmark("no-such-benchmark")
    assert catalog.provider_name("no-such-provider") == "no-such-provider"
    assert catalog.provider_name("azure-foundry") == "Microsoft Foundry"


def test_the_bundled_base_files_are_in_the_plain_form() -> None:
    # So a comparison parses only the provider and benchmark tables it names.
    shelf = read_index(DATA)
    assert shelf is not None
    for name in shelf.base:
        text = (DATA / name).read_text(encoding="utf-8")
        found = _split(text)
        assert found is not None, name
        head, tables = found
        assert head + "".join(table for _, _, table in tables) == text


def _split_by_lines(text: str) -> tuple[str, list[tuple[str, str, str]]] | None:
    """What ``_split`` finds, read a line at a time with the plain form's rules written out."""
    if '"""' in text or "'''" in text:
        return None
    starts: list[tuple[int, str]] = []  # each table's offset and kind
    ids: list[tuple[int, str]] = []
    headers, offset = 0, 0
    for line in text.split("\n"):
        headers += bool(re.match(r"[ \t]*\[", line))
        table = re.fullmatch(r"\[\[(providers|benchmarks)\]\][ \t]*", line)
        if table:
            starts.append((offset, table[1]))
        found = re.fullmatch(r'id = "([^"\\]*)"[ \t]*', line)
        if found:
            ids.append((offset, found[1]))
        offset += len(line) + 1
    if len(ids) != len(starts) or headers != len(starts):
        return None
    if not starts:
        return text, []
    ends = [start for start, _ in starts[1:]] + [len(text)]
    tables = []
    for (start, kind), (at, record_id), end in zip(starts, ids, ends, strict=True):
        if not start < at < end:
            return None
        tables.append((kind, record_id, text[start:end]))
    return text[:starts[0][0]], tables


_PLAIN_LINES = st.sampled_from([
    "[[providers]]", "[[benchmarks]]", "[[benchmarks]] \t", "[[models]]", "  [sub]", "[x]",
    'id = "a"', 'id = "b" ', 'id = "a\\"', "id = 7", ' id = "c"', 'name = "N"', "", "# note",
    "schema = 1", 'x = """', "[[providers]]x", "\r"])


@given(st.lists(_PLAIN_LINES, max_size=12), st.booleans())
def test_split_finds_the_tables_a_line_by_line_reading_finds(lines: list[str], end: bool) -> None:
    # _split searches the whole text at once (read_base's speed); this reads it line by line.
    text = "\n".join(lines) + ("\n" if end else "")
    assert _split(text) == _split_by_lines(text)


@pytest.mark.parametrize(("table", "message"), [
    ('name = ""\n', r"base\.toml: providers\[1\]\.name = '': must not be empty"),
    ('name = "Q\n', r"base\.toml: TOML syntax error at line 8"),
    ('name = "Q"\ncolour = "red"\n', r"providers\[1\]\.colour = 'red': unknown key"),
])
def test_a_broken_table_kept_as_text_names_its_place_in_the_file(
        tmp_path: Path, table: str, message: str) -> None:
    base = ('[[providers]]\nid = "p"\nname = "P"\n\n'
            f'[[providers]]\nid = "q"\n{table}')
    catalog = _shelved(_folder(tmp_path, base))
    assert catalog is not None
    assert catalog.provider("p").name == "P"  # the others stand
    with pytest.raises(CatalogError, match=message):
        catalog.provider("q")
