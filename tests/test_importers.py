"""The four importers on small excerpts of the real snapshots (tests/data/excerpts).

Every price and limit is checked against the raw excerpt file, read here independently.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import tomli
from hypothesis import given, strategies as st

from phicompare import RouteStatus
from phicompare.importers import (
    ImportedCatalog,
    SourceError,
    from_genai_prices,
    from_litellm,
    from_llmstats,
    from_models_dev,
    from_openrouter,
)
from phicompare.importers._common import as_date, as_money, per_million, read_snapshot, tidy

from .conftest import DATA
from .helpers import base_price, genai_price_entries, raw_json

EXCERPTS = DATA / "excerpts"
MODELS_DEV = EXCERPTS / "models.dev"
LITELLM = EXCERPTS / "litellm" / "model_prices_and_context_window.json"
OPENROUTER = EXCERPTS / "openrouter" / "models.json"
LLMSTATS = EXCERPTS / "llmstats"
COMMIT = "f3fc692299671838c7c65fd8126bf84d81a2e817"
DAY = dt.date(2026, 1, 1)


def toml(path: Path) -> dict[str, Any]:
    return tomli.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)


@pytest.fixture(scope="module")
def models_dev() -> ImportedCatalog:
    return from_models_dev(MODELS_DEV)


@pytest.fixture(scope="module")
def litellm() -> ImportedCatalog:
    return from_litellm(LITELLM)


@pytest.fixture(scope="module")
def openrouter() -> ImportedCatalog:
    return from_openrouter(OPENROUTER)


@pytest.fixture(scope="module")
def llmstats() -> ImportedCatalog:
    return from_llmstats(LLMSTATS)


# -- exact arithmetic ------------------------------------------------------------------------


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=0, max_value=10,
                   places=12))
def test_per_million_is_exactly_a_million_times(per_token: Decimal) -> None:
    """Per-token -> per-1M is exact: equal to the Decimal product, never rounded through a float."""
    assert per_million(per_token) == per_token * 1_000_000
    assert "E" not in str(per_million(per_token))


@pytest.mark.parametrize(("printed", "meant"), [
    ("0.44999999999999996", "0.45"), ("0.49299999999999994", "0.493"),
    ("2.9000000000000004", "2.9"), ("4.4999999999999996e-07", "4.5e-07"),
    ("0.0833333333333", "0.0833333333333"), ("0.08333333333333334", "0.08333333333333334"),
    ("0.12345678901234567", "0.12345678901234567"), ("0.075", "0.075")])
def test_a_float_artefact_is_read_as_the_price_it_stands_for(printed: str, meant: str) -> None:
    assert as_money(Decimal(printed)) == Decimal(meant)
    assert as_money(printed) == Decimal(meant)


@given(st.decimals(min_value=0, max_value=1000, places=6, allow_nan=False))
def test_a_price_a_source_wrote_as_such_never_changes(price: Decimal) -> None:
    assert as_money(price) == price


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_tidy_keeps_the_value_and_drops_zeros(number: Decimal) -> None:
    """tidy() moves digits only: the value is kept, trailing zeros and positive exponents go."""
    tidied = tidy(number)
    assert tidied == number
    _, digits, exponent = tidied.as_tuple()
    assert isinstance(exponent, int)
    assert exponent <= 0
    assert exponent == 0 or digits[-1] != 0


@pytest.mark.parametrize(("text", "expected"), [
    ("1.25e-07", Decimal("0.125")),
    ("5e-07", Decimal("0.5")),
    ("6.5e-08", Decimal("0.065")),
    ("0.000000065", Decimal("0.065")),
    ("3e-05", Decimal("30")),
    ("0.0", Decimal("0")),
])
def test_per_million_table(text: str, expected: Decimal) -> None:
    assert per_million(Decimal(text)) == expected
    assert str(per_million(Decimal(text))) == str(expected)


def test_snapshot_provenance_is_read() -> None:
    snapshot = read_snapshot(MODELS_DEV)
    assert (snapshot.repo, snapshot.commit, snapshot.date) == (
        "anomalyco/models.dev", COMMIT, dt.date(2026, 7, 2))
    assert read_snapshot(LITELLM.parent).date is None  # LiteLLM's SNAPSHOT.txt gives no date
    assert as_date("2024-12") is None


# -- models.dev ------------------------------------------------------------------------------


def test_models_dev_routes_carry_prices_and_limits_exactly(models_dev: ImportedCatalog) -> None:
    """Every route's prices and limits equal its raw file's (base_model inheritance aside)."""
    checked = 0
    for model in models_dev:
        for route in model.routes:
            relative = route.source.split(f"/blob/{COMMIT}/", 1)[1]
            raw = toml(MODELS_DEV / relative)
            cost, limit = raw.get("cost", {}), raw.get("limit", {})
            assert route.input == cost.get("input")
            assert route.output == cost.get("output")
            assert route.cache_read == cost.get("cache_read")
            assert route.cache_write == cost.get("cache_write")
            if "base_model" not in raw:
                assert route.context_window == limit.get("context")
                assert route.max_output_tokens == limit.get("output")
            checked += 1
    assert checked == 13


def test_models_dev_joins_one_model_under_its_names(models_dev: ImportedCatalog) -> None:
    phi4 = models_dev.model("microsoft/phi-4")
    assert phi4 is models_dev.model("phi-4")
    providers = sorted(r.provider for r in phi4.routes)
    assert providers == ["azure", "azure-cognitive-services", "github-models", "kilo",
                         "openrouter"]
    mini = models_dev.model("phi-4-mini")
    assert mini is models_dev.model("microsoft/phi-4-mini-instruct")


def test_models_dev_sources_are_urls_at_the_commit(models_dev: ImportedCatalog) -> None:
    route = next(r for r in models_dev.model("phi-4").routes if r.provider == "azure")
    assert route.source == (f"https://github.com/anomalyco/models.dev/blob/{COMMIT}/"
                            "providers/azure/models/phi-4.toml")
    assert route.checked == dt.date(2026, 7, 2)
    assert models_dev.report.checked_from == "SNAPSHOT.txt"


def test_models_dev_model_facts_take_the_majority(models_dev: ImportedCatalog) -> None:
    """Phi-4: 16,384 (kilo, openrouter) outvotes 128,000 (azure; its copy does not vote twice)."""
    phi4 = models_dev.model("phi-4")
    assert phi4.context_window == 16384
    azure = next(r for r in phi4.routes if r.provider == "azure")
    assert azure.context_window == 128000  # the route keeps its own file's value


def test_models_dev_statuses(models_dev: ImportedCatalog) -> None:
    github = next(r for r in models_dev.model("phi-4").routes if r.provider == "github-models")
    assert github.status is RouteStatus.FREE_TIER
    assert github.input == 0
    deprecated = models_dev.model("deepseek-ai/DeepSeek-V3.1").routes[0]
    assert deprecated.status is RouteStatus.DEPRECATED


def test_models_dev_unknown_is_never_no_or_zero(models_dev: ImportedCatalog) -> None:
    deepseek = models_dev.model("DeepSeek-V3.1").routes[0]
    assert deepseek.cache_read is None
    assert deepseek.capabilities is not None
    assert deepseek.capabilities.structured_outputs is None  # the file does not say
    assert models_dev.model("phi-4").license is None


def test_models_dev_base_model_inherits_metadata_and_tiers(models_dev: ImportedCatalog) -> None:
    gemini = models_dev.model("gemini-2.5-pro")
    route = gemini.routes[0]
    assert route.provider == "github-copilot"
    assert route.context_window == 128000  # the provider's override wins
    assert [(t.above_input_tokens, t.input, t.output) for t in route.tiers] == [
        (200000, Decimal("2.5"), Decimal(15))]
    assert gemini.released == dt.date(2025, 6, 17)  # from models/google/gemini-2.5-pro.toml
    assert gemini.vendor == "Google"
    assert gemini.scores  # the metadata's benchmarks
    assert all(s.source and s.source.startswith("https://") for s in gemini.scores)


def test_models_dev_report_lists_keys_its_schema_drops(models_dev: ImportedCatalog) -> None:
    notes = {n.field: n for n in models_dev.report.fields}
    cached = notes["cost.cached_input"]
    assert cached.count == 1
    assert cached.reason.startswith("unknown")
    assert cached.examples == ("providers/minimax-cn/models/MiniMax-M2.1.toml",)
    assert "cost.cached_write" in notes
    assert notes["release_date"].examples == ("providers/kilo/models/qwen/qwen3-8b.toml",)
    assert models_dev.report.fields[0].reason.startswith("unknown")  # unknown keys come first
    assert "cost.cached_input" in models_dev.report.to_text()


def test_models_dev_month_only_release_is_unknown(models_dev: ImportedCatalog) -> None:
    assert models_dev.model("qwen3-8b").released is None


def test_models_dev_unreadable_file_is_skipped_with_reason(tmp_path: Path) -> None:
    (tmp_path / "providers/p/models").mkdir(parents=True)
    (tmp_path / "providers/p/provider.toml").write_text('name = "P"\n', encoding="utf-8")
    (tmp_path / "providers/p/models/bad.toml").write_text("name = \n", encoding="utf-8")
    (tmp_path / "providers/p/models/good.toml").write_text(
        '[cost]\ninput = 1\noutput = 2\n', encoding="utf-8")
    catalog = from_models_dev(tmp_path, checked=dt.date(2026, 1, 1))
    assert [m.id for m in catalog] == ["good"]
    assert catalog.report.skipped[0].record == "providers/p/models/bad.toml"
    assert "TOML" in catalog.report.skipped[0].reason
    assert catalog.report.checked_from == "argument"
    assert catalog.model("good").routes[0].source == str(tmp_path / "providers/p/models/good.toml")


# -- LiteLLM ---------------------------------------------------------------------------------


def test_litellm_prices_are_per_token_times_a_million(litellm: ImportedCatalog) -> None:
    raw = raw_json(LITELLM)
    routes = [r for m in litellm for r in m.routes]
    assert len(routes) == 10
    for route in routes:
        key = route.source.rsplit("#", 1)[1]
        entry = raw[key]
        assert route.input == entry.get("input_cost_per_token") * 1_000_000
        assert route.output == entry.get("output_cost_per_token") * 1_000_000
        for field, raw_key in (("cache_read", "cache_read_input_token_cost"),
                               ("batch_input", "input_cost_per_token_batches"),
                               ("batch_output", "output_cost_per_token_batches")):
            value = entry.get(raw_key)
            assert getattr(route, field) == (None if value is None else value * 1_000_000)
        assert route.context_window == entry.get("max_input_tokens")
        assert route.max_output_tokens == entry.get("max_output_tokens")


def test_litellm_phi4(litellm: ImportedCatalog) -> None:
    phi4 = litellm.model("azure_ai/Phi-4")
    assert phi4 is litellm.model("deepinfra/microsoft/phi-4")
    azure = next(r for r in phi4.routes if r.provider == "azure_ai")
    assert (azure.input, azure.output, azure.provider_model_id) == (
        Decimal("0.125"), Decimal("0.5"), "Phi-4")
    assert azure.capabilities is not None
    assert azure.capabilities.function_calling is True
    assert azure.capabilities.vision is False
    assert azure.capabilities.reasoning is None  # not in the entry: unknown
    assert azure.status is RouteStatus.GA  # deprecation 2027-01-17 is after the checked date
    assert azure.notes is not None
    assert "deprecation scheduled for 2027-01-17" in azure.notes


def test_litellm_tiers_batches_and_deprecation(litellm: ImportedCatalog) -> None:
    routes = {r.source.rsplit("#", 1)[1]: r for r in litellm.model("gemini-2.5-pro").routes}
    gemini = routes["gemini/gemini-2.5-pro"]
    assert [(t.above_input_tokens, t.input, t.output) for t in gemini.tiers] == [
        (200000, Decimal("2.5"), Decimal(15))]
    assert (gemini.batch_input, gemini.batch_output) == (Decimal("0.625"), Decimal(5))
    vertex = routes["gemini-2.5-pro"]
    assert vertex.status is RouteStatus.DEPRECATED  # deprecated 2026-10-20, before checked


def test_litellm_deprecation_follows_the_checked_date() -> None:
    later = from_litellm(LITELLM, checked=dt.date(2027, 2, 1))
    azure = later.model("azure_ai/Phi-4").routes[0]
    assert azure.status is RouteStatus.DEPRECATED
    earlier = from_litellm(LITELLM, checked=dt.date(2026, 1, 1))
    vertex = next(r for r in earlier.model("gemini-2.5-pro").routes
                  if r.provider_model_id == "gemini-2.5-pro" and "vertex" in r.provider)
    assert vertex.status is RouteStatus.GA


def test_litellm_skips_what_is_not_text_generation(litellm: ImportedCatalog) -> None:
    skipped = {s.record: s.reason for s in litellm.report.skipped}
    assert skipped["text-embedding-3-small"] == "mode 'embedding' is not text generation"
    assert "sample_spec" in skipped
    assert "fireworks-ai-up-to-4b" in skipped
    assert "text-embedding-3-small" not in litellm


def test_litellm_alias_of_names_its_target(litellm: ImportedCatalog) -> None:
    assert litellm.model("claude-sonnet-latest") is litellm.model("claude-sonnet-5-5")


def test_litellm_keeps_instruct_sibling_apart(litellm: ImportedCatalog) -> None:
    """gpt-3.5-turbo-instruct is a different model from gpt-3.5-turbo (same provider lists both)."""
    assert litellm.model("gpt-3.5-turbo").id != litellm.model("gpt-3.5-turbo-instruct").id


def test_litellm_report_counts_unimported_keys(litellm: ImportedCatalog) -> None:
    notes = {n.field: n for n in litellm.report.fields}
    assert notes["supports_tool_choice"].count >= 3
    assert "cache_read_input_token_cost_above_200k_tokens" not in notes  # a tier's cache price
    assert litellm.report.checked_from == "file modification time"


# -- OpenRouter ------------------------------------------------------------------------------


def test_openrouter_prices_are_exact(openrouter: ImportedCatalog) -> None:
    raw = {m["id"]: m for m in raw_json(OPENROUTER)["data"]}
    for model in openrouter:
        for route in model.routes:
            pricing = raw[route.provider_model_id or ""]["pricing"]
            if pricing["prompt"] == "-1":
                assert route.input is None  # a varying price is unknown, not -1 and not 0
            else:
                assert route.input == Decimal(pricing["prompt"]) * 1_000_000
                assert route.output == Decimal(pricing["completion"]) * 1_000_000
    phi4 = openrouter.model("microsoft/phi-4")
    assert (phi4.routes[0].input, phi4.routes[0].output) == (Decimal("0.065"), Decimal("0.14"))
    assert phi4.context_window == 16384
    assert phi4.name == "Phi 4"
    assert phi4.vendor == "Microsoft"
    assert openrouter.report.checked == dt.date(2026, 5, 15)


def test_openrouter_free_variant_is_a_free_route_of_the_model(openrouter: ImportedCatalog) -> None:
    gemma = openrouter.model("google/gemma-4-31b-it:free")
    assert gemma is openrouter.model("google/gemma-4-31b-it")
    statuses = sorted(r.status.value for r in gemma.routes)
    assert statuses == ["free-tier", "ga"]


def test_openrouter_supported_parameters_document_capabilities(
        openrouter: ImportedCatalog) -> None:
    route = openrouter.model("phi-4").routes[0]
    assert route.capabilities is not None
    assert route.capabilities.function_calling is False  # no "tools" parameter
    assert route.capabilities.structured_outputs is True


def test_openrouter_report(openrouter: ImportedCatalog) -> None:
    notes = {n.field: n for n in openrouter.report.fields}
    assert notes["pricing.prompt"].examples == ("openrouter/auto",)
    assert "pricing.web_search" not in notes  # read as `per_search` (review 20, P7)


# -- LLMStats --------------------------------------------------------------------------------


def test_llmstats_scores_are_points_with_provenance(llmstats: ImportedCatalog) -> None:
    phi4 = llmstats.model("phi-4")
    mmlu = next(s for s in phi4.scores if s.benchmark == "mmlu")
    assert mmlu.score == Decimal("84.8")
    assert mmlu.self_reported is True
    assert mmlu.source == "https://arxiv.org/pdf/2412.08905"
    assert llmstats.benchmark("humaneval-plus").name == "HumanEval+"
    assert phi4.parameters_b == Decimal("14.7")
    assert phi4.license == "MIT"
    assert phi4.context_window == 16000


def test_llmstats_scores_outside_the_schema_are_reported(llmstats: ImportedCatalog) -> None:
    qwen = llmstats.model("qwen3-32b")
    assert all(0 <= s.score <= 100 for s in qwen.scores)
    notes = {n.field: n for n in llmstats.report.fields}
    assert notes["qualitative_metrics[].score"].examples == ("models/qwen/qwen3-32b/model.json",)


def test_llmstats_routes_are_checked_on_their_own_date(llmstats: ImportedCatalog) -> None:
    route = llmstats.model("phi-4").routes[0]
    assert (route.provider, route.input, route.output) == ("deepinfra", Decimal("0.07"),
                                                           Decimal("0.14"))
    assert route.checked == dt.date(2025, 1, 30)
    assert route.source.endswith("/providers/deepinfra/provider.json")
    assert llmstats.provider("deepinfra").name == "DeepInfra"


def test_llmstats_google_routes_of_other_makers_are_vertex(tmp_path: Path) -> None:
    # LLMStats' "google" (website ai.google.dev) lists Claude beside Gemini: the Gemini API
    # serves Google's own models only; the others are Vertex AI's.
    for name in ("gemini-2.5-pro", "claude-3-opus"):
        (tmp_path / "models/lab" / name).mkdir(parents=True)
        (tmp_path / "models/lab" / name / "model.json").write_text(
            json.dumps({"name": name}), encoding="utf-8")
    (tmp_path / "providers/google").mkdir(parents=True)
    (tmp_path / "providers/google/provider.json").write_text(json.dumps({
        "name": "Google", "website": "https://ai.google.dev", "providermodels": [
            {"model_id": name, "price_per_input_token": 1e-06, "price_per_output_token": 2e-06}
            for name in ("gemini-2.5-pro", "claude-3-opus")]}), encoding="utf-8")
    catalog = from_llmstats(tmp_path, checked=DAY)
    assert [r.provider for r in catalog.model("gemini-2.5-pro").routes] == ["google"]
    assert [r.provider for r in catalog.model("claude-3-opus").routes] == ["google-vertex"]
    assert catalog.provider("google-vertex").name == "Vertex AI"


def test_llmstats_a_route_dated_before_its_model_was_released_takes_the_snapshot_date(
        tmp_path: Path) -> None:
    """LLMStats dates Llama 3.1 405B on Vertex AI 2024-03-20, four months before the model was
    released: not the day the price was read, so the route is dated like one with no date
    (the snapshot's), and its notes say so (review 7, F7)."""
    (tmp_path / "models/meta/llama-3.1-405b-instruct").mkdir(parents=True)
    (tmp_path / "models/meta/llama-3.1-405b-instruct/model.json").write_text(
        json.dumps({"name": "Llama 3.1 405B Instruct", "release_date": "2024-07-23"}),
        encoding="utf-8")
    (tmp_path / "providers/google").mkdir(parents=True)
    (tmp_path / "providers/google/provider.json").write_text(json.dumps({
        "name": "Google", "providermodels": [
            {"model_id": "llama-3.1-405b-instruct", "price_per_input_token": 5e-06,
             "price_per_output_token": 1.6e-05, "updated_at": "2024-03-20"}]}),
        encoding="utf-8")
    (route,) = from_llmstats(tmp_path, checked=DAY).model("llama-3.1-405b-instruct").routes
    assert route.checked == DAY
    assert route.notes is not None
    assert ("LLMStats dates this price 2024-03-20, before the model's release on 2024-07-23: "
            f"not the day it was read, so dated by the snapshot ({DAY})") in route.notes


@pytest.mark.parametrize(("slug", "name"), [
    ("gemma", "Gemma Terms of Use"), ("apache-2.0", "Apache-2.0"), ("Apache 2.0", "Apache-2.0"),
    ("llama3.2", "Llama 3.2 Community License"), ("Jamba Open Model License",
                                                  "Jamba Open Model License")])
def test_llmstats_licence_slugs_read_as_names(tmp_path: Path, slug: str, name: str) -> None:
    (tmp_path / "models/lab/m").mkdir(parents=True)
    (tmp_path / "models/lab/m/model.json").write_text(json.dumps({"name": "M", "license": slug}),
                                                      encoding="utf-8")
    (tmp_path / "providers").mkdir()
    assert from_llmstats(tmp_path, checked=DAY).model("m").license == name


def test_llmstats_month_dates_and_weights(llmstats: ImportedCatalog) -> None:
    mini = llmstats.model("phi-4-mini")
    assert mini.released == dt.date(2025, 2, 1)
    assert mini.open_weights is True
    assert mini.vendor == "Microsoft"


# -- genai-prices ----------------------------------------------------------------------------

GENAI_PRICES = EXCERPTS / "genai-prices"


@pytest.fixture(scope="module")
def genai_prices() -> ImportedCatalog:
    return from_genai_prices(GENAI_PRICES)


def test_genai_prices_survive_exactly(genai_prices: ImportedCatalog) -> None:
    entries = genai_price_entries(GENAI_PRICES / "prices/new_data/v2/data.json")
    routes = [r for m in genai_prices for r in m.routes]
    assert len(routes) == len(entries) == 34
    for route in routes:
        start = route.effective_from.isoformat() if route.effective_from else None
        prices = entries[(route.provider, route.provider_model_id, start)]
        assert route.input == base_price(prices.get("input_mtok"))
        assert route.output == base_price(prices.get("output_mtok"))
        assert route.cache_read == base_price(prices.get("cache_read_mtok"))


def test_genai_prices_history_tiers_and_checked_dates(genai_prices: ImportedCatalog) -> None:
    sonnet = genai_prices.model("global.anthropic.claude-sonnet-5-v1:0").routes
    assert [(r.effective_from, r.input) for r in sonnet] == [
        (None, Decimal(2)), (dt.date(2026, 9, 1), Decimal(3))]
    opus = genai_prices.model("claude-opus-4-6").routes[0]
    assert [(t.above_input_tokens, t.input, t.output) for t in opus.tiers] == [
        (200000, Decimal(10), Decimal("37.5"))]
    mini = genai_prices.model("phi-4-mini-instruct").routes[0]
    assert mini.checked == dt.date(2026, 6, 9)  # prices_checked, read from azure.yml
    assert mini.source.endswith("/prices/providers/azure.yml")
    assert genai_prices.model("phi-4").routes[0].checked == dt.date(2026, 8, 21)  # snapshot
    free = next(r for r in genai_prices.model("phi-4-reasoning-plus").routes
                if (r.provider_model_id or "").endswith(":free"))
    assert free.status is RouteStatus.FREE_TIER
    assert free.input is None  # no price given: unknown, not 0
    deepseek = genai_prices.model("deepseek-chat").routes[0]  # peak price, off-peak window
    assert (deepseek.input, deepseek.windows[0].start, deepseek.windows[0].end,
            deepseek.windows[0].input) == (Decimal("0.27"), "16:30", "00:30", Decimal("0.135"))


# -- what cannot be read is listed, never guessed --------------------------------------------


def notes_of(catalog: ImportedCatalog) -> dict[str, str]:
    return {n.field: n.reason for n in catalog.report.fields}


def test_models_dev_bad_values_are_reported(tmp_path: Path) -> None:
    models = tmp_path / "providers/p/models"
    models.mkdir(parents=True)
    (models / "m.toml").write_text(
        'base_model = "lab/missing"\nrelease_date = "soon"\n'
        '[cost]\ninput = -1\noutput = 2\n'
        '[[cost.tiers]]\ntier = { type = "tokens", size = 10 }\ninput = 1\noutput = 1\n'
        '[limit]\ncontext = "16K"\n', encoding="utf-8")
    catalog = from_models_dev(tmp_path, checked=DAY)
    route = catalog.model("m").routes[0]
    assert (route.input, route.output, route.tiers, route.context_window) == (
        None, Decimal(2), (), None)
    notes = notes_of(catalog)
    assert notes["base_model"] == "names no file in models/ ('lab/missing')"
    assert notes["cost.input"] == "not a price"
    assert notes["limit.context"] == "not a token count"
    assert "cost.tiers[]" in notes
    assert notes["provider.toml"].startswith("missing")
    assert catalog.provider("p").name == "p"


def test_litellm_bad_entries_are_reported(tmp_path: Path) -> None:
    file = tmp_path / "prices.json"
    file.write_text(json.dumps({
        "not-an-object": 1,
        "no-provider": {"mode": "chat"},
        "p/m": {"litellm_provider": "p", "mode": "chat", "input_cost_per_token": "cheap",
                "output_cost_per_token": 1e-06, "deprecation_date": "someday",
                "max_input_tokens": "lots",
                "output_cost_per_token_above_128k_tokens": 2e-06},
    }), encoding="utf-8")
    catalog = from_litellm(file, checked=DAY)
    route = catalog.model("p/m").routes[0]
    assert (route.input, route.output, route.status) == (None, Decimal(1), RouteStatus.GA)
    # the tier gives output only: input keeps its own (unknown) price, nothing is copied
    assert [(t.above_input_tokens, t.input, t.output) for t in route.tiers] == [
        (128_000, None, Decimal(2))]
    notes = notes_of(catalog)
    assert notes["input_cost_per_token"] == "not a price"
    assert notes["deprecation_date"] == "not a date"
    assert notes["max_input_tokens"] == "not a token count"
    assert {s.record for s in catalog.report.skipped} == {"not-an-object", "no-provider"}


def test_openrouter_bad_items_are_reported(tmp_path: Path) -> None:
    file = tmp_path / "models.json"
    file.write_text(json.dumps({"data": [
        {"name": "no id"},
        {"id": "a/old", "pricing": {"prompt": "0", "completion": "0", "request": "0.01"},
         "expiration_date": "2025-01-01", "supported_parameters": ["tools"],
         "architecture": {"input_modalities": ["text", "image", "file"]}},
        {"id": "a/new", "expiration_date": "2099-01-01", "extra_field": 1},
    ]}), encoding="utf-8")
    catalog = from_openrouter(file, checked=DAY)
    old = catalog.model("a/old").routes[0]
    assert old.status is RouteStatus.DEPRECATED  # expired beats free
    assert old.per_request == Decimal("0.01")
    assert old.capabilities is not None
    assert (old.capabilities.function_calling, old.capabilities.vision) == (True, True)
    assert catalog.model("a/new").routes[0].notes == "expires 2099-01-01"
    assert catalog.model("a/new").routes[0].capabilities is None  # no parameters: unknown
    notes = notes_of(catalog)
    assert notes["extra_field"].startswith("unknown")
    assert "architecture.input_modalities = 'file'" in notes
    assert catalog.report.skipped[0].reason == "no model id"


def test_llmstats_bad_records_are_reported(tmp_path: Path) -> None:
    (tmp_path / "models/lab/m").mkdir(parents=True)
    (tmp_path / "models/lab/m/model.json").write_text(json.dumps({
        "name": "M", "release_date": "2025", "input_context_size": "big", "new_key": 1,
        "qualitative_metrics": [{"score": 0.5}, {"dataset_name": "X", "score": 0.25}]}),
        encoding="utf-8")
    (tmp_path / "models/lab/bad").mkdir(parents=True)
    (tmp_path / "models/lab/bad/model.json").write_text("{", encoding="utf-8")
    (tmp_path / "providers/p").mkdir(parents=True)
    (tmp_path / "providers/p/provider.json").write_text(json.dumps({"providermodels": [
        {"price_per_input_token": 1e-06},
        {"model_id": "m", "price_per_input_token": "free", "price_per_output_token": 0}]}),
        encoding="utf-8")
    catalog = from_llmstats(tmp_path, checked=DAY)
    model = catalog.model("m")
    assert (model.released, model.context_window) == (None, None)
    assert [(s.benchmark, s.score) for s in model.scores] == [("x", Decimal(25))]
    assert (model.routes[0].input, model.routes[0].output) == (None, Decimal(0))
    assert model.routes[0].checked == DAY
    notes = notes_of(catalog)
    assert notes["new_key"].startswith("unknown")
    assert notes["release_date"] == "not a full date"
    assert notes["input_context_size"] == "not a token count"
    assert notes["qualitative_metrics[]"] == "no dataset name"
    assert notes["providermodels[].price_per_input_token"] == "not a price"
    skipped = {s.record for s in catalog.report.skipped}
    assert skipped == {"models/lab/bad/model.json", "providers/p/provider.json#providermodels[0]"}


def test_broken_sources_raise_source_error(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    for importer in (from_litellm, from_openrouter, from_genai_prices):
        with pytest.raises(SourceError, match="not valid JSON"):
            importer(tmp_path / "broken.json")
    with pytest.raises(SourceError, match="cannot read"):
        from_litellm(tmp_path)  # a folder without the price map
    for folder_importer in (from_models_dev, from_llmstats):
        with pytest.raises(SourceError, match="tree"):
            folder_importer(tmp_path)


def test_litellm_route_listed_under_two_keys_is_one_route(tmp_path: Path) -> None:
    file = tmp_path / "prices.json"
    entry = {"litellm_provider": "deepseek", "mode": "chat", "input_cost_per_token": 2.7e-07}
    file.write_text(json.dumps({"deepseek-chat": entry, "deepseek/deepseek-chat": {
        **entry, "input_cost_per_token": 3e-07}}), encoding="utf-8")
    catalog = from_litellm(file, checked=DAY)
    model = catalog.model("deepseek/deepseek-chat")
    assert [(r.provider_model_id, r.input) for r in model.routes] == [
        ("deepseek-chat", Decimal("0.27"))]
    assert notes_of(catalog)["deepseek/deepseek-chat"].startswith("repeats the route of")


def test_models_dev_without_snapshot_uses_each_files_last_updated(tmp_path: Path) -> None:
    (tmp_path / "providers/p/models").mkdir(parents=True)
    (tmp_path / "providers/p/models/a.toml").write_text('last_updated = "2025-03-04"\n',
                                                       encoding="utf-8")
    (tmp_path / "providers/p/models/b.toml").write_text('name = "B"\n', encoding="utf-8")
    catalog = from_models_dev(tmp_path)
    assert catalog.model("a").routes[0].checked == dt.date(2025, 3, 4)
    assert catalog.model("b").routes[0].checked == catalog.report.checked
    assert catalog.report.checked_from.startswith("each file's last_updated")


def test_only_a_labs_own_api_or_the_models_description_says_its_weights_are_closed() -> None:
    """A reseller's ``open_weights = false`` is its terms (Llama behind a gateway), not the
    weights': it does not make a model closed; the maker's own API's does."""
    import datetime as dt

    from phicompare.importers._assemble import Record, assemble

    def record(model: str, provider: str, flag: bool) -> Record:
        return Record(identity=f"{provider}/{model}", source=f"models.dev:{provider}",
                      url=f"https://example.com/{provider}/{model}", names=(model,),
                      facts={"open_weights": flag})

    models, _ = assemble([record("gateway-llama", "helicone", False),
                          record("gateway-llama", "vercel", False),
                          record("lab-model", "helicone", True),
                          record("lab-model", "xai", False),
                          record("mixed-llama", "helicone", False),
                          record("mixed-llama", "kilo", True)], dt.date(2026, 1, 1))
    flags = {m.id: m.open_weights for m in models}
    assert flags == {"gateway-llama": None, "lab-model": False, "mixed-llama": True}


def test_a_labs_own_api_says_closed_only_for_its_own_models() -> None:
    """Alibaba's API lists DeepSeek V3.1 (MIT weights) ``open_weights = false``: its terms for
    another lab's model, so it counts as a reseller's; its "closed" still decides a Qwen model."""
    import datetime as dt

    from phicompare.importers._assemble import Record, assemble

    def record(model: str, provider: str, flag: bool, vendor: str | None = None) -> Record:
        facts: dict[str, object] = {"open_weights": flag}
        if vendor is not None:
            facts["vendor"] = vendor
        return Record(identity=f"{provider}/{model}", source=f"models.dev:{provider}",
                      url=f"https://example.com/{provider}/{model}", names=(model,), facts=facts)

    models, _ = assemble([record("deepseek-v3.1", "alibaba-cn", False, "DeepSeek"),
                          record("deepseek-v3.1", "novita-ai", True),
                          record("deepseek-v3.1", "vercel", False),
                          record("qwen-max", "alibaba-cn", False, "Qwen"),
                          record("qwen-max", "kilo", True),
                          record("glm-5", "alibaba-cn", False, "Z.ai"),
                          record("glm-5", "zai", True)], dt.date(2026, 1, 1))
    flags = {m.id: m.open_weights for m in models}
    assert flags == {"deepseek-v3.1": True, "qwen-max": False, "glm-5": True}


def test_llmstats_licence_and_weights_link_say_whether_weights_are_open(tmp_path: Path) -> None:
    for name, extra in (("linked", {"weights_link": "https://huggingface.co/x"}),
                        ("proprietary", {"license": "Proprietary"}),
                        ("licensed", {"license": "MIT"})):
        (tmp_path / f"models/lab/{name}").mkdir(parents=True)
        (tmp_path / f"models/lab/{name}/model.json").write_text(
            json.dumps({"name": name, **extra}), encoding="utf-8")
    (tmp_path / "providers").mkdir()
    catalog = from_llmstats(tmp_path, checked=DAY)
    assert [catalog.model(n).open_weights for n in ("linked", "proprietary", "licensed")] == [
        True, False, None]


def test_the_bundled_layer_reads_open_weights_from_the_models_description() -> None:
    """DeepSeek-V3 (weights linked) is open though resellers list it closed; GPT-4o closed."""
    from phicompare import default_catalog

    catalog = default_catalog()
    assert catalog.model("deepseek-v3").open_weights is True
    assert catalog.model("gpt-4o").open_weights is False
    assert catalog.model("llama-3.2-90b").open_weights is True
    for model in ("deepseek-v3.1", "deepseek-r1-0528", "deepseek-v3.1-terminus",
                  "deepseek-v3.2-exp", "deepseek-v3.2"):  # closed on Alibaba's API only
        assert catalog.model(model).open_weights is True, model


def test_openrouter_web_search_is_a_per_search_fee(tmp_path: Path) -> None:
    """`pricing.web_search` (USD a search) is the route's `per_search`, not dropped (review 20,
    P7)."""
    file = tmp_path / "models.json"
    file.write_text(json.dumps({"data": [
        {"id": "perplexity/sonar-pro-search", "pricing": {
            "prompt": "0.000003", "completion": "0.000015", "web_search": "0.018"}},
    ]}), encoding="utf-8")
    route = from_openrouter(file, checked=DAY).model("perplexity/sonar-pro-search").routes[0]
    assert route.per_search == Decimal("0.018")
    assert "pricing.web_search" not in notes_of(from_openrouter(file, checked=DAY))
