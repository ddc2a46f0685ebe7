"""One family as the names bear it (review 11, K11): a family label a name bears only the first
word of is that word's family; a distilled model is its base model's line, not its teacher's."""

from __future__ import annotations

from decimal import Decimal

from phicompare import Catalog, Model, compare, default_catalog
from phicompare.catalog.kin import borne_family
from phicompare.importers._makers import distilled_family


def _neighbours(model_id: str, catalog: Catalog) -> dict[str, str]:
    return {other: why for other, _, why in catalog.neighbour_names(model_id, limit=10)}


def _deepseek(model_id: str, name: str, family: str, size: int) -> Model:
    return Model(id=model_id, name=name, vendor="DeepSeek", family=family,
                 parameters_b=Decimal(size))


def test_a_label_the_name_bears_only_the_first_word_of_is_that_words_family() -> None:
    """Review 11, K11: "DeepSeek-R1 vs DeepSeek V3 (similar size, another family)": models.dev's
    "deepseek-thinking" on R1 beside "deepseek" on V3, R1's own base model from the same maker.
    R1's name bears "deepseek" alone: one family with V3."""
    catalog = Catalog(models=(
        _deepseek("r1", "DeepSeek-R1", "deepseek-thinking", 671),
        _deepseek("v3", "DeepSeek V3", "deepseek", 671),
        _deepseek("v4-flash", "DeepSeek V4 Flash", "deepseek-flash", 700),
        Model(id="big", name="Big 600B", vendor="Other", family="big",
              parameters_b=Decimal(600)),
    ))
    assert _neighbours("r1", catalog) == {"v3": "same-family",
                                          "v4-flash": "similar-size", "big": "same-size-class"}
    assert _neighbours("v3", catalog)["r1"] == "same-family"
    assert borne_family(catalog.model("r1")) == "deepseek"
    assert borne_family(catalog.model("v4-flash")) == "deepseek-flash"
    assert borne_family(Model(id="m", name="M", family="o-mini")) is None


def test_a_distill_is_its_base_models_line() -> None:
    """Review 11, K11: R1's Llama 70B and Qwen 32B distills were its "same family"; DeepSeek
    fine-tuned Llama and Qwen models on R1's samples: the name says the base."""
    llama = Model(id="d", name="DeepSeek R1 Distill Llama 70B", vendor="DeepSeek",
                  family="deepseek-thinking")
    assert distilled_family(llama, {"llama", "qwen"}).family == "llama"
    qwen = Model(id="q", name="DeepSeek R1 Distill Qwen 1.5B", vendor="DeepSeek", family="qwen")
    assert distilled_family(qwen, {"llama", "qwen"}) is qwen
    plain = Model(id="r", name="DeepSeek R1", vendor="DeepSeek", family="deepseek-thinking")
    assert distilled_family(plain, {"llama", "qwen"}) is plain


def test_deepseek_r1s_related_comparisons_are_true() -> None:
    """Review 11, K11, the bundled catalog: V3 is R1's family, the distills are not."""
    catalog = default_catalog()
    assert {catalog.model(f"deepseek-r1-distill-{d}").family
            for d in ("llama-70b", "llama-8b")} == {"llama"}
    assert {catalog.model(f"deepseek-r1-distill-qwen-{d}").family
            for d in ("32b", "14b", "7b", "1-5b")} == {"qwen"}
    page = compare("deepseek-r1", "gpt-4o")
    lines = [claim.text for claim in page.narrative.related]
    assert not [t for t in lines if "Distill" in t and "same family" in t]
    assert not [t for t in lines if "another family" in t and "DeepSeek V3" in t]
    assert page.check() == []
    other = compare("deepseek-v3", "qwen3-235b-a22b")
    assert "DeepSeek V3 vs DeepSeek-R1 (similar size, another family)." not in [
        t.text for t in other.narrative.related]
    assert other.check() == []
