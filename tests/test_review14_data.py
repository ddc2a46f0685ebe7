"""Review 14's model-data findings (N1, N3, N4, N7, N2, N6, N8): one record a model, with the
routes, dates and figures its maker gives it."""

from __future__ import annotations

from phicompare import default_catalog
from phicompare.importers._identity import identity_key


def test_ministral_3b_and_ministral_3_3b_are_two_models() -> None:
    """N1: Ministral 3B (October 2024: text only, 128k, $0.04) and Ministral 3 3B (2512: vision,
    256k, $0.10) are two records, each with its own routes; no page sells the one's price with
    the other's vision."""
    assert identity_key("mistralai/ministral-3b-2512") != identity_key("ministral-3b")
    assert identity_key("mistral.ministral-3-3b-instruct") == identity_key("ministral-3b-2512")
    catalog = default_catalog()
    old, new = catalog.model("ministral-3b"), catalog.model("ministral-3b-2512")
    assert old.id == "ministral-3b"
    assert new.id == "ministral-3b-2512"
    assert old.input_modalities == ("text",)
    assert old.released is not None
    assert old.released.year == 2024
    assert {r.provider_model_id for r in old.routes} == {
        "ministral-3b", "mistral-ai/ministral-3b", "ministral-3b-latest", "mistral/ministral-3b"}
    assert all(r.input is not None and r.input < 0.1 for r in old.routes)
    assert new.input_modalities == ("text", "image")
    assert new.capabilities.vision is True
    assert str(new.released) == "2025-12-02"
    assert new.context_window == 262_144
    assert {r.provider_model_id for r in new.routes} == {
        "mistral.ministral-3-3b-instruct", "mistralai/ministral-3b-2512", "ministral-3b-2512"}
