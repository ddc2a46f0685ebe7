"""One record per model: hosts' Gemma 4 31B and Together's Qwen2.5 7B Turbo (brief dataCG).

NanoGPT's ``TEE/gemma4-31b`` and Poe's ``google/gemma-4-31b`` made a record "Gemma 4 31B"
beside Google's ``gemma-4-31b-it``: Tinfoil's ``gemma4-31b`` names ``google/gemma-4-31b-it`` its
base model, and no snapshot sells Google's pretrained Gemma 4 31B. Together's
``Qwen/Qwen2.5-7B-Instruct-Turbo``, a route of the curated ``qwen2.5-7b``, was also the id of an
imported record of its own: Together's serving of Qwen2.5-7B-Instruct, a route, not a model.
"""

from __future__ import annotations

import pytest

from phicompare import default_catalog
from phicompare.importers._identity import identity_key, keep_apart


@pytest.mark.parametrize("name", ["gemma4-31b", "TEE/gemma4-31b", "google/gemma-4-31b",
                                  "gemma4-31b:thinking"])
def test_the_hosts_undated_gemma_4_31b_is_google_s_tuned_model(name: str) -> None:
    catalog = default_catalog()
    assert "gemma4-31b" not in {m.id for m in catalog.models}
    assert catalog.model(name).id == "gemma-4-31b-it"


def test_the_gemma_4_31b_routes_are_the_tuned_model_s() -> None:
    model = default_catalog().model("gemma-4-31b-it")
    ids = {(r.provider, r.provider_model_id) for r in model.routes}
    assert {("nano-gpt", "TEE/gemma4-31b"), ("poe", "google/gemma-4-31b"),
            ("tinfoil", "gemma4-31b"), ("nano-gpt", "TEE/gemma-4-31b-it")} <= ids


def test_nanogpt_listing_both_spellings_no_longer_keeps_them_apart() -> None:
    apart = keep_apart([["TEE/gemma4-31b", "TEE/gemma4-31b:thinking", "TEE/gemma-4-31b-it"]])
    assert identity_key("TEE/gemma4-31b", apart) == identity_key("google/gemma-4-31b-it", apart)
    assert identity_key("TEE/gemma4-31b:thinking", apart) == identity_key("gemma-4-31b-it", apart)


@pytest.mark.parametrize("name", ["qwen2.5-7b-instruct-turbo", "Qwen/Qwen2.5-7B-Instruct-Turbo"])
def test_together_s_turbo_is_a_route_of_qwen2_5_7b(name: str) -> None:
    catalog = default_catalog()
    assert "qwen2.5-7b-instruct-turbo" not in {m.id for m in catalog.models}
    model = catalog.model(name)
    assert model.id == "qwen2.5-7b"
    together = [r for r in model.routes if r.provider == "together"]
    assert [r.provider_model_id for r in together] == ["Qwen/Qwen2.5-7B-Instruct-Turbo"]


def test_alibaba_s_qwen_turbo_stays_its_own_model() -> None:
    assert identity_key("qwen-turbo") != identity_key("Qwen/Qwen2.5-7B-Instruct-Turbo")
