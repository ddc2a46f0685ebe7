"""Related comparisons: neighbours in rounds, none of them a model compared or its namesake."""

from __future__ import annotations

import itertools

from phicompare import Model, default_catalog
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
