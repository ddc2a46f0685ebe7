"""Resellers' quantized servings are routes of the model they serve (brief dataDF).

Together's serverless-models table: "models marked as 'Turbo' are quantized to FP8 and those
marked as 'Lite' are INT4". Its Llama 3.3 70B, 3.1 8B and 3.1 405B Instruct Turbo and Llama 3
8B Instruct Lite (and the resellers that list them under Together's names: DeepInfra, Helicone,
Abacus) were records of their own beside Meta's models; they are routes now. Moonshot's Turbo
names are its API's high-speed servings of Kimi K2 and K2 Thinking, whose weights are the
models' own: no Turbo publishes weights. Maker's Turbo models (GPT-3.5 Turbo, Qwen Turbo, GLM-5
Turbo) stay models of their own.
"""

from __future__ import annotations

import pytest

from phicompare import default_catalog
from phicompare.importers._identity import identity_key

GONE = ("llama-3.3-70b-instruct-turbo", "llama-3.1-8b-instruct-turbo",
        "meta-llama-3.1-405b-instruct-turbo", "meta-llama-3-8b-instruct-lite")


@pytest.mark.parametrize(("name", "model_id"), [
    ("llama-3.3-70b-instruct-turbo", "llama-3.3-70b-instruct"),
    ("meta-llama/Llama-3.3-70B-Instruct-Turbo", "llama-3.3-70b-instruct"),
    ("llama-3.1-8b-instruct-turbo", "llama-3.1-8b"),
    ("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "llama-3.1-8b"),
    ("meta-llama-3.1-405b-instruct-turbo", "meta-llama-3.1-405b-instruct"),
    ("meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo", "meta-llama-3.1-405b-instruct"),
    ("meta-llama-3-8b-instruct-lite", "llama-3-8b-instruct"),
    ("meta-llama/Meta-Llama-3-8B-Instruct-Lite", "llama-3-8b-instruct"),
])
def test_a_together_turbo_or_lite_name_is_the_model_it_serves(name: str, model_id: str) -> None:
    catalog = default_catalog()
    assert not set(GONE) & {m.id for m in catalog.models}
    assert catalog.model(name).id == model_id


@pytest.mark.parametrize(("model_id", "provider", "served"), [
    ("llama-3.3-70b-instruct", "together", "meta-llama/Llama-3.3-70B-Instruct-Turbo"),
    ("llama-3.3-70b-instruct", "deepinfra", "meta-llama/Llama-3.3-70B-Instruct-Turbo"),
    ("meta-llama-3.1-405b-instruct", "abacus", "meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo"),
    ("llama-3-8b-instruct", "together", "meta-llama/Meta-Llama-3-8B-Instruct-Lite"),
])
def test_the_quantized_serving_is_a_route_of_the_model(model_id: str, provider: str,
                                                       served: str) -> None:
    model = default_catalog().model(model_id)
    assert served in [r.provider_model_id for r in model.routes if r.provider == provider]


@pytest.mark.parametrize("name", ["qwen-turbo", "gpt-3.5-turbo", "gpt-4-turbo", "glm-5-turbo",
                                  "kimi-k2-turbo-preview", "qwen-omni-turbo"])
def test_a_maker_s_turbo_model_stays_its_own(name: str) -> None:
    catalog = default_catalog()
    assert catalog.model(name).id == name
    assert identity_key(name) != identity_key(name.replace("-turbo", ""))


@pytest.mark.parametrize("model_id", ["kimi-k2-turbo-preview", "kimi-k2-thinking-turbo"])
def test_moonshot_s_turbo_servings_publish_no_weights(model_id: str) -> None:
    catalog = default_catalog()
    assert catalog.model(model_id).open_weights is False
    assert catalog.model(model_id.replace("-turbo", "").replace("-preview", "")).open_weights
