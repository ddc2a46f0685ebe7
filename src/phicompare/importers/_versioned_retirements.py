"""Keyed retirements of routes whose provider's name stands for more than one model or version.

A maker's API name that moved from model to model (DeepSeek's ``deepseek-chat``) and a Foundry
deployment with a version each (Azure OpenAI's ``gpt-5-chat``) end on the day the provider's
own page gives for the name, or for the last of its versions, whichever model or version a
route served before. Kept apart from :data:`~._retirements.RETIREMENTS` (at the module limit);
each is a :class:`~._retirements.Retirement`, applied with them, said in the route's notes and
listed in ``docs/data-notes.md``.
"""

from __future__ import annotations

import datetime as dt

from ._retirements import Retirement

__all__ = ["VERSIONED_RETIREMENTS"]

_READ = dt.date(2026, 12, 2)
_SCHEDULE = "https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"
_FOUNDRY = (
    "Microsoft's Foundry Models retirement schedule (read in its source, "
    "articles/foundry/openai/includes/concepts-model-retirement-schedule-content.md in "
    "MicrosoftDocs/azure-ai-docs at 00bb5540, ms.date 2026-07-07) lists {name} among the "
    "Foundry Models sold by Azure, {versions}, replacement gpt-chat-latest: whichever version "
    "this route served, none was served from 2026-06-29; models.dev's Azure file still priced "
    "the route on 2026-07-02. The schedule gives no deprecation day, so the route has none; "
    "the day is Azure's, and other hosts' routes stay")

VERSIONED_RETIREMENTS: tuple[Retirement, ...] = (
    # dataAE, 3: DeepSeek retired both names, the last model they served V4 Flash
    *(Retirement(
        model_id, "deepseek", dt.date(2026, 7, 24),
        "https://api-docs.deepseek.com/news/news260424", _READ,
        "DeepSeek's V4 announcement (2026-04-24; read in accounts that quote it, developersdigest."
        "tech's, and in OpenCode's issue 24155 copying DeepSeek's pricing page, \"将于 2026/07/24 "
        "弃用\") says deepseek-chat and deepseek-reasoner \"will be fully retired and inaccessible "
        "after Jul 24th, 2026, 15:59 (UTC Time)\", both serving V4 Flash by then (DeepSeek's "
        "first-call page, read first-hand in a later copy, names only V4 models); no deprecation "
        "day is given, so the route has none; deepseek-v4-flash's own route stays")
      for model_id in ("deepseek-chat", "deepseek-reasoner")),
    # dataAE, 5: Foundry's GPT-5 Chat deployments, a version each, all retired by 2026-06-29
    *(Retirement(model_id, "azure-foundry", dt.date(2026, 6, 29), _SCHEDULE, _READ,
                 _FOUNDRY.format(name=name, versions=versions))
      for model_id, name, versions in (
          ("gpt-5-chat-latest", "gpt-5-chat", (
              "version 2025-08-07 Retired with retirement date 2026-06-29 and version "
              "2025-10-03 Retired with retirement date 2026-05-13")),
          ("gpt-5.1-chat-latest", "gpt-5.1-chat",
           "its one version, 2025-11-13, Retired with retirement date 2026-06-29"),
          ("gpt-5.2-chat-latest", "gpt-5.2-chat", (
              "version 2025-12-11 Retired with retirement date 2026-05-13 and version "
              "2026-02-10 Retired with retirement date 2026-06-29")),
          ("gpt-5.3-chat-latest", "gpt-5.3-chat",
           "its one version, 2026-03-03, Retired with retirement date 2026-06-29"))),
)
"""Retirements of routes under a name that stood for several models or versions."""
