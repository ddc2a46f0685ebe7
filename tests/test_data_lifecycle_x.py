"""Microsoft Foundry retirements the catalog left undated (helper dataX), from the bundled catalog.

Each test reads a route's day and the page a day after it: a retired route is "retired on ...",
and a page dated the day before does not say so. The days are Microsoft's own pages': the retired
Foundry Models page (source at 4345ee01) and the Foundry retirement schedule (source at
00bb5540); Pixtral Large's deprecation day is Mistral's page's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import default_catalog
from tests.helpers import provider_routes, route_reasons

_DAY = dt.timedelta(days=1)
_RETIRED = "https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"
_SCHEDULE = "https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"


_routes, _reasons = provider_routes, route_reasons


def _retired_on(model_id: str, provider: str, day: dt.date, source: str) -> None:
    """Every ``provider`` route of the model retires on ``day`` by ``source``; a page after it
    says so, and one the day before does not."""
    for route in _routes(model_id, provider):
        assert route.retires == day, (model_id, provider, route.provider_model_id)
        assert route.notes is not None
        assert source in route.notes, (model_id, route.notes)
    assert _reasons(model_id, provider, day + _DAY) == {f"retired on {day}"}
    assert f"retired on {day}" not in _reasons(model_id, provider, day - _DAY)


@pytest.mark.parametrize("model_id", ["phi-3-mini-4k", "phi-3-mini-128k", "phi-3-small-8k",
                                      "phi-3-small-128k", "phi-3-medium-4k", "phi-3-medium-128k",
                                      "phi-3.5-mini", "phi-3.5-moe"])
def test_foundry_retired_phi_3_and_phi_3_5(model_id: str) -> None:
    """Microsoft's retired Foundry Models page: the Phi-3 and Phi-3.5 instruct models retired on
    August 30, 2025 (the curated records' Foundry routes, priced from models.dev's snapshot of
    2026-07-02)."""
    _retired_on(model_id, "azure-foundry", dt.date(2025, 8, 30), _RETIRED)


def test_foundry_phi_3_routes_are_curated_with_the_page_in_the_model_s_sources() -> None:
    """The Phi records are curated: the page is among each model's sources, and Phi-3.5 Vision,
    which the page lists too, has no Foundry route to date."""
    for model_id in ("phi-3-mini-128k", "phi-3.5-moe"):
        assert _RETIRED in default_catalog().model(model_id).sources
    vision = default_catalog().model("phi-3.5-vision")
    assert not [r for r in vision.routes if r.provider == "azure-foundry"]


@pytest.mark.parametrize("model_id", ["llama-3-8b-instruct", "llama-3-70b-instruct",
                                      "llama-3.1-70b-instruct"])
def test_foundry_retired_llama_3_and_3_1_70b(model_id: str) -> None:
    """Microsoft's retired Foundry Models page: Meta-Llama-3-8B-Instruct, -3-70B-Instruct and
    -3.1-70B-Instruct retired on June 30, 2025."""
    _retired_on(model_id, "azure-foundry", dt.date(2025, 6, 30), _RETIRED)


@pytest.mark.parametrize("model_id", ["command-r-08-2024", "command-r-plus-08-2024"])
def test_foundry_retired_cohere_command_r_08_2024(model_id: str) -> None:
    """Microsoft's Foundry retirement schedule: Cohere-command-r-08-2024 and
    Cohere-command-r-plus-08-2024, lifecycle Retired, retirement date 2026-05-12."""
    _retired_on(model_id, "azure-foundry", dt.date(2026, 5, 12), _SCHEDULE)


@pytest.mark.parametrize("model_id", ["deepseek-v3-0324", "deepseek-v3.1"])
def test_foundry_retires_deepseek_v3_0324_and_v3_1(model_id: str) -> None:
    """Microsoft's Foundry retirement schedule: DeepSeek-V3-0324 and DeepSeek-V3.1, lifecycle
    Legacy, retirement date 2026-07-13."""
    _retired_on(model_id, "azure-foundry", dt.date(2026, 7, 13), _SCHEDULE)


def test_foundry_retires_claude_sonnet_4_5() -> None:
    """Microsoft's Foundry retirement schedule: claude-sonnet-4-5, retirement date 2026-10-19."""
    _retired_on("claude-sonnet-4-5", "azure-foundry", dt.date(2026, 10, 19), _SCHEDULE)


def test_pixtral_large_2411_is_deprecated_on_mistral_from_mistral_s_day() -> None:
    """Mistral's page for Pixtral Large (API names pixtral-large-2411, pixtral-large-latest):
    deprecation date 2026-02-27, before the retirement (2026-05-31) keyed before."""
    day = dt.date(2026, 2, 27)
    for route in _routes("pixtral-large-2411", "mistral"):
        assert route.deprecated == day, route.provider_model_id
        assert route.retires == dt.date(2026, 5, 31)
        assert route.notes is not None
        assert f"Route deprecated {day}" in route.notes
    assert "deprecated" not in _reasons("pixtral-large-2411", "mistral", day - _DAY)
    assert _reasons("pixtral-large-2411", "mistral", day + _DAY) == {"deprecated"}
