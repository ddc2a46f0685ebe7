"""Fuzzing each importer's input: an import succeeds, or is one SourceError; never a traceback."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import given, strategies as st

from phicompare.exceptions import SourceError
from phicompare.importers import (
    ImportedCatalog,
    from_genai_prices,
    from_litellm,
    from_llmstats,
    from_models_dev,
    from_openrouter,
)

from .fuzzing import FUZZ, HOSTILE_TEXT, json_paths, replaced, toml_document, values

EXCERPTS = Path(__file__).parent / "data" / "excerpts"
SOURCES: dict[str, tuple[Path, Callable[[Path], ImportedCatalog]]] = {
    "litellm": (EXCERPTS / "litellm" / "model_prices_and_context_window.json", from_litellm),
    "openrouter": (EXCERPTS / "openrouter" / "models.json", from_openrouter),
    "genai-prices": (EXCERPTS / "genai-prices" / "prices" / "new_data" / "v2" / "data.json",
                     from_genai_prices),
}
PARSED = {kind: json.loads(file.read_text(encoding="utf-8")) for kind, (file, _) in
          SOURCES.items()}
PATHS = {kind: json_paths(data) for kind, data in PARSED.items()}
KEYS = st.sampled_from(["id", "name", "mode", "litellm_provider", "input_cost_per_token",
                        "pricing", "prompt", "completion", "models", "prices", "input_mtok",
                        "context_length", "max_input_tokens", "match", "equals"]) | HOSTILE_TEXT


def _json(value: Any) -> Any:
    """JSON-ready: Decimals as numbers (nan and inf as Python's JSON writes them), dates as text."""
    if isinstance(value, Decimal):
        return float(value) if not value.is_finite() else (
            int(value) if value == value.to_integral_value() and abs(value) < 10**15
            else float(value))
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def check(run: Callable[[], ImportedCatalog]) -> None:
    try:
        catalog = run()
    except SourceError as exc:
        message = str(exc)
        catalog = None
    if catalog is None:
        assert "\n" not in message
        return
    for skipped in catalog.report.skipped:
        assert "\n" not in str(skipped)
    for model in catalog:
        for route in model.routes:
            for price in (route.input, route.output):
                assert price is None or (price.is_finite() and price <= 100_000)


@FUZZ
@given(st.sampled_from(sorted(SOURCES)), st.data())
def test_json_importers_survive_one_mutation(kind: str, data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(PATHS[kind]), label="path")
    value = _json(data.draw(values(KEYS), label="value"))
    text = json.dumps(replaced(PARSED[kind], path, value))
    importer = SOURCES[kind][1]
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / SOURCES[kind][0].name
        file.write_text(text, encoding="utf-8", errors="surrogatepass")
        check(lambda: importer(file))


@FUZZ
@given(st.sampled_from(sorted(SOURCES)), values(KEYS))
def test_json_importers_survive_any_document(kind: str, value: Any) -> None:
    importer = SOURCES[kind][1]
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "source.json"
        file.write_text(json.dumps(_json(value)), encoding="utf-8", errors="surrogatepass")
        check(lambda: importer(file))


MODELS_DEV_KEYS = st.sampled_from([
    "name", "family", "release_date", "last_updated", "reasoning", "tool_call", "knowledge",
    "open_weights", "limit", "context", "output", "cost", "input", "cache_read", "modalities",
    "benchmarks", "score", "links", "url", "base_model", "base_model_omit", "status",
]) | HOSTILE_TEXT


@FUZZ
@given(st.dictionaries(MODELS_DEV_KEYS, values(MODELS_DEV_KEYS), max_size=6),
       st.dictionaries(MODELS_DEV_KEYS, values(MODELS_DEV_KEYS), max_size=6),
       st.sampled_from(["m", "lab/m", "a--vs--b", "_", "M"]))
def test_models_dev_survives_any_files(model: dict[str, Any], route: dict[str, Any],
                                       name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "models" / "lab").mkdir(parents=True)
        (root / "providers" / "p" / "models" / "lab").mkdir(parents=True)
        (root / "providers" / "p" / "provider.toml").write_text('name = "P"\n', encoding="utf-8")
        for file, data in ((root / "models" / "lab" / "m.toml", model),
                           (root / "providers" / "p" / "models" / f"{name}.toml", route)):
            file.write_text(toml_document(data), encoding="utf-8", errors="surrogatepass")
        check(lambda: from_models_dev(root))


@FUZZ
@given(values(KEYS), values(KEYS))
def test_llmstats_survives_any_files(model: Any, provider: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "models" / "lab" / "m").mkdir(parents=True)
        (root / "providers" / "p").mkdir(parents=True)
        (root / "models" / "lab" / "m" / "model.json").write_text(
            json.dumps(_json(model)), encoding="utf-8", errors="surrogatepass")
        (root / "providers" / "p" / "provider.json").write_text(
            json.dumps(_json(provider)), encoding="utf-8", errors="surrogatepass")
        check(lambda: from_llmstats(root))
