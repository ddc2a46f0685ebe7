"""A provider's listing of a model is a route of it, never a model of its own (review 6, D8).

NanoGPT lists OpenAI's models through Azure as ``azure-gpt-4o``; Together serves an FP8 build as
``…-tput``; a trusted-execution-environment endpoint is ``…-tee``; a host that lists only a
quantised build (``qwen3-4b-fp8``) still serves the model, whose id and name are the model's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import default_catalog
from phicompare.importers import identity_key
from phicompare.importers._assemble import Record, assemble
from phicompare.importers._identity import route_key


@pytest.mark.parametrize(("a", "b"), [
    ("azure-gpt-4o", "gpt-4o"),
    ("azure-gpt-4o-mini", "openai/gpt-4o-mini"),
    ("azure-o1", "o1"),
    ("azure-o3-mini", "o3-mini"),
    ("azure-gpt-4-turbo", "gpt-4-turbo"),
    ("Qwen/Qwen3-235B-A22B-Instruct-2507-tput", "qwen3-235b-a22b-instruct-2507"),
    ("qwen3-235b-a22b-thinking-2507-tee", "Qwen/Qwen3-235B-A22B-Thinking-2507"),
    ("deepseek-v3.2-tee", "deepseek-v3.2"),
    # a reseller's request mode: NanoGPT's :thinking, a Gemini 2.5 Flash with thinking off
    ("deepseek-v3.2:thinking", "deepseek-v3.2"),
    ("z-ai/glm-4.6:thinking", "glm-4.6"),
    ("gemini-2.5-flash-nothink", "gemini-2.5-flash"),
    ("gemini-2.5-flash-nothinking", "google/gemini-2.5-flash"),
])
def test_a_providers_listing_is_the_models(a: str, b: str) -> None:
    assert identity_key(a) == identity_key(b)


def test_a_serving_variant_stays_a_route_of_its_own() -> None:
    assert route_key("togetherai", "Qwen/Qwen3-235B-A22B-Instruct-2507-tput") != route_key(
        "togetherai", "Qwen/Qwen3-235B-A22B-Instruct-2507")


def test_a_model_only_a_quantised_build_of_is_listed_is_named_as_the_model() -> None:
    records = [Record(identity=identity, source=source, url=f"https://x.test/{source}",
                      names=(identity,), facts={"name": name})
               for identity, source, name in (("qwen3-4b-fp8", "llmgateway", "Qwen3 4B FP8"),
                                              ("qwen/qwen3-4b-fp8", "novita", "Qwen3 4B FP8"))]
    (model,), _ = assemble(records, dt.date(2026, 12, 1))
    assert (model.id, model.name) == ("qwen3-4b", "Qwen3 4B")


@pytest.mark.parametrize("listing", ["azure-gpt-4o", "azure-gpt-4o-mini", "azure-o1",
                                     "azure-o3-mini", "azure-gpt-4-turbo",
                                     "qwen3-235b-a22b-instruct-2507-tput", "qwen3-4b-fp8",
                                     "gemini-2.5-flash-nothink", "deepseek-v3.2:thinking"])
def test_the_bundled_catalog_holds_no_listing_as_a_model(listing: str) -> None:
    catalog = default_catalog()
    assert listing not in {m.id for m in catalog.models}


@pytest.mark.parametrize(("model", "provider_model_id"), [
    ("gpt-4o", "azure-gpt-4o"), ("o1", "azure-o1"), ("gpt-4-turbo", "azure-gpt-4-turbo"),
    ("qwen3-235b-a22b-instruct-2507", "Qwen/Qwen3-235B-A22B-Instruct-2507-tput"),
])
def test_the_listing_is_a_route_of_the_model(model: str, provider_model_id: str) -> None:
    routes = default_catalog().model(model).routes
    assert provider_model_id in {r.provider_model_id for r in routes}


def test_qwen3_4b_is_named_as_the_model() -> None:
    model = default_catalog().model("qwen3-4b")
    assert (model.id, model.name) == ("qwen3-4b", "Qwen3 4B")
