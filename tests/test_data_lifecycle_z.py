"""Microsoft Foundry retirements the catalog left undated after helper dataX (helper dataZ).

Each test reads a route's day and the page a day after it: a retired route is "retired on ...",
and a page dated the day before does not say so. The days are Microsoft's own pages': the
Foundry retirement schedule (source at 00bb5540) and the retired Foundry Models page (source at
4345ee01).
"""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import ProviderRoute, default_catalog
from tests.helpers import provider_routes, route_reasons

_DAY = dt.timedelta(days=1)
_RETIRED = "https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models"
_SCHEDULE = "https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"


def _routes(model_id: str) -> list[ProviderRoute]:
    return provider_routes(model_id, "azure-foundry")


def _reasons(model_id: str, day: dt.date) -> set[str | None]:
    """The reasons a page dated ``day`` gives the model's Foundry routes (free tiers in)."""
    return route_reasons(model_id, "azure-foundry", day)


def _retired_on(model_id: str, day: dt.date, source: str) -> None:
    """Every Foundry route of the model retires on ``day`` by ``source``; a page after it says
    so, and one the day before does not."""
    for route in _routes(model_id):
        assert route.retires == day, (model_id, route.provider_model_id)
        assert route.notes is not None
        assert source in route.notes, (model_id, route.notes)
    assert source in default_catalog().model(model_id).sources
    assert _reasons(model_id, day + _DAY) == {f"retired on {day}"}
    assert f"retired on {day}" not in _reasons(model_id, day - _DAY)


@pytest.mark.parametrize("model_id", ["claude-haiku-4-5", "claude-opus-4-5"])
def test_foundry_retires_claude_haiku_and_opus_4_5(model_id: str) -> None:
    """The schedule: claude-haiku-4-5 and claude-opus-4-5, retirement date 2026-10-19."""
    _retired_on(model_id, dt.date(2026, 10, 19), _SCHEDULE)


@pytest.mark.parametrize("model_id", ["llama-3.1-8b", "meta-llama-3.1-405b-instruct",
                                      "llama-3.2-11b-vision-instruct",
                                      "llama-3.2-90b-vision-instruct"])
def test_foundry_retired_llama_3_1_and_3_2_vision(model_id: str) -> None:
    """The schedule: Meta-Llama-3.1-8B-Instruct (the curated Llama 3.1 8B),
    Meta-Llama-3.1-405B-Instruct and Llama-3.2-11B/90B-Vision-Instruct, lifecycle Deprecated,
    retirement date 2026-06-13."""
    _retired_on(model_id, dt.date(2026, 6, 13), _SCHEDULE)


@pytest.mark.parametrize(("model_id", "day"), [("deepseek-r1", dt.date(2026, 8, 13)),
                                               ("deepseek-r1-0528", dt.date(2026, 7, 13))])
def test_foundry_retires_deepseek_r1(model_id: str, day: dt.date) -> None:
    """The schedule: DeepSeek-R1 (2026-08-13) and DeepSeek-R1-0528 (2026-07-13), Legacy."""
    _retired_on(model_id, day, _SCHEDULE)


def test_foundry_retired_grok_4_fast_reasoning() -> None:
    """The schedule: grok-4-fast-reasoning, lifecycle Retired, retirement date 2026-05-01."""
    _retired_on("grok-4-fast-reasoning", dt.date(2026, 5, 1), _SCHEDULE)


def test_foundry_retired_kimi_k2_thinking() -> None:
    """The retired Foundry Models page: Kimi-k2-thinking, retired March 29, 2026."""
    _retired_on("kimi-k2-thinking", dt.date(2026, 3, 29), _RETIRED)
