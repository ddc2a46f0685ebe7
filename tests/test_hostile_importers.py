"""Hostile importer input: a bad record is skipped with a report line; a bad file, SourceError."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from phicompare.exceptions import SourceError
from phicompare.importers import (
    ImportedCatalog,
    from_genai_prices,
    from_litellm,
    from_llmstats,
    from_models_dev,
    from_openrouter,
)

GOOD = {"litellm_provider": "a", "mode": "chat", "input_cost_per_token": 1e-7,
        "output_cost_per_token": 2e-7}


def write(folder: Path, name: str, text: str) -> Path:
    file = folder / name
    file.write_text(text, encoding="utf-8")
    return file


def skipped(catalog: ImportedCatalog) -> list[str]:
    return [str(s) for s in catalog.report.skipped]


@pytest.mark.parametrize(("key", "entry", "reason"), [
    ("a/x", {"litellm_provider": "a", "mode": ["chat"]}, "no mode"),
    ("", GOOD, "leaves no model id"),
    ("a/", GOOD, "leaves no model id"),
    ("a/x", {**GOOD, "input_cost_per_token": 1e300}, "above $100,000 per 1M tokens"),
    ("a/x", {**GOOD, "max_input_tokens": 1e300}, "context_window"),
])
def test_litellm_skips_a_bad_record_and_keeps_the_rest(tmp_path: Path, key: str,
                                                       entry: dict[str, object],
                                                       reason: str) -> None:
    file = write(tmp_path, "p.json", json.dumps({key: entry, "b/good": {**GOOD,
                                                                        "litellm_provider": "b"}}))
    catalog = from_litellm(file)
    assert [m.id for m in catalog] == ["good"]
    assert any(reason in s for s in skipped(catalog)), skipped(catalog)


def test_litellm_nan_and_infinity_are_never_prices(tmp_path: Path) -> None:
    file = write(tmp_path, "p.json", '{"a/x": {"litellm_provider": "a", "mode": "chat", '
                 '"input_cost_per_token": NaN, "output_cost_per_token": Infinity}}')
    [model] = from_litellm(file)
    assert (model.routes[0].input, model.routes[0].output) == (None, None)


@pytest.mark.parametrize("model_id", ["/", ":free", "a/", "a/:free"])
def test_openrouter_ids_that_name_nothing_are_skipped(tmp_path: Path, model_id: str) -> None:
    file = write(tmp_path, "m.json", json.dumps({"data": [
        {"id": model_id, "pricing": {"prompt": "0.000001", "completion": "0.000002"}},
        {"id": "lab/good", "pricing": {"prompt": "0.000001", "completion": "nan"}}]}))
    catalog = from_openrouter(file)
    assert [m.id for m in catalog] == ["good"]
    assert catalog.model("good").routes[0].output is None
    assert any("leaves no model id" in s for s in skipped(catalog))


@pytest.mark.parametrize(("importer", "name", "text", "needle"), [
    (from_litellm, "p.json", "[1, 2]", "not an object of model entries (its top level is a list)"),
    (from_litellm, "p.json", '"x"', "its top level is a string"),
    (from_openrouter, "m.json", '{"data": {"id": "x"}}', "not a list of models"),
    (from_openrouter, "m.json", "null", "its top level is null"),
    (from_genai_prices, "d.json", '{"id": "x"}', "not a list of providers"),
    (from_litellm, "p.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    (from_openrouter, "m.json", '{"data": ' + "[" * 100_000 + "]" * 100_000 + "}",
     "nested too deeply"),
])
def test_a_file_of_the_wrong_shape_is_a_source_error(
        tmp_path: Path, importer: Callable[[Path], ImportedCatalog], name: str, text: str,
        needle: str) -> None:
    with pytest.raises(SourceError, match=r"^the .* source") as caught:
        importer(write(tmp_path, name, text))
    assert needle in str(caught.value)
    assert "\n" not in str(caught.value)


def test_genai_prices_skips_a_provider_model_of_the_wrong_type(tmp_path: Path) -> None:
    data = [{"id": "p", "pricing_urls": {"x": 1}, "models": [
        {"id": "bad", "match": {"equals": "bad"}, "prices": [1, 2]},
        {"id": "m", "match": {"equals": "m"}, "prices": {"input_mtok": 1, "output_mtok": 2}}]},
        {"id": "q", "models": "not a list"}]
    catalog = from_genai_prices(write(tmp_path, "d.json", json.dumps(data)))
    assert "m" in catalog


def _models_dev(root: Path, model_toml: str, route_toml: str) -> Path:
    (root / "models" / "lab").mkdir(parents=True)
    (root / "providers" / "p" / "models").mkdir(parents=True)
    write(root / "providers" / "p", "provider.toml", 'name = "P"\n')
    write(root / "models" / "lab", "m.toml", model_toml)
    write(root / "providers" / "p" / "models", "m.toml", route_toml)
    write(root / "providers" / "p" / "models", "good.toml",
          'name = "Good"\n[cost]\ninput = 1\noutput = 2\n')
    return root


@pytest.mark.parametrize(("model_toml", "route_toml"), [
    ('name = "M"\nbenchmarks = "x"\n', 'name = "M"\n'),
    ('name = "M"\nbenchmarks = [1, "x", {score = "high"}]\n', 'name = "M"\n'),
    ('name = "M"\nlinks = "x"\n', 'name = "M"\n'),
    ('name = "M"\n', 'name = "M"\n[cost]\ninput = nan\noutput = inf\n'),
    ('name = "M"\n', 'name = "M"\n[cost]\ninput = 1e300\noutput = 1\n'),
    ('name = "M"\n', 'name = "M"\n[limit]\ncontext = 1e300\n'),
    ('name = "M"\n', 'name = "M"\ncost = [1]\nlimit = "big"\nmodalities = 3\n'),
])
def test_models_dev_skips_bad_records(tmp_path: Path, model_toml: str, route_toml: str) -> None:
    catalog = from_models_dev(_models_dev(tmp_path, model_toml, route_toml))
    assert "good" in catalog
    for model in catalog:
        for route in model.routes:
            assert route.input is None or route.input.is_finite()


def test_llmstats_skips_bad_records(tmp_path: Path) -> None:
    (tmp_path / "models" / "lab" / "m").mkdir(parents=True)
    (tmp_path / "providers" / "p").mkdir(parents=True)
    write(tmp_path / "models" / "lab" / "m", "model.json",
          json.dumps({"name": ["M"], "param_count": "x", "benchmarks": "no"}))
    write(tmp_path / "providers" / "p", "provider.json", json.dumps(
        {"name": "P", "providermodels": [{"model_id": "/"}, {"model_id": "m",
                                                              "price_per_input_token": 1e300}]}))
    catalog = from_llmstats(tmp_path)
    assert all(m.id for m in catalog)


def test_models_dev_survives_a_symlink_loop_a_bom_and_deep_nesting(tmp_path: Path) -> None:
    import os

    root = _models_dev(tmp_path, 'name = "M"\n', 'name = "M"\n')
    models = root / "providers" / "p" / "models"
    os.symlink("..", models / "up")
    os.symlink("self.toml", models / "self.toml")
    (models / "bom.toml").write_bytes(b"\xef\xbb\xbfname = 'Bom'\n[cost]\ninput = 1\noutput = 1\n")
    write(models, "deep.toml", "a = " + "[" * 5000 + "]" * 5000 + "\n")
    write(models, "huge.toml", "a = " + "9" * 5000 + "\n")
    catalog = from_models_dev(root)
    assert {"good", "bom"} <= {m.id for m in catalog}
    reasons = skipped(catalog)
    assert any("nested too deeply" in r for r in reasons), reasons
    assert any("huge.toml" in r for r in reasons), reasons


def test_a_blank_model_name_falls_back_to_the_id(tmp_path: Path) -> None:
    (tmp_path / "models" / "lab" / "m").mkdir(parents=True)
    (tmp_path / "providers").mkdir()
    write(tmp_path / "models" / "lab" / "m", "model.json", json.dumps({"name": " "}))
    [model] = from_llmstats(tmp_path)
    assert model.name == model.id == "m"
    assert any(note.field == "name" for note in from_llmstats(tmp_path).report.fields)


def test_genai_prices_provider_ids_never_name_files_outside_the_data(tmp_path: Path) -> None:
    """An id with a NUL, a slash or '..' reads no YAML file (found by the fuzz suite)."""
    for pid in ("\x00", "../../secret", "a/b"):
        data = [{"id": pid, "name": "P", "models": [
            {"id": "m", "prices": {"input_mtok": 1, "output_mtok": 2}}]}]
        path = tmp_path / "data.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        catalog = from_genai_prices(str(path))
        assert [m.id for m in catalog] == ["m"]
