"""Microsoft Foundry's retirements of its Azure OpenAI routes, from Microsoft's own schedule.

models.dev's Azure files (2026-07-02) price Foundry routes of o1, o3, o3-mini, o4-mini,
GPT-4.1 nano, GPT-4o and GPT-4o mini with no lifecycle, and LLMStats and LiteLLM add two
dated GPT-4o snapshots. Microsoft's Foundry Models retirement schedule lists each model with a
version, a lifecycle stage and a retirement date; each route takes that day as a
:class:`~._retirements.Retirement`, as OpenAI's own shutdowns do (:mod:`._openai_shutdowns`).
The schedule moved between its copies, and LiteLLM's snapshot gives later days for some: the
newest Microsoft text read (the rendered page of 2026-09-02) is keyed, and each route's note
and ``docs/data-notes.md`` give the other days. The schedule gives no deprecation day, so the
routes get none; the days are Azure's, and other hosts' routes stay.
"""

from __future__ import annotations

import datetime as dt

from ._retirements import Retirement

__all__ = ["FOUNDRY_OPENAI_RETIREMENTS"]

_READ = dt.date(2026, 12, 2)
_SCHEDULE = "https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"
_NEWEST = ("Microsoft's Foundry Models retirement schedule, in a stored copy of the rendered page "
           "(ms.date and updated_at 2026-09-02, built from MicrosoftDocs/azure-ai-docs-pr at "
           "c0b1c983), lists under Azure OpenAI {listed}")
_EARLIER = ("; its source at 00bb5540 in MicrosoftDocs/azure-ai-docs (ms.date 2026-07-07) gave "
            "{earlier}, and LiteLLM 1.110.2 (a snapshot no older than 2026-09-29) gives {litellm} "
            "as the deprecation_date of {entries}{cited}{later}; models.dev's Azure file gives "
            "no date. The schedule gives no deprecation day, so the route has none; "
            "the day is Azure's, and other hosts' routes stay")
_PAGE_CITED = ", citing the schedule"
_LATER = (", a later day than any Microsoft text read here gives: the sources disagree "
          "(docs/data-notes.md)")

# (model, what the page lists, day, the 2026-07-07 source's word, LiteLLM's day, its entries,
#  whether LiteLLM cites the schedule)
_ROWS: tuple[tuple[str, str, dt.date, str, str, str, bool], ...] = (
    ("o1", ("o1 version 2024-12-17, lifecycle Deprecated, retirement date 2026-10-21, "
     "replacement gpt-5.6-sol"), dt.date(2026, 10, 21), "2026-09-16", "2026-11-19",
     "azure/o1 and azure/o1-2024-12-17", False),
    ("o3", ("o3 version 2025-04-16, lifecycle GA, retirement date 2026-10-21, replacement "
     "gpt-5.6-sol"), dt.date(2026, 10, 21), "2026-10-16", "2026-11-19",
     "azure/o3 and azure/o3-2025-04-16", False),
    ("o3-mini", ("o3-mini version 2025-01-31, lifecycle Deprecated, retirement date 2026-10-01, "
     "replacement o4-mini"), dt.date(2026, 10, 1), "the same day", "2026-11-19",
     "azure/o3-mini and azure/o3-mini-2025-01-31", True),
    ("o4-mini", ("o4-mini version 2025-04-16, lifecycle Deprecated, retirement date 2026-10-16, "
     "no replacement named"), dt.date(2026, 10, 16), "the same day", "2026-11-19",
     "azure/o4-mini and azure/o4-mini-2025-04-16", True),
    ("gpt-4.1-nano", ("gpt-4.1-nano version 2025-04-14, lifecycle Legacy, retirement date "
     "2027-04-14, no replacement named"), dt.date(2027, 4, 14), "lifecycle Deprecated, 2026-10-14",
     "the same day, 2027-04-14,", "azure/gpt-4.1-nano and azure/gpt-4.1-nano-2025-04-14", True),
    ("gpt-4o", ("gpt-4o version 2024-08-06 (lifecycle Deprecated) and version 2024-11-20 "
     "(Legacy), both with retirement date 2027-04-14 and replacement gpt-5.1: which of the two "
     "this route (models.dev's azure/gpt-4o, no version given, at their $2.50 and $10; "
      "version 2024-05-13, at $5 and $15, is a route of its own here) serves, it ends that day"),
     dt.date(2027, 4, 14), "2026-10-01 for both", "the same day, 2027-04-14,",
     "azure/gpt-4o, azure/gpt-4o-2024-08-06 and azure/gpt-4o-2024-11-20", True),
    ("gpt-4o-2024-08-06", ("gpt-4o version 2024-08-06, lifecycle Deprecated, retirement date "
     "2027-04-14, replacement gpt-5.1"), dt.date(2027, 4, 14), "2026-10-01",
     "the same day, 2027-04-14,", "azure/gpt-4o-2024-08-06", True),
    ("gpt-4o-2024-05-13", ("gpt-4o version 2024-05-13, lifecycle Deprecated, retirement date "
     "2026-10-01, replacement gpt-5.1"), dt.date(2026, 10, 1), "the same day", "2027-01-14",
     "azure/gpt-4o-2024-05-13", True),
    ("gpt-4o-mini", ("gpt-4o-mini version 2024-07-18, lifecycle Deprecated, retirement date "
     "2027-04-14, no replacement named"), dt.date(2027, 4, 14),
     "2026-10-01, replacement gpt-4.1-mini", "the same day, 2027-04-14,",
     "azure/gpt-4o-mini and azure/gpt-4o-mini-2024-07-18", True),
)

FOUNDRY_OPENAI_RETIREMENTS: tuple[Retirement, ...] = tuple(
    Retirement(model, "azure-foundry", day, _SCHEDULE, _READ,
               _NEWEST.format(listed=listed) + _EARLIER.format(
                   earlier=earlier, litellm=litellm, entries=entries,
                   cited=_PAGE_CITED if cited else ", citing no source",
                   later="" if litellm.startswith("the same") else _LATER))
    for model, listed, day, earlier, litellm, entries, cited in _ROWS)
"""Foundry's retirement days of its Azure OpenAI routes, as Microsoft's schedule gives them."""
