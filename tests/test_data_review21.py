"""Review 21's data findings (helper dataAG): listings' figures against the makers' own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from phicompare import compare, default_catalog
from phicompare.importers import from_models_dev
from phicompare.importers._gateway_defaults import DEFAULT_LIMITS


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_cloudflare_gateway_default_limits_are_no_figure(shared_data: Path) -> None:
    """models.dev's Cloudflare AI Gateway Workers AI files give 39 of 43 models one pair,
    128,000 in and 16,384 out: the gateway's default, read as no figure (and counted); a file
    with another pair (GLM-4.7 Flash's 131,072) keeps it."""
    catalog = from_models_dev(shared_data / "models.dev")
    routes = [(m, r) for m in catalog.models for r in m.routes
              if r.provider == "cloudflare-ai-gateway"
              and (r.provider_model_id or "").startswith("workers-ai/")]
    assert routes
    assert not [r for _, r in routes if (r.context_window, r.max_output_tokens)
                == (128_000, 16_384)]
    (report,) = catalog.reports
    (noted,) = [f for f in report.fields if f.field == "limit" and f.reason == DEFAULT_LIMITS]
    assert noted.count == 39
    glm = [r for _, r in routes if r.provider_model_id == "workers-ai/@cf/zai-org/glm-4.7-flash"]
    assert [r.context_window for r in glm] == [131_072]


def test_llama_2_7b_chat_reads_meta_s_card_not_the_gateway_s_listing() -> None:
    """Meta's Llama 2 card: a 4k context, 7B parameters, open weights; released 2023-07-18,
    not 2025-04-03 (the Cloudflare file's own day) nor 128K."""
    model = default_catalog().model("llama-2-7b-chat")
    assert model.context_window == 4_096
    assert model.max_output_tokens is None
    assert model.released == dt.date(2023, 7, 18)
    assert model.open_weights is True
    assert str(model.parameters_b) in ("7", "7.0")
    assert "https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md" in model.sources


def test_llama_3_8b_takes_no_route_or_output_cap_above_its_8k_window() -> None:
    """Llama 3 8B Instruct: Meta's 8,192-token window; its output cap is not above it, and no
    route lists more (DigitalOcean's llama3-8b-instruct is its Llama 3.1 8B: that file's own
    name, date and cutoff say so)."""
    model = default_catalog().model("llama-3-8b-instruct")
    assert model.context_window == 8_192
    assert model.max_output_tokens is None or model.max_output_tokens <= 8_192
    assert max(r.context_window or 0 for r in model.routes) <= 8_192
    assert "digitalocean" not in {r.provider for r in model.routes}


def test_qwen_32b_records_take_their_cards_full_window() -> None:
    """Without the gateway's 128,000, listings' 32,768 outvoted the cards' "Full 131,072
    tokens" for QwQ-32B and Qwen2.5-Coder-32B-Instruct; the cards decide."""
    catalog = default_catalog()
    assert {m: catalog.model(m).context_window
            for m in ("qwq-32b", "qwen2.5-coder-32b-instruct")} == {
        "qwq-32b": 131_072, "qwen2.5-coder-32b-instruct": 131_072}


def test_no_bundled_model_s_output_cap_is_above_its_window() -> None:
    """The prompt and the output share a model's window: a cap above it is a listing's."""
    over = [m.id for m in default_catalog().models
            if m.max_output_tokens is not None and m.context_window is not None
            and m.max_output_tokens > m.context_window]
    assert over == []


def test_knowledge_cutoffs_are_the_makers_not_the_listings() -> None:
    """Review 21, P3: GPT-4's snapshots take OpenAI's 2023 table's "Up to Sep 2021" (as gpt-4
    does; the current page's Dec 2023 postdates gpt-4-0613), Llama 3 8B Meta's March 2023 (the
    70B's is December), Gemma 3 Google's August 2024 for every size."""
    catalog = default_catalog()
    cutoffs = {m: catalog.model(m).knowledge_cutoff for m in (
        "gpt-4", "gpt-4-0613", "gpt-4-0314", "llama-3-8b-instruct", "llama-3-70b-instruct",
        "gemma-3", "gemma-3-27b-it", "gemma-3-4b")}
    assert cutoffs == {
        "gpt-4": "2021-09", "gpt-4-0613": "2021-09", "gpt-4-0314": "2021-09",
        "llama-3-8b-instruct": "2023-03", "llama-3-70b-instruct": "2023-12",
        "gemma-3": "2024-08", "gemma-3-27b-it": "2024-08", "gemma-3-4b": "2024-08"}


def test_grok_3_mini_is_released_with_grok_3_and_reasons_by_xai_s_word() -> None:
    """Review 21, P5: released 2025-02-17 (xAI's Grok 3 launch; LLMStats agrees), not GitHub
    Models' 2024-12-09, so a page as of 2025-01-01 does not offer it; reasoning from xAI's
    guide ("only grok-3-mini supports reasoning_effort"), not a reseller's flag."""
    model = default_catalog().model("grok-3-mini")
    assert model.released == dt.date(2025, 2, 17)
    assert model.capabilities.reasoning is True
    assert "https://docs.x.ai/docs/guides/reasoning" in model.sources


def test_gpt_4_s_march_2023_scores_are_gpt_4_0314_s() -> None:
    """Review 21, P4: the technical report's and the GPT-4o post's GPT-4 "as initially
    released" figures belong to the March snapshot, released 2023-03-14 with 8,192 tokens;
    UBE and SAT Math are percentiles, as LSAT is; GPQA's HellaSwag description is gone."""
    catalog = default_catalog()
    march, june = catalog.model("gpt-4-0314"), catalog.model("gpt-4-0613")
    assert march.released == dt.date(2023, 3, 14)
    assert march.context_window == 8_192
    assert june.scores == ()
    scores = {s.benchmark: s for s in march.scores}
    assert len(scores) == 12
    assert {b: str(scores[b].score) for b in ("uniform-bar-exam", "mmlu", "gpqa")} == {
        "uniform-bar-exam": "90.0", "mmlu": "86.4", "gpqa": "35.7"}
    assert {scores[b].setting for b in ("uniform-bar-exam", "sat-math", "lsat")} == {
        "Percentile score"}
    assert scores["gpqa"].setting is None
    assert scores["mmlu"].setting == "5-shot"
    assert scores["gpqa"].source == "https://openai.com/index/hello-gpt-4o/"


def test_qwen3_5_397b_takes_its_card_s_inputs_and_size() -> None:
    """Review 21, P2: Qwen's card: text, image and video input (no audio, which models.dev's
    metadata added), 397B parameters with 17B active; the comparison no longer picks it for
    audio input."""
    model = default_catalog().model("qwen3.5-397b-a17b")
    assert model.input_modalities == ("text", "image", "video")
    assert (model.parameters_b, model.active_parameters_b) == (Decimal(397), Decimal(17))
    text = compare("qwen3.5-397b-a17b", "gpt-5.4").to_markdown()
    assert "audio" not in text.casefold()


def test_an_output_cap_above_the_window_is_a_strict_lint_problem() -> None:
    """``validate --strict`` flags a model whose output cap exceeds its own window (Llama 3 8B's
    16,384 beside 8,192): the prompt and the output share the window."""
    from phicompare.catalog.lint import strict_problems
    from phicompare.domain.records import Model

    over = Model(id="m", name="M", context_window=8_192, max_output_tokens=16_384)
    within = Model(id="n", name="N", context_window=8_192, max_output_tokens=8_192)
    flagged = [p.path for p in strict_problems(
        [(over, "m.toml", "models[0]"), (within, "n.toml", "models[0]")],
        today=dt.date(2026, 12, 2))]
    assert [p for p in flagged if p.endswith("max_output_tokens")] == [
        "models[0].max_output_tokens"]
