"""Hostile catalogs: loops, odd numbers, colliding ids, BOMs, deep nesting: one-line problems."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from phicompare import CatalogError, load_catalog
from phicompare.catalog import bundled, capped
from phicompare.catalog.loader import validate_paths
from phicompare.exceptions import Problem

HEAD = 'schema = 1\n[[providers]]\nid = "p"\nname = "P"\n'
ROUTE = ('[[models.routes]]\nprovider = "p"\ninput = {input}\noutput = 1\n'
         'source = "https://x.org"\nchecked = 2026-01-01\n')


def model(model_id: str = "m", extra: str = "", route_input: str | None = None) -> str:
    text = f'[[models]]\nid = "{model_id}"\nname = "M"\n{extra}'
    if route_input is not None:
        text += ROUTE.format(input=route_input)
    return text


def write(folder: Path, name: str, text: str) -> Path:
    file = folder / name
    file.write_text(text, encoding="utf-8")
    return file


def messages(problems: list[Problem]) -> list[str]:
    return [str(p) for p in problems]


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files read from now on, in order (each read by ``read_capped``)."""
    reads: list[str] = []
    original = capped.read_capped

    def counting(path: str | os.PathLike[str]) -> bytes:
        reads.append(Path(path).name)
        return original(path)

    monkeypatch.setattr(bundled, "read_capped", counting)
    return reads


def test_a_symlink_loop_ends_and_reads_each_file_once(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "a.toml", HEAD + model())
    (tmp_path / "sub").mkdir()
    os.symlink("..", tmp_path / "sub" / "up")
    os.symlink("../sub", tmp_path / "sub" / "again")
    os.symlink("a.toml", tmp_path / "b.toml")
    os.symlink("self.toml", tmp_path / "self.toml")
    reads = _count_reads(monkeypatch)
    problems = validate_paths(tmp_path)
    assert reads == ["a.toml"]
    found = messages(problems)
    assert any("symlink loop" in m for m in found)
    assert any("self.toml: cannot read" in m for m in found)


@pytest.mark.parametrize("order", [("", ""), ("", "sub"), ("sub", ""), ("sub", "sub/../sub")])
def test_a_folder_given_twice_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           order: tuple[str, str]) -> None:
    """One folder given twice (or inside another given) is no loop: each file is read once."""
    write(tmp_path, "a.toml", HEAD)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "b.toml", model())
    reads = _count_reads(monkeypatch)
    paths = [tmp_path / part for part in order]
    assert validate_paths(*paths) == []
    assert sorted(reads) == (["a.toml", "b.toml"] if "" in order else ["b.toml"])
    reads.clear()
    assert [m.id for m in load_catalog(*paths, bundled=False)] == ["m"]
    assert sorted(reads) == (["a.toml", "b.toml"] if "" in order else ["b.toml"])


def test_a_given_path_that_loops_is_one_problem(tmp_path: Path) -> None:
    os.symlink("loop.toml", tmp_path / "loop.toml")
    [problem] = validate_paths(tmp_path / "loop.toml")
    assert "cannot read" in problem.message


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "+nan"])
@pytest.mark.parametrize("where", ["parameters_b", "route", "score"])
def test_non_finite_numbers_are_problems(tmp_path: Path, value: str, where: str) -> None:
    extra = f"parameters_b = {value}\n" if where == "parameters_b" else ""
    if where == "score":
        extra = ('[[models.scores]]\nbenchmark = "b"\n'
                 f"score = {value}\n")
        head = HEAD + '[[benchmarks]]\nid = "b"\nname = "B"\n'
    else:
        head = HEAD
    file = write(tmp_path, "c.toml", head + model(extra=extra,
                                                 route_input=value if where == "route" else "1"))
    found = messages(validate_paths(file))
    assert any("finite" in m for m in found), found
    with pytest.raises(CatalogError, match="finite"):
        load_catalog(file)


@pytest.mark.parametrize(("extra", "route_input", "needle"), [
    ("", "1e300", "above $100,000 per 1M tokens"),
    ("", "100001", "above $100,000"),
    ("context_window = 100000000000000\n", "1", "largest plausible"),
    ("parameters_b = 1e20\n", "1", "largest plausible"),
])
def test_absurd_numbers_are_problems(tmp_path: Path, extra: str, route_input: str,
                                     needle: str) -> None:
    file = write(tmp_path, "c.toml", HEAD + model(extra=extra, route_input=route_input))
    found = messages(validate_paths(file))
    assert any(needle in m for m in found), found


def test_a_file_may_raise_its_price_ceiling(tmp_path: Path) -> None:
    file = write(tmp_path, "c.toml", "max_price = 1000000\n" + HEAD
                 + model(route_input="250000"))
    assert validate_paths(file) == []
    assert load_catalog(file).model("m").routes[0].input == 250000


def test_ids_equal_after_normalisation_are_a_load_error(tmp_path: Path) -> None:
    file = write(tmp_path, "c.toml", HEAD + model("m-a") + model("m_a"))  # (capitals: refused)
    [problem] = validate_paths(file)
    assert "'m-a'" in str(problem)
    assert "'m_a'" in str(problem)
    assert "models[0]" in problem.message


def test_a_user_id_that_shadows_a_bundled_one_is_a_load_error(tmp_path: Path) -> None:
    file = write(tmp_path, "c.toml", HEAD + model("phi_2"))  # (capitals: refused as such)
    with pytest.raises(CatalogError, match="'phi-2'"):
        load_catalog(file, bundled=True)


def test_a_bom_is_accepted(tmp_path: Path) -> None:
    file = tmp_path / "bom.toml"
    file.write_bytes(b"\xef\xbb\xbf" + (HEAD + model()).encode())
    assert load_catalog(file).model("m").name == "M"


@pytest.mark.parametrize("text", ["a = " + "[" * 5000 + "]" * 5000,
                                  "a = " + "{b = " * 3000 + "1" + "}" * 3000])
def test_deep_nesting_is_one_line(tmp_path: Path, text: str) -> None:
    [problem] = validate_paths(write(tmp_path, "deep.toml", text))
    assert "nested too deeply" in problem.message
    assert "\n" not in str(problem)


def test_a_huge_integer_is_one_problem(tmp_path: Path) -> None:
    file = write(tmp_path, "c.toml", HEAD + model(extra="context_window = " + "9" * 5000 + "\n"))
    [problem] = validate_paths(file)
    assert "\n" not in str(problem)


def test_a_blank_id_does_not_dump_its_record(tmp_path: Path) -> None:
    file = write(tmp_path, "c.toml", HEAD + model("   ", extra="vendor = 'V'\n"))
    [problem] = validate_paths(file)
    assert str(problem).endswith("models[0].id = '   ': must not be empty")


def test_capabilities_as_an_array_says_what_is_expected(tmp_path: Path) -> None:
    file = write(tmp_path, "c.toml", HEAD + model(extra="capabilities = [true]\n"))
    [problem] = validate_paths(file)
    assert "expected a table of capability = true or false" in problem.message


TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize(("extra", "needle"), [
    ("released = 2099-01-01\n", "released = 2099-01-01: is in the future"),
    ("knowledge_cutoff = 'last spring'\n", "expected a past date"),
    ("knowledge_cutoff = '2024-13'\n", "expected a past date"),
    ("knowledge_cutoff = '2099-01'\n", "expected a past date"),
])
def test_strict_flags_future_dates_and_malformed_cutoffs(tmp_path: Path, extra: str,
                                                         needle: str) -> None:
    file = write(tmp_path, "c.toml", HEAD + model(extra=extra))
    assert validate_paths(file) == []
    found = messages(validate_paths(file, strict=True, today=TODAY))
    assert any(needle in m for m in found), found


def test_strict_accepts_the_cutoff_forms(tmp_path: Path) -> None:
    for cutoff in ("2024", "2024-06", "2024-03-15"):
        file = write(tmp_path, "c.toml", HEAD + model(extra=f"knowledge_cutoff = '{cutoff}'\n"))
        found = messages(validate_paths(file, strict=True, today=TODAY))
        assert not any("knowledge_cutoff" in m for m in found), found


@pytest.mark.parametrize("model_id", ["a\u200bb", "x\u001b[2J", "\u202eevil", "a\u00a0b", "a\nb"])
def test_an_id_with_invisible_characters_is_a_problem(tmp_path: Path, model_id: str) -> None:
    file = write(tmp_path, "c.toml",
                 HEAD + f'[[models]]\nid = {json.dumps(model_id)}\nname = "M"\n')
    [problem] = validate_paths(file)
    assert "invisible" in problem.message
    assert str(problem).isprintable()
