"""Identity of resellers' spellings (issue 16): one model, one id; names without "Vendor: "."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from phicompare import default_catalog
from phicompare.importers import identity_key
from phicompare.importers._assemble import Record, assemble, split_vendor
from phicompare.importers._identity import keep_apart, quantised, route_key, spelling

# -- rules that join -------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    # a region or vendor dotted prefix (Bedrock), with its -v1:0 or -1:0 endpoint suffix
    ("zai.glm-4.7", "glm-4.7"),
    ("minimax.minimax-m2.1", "MiniMax-M2.1"),
    ("moonshotai.kimi-k2.5", "kimi-k2.5"),
    ("openai.gpt-oss-120b-1:0", "gpt-oss-120b"),
    ("writer.palmyra-x5-v1:0", "palmyra-x5"),
    ("google.gemma-3-27b-it", "gemma-3-27b"),
    # a maker named after itself keeps its name: deepseek.r1 is deepseek-r1
    ("deepseek.r1-v1:0", "deepseek-r1"),
    ("deepseek.v3.2", "deepseek-v3.2"),
    # "p" as a decimal point
    ("glm-5p1", "glm-5.1"),
    ("accounts/fireworks/models/kimi-k2p6", "kimi-k2.6"),
    ("qwen3p7-plus", "qwen3.7-plus"),
    # DeepSeek's -chat- and v-less spellings
    ("deepseek/deepseek-chat-v3.1", "deepseek-v3.1"),
    ("deepseek-chat-v3-0324", "deepseek-v3-0324"),
    ("deepseek-3.2", "deepseek-v3.2"),
    # Gemini's -001 stable version, OpenRouter's tier-first order
    ("gemini-2.0-flash-001", "gemini-2.0-flash"),
    ("google/gemini-flash-1.5", "gemini-1.5-flash"),
    ("gemini-flash-1.5-8b", "gemini-1.5-flash-8b"),
    # quantised weights: a route of the base model
    ("qwen3-8b-fp8", "qwen3-8b"),
    ("deepseek-v3.2-nvfp4", "deepseek-v3.2"),
    ("llama-3.3-70b-instruct-fp8-dynamic", "llama-3.3-70b-instruct"),
    ("llama-3-8b-instruct-awq", "llama-3-8b-instruct"),
    # a maker's name before its product's
    ("aion-labs-aion-2-0", "aion-2.0"),
    ("alibaba-qwen3-32b", "qwen3-32b"),
    ("arcee-trinity-large-thinking", "arcee-ai/trinity-large-thinking"),
    # xAI's and ByteDance's snapshot stamps (one date of the model)
    ("grok-4-0709", "grok-4"),
    ("grok-4.20-0309-reasoning", "grok-4-20-reasoning"),
    ("doubao-seed-2-0-pro-260215", "doubao-seed-2.0-pro"),
    # Moonshot's dated Kimi K2: its API's -preview and the weights' -instruct- name
    ("kimi-k2-0905-preview", "moonshotai/Kimi-K2-Instruct-0905"),
    ("kimi-k2-0711-preview", "kimi-k2-0711"),
    # the alias table: irregular spellings, each checked against the maker's listing
    ("claude-3.5-sonnet-v2", "claude-3-5-sonnet-20241022"),
    ("anthropic/claude-3.5-sonnet", "claude-3-5-sonnet-20241022"),
    ("anthropic/claude-sonnet-3.5-june", "claude-3-5-sonnet-20240620"),
    ("deepseek.v3-v1:0", "deepseek-v3.1"),
    ("devstral-2512", "devstral-2"),
    ("labs-devstral-small-2512", "devstral-small-2"),
    ("mistral-medium-2505", "mistral-medium-3"),
    ("mistral.mistral-large-3-675b-instruct", "mistral-large-2512"),
    ("command-a-03-2025", "cohere/command-a"),
])
def test_resellers_spellings_are_one_model(a: str, b: str) -> None:
    assert identity_key(a) == identity_key(b)


def test_the_claude_snapshots_stay_apart_with_their_spellings() -> None:
    names = ["claude-3-5-sonnet-20240620", "claude-3-5-sonnet-20241022", "claude-3.5-sonnet",
             "claude-3.5-sonnet-v2", "claude-sonnet-3.5-june"]
    apart = keep_apart([names])
    keys = {name: identity_key(name, apart) for name in names}
    assert keys["claude-3-5-sonnet-20240620"] != keys["claude-3-5-sonnet-20241022"]
    assert keys["claude-sonnet-3.5-june"] == keys["claude-3-5-sonnet-20240620"]
    assert keys["claude-3.5-sonnet"] == keys["claude-3.5-sonnet-v2"] == keys[
        "claude-3-5-sonnet-20241022"]


# -- what stays apart ------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("deepseek.v3-v1:0", "deepseek-v3"),  # Bedrock's is V3.1, not V3
    ("deepseek-chat", "deepseek-v3.1"),  # DeepSeek's moving API name, not a -chat- spelling
    ("deepseek-v3-0324", "deepseek-v3"),  # a model of its own, not a stamp
    ("gpt-4-0613", "gpt-4"),  # OpenAI's MMDD snapshots are models of their own
    ("gpt-4-0314", "gpt-4"),
    ("command-r-08-2024", "command-r"),  # Cohere's dates: two models, two prices
    ("command-r-plus-04-2024", "command-r-plus-08-2024"),
    ("mistral-medium-2505", "mistral-medium-2508"),
    ("gemini-pro", "gemini-1.0-pro-001x"),
    ("glm-4.6", "glm-4.6v"),
    ("arcee-blitz", "blitz"),  # only a maker's known product names lose the maker's name
    ("minimax-m1", "minimax-m1-80k"),
    ("kimi-k2", "kimi-k2-0905"),  # the bare name is the first (0711) one, then moved
    ("kimi-k2-0711", "kimi-k2-0905"),
    ("kimi-k2-turbo-preview", "kimi-k2-turbo"),  # only a stamp loses -preview
    ("qwen3-coder-480b-a35b-instruct-int4-mixed-ar", "qwen3-coder-480b-a35b-instruct"),
])
def test_different_models_stay_apart(a: str, b: str) -> None:
    assert identity_key(a) != identity_key(b)


def test_two_stamps_of_one_model_stay_apart() -> None:
    apart = keep_apart([["doubao-seed-2-0-lite-260215", "doubao-seed-2-0-lite-260428"],
                        ["gemini-1.5-pro-001", "gemini-1.5-pro-002"]])
    assert identity_key("doubao-seed-2-0-lite-260215", apart) != identity_key(
        "doubao-seed-2-0-lite-260428", apart)
    assert identity_key("doubao-seed-2-0-lite-260215", apart) != identity_key(
        "doubao-seed-2.0-lite", apart)
    assert identity_key("gemini-1.5-pro-001", apart) != identity_key("gemini-1.5-pro-002", apart)


def test_a_quantised_route_stays_a_route_of_its_own() -> None:
    assert quantised("Qwen3-8B-FP8")
    assert not quantised("qwen3-8b")
    assert route_key("deepinfra", "Qwen/Qwen3-8B-FP8") != route_key("deepinfra", "Qwen/Qwen3-8B")
    assert route_key("x", "qwen3-8b-fp8:free") == ("x", "qwen38b-fp8:free")
    assert spelling("qwen3-8b-fp8") == "qwen3-8b"


def test_a_quantised_name_never_becomes_the_models_id() -> None:
    records = [Record(identity=n, source=f"s:{p}", url=f"u{p}", names=(n,))
               for p, n in (("a", "qwen3-8b-fp8"), ("b", "qwen3-8b-fp8"), ("c", "qwen3-8b"))]
    models, _ = assemble(records, dt.date(2026, 1, 1))
    assert [m.id for m in models] == ["qwen3-8b"]


def test_a_bedrock_spelling_never_becomes_the_models_id() -> None:
    records = [Record(identity="writer.palmyra-x4-v1:0", source="s:aws-bedrock", url="u",
                      names=("writer.palmyra-x4-v1:0",))]
    (model,), _ = assemble(records, dt.date(2026, 1, 1))
    assert (model.id, model.aliases) == ("palmyra-x4", ("writer.palmyra-x4-v1:0",))


@pytest.mark.parametrize("name", ["mistral.ministral-3-8b-instruct", "ministral-3-8b-instruct-2512",
                                  "ministral-8b-2512"])
def test_ministral_3_spellings(name: str) -> None:
    apart = keep_apart([["ministral-8b-2512", "ministral-8b-instruct-2410"]])
    assert identity_key(name, apart) == identity_key("ministral-8b-2512", apart)
    assert identity_key(name, apart) != identity_key("ministral-8b-instruct-2410", apart)


# -- names -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "model_id", "vendor", "name"), [
    ("Anthropic: Claude Opus 4.6 (Fast)", "claude-opus-4.6-fast", "Anthropic",
     "Claude Opus 4.6 (Fast)"),
    ("Mistral: Mixtral 8x7B Instruct", "mixtral-8x7b-instruct", "Mistral", "Mixtral 8x7B Instruct"),
    ("Z.ai: GLM 4 32B", "glm-4-32b", "Z.ai", "GLM 4 32B"),
    ("ByteDance Seed: Seed 1.6 Flash", "seed-1.6-flash", "ByteDance Seed", "Seed 1.6 Flash"),
    ("Mistral: Saba", "mistral-saba", "Mistral", "Mistral Saba"),  # the rest is no whole name
    ("Relace: Relace Apply 3", "relace-apply-3", "Relace", "Relace Apply 3"),
    ("GPT-4o", "gpt-4o", None, "GPT-4o"),
    ("Qwen3-235B: a note", "x", None, "Qwen3-235B: a note"),  # a digit-led vendor is no vendor
    ("Llama 3: 8B", "llama-3-8b", None, "Llama 3: 8B"),
])
def test_split_vendor(raw: str, model_id: str, vendor: str | None, name: str) -> None:
    assert split_vendor(raw, model_id) == (vendor, name)


def _record(provider: str, name: str, **facts: object) -> Record:
    return Record(identity="claude-3-5-sonnet-20241022", source=f"models.dev:{provider}",
                  url=f"https://example.org/{provider}", names=("claude-3-5-sonnet-20241022",),
                  facts={"name": name, **facts})


def test_the_makers_spelling_wins_and_the_prefix_gives_no_vendor_over_a_source() -> None:
    records = [_record("helicone", "Anthropic: Claude 3.5 Sonnet v2"),
               _record("poe", "Claude 3.5 Sonnet"), _record("sap", "Claude 3.5 Sonnet"),
               _record("anthropic", "Claude Sonnet 3.5 v2", vendor="Anthropic PBC")]
    (model,), _ = assemble(records, dt.date(2026, 1, 1))
    assert (model.name, model.vendor) == ("Claude Sonnet 3.5 v2", "Anthropic PBC")
    (model,), _ = assemble(records[:3], dt.date(2026, 1, 1))  # no maker's record: the most said
    assert (model.name, model.vendor) == ("Claude 3.5 Sonnet", "Anthropic")


def test_a_labs_api_reselling_another_labs_model_is_not_its_maker() -> None:
    records = [Record(identity="siliconflow/deepseek-v3.1-terminus", source="models.dev:alibaba-cn",
                      url="u1", names=("siliconflow/deepseek-v3.1-terminus",),
                      facts={"name": "Siliconflow DeepSeek V3.1 Terminus"}),
               *(Record(identity="deepseek-v3.1-terminus", source=f"models.dev:{p}", url=p,
                        names=("deepseek-v3.1-terminus",), facts={"name": "DeepSeek V3.1 Terminus"})
                 for p in ("a", "b"))]
    (model,), _ = assemble(records, dt.date(2026, 1, 1))
    assert model.name == "DeepSeek V3.1 Terminus"
    records[1].facts["vendor"] = "DeepSeek"  # a known vendor that is not the lab's
    records.insert(0, _record("anthropic", "Claude Terminus"))
    records[0].identity = "deepseek-v3.1-terminus"
    (model,), _ = assemble(records, dt.date(2026, 1, 1))
    assert model.name == "DeepSeek V3.1 Terminus"


def test_a_makers_id_like_name_is_no_display_name() -> None:
    records = [_record("anthropic", "claude-3-5-sonnet", vendor="Anthropic"),
               _record("poe", "Claude 3.5 Sonnet"), _record("sap", "Claude 3.5 Sonnet")]
    (model,), _ = assemble(records, dt.date(2026, 1, 1))
    assert model.name == "Claude 3.5 Sonnet"


# -- the bundled catalog ---------------------------------------------------------------------------


def test_bundled_catalog_has_one_id_per_model_and_clean_names() -> None:
    catalog = default_catalog()
    october = catalog.model("claude-3-5-sonnet-20241022")
    for name in ("claude-3.5-sonnet", "claude-3.5-sonnet-v2", "anthropic/claude-3.5-sonnet"):
        assert catalog.model(name).id == october.id
    assert catalog.model("claude-sonnet-3.5-june").id == "claude-3-5-sonnet-20240620"
    for a, b in (("glm-5p1", "glm-5.1"), ("zai.glm-4.7", "glm-4.7"), ("qwen3-8b-fp8", "qwen3-8b"),
                 ("gemini-2.0-flash-001", "gemini-2.0-flash"), ("deepseek.r1-v1:0", "deepseek-r1")):
        assert catalog.model(a).id == catalog.model(b).id, (a, b)
    for a, b in (("gpt-4-0613", "gpt-4"), ("command-r", "command-r-08-2024")):
        assert catalog.model(a).id != catalog.model(b).id, (a, b)
    prefixed = [m.id for m in catalog.models if m.name and split_vendor(m.name)[0]]
    assert prefixed == []
    # no repository path for a name ("x-AI/Grok-4.1-Fast" was one: review 26)
    assert [m.name for m in catalog.models if re.match(r"[A-Za-z][\w.-]*/[A-Za-z]", m.name)] == []
    assert catalog.model("grok-4.1-fast").name == "Grok 4.1 Fast"
    assert catalog.model("Qwen/Qwen3.5-4B").name == "Qwen3.5-4B"  # (the path still finds it)


def test_a_repository_path_gives_way_to_a_name_or_loses_its_owner() -> None:
    records = [_record("qiniu-ai", "x-AI/Grok-4.1-Fast"), _record("zenmux", "Grok 4.1 Fast")]
    (model,), _ = assemble(records, dt.date(2026, 1, 1))
    assert model.name == "Grok 4.1 Fast"
    records = [_record("siliconflow", "Qwen/Qwen3-VL-32B-Thinking"),
               _record("siliconflow-cn", "Qwen/Qwen3-VL-32B-Thinking")]
    (model,), _ = assemble(records, dt.date(2026, 1, 1))
    assert model.name == "Qwen3-VL-32B-Thinking"
    records = [_record("a", "DeepSeek V3/Chat Cheaper"), _record("b", "DeepSeek V3/Chat Cheaper")]
    (model,), _ = assemble(records, dt.date(2026, 1, 1))
    assert model.name == "DeepSeek V3/Chat Cheaper"  # (a slash within a name stays)



def test_a_name_that_is_the_id_gives_way_to_a_display_name() -> None:
    from phicompare.importers._assemble import _id_like

    assert _id_like("grok-4-fast-reasoning", "xai/grok-4-fast-reasoning")
    assert not _id_like("Grok 4 Fast (Reasoning)", "grok-4-fast-reasoning")
    assert not _id_like("o1-mini-2024", "o1-mini")
    from phicompare import default_catalog

    assert default_catalog().model("grok-4-fast-reasoning").name == "Grok 4 Fast (Reasoning)"
