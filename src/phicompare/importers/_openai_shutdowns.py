"""OpenAI's shutdowns of routes the 2026 snapshots still list, from its deprecations page.

models.dev's snapshot of 2026-07-02 lists OpenAI routes that OpenAI's deprecations page shuts
down on later days: on 2026-07-23 and 2026-10-23 ("2026-04-22: Legacy GPT model snapshots") and
on 2026-08-10 (the chat snapshots of 2026-05-08). Each such route takes the shutdown day as a
:class:`~._retirements.Retirement` and the notice day as a :class:`~._deprecations.Deprecation`,
as :mod:`._openai_lifecycle` dates the routes LLMStats alone lists; a reseller's route of a
closed model whose every host shut it down ends on the last of those days. Shutdowns the page
announces for after the catalog's build (GPT-5 and o3 on 2026-12-11, the GPT-4o and GPT-4.1
snapshots on 2027-01-14) are recorded as the route's coming ``retires`` day only: the route is
priced until then and a page flags it within 90 days (docs/catalog.md). ``docs/data-notes.md``
lists each.
"""

from __future__ import annotations

import datetime as dt

from ._deprecations import Deprecation
from ._retirements import Retirement

__all__ = ["OPENAI_ANNOUNCED", "OPENAI_SHUTDOWNS", "OPENAI_SHUTDOWN_NOTICES"]

_READ = dt.date(2026, 12, 2)
_PAGE = "https://platform.openai.com/docs/deprecations"
_APRIL = dt.date(2026, 4, 22)
_JULY, _OCTOBER = dt.date(2026, 7, 23), dt.date(2026, 10, 23)
_LEGACY = ("OpenAI's deprecations page, under \"2026-04-22: Legacy GPT model snapshots\" (\"we "
           "are deprecating a set of older OpenAI models. Access to these models will be shut "
           "down on the dates below\"), lists {listed} with shutdown date {day}, substitute "
           "{new}; {read}")
_SEEN = ("read first-hand in the page's Markdown form as first published (SpyBara's copy of "
         "developers.openai.com/api/docs/deprecations.md, 2026-04-22 to 2026-04-23)")
_TOLD = ("its 2026-10-23 rows after the first two read in accounts that copy the page's table "
         "(ImportStatic on dev.to, \"from OpenAI's deprecations page as of October 15, 2026\", "
         "and APIYI's notice of 2026-10-24, \"OpenAI retired 12 legacy model entries ... on "
         "October 23, 2026\", naming o1 / Pro, o3-mini, o4-mini, GPT-4 / Turbo, GPT-4.1 Nano "
         "and gpt-4o-2024-05-13) and in the page's late-2026 Markdown form (developers.openai."
         "com/api/docs/deprecations.md, a stored copy), which lists the same days")
_AT = ("; the page says that at a shutdown \"the model or endpoint will no longer be "
       "accessible\", and models.dev's snapshot still priced the route on 2026-07-02; the day "
       "is OpenAI's API's, and other hosts' routes stay")

# (model, what the page lists, shutdown day, substitute, how it was read)
_LEGACY_ROWS: tuple[tuple[str, str, dt.date, str, str], ...] = (
    *((model, f"`{model}`", _JULY, new, _SEEN) for model, new in (
        ("gpt-5-chat-latest", "gpt-5.3-chat-latest"), ("gpt-5-codex", "gpt-5.4"),
        ("gpt-5.1-chat-latest", "gpt-5.3-chat-latest"), ("gpt-5.1-codex", "gpt-5"),
        ("gpt-5.1-codex-max", "gpt-5.4"), ("gpt-5.1-codex-mini", "gpt-5.4-mini"),
        ("gpt-5.2-codex", "gpt-5.4"))),
    *((model, f"`{model}-2025-06-26` | `{model}`", _JULY, "5.4-Pro", _SEEN)
      for model in ("o3-deep-research", "o4-mini-deep-research")),
    ("gpt-3.5-turbo", "`gpt-3.5-turbo-0125` | `gpt-3.5-turbo` (this route's alias)", _OCTOBER,
     "gpt-4.1-mini", _SEEN),
    ("gpt-4", "`gpt-4-0613` | `gpt-4` (this route's alias)", _OCTOBER,
     "gpt-5.6-sol (as ImportStatic's account of the page of 2026-10-15 gives it)", _SEEN),
    *((model, listed, _OCTOBER, new, _TOLD) for model, listed, new in (
        ("gpt-4-turbo", "gpt-4-turbo (and gpt-4-turbo-2024-04-09)", "gpt-5.6-sol"),
        ("gpt-4o-2024-05-13", "gpt-4o-2024-05-13", "gpt-5.6-sol"),
        ("o1", "o1 (and o1-2024-12-17)", "gpt-5.6-sol"),
        ("o1-pro", "o1-pro (and o1-pro-2025-03-19)", "gpt-5.6-sol with reasoning.mode: pro"),
        ("o3-mini", "o3-mini (and o3-mini-2025-01-31)", "gpt-5.6-sol"),
        ("o4-mini", "o4-mini (and o4-mini-2025-04-16)", "gpt-5.6-terra"),
        ("gpt-4.1-nano", "gpt-4.1-nano (and gpt-4.1-nano-2025-04-14)", "gpt-5.6-luna"))),
)
_MAY = dt.date(2026, 5, 8)
_CHAT = ("OpenAI's deprecations page, under \"2026-05-08: gpt-5.2-chat-latest and "
         "gpt-5.3-chat-latest model snapshots\", says \"On May 8th, 2026, we notified "
         "developers using gpt-5.2-chat-latest and gpt-5.3-chat-latest model snapshots of their "
         "deprecation and removal from the API\", shutdown date Aug 10, 2026, recommended "
         "replacement gpt-5.5 (read in SpyBara's copy of the page's Markdown form, 2026-05-12 to "
         "2026-05-14; OpenAI's API reference marks {model} \"Deprecated. Announced shutdown "
         "date: 2026-08-10\")")

OPENAI_SHUTDOWNS: tuple[Retirement, ...] = (
    *(Retirement(model, "openai", day, _PAGE, _READ,
                 _LEGACY.format(listed=listed, day=day, new=new, read=read) + _AT)
      for model, listed, day, new, read in _LEGACY_ROWS),
    *(Retirement(model, "openai", dt.date(2026, 8, 10), _PAGE, _READ,
                 _CHAT.format(model=model) + _AT)
      for model in ("gpt-5.2-chat-latest", "gpt-5.3-chat-latest")),
    # a reseller of a closed model every host of which shut it down, as o1-preview's NanoGPT
    Retirement("o1-pro", "nano-gpt", _OCTOBER, _PAGE, _READ,
               "OpenAI's deprecations page shuts o1-pro down on 2026-10-23 (\"2026-04-22: "
               "Legacy GPT model snapshots\"), and Microsoft's Foundry Models retirement "
               "schedule (its source at 00bb5540, ms.date 2026-07-07) gives Azure's o1-pro "
               "2025-03-19 the retirement date 2026-09-18: this route, NanoGPT's openai/o1-pro, "
               "resells OpenAI's model, whose weights are closed, so it ran only on those two "
               "APIs, and no reseller can serve it after the later day; no page of NanoGPT's "
               "read here gives its own day, and models.dev's snapshot still listed the route "
               "on 2026-07-02"),
    Retirement("o4-mini-deep-research", "nano-gpt", _JULY, _PAGE, _READ,
               "OpenAI's deprecations page shuts o4-mini-deep-research down on 2026-07-23 "
               "(\"2026-04-22: Legacy GPT model snapshots\"), and Microsoft's Foundry Models "
               "retirement schedule (00bb5540, ms.date 2026-07-07) does not list the model: "
               "this route resells OpenAI's closed model, served by OpenAI's API alone, so no "
               "reseller can serve it after that day; no page of NanoGPT's read here gives its "
               "own day, and models.dev's snapshot still listed the route on 2026-07-02"),
)
"""OpenAI's shutdown days, before the catalog's build, of routes the snapshots still list."""

OPENAI_SHUTDOWN_NOTICES: tuple[Deprecation, ...] = (
    *(Deprecation(model, "openai", _APRIL, _PAGE, _READ,
                  f"OpenAI's deprecations page lists {listed} under \"2026-04-22: Legacy GPT "
                  f"model snapshots\" (shutdown {day}); the page says a model is deprecated from "
                  f"the day it is announced")
      for model, listed, day, _, _ in _LEGACY_ROWS),
    *(Deprecation(model, "openai", _MAY, _PAGE, _READ,
                  f"OpenAI's deprecations page notified developers using {model} of its "
                  f"deprecation on May 8th, 2026 (shutdown 2026-08-10); the page says a model is "
                  f"deprecated from the day it is announced")
      for model in ("gpt-5.2-chat-latest", "gpt-5.3-chat-latest")),
)
"""The days OpenAI announced those shutdowns, from which the routes count as deprecated."""

_COMING = ("OpenAI's deprecations page (its page and its Markdown form, stored copies of late "
           "2026) lists {listed} with status Deprecated, shutdown date {day}, notice date "
           "{notice}, recommended replacement {new} ({read}). The day is after the catalog's "
           "build (2026-11-30), so the route is priced until then; its notice day is not "
           "recorded as the route's deprecated day, which would take it out of every bill from "
           "{notice}; the day is OpenAI's API's, and other hosts' routes stay")
_JUNE = ("\"2026-06-11: GPT-5 and o3 model deprecations\"; read first-hand for gpt-5, gpt-5-mini "
         "and gpt-5-nano in the page's table of upcoming deprecations, the rest in accounts that "
         "copy it (dev.to/aideprecations, dev.to/max_bob, whose dates it compares with the API's "
         "own shutdown_date fields of 2026-10-27)")
_FOURTEENTH = ("its section of 2026-10-14, which says OpenAI notified users of some GPT-4 "
               "family models that day that they are deprecated and will be removed from the "
               "API on January 14, 2027, fine-tunes with their base model; read in a "
               "translated copy of the page (w3cschool.cn, \"2026-10-14:GPT-4系列模型弃用\") "
               "and in accounts that copy it (codersera.com, dev.to/max_bob)")

OPENAI_ANNOUNCED: tuple[Retirement, ...] = tuple(
    Retirement(model, "openai", day, _PAGE, _READ,
               _COMING.format(listed=listed, day=day, notice=notice, new=new, read=read))
    for model, listed, day, notice, new, read in (
        *((model, f"{model} (and {model}-{stamp})", dt.date(2026, 12, 11), "2026-06-11", new,
           _JUNE) for model, stamp, new in (
            ("gpt-5", "2025-08-07", "gpt-6.1-sol"), ("gpt-5-mini", "2025-08-07", "gpt-6.1-terra"),
            ("gpt-5-nano", "2025-08-07", "gpt-6-luna"),
            ("gpt-5-pro", "2025-10-06", "gpt-6.1-sol with reasoning.mode: pro"),
            ("o3", "2025-04-16", "gpt-6.1-sol"),
            ("o3-pro", "2025-06-10", "gpt-6.1-sol with reasoning.mode: pro"))),
        *((model, listed, dt.date(2027, 1, 14), "2026-10-14", "gpt-6-luna", _FOURTEENTH)
          for model, listed in (
              ("gpt-4o", ("GPT-4o (gpt-4o-2024-08-06, gpt-4o-2024-11-20; the alias gpt-4o "
                          "names gpt-4o-2024-08-06, and its first snapshot, gpt-4o-2024-05-13, "
                          "shut down on 2026-10-23)")),
              ("gpt-4o-2024-08-06", "GPT-4o's snapshot gpt-4o-2024-08-06"),
              ("gpt-4o-2024-11-20", "GPT-4o's snapshot gpt-4o-2024-11-20"),
              ("gpt-4o-mini", "GPT-4o mini (gpt-4o-mini-2024-07-18, its one snapshot)"),
              ("gpt-4.1", "GPT-4.1 (gpt-4.1-2025-04-14, its one snapshot)"),
              ("gpt-4.1-mini", "GPT-4.1 mini (gpt-4.1-mini-2025-04-14, its one snapshot)")))))
"""Shutdowns OpenAI announced for after the catalog's build: each route's coming day."""
