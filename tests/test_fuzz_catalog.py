"""Fuzzing catalog TOML: every input loads, or is a CatalogError of one-line problems.

Each input is loaded over a bundled catalog: the curated layer, indexed as the real one is
(:func:`~tests.helpers.small_bundle`), so that an input that loads goes over its index and one
that does not is read with every file, as over the real catalog, in milliseconds rather than a
second an example.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, strategies as st

from phicompare import CatalogError, load_catalog
from phicompare.catalog import loader
from phicompare.catalog.loader import validate_paths

from .fuzzing import FUZZ, HOSTILE_TEXT, toml_document, values
from .helpers import small_bundle

REFERENCE = (Path(__file__).parent / "data" / "reference_page.toml").read_text(encoding="utf-8")

KEYS = st.sampled_from([
    "id", "name", "vendor", "aliases", "released", "parameters_b", "context_window",
    "max_output_tokens", "license", "open_weights", "knowledge_cutoff", "input_modalities",
    "sources", "checked", "capabilities", "scores", "routes", "benchmark", "score", "provider",
    "input", "output", "cache_read", "tiers", "above_input_tokens", "status", "source", "items",
    "chance", "max_score", "metric", "function_calling", "reasoning", "url", "max_price",
]) | HOSTILE_TEXT

RECORD = st.dictionaries(KEYS, values(KEYS), max_size=8)
DOCUMENT = st.fixed_dictionaries({}, optional={
    "schema": st.sampled_from([1, 2, "1"]) | values(KEYS),
    "max_price": values(KEYS),
    "providers": st.lists(RECORD, max_size=2) | values(KEYS),
    "benchmarks": st.lists(RECORD, max_size=2),
    "models": st.lists(RECORD, max_size=3) | values(KEYS),
}) | st.dictionaries(HOSTILE_TEXT, values(KEYS), max_size=3)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_bundle(tmp_path_factory.mktemp("bundle") / "data")


@pytest.fixture(autouse=True)
def bundled(small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The curated layer, indexed, stands for the bundled catalog."""
    monkeypatch.setattr(loader, "_DATA", str(small))


def check(text: str | bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "fuzz.toml"
        if isinstance(text, str):
            file.write_text(text, encoding="utf-8", errors="surrogatepass")
        else:
            file.write_bytes(text)
        for problem in validate_paths(file, strict=True):
            assert "\n" not in str(problem), str(problem)
        problems: tuple[object, ...] = ("loaded",)
        try:
            load_catalog(file, bundled=True)
        except CatalogError as exc:
            problems = exc.problems
        assert problems


@FUZZ
@given(DOCUMENT)
def test_generated_catalogs_load_or_fail_cleanly(data: dict[str, Any]) -> None:
    check(toml_document(data))


@FUZZ
@given(st.integers(min_value=0, max_value=len(REFERENCE)), st.integers(0, 40),
       HOSTILE_TEXT | st.text(max_size=20), st.booleans())
def test_mutated_catalogs_load_or_fail_cleanly(at: int, cut: int, insert: str,
                                               bom: bool) -> None:
    text = REFERENCE[:at] + insert + REFERENCE[at + cut:]
    check(("\ufeff" if bom else "") + text)


@FUZZ
@given(st.binary(max_size=200))
def test_arbitrary_bytes_load_or_fail_cleanly(data: bytes) -> None:
    check(data)
