"""Keyed retirements of resellers' routes of closed models every source says are gone.

A closed-weight model runs only where its maker lets it: the maker's API and the major clouds
that host it under licence. The shared snapshots still list resellers' routes (routers,
gateways, inference hosts: Poe, OpenRouter, Kilo ...) of such models after their maker shut
them down; review 26 (P1) found o4-mini billed on Poe's listing (read 2026-07-02) after OpenAI,
Microsoft Foundry and GitHub Models had all shut it down. A generic rule (every maker and cloud
route the catalog records retired, so every reseller retires) was tried and reverted: the
catalog's record of cloud routes is incomplete. So each case here is keyed and read model by
model (helper dataAT, read 2026-12-03): (a) the maker's own route retired, by its keyed day and
source; (b) every Azure, Vertex AI and Bedrock entry of the model in LiteLLM 1.110.2 (the shared
snapshot) gives a ``deprecation_date`` no later than the build, and every cloud route the
catalog records retired. Each reseller's route retires on the last day any of those sources
gives (a route a reseller forwards to a cloud may have run until the cloud's day). Where any
source disagrees the model is left alone, said in ``docs/data-notes.md``: GPT-3.5 Turbo (LiteLLM's
``azure/gpt-3.5-turbo`` and ``azure/gpt-35-turbo`` carry no date), GPT-4o 2024-05-13
(``azure/gpt-4o-2024-05-13`` gives 2027-01-14) and o3-mini (``azure/us-gov/o3-mini`` carries no
date); a model with a cloud route in service (the Claude 3.x and 4.0 models on Bedrock and
Vertex AI, the Codex models and o1-mini on Foundry) is not a case at all.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ._retirements import Retirement

__all__ = ["RESOLD", "RESOLD_RETIREMENTS", "Resold"]

_READ = dt.date(2026, 12, 3)
_LITELLM = ("https://github.com/BerriAI/litellm/blob/v1.110.2/litellm/"
            "model_prices_and_context_window_backup.json")
_OPENAI = "https://platform.openai.com/docs/deprecations"
_SCHEDULE = "https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule"
_NO_CLOUD = "LiteLLM 1.110.2 has no Azure, Vertex AI or Bedrock entry of it"
_WHY = ("{said}. This route resells {vendor}'s model, whose weights are closed, so it ran only "
        "where its maker and the clouds served it, and every source read agrees it was gone by "
        "{day}, the last day any of them gives; no page of the reseller's read here gives its "
        "own day, and the reseller's listing (models.dev's snapshot) was read on 2026-07-02")



@attrs.frozen
class Resold:
    """A closed model whose resellers' routes retire on ``day``, the last day any source gives.

    Examples:
        >>> Resold("m", "Lab", ("host",), dt.date(2026, 7, 23), "https://lab.test", (),
        ...        "Lab shut m down on 2026-07-23").day
        datetime.date(2026, 7, 23)
    """

    model: str
    vendor: str
    resellers: tuple[str, ...]
    """The resellers whose routes of the model retire."""
    day: dt.date
    source: str
    """The page (or snapshot) whose day is the last."""
    entries: tuple[str, ...]
    """LiteLLM 1.110.2's Azure, Vertex AI and Bedrock entries of the model, each dated."""
    said: str
    """What the maker's, the clouds' and LiteLLM's sources say."""


RESOLD: tuple[Resold, ...] = (
    Resold(
        "gemini-flash-1.5", "Google", ("nano-gpt",), dt.date(2025, 9, 24),
        "https://ai.google.dev/gemini-api/docs/models", (),
        "Google's Gemini models page marks Gemini 1.5 Flash (gemini-1.5-flash) \"Deprecation "
        "date September 2025\", the day 2025-09-24 from Google's discontinuation notice (keyed "
        "for Google's own route); the catalog records no cloud route of it, and LiteLLM 1.110.2 "
        "has no entry of Gemini 1.5 Flash under any provider"),
    Resold(
        "magistral-medium-latest", "Mistral AI", ("merge-gateway", "vercel"),
        dt.date(2026, 7, 31), "https://docs.mistral.ai/models/magistral-medium-1-2-25-09", (),
        f"Mistral's page for Magistral Medium 1.2 (API names magistral-medium-2509 and "
        f"magistral-medium-latest) gives retirement date 2026-07-31 and replacement Mistral "
        f"Medium 3.5 (keyed for Mistral's own route); the catalog records no cloud route of it, "
        f"and {_NO_CLOUD} (its mistral/magistral-medium-latest carries no deprecation_date, and "
        f"Bedrock's mistral.magistral-small-2509 is the open-weight Small model)"),
    Resold(
        "gpt-4", "OpenAI",
        ("cloudflare-ai-gateway", "kilo", "llmgateway", "openrouter", "orcarouter"),
        dt.date(2026, 10, 23), _OPENAI, (),
        f"OpenAI's deprecations page shuts gpt-4 (the gpt-4-0613 row) down on 2026-10-23, and "
        f"Microsoft's page of retired Foundry Models retired Azure's gpt-4 (versions 0314 and "
        f"0613) on 2025-06-06 (each keyed for its route); {_NO_CLOUD} (its gpt-4 and gpt-4-0613 "
        f"give 2026-10-23, OpenAI's day)"),
    *(Resold(
        model, "OpenAI", resellers, day, _OPENAI, entries,
        f"OpenAI's deprecations page shuts {model} down on {day} (keyed for OpenAI's route), and "
        f"Microsoft's Foundry Models retirement schedule retired every version of Foundry's "
        f"{azure} by 2026-06-29 (keyed for Foundry's route); LiteLLM 1.110.2's cloud entries "
        f"of it ({', '.join(entries)}) give the deprecation_date 2026-06-29")
      for model, azure, resellers, day, entries in (
          ("gpt-5-chat-latest", "gpt-5-chat",
           ("helicone", "jiekou", "kilo", "llmgateway", "merge-gateway", "openrouter",
            "orcarouter", "poe", "requesty", "vercel"), dt.date(2026, 7, 23),
           ("azure/gpt-5-chat",)),
          ("gpt-5.1-chat-latest", "gpt-5.1-chat",
           ("302ai", "abacus", "helicone", "kilo", "merge-gateway", "openrouter", "orcarouter",
            "requesty", "zenmux"), dt.date(2026, 7, 23),
           ("azure/gpt-5.1-chat", "azure/us/gpt-5.1-chat", "azure/eu/gpt-5.1-chat")),
          ("gpt-5.2-chat-latest", "gpt-5.2-chat",
           ("302ai", "abacus", "kilo", "llmgateway", "merge-gateway", "openrouter",
            "orcarouter", "requesty", "vercel"), dt.date(2026, 8, 10),
           ("azure/gpt-5.2-chat", "azure/us/gpt-5.2-chat", "azure/eu/gpt-5.2-chat")),
          ("gpt-5.3-chat-latest", "gpt-5.3-chat",
           ("abacus", "kilo", "llmgateway", "merge-gateway", "openrouter", "orcarouter",
            "vercel", "zenmux"), dt.date(2026, 8, 10),
           ("azure/gpt-5.3-chat", "azure/us/gpt-5.3-chat", "azure/eu/gpt-5.3-chat")))),
    Resold(
        "o1-pro", "OpenAI", ("kilo", "openrouter", "poe"), dt.date(2026, 10, 23), _OPENAI, (),
        f"OpenAI's deprecations page shuts o1-pro down on 2026-10-23 (keyed for OpenAI's route "
        f"and NanoGPT's), and Microsoft's Foundry Models retirement schedule (its source at "
        f"00bb5540) retired Azure's o1-pro 2025-03-19 on 2026-09-18; {_NO_CLOUD}"),
    Resold(
        "o4-mini-deep-research", "OpenAI", ("kilo", "openrouter", "poe"), dt.date(2026, 7, 23),
        _OPENAI, (),
        f"OpenAI's deprecations page shuts o4-mini-deep-research down on 2026-07-23 (keyed for "
        f"OpenAI's route and NanoGPT's); Microsoft's Foundry Models retirement schedule "
        f"(00bb5540) does not list the model, and {_NO_CLOUD}"),
    Resold(
        "o3-deep-research", "OpenAI", ("kilo", "nano-gpt", "openrouter", "poe", "vercel"),
        dt.date(2026, 11, 19), _LITELLM,
        ("azure/o3-deep-research", "azure/us/o3-deep-research", "azure/eu/o3-deep-research"),
        f"OpenAI's deprecations page shuts o3-deep-research down on 2026-07-23 (keyed for "
        f"OpenAI's route); the catalog records no cloud route of it, and LiteLLM 1.110.2 gives "
        f"its three Azure entries (azure/o3-deep-research and its us/ and eu/ forms) the "
        f"deprecation_date 2026-11-19, citing Microsoft's Foundry Models retirement schedule "
        f"({_SCHEDULE})"),
    Resold(
        "o1", "OpenAI",
        ("cloudflare-ai-gateway", "digitalocean", "helicone", "kilo", "llmgateway",
         "merge-gateway", "nano-gpt", "openrouter", "poe", "vercel"),
        dt.date(2026, 11, 19), _LITELLM,
        tuple(f"azure/{region}{name}" for region in ("", "us/", "eu/")
              for name in ("o1", "o1-2024-12-17")),
        "OpenAI's deprecations page shuts o1 down on 2026-10-23, Microsoft's Foundry Models "
        "retirement schedule retires Foundry's o1 on 2026-10-21, and GitHub Models closed on "
        "2026-07-30 (each keyed for its route); LiteLLM 1.110.2 gives its six Azure entries "
        "(azure/o1, azure/o1-2024-12-17 and their us/ and eu/ forms) the deprecation_date "
        "2026-11-19, citing no source, a later day than Microsoft's"),
    Resold(
        "o4-mini", "OpenAI",
        ("abacus", "anyapi", "cloudflare-ai-gateway", "helicone", "jiekou", "kilo", "llmgateway",
         "merge-gateway", "nano-gpt", "nearai", "openrouter", "poe", "requesty", "vercel"),
        dt.date(2026, 11, 19), _LITELLM,
        tuple(f"azure/{region}{name}" for region in ("", "us/", "eu/")
              for name in ("o4-mini", "o4-mini-2025-04-16")),
        "OpenAI's deprecations page shuts o4-mini down on 2026-10-23, Microsoft's Foundry Models "
        "retirement schedule retires Foundry's o4-mini on 2026-10-16, and GitHub Models closed "
        "on 2026-07-30 (each keyed for its route); LiteLLM 1.110.2 gives its six Azure entries "
        "(azure/o4-mini, azure/o4-mini-2025-04-16 and their us/ and eu/ forms) the "
        "deprecation_date 2026-11-19, citing that schedule, a later day than Microsoft's text "
        "read here"),
)
"""Each closed model whose resellers' routes retire, with what was read (2026-12-03)."""

RESOLD_RETIREMENTS: tuple[Retirement, ...] = tuple(
    Retirement(fix.model, reseller, fix.day, fix.source, _READ,
               _WHY.format(said=fix.said, vendor=fix.vendor, day=fix.day))
    for fix in RESOLD for reseller in fix.resellers)
"""A retirement of each reseller's route of those models, on the last day any source gives."""
