"""A provider's own model id names its model (review 34, #3).

``phicompare show accounts/fireworks/models/phi-2-3b`` (Phi-2's own Fireworks route id)
suggested GLM and gpt-oss models: an imported model's route ids are its aliases, a curated
model's were not, and suggestions weighed the id's path as much as the model's name.
"""

from __future__ import annotations

import io

import pytest

from phicompare import UnknownModelError, default_catalog
from phicompare.cli.main import main
from phicompare.domain.names import lookup_names, normalize_name, route_id_forms


def test_every_bundled_route_id_finds_its_model_or_suggests_it_first() -> None:
    """A route's id resolves (to its model, or to another record that holds the name as its
    own), or, where no record holds it, its model is the first suggestion."""
    catalog = default_catalog()
    unresolved = {}  # name -> (its model, the first suggestion)
    for model in catalog.models:
        for route in model.routes:
            name = route.provider_model_id
            if not name:
                continue
            try:
                catalog.model(name)
            except UnknownModelError as exc:
                unresolved[name] = (model.id, exc.suggestions[0])
    # (imported: the importer's alias rule passes over this reseller's id; suggested first)
    assert unresolved == {"nemotron-3-ultra-550b": ("nemotron-3-ultra-550b-a55b",) * 2}


def test_a_curated_models_route_ids_are_its_names() -> None:
    """The curated layer's routes, each id found as its own model (8 were unknown names, and
    Together's Qwen2.5 7B Turbo was a record imported apart until brief dataCG)."""
    catalog = default_catalog()
    curated = [m for m in catalog.models
               if catalog.shelf is None or not catalog.shelf.row(m.id).file.startswith("imported")]
    assert len(curated) == 28
    found = {r.provider_model_id: catalog.model(r.provider_model_id)
             for m in curated for r in m.routes if r.provider_model_id}
    elsewhere = [(name, model.id) for name, model in found.items()
                 if normalize_name(name) not in lookup_names(model)]
    assert elsewhere == []
    assert {found[r.provider_model_id].id for m in curated for r in m.routes
            if r.provider_model_id and found[r.provider_model_id] != m} == set()


@pytest.mark.parametrize(("name", "first"), [
    ("bedrock/anthropic.claude-3-haiku-20240307-v1:0", "claude-3-haiku"),  # LiteLLM's key
    ("bedrock/meta.llama3-2-3b-instruct-v2:0", "llama-3.2-3b"),
    ("fireworks_ai/accounts/fireworks/models/phi-3-mini-128k-instruct", "phi-3-mini-128k"),
    ("vertex_ai/claude-3-haiku@20240307", "claude-3-haiku"),
    ("accounts/fireworks/models/phi-2-3b-v9", "phi-2"),
])
def test_a_provider_id_suggests_its_model_first(name: str, first: str) -> None:
    with pytest.raises(UnknownModelError) as caught:
        default_catalog().model(name)
    assert caught.value.suggestions[0] == first


def test_show_finds_phi_2_by_its_fireworks_id() -> None:
    out = io.StringIO()
    assert main(["show", "accounts/fireworks/models/phi-2-3b"], out=out) == 0
    assert out.getvalue().startswith("Phi-2")


def test_route_id_forms_strip_a_path_a_vendor_and_a_version() -> None:
    assert route_id_forms("meta.llama3-2-3b-instruct-v1:0") == (
        "llama3-2-3b-instruct-v1:0", "llama3-2-3b-instruct")
    assert route_id_forms("gpt-4.1") == ()
    assert route_id_forms("o1.5-mini") == ()  # (a dot after a digit is a version, no vendor)
