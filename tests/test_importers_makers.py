"""A model's maker: the organisation its own ids name goes before the lab a word of its id names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from phicompare import Model, default_catalog
from phicompare.importers import from_models_dev
from phicompare.importers._makers import (
    foreign_family,
    host_forms,
    maker_forms,
    orgs,
    publisher,
)

from .helpers import bundle_tool

MAKERS = maker_forms(["Deep Cogito", "Alibaba", "Meta", "Mistral AI", "Nous Research"])
HOSTS = frozenset({"cerebras", "nanogpt", "openrouter"})


def _tool() -> Any:
    return bundle_tool()


@pytest.mark.parametrize(("names", "maker", "strangers"), [
    (["deepcogito/cogito-v1-preview-qwen-32B"], "Deep Cogito", ()),
    (["cognitivecomputations/dolphin-2.9.2-qwen2-72b"], None, ("cognitivecomputations",)),
    (["meta-llama/Llama-3.3-70B-Instruct", "@cf/meta/llama-3.3-70b"], "Meta", ()),
    (["zai-org/GLM-4.6", "THUDM/GLM-4-32B-0414"], "Zhipu AI", ()),  # spellings of one maker
    (["NousResearch/DeepHermes-3-Mistral-24B-Preview"], "Nous Research", ()),
    (["accounts/fireworks/models/kimi-k2", "TEE/glm-5", "cerebras/llama-3.1-8b"], None, ()),
    (["qwen3-32b"], None, ()),  # no organisation: nothing said
    (["meta-llama/x", "deepcogito/x"], None, ()),  # two makers: neither is sure
])
def test_the_organisation_a_models_ids_name_is_its_publisher(
        names: list[str], maker: str | None, strangers: tuple[str, ...]) -> None:
    found = publisher(names, MAKERS, HOSTS)
    assert (found.maker, found.strangers) == (maker, strangers)


def test_orgs_read_the_folder_before_the_models_own_name() -> None:
    assert orgs(["pro/deepseek-ai/DeepSeek-V3", "hf:Qwen/Qwen3-8B", "~openai/gpt-5"]) == (
        "deepseek-ai", "qwen", "openai")


@pytest.mark.parametrize(("model_id", "aliases", "vendor", "said"), [
    ("cogito-v1-preview-qwen-32b", ("deepcogito/cogito-v1-preview-qwen-32B",), "Deep Cogito",
     ("cogito-v1-preview-qwen-32b: Deep Cogito, published by deepcogito/ (not Alibaba, whose "
     "'qwen' its id carries)")),
    ("dolphin-2.9.2-qwen2-72b", ("cognitivecomputations/dolphin-2.9.2-qwen2-72b",), None,
     ("dolphin-2.9.2-qwen2-72b: unknown, published by cognitivecomputations/ (not Alibaba, "
     "whose 'qwen' its id carries)")),
    ("qwen3-32b", ("Qwen/Qwen3-32B",), "Alibaba", None),  # the organisation is the id's lab
    ("qwen3-32b", (), "Alibaba", None),  # no organisation: the lab the id names
])
def test_a_third_partys_fine_tune_is_not_its_base_models_labs(
        model_id: str, aliases: tuple[str, ...], vendor: str | None, said: str | None) -> None:
    """Findings: Cogito v1 (Deep Cogito's) and Dolphin 72b (Cognitive Computations') were
    Alibaba's, because their ids name their base model, Qwen."""
    tool = _tool()
    model, third_party, line = tool.infer_vendor(
        Model(id=model_id, name=model_id, aliases=aliases, family="qwen"), MAKERS, HOSTS)
    assert (model.vendor, line) == (vendor, said)
    assert third_party is (said is not None)


@pytest.mark.parametrize(("model_id", "vendor"), [
    ("fastgpt", None), ("azure-gpt-4o", "OpenAI"), ("chatgpt-4o-latest", "OpenAI"),
    ("gpt-oss-120b", "OpenAI")])
def test_gpt_names_openai_only_as_a_word_of_its_own(model_id: str, vendor: str | None) -> None:
    """Kagi's FastGPT was OpenAI's, because "gpt" was read anywhere in the id."""
    model = _tool().infer_vendor(Model(id=model_id, name=model_id), MAKERS, HOSTS)[0]
    assert model.vendor == vendor
    assert default_catalog().model("fastgpt").vendor is None


def test_a_source_named_vendor_is_kept() -> None:
    tool = _tool()
    model = Model(id="qwen3-14b", name="Qwen3 14B", vendor="Alibaba Qwen",
                  aliases=("openpipe/Qwen3-14B",))
    assert tool.infer_vendor(model, MAKERS, HOSTS)[0].vendor == "Alibaba"


def test_a_third_partys_model_keeps_no_family_another_maker_holds() -> None:
    cogito = Model(id="cogito", name="Cogito", vendor="Deep Cogito", family="qwen")
    alone = Model(id="nano", name="Nano", vendor="Google", family="nano-banana")
    holders = {"qwen": {"Alibaba"}, "nano-banana": {"Google"}}
    assert foreign_family(cogito, holders).family is None
    assert "Family 'qwen' left out" in (foreign_family(cogito, holders).notes or "")
    assert foreign_family(alone, holders) is alone


def test_a_free_routes_label_is_not_the_models_name(tmp_path: Path) -> None:
    """OpenRouter names its free route "Venice: Uncensored (free)": "(free)" is the route's."""
    folder = tmp_path / "providers/openrouter/models/cognitivecomputations"
    folder.mkdir(parents=True)
    (tmp_path / "models").mkdir()
    (tmp_path / "providers/openrouter/provider.toml").write_text('name = "OpenRouter"')
    (folder / "dolphin-mistral-24b-venice-edition:free.toml").write_text(
        'name = "Uncensored (free)"\n[cost]\ninput = 0\noutput = 0\n')
    (folder / "lfm-2.5:free.toml").write_text('name = "LFM2.5 (Free)"\n')
    (folder / "glm-4.7-flash-free.toml").write_text('name = "GLM 4.7 Flash (Free)"\n')
    names = {m.id: m.name for m in from_models_dev(tmp_path).models}
    assert names == {"dolphin-mistral-24b-venice-edition": "Uncensored",
                     "lfm-2.5": "LFM2.5",
                     "glm-4.7-flash-free": "GLM 4.7 Flash (Free)"}  # its id says free too


# -- the bundled layer -------------------------------------------------------------------------


def test_the_bundled_fine_tunes_have_their_makers_not_their_base_models_labs() -> None:
    """The three models the review named, and their related comparisons."""
    catalog = default_catalog()
    cogito = catalog.model("deepcogito/cogito-v1-preview-qwen-32B")
    assert (cogito.vendor, cogito.family) == ("Deep Cogito", None)
    for model_id in ("dolphin-2.9.2-qwen2-72b", "dolphin-mistral-24b-venice-edition"):
        dolphin = catalog.model(model_id)
        assert (dolphin.vendor, dolphin.family) == (None, None)
    assert catalog.model("dolphin-mistral-24b-venice-edition").name == (
        "Dolphin Mistral 24B Venice Edition")
    for model_id in ("dolphin-2.9.2-qwen2-72b", "qwen2.5-72b", "cogito-v1-preview-qwen-32b"):
        kin = [m for m, why in catalog.neighbours(model_id, limit=20) if why == "same-family"]
        assert all(m.vendor == catalog.model(model_id).vendor for m in kin), model_id


def test_no_bundled_vendor_is_guessed_against_the_organisation_its_ids_name() -> None:
    """A vendor no source states never contradicts the organisation that published the model,
    and no bundled name carries a free route's label its id does not."""
    catalog = default_catalog()
    makers = maker_forms({m.vendor for m in catalog.models if m.vendor}, _tool().VENDOR_SPELLINGS)
    hosts = host_forms(catalog.providers)
    unsaid = [m for m in catalog.models if "no source states" in (m.notes or "")]
    assert len(unsaid) > 400
    for model in unsaid:
        found = publisher((model.id, *model.aliases), makers, hosts)
        assert found.maker in (None, model.vendor), model.id
        assert not found.strangers or found.maker or model.vendor is None, model.id
    labelled = [m.id for m in catalog.models if m.name.casefold().endswith("(free)")
                and "free" not in m.id]
    assert labelled == []


def test_a_vendor_the_id_alone_suggests_is_marked_inferred() -> None:
    """Review 8, G8: a vendor no source states, read from the id alone, is marked so pages print
    it as a guess; an organisation the ids name, or a source's vendor, is not."""
    tool = _tool()
    guessed = tool.infer_vendor(Model(id="qwen3-32b", name="Qwen3 32B"), MAKERS, HOSTS)[0]
    assert (guessed.vendor, guessed.vendor_inferred) == ("Alibaba", True)
    named = tool.infer_vendor(Model(id="qwen3-32b", name="Qwen3 32B", aliases=("Qwen/Qwen3-32B",)),
                              MAKERS, HOSTS)[0]
    assert named.vendor_inferred is False
    stated = tool.infer_vendor(Model(id="m", name="M", vendor="Google"), MAKERS, HOSTS)[0]
    assert stated.vendor_inferred is False
    bundled = default_catalog().model("yi-large")
    assert (bundled.vendor, bundled.vendor_inferred) == ("01.AI", True)
    assert default_catalog().model("gemma-3-27b-it").vendor_inferred is False
