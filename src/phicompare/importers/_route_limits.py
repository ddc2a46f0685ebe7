"""Keyed usage limits of free-tier routes (``tools/bundle_catalog.py`` applies them last).

The snapshots mark a route free (an OpenRouter id ending ``:free``, a provider that charges
nothing) but record no limits. Where the provider's own documentation states them, each free
tier it covers takes them here, with the page and the day it was read; where the limits
depend on the account, the lowest tier the page documents is recorded and the route's
``limits.notes`` says so. A free tier no page covers keeps no limits: unknown, never unlimited.
``docs/data-notes.md`` lists each route given limits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from phicompare.domain.limits import UsageLimits
from phicompare.domain.pricing import RouteStatus
from phicompare.domain.records import Model

__all__ = ["ROUTE_LIMITS", "RouteLimits", "limited"]

_READ = dt.date(2026, 12, 1)
_GITHUB = ("https://docs.github.com/en/github-models/use-github-models/"
           "prototyping-with-ai-models#rate-limits")
_OPENROUTER = "https://openrouter.ai/docs/guides/routing/model-variants/free"


@attrs.frozen
class RouteLimits:
    """The limits a provider documents for its free tier of some models.

    ``ids`` names the routes by their id at the provider; ``suffix`` matches every id ending
    with it (OpenRouter's ``:free``). Only routes of status ``free-tier`` take them.

    Examples:
        >>> RouteLimits("p", (), ":free", UsageLimits(requests_per_day=5, source="https://x.test",
        ...             checked=_READ)).matches("p", "m:free")
        True
    """

    provider: str
    ids: tuple[str, ...]
    suffix: str | None
    limits: UsageLimits

    def matches(self, provider: str, served: str | None) -> bool:
        """Whether a route of ``provider`` served as ``served`` is one of these."""
        if provider != self.provider or served is None:
            return False
        return served in self.ids or (self.suffix is not None and served.endswith(self.suffix))


def _github(ids: tuple[str, ...], per_minute: int, per_day: int, tier: str,
            output: int = 4_000) -> RouteLimits:
    """GitHub's rate-limit table for ``ids``: requests a minute, a day, and tokens a request.

    4,000 input tokens a request for each model here; ``output`` out (review 9, H12).
    """
    return RouteLimits("github-models", ids, None, UsageLimits(
        requests_per_minute=per_minute, requests_per_day=per_day,
        input_tokens_per_request=4_000, output_tokens_per_request=output, source=_GITHUB,
        checked=_READ,
        notes=f"GitHub Models' free API usage on {tier}; higher Copilot plans allow more"))


_FREE_PLAN = "the Copilot Free plan, the lowest tier GitHub documents"
_PRO_PLAN = ("the Copilot Pro plan, the lowest tier GitHub documents for these models (not "
             "offered on Copilot Free)")

ROUTE_LIMITS: tuple[RouteLimits, ...] = (
    _github(("deepseek/deepseek-r1", "deepseek/deepseek-r1-0528", "microsoft/mai-ds-r1"),
            1, 8, _FREE_PLAN),
    _github(("xai/grok-3",), 1, 15, _FREE_PLAN),
    _github(("xai/grok-3-mini",), 2, 30, _FREE_PLAN, output=8_000),
    _github(("openai/o1", "openai/o1-preview", "openai/o3"), 1, 8, _PRO_PLAN),
    _github(("openai/o1-mini", "openai/o3-mini", "openai/o4-mini"), 2, 12, _PRO_PLAN),
    RouteLimits("openrouter", (), ":free", UsageLimits(
        requests_per_minute=20, requests_per_day=50, source=_OPENROUTER, checked=_READ,
        notes="OpenRouter's limits for an account that has bought less than 10 credits (1,000 "
              "requests a day from 10); shared by every :free model of the account")),
)
"""GitHub Models' rate limits name a few models; the rest are "low" or "high" tier models,
whose tier the page does not list, so they stay without limits. Tokens a request: the table's
"Tokens per request" row for the plan recorded (4,000 in and 4,000 out; Grok-3-Mini 8,000 out),
read at github/docs commit 0b47378 (content/github-models/use-github-models/
prototyping-with-ai-models.md)."""


def limited(models: Sequence[Model], rules: Sequence[RouteLimits] = ROUTE_LIMITS,
            ) -> tuple[list[Model], list[str]]:
    """``models`` with each keyed free tier's usage limits, and a line for each route given them.

    Examples:
        >>> from phicompare.domain.pricing import ProviderRoute
        >>> free = ProviderRoute(provider="openrouter", provider_model_id="m:free",
        ...                      source="https://x.test", checked=_READ, status="free-tier")
        >>> out, lines = limited([Model(id="m", name="M", routes=(free,))])
        >>> out[0].routes[0].limits.requests_per_day, lines[0].split(" (https")[0]
        (50, 'm: openrouter (m:free): 20 requests a minute, 50 a day')
    """
    out: list[Model] = []
    lines: list[str] = []
    for model in models:
        routes = []
        for route in model.routes:
            rule = next((r for r in rules if r.matches(route.provider, route.provider_model_id)),
                        None)
            if rule is None or route.status is not RouteStatus.FREE_TIER or route.limits:
                routes.append(route)
                continue
            routes.append(attrs.evolve(route, limits=rule.limits))
            lines.append(f"{model.id}: {route.provider} ({route.provider_model_id}): "
                         f"{_requests(rule.limits.requests_per_minute)} a minute, "
                         f"{rule.limits.requests_per_day} a day{_per_request(rule.limits)} "
                         f"({rule.limits.source})")
        changed = tuple(routes) != model.routes
        out.append(attrs.evolve(model, routes=tuple(routes)) if changed else model)
    return out, sorted(lines)


def _per_request(limits: UsageLimits) -> str:
    """", 4,000 input and 4,000 output tokens a request" where the caps are recorded."""
    caps = (limits.input_tokens_per_request, limits.output_tokens_per_request)
    if caps == (None, None):
        return ""
    said = [f"{n:,} {side}" for n, side in zip(caps, ("input", "output"), strict=True)
            if n is not None]
    return f", {' and '.join(said)} tokens a request"


def _requests(count: int | None) -> str:
    return f"{count} request" if count == 1 else f"{count} requests"
