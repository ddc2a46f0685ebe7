"""Lifecycle dates the last stop read and did not key (helper dataW), from the bundled catalog.

Each test reads a route's keyed day and the page a day after it: a retired route is "retired on
...", a deprecated one is no longer counted, and a page dated the day before still counts it.
"""

from __future__ import annotations

import datetime as dt

from phicompare import ProviderRoute, RouteStatus
from phicompare.domain.records import Model
from phicompare.importers._deprecations import Deprecation, deprecated_routes
from tests.helpers import provider_routes, route_reasons

_DAY = dt.timedelta(days=1)


_routes, _reasons = provider_routes, route_reasons


def _deprecated_from(model_id: str, provider: str, day: dt.date) -> None:
    """Every ``provider`` route of the model is deprecated from ``day``, and counted before it."""
    for route in _routes(model_id, provider):
        assert route.deprecated == day, (model_id, provider, route.provider_model_id)
        assert route.notes is not None
        assert f"Route deprecated {day}" in route.notes
    assert "deprecated" not in _reasons(model_id, provider, day - _DAY)
    assert _reasons(model_id, provider, day + _DAY) == {"deprecated"}


def _retired_on(model_id: str, provider: str, day: dt.date) -> None:
    """Every ``provider`` route of the model retires on ``day``; a page after it says so."""
    for route in _routes(model_id, provider):
        assert route.retires == day, (model_id, provider, route.provider_model_id)
    assert _reasons(model_id, provider, day + _DAY) == {f"retired on {day}"}
    assert f"retired on {day}" not in _reasons(model_id, provider, day - _DAY)


def test_mistral_nemo_is_deprecated_on_mistral_from_mistral_s_day() -> None:
    """Mistral's page for Mistral Nemo 12B: deprecation date 2026-05-22 (retirement 2026-07-31,
    keyed before); both of Mistral's routes, ``mistral-nemo`` and ``open-mistral-nemo``, were
    billed on pages between the two days."""
    _deprecated_from("mistral-nemo", "mistral", dt.date(2026, 5, 22))
    assert {r.retires for r in _routes("mistral-nemo", "mistral")} == {dt.date(2026, 7, 31)}


def test_claude_4_is_deprecated_on_anthropic_from_the_table_s_days() -> None:
    """Anthropic's model status table (read in a mirror's crawls of the page): Claude Sonnet 4
    and Opus 4 deprecated on 2026-04-14, Opus 4.1 on 2026-06-05, before the retirements keyed
    before."""
    for model_id in ("claude-sonnet-4-0", "claude-opus-4-0"):
        _deprecated_from(model_id, "anthropic", dt.date(2026, 4, 14))
        (route,) = _routes(model_id, "anthropic")
        assert route.retires == dt.date(2026, 6, 15)
    _deprecated_from("claude-opus-4-1", "anthropic", dt.date(2026, 6, 5))


def test_claude_opus_4_1_retires_on_microsoft_foundry_on_microsoft_s_day() -> None:
    """Microsoft's Foundry retirement schedule: claude-opus-4-1, retirement date 2026-08-05 (the
    day Anthropic's own API retired it); the Foundry route was priced on pages after it."""
    _retired_on("claude-opus-4-1", "azure-foundry", dt.date(2026, 8, 5))


def test_magistral_medium_1_2_leaves_mistral_s_api_on_mistral_s_days() -> None:
    """Mistral's page for Magistral Medium 1.2 (API names magistral-medium-2509 and
    magistral-medium-latest): deprecated 2026-05-22, retired 2026-07-31."""
    _deprecated_from("magistral-medium-latest", "mistral", dt.date(2026, 5, 22))
    _retired_on("magistral-medium-latest", "mistral", dt.date(2026, 7, 31))


def test_mistral_large_2411_is_deprecated_on_mistral_from_mistral_s_day() -> None:
    """The same page that retires Mistral Large 2.1 on 2026-05-31 deprecates it on 2026-02-27."""
    _deprecated_from("mistral-large-2411", "mistral", dt.date(2026, 2, 27))


def test_azure_retired_mistral_large_2411_and_mistral_nemo() -> None:
    """Microsoft's retired Foundry models page: Mistral-large-2411 and Mistral-Nemo retired on
    January 30, 2026; models.dev's snapshot of 2026-07-02 still priced both Azure routes."""
    for model_id in ("mistral-large-2411", "mistral-nemo"):
        _retired_on(model_id, "azure-foundry", dt.date(2026, 1, 30))


def test_github_models_deprecated_its_mistral_and_cohere_routes() -> None:
    """GitHub's changelog: Mistral-large-2411 and Mistral-Nemo deprecated in GitHub Models on
    2025-10-31, Command R+ (the April 2024 release) on 2025-06-26; the free tiers keep their
    status, the date deciding."""
    for model_id, day in (("mistral-large-2411", dt.date(2025, 10, 31)),
                          ("mistral-nemo", dt.date(2025, 10, 31)),
                          ("command-r-plus-04-2024", dt.date(2025, 6, 26))):
        _deprecated_from(model_id, "github-models", day)
        (route,) = _routes(model_id, "github-models")
        assert route.status is RouteStatus.FREE_TIER


def test_a_keyed_deprecation_leaves_a_free_tier_its_status() -> None:
    """A free tier deprecated on a day stays a free tier before it (the date decides); another
    route takes the status ``deprecated`` with the day, as before."""
    free = ProviderRoute(provider="p", source="https://price.test", checked=dt.date(2026, 7, 2),
                         status=RouteStatus.FREE_TIER)
    day = dt.date(2025, 10, 31)
    fix = Deprecation("m", "p", day, "https://x.test", dt.date(2026, 12, 2), "closed")
    (out,), _ = deprecated_routes([Model(id="m", name="M", routes=(free,))], [fix])
    assert (out.routes[0].status, out.routes[0].deprecated) == (RouteStatus.FREE_TIER, day)
    assert not out.routes[0].deprecated_on(day - _DAY)
    assert out.routes[0].deprecated_on(day)
    paid = ProviderRoute(provider="p", source="https://price.test", checked=dt.date(2026, 7, 2))
    (out,), _ = deprecated_routes([Model(id="m", name="M", routes=(paid,))], [fix])
    assert (out.routes[0].status, out.routes[0].deprecated) == (RouteStatus.DEPRECATED, day)
