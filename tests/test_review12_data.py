"""Review 12's model-data findings (L4, L5, L7, L12, L13): one record a model, dated from its
maker, with routes its providers still serve and the figures its own card gives."""

from __future__ import annotations

from phicompare import default_catalog
from phicompare.importers._identity import identity_key


def test_mistral_large_latest_is_not_a_model_of_its_own() -> None:
    """L4: Mistral's moving alias ``mistral-large-latest`` is Mistral Large 3 in the snapshots
    (its Mistral listing carries Large 3's weights, price and window), and the hosts' undated
    ``mistralai/mistral-large`` is Mistral Large 2 (OpenRouter: "Mistral Large 2 (version
    mistral-large-2407)"): no record mixes the two."""
    apart = frozenset({"mistrallarge2407"})
    assert identity_key("mistral/mistral-large-latest") == identity_key("mistral-large-2512")
    assert identity_key("mistralai/mistral-large", apart) == identity_key(
        "mistralai/mistral-large-2407", apart)
    catalog = default_catalog()
    assert "mistral-large-latest" not in {m.id for m in catalog.models}
    large3 = catalog.model("mistral-large-2512")
    assert "mistral-large-latest" in large3.aliases
    large2 = catalog.model("mistral-large-2407")
    routes = {(r.provider, r.provider_model_id) for r in large2.routes}
    assert ("openrouter", "mistralai/mistral-large") in routes
    assert ("kilo", "mistralai/mistral-large") in routes
    assert large3.context_window == 262_144
    assert str(large3.released) == "2025-12-02"
    assert large2.context_window == 131_072
    assert str(large2.released) == "2024-07-24"
    assert all((r.context_window or 0) <= 131_072 for r in large2.routes)
    assert catalog.model("mistral-large-latest").id == "mistral-large-2512"
