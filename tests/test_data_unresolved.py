"""The catalog's records closing note 14 left unresolved (helper dataP): each joined, dated,
windowed or scored as its maker's own page gives it."""

from __future__ import annotations

from phicompare import default_catalog
from phicompare.catalog.index import Catalog


def _by_route(catalog: Catalog, provider: str, model_id: str) -> list[str]:
    return [m.id for m in catalog.models for r in m.routes
            if r.provider == provider and r.provider_model_id == model_id]


def test_github_models_command_r_plus_is_cohere_s_april_2024_release() -> None:
    """Cohere's docs: "command-r-plus is an alias for command-r-plus-04-2024"; GitHub Models'
    undated cohere-command-r-plus (models.dev: released 2024-04-04) is that release, not a
    model of its own beside it."""
    catalog = default_catalog()
    assert "cohere-command-r-plus" not in {m.id for m in catalog.models}
    assert _by_route(catalog, "github-models", "cohere/cohere-command-r-plus") == [
        "command-r-plus-04-2024"]
    assert catalog.model("cohere-command-r-plus").id == "command-r-plus-04-2024"  # its alias
