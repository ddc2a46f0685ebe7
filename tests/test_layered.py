"""A user's files over the bundled catalog, read on demand: what a whole load of every file holds.

``load_catalog(PATH, bundled=True)`` (and ``--catalog PATH``) puts the given records over the
bundled index without reading the bundled models, where the index shows a whole load would hold
the same; anywhere else it reads every file, as it always has. Each case here is loaded both
ways and compared: records, lookups, neighbours, spreads and pages. The cases run over the
curated layer as the bundled catalog (:func:`~tests.helpers.small_bundle`: a whole load of it
takes milliseconds), and two of them over the real one.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from phicompare import Catalog, CatalogError, compare, load_catalog
from phicompare.catalog import loader
from phicompare.catalog.loader import bundled_files

from .helpers import small_bundle

ROUTE = """
[[models.routes]]
provider = "{provider}"
input = 0.1
output = 0.2
source = "https://example.com/prices"
checked = 2026-11-01
"""

NEW_MODEL = """
[[models]]
id = "my-model"
name = "My Model"
family = "phi"
vendor = "microsoft"
parameters_b = 3.8
context_window = 65536
aliases = ["me/my-model"]
[[models.scores]]
benchmark = "mmlu"
score = 60.0
""" + ROUTE.format(provider="azure-foundry")

REPLACED_MODEL = """
[[models]]
id = "phi-4-mini"
name = "Phi-4 Mini (mine)"
context_window = 65536
[[models.scores]]
benchmark = "mmlu"
score = 60.0
""" + ROUTE.format(provider="azure-foundry")

TWO_RUNS = NEW_MODEL + """
[[models.scores]]
benchmark = "mmlu"
score = 40.0
evaluation = "my own run"
"""

OWN_RECORDS = """
[[providers]]
id = "my-host"
name = "My Host"
[[providers]]
id = "openai"
name = "OpenAI (renamed)"
[[benchmarks]]
id = "my-bench"
name = "My Bench"
max_score = 10
""" + NEW_MODEL + """
[[models.scores]]
benchmark = "my-bench"
score = 7
""" + ROUTE.format(provider="my-host")

# Read on demand: the bundled models stay unread.
LAYERED: dict[str, str | tuple[str, ...]] = {
    "a new model": NEW_MODEL,
    "a replaced bundled model": REPLACED_MODEL,
    "a new model with two runs (a larger spread)": TWO_RUNS,
    "own providers and benchmarks, one replacing a bundled provider": OWN_RECORDS,
    "two files, the later replacing the earlier's model": (NEW_MODEL, NEW_MODEL.replace(
        'name = "My Model"', 'name = "My Model v2"')),
}

# A whole load: what the index cannot tell.
WHOLE: dict[str, str | tuple[str, ...]] = {
    "a bundled benchmark redefined": 'schema = 1\n[[benchmarks]]\nid = "mmlu"\nname = "M"\n',
    "a bundled model whose runs set a spread, replaced": REPLACED_MODEL.replace(
        "phi-4-mini", "phi-3.5-mini"),
}

# Problems a whole load lists, listed the same.
BROKEN: dict[str, str | tuple[str, ...]] = {
    "an alias another bundled model has": NEW_MODEL.replace("me/my-model", "phi-2"),
    "an id equal to a bundled id once normalised": NEW_MODEL.replace('"my-model"', '"Phi_2"'),
    "an unknown provider": NEW_MODEL.replace("azure-foundry", "azure-foundy"),
    "a score above its benchmark's range": NEW_MODEL.replace("60.0", "160.0"),
    "an unknown benchmark": NEW_MODEL.replace('"mmlu"', '"mmlu-x"'),
    "a problem of the file's own": NEW_MODEL.replace("65536", "-1"),
    "a file that does not parse beside one that loads": (NEW_MODEL, "[[models]\n"),
    "two given models with one alias": (NEW_MODEL, NEW_MODEL.replace("my-model\"\n", "other\"\n")
                                        .replace('"my-model"', '"other"')),
}


def _files(tmp_path: Path, texts: str | tuple[str, ...]) -> list[Path]:
    paths = []
    tmp_path.mkdir(exist_ok=True)
    for number, text in enumerate((texts,) if isinstance(texts, str) else texts):
        path = tmp_path / f"mine-{number}.toml"
        path.write_text("schema = 1\n" + textwrap.dedent(text).removeprefix("schema = 1\n"),
                        encoding="utf-8")
        paths.append(path)
    return paths


def _whole(paths: list[Path]) -> Catalog:
    """Every bundled file, then the given ones: the load ``bundled=True`` always did."""
    return load_catalog(*bundled_files(), *paths)


def _same(layered: Catalog, whole: Catalog, ids: list[str]) -> None:
    assert repr(layered) == repr(whole)
    assert layered.models == whole.models
    assert layered.providers == whole.providers
    assert layered.benchmarks == whole.benchmarks
    assert {b.id: layered.run_spread(b.id) for b in whole.benchmarks} == {
        b.id: whole.run_spread(b.id) for b in whole.benchmarks}
    for model_id in ids:
        model = whole.model(model_id)
        for name in (model.id, *model.aliases):
            assert layered.model(name) == model
        assert layered.neighbour_names(model_id) == whole.neighbour_names(model_id)
        for other in {"phi-2", "llama-3.2-3b"} - {model_id}:
            assert compare(model_id, other, catalog=layered).to_markdown() == compare(
                model_id, other, catalog=whole).to_markdown()


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_bundle(tmp_path_factory.mktemp("bundle") / "data")


@pytest.fixture
def bundled(small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The curated layer, indexed, stands for the bundled catalog."""
    monkeypatch.setattr(loader, "_DATA", str(small))


def _given(texts: str | tuple[str, ...]) -> list[str]:
    return ["my-model" if "my-model" in str(texts) else "phi-4-mini", "phi-2"]


def _layered_as_whole(paths: list[Path], ids: list[str]) -> None:
    layered = load_catalog(*paths, bundled=True)
    assert layered.shelf is not None  # read on demand
    _same(layered, _whole(paths), ids)


def _broken_as_whole(paths: list[Path]) -> None:
    with pytest.raises(CatalogError) as whole:
        _whole(paths)
    with pytest.raises(CatalogError) as info:
        load_catalog(*paths, bundled=True)
    assert info.value.problems == whole.value.problems


@pytest.mark.usefixtures("bundled")
@pytest.mark.parametrize("texts", LAYERED.values(), ids=LAYERED)
def test_given_files_over_the_index_hold_what_a_whole_load_holds(
        tmp_path: Path, texts: str | tuple[str, ...]) -> None:
    _layered_as_whole(_files(tmp_path, texts), _given(texts))


@pytest.mark.usefixtures("bundled")
@pytest.mark.parametrize("texts", WHOLE.values(), ids=WHOLE)
def test_what_the_index_cannot_tell_is_a_whole_load(tmp_path: Path,
                                                    texts: str | tuple[str, ...]) -> None:
    paths = _files(tmp_path, texts)
    loaded = load_catalog(*paths, bundled=True)
    assert loaded.shelf is None
    assert loaded.models == _whole(paths).models


@pytest.mark.usefixtures("bundled")
@pytest.mark.parametrize("texts", BROKEN.values(), ids=BROKEN)
def test_given_files_with_problems_list_what_a_whole_load_lists(
        tmp_path: Path, texts: str | tuple[str, ...]) -> None:
    _broken_as_whole(_files(tmp_path, texts))


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
def test_over_the_real_bundled_catalog(tmp_path: Path) -> None:
    """One case each way over the thousand-odd bundled models, not the curated stand-in."""
    _layered_as_whole(_files(tmp_path / "new", NEW_MODEL), _given(NEW_MODEL))
    _broken_as_whole(_files(tmp_path / "clash", BROKEN["an alias another bundled model has"]))
