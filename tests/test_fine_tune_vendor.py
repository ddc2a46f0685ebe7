"""A third party's fine-tune is never given its base model's maker as a guessed vendor.

Review 20, P6: "Qwen3.5 27B Writer V2 Derestricted Lite: vendor not yet sourced (the name
suggests Alibaba)", and `list` read "Google (inferred)" for "Gemma 4 31B DarkIdol": community
merges and "derestricted"/"uncensored" fine-tunes of open weights got the base model's lab, and
`list --vendor google` counted them as Google's.
"""

from __future__ import annotations

import io
from typing import Any

import pytest

from phicompare import Model, compare, default_catalog
from phicompare.cli.main import main
from phicompare.importers._makers import fine_tune_words, maker_forms

from .helpers import bundle_tool

NAMED = ("qwen3.5-27b-writer-v2-derestricted-lite", "qwen3.5-27b-omega-evolution-v2.2-derestricted",
         "qwen3.5-27b-bluestar-v2-derestricted", "qwen3.5-27b-vivid-durian", "gemma-4-31b-darkidol",
         "gemma-4-31b-claude-4.6-opus-reasoning-distilled", "gemma-4-26b-a4b-uncensored")
"""The models the review named."""


def _tool() -> Any:
    return bundle_tool()


@pytest.mark.parametrize(("model_id", "words"), [
    ("qwen3.5-27b-writer-v2-derestricted-lite", ("writer", "derestricted")),
    ("qwen3.5-27b-vivid-durian", ("vivid", "durian")),
    ("gemma-4-31b-claude-4.6-opus-reasoning-distilled", ("claude", "opus", "distilled")),
    ("gemma-4-26b-a4b-uncensored", ("uncensored",)),
    ("gemma-4-uncensored", ("uncensored",)),  # no size: its marker alone
    ("olafangensan-glm-4.7-flash-heretic", ("heretic",)),
    # a maker's own variants, versions, dates and quantisations mark nothing
    ("qwen3-vl-235b-a22b-instruct-original", ()), ("qwen3_5-9b-q4_k_m", ()),
    ("gemma-4-e4b-it-mlx-4bit", ()), ("glm-4-32b-0414-128k", ()),
    ("gpt-oss-120b-high-throughput", ()), ("kat-coder-exp-72b-1010", ()),
    ("ministral-3-14b-reasoning-2512", ()), ("llama-3.1-8b-instruct-turbo", ()),
    ("olmo-3-32b-think", ()), ("deepseek-r1-distill-qwen-32b", ()),  # DeepSeek's own distill
])
def test_the_words_that_mark_a_fine_tune(model_id: str, words: tuple[str, ...]) -> None:
    assert fine_tune_words(model_id) == words


def test_a_fine_tune_gets_no_guessed_vendor() -> None:
    model, third_party, line = _tool().infer_vendor(
        Model(id="qwen3.5-27b-vivid-durian", name="Qwen3.5 27B Vivid Durian", family="qwen"),
        maker_forms(["Alibaba"]), frozenset({"nanogpt"}))
    assert (model.vendor, model.vendor_inferred, third_party) == (None, False, True)
    assert model.notes == (
        "Vendor not yet sourced: by the name, a fine-tune of a model of Alibaba's line (its id "
        "adds 'vivid durian' to 'qwen'; no source states the vendor, and the base model's maker "
        "is not taken for it).")
    assert line == ("qwen3.5-27b-vivid-durian: unknown, a fine-tune by its name's 'vivid durian' "
                    "(not Alibaba, whose 'qwen' its id carries)")
    plain = _tool().infer_vendor(Model(id="qwen3.5-27b", name="Qwen3.5 27B"),
                                 maker_forms(["Alibaba"]), frozenset())[0]
    assert (plain.vendor, plain.vendor_inferred) == ("Alibaba", True)


def test_no_bundled_fine_tune_has_its_base_models_lab_as_a_guessed_vendor() -> None:
    catalog = default_catalog()
    guessed = [m.id for m in catalog.models if m.vendor_inferred and fine_tune_words(m.id)]
    assert guessed == []
    for model_id in NAMED:
        model = catalog.model(model_id)
        assert (model.vendor, model.vendor_inferred) == (None, False), model_id
        assert "a fine-tune of a model of " in (model.notes or ""), model_id
    tuned = [m for m in catalog.models
             if "Vendor not yet sourced: by the name, a fine-tune" in (m.notes or "")]
    assert len(tuned) >= 40


def test_list_and_the_summary_leave_the_base_models_maker_out() -> None:
    out = io.StringIO()
    assert main(["list", "--vendor", "google", "--width", "200", "--sort", "id"], out=out) == 0
    assert "gemma-4-31b-darkidol" not in out.getvalue()
    assert "gemma-4-26b-a4b-uncensored" not in out.getvalue()
    page = compare("qwen3.5-27b-writer-v2-derestricted-lite",
                   "qwen3.5-27b-omega-evolution-v2.2-derestricted").to_markdown()
    assert "the name suggests Alibaba" not in page
    assert "Qwen3.5 27B Writer V2 Derestricted Lite: released " in page
