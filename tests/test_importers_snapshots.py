"""The importers on the full real-world snapshots in ../shared/data (skipped where absent).

Every imported price and limit is compared with the raw files, read here independently.
"""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path

import pytest
import tomli

from phicompare import Catalog, RouteStatus, compare
from phicompare.importers import (
    ImportedCatalog,
    from_genai_prices,
    from_litellm,
    from_llmstats,
    from_models_dev,
    from_openrouter,
    merge,
)
from phicompare.importers._common import unfloat
from phicompare.importers._gateway_defaults import default_limits

from .helpers import base_price, drop_lone_zero, genai_price_entries, raw_json
from .test_importers_merge import assert_consistent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def models_dev(shared_data: Path) -> ImportedCatalog:
    return from_models_dev(shared_data / "models.dev")


@pytest.fixture(scope="module")
def litellm(shared_data: Path) -> ImportedCatalog:
    return from_litellm(shared_data / "litellm")


@pytest.fixture(scope="module")
def openrouter(shared_data: Path) -> ImportedCatalog:
    return from_openrouter(shared_data / "openrouter")


@pytest.fixture(scope="module")
def llmstats(shared_data: Path) -> ImportedCatalog:
    return from_llmstats(shared_data / "llmstats")


@pytest.fixture(scope="module")
def genai_prices(shared_data: Path) -> ImportedCatalog:
    return from_genai_prices(shared_data / "genai-prices")


@pytest.fixture(scope="module")
def merged(models_dev: ImportedCatalog, litellm: ImportedCatalog, openrouter: ImportedCatalog,
           llmstats: ImportedCatalog, genai_prices: ImportedCatalog) -> ImportedCatalog:
    return merge([models_dev, litellm, openrouter, llmstats, genai_prices])


def test_models_dev_imports_every_route_file(models_dev: ImportedCatalog) -> None:
    report = models_dev.report
    assert report.routes == 5276
    assert report.records == 5276 + 147 + 231  # routes, provider.toml, models/ metadata
    assert report.skipped == ()
    assert len(models_dev.providers) == 147
    assert report.checked.isoformat() == "2026-07-02"


def test_models_dev_prices_and_limits_survive_exactly(models_dev: ImportedCatalog,
                                                      shared_data: Path) -> None:
    root = shared_data / "models.dev"
    compared = 0
    for model in models_dev:
        for route in model.routes:
            relative = route.source.split("/blob/", 1)[1].split("/", 1)[1]
            raw = tomli.loads((root / relative).read_text(encoding="utf-8"),
                              parse_float=Decimal)
            cost = drop_lone_zero(raw.get("cost", {}), "input", "output")
            if (route.provider_model_id or "").endswith((":free", "-free")) or "(free)" in str(
                    raw.get("name")):
                cost = raw.get("cost", {})
            # exactly as written, but for prices printed from a binary float (unfloat's rule)
            assert (route.input, route.output, route.cache_read, route.cache_write) == tuple(
                None if (v := cost.get(side)) is None else unfloat(Decimal(v))
                for side in ("input", "output", "cache_read", "cache_write")), relative
            if "base_model" not in raw:
                limit = raw.get("limit", {})
                if default_limits(route.provider, route.provider_model_id or "", raw):
                    limit = {}  # a gateway's default pair is no figure (review 21, P1)
                # models.dev writes 0 for a limit it does not know: unknown, never 0
                assert route.context_window == (limit.get("context") or None), relative
                assert route.max_output_tokens == (limit.get("output") or None), relative
            compared += 1
    assert compared == 5276


def test_models_dev_report_counts_the_keys_its_schema_drops(models_dev: ImportedCatalog) -> None:
    counts = {n.field: n.count for n in models_dev.report.fields if n.reason.startswith("unknown")}
    assert counts["cost.cached_input"] == 7
    assert counts["cost.cache_input"] == 9
    assert counts["cost.cached_write"] == 5


def test_litellm_prices_and_limits_survive_exactly(litellm: ImportedCatalog,
                                                   shared_data: Path) -> None:
    raw = raw_json(shared_data / "litellm" / "model_prices_and_context_window.json")
    text_modes = {"chat", "completion", "responses"}
    expected = {k for k, v in raw.items() if isinstance(v, dict) and v.get("mode") in text_modes}
    routes = {r.source.rsplit("#", 1)[1]: r for m in litellm for r in m.routes}
    assert set(routes) <= expected
    for key in expected - set(routes):  # a route listed twice: the second key names the first
        provider = raw[key]["litellm_provider"]
        assert any(r.provider == provider for r in litellm.model(key).routes), key
    assert len(expected - set(routes)) < 20
    for key, route in routes.items():
        entry = raw[key]
        if ":free" not in key and not key.endswith("-free"):
            entry = drop_lone_zero(entry, "input_cost_per_token", "output_cost_per_token")
        if "tiered_pricing" in entry:  # the first range's prices are the route's own
            continue
        for field, raw_key in (("input", "input_cost_per_token"),
                               ("output", "output_cost_per_token"),
                               ("cache_read", "cache_read_input_token_cost"),
                               ("cache_write", "cache_creation_input_token_cost"),
                               ("batch_input", "input_cost_per_token_batches")):
            value = entry.get(raw_key)
            assert getattr(route, field) == (
                None if value is None else unfloat(Decimal(value)) * 1_000_000), key
        # (0 is LiteLLM's placeholder for an unknown limit: left unknown)
        assert route.context_window == (entry.get("max_input_tokens") or None), key
        assert route.max_output_tokens == (entry.get("max_output_tokens") or None), key
    skipped = {s.record for s in litellm.report.skipped}
    assert skipped.isdisjoint(expected)


def test_openrouter_prices_survive_exactly(openrouter: ImportedCatalog, shared_data: Path) -> None:
    raw = {m["id"]: m for m in raw_json(shared_data / "openrouter" / "models.json")["data"]}
    routes = [r for m in openrouter for r in m.routes]
    assert len(routes) == 364
    for route in routes:
        pricing = raw[route.provider_model_id or ""]["pricing"]
        if pricing["prompt"] != "-1":
            assert route.input == Decimal(pricing["prompt"]) * 1_000_000
            assert route.output == Decimal(pricing["completion"]) * 1_000_000
        if "input_cache_read" in pricing:
            assert route.cache_read == Decimal(pricing["input_cache_read"]) * 1_000_000


def test_llmstats_scores_and_prices_survive_exactly(llmstats: ImportedCatalog,
                                                    shared_data: Path) -> None:
    root = shared_data / "llmstats"
    assert len(llmstats) == 126
    assert sum(len(m.routes) for m in llmstats) == 185
    raw = raw_json(root / "models/microsoft/phi-4/model.json")
    phi4 = llmstats.model("phi-4")
    assert [s.score for s in phi4.scores] == [
        m["score"] * 100 for m in raw["qualitative_metrics"]]
    for model in llmstats:
        assert all(0 <= s.score <= 100 for s in model.scores)


def test_genai_prices_survive_exactly(genai_prices: ImportedCatalog, shared_data: Path) -> None:
    entries = genai_price_entries(shared_data / "genai-prices/prices/new_data/v2/data.json")
    routes = [r for m in genai_prices for r in m.routes]
    assert len(routes) == len(entries)
    for route in routes:
        start = route.effective_from.isoformat() if route.effective_from else None
        prices = entries[(route.provider, route.provider_model_id, start)]
        for field, unit in (("input", "input_mtok"), ("output", "output_mtok"),
                            ("cache_read", "cache_read_mtok"), ("cache_write", "cache_write_mtok")):
            value = base_price(prices.get(unit))
            assert getattr(route, field) == (None if value is None else unfloat(Decimal(value))), (
                route.provider, route.provider_model_id)


def test_phi4_context_16k_vs_128k_is_a_conflict(merged: ImportedCatalog) -> None:
    conflict = next(c for c in merged.conflicts().for_model("phi-4")
                    if c.field == "context_window")
    sources = {v.value: v.sources for v in conflict.values}
    assert "models.dev:azure" in sources[128000]
    assert "litellm:azure_ai" in sources[16384]
    assert "llmstats" in sources[16000]


def test_phi4_family_release_dates_are_conflicts(merged: ImportedCatalog) -> None:
    released = {c.model: {v.value.isoformat(): v.sources for v in c.values
                          if hasattr(v.value, "isoformat")}
                for c in merged.conflicts() if c.field == "released"}
    for name in ("phi-4-mini", "phi-4-multimodal", "phi-4-reasoning"):
        dates = released[merged.model(name).id]
        assert "models.dev:azure" in dates["2024-12-11"], name  # Phi-4's date, copied
        assert any("llmstats" in s for d, s in dates.items() if d >= "2025-02-01"), name


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_any_two_models_compare(models_dev: ImportedCatalog, litellm: ImportedCatalog,
                                openrouter: ImportedCatalog, llmstats: ImportedCatalog,
                                genai_prices: ImportedCatalog, merged: ImportedCatalog) -> None:
    rng = random.Random(7)
    catalogs: list[Catalog] = [models_dev, litellm, openrouter, llmstats, genai_prices, merged]
    for catalog in catalogs:
        ids = [m.id for m in catalog]
        for _ in range(25):
            a, b = rng.sample(ids, 2)
            result = compare(a, b, catalog=catalog)
            json.dumps(result.to_dict())


def test_phi4_against_phi4_mini_is_a_sensible_comparison(merged: ImportedCatalog) -> None:
    result = compare("phi-4", "phi-4-mini", catalog=merged)
    estimates = result.cost.estimates
    assert len(estimates) == 2
    for estimate in estimates:
        assert estimate.route is not None
        assert estimate.route.status is not RouteStatus.DEPRECATED
        assert estimate.monthly is not None
        assert estimate.monthly > 0
    assert [m.context_window for m in result.models] == [16384, 128000]


def test_full_imports_are_consistent_catalogs(models_dev: ImportedCatalog, litellm: ImportedCatalog,
                                              openrouter: ImportedCatalog,
                                              llmstats: ImportedCatalog,
                                              genai_prices: ImportedCatalog,
                                              merged: ImportedCatalog) -> None:
    for catalog in (models_dev, litellm, openrouter, llmstats, genai_prices, merged):
        assert_consistent(catalog)
