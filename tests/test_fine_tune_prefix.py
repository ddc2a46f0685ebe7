"""A fine-tune named before its base model's lab name is no lab's model by inference (dataAI, 3).

"TIM-Qwen3.6 27B" (Subconscious' listing) puts its own word before "Qwen3.6 27B": keyed in
``NAMED_FINE_TUNES``; resellers' prefixes ("alicloud-", "coding-") stay their lab's.
"""

from __future__ import annotations

import pytest

from phicompare import default_catalog
from phicompare.importers._makers import fine_tune_words


def test_tim_qwen_is_a_fine_tune_by_its_name() -> None:
    assert fine_tune_words("tim-qwen3.6-27b") == ("tim",)
    assert fine_tune_words("subconscious/tim-qwen3.6-27b") == ("tim",)


@pytest.mark.parametrize("model_id", ["alicloud-deepseek-v4-flash", "coding-glm-5.1",
                                      "coding-minimax-m2.7", "zai-glm-5.1", "deep-deepseek-v4-pro"])
def test_resellers_prefixes_are_no_fine_tune(model_id: str) -> None:
    assert fine_tune_words(model_id) == ()


def test_the_catalog_leaves_its_vendor_unknown() -> None:
    model = default_catalog().model("tim-qwen3.6-27b")
    assert model.vendor is None
    assert "fine-tune" in (model.notes or "")
    assert default_catalog().model("alicloud-deepseek-v4-flash").vendor == "DeepSeek"
