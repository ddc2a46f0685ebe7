"""Resellers' routes of closed models every source says are gone retire, keyed model by model.

Review 26, P1: o4-mini was billed on Poe's listing (read 2026-07-02) after OpenAI, Microsoft
Foundry and GitHub Models had all shut it down. Helper dataAT keyed each clear case; a model a
cloud still serves, or whose sources disagree, keeps its resellers' routes.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from phicompare import default_catalog, estimate
from phicompare.domain.records import ProviderTier
from phicompare.importers._resold_retirements import RESOLD, Resold
from tests.helpers import provider_routes

_DAY = dt.timedelta(days=1)
_CLOUDS = ("azure", "vertex_ai", "bedrock")


def _own(provider: str, vendor: str) -> bool:
    """Whether ``provider`` is the model's maker or a major cloud, as the bundle tiers it."""
    found = {p.id: p for p in default_catalog().providers}.get(provider)
    return found is not None and (found.tier is ProviderTier.CLOUD or (
        found.tier is ProviderTier.FIRST_PARTY and vendor in found.vendors))


def test_o4_mini_is_billed_on_no_reseller_after_the_last_source_s_day() -> None:
    """Poe's and every other reseller's route of o4-mini retires on 2026-11-19, LiteLLM's day for
    its Azure entries, the last any source gives (OpenAI's 2026-10-23, Foundry's 2026-10-16)."""
    day = dt.date(2026, 11, 19)
    (poe,) = provider_routes("o4-mini", "poe")
    assert poe.retires == day
    assert poe.notes is not None
    assert "every source read agrees it was gone by 2026-11-19" in poe.notes
    after = estimate("o4-mini", as_of=day + _DAY)
    assert after.monthly is None
    assert {row.reason for row in after.routes} >= {f"retired on {day}"}
    before = estimate("o4-mini", as_of=day - _DAY)
    assert before.monthly is not None
    assert before.route is not None
    assert before.route.provider not in ("openai", "azure-foundry", "github-models")


@pytest.mark.parametrize("row", RESOLD, ids=[row.model for row in RESOLD])
def test_each_keyed_model_s_resellers_retire_after_its_maker_and_clouds(
        row: Resold) -> None:
    """Every reseller route keyed retires on the day, no route of the model is in service after
    it, and the day is the last of the maker's and clouds' own days (none later)."""
    model_id, vendor, resellers, day = row.model, row.vendor, row.resellers, row.day
    model = default_catalog().model(model_id)
    assert model.open_weights is False
    for reseller in resellers:
        assert not _own(reseller, vendor), (model_id, reseller)
        assert {r.retires for r in provider_routes(model_id, reseller)} == {day}
    own = [r for r in model.routes if _own(r.provider, vendor)]
    assert own
    assert all(r.retires is not None and r.retires <= day for r in own), model_id
    assert all(r.retires is not None and r.retires <= day for r in model.routes), model_id
    assert estimate(model_id, as_of=day + _DAY, include_free=True).monthly is None


@pytest.mark.parametrize("row", RESOLD, ids=[row.model for row in RESOLD])
def test_each_keyed_day_is_no_earlier_than_litellm_s_cloud_entries(
        row: Resold, shared_data: Path) -> None:
    """Each LiteLLM Azure entry the key names gives a deprecation_date, none after the day, and
    the key names every cloud entry under one of the model's route ids (azure/us-gov/o3-mini,
    undated, is why o3-mini is not keyed)."""
    day, entries = row.day, row.entries
    snapshot = shared_data / "litellm" / "model_prices_and_context_window.json"
    data = json.loads(snapshot.read_text(encoding="utf-8"))
    model = default_catalog().model(row.model)
    names = {row.model} | {r.provider_model_id.rsplit("/", 1)[-1] for r in model.routes
                           if r.provider_model_id is not None}
    clouds = {key for key, entry in data.items() if isinstance(entry, dict)
              and str(entry.get("litellm_provider", "")).startswith(_CLOUDS)
              and key.rsplit("/", 1)[-1] in names}
    assert clouds <= set(entries), (row.model, clouds - set(entries))
    for entry in entries:
        assert data[entry]["litellm_provider"] == "azure", entry
        assert dt.date.fromisoformat(data[entry]["deprecation_date"]) <= day, entry


def test_a_model_a_cloud_still_lists_keeps_its_resellers() -> None:
    """GPT-4o 2024-11-20: LiteLLM lists it on Azure until 2027-04-14, so OpenRouter still bills
    it on 2026-12-03; o3-mini (azure/us-gov/o3-mini undated), GPT-3.5 Turbo (azure entries
    undated) and GPT-4o 2024-05-13 (Azure to 2027-01-14) are conflicts left alone."""
    for model_id in ("gpt-4o-2024-11-20", "o3-mini", "gpt-3.5-turbo", "gpt-4o-2024-05-13"):
        assert {r.retires for r in provider_routes(model_id, "openrouter")} == {None}, model_id
    keyed = {row.model for row in RESOLD}
    assert keyed.isdisjoint({"gpt-4o-2024-11-20", "o3-mini", "gpt-3.5-turbo",
                             "gpt-4o-2024-05-13"})
    page = estimate("gpt-4o-2024-11-20", as_of="2026-12-03")
    assert page.monthly is not None
