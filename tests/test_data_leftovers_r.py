"""This session's data leftovers (helper dataR): each read from the rebuilt bundled catalog."""

from __future__ import annotations

from decimal import Decimal

from phicompare import default_catalog
from phicompare.importers._scores import cited_link


def test_command_r_plus_is_an_alias_of_its_april_2024_release() -> None:
    """Cohere's docs: "command-r-plus is an alias for command-r-plus-04-2024"; the spellings
    table's undated name of a release names it again (it did before the join)."""
    catalog = default_catalog()
    assert catalog.model("command-r-plus").id == "command-r-plus-04-2024"
    assert "command-r-plus" in catalog.model("command-r-plus-04-2024").aliases


def test_ministral_8b_and_ministral_3_8b_are_two_models() -> None:
    """As review 14's N1 for 3B: Mistral's ministral-8b-latest and Vercel's mistral/ministral-8b
    listings (the October 2024 model's $0.10, text only, 128k) are not Ministral 3 8B's (2512:
    vision, 256k, $0.15)."""
    catalog = default_catalog()
    new = catalog.model("ministral-8b-2512")
    assert new.id == "ministral-8b-2512"
    assert {r.provider_model_id for r in new.routes} == {
        "mistral.ministral-3-8b-instruct", "ministral-3-8b-instruct-2512",
        "mistralai/ministral-8b-2512", "ministral-8b-2512"}
    assert new.input_modalities == ("text", "image")
    assert all(r.input is None or r.input == Decimal("0.15") for r in new.routes)
    old = catalog.model("ministral-8b")
    assert old.id != new.id
    assert old.released is not None
    assert old.released.year == 2024
    assert "image" not in old.input_modalities
    assert old.context_window == 128_000
    assert {"ministral-8b-latest", "mistral/ministral-8b"} <= {
        r.provider_model_id for r in old.routes}
    assert all(r.input == Decimal("0.10") for r in old.routes if r.input is not None)


def test_no_source_address_has_a_doubled_slash() -> None:
    """LLMStats cites OpenAI's o3-mini post as ``https://openai.com/index/openai-o3-mini//``;
    a cited link's path keeps one slash between its parts."""
    assert cited_link("https://openai.com/index/openai-o3-mini//") == (
        "https://openai.com/index/openai-o3-mini/")
    catalog = default_catalog()
    addresses = {s.source for m in catalog.models for s in m.scores if s.source}
    addresses |= {u for m in catalog.models for u in m.sources}
    assert not [a for a in addresses if "//" in a.split("://", 1)[-1]]
    assert "https://openai.com/index/openai-o3-mini/" in {
        s.source for s in catalog.model("o1").scores}


def test_nova_2_lite_s_bedrock_route_writes_the_card_s_64k() -> None:
    """Amazon's Bedrock card for Nova 2 Lite gives "Max output tokens: 64K"; models.dev's
    Bedrock file gave the first Nova Lite's 4,096 (as it gave its 128K window, review 14 N8)."""
    route = next(r for r in default_catalog().model("nova-2-lite").routes
                 if r.provider == "aws-bedrock")
    assert route.max_output_tokens == 64_000
    assert route.context_window == 1_000_000
    assert route.notes is not None
    assert "max output 4096 -> 64000" in route.notes


def test_gemini_2_5_flash_previews_have_their_maker_on_record() -> None:
    """Google's Gemini API release notes: "Released gemini-2.5-flash-preview-05-20" (and
    -04-17); the records' only files (Jiekou's, NanoGPT's) name no maker, so the id alone gave
    Google and a bill read "its maker is not on record"."""
    catalog = default_catalog()
    for model_id in ("gemini-2.5-flash-preview-05-20", "gemini-2.5-flash-preview-04-17"):
        model = catalog.model(model_id)
        assert model.vendor == "Google"
        assert model.vendor_inferred is False
        assert "https://ai.google.dev/gemini-api/docs/changelog" in model.sources
        assert "Vendor inferred" not in (model.notes or "")
