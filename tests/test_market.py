"""The bundled catalog's two layers: frontier names resolve, curated wins, on demand = whole."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from phicompare import (
    CatalogError,
    ComparisonError,
    Model,
    compare,
    default_catalog,
    load_catalog,
    recommend,
)
from phicompare.catalog.bundled import _shelved
from phicompare.catalog.index_file import index_text, read_index
from phicompare.catalog.shelf import INDEX_FILE, IndexRow

from .helpers import DATA, bundle_tool

DAY = dt.date(2026, 11, 25)
FRONTIER_PAIRS = [
    ("gpt-4o", "claude-sonnet-4-5"), ("gpt-4.1", "gemini-2.5-pro"), ("o3", "deepseek-r1"),
    ("gpt-5", "claude-opus-4-1"), ("claude-3-5-sonnet", "gpt-4o-mini"),
    ("llama-3.3-70b", "qwen2.5-72b"), ("llama-4-maverick", "deepseek-v3"),
    ("mistral-large", "grok-4"), ("gemma-3-27b", "phi-4"), ("qwen3-235b-a22b", "gemini-2.0-flash"),
]


@pytest.mark.parametrize(("a", "b"), FRONTIER_PAIRS)
def test_frontier_pairs_compare_from_the_bundled_catalog(a: str, b: str) -> None:
    c = compare(a, b, as_of=DAY)
    assert c.check() == []
    assert all(e.model.routes for e in c.cost.estimates)


def test_curated_wins_over_imported() -> None:
    mini = default_catalog().model("Phi-4-mini-instruct")  # models.dev's name for it
    assert mini.id == "phi-4-mini"
    assert mini.released == dt.date(2025, 2, 26)  # not models.dev's 2024-12-11
    assert mini.capabilities.reasoning is False  # not GitHub Models' flag
    assert default_catalog().model("phi-4").released != mini.released


def test_claude_sonnet_4_5_is_one_model_with_its_cloud_routes() -> None:
    model = default_catalog().model("claude-sonnet-4.5")
    assert {"anthropic", "aws-bedrock", "google-vertex"} <= {
        r.provider for r in model.routes}


def test_pages_are_the_same_whether_loaded_whole_or_on_demand() -> None:
    whole = load_catalog(bundled=True)
    for a, b in [*FRONTIER_PAIRS[:4], ("phi-2", "phi-4-mini"), ("phi-4", "gemma-3-12b")]:
        shelved = _shelved(DATA)  # a fresh shelf: nothing read yet
        assert shelved is not None
        page = compare(a, b, catalog=shelved, as_of=DAY).to_markdown()
        assert page == compare(a, b, catalog=whole, as_of=DAY).to_markdown(), (a, b)
        assert shelved.shelf is not None
        assert len(shelved.shelf._loaded) <= 3  # the models compared, not their neighbours


def test_a_family_is_one_makers() -> None:
    # models.dev files DMind-1 (an unnamed vendor's) and Inflection's models under "gpt"
    kin = {m.id for m, why in default_catalog().neighbours("gpt-4o", limit=50)
           if why == "same-family"}
    assert kin
    assert not kin & {"dmind-1", "dmind-1-mini", "inflection-3-pi", "wizardlm-2-8x22b"}
    assert all(default_catalog().model(i).vendor == "OpenAI" for i in kin)
    whole = load_catalog(bundled=True)
    shelved = _shelved(DATA)
    assert shelved is not None
    for model_id in ["gpt-4o", "phi-4", "llama-3.1-8b", "claude-sonnet-4-5", "qwen2.5-7b"]:
        assert shelved.neighbour_names(model_id, 8) == whole.neighbour_names(model_id, 8)


def test_imported_sample_checks_clean() -> None:
    ids = [row.id for row in default_catalog().shelf.rows][::97]  # type: ignore[union-attr]
    for a, b in itertools.pairwise(ids):
        assert compare(a, b, as_of=DAY).check() == [], (a, b)


def _tool() -> Any:
    return bundle_tool()


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_the_index_matches_the_files() -> None:
    """Edit a curated file without re-running the bundler, and this fails."""
    tool = _tool()
    index = (DATA / INDEX_FILE).read_text(encoding="utf-8")
    built = dt.date.fromisoformat(index.splitlines()[1].removeprefix("built\t"))
    assert tool.index_text_of(load_catalog(bundled=True), built) == index


def test_closed_weights_spread_within_a_family_and_open_ones_do_not() -> None:
    tool = _tool()

    def model(model_id: str, family: str, open_weights: bool | None, vendor: str = "Lab") -> Model:
        return Model(id=model_id, name=model_id, vendor=vendor, family=family,
                     open_weights=open_weights)

    quality = tool.Quality()
    models = [model("c1", "closed", False), model("c2", "closed", False),
              model("c3", "closed", None), model("o1", "open", True), model("o2", "open", True),
              model("o3", "open", None), model("m1", "mixed", True), model("m2", "mixed", False),
              model("m3", "mixed", None), model("s1", "single", False),
              model("s2", "single", None), model("x1", "closed", None, vendor="Other")]
    flags = {m.id: m.open_weights for m in tool.infer_open_weights(models, quality)}
    assert flags == {"c1": False, "c2": False, "c3": False, "o1": True, "o2": True, "o3": None,
                     "m1": True, "m2": False, "m3": None, "s1": False, "s2": None, "x1": None}
    assert quality.inferred == ["Lab's closed (from 2 with a source): c3"]
    assert quality.inferred_models == 1
    assert default_catalog().model("grok-4").open_weights is False


def test_a_stale_index_is_a_catalog_error(tmp_path: Path) -> None:
    (tmp_path / "m.toml").write_text(
        'schema = 1\n[[models]]\nid = "m"\nname = "M"\nfamily = "new"\n', encoding="utf-8")
    (tmp_path / INDEX_FILE).write_text(json.dumps(
        {"version": 5, "built": "2026-11-29", "base": [], "models": [
            ["m", "m.toml", "M", "old", None, ["m"]]]}))
    assert read_index(tmp_path) is None  # an older version's index: the TOML is read whole
    rows = (IndexRow("m", "m.toml", "M", "old", None, ("m",)),
            IndexRow("gone", "m.toml", "G", None, Decimal("1.5"), ("gone", "m")))
    (tmp_path / INDEX_FILE).write_text(index_text(rows, [], {}, "2026-11-29"), encoding="utf-8")
    shelf = read_index(tmp_path)
    assert shelf is not None
    assert shelf.rows == rows
    assert shelf.names() == {"m": "m", "gone": "gone"}  # the first model keeps a name
    assert repr(shelf) == "<Shelf: 2 models, 0 read>"
    with pytest.raises(CatalogError, match="stale"):
        shelf.model("m")
    with pytest.raises(KeyError):
        shelf.model("nothing")
    (tmp_path / INDEX_FILE).write_text("phicompare index\t6\nmodel\tm\tm.toml\n")
    assert read_index(tmp_path) is None  # a row too short
    (tmp_path / INDEX_FILE).write_text("phicompare index\t6\nspread\tmmlu\tmany\n")
    assert read_index(tmp_path) is None  # not a number
    (tmp_path / INDEX_FILE).write_bytes(b"\xff")
    assert read_index(tmp_path) is None  # not UTF-8
    with pytest.raises(ValueError, match="a tab or a line break"):
        index_text([IndexRow("m", "m.toml", "M\tN", None, None, ())], [], {}, "2026-11-29")


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
def test_a_shelved_catalog_behaves_as_a_whole_one() -> None:
    shelved, whole = _shelved(DATA), load_catalog(bundled=True)
    assert shelved is not None
    assert len(shelved) == len(whole)
    assert repr(shelved) == repr(whole)
    assert "gpt-4o" in shelved
    assert "no-such-model" not in shelved
    assert shelved.suggest("gpt-4oo") == whole.suggest("gpt-4oo")
    assert isinstance(next(iter(shelved)), Model)
    assert _shelved(Path("/nonexistent")) is None


def test_unknown_limits_stay_unknown() -> None:
    """models.dev writes 0 for a limit it does not know; nothing bundled has a 0 context."""
    for model in default_catalog():
        assert model.context_window != 0, model.id
        assert model.max_output_tokens != 0, model.id
        assert all(r.context_window != 0 for r in model.routes), model.id


def test_a_candidates_shown_gap_is_the_difference_of_the_printed_bills() -> None:
    """Hy3 preview's $1.96615 against Qwen3.5 9B's $1.34276 printed "$1.97" and "$1.34" beside
    "+$0.62" (the exact $0.6234): the gap a page shows is the printed bills' ($0.63)."""
    from phicompare.analysis.cost import shown_money
    from phicompare.analysis.traffic import Traffic

    found = recommend(requires=["reasoning"], min_context=200_000, open_weights=True,
                      traffic=Traffic.from_requests(per_day=333, input_tokens=1_234,
                                                    output_tokens=567),
                      as_of=dt.date(2026, 11, 25), limit=8)
    assert found.candidates, (found.matched, found.considered)
    first = found.candidates[0].monthly
    assert first is not None
    assert first >= Decimal("0.005")
    differs = 0
    for c in found.candidates[1:]:
        assert c.monthly is not None
        assert c.shown_gap == shown_money(c.monthly) - shown_money(first)
        differs += c.shown_gap != shown_money(c.monthly - first)
    assert differs  # a case where the exact gap rounds otherwise is among them


def test_a_later_release_keeps_its_own_routes() -> None:
    """Qwen3 235B-A22B (April 2025, 131,072 tokens) is billed on none of the routes of its July
    2025 Instruct-2507 release (262,144 tokens), nor Mistral Small 4 on Mistral Small 3.1's
    (findings N1): a file named for the release is the release's, whatever its base_model."""
    catalog = default_catalog()
    april, july = catalog.model("qwen3-235b-a22b"), catalog.model("qwen3-235b-a22b-2507")
    assert july.id == catalog.model("Qwen/Qwen3-235B-A22B-Instruct-2507").id != april.id
    assert not any("2507" in (r.provider_model_id or "") for r in april.routes)
    assert len(july.routes) >= 20
    small_4, small_3_1 = catalog.model("mistral-small-2603"), catalog.model("mistral-small-2503")
    assert small_3_1.id != small_4.id
    assert not any("2503" in (r.provider_model_id or "") for r in small_4.routes)


def test_mistral_large_2407_holds_its_own_scores_and_release_date() -> None:
    """OpenRouter's Mistral Large 2407 page and LLMStats' Mistral Large 2 scores are 2407's,
    and it was released on Mistral's 2024-07-24, not OpenRouter's 2024-11-19 (findings N2)."""
    catalog = default_catalog()
    large_2, large_2_1 = catalog.model("mistral-large-2407"), catalog.model("mistral-large-2411")
    assert catalog.model("mistral-large-2-2407").id == large_2.id  # LLMStats' id
    assert large_2.released == dt.date(2024, 7, 24)
    scores = {s.benchmark: s.score for s in large_2.scores}
    assert scores["scicode"] == Decimal("29.2")
    assert scores["mmlu"] == Decimal("84.0")
    assert not any("2407" in (s.source or "") for m in (large_2_1, catalog.model(
        "mistral-large-latest")) for s in m.scores)


def test_one_mistral_large_release_is_one_bundled_model_with_its_own_routes() -> None:
    """io.net's Mistral-Large-Instruct-2411 is Mistral Large 2.1 (2411), not a model of its own,
    and Snowflake Cortex's mistral-large2 is Mistral Large 2 (2407), not the -latest alias
    (whose 262,144-token window is Mistral Large 3's)."""
    catalog = default_catalog()
    large_2_1 = catalog.model("mistral-large-2411")
    assert catalog.model("mistral-large-instruct-2411") is large_2_1
    assert "io-net" in {r.provider for r in large_2_1.routes}
    large_2 = catalog.model("mistral-large2")
    assert large_2.id == "mistral-large-2407"
    assert "snowflake-cortex" in {r.provider for r in large_2.routes}
    assert "snowflake-cortex" not in {r.provider for r in catalog.model(
        "mistral-large-latest").routes}
    assert all(r.context_window != 262144 for r in large_2.routes)


def test_keyed_corrections_reach_the_bundled_layer() -> None:
    """Qwen3 235B A22B Instruct 2507: July 2025, no reasoning mode (N3); Gemma 3 27B: no
    reasoning mode (N4); GitHub Models' reasoning flag (set on 47 of its 55 files) is no
    evidence, so Codestral 2501 has it on no route (N4)."""
    catalog = default_catalog()
    instruct = catalog.model("qwen3-235b-a22b-instruct-2507")
    assert instruct.released == dt.date(2025, 7, 21)
    assert instruct.released < catalog.model("qwen3-235b-a22b-thinking-2507").released  # type: ignore[operator]
    assert instruct.capabilities.reasoning is False
    assert "https://github.com/QwenLM/Qwen3" in instruct.sources
    assert catalog.model("gemma-3-27b-it").capabilities.reasoning is False
    codestral = catalog.model("codestral-2501")
    assert not any(r.capabilities and r.capabilities.reasoning for r in codestral.routes)
    assert all(r.capabilities is None or r.capabilities.reasoning is None
               for m in catalog.models for r in m.routes if r.provider == "github-models")


def test_mistral_small_3_2_is_one_bundled_model_with_both_halves_of_its_routes() -> None:
    """Review 5, H5: the API id and the open weights' name were two models, each with half the
    routes, so a page's bill depended on which name the user typed."""
    catalog = default_catalog()
    weights = catalog.model("mistral-small-3.2-24b-instruct-2506")
    assert weights is catalog.model("mistral-small-2506")
    providers = {route.provider for route in weights.routes}
    assert {"mistral", "openrouter"} <= providers
    assert len(weights.routes) >= 15


def test_databricks_claude_sonnet_4_is_sonnet_4_not_4_5() -> None:
    """Review 5, P10: models.dev's databricks-claude-sonnet-4 names Sonnet 4.5 its base_model;
    its facts and route were Sonnet 4.5's."""
    catalog = default_catalog()
    assert catalog.model("databricks-claude-sonnet-4").id == "claude-sonnet-4-0"
    sonnet_45 = catalog.model("claude-sonnet-4-5")
    assert "databricks-claude-sonnet-4" not in sonnet_45.aliases
    assert not any(s.endswith("/databricks-claude-sonnet-4.toml") for s in sonnet_45.sources)


@pytest.mark.parametrize(("names", "providers"), [
    (("mistral-small-2503", "mistral-small-3.1-24b-instruct",
      "mistral-small-3.1-24b-instruct-2503"),
     {"azure-foundry", "github-models", "routing-run", "cloudflare-workers-ai", "openrouter"}),
    (("mistral-small-2603", "mistral-small-4-119b-2603",
      "mistralai/mistral-small-4-119b-2603:thinking"),
     {"mistral", "openrouter", "venice", "nano-gpt", "nvidia-nim", "regolo-ai"}),
    (("llama-4-maverick", "llama-4-maverick-17b-instruct", "llama-4-maverick-17b-128e-instruct",
      "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8"),
     {"openrouter", "aws-bedrock", "cortecs", "azure-foundry", "google-vertex", "io-net"}),
    (("llama-4-scout", "llama-4-scout-17b-instruct", "llama-4-scout-17b-16e-instruct"),
     {"openrouter", "aws-bedrock", "azure-foundry", "cloudflare-workers-ai", "wandb"}),
])
def test_one_model_whichever_spelling_names_it(names: tuple[str, ...], providers: set[str]) -> None:
    """Review 5, H5: Mistral Small 3.1 and 4, Llama 4 Maverick and Scout were each split over
    two or three bundled models (the API id, the open weights' name, a reseller's), each with
    part of the routes; one model now holds them all, and a compare with itself is refused."""
    catalog = default_catalog()
    model = catalog.model(names[0])
    assert all(catalog.model(name) is model for name in names[1:])
    assert providers <= {route.provider for route in model.routes}
    with pytest.raises(ComparisonError):
        compare(names[0], names[-1])


def test_mistral_small_3_1_is_apart_from_its_base_and_from_4_and_dated_as_mistral_does() -> None:
    """Joined, Mistral Small 3.1 is released on Mistral's 2025-03-17, not the Azure files'
    2025-03-01; its pretrained base stays a model of its own, and 3.1 is not 4."""
    catalog = default_catalog()
    small_3_1 = catalog.model("mistral-small-2503")
    assert small_3_1.released == dt.date(2025, 3, 17)
    assert catalog.model("mistral-small-3.1-24b-base-2503") is not small_3_1
    assert catalog.model("mistral-small-2603") is not small_3_1


def test_deepseek_v2_5_has_the_context_window_deepseeks_api_gave_it() -> None:
    """Review 5, D2: DeepSeek's pricing page of the V2.5 era gives deepseek-chat (DeepSeek V2.5)
    a 128K context; LLMStats' 8,192 is the output limit, not the window."""
    v2_5 = default_catalog().model("deepseek-v2.5")
    assert v2_5.context_window == 128000
    assert "https://platform.deepseek.com/api-docs/quick_start/pricing" in v2_5.sources
    assert v2_5.notes is not None
    assert "context_window 8192 -> 128000" in v2_5.notes


def test_mistral_large_instruct_names_two_releases_and_resolves_to_neither() -> None:
    """Review 5, D2: Mistral published two open-weights releases under that name
    (Mistral-Large-Instruct-2407 and -2411), so the bare name stays unresolved, never one of
    them picked at random; each release's full name resolves."""
    catalog = default_catalog()
    with pytest.raises(LookupError, match="mistral-large-instruct"):
        catalog.model("mistral-large-instruct")
    assert catalog.model("mistral-large-instruct-2411").id == "mistral-large-2411"
    assert catalog.model("mistral-large-2-2407").id == "mistral-large-2407"


def test_llama_4_scout_has_metas_context_window_and_its_routes_their_own() -> None:
    """Joined (review 5, H5), Llama 4 Scout took models.dev's 3,500,000 tokens, Bedrock's
    limit; Meta's Llama 4 post gives 10M (LLMStats agrees); each route keeps its own limit."""
    scout = default_catalog().model("llama-4-scout")
    assert scout.context_window == 10_000_000
    bedrock = next(r for r in scout.routes if r.provider == "aws-bedrock")
    assert scout.route_context(bedrock) == 3_500_000
