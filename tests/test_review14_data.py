"""Review 14's model-data findings (N1, N3, N4, N7, N2, N6, N8): one record a model, with the
routes, dates and figures its maker gives it."""

from __future__ import annotations

import datetime as dt

import attrs

from phicompare import compare, default_catalog
from phicompare.importers._assemble import Record, _choose
from phicompare.importers._identity import identity_key


def test_ministral_3b_and_ministral_3_3b_are_two_models() -> None:
    """N1: Ministral 3B (October 2024: text only, 128k, $0.04) and Ministral 3 3B (2512: vision,
    256k, $0.10) are two records, each with its own routes; no page sells the one's price with
    the other's vision."""
    assert identity_key("mistralai/ministral-3b-2512") != identity_key("ministral-3b")
    assert identity_key("mistral.ministral-3-3b-instruct") == identity_key("ministral-3b-2512")
    catalog = default_catalog()
    old, new = catalog.model("ministral-3b"), catalog.model("ministral-3b-2512")
    assert old.id == "ministral-3b"
    assert new.id == "ministral-3b-2512"
    assert old.input_modalities == ("text",)
    assert old.released is not None
    assert old.released.year == 2024
    assert {r.provider_model_id for r in old.routes} == {
        "ministral-3b", "mistral-ai/ministral-3b", "ministral-3b-latest", "mistral/ministral-3b"}
    assert all(r.input is not None and r.input < 0.1 for r in old.routes)
    assert new.input_modalities == ("text", "image")
    assert new.capabilities.vision is True
    assert str(new.released) == "2025-12-02"
    assert new.context_window == 262_144
    assert {r.provider_model_id for r in new.routes} == {
        "mistral.ministral-3-3b-instruct", "mistralai/ministral-3b-2512", "ministral-3b-2512"}


def test_one_model_under_two_ids_is_one_record() -> None:
    """N3: OpenRouter's undated ``google/gemini-2.5-pro-preview`` is the 06-05 preview (its name
    and canonical slug say so), DigitalOcean's ``mistral-3-14B`` is Ministral 3 14B: one record
    each, so comparing the pair fails as one model."""
    assert identity_key("google/gemini-2.5-pro-preview") == identity_key(
        "gemini-2.5-pro-preview-06-05")
    assert identity_key("google/gemini-2.5-pro-preview") != identity_key(
        "google/gemini-2.5-pro-preview-05-06")
    catalog = default_catalog()
    ids = {m.id for m in catalog.models}
    assert "gemini-2.5-pro-preview" not in ids
    assert "mistral-3-14b" not in ids
    gemini = catalog.model("gemini-2.5-pro-preview")
    assert gemini.id == "gemini-2.5-pro-preview-06-05"
    assert {(r.provider, r.provider_model_id) for r in gemini.routes} >= {
        ("openrouter", "google/gemini-2.5-pro-preview"), ("kilo", "google/gemini-2.5-pro-preview")}
    assert gemini.max_output_tokens == 65_536
    assert catalog.model("gemini-2.5-pro-preview-05-06").id == "gemini-2.5-pro-preview-05-06"
    ministral = catalog.model("mistral-3-14B")
    assert ministral.id == "ministral-14b-2512"
    assert ("digitalocean", "mistral-3-14B") in {
        (r.provider, r.provider_model_id) for r in ministral.routes}


def test_command_r_plus_04_2024_is_not_billed_on_the_route_cohere_deprecated() -> None:
    """N4: Cohere deprecated command-r-plus-04-2024 on 2025-09-15 (closed to new customers, no
    shutdown day yet), so its Cohere route is deprecated from that day and no page bills it; its
    max output is Cohere's and Bedrock's 4K, not LLMStats' repeated 128,000."""
    model = default_catalog().model("command-r-plus-04-2024")
    assert model.max_output_tokens == 4_000
    cohere = next(r for r in model.routes if r.provider == "cohere")
    assert str(cohere.deprecated) == "2025-09-15"
    assert cohere.deprecated_on(dt.date(2026, 12, 1))
    assert not cohere.deprecated_on(dt.date(2025, 9, 14))
    assert cohere.retires is None
    # dated before Bedrock's end of life for it (2026-08-19), when another route still bills it
    bill = compare("command-r-plus-04-2024", "command-r-plus-08-2024",
                   as_of=dt.date(2026, 8, 1)).cost.estimates[0]
    assert bill.route is not None
    assert bill.route.provider != "cohere"


def test_a_snapshot_stamp_read_back_is_not_the_release_when_the_maker_gives_its_launch() -> None:
    """N7: models.dev's file for ``claude-opus-4-5-20251101`` gives its id's stamp, 2025-11-01, as
    the release; the maker's file for ``claude-opus-4-5`` gives the launch, 2025-11-24 (Anthropic
    announced Opus 4.5 that day). The launch wins; a stamp that is the only date stays."""
    stamped = Record(identity="claude-opus-4-5-20251101", source="models.dev:anthropic",
                     url="https://a.test", facts={"released": dt.date(2025, 11, 1)}, primary=True)
    launched = Record(identity="claude-opus-4-5", source="models.dev:anthropic",
                      url="https://b.test", facts={"released": dt.date(2025, 11, 24)},
                      primary=True)
    assert _choose([stamped, launched], "released") == dt.date(2025, 11, 24)
    assert _choose([stamped], "released") == dt.date(2025, 11, 1)
    same = attrs.evolve(launched, facts={"released": dt.date(2024, 10, 22)})
    sonnet = attrs.evolve(stamped, identity="claude-3-5-sonnet-20241022",
                          facts={"released": dt.date(2024, 10, 22)})
    assert _choose([sonnet, same], "released") == dt.date(2024, 10, 22)
    assert str(default_catalog().model("claude-opus-4-5").released) == "2025-11-24"


def test_gemma_3n_takes_its_cards_inputs_and_window_and_its_listings_keep_theirs() -> None:
    """N2: Google's card gives both Gemma 3n sizes text, image, audio and video input and a 32K
    window; the hosts' input listings (E4B's text-only ones) stay on their routes, and vision is
    no difference between the two. E2B's 128,000 on NVIDIA NIM is above the card's window, so
    the keyed correction leaves that route no window of its own (review 13 M1's rule carried to
    routes: it reads the model's 32,768)."""
    catalog = default_catalog()
    for model_id in ("gemma-3n-e2b-it", "gemma-3n-e4b-it"):
        model = catalog.model(model_id)
        assert model.input_modalities == ("text", "image", "audio", "video")
        assert model.context_window == 32_768
    nim = next(r for r in catalog.model("gemma-3n-e2b-it").routes if r.provider == "nvidia-nim")
    assert nim.context_window is None
    page = compare("gemma-3n-e2b-it", "gemma-3n-e4b-it", include_free=True).to_markdown()
    assert "documents vision" not in page
    assert "Pick Gemma 3n E2B IT for vision" not in page
    assert "128K for Gemma 3n E2B IT" not in page


def test_llama_3_1_instruct_keeps_no_base_model_drop_and_one_bfcl_setting() -> None:
    """N6: Meta's Llama 3.1 card gives DROP (3-shot F1) for the pretrained models only, so the
    Instruct records hold no DROP; its instruct table's BFCL row is 0-shot for every column, so
    70B's 84.8 and 405B's 88.5 compare."""
    catalog = default_catalog()
    seventy, big = catalog.model("llama-3.1-70b"), catalog.model("meta-llama-3.1-405b-instruct")
    for model in (seventy, big):
        assert all(s.benchmark != "drop" for s in model.scores)
    assert [s.setting for s in seventy.scores if s.benchmark == "bfcl"] == ["0-shot"]
    assert [s.setting for s in big.scores if s.benchmark == "bfcl"] == ["0-shot"]
    page = compare(seventy, big).to_markdown()
    assert "DROP" not in page
    assert "not comparable: only one setting" not in page


def test_nova_2_lite_is_closed_and_billed_maker_first_with_amazons_window() -> None:
    """N8: Amazon publishes no Nova weights (its Bedrock card; models.dev's files say closed), so
    Nova 2 Lite's bill is Bedrock's under the maker-first policy, not a reseller's; Bedrock's
    route has the 1M window Amazon gives, not models.dev's 128,000."""
    model = default_catalog().model("nova-2-lite")
    assert model.open_weights is False
    bedrock = next(r for r in model.routes if r.provider == "aws-bedrock")
    assert bedrock.context_window == 1_000_000
    bill = compare("nova-2-lite", "nova-lite").cost.estimates[0]
    assert bill.route is not None
    assert bill.route.provider == "aws-bedrock"
    assert str(bill.monthly) == "951.50"
