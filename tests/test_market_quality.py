"""The imported layer's data-quality rules: one id per model, no unit slips, chat models only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest

from phicompare import (
    Capabilities,
    Capability,
    Model,
    Provider,
    ProviderRoute,
    compare,
    default_catalog,
    recommend,
)
from phicompare.domain.names import normalize_name
from phicompare.importers._correct import Correction, corrected
from phicompare.importers._quality import (
    not_chat,
    price_outliers,
    subscription,
    text_only_multimodal,
)

DAY = dt.date(2026, 7, 2)


def _route(provider: str, price: str, output: str | None = None) -> ProviderRoute:
    return ProviderRoute(provider=provider, source="https://example.com", checked=DAY,
                         provider_model_id=f"{provider}/m", input=Decimal(price),
                         output=Decimal(output or price), notes="seen")


@pytest.mark.parametrize(("model_id", "reason"), [
    ("llama-guard-4-12b", "a safety classifier"),
    ("nemotron-3-content-safety", "a safety classifier"),
    ("shieldgemma-2-4b", "a safety classifier"),
    ("gpt-oss-safeguard-20b", "a safety classifier"),
    ("bge-reranker-base", "embeddings or a reranker"),
    ("deepseek-ocr", "OCR"),
    ("gemini-2.5-flash-image", "image, video or music generation"),
    ("studiovoice", "speech or audio"),
    ("gpt-4o", None), ("llama-3.2-11b-vision-instruct", None), ("democratic-7b", None),
])
def test_not_chat_names_the_kind(model_id: str, reason: str | None) -> None:
    assert not_chat(Model(id=model_id, name=model_id)) == reason


def test_a_classifier_is_found_by_its_name_too() -> None:
    assert not_chat(Model(id="x-2b", name="ShieldGemma 2B")) == "a safety classifier"
    assert not_chat(Model(id="x-2b", name="Content Safety 2B")) == "a safety classifier"
    assert not_chat(Model(id="x-2b", name="X 2B")) is None
    assert not_chat(Model(id="nova-3", name="Deepgram Nova 3")) == "speech or audio"
    assert not_chat(Model(id="nova-pro-v1", name="Nova Pro 1.0")) is None


@pytest.mark.parametrize(("provider", "reason"), [
    (Provider(id="zai-coding-plan", name="Z.AI Coding Plan"), "a subscription plan"),
    (Provider(id="xiaomi-tp", name="Xiaomi Token Plan (Europe)"), "a subscription plan"),
    (Provider(id="kimi-for-coding", name="Kimi"), "a subscription plan"),
    (Provider(id="github-copilot", name="GitHub Copilot"), "a subscription (GitHub Copilot)"),
    (Provider(id="gitlab", name="GitLab Duo"), "a subscription (GitLab Duo)"),
    (Provider(id="lmstudio", name="LM Studio"), "a local runtime (LM Studio)"),
    (Provider(id="openrouter", name="OpenRouter"), None),
])
def test_subscription_plans(provider: Provider, reason: str | None) -> None:
    assert subscription(provider) == reason


def test_a_unit_slip_loses_every_price_of_its_route_and_is_noted() -> None:
    routes = (_route("a", "2", "6"), _route("b", "2.2"), _route("c", "1.9"),
              _route("slip", "0.0023", "0.0069"), _route("dear", "60", "6"))
    model, notes = price_outliers(Model(id="m", name="M", routes=routes))
    prices = {r.provider: (r.input, r.output) for r in model.routes}
    assert prices["slip"] == (None, None)  # unknown, never zero
    assert prices["dear"] == (None, None)
    assert prices["a"] == (Decimal(2), Decimal(6))
    assert len(notes) == 2
    assert "input $0.0023 per 1M" in notes[1] or "input $0.0023 per 1M" in notes[0]
    assert any("above 20x the median $1.95 of 4 other routes" in n for n in notes)
    slip = next(r for r in model.routes if r.provider == "slip")
    assert slip.notes is not None
    assert slip.notes.startswith("seen ")
    assert "unit slip" in slip.notes


def test_a_price_two_routes_share_is_not_a_slip() -> None:
    routes = (_route("a", "0.7"), _route("b", "0.8"), _route("c", "0.03"), _route("d", "0.03"))
    model, notes = price_outliers(Model(id="m", name="M", routes=routes))
    assert notes == ()
    assert model.routes == routes


def test_zero_and_missing_prices_are_not_judged() -> None:
    routes = (_route("a", "1"), _route("b", "1.1"), _route("free", "0"),
              ProviderRoute(provider="x", source="https://example.com", checked=DAY))
    assert price_outliers(Model(id="m", name="M", routes=routes))[1] == ()


# -- the bundled layer --------------------------------------------------------------------------


def test_resellers_spellings_are_one_model_with_their_routes() -> None:
    catalog = default_catalog()
    nemo = catalog.model("Mistral Nemo Instruct 2407")
    assert nemo.id == catalog.model("mistral-nemo").id
    sonnet = catalog.model("claude-sonnet-4-5")
    for name in ("claude-4.5-sonnet", "anthropic--claude-4.5-sonnet",
                 "us.anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet-4-5-20250929"):
        assert catalog.model(name).id == sonnet.id, name
    assert {"anthropic", "sap-ai-core", "helicone"} <= {r.provider for r in sonnet.routes}
    assert catalog.model("gpt-4o").id != catalog.model("gpt-4o-2024-05-13").id  # two snapshots
    assert catalog.model("claude-sonnet-4-5-20250929-thinking").id == sonnet.id  # a parameter
    assert catalog.model("claude-opus-4.6-fast").id == catalog.model("claude-opus-4-6").id  # F26


def test_no_claude_is_listed_twice() -> None:
    """Every bundled Claude model is one of a handful of names, not a reseller's spelling."""
    ids = [m.id for m in default_catalog() if m.vendor == "Anthropic"]
    assert not [i for i in ids if i.startswith(("anthropic", "us.", "eu.", "global."))]
    assert len(ids) < 80


def test_no_classifier_or_plan_route_is_bundled() -> None:
    catalog = default_catalog()
    for model in catalog:
        assert not_chat(model) is None, model.id
        assert not [r for r in model.routes if r.provider in {
            "github-copilot", "zai-coding-plan", "alibaba-coding-plan"}], model.id
    names = {normalize_name(n) for m in catalog for n in (m.id, *m.aliases)}
    assert normalize_name("llama-guard-4-12b") not in names


def test_the_voxtral_unit_slip_is_unknown_not_cheap() -> None:
    voxtral = default_catalog().model("voxtral-small-24b-2507")
    evroc = [r for r in voxtral.routes if r.provider == "evroc"]
    assert evroc
    assert all(r.input is None and r.output is None for r in evroc)


def test_pick_never_offers_a_safety_classifier() -> None:
    found = recommend(requires=[], limit=None, as_of=dt.date(2026, 11, 25))
    assert all(not_chat(c.model) is None for c in found.candidates)


def test_show_keeps_a_resellers_flag_on_its_routes() -> None:
    import io

    from phicompare.cli.main import main

    out = io.StringIO()
    assert main(["show", "llama-3.3-70b", "--width", "200"], out=out) == 0
    line = next(x for x in out.getvalue().splitlines() if "Capabilities:" in x)
    # Meta documents no reasoning mode: a route's flag for it is not counted
    assert "Reasoning mode no (flagged on 2 of 43 routes in service, not counted)" in line
    assert "Function calling yes;" in line
    assert "Tool use" not in line  # no record of the model sets it (review 18, P4)
    assert "Structured outputs on " in line  # no describing source; some routes offer it
    model = default_catalog().model("llama-3.3-70b")
    assert model.capabilities.reasoning is False  # the model's own flag is Meta's


def test_a_spread_of_prices_without_a_slip_keeps_every_price() -> None:
    routes = (_route("a", "1"), _route("b", "10"), _route("c", "4"))
    assert price_outliers(Model(id="m", name="M", routes=routes)) == (
        Model(id="m", name="M", routes=routes), ())


def test_encoders_classifiers_and_routers_are_not_chat_models() -> None:
    from phicompare import Model
    from phicompare.importers._quality import not_chat

    for model_id, name in (("bge-m3", "BGE M3"), ("distilbert-sst-2-int8", "DistilBERT SST-2"),
                           ("bart-large-cnn", "BART Large CNN"), ("esmfold", "ESMFold")):
        assert not_chat(Model(id=model_id, name=name)) == (
            "an encoder, classifier or sequence-to-sequence model")
    for model_id, name in (("auto", "Auto Router"), ("balanced", "Kilo Auto Balanced"),
                           ("router", "Switchpoint Router"), ("custom", "Custom Model")):
        assert not_chat(Model(id=model_id, name=name)) is not None
        assert "router" in str(not_chat(Model(id=model_id, name=name)))
    for model_id, name in (("gpt-4o", "GPT-4o"), ("mistral-large", "Mistral Large"),
                           ("deepseek-v3", "DeepSeek V3"), ("gemma-3-27b", "Gemma 3 27B")):
        assert not_chat(Model(id=model_id, name=name)) is None


def test_vendors_are_inferred_and_spelled_one_way() -> None:
    from phicompare import default_catalog

    vendors = {m.vendor for m in default_catalog() if m.vendor}
    assert {v.casefold() for v in vendors if v != v.casefold()} >= {"xiaomi", "perplexity"}
    assert not [v for v in vendors if v == v.casefold() and v.casefold() in {
        "xiaomi", "perplexity", "stepfun", "sarvam", "sakana", "tencent"}]
    catalog = default_catalog()
    assert catalog.model("doubao-seed-1.8").vendor == "ByteDance"
    assert catalog.model("ernie-4.5-300b-a47b").vendor == "Baidu"


def test_a_multimodal_flag_beside_text_only_inputs_is_dropped() -> None:
    """Review 9 H3: Grok 3 was "multimodal: yes" (LLMStats) with inputs ["text"] (models.dev)."""
    grok = Model(id="grok-3", name="Grok 3", input_modalities=("text",),
                 capabilities=Capabilities(multimodal=True, function_calling=True))
    (fixed,), lines = text_only_multimodal([grok])
    assert fixed.capabilities.multimodal is None
    assert fixed.capabilities.function_calling is True
    assert "multimodal" in (fixed.notes or "")
    assert lines == ("grok-3: multimodal = true beside input modalities text only: dropped",)
    kept = [attrs.evolve(grok, input_modalities=("text", "image")),
            attrs.evolve(grok, input_modalities=()),
            attrs.evolve(grok, capabilities=Capabilities(multimodal=True, vision=True))]
    assert text_only_multimodal(kept) == (kept, ())

def test_the_bundled_layer_sells_no_multimodal_input_a_model_does_not_take() -> None:
    catalog = default_catalog()
    contradicted = [m.id for m in catalog.models
                    if m.capabilities.multimodal is True and m.input_modalities == ("text",)]
    assert contradicted == []
    assert catalog.model("grok-3").capabilities.multimodal is None


def test_gpt_4_0613_takes_text_as_its_maker_says() -> None:
    """Review 9 H3: LLMStats' lone "multimodal" sold GPT-4-0613 (inputs unknown) as multimodal."""
    gpt4 = default_catalog().model("gpt-4-0613")
    assert gpt4.input_modalities == ("text",)
    assert gpt4.capabilities.multimodal is None
    assert "https://developers.openai.com/api/docs/models/gpt-4" in gpt4.sources


def test_gemini_1_5_flash_takes_what_its_model_card_lists() -> None:
    """The text-only rule dropped Gemini 1.5 Flash's multimodal flag beside a reseller's text-only
    listing; Google's model card gives its inputs, and the flag stands with them."""
    flash = default_catalog().model("gemini-flash-1.5")
    assert flash.input_modalities == ("text", "image", "audio", "video")
    assert flash.capabilities.multimodal is True
    card = "https://cloud.google.com/vertex-ai/generative-ai/docs/models/gemini/1-5-flash"
    assert card in flash.sources


def test_a_correction_of_inputs_to_image_documents_vision() -> None:
    """Review 10, I5: a keyed correction set Gemini 1.5 Flash's inputs to text, image, audio and
    video after the merge had read its flags, leaving vision unknown: its page printed "Input
    modalities: text, image, audio, video" beside "Vision: not documented". Image input is
    vision, as the merge reads it; a flag the model's sources set stands."""
    fix = Correction("m", "input_modalities", "text,image", "https://x.test/card",
                     dt.date(2026, 12, 1), "the card")
    (model,), _ = corrected([Model(id="m", name="M", input_modalities=("text",))], [fix])
    assert (model.capabilities.vision, model.capabilities.multimodal) == (True, True)
    said = Model(id="m", name="M", capabilities=Capabilities(vision=False))
    (model,), _ = corrected([said], [fix])
    assert model.capabilities.vision is False


def test_no_bundled_model_takes_images_without_documenting_vision() -> None:
    """Review 10, I5: Gemini 1.5 Flash was the one model of 924 whose inputs include image and
    whose vision was not documented."""
    catalog = default_catalog()
    assert [m.id for m in catalog.models if "image" in m.input_modalities
            and m.capabilities.vision is not True] == []


def test_gemini_1_5_flash_page_gives_it_the_vision_its_inputs_state() -> None:
    """Review 10, I5: "GPT-4o mini documents vision; for Gemini 1.5 Flash it is not documented."
    (tradeoffs, friction, verdict) on a page whose specifications list image among Gemini 1.5
    Flash's inputs."""
    page = compare("gemini-1.5-flash", "gpt-4o-mini", as_of=dt.date(2025, 10, 15))
    (vision,) = [r for r in page.capabilities if r.capability is Capability.VISION]
    assert [s.value for s in vision.support] == ["yes", "yes"]
    text = page.to_markdown()
    assert "| Vision | yes | yes |" in text
    assert "documents vision" not in text
    assert "vision" not in " ".join(c.text for c in page.narrative.verdict)
    assert page.check() == []


def test_o3_mini_mmmlu_states_the_setting_openai_ran_it_at() -> None:
    """Closing note: o3-mini's MMMLU 80.7 (OpenAI's GPT-4.1 table) had a blank setting. OpenAI
    ran it at high reasoning effort, zero-shot with chain of thought (simple-evals), so it no
    longer reads as GPT-4.1's setting: against GPT-4.1's 87.3 the gap is directional."""
    o3_mini = default_catalog().model("o3-mini")
    (score,) = [s for s in o3_mini.scores if s.benchmark == "mmmlu"]
    assert (score.score, score.setting) == (Decimal("80.7"), "0-shot CoT, high reasoning effort")
    assert "simple-evals" in (score.note or "")
    page = compare("gpt-4.1", "o3-mini")
    (row,) = [r for r in page.benchmarks if r.benchmark.id == "mmmlu"]
    assert not row.pair(0, 1).comparable
    assert page.check() == []
