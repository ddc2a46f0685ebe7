"""Review 12's leftovers in the bundled catalog: settings, -latest aliases, snapshot identity."""

from __future__ import annotations

import pytest

from phicompare import compare, default_catalog
from phicompare.domain.settings import condition

LLAMA_3_1 = ("llama-3.1-8b", "llama-3.1-70b-instruct", "meta-llama-3.1-405b-instruct")


@pytest.mark.parametrize("benchmark", ["mmlu-pro", "gsm8k", "math"])
def test_llama_3_1_metric_names_are_no_condition(benchmark: str) -> None:
    """Meta's micro_avg/acc_char, em_maj1@1 and final_em name metrics: one setting for all three."""
    catalog = default_catalog()
    said = {condition(s.setting) for m in LLAMA_3_1 for s in catalog.model(m).scores
            if s.benchmark == benchmark and "meta" in (s.source or "").casefold()}
    assert len(said) == 1, said


def test_llama_3_1_rows_read_one_setting() -> None:
    page = compare(*LLAMA_3_1).to_markdown()
    rows = [line for line in page.splitlines()
            if line.startswith(("| MMLU-Pro ", "| GSM8K ", "| MATH "))]
    assert len(rows) >= 3
    assert not [row for row in rows if "varies" in row], rows


GPT_4_1_MMMLU = {"gpt-4.1": "87.3", "gpt-4.1-mini": "78.5", "gpt-4.1-nano": "66.9",
                 "gpt-4o-2024-11-20": "81.4", "gpt-4.5": "85.1", "o1": "87.7"}


@pytest.mark.parametrize(("model", "figure"), sorted(GPT_4_1_MMMLU.items()))
def test_gpt_4_1_post_mmmlu_is_zero_shot_cot(model: str, figure: str) -> None:
    """OpenAI's simple-evals: its MMMLU runs are zero-shot with chain of thought."""
    (score,) = [s for s in default_catalog().model(model).scores
                if s.benchmark == "mmmlu" and "gpt-4-1" in (s.source or "")]
    assert str(score.score) == figure
    assert condition(score.setting) == "0 shot cot"


def test_gpt_5_chat_has_openais_window() -> None:
    """OpenAI's GPT-5 Chat page (LiteLLM's source; OpenRouter agrees): 128,000 tokens in,
    16,384 out, not GPT-5's 400,000 and 128,000."""
    chat = default_catalog().model("gpt-5-chat-latest")
    assert (chat.context_window, chat.max_output_tokens) == (128_000, 16_384)


@pytest.mark.parametrize(("alias", "release"), [
    ("mistral-medium-latest", "mistral-medium-3.1"),
    ("codestral-latest", "codestral-2508"),
    ("pixtral-large-latest", "pixtral-large-2411"),
])
def test_a_mistral_latest_alias_is_the_release_it_serves(alias: str, release: str) -> None:
    """Mistral's moving aliases, where the catalog holds the dated release they serve, are
    that release's names (as review 12, L4 made mistral-large-latest Mistral Large 3's)."""
    catalog = default_catalog()
    assert alias not in {m.id for m in catalog.models}
    model = catalog.model(alias)
    assert model.id == release
    assert alias in model.aliases
    assert "mistral" in {r.provider for r in model.routes}


def test_pixtral_large_is_dated_by_mistral() -> None:
    """Mistral's Pixtral Large page: released 2024-11-18 (not OpenRouter's listing day)."""
    assert str(default_catalog().model("pixtral-large-latest").released) == "2024-11-18"


def test_byteplus_seed_stamps_are_releases() -> None:
    """BytePlus's seed-1-8-251228 is Seed 1.8's one model id (BytePlus's model list): the
    hosts' undated Seed 1.8 is that release. Seed 1.6 has two (250615, 250915): the undated
    name names neither, and Volcengine's Doubao Seed 1.6 is no source's BytePlus Seed 1.6."""
    catalog = default_catalog()
    ids = {m.id for m in catalog.models}
    assert catalog.model("seed-1-8-251228").id == catalog.model("bytedance/seed-1.8").id
    assert len({"seed-1.8", "seed-1-8-251228"} & ids) == 1
    assert {"seed-1-6-250615", "seed-1-6-250915", "seed-1.6", "doubao-seed-1.6"} <= ids


def test_mistral_small_3_1_base_takes_images_as_its_card_says() -> None:
    """"Multimodal yes" with no inputs on record: Mistral's card for the base model gives
    vision, so its inputs are text and image."""
    base = default_catalog().model("mistral-small-3.1-24b-base-2503")
    assert base.input_modalities == ("text", "image")
