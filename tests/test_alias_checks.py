"""An alias that names nothing, or one its record lists twice, is refused at load (review 27, P4).

``aliases = ["", "my fine tune"]`` (or ``["-"]``) loaded, and then the empty string, a script's
unset variable, selected the model: ``phicompare phi-2 "$B"`` compared against it, where
``compare("phi-2", "")`` is an ``UnknownModelError``. ``["foo", "foo"]`` loaded too.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from phicompare import CatalogError, load_catalog
from phicompare.catalog.loader import validate_paths
from phicompare.cli.main import main

_ROUTE = ('[[models.routes]]\nprovider = "my-host"\nsource = "https://example.com/p"\n'
          'checked = 2026-11-01\ninput = 1\noutput = 2\n')
_EMPTY = ("an alias must name something: once case, spaces, dashes and underscores are ignored "
          "it is empty, and an empty name (an unset variable) would select the model")


def _catalog(folder: Path, aliases: str) -> Path:
    file = folder / "mine.toml"
    file.write_text('[[providers]]\nid = "my-host"\nname = "My Host"\n'
                    f'[[models]]\nid = "my-ft"\nname = "My fine-tune"\naliases = {aliases}\n'
                    + _ROUTE, encoding="utf-8")
    return file


@pytest.mark.parametrize(("aliases", "index", "value"), [
    ('["", "my fine tune"]', 0, ""), ('["my fine tune", "-"]', 1, "-"),
    ('["  ", "x"]', 0, "  "), ('["_ -"]', 0, "_ -")])
@pytest.mark.parametrize("bundled", [False, True])
def test_an_alias_that_names_nothing_is_refused(tmp_path: Path, aliases: str, index: int,
                                                value: str, bundled: bool) -> None:
    file = _catalog(tmp_path, aliases)
    with pytest.raises(CatalogError) as caught:
        load_catalog(file, bundled=bundled)
    assert [str(p) for p in caught.value.problems] == [
        f"{file}: models[0].aliases[{index}] = {value!r}: {_EMPTY}"]


@pytest.mark.parametrize("bundled", [False, True])
@pytest.mark.parametrize(("aliases", "first"), [('["foo", "foo"]', 0),
                                                ('["foo", "bar", "Foo_"]', 0)])
def test_an_alias_listed_twice_is_refused(tmp_path: Path, aliases: str, first: int,
                                          bundled: bool) -> None:
    file = _catalog(tmp_path, aliases)
    with pytest.raises(CatalogError) as caught:
        load_catalog(file, bundled=bundled)
    [problem] = caught.value.problems
    assert problem.message == (f"listed already as models[0].aliases[{first}] (once case, "
                               "spaces, dashes, underscores, character widths and look-alike "
                               "letters are ignored); list each alias once")


def test_the_cli_refuses_the_catalog_in_one_line(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    file = _catalog(tmp_path, '["", "my fine tune"]')
    out = io.StringIO()
    assert main(["phi-2", "", "--catalog", str(file), "--sections", "summary"], out=out) == 2
    assert capsys.readouterr().err == f"phicompare: {file}: models[0].aliases[0] = '': {_EMPTY}\n"
    assert out.getvalue() == ""
    assert len(validate_paths(file)) == 1


def test_distinct_aliases_still_load(tmp_path: Path) -> None:
    file = _catalog(tmp_path, '["my fine tune", "my-ft-v1"]')
    catalog = load_catalog(file, bundled=True)
    assert catalog.model("My Fine Tune").id == catalog.model("my ft v1").id == "my-ft"
