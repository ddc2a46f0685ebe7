"""Merging sources, identity across them, conflict reports, load_source and `phicompare audit`."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

import phicompare
from phicompare import (
    BenchmarkScore,
    Capabilities,
    Catalog,
    CatalogError,
    Model,
    Provider,
    ProviderRoute,
    UnknownModelError,
    default_catalog,
)
from phicompare.domain.names import normalize_name
from phicompare.importers import (
    ImportedCatalog,
    SourceError,
    audit_main,
    canonical_provider,
    from_litellm,
    from_llmstats,
    from_models_dev,
    from_openrouter,
    identity_key,
    load_source,
    merge,
)
from phicompare.importers._identity import keep_apart
from phicompare.importers._releases import derived

from .test_importers import GENAI_PRICES, LITELLM, LLMSTATS, MODELS_DEV, OPENROUTER

DAY = dt.date(2026, 1, 1)


def route(provider: str, model_id: str, price: str, **extra: object) -> ProviderRoute:
    return ProviderRoute(provider=provider, provider_model_id=model_id, input=Decimal(price),
                         output=Decimal(price), source=f"https://{provider}.example",
                         checked=DAY, **extra)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def sources() -> list[ImportedCatalog]:
    return [from_models_dev(MODELS_DEV), from_litellm(LITELLM, checked=dt.date(2026, 9, 29)),
            from_openrouter(OPENROUTER), from_llmstats(LLMSTATS)]


@pytest.fixture(scope="module")
def merged(sources: list[ImportedCatalog]) -> ImportedCatalog:
    return merge(sources)


# -- identity --------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("microsoft/phi-4", "Phi-4"),
    ("azure_ai/Phi-4", "phi-4"),
    ("deepinfra/microsoft/phi-4", "microsoft/phi-4:free"),
    ("Phi-4-mini-instruct", "phi-4-mini"),
    ("phi-3.5-mini", "phi-3-5-mini"),
    ("fireworks_ai/accounts/fireworks/models/phi-3-mini-128k-instruct", "phi-3-mini-128k"),
    ("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet-4-5"),
    ("anthropic--claude-4.5-sonnet", "anthropic/claude-sonnet-4.5"),
    ("claude-sonnet-4-5@20250929", "claude-4-5-sonnet"),
    ("claude-opus-4-0", "claude-4-opus"),
    ("mistral-nemo-instruct-2407", "Mistral Nemo"),
    ("meta.llama3-3-70b-instruct-v1:0", "llama-3.3-70b-versatile"),
    ("meta-llama-3_3-70b-instruct", "llama-3.3-70b-instruct-maas"),
    ("databricks-gpt-oss-120b", "openai/gpt-oss-120b"),
    ("claude-sonnet-4-5-20250929-thinking", "claude-sonnet-4.5:thinking:32000"),
    ("claude-opus-4-6-think", "au.anthropic.claude-opus-4-6-v1"),
    ("claude-opus-4.6-fast", "claude-opus-4-6"),  # fast mode, a request option (review 7, F26)
    ("gemini-3-flash", "gemini-3-flash-preview"),  # Google serves it as the preview (F5)
    # Together's FP8 "Turbo" serving of Meta's model, a route of it (brief dataDF)
    ("llama-3.3-70b-instruct", "meta-llama/Llama-3.3-70B-Instruct-Turbo"),
])
def test_same_model_under_different_names(a: str, b: str) -> None:
    assert identity_key(a) == identity_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("phi-4", "phi-4-mini"),
    ("phi-3-mini-4k", "phi-3-mini-128k"),
    ("claude-sonnet-4", "claude-sonnet-4-5"),
    ("kimi-k2", "kimi-k2-thinking"),
    ("qwen3-235b-a22b-thinking-2507", "qwen3-235b-a22b-instruct-2507"),
    ("qwen3-235b-a22b", "qwen3-235b-a22b-2507"),
    ("command-r", "command-r-08-2024"),
])
def test_different_models_stay_apart(a: str, b: str) -> None:
    assert identity_key(a) != identity_key(b)


def test_a_models_only_date_joins_it_but_two_dates_stay_apart() -> None:
    one = keep_apart([["claude-sonnet-4-5", "claude-sonnet-4-5-20250929"],
                      ["us.anthropic.claude-sonnet-4-5-20250929-v1:0"]])
    assert one == frozenset()
    assert identity_key("claude-sonnet-4-5-20250929", one) == identity_key("claude-sonnet-4-5")
    two = keep_apart([["gpt-4o", "gpt-4o-2024-05-13"], ["openai/gpt-4o-2024-08-06"]])
    assert identity_key("gpt-4o-2024-08-06", two) != identity_key("gpt-4o", two)
    assert identity_key("gpt-4o-2024-05-13", two) != identity_key("gpt-4o-2024-08-06", two)
    mistral = keep_apart([["mistral-large-2411"], ["mistral-large-2407", "mistral-large-latest"]])
    assert identity_key("mistral-large-2407", mistral) == "mistrallarge2407"
    assert identity_key("magistral-medium-latest", mistral) == identity_key("magistral-medium")
    # review 12, L4: the spellings table names the release mistral-large-latest serves
    assert identity_key("mistral-large-latest", mistral) == identity_key("mistral-large-2512")


def test_provider_ids_of_other_sources_match_models_dev() -> None:
    assert canonical_provider("azure_ai") == canonical_provider("azure-foundry") == "azure"
    assert canonical_provider("fireworks_ai") == "fireworks-ai"
    assert canonical_provider("azure_ai", {"azure_ai": "azure-foundry"}) == "azure-foundry"


@pytest.mark.parametrize(("name", "other"), [
    ("@cf/deepseek-ai/deepseek-r1-distill-qwen-32b", "deepseek/deepseek-r1"),  # the teacher
    ("deepseek/deepseek-r1", "DeepSeek-R1-Distill-Qwen-32B"),
    ("Gemma 4 31B Claude 4.6 Opus Reasoning Distilled", "gemma-4-31b-it"),
    ("qwen3-32b", "alibaba/qwen3-8b"),  # two sizes
    ("llama-3.1-8b-instruct", "meta-llama/Llama-3.1-70B-Instruct"),
    # A later release named by its year and month, and two releases (findings N1)
    ("qwen3-235b-a22b-instruct-2507", "Qwen/Qwen3-235B-A22B"),
    ("Qwen3 235B A22B Instruct 2507", "Qwen3 235B-A22B"),
    ("route/mistral-small-2503", "mistral/mistral-small-2603"),
])
def test_a_distilled_model_or_another_size_is_another_model(name: str, other: str) -> None:
    assert derived(name, other)
    assert derived(other, name)


@pytest.mark.parametrize(("name", "other"), [
    ("microsoft/Phi-4-mini-instruct", "phi-4-mini"),  # the repo of a curated model's alias
    ("claude-sonnet-4-5-20250929", "claude-sonnet-4-5"),  # a date
    ("meta.llama3-3-70b-instruct-v1:0", "llama-3.3-70b-versatile"),
    ("Qwen/Qwen3-235B-A22B-Instruct-2507", "qwen.qwen3-235b-a22b-2507-v1:0"),
    ("Mistral Small 3.2 24B Instruct (2506)", "Mistral Small 3.2"),  # the snapshot's date
    ("nemotron-3-nano:30b", "nvidia/nemotron-3-nano-30b-a3b"),
    ("mistral-medium-3.5-128b", "mistral/mistral-medium-2604"),  # only one states a size
    ("deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", "deepseek-r1-distill-qwen-32b"),
    ("mixtral-8x7b-instruct", "open-mixtral-8x7b"),
])
def test_spellings_of_one_model_are_not_derived(name: str, other: str) -> None:
    assert not derived(name, other)


# -- merging ---------------------------------------------------------------------------------


def test_merge_makes_one_model_with_every_source_route(merged: ImportedCatalog) -> None:
    phi4 = merged.model("azure_ai/Phi-4")
    assert phi4 is merged.model("microsoft/phi-4")
    assert phi4 is merged.model("phi-4")
    providers = sorted({r.provider for r in phi4.routes})
    assert providers == ["azure", "deepinfra", "github-models", "kilo", "openrouter"]
    assert {r.provider for r in phi4.routes} <= {p.id for p in merged.providers}
    assert len(phi4.scores) == 13  # LLMStats' benchmarks joined the models.dev model


def test_merge_keeps_one_route_per_provider_and_reports_the_others(
        merged: ImportedCatalog) -> None:
    """models.dev's azure route is kept (first source); LiteLLM's 16,384 context is a conflict."""
    phi4 = merged.model("phi-4")
    azure = [r for r in phi4.routes if r.provider == "azure"]
    assert len(azure) == 1
    assert azure[0].context_window == 128000
    conflicts = {c.field: c for c in merged.conflicts().for_model("phi-4")}
    context = conflicts["routes[azure/phi-4].context_window"]
    assert {v.value: v.sources for v in context.values} == {
        128000: ("models.dev:azure", "models.dev:azure-cognitive-services"),
        16384: ("litellm:azure_ai",),
    }
    assert context.kept == 128000


def test_conflict_report_has_phi4_context_and_release_dates(merged: ImportedCatalog) -> None:
    report = merged.conflicts()
    by_field = {c.field: c for c in report.for_model("phi-4")}
    context = by_field["context_window"]
    values = {v.value for v in context.values}
    assert {16384, 128000, 16000} <= values
    assert context.kept == 16384
    released = {c.model: {v.value for v in c.values} for c in report
                if c.field == "released"}
    assert dt.date(2024, 12, 11) in released["phi-4-mini-instruct"]
    assert dt.date(2025, 2, 1) in released["phi-4-mini-instruct"]  # LLMStats
    line = str(context)
    assert line.startswith("phi-4: context_window: ")
    assert "128000 (models.dev:azure)" in line


def test_precedence_picks_the_source_per_field(sources: list[ImportedCatalog]) -> None:
    default = merge(sources)
    assert default.model("phi-4-mini").released == dt.date(2024, 12, 11)  # models.dev first
    chosen = merge(sources, precedence={"released": ["llmstats"]})
    assert chosen.model("phi-4-mini").released == dt.date(2025, 2, 1)
    assert chosen.model("phi-4-mini").context_window == default.model("phi-4-mini").context_window
    reordered = merge(sources, precedence=["litellm", "models.dev"])
    azure = next(r for r in reordered.model("phi-4").routes if r.provider == "azure")
    assert azure.context_window == 16384  # LiteLLM's route wins whole
    assert azure.source.endswith("#azure_ai/Phi-4")


def test_precedence_naming_no_source_is_an_error(sources: list[ImportedCatalog]) -> None:
    with pytest.raises(SourceError, match="'genai-prices'"):
        merge(sources, precedence=["genai-prices"])


def test_aliases_override_identity() -> None:
    a = Catalog(models=(Model(id="phi-4-mini", name="Phi-4 Mini"),))
    b = Catalog(models=(Model(id="mini-v2", name="Mini v2", license="MIT"),))
    assert len(merge([a, b])) == 2
    joined = merge([a, b], aliases={"mini-v2": "phi-4-mini"})
    assert len(joined) == 1
    assert joined.model("mini-v2").license == "MIT"
    apart = merge([a, Catalog(models=(Model(id="phi-4-mini-instruct", name="x"),))],
                  aliases={"phi-4-mini-instruct": "phi-4-mini-instruct"})
    assert len(apart) == 2


def test_a_name_never_joins_a_distilled_model_to_its_teacher() -> None:
    """A source listing a distilled model's name under its teacher does not merge the two."""
    teacher = Catalog(models=(Model(id="deepseek-r1", name="DeepSeek-R1",
                                    aliases=("deepseek-r1-distill-qwen-32b",)),))
    distill = Model(id="deepseek-r1-distill-qwen-32b", name="DeepSeek R1 Distill Qwen 32B",
                    scores=(BenchmarkScore(benchmark="gpqa", score=Decimal("62.1")),))
    other = Catalog(models=(distill, Model(id="deepseek-r1-instruct", name="R1")))
    merged = merge([teacher, other])
    assert merged.model("deepseek-r1-distill-qwen-32b").id == "deepseek-r1-distill-qwen-32b"
    assert merged.model("deepseek-r1").scores == ()
    assert merged.model("deepseek-r1-instruct").id == "deepseek-r1"  # a spelling still joins
    sizes = merge([Catalog(models=(Model(id="qwen3-32b", name="Qwen3 32B",
                                         aliases=("qwen3-8b",)),)),
                   Catalog(models=(Model(id="qwen3-8b", name="Qwen3 8B"),))])
    assert len(sizes) == 2
    joined = merge([teacher, other], aliases={"deepseek-r1-distill-qwen-32b": "deepseek-r1"})
    assert joined.model("deepseek-r1-distill-qwen-32b").id == "deepseek-r1"  # the user decides


def test_a_base_model_template_for_a_distilled_model_is_not_its_identity(tmp_path: Path) -> None:
    """models.dev's Cloudflare file of R1 Distill Qwen 32B names DeepSeek-R1 its base_model."""
    (tmp_path / "models/deepseek").mkdir(parents=True)
    (tmp_path / "models/deepseek/deepseek-r1.toml").write_text(
        'name = "DeepSeek-R1"\nknowledge = "2024-07"\n', encoding="utf-8")
    files = {
        "cloudflare-workers-ai/models/@cf/deepseek-ai/deepseek-r1-distill-qwen-32b":
            'base_model = "deepseek/deepseek-r1"\nname = "Deepseek R1 Distill Qwen 32B"\n',
        "kilo/models/deepseek/deepseek-r1-distill-qwen-32b": 'name = "R1 Distill Qwen 32B"\n',
        "chutes/models/deepseek-ai/DeepSeek-R1-TEE": 'base_model = "deepseek/deepseek-r1"\n',
    }
    for name, text in files.items():
        (tmp_path / "providers" / f"{name}.toml").parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "providers" / f"{name}.toml").write_text(
            text + "[cost]\ninput = 0.3\noutput = 0.3\n", encoding="utf-8")
    catalog = from_models_dev(tmp_path, checked=DAY)
    r1, distill = catalog.model("deepseek-r1"), catalog.model("deepseek-r1-distill-qwen-32b")
    assert distill is catalog.model("@cf/deepseek-ai/deepseek-r1-distill-qwen-32b") is not r1
    assert {r.provider for r in distill.routes} == {"cloudflare-workers-ai", "kilo"}
    assert {r.provider for r in r1.routes} == {"chutes"}  # a reseller's spelling still joins
    assert distill.knowledge_cutoff == "2024-07"  # the template's facts, as models.dev gives
    (note,) = [n for n in catalog.report.fields if n.field == "base_model"]
    assert note.count == 1
    assert note.reason.startswith("a template for another model")


def test_a_base_model_template_for_a_later_release_is_not_its_identity(tmp_path: Path) -> None:
    """models.dev's Friendli file of Qwen3 235B A22B Instruct 2507 (July 2025) names the April
    Qwen3 235B-A22B its base_model: its routes, and every file named for the 2507 release, stay
    with the 2507 release (findings N1), whose Instruct and undated spellings are one model."""
    (tmp_path / "models/alibaba").mkdir(parents=True)
    (tmp_path / "models/alibaba/qwen3-235b-a22b.toml").write_text(
        'name = "Qwen3 235B-A22B"\nreasoning = true\n[limit]\ncontext = 131_072\n'
        'output = 16_384\n', encoding="utf-8")
    files = {
        "friendli/models/Qwen/Qwen3-235B-A22B-Instruct-2507":
            'base_model = "alibaba/qwen3-235b-a22b"\nname = "Qwen3 235B A22B Instruct 2507"\n',
        "nebius/models/Qwen/Qwen3-235B-A22B-Instruct-2507": 'name = "Qwen3 235B Instruct"\n',
        "amazon-bedrock/models/qwen.qwen3-235b-a22b-2507-v1:0": 'name = "Qwen3 235B 2507"\n',
        "openrouter/models/qwen/qwen3-235b-a22b": 'base_model = "alibaba/qwen3-235b-a22b"\n',
    }
    for name, text in files.items():
        (tmp_path / "providers" / f"{name}.toml").parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "providers" / f"{name}.toml").write_text(
            text + "[cost]\ninput = 0.2\noutput = 0.8\n", encoding="utf-8")
    catalog = from_models_dev(tmp_path, checked=DAY)
    april = catalog.model("qwen3-235b-a22b")
    july = catalog.model("qwen.qwen3-235b-a22b-2507-v1:0")
    assert july is catalog.model("Qwen/Qwen3-235B-A22B-Instruct-2507") is not april
    assert {r.provider for r in july.routes} == {"friendli", "nebius", "amazon-bedrock"}
    assert {r.provider for r in april.routes} == {"openrouter"}
    assert not any("2507" in name for name in april.aliases)
    assert merge([catalog]).model("qwen3-235b-a22b-instruct-2507").id == july.id


def test_a_release_is_not_its_latest_alias_and_instruct_before_its_stamp_is_a_spelling(
        tmp_path: Path) -> None:
    """Snowflake's mistral-large2 (Mistral Large 2, 2407) names mistral-large-latest (Large 3's
    262,144 tokens, images) its base_model: it is 2407's route, without the alias's facts; and
    io.net's Mistral-Large-Instruct-2411 is Mistral's mistral-large-2411, though the source
    lists two dated snapshots (so the dates are kept)."""
    (tmp_path / "models/mistral").mkdir(parents=True)
    (tmp_path / "models/mistral/mistral-large-latest.toml").write_text(
        'name = "Mistral Large (latest)"\n[limit]\ncontext = 262_144\noutput = 262_144\n'
        '[modalities]\ninput = ["text", "image"]\noutput = ["text"]\n', encoding="utf-8")
    files = {
        "snowflake-cortex/models/mistral-large2": 'base_model = "mistral/mistral-large-latest"\n',
        "mistral/models/mistral-large-latest": 'base_model = "mistral/mistral-large-latest"\n',
        "mistral/models/mistral-large-2411": 'name = "Mistral Large 2.1"\n',
        "kilo/models/mistralai/mistral-large-2407": 'name = "Mistral Large 2407"\n',
        "io-net/models/mistralai/Mistral-Large-Instruct-2411": 'name = "Mistral Large"\n',
    }
    for name, text in files.items():
        (tmp_path / "providers" / f"{name}.toml").parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "providers" / f"{name}.toml").write_text(
            text + "[cost]\ninput = 2\noutput = 6\n", encoding="utf-8")
    catalog = from_models_dev(tmp_path, checked=DAY)
    large_2, latest = catalog.model("mistral-large-2407"), catalog.model("mistral-large-latest")
    assert large_2 is catalog.model("mistral-large2") is not latest
    (snowflake,) = [r for r in large_2.routes if r.provider == "snowflake-cortex"]
    assert snowflake.context_window is None  # not the alias's 262,144
    assert {r.provider for r in latest.routes} == {"mistral"}
    assert catalog.model("mistralai/Mistral-Large-Instruct-2411") is catalog.model(
        "mistral-large-2411") is not large_2


def test_vision_and_not_multimodal_from_two_sources_is_multimodal() -> None:
    """Taking images is multimodal input: the documented vision stands, and with it multimodal
    (a page never reads "Vision: yes" beside multimodal "not documented" or "no")."""
    eyes = Catalog(models=(Model(id="m", name="M", sources=("https://a.test/m",),
                                 capabilities=Capabilities(vision=True)),))
    text = Catalog(models=(Model(id="m", name="M", sources=("https://b.test/m",),
                                 capabilities=Capabilities(multimodal=False, reasoning=False)),))
    merged = merge([eyes, text])
    flags = merged.model("m").capabilities
    assert (flags.vision, flags.multimodal, flags.reasoning) == (True, True, False)
    assert merge([eyes]).model("m").capabilities.multimodal is True  # vision alone says it too
    (conflict,) = [c for c in merged.conflicts().for_model("m")
                   if c.field == "capabilities.multimodal"]
    assert conflict.kept is True
    assert {v.value for v in conflict.values} == {False, "vision"}
    both = Catalog(models=(Model(id="m", name="M", capabilities=Capabilities(
        vision=False, multimodal=False)),))
    assert merge([both, text]).model("m").capabilities.multimodal is False


def test_importer_aliases_override_identity() -> None:
    catalog = from_models_dev(MODELS_DEV, aliases={"phi-4-mini-instruct": "phi-4-mini-instruct"})
    assert catalog.model("phi-4-mini").id != catalog.model("phi-4-mini-instruct").id
    assert catalog.model("phi-4-mini-instruct").id == "phi-4-mini-instruct"


def test_a_users_catalog_anchors_identity() -> None:
    """A model in the user's own catalog, with aliases, gathers the sources' names for it."""
    own = Catalog(
        models=(Model(id="my-phi", name="My Phi", aliases=("microsoft/phi-4",)),),
    )
    merged = merge([own, from_openrouter(OPENROUTER), from_litellm(LITELLM)])
    model = merged.model("my-phi")
    assert model is merged.model("azure_ai/Phi-4")
    assert model.name == "My Phi"
    assert {r.provider for r in model.routes} == {"openrouter", "azure", "deepinfra"}


def test_bundled_catalog_merges_with_imports(sources: list[ImportedCatalog]) -> None:
    merged = merge([default_catalog(), *sources])
    mini = merged.model("Phi-4-mini-instruct")
    assert mini.id == "phi-4-mini"
    assert mini.released == default_catalog().model("phi-4-mini").released
    assert merged.report.parts[0].source == "catalog"
    assert "azure" in {r.provider for r in mini.routes}  # azure-foundry matched as azure


def test_route_conflicts_name_each_source() -> None:
    a = Catalog(models=(Model(id="m", name="M", routes=(route("azure", "M", "1"),)),),
                providers=(Provider(id="azure", name="Azure"),))
    b = Catalog(models=(Model(id="m", name="M", routes=(route("azure_ai", "M", "2"),)),))
    merged = merge([a, b])
    conflict, other = merged.conflicts(frozenset({"routes"}))
    assert (conflict.field, other.field) == ("routes[azure/M].input", "routes[azure/M].output")
    assert [(v.value, v.sources) for v in conflict.values] == [
        (Decimal(1), ("catalog:azure",)), (Decimal(2), ("catalog#2:azure_ai",))]
    assert conflict.kept == Decimal(1)


def test_capability_conflicts_are_reported() -> None:
    a = Catalog(models=(Model(id="m", name="M", capabilities=Capabilities(reasoning=False)),))
    b = Catalog(models=(Model(id="m", name="M", capabilities=Capabilities(reasoning=True)),))
    (conflict,) = merge([a, b]).conflicts()
    assert conflict.field == "capabilities.reasoning"
    assert conflict.kept is False


def test_merged_report_lists_every_source(merged: ImportedCatalog) -> None:
    report = merged.report
    assert [p.source for p in report.parts] == ["models.dev", "litellm", "openrouter",
                                                "llmstats"]
    assert report.records == sum(p.records for p in report.parts)
    assert "cost.cached_input" in report.to_text()


def test_conflicts_serialise(merged: ImportedCatalog) -> None:
    data = [c.to_dict() for c in merged.conflicts().for_model("phi-4")]
    json.dumps(data)
    assert data[0]["model"] == "phi-4"
    assert merged.conflicts().fields()["context_window"] >= 1


# -- load_source and audit -------------------------------------------------------------------


@pytest.mark.parametrize(("spec", "source"), [
    (f"models-dev:{MODELS_DEV}", "models.dev"),
    (f"models.dev:{MODELS_DEV}", "models.dev"),
    (f"litellm:{LITELLM}", "litellm"),
    (f"litellm:{LITELLM.parent}", "litellm"),
    (f"openrouter:{OPENROUTER}", "openrouter"),
    (f"llmstats:{LLMSTATS}", "llmstats"),
    (f"genai-prices:{GENAI_PRICES}", "genai-prices"),
])
def test_load_source_kinds(spec: str, source: str) -> None:
    catalog = load_source(spec)
    assert isinstance(catalog, ImportedCatalog)
    assert catalog.report.source == source
    assert "phi-4" in catalog


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_load_source_plain_path_is_a_catalog() -> None:
    bundled = Path(phicompare.__file__).parent / "data"  # the installed package's data
    catalog = load_source(str(bundled))
    assert not isinstance(catalog, ImportedCatalog)
    assert "phi-2" in catalog


def test_load_source_errors(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="unknown source kind 'modelsdev'"):
        load_source(f"modelsdev:{tmp_path}")
    with pytest.raises(SourceError, match="not found"):
        load_source(f"llmstats:{tmp_path / 'missing'}")
    with pytest.raises(CatalogError):
        load_source(str(tmp_path / "missing.toml"))


def test_audit_groups_one_models_conflicts_most_severe_first() -> None:
    out = io.StringIO()
    code = audit_main([f"models-dev:{MODELS_DEV}", f"litellm:{LITELLM}",
                       "--model", "azure_ai/Phi-4"], out)
    text = out.getvalue()
    assert code == 0
    body = text.split("By model (most severe first):\n", 1)[1].splitlines()
    assert body[0] == "phi-4"
    levels = [line.split()[0] for line in body[1:]]
    assert levels == sorted(levels, key=["high", "medium", "low"].index)
    assert any(line.startswith("  high    context_window: ") for line in body)
    assert " in one model" not in text
    assert re.search(r"^\d+ conflicts in 1 model: ", text, re.MULTILINE)


def test_audit_filters_fields_and_prints_json() -> None:
    out = io.StringIO()
    audit_main([f"models-dev:{MODELS_DEV}", "--field", "released", "--json"], out)
    data = json.loads(out.getvalue())
    assert data["conflicts"]
    assert {c["field"] for c in data["conflicts"]} == {"released"}
    assert data["summary"]["conflicts"] == len(data["conflicts"])
    assert [f["field"] for f in data["fields"]] == ["released"]
    assert data["sources"][0]["source"] == "models.dev"


def test_audit_report_and_unknown_model() -> None:
    out = io.StringIO()
    audit_main([f"litellm:{LITELLM}", "--report"], out)
    assert out.getvalue().startswith("litellm (")
    with pytest.raises(UnknownModelError):
        audit_main([f"litellm:{LITELLM}", "--model", "no-such-model"], io.StringIO())


def assert_consistent(catalog: Catalog) -> None:
    """What the strict loader checks across records holds for an imported catalog too."""
    providers = {p.id for p in catalog.providers}
    benchmarks = {b.id: b for b in catalog.benchmarks}
    names: dict[str, str] = {}
    for model in catalog:
        routes = {(r.provider, r.provider_model_id, r.effective_from) for r in model.routes}
        assert len(routes) == len(model.routes), model.id  # no duplicate route
        for route in model.routes:
            assert route.provider in providers, (model.id, route.provider)
            assert route.source
        for score in model.scores:
            assert score.benchmark in benchmarks, (model.id, score.benchmark)
            assert 0 <= score.score <= benchmarks[score.benchmark].max_score
        for name in (model.id, *model.aliases):
            key = normalize_name(name)
            assert names.setdefault(key, model.id) == model.id, (name, model.id, names[key])
        assert catalog.model(model.id) is model


def test_imports_and_merges_are_consistent_catalogs(sources: list[ImportedCatalog],
                                                    merged: ImportedCatalog) -> None:
    for catalog in (*sources, merged, merge([default_catalog(), *sources])):
        assert_consistent(catalog)


def test_two_evaluations_of_one_benchmark_are_two_scores_not_a_conflict() -> None:
    def score(value: str, evaluation: str | None) -> BenchmarkScore:
        return BenchmarkScore(benchmark="gpqa", score=Decimal(value), setting="0-shot",
                              source="https://example.com/t", evaluation=evaluation)

    a = Catalog(models=(Model(id="m", name="M", scores=(score("39.1", "table-a"),
                                                        score("29.2", "table-b"))),))
    b = Catalog(models=(Model(id="m", name="M", scores=(score("30.0", "table-b"),)),))
    merged = merge([a, b])
    assert len(merged.model("m").scores) == 2
    assert [str(c) for c in merged.conflicts(frozenset({"scores"}))] == [
        "m: scores[gpqa 0-shot table-b].score: 29.2 (catalog) | 30.0 (catalog#2); kept 29.2"]


def test_documented_inputs_say_vision_and_multimodal_where_no_source_flags_them() -> None:
    """Image input is vision and any input beyond text is multimodal: Gemma 3 27B's specs list
    image input while its vision read "from 9 of 11 providers". A flag a source sets stands."""
    eyes = Catalog(models=(Model(id="m", name="M", input_modalities=("text", "image")),))
    flags = merge([eyes]).model("m").capabilities
    assert (flags.vision, flags.multimodal) == (True, True)
    ears = Catalog(models=(Model(id="m", name="M", input_modalities=("text", "audio"),
                                 capabilities=Capabilities(vision=False)),))
    flags = merge([ears]).model("m").capabilities
    assert (flags.vision, flags.multimodal) == (False, True)
    text = Catalog(models=(Model(id="m", name="M", input_modalities=("text",)),))
    flags = merge([text]).model("m").capabilities
    assert (flags.vision, flags.multimodal) == (None, None)
