"""One licence spelled two ways, Grok-2's published weights, vision beside image scores (dataCI).

The April 2024 Command R+ read LLMStats' versionless "CC-BY-NC" beside the August refresh's
"CC-BY-NC-4.0", so a page said "Licences differ" and `pick --license CC-BY-NC-4.0` rejected it;
Cohere's card gives cc-by-nc-4.0. Grok-2 read "Proprietary" and closed weights, which xAI
published in August 2025 (xai-org/grok-2, the Grok 2 Community License), and "Vision | not
documented" beside its MMMU, MathVista and DocVQA scores. See docs/data-notes.md.
"""

from __future__ import annotations

from phicompare import compare, default_catalog
from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.names import licence_key

IMAGE_BENCHMARKS = ("mmmu", "mmmu-pro", "mathvista", "mathvista-mini", "mathvision", "docvqa",
                    "infovqa", "chartqa", "ai2d", "textvqa", "ocrbench", "mmbench", "mmstar",
                    "realworldqa", "vqav2", "charxiv-r", "hallusion-bench")


def test_both_command_r_plus_releases_read_one_licence() -> None:
    catalog = default_catalog()
    april, august = (catalog.model(m) for m in ("command-r-plus-04-2024",
                                                  "command-r-plus-08-2024"))
    assert april.license == august.license == "CC-BY-NC-4.0"
    assert "https://huggingface.co/CohereForAI/c4ai-command-r-plus" in april.sources
    page = compare("command-r-plus-04-2024", "command-r-plus-08-2024").to_markdown()
    assert "Licences differ" not in page
    assert "changes the licence" not in page


def test_no_two_bundled_licences_are_one_licence_spelled_twice() -> None:
    # the spellings found: a versionless CC-BY-NC, Meta's "... Agreement", Mistral's research
    # licence with its commercial offer, Qwen2.5-VL's "Tongyi Qianwen", DeepSeek V3's "MIT + ..."
    licences = {m.license for m in default_catalog().models if m.license}
    assert "CC-BY-NC" not in licences
    assert not any(lic.endswith("Agreement") for lic in licences)
    assert not any(lic.startswith("Mistral Research License (") for lic in licences)
    assert default_catalog().model("qwen2-5-vl-72b-instruct").license == "Qwen License"
    assert default_catalog().model("pixtral-large-2411").license == "Mistral Research License"
    assert not any(lic.startswith("MIT +") for lic in licences)
    assert default_catalog().model("deepseek-v3").license == "DeepSeek License"
    assert default_catalog().model("deepseek-v3-0324").license == "MIT"
    keys: dict[str, str] = {}
    for lic in sorted(licences):
        assert keys.setdefault(licence_key(lic), lic) == lic, (lic, keys[licence_key(lic)])


def test_deepseek_v3_and_v2_5_read_one_model_licence() -> None:
    page = compare("deepseek-v2.5", "deepseek-v3").to_markdown()
    assert "Licences differ" not in page


def test_a_licence_agreement_is_its_licence() -> None:
    assert licence_key("Llama 3.3 Community License Agreement") == licence_key(
        "Llama 3.3 Community License")
    assert licence_key("Grok 2 Community License Agreement") == licence_key(
        "Grok 2 Community License")
    assert licence_key("CC-BY-NC") != licence_key("CC-BY-NC-4.0")  # a version is no spelling


def test_grok_2_publishes_its_weights_under_its_community_license() -> None:
    grok = default_catalog().model("grok-2")
    assert grok.open_weights is True
    assert grok.license == "Grok 2 Community License"
    assert "https://huggingface.co/xai-org/grok-2" in grok.sources
    assert "2025" in (grok.notes or "")  # the notes date the weights' publication
    page = compare("grok-2", "grok-4").to_markdown()
    assert "Neither publishes its weights" not in page
    assert "Proprietary" not in page


def test_grok_2_documents_vision_and_its_api_route_takes_text() -> None:
    grok = default_catalog().model("grok-2")
    assert grok.capabilities.vision is True
    assert grok.support(Capability.VISION) is Support.YES
    (route,) = [r for r in grok.routes if r.provider == "xai"]
    assert grok.route_capabilities(route).vision is False  # images: grok-2-vision-1212
    page = compare("grok-2", "grok-4").to_markdown()
    assert "Grok 4 documents vision; for Grok-2 it is not documented" not in page
    vision = [line for line in page.splitlines() if line.startswith("| Vision")]
    assert vision
    assert "not documented" not in vision[0]


def test_image_benchmark_scores_stand_beside_a_documented_vision_flag() -> None:
    catalog = default_catalog()
    undocumented = sorted(
        m.id for m in catalog.models
        if any(s.benchmark in IMAGE_BENCHMARKS for s in m.scores)
        and m.support(Capability.VISION) is Support.UNKNOWN)
    assert undocumented == []
    assert catalog.model("gpt-4.5").capabilities.vision is True
    # Gemini 1.0 Pro's API model takes text; its scores are the Gemini paper's
    assert catalog.model("gemini-1.0-pro").capabilities.vision is False

