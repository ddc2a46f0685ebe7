"""``Catalog.replaced``: which records a later file replaced whole, and ``--catalog``'s note."""

from __future__ import annotations

import io
import pickle
from pathlib import Path

import pytest

from phicompare import Benchmark, Catalog, Replacement, default_catalog, load_catalog
from phicompare.catalog.loader import bundled_files
from phicompare.cli import main as cli_main
from phicompare.importers import merge

MINE = """\
[[providers]]
id = "together"
name = "Together AI (our contract)"

[[models]]
id = "phi-2"
name = "Phi-2 (ours)"

[[models]]
id = "my-model"
name = "My Model"
"""

NEW_BENCHMARK = """\
[[benchmarks]]
id = "mmlu"
name = "Massive Multitask Language Understanding (ours)"
"""


def _bundled(name: str) -> str:
    [found] = [f for f in bundled_files() if f.name == name and "imported" not in str(f)]
    return str(found)


def test_a_load_names_each_record_a_user_file_replaced(tmp_path: Path) -> None:
    """Provider and model, with the file that won and the bundled file it replaced."""
    mine = tmp_path / "mine.toml"
    mine.write_text(MINE, encoding="utf-8")
    catalog = load_catalog(mine, bundled=True)
    assert catalog.replaced == (
        Replacement(kind="provider", id="together", file=str(mine),
                    replaced_file=_bundled("providers.toml"), bundled=True),
        Replacement(kind="model", id="phi-2", file=str(mine),
                    replaced_file=_bundled("phi-2.toml"), bundled=True),
    )
    assert catalog.model("phi-2").name == "Phi-2 (ours)"
    assert str(catalog.replaced[1]) == f"model 'phi-2': {mine} replaces the bundled record whole"


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_a_whole_load_names_the_same_replacements(tmp_path: Path) -> None:
    """A file the bundled index cannot take (it redefines a benchmark) is read with every file."""
    mine = tmp_path / "mine.toml"
    mine.write_text(MINE + NEW_BENCHMARK, encoding="utf-8")
    catalog = load_catalog(mine, bundled=True)
    assert catalog.shelf is None  # the whole load
    assert [(r.kind, r.id) for r in catalog.replaced] == [
        ("provider", "together"), ("benchmark", "mmlu"), ("model", "phi-2")]
    assert all(r.bundled and r.file == str(mine) for r in catalog.replaced)


def test_a_later_user_file_replacing_an_earlier_one_is_named(tmp_path: Path) -> None:
    """Between the user's own files: not bundled, the earlier file named."""
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text('[[models]]\nid = "x"\nname = "X"\n', encoding="utf-8")
    second.write_text('[[models]]\nid = "x"\nname = "X again"\n', encoding="utf-8")
    catalog = load_catalog(first, second)
    assert catalog.replaced == (Replacement(kind="model", id="x", file=str(second),
                                            replaced_file=str(first), bundled=False),)
    assert str(catalog.replaced[0]) == f"model 'x': {second} replaces {first} whole"


def test_no_replacement_is_an_empty_tuple(tmp_path: Path) -> None:
    """The bundled catalog, loaded or opened, replaces nothing; nor does a new id."""
    assert default_catalog().replaced == ()
    new = tmp_path / "new.toml"
    new.write_text('[[models]]\nid = "my-model"\nname = "My Model"\n', encoding="utf-8")
    assert load_catalog(new, bundled=True).replaced == ()
    assert Catalog().replaced == ()


def test_replacements_are_not_part_of_a_catalogs_value(tmp_path: Path) -> None:
    """Equality is the records'; a pickled catalog keeps its replacements."""
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text('[[models]]\nid = "x"\nname = "X"\n', encoding="utf-8")
    second.write_text('[[models]]\nid = "x"\nname = "X"\n', encoding="utf-8")
    twice, once = load_catalog(first, second), load_catalog(first)
    assert twice == once
    assert pickle.loads(pickle.dumps(twice)).replaced == twice.replaced


def test_catalog_option_says_the_replacements_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--catalog`` names every replaced record on one stderr line; the page is unchanged."""
    mine = tmp_path / "mine.toml"
    mine.write_text(MINE, encoding="utf-8")
    out = io.StringIO()
    assert cli_main.main(["show", "my-model", "--catalog", str(mine)], out=out) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("phicompare: --catalog: your files replace two bundled records whole")
    assert f"provider 'together' ({mine}), model 'phi-2' ({mine});" in err
    new = tmp_path / "new.toml"
    new.write_text('[[models]]\nid = "my-model"\nname = "My Model"\n', encoding="utf-8")
    assert cli_main.main(["show", "my-model", "--catalog", str(new)], out=io.StringIO()) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_a_merge_keeps_each_sources_replacements(tmp_path: Path) -> None:
    """``importers.merge`` keeps the replacements of every catalog it merges, in the order given."""
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text('[[models]]\nid = "x"\nname = "X"\n', encoding="utf-8")
    second.write_text('[[models]]\nid = "x"\nname = "X again"\n', encoding="utf-8")
    mine = tmp_path / "mine.toml"
    mine.write_text(MINE, encoding="utf-8")
    ours, bundled_over = load_catalog(first, second), load_catalog(mine, bundled=True)
    merged = merge([ours, bundled_over])
    assert merged.replaced == (*ours.replaced, *bundled_over.replaced)
    assert merge([bundled_over, ours]).replaced == (*bundled_over.replaced, *ours.replaced)
    assert merge([ours, ours]).replaced == ours.replaced  # one replacement, said once
    assert pickle.loads(pickle.dumps(merged)).replaced == merged.replaced


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_a_merge_names_a_benchmark_it_keeps_from_one_source_only() -> None:
    """Two sources' different records of one benchmark: the first's is kept whole, and said."""
    ours = Catalog(benchmarks=(Benchmark(id="mmlu", name="MMLU (ours)"),))
    same = Catalog(benchmarks=(Benchmark(id="mmlu", name="MMLU (ours)"),))
    theirs = Catalog(benchmarks=(Benchmark(id="mmlu", name="MMLU", items=14042),))
    merged = merge([ours, same, theirs])
    assert merged.benchmark("mmlu").name == "MMLU (ours)"
    assert merged.replaced == (Replacement(kind="benchmark", id="mmlu", file="catalog",
                                           replaced_file="catalog#3", bundled=False),)
    bundled = default_catalog()
    mmlu = bundled.benchmark("mmlu")
    over = merge([Catalog(benchmarks=(Benchmark(id="mmlu", name="Ours"),)), bundled])
    assert over.replaced == (Replacement(kind="benchmark", id="mmlu", file="catalog",
                                         replaced_file="catalog#2", bundled=True),)
    assert merge([Catalog(benchmarks=(mmlu,)), bundled]).replaced == ()
