"""A reseller's route of a closed model retires when its maker's and the clouds' all have.

Review 26, P1: o4-mini was billed on Poe's listing (read 2026-07-02) after OpenAI, Microsoft
Foundry and GitHub Models had all shut it down; no reseller can serve a closed model then.
"""

from __future__ import annotations

import datetime as dt

from phicompare import default_catalog, estimate
from phicompare.domain.records import ProviderTier
from phicompare.importers._resold_shutdowns import resold_retirements


def test_o4_minis_resellers_retire_with_its_last_own_route() -> None:
    catalog = default_catalog()
    model = catalog.model("o4-mini")
    own = [r for r in model.routes if r.provider in ("openai", "azure-foundry", "github-models")]
    last = max(r.retires for r in own if r.retires is not None)
    assert last == dt.date(2026, 10, 23)
    resold = [r for r in model.routes if r not in own]
    assert resold
    assert all(r.retires == last for r in resold)
    assert all("no reseller can serve it after the last" in (r.notes or "") for r in resold)
    assert estimate(model.id, as_of="2026-12-03").monthly is None  # no bill on a listing
    assert estimate(model.id, as_of="2026-07-01").monthly is not None  # its maker's, then


def test_every_closed_model_with_a_reseller_in_service_has_an_own_route_in_service() -> None:
    """The rule over the whole bundle: what the pass leaves is a model it must leave."""
    catalog = default_catalog()
    providers = {p.id: p for p in catalog.providers}
    assert resold_retirements(catalog.models, providers) == ()  # (already applied: nothing new)
    for model in catalog.models:
        if model.open_weights is not False:
            continue
        tiers = {r.provider: providers[r.provider].tier for r in model.routes
                 if r.provider in providers}
        own = [r for r in model.routes if tiers.get(r.provider) in (ProviderTier.FIRST_PARTY,
                                                                    ProviderTier.CLOUD)]
        if own and all(r.retires is not None for r in own) and any(
                tiers.get(r.provider) is ProviderTier.FIRST_PARTY
                and model.vendor in providers[r.provider].vendors for r in own):
            last = max(r.retires for r in own if r.retires is not None)
            assert all(r.retires is not None and r.retires <= last for r in model.routes), model.id


def test_a_model_still_served_by_a_cloud_keeps_its_resellers() -> None:
    catalog = default_catalog()
    model = catalog.model("gpt-5-mini")  # OpenAI's route retires; Foundry's is in service
    assert any(r.retires is None for r in model.routes if r.provider == "azure-foundry")
    assert any(r.retires is None for r in model.routes if r.provider == "openrouter")
