"""Keyed lifecycle of OpenAI models' routes that only LLMStats' provider lists give.

LLMStats' ``providers/openai/provider.json`` (checked 2024-09 to 2025-03) is the only source of
five OpenAI routes, and no 2026 snapshot (models.dev, LiteLLM, OpenRouter) lists them: OpenAI's
deprecations page dates each one's deprecation and shutdown (review 23, P1); Microsoft's page of
retired Foundry Models dates two routes its ``providers/azure/provider.json`` alone gives, and
the 8K GPT-4 route models.dev's Azure files still list (review 25, P1). Each
retirement is a :class:`~._retirements.Retirement` and each deprecation a
:class:`~._deprecations.Deprecation`, applied with the others; GPT-4.5's route also takes the
status OpenAI sold it under, a research preview (:data:`ROUTE_STATUSES`, applied after the
deprecations so the status is kept and its day decides). The routes keep their prices and the
prices' dates; their notes say each change, and ``docs/data-notes.md`` lists each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs

from phicompare.domain.pricing import ProviderRoute, RouteStatus
from phicompare.domain.records import Model

from ._deprecations import Deprecation
from ._keyed_routes import keyed_routes
from ._retirements import Retirement

__all__ = ["OPENAI_DEPRECATIONS", "OPENAI_RETIREMENTS", "ROUTE_STATUSES", "RouteStatusFix",
           "restatused"]

_READ = dt.date(2026, 12, 2)
_PAGE = "https://platform.openai.com/docs/deprecations"
_COPY = ("OpenAI's deprecations page (read in its Markdown form, "
         "developers.openai.com/api/docs/deprecations.md, a stored copy of late 2026)")
_ONLY = ("; this route's only source is LLMStats' provider list of {checked}, and no 2026 "
         "snapshot (models.dev, LiteLLM, OpenRouter) lists it")
_LEGACY = ("under \"2026-04-22: Legacy GPT model snapshots\" (\"we are deprecating a set of "
           "older OpenAI models. Access to these models will be shut down on the dates "
           "below\") lists {listed} with shutdown date October 23, 2026")

# (model, OpenAI's name, notice day, shutdown day, what the page says, LLMStats' check day)
_ROUTES: tuple[tuple[str, str, dt.date, dt.date, str, str], ...] = (
    ("gpt-4.5", "gpt-4.5-preview", dt.date(2025, 4, 14), dt.date(2025, 7, 14),
     ("under \"2025-04-14: GPT-4.5-preview\" says \"On April 14th, 2025, we notified developers "
      "that the gpt-4.5-preview model is deprecated and will be removed from the API in the "
      "coming months\", shutdown date 2025-07-14, recommended replacement gpt-4.1"),
     "2025-03-04"),
    *((model, model, dt.date(2025, 4, 28), shutdown,
       ("under \"2025-04-28: o1-preview and o1-mini\" says \"On April 28th, 2025, we notified "
        "developers using o1-preview and o1-mini of their deprecations and removal from the API "
        "in three months and six months respectively\": o1-preview shut down 2025-07-28 "
        "(replacement o3), o1-mini 2025-10-27 (replacement o4-mini)"), "2024-11-24")
      for model, shutdown in (("o1-preview", dt.date(2025, 7, 28)),
                              ("o1-mini", dt.date(2025, 10, 27)))),
    ("gpt-3.5-turbo-0125", "gpt-3.5-turbo-0125", dt.date(2026, 4, 22), dt.date(2026, 10, 23),
     _LEGACY.format(listed="gpt-3.5-turbo-0125 (and its alias gpt-3.5-turbo)"), "2024-09-09"),
    ("gpt-4-0613", "gpt-4-0613", dt.date(2026, 4, 22), dt.date(2026, 10, 23),
     _LEGACY.format(listed="gpt-4-0613 (and its alias gpt-4)"), "2024-09-09"),
)

OPENAI_RETIREMENTS: tuple[Retirement, ...] = tuple(
    Retirement(model, "openai", shutdown, _PAGE, _READ,
               f"{_COPY} {said}; the page says that at a shutdown \"the model or endpoint will "
               f"no longer be accessible\"{_ONLY.format(checked=checked)}; the day is OpenAI's "
               f"API's ({name}), and other hosts' routes stay")
    for model, name, _, shutdown, said, checked in _ROUTES) + tuple(
    # LLMStats' Azure provider list (2024) is likewise the only source of two Foundry routes
    Retirement(model, "azure-foundry", retires,
               "https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models", _READ,
               f"Microsoft's page of retired Foundry Models (read in its source, "
               f"articles/foundry/openai/includes/concepts-retired-models-content.md in "
               f"MicrosoftDocs/azure-ai-docs at 4345ee01, ms.date 2026-04-23) lists {name} under "
               f"Azure OpenAI with retirement date {said} and suggested replacement {new}"
               f"{_ONLY.format(checked=checked)}. No deprecation day is given, so the route has "
               f"none; the day is Azure's, and other hosts' routes stay")
    for model, name, retires, said, new, checked in (
        ("o1-preview", "o1-preview", dt.date(2025, 7, 28), "July 28, 2025", "o1", "2024-11-24"),
        ("gpt-4-0613", "gpt-4 (and gpt-4-32k) 0613", dt.date(2025, 6, 6), "June 6, 2025",
         "gpt-4o version 2024-11-20", "2024-09-09"))) + (
    # review 25, P1: the 8K gpt-4 route models.dev still lists is one of those two versions
    Retirement("gpt-4", "azure-foundry", dt.date(2025, 6, 6),
               "https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models", _READ,
               "Microsoft's page of retired Foundry Models (read in its source, "
               "articles/foundry/openai/includes/concepts-retired-models-content.md in "
               "MicrosoftDocs/azure-ai-docs at 4345ee01, ms.date 2026-04-23) lists gpt-4 and "
               "gpt-4-32k in versions 0314 and 0613 under Azure OpenAI with retirement date "
               "June 6, 2025 and suggested replacement gpt-4o version 2024-11-20; this route's "
               "8,192-token window is those versions' (GPT-4 Turbo's is 128,000), and "
               "models.dev's Azure files still listed it on 2026-07-02. No deprecation day is "
               "given, so the route has none; the day is Azure's, and other hosts' routes "
               "stay"),) + (
    # a reseller of a closed model both its hosts shut down, as Gemini 2.0 Flash's resellers
    Retirement("o1-preview", "nano-gpt", dt.date(2025, 7, 28), _PAGE, _READ,
               f"{_COPY} gives o1-preview the shutdown date 2025-07-28 and Microsoft's page of "
               f"retired Foundry Models the retirement date July 28, 2025: this route resells "
               f"OpenAI's model, whose weights are closed, so it ran only on those two APIs, both "
               f"shut down that day, and no reseller can serve it after; no page of NanoGPT's "
               f"read here gives its own day, and models.dev's snapshot still listed the route "
               f"on 2026-07-02"),)
"""OpenAI's and Microsoft's shutdown days for the routes LLMStats alone lists, and the day
the last of them closed for a reseller's route of the same closed model."""

OPENAI_DEPRECATIONS: tuple[Deprecation, ...] = tuple(
    Deprecation(model, "openai", notice, _PAGE, _READ,
                f"{_COPY} {said}; the page says a model is deprecated from the day it is "
                f"announced{_ONLY.format(checked=checked)}")
    for model, _, notice, _, said, checked in _ROUTES)
"""The days OpenAI announced those shutdowns, from which the routes count as deprecated."""


@attrs.frozen
class RouteStatusFix:
    """The status a provider sold a model's route under, read at ``source`` on ``checked``.

    Examples:
        >>> RouteStatusFix("m", "p", RouteStatus.PREVIEW, "https://x.test", _READ, "w").status
        <RouteStatus.PREVIEW: 'preview'>
    """

    model: str
    provider: str
    status: RouteStatus
    source: str
    checked: dt.date
    why: str


ROUTE_STATUSES: tuple[RouteStatusFix, ...] = (
    RouteStatusFix(
        "gpt-4.5", "openai", RouteStatus.PREVIEW,
        "https://openai.com/index/introducing-gpt-4-5/", _READ,
        "OpenAI's GPT-4.5 post (2025-02-27, the record's source of its scores) releases it as "
        "\"a research preview\", in the API as gpt-4.5-preview, the only name the API gave it "
        "until its shutdown (OpenAI's deprecations page; genai-prices names it \"GPT-4.5 "
        "(Preview)\"); LLMStats' provider list gave no status, read as GA"),
)
"""Route statuses set to the provider's own word, applied after the deprecations."""


def restatused(models: Sequence[Model], fixes: Sequence[RouteStatusFix] = ROUTE_STATUSES
               ) -> tuple[list[Model], list[str]]:
    """``models`` with each keyed route's status set (notes saying it), and a line each.

    A deprecation's day stays: from it the route counts as deprecated, whatever its status
    (:meth:`~phicompare.ProviderRoute.deprecated_on`).

    Examples:
        >>> route = ProviderRoute(provider="p", source="https://price.test",
        ...                       checked=dt.date(2025, 3, 4), deprecated=dt.date(2025, 4, 14))
        >>> fix = RouteStatusFix("m", "p", RouteStatus.PREVIEW, "https://x.test", _READ, "sold")
        >>> out, lines = restatused([Model(id="m", name="M", routes=(route,))], [fix])
        >>> out[0].routes[0].status.value, out[0].routes[0].deprecated
        ('preview', datetime.date(2025, 4, 14))
        >>> lines
        ['m: p route status preview (https://x.test, read 2026-12-02): sold']
    """
    return keyed_routes(models, fixes, _status)


def _status(route: ProviderRoute, fix: RouteStatusFix) -> tuple[str, dict[str, Any]] | None:
    """The route under the fix's status, or ``None`` where it has it already."""
    if route.status is fix.status:
        return None
    return f"status {fix.status.value}", {"status": fix.status}
