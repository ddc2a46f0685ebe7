"""Related comparisons: neighbours in rounds, none of them a model compared or its namesake."""

from __future__ import annotations

import itertools
from decimal import Decimal

from phicompare import Catalog, Model, compare, default_catalog
from phicompare.analysis.related import RELATED_LIMIT, kinship, model_line, related
from phicompare.domain.names import normalize_name

from .helpers import curated_ids


def test_no_suggestion_is_a_model_compared_or_bears_its_name() -> None:
    """Every curated pair: neighbours that are the other model, or share a name, are left out."""
    catalog = default_catalog()
    filtered = 0
    for a, b in itertools.combinations(curated_ids(), 2):
        models = [catalog.model(a), catalog.model(b)]
        kin = [kinship(m, catalog) for m in models]
        found = related(models, kin)
        names = {normalize_name(m.name) for m in models}
        assert len(found) <= RELATED_LIMIT
        for r in found:
            assert r.models[0] in (a, b)
            assert r.models[1] not in (a, b)
            assert normalize_name(r.names[1]) not in names
        filtered += any(b in k.others or a in k.others or not names.isdisjoint(k.names)
                        for k in kin)
    assert filtered  # some pair had a neighbour to leave out


def test_a_model_without_neighbours_suggests_nothing() -> None:
    """Models the catalog does not hold have no kin, so no related comparisons."""
    models = [Model(id="x-1", name="X 1"), Model(id="y-1", name="Y 1")]
    assert related(models, [kinship(m, default_catalog()) for m in models]) == ()


def test_no_models_have_no_related_comparisons() -> None:
    assert related([], []) == ()


def test_no_suggestion_is_a_variant_of_a_compared_models_line() -> None:
    """Review 4: "Kimi K2 Instruct vs Kimi K2 0711" (the same model, dated) and both "Claude
    Sonnet 3.5" and "Claude Sonnet 3.5 v2" on one page."""
    catalog = default_catalog()
    for ids in (("deepseek-v3.2", "kimi-k2", "qwen3-235b-a22b-2507"),
                ("claude-sonnet-4-5", "gemini-2.5-pro", "gpt-4.1")):
        models = [catalog.model(i) for i in ids]
        found = related(models, [kinship(m, catalog) for m in models])
        lines = [model_line(r.names[1]) for r in found]
        assert len(lines) == len(set(lines)), lines
        assert not {model_line(m.name) for m in models} & set(lines)
        assert "Kimi K2 0711" not in {r.names[1] for r in found}


def _neighbours(model_id: str, catalog: Catalog) -> dict[str, str]:
    return {other: why for other, _, why in catalog.neighbour_names(model_id, limit=10)}


def test_an_unknown_family_is_not_another_family() -> None:
    """Review 8, G19: a model whose family is not sourced is a similar-size peer, not "another
    family"; a known, different family still reads so."""
    catalog = Catalog(models=(
        Model(id="qwen-a-32b", name="Qwen A 32B", vendor="Alibaba", family="qwen",
              parameters_b=Decimal(32)),
        Model(id="qwq-preview", name="QwQ Preview", vendor="Alibaba", parameters_b=Decimal(32)),
        Model(id="llama-b-30b", name="Llama B 30B", vendor="Meta", family="llama",
              parameters_b=Decimal(30)),
    ))
    assert _neighbours("qwen-a-32b", catalog) == {"qwq-preview": "similar-size",
                                                  "llama-b-30b": "same-size-class"}
    assert _neighbours("qwq-preview", catalog) == {"qwen-a-32b": "similar-size",
                                                   "llama-b-30b": "similar-size"}
    c = compare("qwen3-32b", "deepseek-r1-0528")
    lines = [claim.text for claim in c.narrative.related]
    assert not [t for t in lines if "QwQ 32B Preview" in t and "another family" in t]
    assert c.check() == []


def test_same_family_needs_the_name_to_carry_the_family() -> None:
    """Review 8, G19: a listing's "o-mini" tag on GPT Audio Mini made it o4-mini's "same
    family"; a family tag counts only where the model's name or id carries its first word."""
    catalog = Catalog(models=(
        Model(id="o4-mini", name="o4-mini", vendor="OpenAI", family="o-mini"),
        Model(id="o3-mini", name="o3-mini", vendor="OpenAI", family="o-mini"),
        Model(id="gpt-audio-mini", name="GPT Audio Mini", vendor="OpenAI", family="o-mini"),
    ))
    assert _neighbours("o4-mini", catalog) == {"o3-mini": "same-family"}
    assert _neighbours("gpt-audio-mini", catalog) == {}
    c = compare("deepseek-r1", "o4-mini", "qwen3-235b-a22b-thinking-2507")
    assert "o4-mini vs GPT Audio Mini (same family)." not in [t.text for t in c.narrative.related]
