"""Review 6's data findings on the bundled catalog: capabilities, settings and names (sourced)."""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import ProviderTier, compare, default_catalog
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model
from phicompare.importers._quality import not_chat


@pytest.mark.parametrize("model", ["qwen3-235b-a22b-thinking-2507", "deepseek-r1-0528",
                                   "deepseek-r1"])
def test_a_reasoning_model_records_its_reasoning_mode(model: str) -> None:
    """D19: a Thinking model and DeepSeek R1 state reasoning mode on their own record."""
    assert default_catalog().model(model).capabilities.reasoning is True


def test_deepseek_r1_function_calling_follows_deepseeks_docs() -> None:
    """D19: January's R1 had no function calling (deepseek-reasoner); R1-0528 added it."""
    catalog = default_catalog()
    r1, r1_0528 = catalog.model("deepseek-r1"), catalog.model("deepseek-r1-0528")
    assert r1.capabilities.function_calling is False
    assert "api-docs.deepseek.com/guides/reasoning_model" in (r1.notes or "")
    assert r1_0528.capabilities.function_calling is True


@pytest.mark.parametrize(("model", "benchmark", "score"), [
    ("qwen3-235b-a22b", "aime-2024", "85.7"), ("qwen3-235b-a22b", "aime-2025", "81.5"),
    ("qwen3-32b", "aime-2024", "81.4"), ("qwen3-32b", "aime-2025", "72.9"),
])
def test_qwen3_aime_is_a_mean_of_64_samples_not_pass_at_64(model: str, benchmark: str,
                                                            score: str) -> None:
    """D13: Qwen3's report averages 64 samples per question (pass@1); pass@64 it gives apart."""
    (found,) = [s for s in default_catalog().model(model).scores
                if s.benchmark == benchmark and str(s.score) == score]
    assert found.setting == "thinking mode; pass@1 averaged over 64 samples"
    assert found.source == "https://arxiv.org/abs/2505.09388"
    assert "Pass@64" not in (found.setting or "")


@pytest.mark.parametrize("alias", ["claude-sonnet-latest", "claude-opus-latest",
                                   "claude-haiku-latest", "gpt-latest", "kimi-latest",
                                   "gemini-pro-latest", "grok-latest"])
def test_a_hosts_moving_family_alias_is_no_model(alias: str) -> None:
    """D23: OpenRouter's ~anthropic/claude-sonnet-latest "always redirects to the latest model"."""
    assert alias not in {m.id for m in default_catalog().models}


def test_a_moving_family_alias_is_left_out_as_not_a_model() -> None:
    def route(provider: str) -> ProviderRoute:
        return ProviderRoute(provider=provider, source="https://x.test",
                             checked=dt.date(2026, 12, 1))

    alias = Model(id="claude-sonnet-latest", name="Claude Sonnet Latest",
                  routes=(route("openrouter"), route("kilo")))
    assert (not_chat(alias) or "").startswith("a family's moving alias")
    # the maker's own moving alias (Google's gemini-flash-latest) and a versioned one stay
    assert not_chat(Model(id="gemini-flash-latest", name="Gemini Flash Latest",
                          routes=(route("google"), route("openrouter")))) is None
    assert not_chat(Model(id="gpt-5-chat-latest", name="GPT-5 Chat",
                          routes=(route("openrouter"),))) is None


@pytest.mark.parametrize(("model", "name"), [
    ("claude-sonnet-4-0", "Claude Sonnet 4"), ("claude-opus-4-0", "Claude Opus 4"),
    ("ministral-8b-2512", "Ministral 3 8B"),  # its card's name, once apart from the 2410
])
def test_a_snapshot_is_never_named_latest(model: str, name: str) -> None:
    """D23: claude-sonnet-4-0 is the alias of claude-sonnet-4-20250514, not the latest Sonnet."""
    assert default_catalog().model(model).name == name


@pytest.mark.parametrize(("model", "name"), [
    ("gemma-3n-e2b-it", "Gemma 3n E2B IT"), ("gemma-3n-e4b-it", "Gemma 3n E4B IT"),
])
def test_gemma_3n_is_named_as_google_names_it(model: str, name: str) -> None:
    """D30: not NVIDIA's title-cased id "Gemma 3n E2b It" nor OpenRouter's "Gemma 3n 4B"."""
    assert default_catalog().model(model).name == name


def test_providers_have_names_a_reader_can_tell_apart() -> None:
    """D30: no provider named "Inference"; one Vertex AI, not "Vertex" and "Vertex (Anthropic)"."""
    catalog = default_catalog()
    names = {p.id: p.name for p in catalog.providers}
    assert names["inference"] == "Inference.net"
    assert names["google-vertex"] == "Google Vertex AI"
    assert "google-vertex-anthropic" not in names
    vertex = [r for r in catalog.model("claude-opus-4-1").routes if r.provider == "google-vertex"]
    assert len(vertex) == 1  # Vertex AI's Claude listed once, not once per models.dev folder


def test_nvidia_s_api_catalog_is_its_own_hosted_service_not_a_reseller() -> None:
    """D22: NVIDIA NIM's API catalog is NVIDIA's own hosted service (on its own cloud), like
    GitHub Models; the catalog had it as a reseller."""
    catalog = default_catalog()
    assert catalog.provider("nvidia-nim").tier is ProviderTier.CLOUD
    c = compare("phi-4-mini", "gemma-3n-e2b-it", include_free=True)
    said = " ".join(claim.text for claim in c.narrative.claims())
    assert "inference host's or gateway's" not in said
    assert c.check() == []
