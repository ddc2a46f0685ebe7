"""Edges of the importers: every odd record is counted in the report, never silently dropped.

Each test writes a tiny snapshot of its own, shaped like the real one, with exactly the oddity
under test, and reads the import report.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from phicompare.importers import (
    ImportedCatalog,
    ImportReport,
    SourceError,
    from_genai_prices,
    from_litellm,
    from_llmstats,
    from_models_dev,
    from_openrouter,
    merge,
)
from phicompare.importers._common import as_count, as_date, tidy
from phicompare.importers._sources import audit_main

DAY = dt.date(2026, 11, 25)


def fields(report: ImportReport) -> dict[str, str]:
    """Each field note's reason, by field."""
    return {note.field: note.reason for note in report.fields}


def skipped(report: ImportReport) -> dict[str, str]:
    """Each skipped record's reason, by record."""
    return {s.record: s.reason for s in report.skipped}


def write_json(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# -- genai-prices ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def genai(tmp_path_factory: pytest.TempPathFactory) -> ImportedCatalog:
    data = [
        "not a provider",
        {"name": "no id"},
        {"id": "acme", "name": "Acme", "models": [
            "not a model",
            {"id": "no-match", "match": "phi", "prices": {"input_mtok": 1, "output_mtok": 2}},
            {"id": "bad-price", "match": {"equals": "bad-price"},
             "prices": {"input_mtok": "cheap", "output_mtok": 2}},
            {"id": "bad-tier", "prices": {
                "input_mtok": {"base": 1, "tiers": [{"start": "big", "price": 2}]},
                "output_mtok": 3}},
            {"id": "one-sided-tier", "prices": {
                "input_mtok": {"base": 1, "tiers": [{"start": 200000, "price": 2}]}}},
            {"id": "odd-constraint", "prices": [
                {"constraint": {"start_date": "soon"}, "prices": {"input_mtok": 1,
                                                                 "output_mtok": 2}}]},
            {"id": "night-only", "prices": [
                {"constraint": {"start_time": "22:00"}, "prices": {"input_mtok": 1,
                                                                  "output_mtok": 2}}]},
        ]},
    ]
    folder = tmp_path_factory.mktemp("genai")
    return from_genai_prices(write_json(folder / "data.json", data), checked=DAY)


def test_genai_prices_skips_records_without_ids(genai: ImportedCatalog) -> None:
    """A provider or a model without a string id is listed as skipped, with the reason."""
    reasons = [s.reason for s in genai.report.skipped]
    assert reasons.count("a provider without an id") == 2
    assert reasons.count("a model without an id") == 1


def test_genai_prices_a_match_that_is_not_a_clause_gives_no_alias(genai: ImportedCatalog
                                                                  ) -> None:
    """A `match` that is not a table adds no alias; the model still imports on its id."""
    model = genai.model("no-match")
    assert model.aliases == ()
    assert (model.routes[0].input, model.routes[0].output) == (Decimal(1), Decimal(2))


def test_genai_prices_an_unreadable_price_is_noted_and_left_unknown(genai: ImportedCatalog
                                                                    ) -> None:
    """A price that is not a number is noted; that side stays unknown, never zero."""
    route = genai.model("bad-price").routes[0]
    assert (route.input, route.output) == (None, Decimal(2))
    assert fields(genai.report)["prices.input_mtok"] == "not a price"


def test_genai_prices_tiers_that_cannot_be_placed_are_noted(genai: ImportedCatalog) -> None:
    """A tier without a numeric start is noted; a one-sided tier prices its own side only."""
    notes = fields(genai.report)
    assert notes["prices.input_mtok.tiers"] == "not a tier"
    assert genai.model("bad-tier").routes[0].tiers == ()
    (tier,) = genai.model("one-sided-tier").routes[0].tiers
    assert (tier.above_input_tokens, tier.input, tier.output) == (200_000, Decimal(2), None)


def test_genai_prices_constraints_it_cannot_hold_skip_the_entry(genai: ImportedCatalog) -> None:
    """An unreadable start date is noted; a model priced only by time of day is skipped."""
    assert fields(genai.report)["prices[].constraint"] == "not a start date"
    assert skipped(genai.report)["acme/night-only"] == (
        "no price entry without a time-of-day constraint")
    ids = {m.id for m in genai}
    assert "odd-constraint" not in ids
    assert "night-only" not in ids


# -- LiteLLM ---------------------------------------------------------------------------------


def test_litellm_an_unreadable_tier_price_is_noted(tmp_path: Path) -> None:
    """A long-context tier price that is not a number is noted and makes no tier."""
    data = {"acme/model-x": {
        "litellm_provider": "acme", "mode": "chat", "input_cost_per_token": 1e-6,
        "output_cost_per_token": 2e-6, "input_cost_per_token_above_200k_tokens": "n/a"}}
    catalog = from_litellm(write_json(tmp_path / "prices.json", data), checked=DAY)
    [route] = catalog.model("model-x").routes
    assert route.tiers == ()
    assert (route.input, route.output) == (Decimal(1), Decimal(2))
    assert fields(catalog.report)["input_cost_per_token_above_200k_tokens"] == "not a price"


def test_litellm_a_zero_token_limit_is_unknown(tmp_path: Path) -> None:
    """LiteLLM writes 0 tokens for a limit it does not know: it stays unknown, never 0."""
    data = {"acme/model-z": {
        "litellm_provider": "acme", "mode": "chat", "input_cost_per_token": 1e-6,
        "output_cost_per_token": 2e-6, "max_input_tokens": 0, "max_output_tokens": 4096}}
    catalog = from_litellm(write_json(tmp_path / "prices.json", data), checked=DAY)
    model = catalog.model("model-z")
    [route] = model.routes
    assert (model.context_window, model.max_output_tokens) == (None, 4096)
    assert (route.context_window, route.max_output_tokens) == (None, 4096)
    assert fields(catalog.report)["max_input_tokens"] == (
        "0, LiteLLM's placeholder for unknown: left unknown")


def test_litellm_one_route_under_two_keys_keeps_the_first_prices(tmp_path: Path) -> None:
    """A route listed again (without the provider prefix) at other prices keeps the first's."""
    data = {
        "acme/model-y": {"litellm_provider": "acme", "mode": "chat",
                         "input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6},
        "model-y": {"litellm_provider": "acme", "mode": "chat"},
    }
    catalog = from_litellm(write_json(tmp_path / "prices.json", data), checked=DAY)
    [model] = catalog
    [route] = model.routes
    assert (route.input, route.output) == (Decimal(1), Decimal(2))
    assert fields(catalog.report)["model-y"] == (
        "repeats the route of 'acme/model-y' with other prices; the first is kept")


# -- OpenRouter ------------------------------------------------------------------------------


def test_openrouter_an_unreadable_expiry_is_noted(tmp_path: Path) -> None:
    """An expiration date that is not a date is noted; the route stays generally available."""
    data = {"data": [{"id": "acme/model-z", "name": "Acme: Model Z",
                      "pricing": {"prompt": "0.000001", "completion": "0.000002",
                                  "image": "0"},
                      "expiration_date": "someday", "supported_parameters": ["tools"]}]}
    catalog = from_openrouter(write_json(tmp_path / "models.json", data), checked=DAY)
    [route] = catalog.model("model-z").routes
    assert route.status.value == "ga"
    assert route.notes is None
    notes = fields(catalog.report)
    assert notes["expiration_date"] == "not a date"
    assert "pricing.image" not in notes  # a zero fee loses nothing
    assert route.capabilities is not None
    assert route.capabilities.vision is None  # no modalities listed: unknown, not no


def test_openrouter_a_key_without_lab_names_no_vendor(tmp_path: Path) -> None:
    """A model id without a `lab/` prefix gives no vendor rather than a guessed one."""
    data = {"data": [{"id": "auto", "name": "Auto",
                      "pricing": {"prompt": "0.000001", "completion": "0.000002"}}]}
    catalog = from_openrouter(write_json(tmp_path / "models.json", data), checked=DAY)
    assert catalog.model("auto").vendor is None


# -- LLMStats --------------------------------------------------------------------------------


def test_llmstats_files_that_are_not_objects_are_skipped(tmp_path: Path) -> None:
    """A model.json or provider.json holding a list is skipped as "not a JSON object"."""
    write_json(tmp_path / "models" / "acme" / "odd" / "model.json", [1, 2])
    write_json(tmp_path / "models" / "acme" / "plain" / "model.json",
               {"name": "", "input_context_size": 1000})
    write_json(tmp_path / "providers" / "broken" / "provider.json", ["x"])
    write_json(tmp_path / "providers" / "host" / "provider.json", {
        "name": "Host", "providermodels": [{"model_id": "plain", "price_per_input_token": None,
                                            "price_per_output_token": 2e-6}]})
    catalog = from_llmstats(tmp_path, checked=DAY)
    assert skipped(catalog.report) == {"models/acme/odd/model.json": "not a JSON object",
                                       "providers/broken/provider.json": "not a JSON object"}
    model = catalog.model("plain")
    assert model.released is None  # no release_date: unknown
    assert model.name == "plain"  # an empty title falls back to the id
    assert fields(catalog.report)["providermodels[].price_per_input_token"] == "not a price"


# -- models.dev ------------------------------------------------------------------------------


def toml_file(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


@pytest.fixture(scope="module")
def models_dev(tmp_path_factory: pytest.TempPathFactory) -> ImportedCatalog:
    root = tmp_path_factory.mktemp("models.dev")
    toml_file(root / "models" / "acme" / "base.toml", """
        name = "Base"
        mystery = 1
        [[benchmarks]]
        score = 50
        [[benchmarks]]
        name = "Over"
        score = 150
        [[benchmarks]]
        name = "Fine"
        score = 60
        """)
    toml_file(root / "models" / "acme" / "broken.toml", "name = \n")
    toml_file(root / "providers" / "nameless" / "models" / "base.toml", """
        name = "Base"
        base_model = "acme/base"
        [cost]
        input = 1
        output = 2
        [[cost.tiers]]
        input = 3
        output = 4
        tier = { type = "context", size = 200000 }
        [modalities]
        input = ["text", "pdf"]
        """)
    (root / "providers" / "nameless" / "models" / "tiers.toml").write_text(textwrap.dedent("""
        name = "Tiers"
        [cost]
        input = 1
        output = 2
        tiers = ["not a table"]
        """), encoding="utf-8")
    toml_file(root / "providers" / "nameless" / "models" / "zero.toml", """
        name = "Zero"
        [cost]
        input = 1
        output = 2
        [limit]
        context = 0
        output = 4096
        """)
    toml_file(root / "providers" / "garbled" / "provider.toml", "name = [\n")
    toml_file(root / "providers" / "garbled" / "models" / "g.toml", """
        name = "G"
        [cost]
        input = 1
        output = 2
        """)
    return from_models_dev(root, checked=DAY)


def test_models_dev_benchmarks_without_a_name_or_in_range_score_are_noted(
        models_dev: ImportedCatalog) -> None:
    """A benchmark without a name, or scored outside 0..100, is noted; the others import."""
    notes = fields(models_dev.report)
    assert notes["benchmarks[]"] == "no benchmark name"
    assert notes["benchmarks[].score"] == "not a score in points 0..100"
    model = models_dev.model("base")
    assert [s.score for s in model.scores] == [Decimal(60)]


def test_models_dev_notes_unknown_keys_and_modalities(models_dev: ImportedCatalog) -> None:
    """A key outside models.dev's schema and a modality phicompare cannot hold are both noted."""
    notes = fields(models_dev.report)
    assert "mystery" in notes
    assert "modalities.input = 'pdf'" in notes


def test_models_dev_broken_files_are_skipped_with_the_parser_reason(
        models_dev: ImportedCatalog) -> None:
    """A file that is not TOML is skipped, saying so; a broken provider.toml names by id."""
    reasons = skipped(models_dev.report)
    assert reasons["models/acme/broken.toml"].startswith("not valid TOML")
    assert reasons["providers/garbled/provider.toml"].startswith("not valid TOML")
    assert models_dev.provider_name("garbled") == "garbled"
    assert fields(models_dev.report)["provider.toml"].startswith("missing")


def test_models_dev_a_tier_that_is_not_a_table_is_ignored(models_dev: ImportedCatalog) -> None:
    """`tiers = ["not a table"]` adds no tier and does not stop the route."""
    [route] = models_dev.model("tiers").routes
    assert route.tiers == ()
    assert (route.input, route.output) == (Decimal(1), Decimal(2))


def test_models_dev_a_zero_limit_is_unknown(models_dev: ImportedCatalog) -> None:
    """models.dev writes 0 for a limit it does not know: it stays unknown, never 0."""
    [route] = models_dev.model("zero").routes
    assert (route.context_window, route.max_output_tokens) == (None, 4096)
    assert fields(models_dev.report)["limit.context"] == (
        "0 (models.dev's placeholder for unknown): left unknown")


def test_models_dev_a_1_january_release_is_unknown_and_another_sources_day_wins(
        tmp_path: Path) -> None:
    """models.dev writes 1 January where it knows a year at most (GPT-5, o1 and Llama 4 among
    95 files of the shared snapshot): the date stays unknown, is reported, and a merge takes
    another source's day (DeepSeek R1 Distill Qwen 32B was "released 2025-01-01"; LLMStats and
    DeepSeek's news say 2025-01-20)."""
    toml_file(tmp_path / "models" / "acme" / "placeholder.toml",
              'name = "Placeholder"\nrelease_date = "2025-01-01"\n')
    toml_file(tmp_path / "models" / "acme" / "dated.toml",
              'name = "Dated"\nrelease_date = "2025-01-20"\n')
    catalog = from_models_dev(tmp_path, checked=DAY)
    assert catalog.model("placeholder").released is None
    assert catalog.model("dated").released == dt.date(2025, 1, 20)
    assert "1 January" in fields(catalog.report)["release_date"]
    toml_file(tmp_path / "other" / "models" / "acme" / "placeholder.toml",
              'name = "Placeholder"\nrelease_date = "2025-01-20"\n')
    other = from_models_dev(tmp_path / "other", checked=DAY)
    assert merge([catalog, other]).model("placeholder").released == dt.date(2025, 1, 20)


def test_models_dev_without_a_providers_folder_imports_metadata_only(tmp_path: Path) -> None:
    """A snapshot with only `models/` gives models without routes."""
    toml_file(tmp_path / "models" / "acme" / "solo.toml", 'name = "Solo"\n')
    catalog = from_models_dev(tmp_path, checked=DAY)
    assert [(m.id, m.routes) for m in catalog] == [("solo", ())]


# -- shared helpers, merging, the audit ------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    (True, None), (False, None), (Decimal(4096), 4096), ("4096", None), (-1, None),
])
def test_a_count_is_a_non_negative_whole_number(value: object, expected: int | None) -> None:
    """Booleans are not counts (True is not 1 token); nor are strings or negatives."""
    assert as_count(value) == expected


def test_a_date_time_counts_by_its_date() -> None:
    """A TOML date-time is read as its date."""
    assert as_date(dt.datetime(2026, 7, 2, 0, 40)) == dt.date(2026, 7, 2)  # noqa: DTZ001


def test_tidy_leaves_nan_and_infinity_alone() -> None:
    """tidy() has no digits to move in NaN or infinity, and returns them unchanged."""
    assert tidy(Decimal("Infinity")) == Decimal("Infinity")
    assert tidy(Decimal("NaN")).is_nan()


def test_the_report_lists_a_few_skipped_records_and_counts_the_rest(tmp_path: Path) -> None:
    """Past the example limit, skipped records are summed as "... and N more"."""
    data = [{"name": f"no id {i}"} for i in range(7)]
    catalog = from_genai_prices(write_json(tmp_path / "data.json", data), checked=DAY)
    text = catalog.report.to_text(limit=3)
    assert "... and 4 more" in text


def test_audit_rejects_an_unknown_option_in_one_line() -> None:
    """A mistake in audit's arguments raises one SourceError pointing at --help."""
    with pytest.raises(SourceError, match=r"see `phicompare audit --help`"):
        audit_main(["--no-such-option", "x"], out=None)  # type: ignore[arg-type]
