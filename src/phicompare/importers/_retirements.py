"""Keyed route retirements (``tools/bundle_catalog.py`` applies them after the route prices).

A route the shared snapshots still list after its provider shut the model down takes the day
the provider gives for the shutdown as its ``retires`` date (docs/catalog.md): from that day on
no page prices it. The route keeps its price and the price's source and date; its notes name the
shutdown's source, the day it was read and why, the model's sources gain that source, and
``docs/data-notes.md`` lists each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from phicompare.domain.records import Model

from ._keyed_routes import keyed_routes

__all__ = ["RETIREMENTS", "Retirement", "retired_routes"]

_READ = dt.date(2026, 12, 1)

# Anthropic's model deprecations page as crawled: the stored copy of the page itself cannot be
# read past its introduction, which the crawls give word for word (docs/data-notes.md)
_CLAUDE_PAGE = ("read in the page as crawled on 2026-09-26 (its text kept in a public mirror "
                "of Anthropic's docs, johnzfitch/claude-wiki at 68bc2675, "
                "20-Models/about-claude-model-deprecations.md, whose source_url is the page)")
# GitHub's own announcement: GitHub Models, every model on it, retired on 2026-07-30
_GITHUB_MODELS = "https://github.com/orgs/community/discussions/203602"
_GITHUB_MODELS_WHY = (
    "GitHub's announcement \"Upcoming deprecation of GitHub Spark on github.com\" (its "
    "community discussion 203602, pinned in the Announcements category, read 2026-12-02) says "
    "\"GitHub Models, the inference service used by Spark's llm() function, retired on July "
    "30, 2026\" and that from that date its calls no longer work: the service closed, every "
    "model on it with it (GitHub's changelog posts on the retirement, cited by accounts of it, "
    "are not among the stored pages); models.dev's GitHub Models files still listed the route "
    "on 2026-07-02. No deprecation day is given, so the route has none; the day is GitHub's, "
    "and other hosts' routes stay")
_GITHUB_MODELS_IDS = (
    "jamba-1.5-large", "jamba-1.5-mini", "codestral-2501", "command-a-03-2025",
    "command-r", "command-r-08-2024", "command-r-plus-04-2024", "command-r-plus-08-2024",
    "deepseek-r1", "deepseek-r1-0528", "deepseek-v3-0324", "gpt-4.1", "gpt-4.1-mini",
    "gpt-4.1-nano", "gpt-4o", "gpt-4o-mini", "grok-3", "grok-3-mini", "jais-30b-chat",
    "llama-3-70b-instruct", "llama-3-8b-instruct", "llama-3.1-70b-instruct",
    "llama-3.2-11b-vision-instruct", "llama-3.2-90b-vision-instruct", "llama-3.3-70b-instruct",
    "llama-4-maverick-17b-instruct", "llama-4-scout-17b-instruct", "mai-ds-r1",
    "meta-llama-3.1-405b-instruct", "ministral-3b", "mistral-large-2411", "mistral-medium-2505",
    "mistral-nemo", "mistral-small-2503", "o1", "o1-mini", "o1-preview", "o3", "o3-mini",
    "o4-mini")
_CLAUDE_APRIL = ("the same mirror's crawl of the page's Markdown form on 2026-04-26 (at "
                 "34517364, 04-API-Reference/About/about-claude-model-deprecations-51979b6538.md)")


@attrs.frozen
class Retirement:
    """The day a provider stopped serving a model, read at ``source`` on ``checked``, and why.

    Examples:
        >>> Retirement("m", "p", dt.date(2025, 9, 24), "https://x.test", _READ, "w").retires
        datetime.date(2025, 9, 24)
    """

    model: str
    provider: str
    retires: dt.date
    source: str
    checked: dt.date
    why: str


RETIREMENTS: tuple[Retirement, ...] = (
    Retirement(
        "gemini-1.5-flash-8b", "google", dt.date(2025, 9, 24),
        "https://ai.google.dev/gemini-api/docs/models", _READ,
        "Google's Gemini models page (a copy last updated 2025-09-02, kept in a public "
        "repository) marks Gemini 1.5 Flash-8B (gemini-1.5-flash-8b, stable "
        "gemini-1.5-flash-8b-001) \"Deprecated\", \"Deprecation date September 2025\"; the day, "
        "2025-09-24, is the one Google AI Studio's notice gave for Gemini 1.5 Flash-8B 001 (read "
        "in accounts of it, robertodiasduarte.com.br and ai-tldr.dev: \"shut down "
        "gemini-1.5-flash-8b on September 24, 2025\"), and Google's deprecations page "
        "(ai.google.dev/gemini-api/docs/deprecations), as stored here from December 2025 on, "
        "no longer lists any Gemini 1.5 model. The day Google announced the deprecation is not "
        "known, so the route has no deprecated date"),
    *(Retirement(
        model_id, "google", dt.date(2025, 9, 24),
        "https://ai.google.dev/gemini-api/docs/models", _READ,
        f"Google's Gemini models page (the copy last updated 2025-09-02, kept in a public "
        f"repository) marks {name} ({code}, stable {code}-001 and {code}-002) \"Deprecation "
        f"date September 2025\"; the day, 2025-09-24, is the one Google's discontinuation "
        f"notice gave for Gemini 1.5 Pro 002, Gemini 1.5 Flash 002 and Gemini 1.5 "
        f"Flash-8B-001 (read in an account of it kept in a public repository){vertex}, and "
        f"Google's deprecations page (ai.google.dev/gemini-api/docs/deprecations), as stored "
        f"here from December 2025 on, no longer lists any Gemini 1.5 model. The day Google "
        f"announced the deprecation is not known, so the route has no deprecated date")
      for model_id, name, code, vertex in (
          ("gemini-flash-1.5", "Gemini 1.5 Flash", "gemini-1.5-flash", ""),
          ("gemini-1.5-pro", "Gemini 1.5 Pro", "gemini-1.5-pro",
           ("; Google Cloud's Vertex AI model versions page (stored copies) gives "
            "gemini-1.5-pro-002 the retirement date September 24, 2025")))),
    *(Retirement(
        model_id, "google", dt.date(2026, 12, 1),
        "https://ai.google.dev/gemini-api/docs/deprecations", _READ,
        f"Google's Gemini API deprecations page gives {model_id} (released June 17, 2025) the "
        f"shutdown date December 1, 2026, after which requests to it are answered by "
        f"{successor}, billed at that model's rates: read in LiteLLM 1.110.2's entry "
        f"gemini/{model_id} (deprecation_date 2026-12-01, deprecation_source that page) and in "
        f"an account of the page read 2026-11-10 (dev.to/aideprecations, its table quoted); "
        f"the page's earlier copies stored here gave \"Earliest June 2026\" (December 2025), "
        f"then June 17, 2026, and it says a date is the earliest a model may be shut down. "
        f"Gemini 2.5 Flash-Lite is \"not deprecated\" there, and Vertex AI's dates differ "
        f"(docs/data-notes.md)")
      for model_id, successor in (("gemini-2.5-pro", "gemini-3.8-flash"),
                                  ("gemini-2.5-flash", "gemini-3.5-flash-lite"))),

    # review 12, L5: the oldest Gemini was the only Google model still billed on Google
    Retirement(
        "gemini-1.0-pro", "google", dt.date(2025, 2, 15),
        "https://ai.google.dev/gemini-api/docs/models/gemini#gemini-1.0-pro", _READ,
        "the Gemini API's own models list (models/gemini-1.0-pro-latest, read in a copy of its "
        "early-2025 response kept in a public repository) says \"The original Gemini 1.0 Pro "
        "model. This model will be discontinued on February 15th, 2025\" (and of "
        "gemini-1.0-pro-001: \"Gemini 1.0 Pro will be discontinued on February 15th, 2025\"); "
        "Google Cloud's Vertex AI deprecation page "
        "(https://cloud.google.com/vertex-ai/generative-ai/docs/deprecations/gemini-1.0-pro) "
        "extended gemini-1.0-pro-001 on Vertex AI alone to April 9, 2025 (\"migrate to Gemini "
        "1.5 Pro and Gemini 1.5 Flash before April 9, 2025\"). The day Google announced the "
        "deprecation is not known, so the route has no deprecated date"),
    # the same defect on Anthropic's own API: two Claude 3 models billed after their retirement
    *(Retirement(
        model_id, "anthropic", retires,
        "https://docs.anthropic.com/en/docs/about-claude/model-deprecations", _READ,
        f"Anthropic's model deprecations page (read in copies of its model status table) gives "
        f"{api_id} deprecated on {deprecated} and retired on {said} (\"Requests to retired "
        f"models will fail\"); its dates apply to Anthropic's own API, and partner platforms "
        f"(Google Cloud's Vertex AI, Amazon Bedrock) set their own, so their routes stay")
      for model_id, api_id, retires, deprecated, said in (
          ("claude-3-sonnet-20240229", "claude-3-sonnet-20240229", dt.date(2025, 7, 21),
           "January 21, 2025", "July 21, 2025"),
          ("claude-3-opus", "claude-3-opus-20240229", dt.date(2026, 1, 5),
           "June 30, 2025", "January 5, 2026"),
          # closing note 14's leftovers, from the same table (accounts written before the
          # Claude 3.5 Sonnet shutdown give October 22, 2025, the day first announced)
          *((model_id, model_id, dt.date(2025, 10, 28), "August 13, 2025", "October 28, 2025")
            for model_id in ("claude-3-5-sonnet-20240620", "claude-3-5-sonnet-20241022")),
          ("claude-3-7-sonnet-20250219", "claude-3-7-sonnet-20250219", dt.date(2026, 2, 19),
           "October 28, 2025", "February 19, 2026"),
          ("claude-3-5-haiku-20241022", "claude-3-5-haiku-20241022", dt.date(2026, 2, 19),
           "December 19, 2025", "February 19, 2026"),
          ("claude-3-haiku", "claude-3-haiku-20240307", dt.date(2026, 4, 20),
           "February 19, 2026", "April 20, 2026"))),
    # review 15, P1: Claude 4 models on Anthropic's own API, after the snapshot's day (dataAA:
    # the deprecations page's own text, read in a mirror's crawls of it; docs/data-notes.md)
    *(Retirement(
        model_id, "anthropic", retires, source, dt.date(2026, 12, 2),
        f"{said}; its dates apply to Anthropic's own API, and partner platforms (Amazon "
        f"Bedrock, Google Cloud's Vertex AI) set their own, so their routes stay")
      for model_id, retires, source, said in (
          *((model_id, dt.date(2026, 6, 15),
             "https://platform.claude.com/docs/en/about-claude/model-deprecations",
             (f"Anthropic's model deprecations page gives {api_id} deprecated on April 14, 2026 "
              f"and retired on June 15, 2026: {_CLAUDE_PAGE}, its model status table reads "
              f"\"Retired\", April 14, 2026, June 15, 2026, and its deprecation history \"On "
              f"April 14, 2026, Anthropic notified developers using Claude Sonnet 4 and Claude "
              f"Opus 4 models of their upcoming retirement on the Claude API\" and \"These "
              f"models were retired June 15, 2026\"; {_CLAUDE_APRIL} gives \"Deprecated\", "
              f"April 14, 2026, June 15, 2026"))
            for model_id, api_id in (("claude-sonnet-4-0", "claude-sonnet-4-20250514"),
                                     ("claude-opus-4-0", "claude-opus-4-20250514"))),
          ("claude-opus-4-1", dt.date(2026, 8, 5),
           "https://platform.claude.com/docs/en/about-claude/model-deprecations",
           (f"Anthropic's model deprecations page gives claude-opus-4-1-20250805 deprecated on "
            f"June 5, 2026 and retired on August 5, 2026: {_CLAUDE_PAGE}, its model status table "
            f"reads \"Retired\", June 5, 2026, August 5, 2026, and its deprecation history \"On "
            f"June 5, 2026, Anthropic notified developers using Claude Opus 4.1 of its upcoming "
            f"retirement on the Claude API\" and \"This model was retired August 5, 2026\"")),
          ("claude-sonnet-4-5", dt.date(2026, 11, 30),
           "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
           ("Anthropic's Claude Sonnet 4.5 page (model ID claude-sonnet-4-5-20250929; read in its "
           "Markdown form, in the Japanese, Portuguese and Chinese editions, whose lifecycle line "
           "is in English): \"Claude Sonnet 4.5 is deprecated: it is still functional but no "
           "longer recommended, and retires on November 30, 2026\"")))),
    # ... and Mistral's own API: each model's page on docs.mistral.ai gives its dates
    *(Retirement(
        model_id, "mistral", retires, f"https://docs.mistral.ai/models/{slug}", _READ,
        f"Mistral's page for {name} (API names {api}; read in {copy}) gives status "
        f"{status}, deprecation date {deprecated} and retirement date {retires.isoformat()}; "
        f"the dates are Mistral's API's, and other hosts' routes stay")
      for model_id, slug, name, api, status, deprecated, retires, copy in (
          *((model_id, slug, name, model_id, "Retired", "2024-11-30", dt.date(2025, 3, 30),
             "a copy of the docs' model data, kept in a public repository")
            for model_id, slug, name in (
                ("open-mistral-7b", "mistral-7b-0-2", "Mistral 7B 0.2"),
                ("open-mixtral-8x7b", "mixtral-8x7b-0-1", "Mixtral 8x7B"),
                ("open-mixtral-8x22b", "mixtral-8x22b-0-1-0-3", "Mixtral 8x22B"))),
          ("pixtral-large-2411", "pixtral-large-24-11", "Pixtral Large",
           "pixtral-large-2411, pixtral-large-latest", "Deprecated", "2026-02-27",
           dt.date(2026, 5, 31),
           "its Markdown form, docs.mistral.ai/models/pixtral-large-24-11.md"))),
    # dataS: Pixtral Large's text sibling, whose day only an account (docs.embabel.com) gave
    Retirement(
        "mistral-large-2411", "mistral", dt.date(2026, 5, 31),
        "https://docs.mistral.ai/models/mistral-large-2-1-24-11", dt.date(2026, 12, 2),
        "Mistral's page for Mistral Large 2.1 (API name mistral-large-2411; read in its source, "
        "src/schema/models/models/mistral-large-2-1-24-11.ts in mistralai/platform-docs-public "
        "at 222f4ba9, 2026-08-21) gives status Deprecated, deprecation date 2026-02-27 and "
        "retirement date 2026-05-31, replacement Mistral Medium 3.5, the days of Pixtral Large "
        "2411's; the dates are Mistral's API's, and other hosts' routes stay"),
    # Amazon's own card for Cohere's model on Bedrock (dataS found it; applied at the merge)
    Retirement(
        "command-r-plus-04-2024", "aws-bedrock", dt.date(2026, 8, 19),
        "https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-cohere-command-r-plus.md",
        dt.date(2026, 12, 2),
        "Amazon Bedrock's model card for Cohere Command R+ (cohere.command-r-plus-v1:0, the "
        "April 2024 release) gives 'Model EOL date: August 19, 2026' and later says it reached "
        "end of life on August 19, 2026; the day is Bedrock's, and other hosts' routes stay"),
    # dataS: the October 2024 Ministraux, read in the source of the same pages
    *(Retirement(
        model_id, "mistral", dt.date(2025, 12, 31), f"https://docs.mistral.ai/models/{slug}",
        dt.date(2026, 12, 2),
        f"Mistral's page for {name} (API name {model_id}-2410; read in its source, "
        f"src/schema/models/models/{slug}.ts in mistralai/platform-docs-public at 222f4ba9, "
        f"2026-08-21) gives status Deprecated, deprecation date 2025-12-02 and retirement "
        f"date 2025-12-31; this route's id, {model_id}-latest, names Ministral 3's "
        f"{model_id}-2512 from 2025-12-02 (the route's deprecation says so), and other hosts' "
        f"routes stay")
      for model_id, slug, name in (("ministral-3b", "ministral-3b-24-1", "Ministral 3B"),
                                   ("ministral-8b", "ministral-8b-24-1", "Ministral 8B"))),

    # review 15, P5: once open-mistral-nemo joins Mistral Nemo, both Mistral routes are its
    Retirement(
        "mistral-nemo", "mistral", dt.date(2026, 7, 31),
        "https://docs.mistral.ai/models/mistral-nemo-12b-24-07", dt.date(2026, 12, 2),
        "Mistral's page for Mistral Nemo 12B (API names open-mistral-nemo-2407, "
        "open-mistral-nemo; read in its Markdown form, "
        "docs.mistral.ai/models/mistral-nemo-12b-24-07.md) gives status Deprecated, deprecation "
        "date 2026-05-22, retirement date 2026-07-31 and replacement Ministral 3 8B; the dates "
        "are Mistral's API's, and other hosts' routes stay"),
    # dataW: the last stop's leftovers. Magistral Medium 1.2, read in the same pages' source
    Retirement(
        "magistral-medium-latest", "mistral", dt.date(2026, 7, 31),
        "https://docs.mistral.ai/models/magistral-medium-1-2-25-09", dt.date(2026, 12, 2),
        "Mistral's page for Magistral Medium 1.2 (API names magistral-medium-2509, "
        "magistral-medium-latest, this route's id; read in its source, "
        "src/schema/models/models/magistral-medium-1-2-25-09.ts in "
        "mistralai/platform-docs-public at 222f4ba9, 2026-08-21) gives status Deprecated, "
        "deprecation date 2026-05-22, retirement date 2026-07-31 and replacement Mistral Medium "
        "3.5 (its commit of 2026-05-25 first gave August 31, corrected to July 31 on "
        "2026-05-29), and no other model there names the alias; the dates are Mistral's API's "
        "(the hosts' routes, Vercel's and Merge Gateway's, are keyed apart, as resales)"),
    # ... Microsoft's own pages: Foundry retired two Mistral models its snapshot still priced
    *(Retirement(
        model_id, "azure-foundry", dt.date(2026, 1, 30),
        "https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models",
        dt.date(2026, 12, 2),
        f"Microsoft's page of retired Foundry Models (read in its source, "
        f"articles/foundry/openai/includes/concepts-retired-models-content.md in "
        f"MicrosoftDocs/azure-ai-docs at 4345ee01, ms.date 2026-04-23) lists {name} under "
        f"Mistral AI with retirement date January 30, 2026 and suggested replacement {new}; "
        f"models.dev's Azure file still priced the route on 2026-07-02. No deprecation day for "
        f"it was found, so the route has none; the day is Azure's, and other hosts' routes stay")
      for model_id, name, new in (("mistral-large-2411", "Mistral-large-2411",
                                   "Mistral-medium-2505"),
                                  ("mistral-nemo", "Mistral-Nemo", "Mistral-small-2503"))),
    Retirement(
        "claude-opus-4-1", "azure-foundry", dt.date(2026, 8, 5),
        "https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule",
        dt.date(2026, 12, 2),
        "Microsoft's Foundry Models retirement schedule (read in its source, "
        "articles/foundry/openai/includes/concepts-model-retirement-schedule-content.md in "
        "MicrosoftDocs/azure-ai-docs at 00bb5540, ms.date 2026-07-07) lists claude-opus-4-1 "
        "among the Foundry Models from partners with retirement date 2026-08-05 and replacement "
        "claude-opus-4-8, the day Anthropic's own API retired it; Anthropic's model deprecations "
        "page says its dates apply to Microsoft Foundry too"),
    # dataX: the other Foundry routes Microsoft's two pages retire (the Phi-3 and Phi-3.5 routes
    # are curated: their records carry the day, src/phicompare/data/models/phi-3*.toml)
    *(Retirement(
        model_id, "azure-foundry", dt.date(2025, 6, 30),
        "https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models",
        dt.date(2026, 12, 2),
        f"Microsoft's page of retired Foundry Models (read in its source, "
        f"articles/foundry/openai/includes/concepts-retired-models-content.md in "
        f"MicrosoftDocs/azure-ai-docs at 4345ee01, ms.date 2026-04-23) lists {name} under Meta "
        f"with retirement date June 30, 2025 and suggested replacement {new}; models.dev's "
        f"Azure file still priced the route on 2026-07-02. No deprecation day is given, so the "
        f"route has none; the day is Azure's, and other hosts' routes stay")
      for model_id, name, new in (
          ("llama-3-8b-instruct", "Meta-Llama-3-8B-Instruct", "Meta-Llama-3.1-8B-Instruct"),
          ("llama-3-70b-instruct", "Meta-Llama-3-70B-Instruct", "Llama-3.3-70B-Instruct"),
          ("llama-3.1-70b-instruct", "Meta-Llama-3.1-70B-Instruct", "Llama-3.3-70B-Instruct"))),
    *(Retirement(
        model_id, "azure-foundry", retires,
        "https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule",
        dt.date(2026, 12, 2),
        f"Microsoft's Foundry Models retirement schedule (read in its source, "
        f"articles/foundry/openai/includes/concepts-model-retirement-schedule-content.md in "
        f"MicrosoftDocs/azure-ai-docs at 00bb5540, ms.date 2026-07-07) lists {name} among the "
        f"{section} with lifecycle {stage}, retirement date {retires} and {new}; models.dev's "
        f"Azure file still priced the route on 2026-07-02. The schedule gives no deprecation "
        f"day, so the route has none; the day is Azure's, and other hosts' routes stay")
      for model_id, name, section, stage, retires, new in (
          *((model_id, name, "Foundry Models from partners", "Retired", dt.date(2026, 5, 12),
             "no replacement named")
            for model_id, name in (("command-r-08-2024", "Cohere-command-r-08-2024"),
                                   ("command-r-plus-08-2024", "Cohere-command-r-plus-08-2024"))),
          *((model_id, name, "Foundry Models sold by Azure", "Legacy", dt.date(2026, 7, 13),
             "replacement DeepSeek-V4-Flash")
            for model_id, name in (("deepseek-v3-0324", "DeepSeek-V3-0324"),
                                   ("deepseek-v3.1", "DeepSeek-V3.1"))),
          ("claude-sonnet-4-5", "claude-sonnet-4-5", "Foundry Models from partners", "Preview",
           dt.date(2026, 10, 19), "no replacement named"),
          # dataZ: the rest of the schedule's dates (the curated Llama 3.1 8B's route carries
          # its own day, src/phicompare/data/models/llama-3.1-8b.toml)
          *((model_id, model_id, "Foundry Models from partners", "Preview",
             dt.date(2026, 10, 19), "no replacement named")
            for model_id in ("claude-haiku-4-5", "claude-opus-4-5")),
          *((model_id, name, "Foundry Models from partners", "Deprecated",
             dt.date(2026, 6, 13), "no replacement named")
            for model_id, name in (
                ("meta-llama-3.1-405b-instruct", "Meta-Llama-3.1-405B-Instruct"),
                ("llama-3.2-11b-vision-instruct", "Llama-3.2-11B-Vision-Instruct"),
                ("llama-3.2-90b-vision-instruct", "Llama-3.2-90B-Vision-Instruct"))),
          ("deepseek-r1", "DeepSeek-R1", "Foundry Models sold by Azure", "Legacy",
           dt.date(2026, 8, 13), "replacement DeepSeek-V4-Pro"),
          ("deepseek-r1-0528", "DeepSeek-R1-0528", "Foundry Models sold by Azure", "Legacy",
           dt.date(2026, 7, 13), "replacement DeepSeek-V4-Pro"),
          ("grok-4-fast-reasoning", "grok-4-fast-reasoning", "Foundry Models sold by Azure",
           "Retired", dt.date(2026, 5, 1), "replacement grok-4-1-fast-reasoning"))),
    Retirement(
        "kimi-k2-thinking", "azure-foundry", dt.date(2026, 3, 29),
        "https://learn.microsoft.com/azure/foundry/openai/concepts/retired-models",
        dt.date(2026, 12, 2),
        "Microsoft's page of retired Foundry Models (read in its source, "
        "articles/foundry/openai/includes/concepts-retired-models-content.md in "
        "MicrosoftDocs/azure-ai-docs at 4345ee01, ms.date 2026-04-23) lists Kimi-k2-thinking "
        "under Moonshot AI with retirement date March 29, 2026 and suggested replacement "
        "Kimi-K2.5; models.dev's Azure file still priced the route on 2026-07-02. No deprecation "
        "day is given, so the route has none; the day is Azure's, and other hosts' routes stay"),
    # dataAB (review 18, P2): DeepSeek's endpoint moved to a newer model, so the old one's ended
    *(Retirement(
        model_id, "deepseek", retires, "https://api-docs.deepseek.com/updates",
        dt.date(2026, 12, 2),
        f"DeepSeek's API serves models under two names, deepseek-chat and deepseek-reasoner, not "
        f"by model: {said}, so from that day DeepSeek's API no longer served {name} (read "
        f"secondhand: {read}). DeepSeek's own change log, read first-hand, says that on "
        f"2025-08-21 \"Both deepseek-chat and deepseek-reasoner have been upgraded to "
        f"DeepSeek-V3.1\" (then V3.1-Terminus, V3.2-Exp and V3.2), so none of the older models "
        f"was served after that day at the latest; this route's price is LLMStats' listing; the "
        f"day is DeepSeek's API's, and other hosts, serving the open weights, stay")
      for model_id, retires, name, said, read in (
          ("deepseek-v2.5", dt.date(2024, 12, 26), "DeepSeek-V2.5",
           "deepseek-chat took DeepSeek-V3 on its release, 2024-12-26",
           ("copies of DeepSeek's models and pricing page, \"deepseek-chat 模型已经升级为 "
           "DeepSeek-V3\", and LobeChat's DeepSeek settings, deepseek-chat as DeepSeek V3 "
           "released 2024-12-26")),
          ("deepseek-v3", dt.date(2025, 3, 24), "DeepSeek-V3 (December 2024)",
           "deepseek-chat took DeepSeek-V3-0324 on 2025-03-24",
           ("accounts of DeepSeek's API docs of 2025-03-24, \"deepseek-chat 模型升级为 "
           "DeepSeek-V3-0324\", and of its announcement that day that the API's use was "
           "unchanged")),
          ("deepseek-r1", dt.date(2025, 5, 28), "DeepSeek-R1 (January 2025)",
           "deepseek-reasoner took DeepSeek-R1-0528 on 2025-05-28",
           ("an account of DeepSeek's API news of 2025-05-28, \"deepseek-reasoner 模型升级为 "
           "R1-0528\"")))),
    # ... and Google shut Gemini 2.0 Flash and Flash-Lite down on both of its APIs
    *(Retirement(
        model_id, provider, dt.date(2026, 6, 1),
        "https://firebase.google.com/docs/ai-logic/prompt-design", dt.date(2026, 12, 2),
        f"Google's Firebase AI Logic pages (updated 2026-06-18) say \"Gemini 2.0 Flash and "
        f"Flash-Lite models were shut down on June 1, 2026\" (the copy of 2026-05-13: \"will "
        f"shut down on June 1, 2026\"); LiteLLM 1.110.2 gives vertex_ai/{model_id} the "
        f"deprecation_date 2026-06-01 from Vertex AI's model versions page, and the Gemini API's "
        f"deprecations page had given \"Earliest February 2026\", an earliest day. {why}")
      for model_id, resellers in (("gemini-2.0-flash", ("kilo", "nano-gpt", "poe", "qiniu-ai")),
                                  ("gemini-2.0-flash-lite", ("302ai", "kilo", "poe", "qiniu-ai")))
      for provider, why in (
          ("google", "Google says a shut-down model's endpoint is no longer available"),
          *((reseller, (
              "This route resells Google's model: its weights are closed, so it ran only on "
              "Google's two APIs, both shut down that day, and no reseller can serve it after; "
              "no page of the reseller's read here gives its own day, and models.dev's snapshot "
              "still listed the route on 2026-07-02"))
            for reseller in resellers))),
    # dataAA: GitHub Models closed (the curated models' routes carry the day in their files)
    *(Retirement(model_id, "github-models", dt.date(2026, 7, 30), _GITHUB_MODELS,
                 dt.date(2026, 12, 2), _GITHUB_MODELS_WHY)
      for model_id in _GITHUB_MODELS_IDS),
)
"""Route retirements set to the provider's own word, each read on ``checked``."""


def retired_routes(models: Sequence[Model], retirements: Sequence[Retirement] = RETIREMENTS
                   ) -> tuple[list[Model], list[str]]:
    """``models`` with each keyed route's ``retires`` day set (notes saying it), and a line each.

    Examples:
        >>> from phicompare.domain.pricing import ProviderRoute
        >>> route = ProviderRoute(provider="p", source="https://price.test",
        ...                       checked=dt.date(2025, 7, 5))
        >>> fix = Retirement("m", "p", dt.date(2025, 9, 24), "https://x.test", _READ, "shut")
        >>> out, lines = retired_routes([Model(id="m", name="M", routes=(route,))], [fix])
        >>> out[0].routes[0].retires, out[0].routes[0].source
        (datetime.date(2025, 9, 24), 'https://price.test')
        >>> lines
        ['m: p route retires 2025-09-24 (https://x.test, read 2026-12-01): shut']
    """
    return keyed_routes(models, retirements, lambda route, fix: None if route.retires == fix.retires
                        else (f"retires {fix.retires}", {"retires": fix.retires}))
