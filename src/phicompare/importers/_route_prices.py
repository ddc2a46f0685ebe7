"""Keyed route-price corrections (``tools/bundle_catalog.py`` applies them after the others).

A route whose price the shared snapshots give wrongly (one tier of a tiered price as if it were
the whole price, read on no known day) takes the price its provider's page gives, with the day
it was read and why; one only its snapshot gives, which two others contradict and agree against,
takes theirs. A key names a model and provider, and the listing where the provider has several
(Bedrock's regional routes). The route's notes say so, and ``docs/data-notes.md`` lists each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs

from phicompare.domain.pricing import ProviderRoute, Tier
from phicompare.domain.records import Model

from ._keyed_routes import keyed_routes

__all__ = ["ROUTE_PRICES", "RoutePrice", "repriced"]


@attrs.frozen
class RoutePrice:
    """A provider's price for a model, read at ``source`` on ``checked``, and why it replaces one.

    Examples:
        >>> RoutePrice("m", "p", Decimal(1), Decimal(2), (), "https://x.test",
        ...            dt.date(2025, 7, 5), "w").provider
        'p'
    """

    model: str
    provider: str
    input: Decimal
    output: Decimal
    tiers: tuple[Tier, ...]
    source: str
    checked: dt.date
    why: str
    cache_read: Decimal | None = None
    cache_write: Decimal | None = None  # set where given; else the route's own stays
    listing: str | None = None  # the provider's model id, where it lists the model more than once


_PULL_2122 = (
    "https://github.com/anomalyco/models.dev/blob/735cde79503d30a3dab85e1e690fe3546b4bdf19")
"""models.dev pull request 2122's commit ("fix(alibaba-cn): sync model catalog", 2026-06-26),
not in the pinned snapshot's history; read 2026-12-02 (a secondhand read of Alibaba's prices)."""

_PULL_2122_DAY = dt.date(2026, 6, 26)

_GENAI_PRICES = ("https://github.com/pydantic/genai-prices/blob/"
                 "47df840a5ab10bbcffb8e5ac01b9899032245d1b")
"""genai-prices at the shared snapshot's commit (2026-08-21)."""

ROUTE_PRICES: tuple[RoutePrice, ...] = (
    # review 19's smaller observation: LLMStats kept the launch price of 2024-11-24
    RoutePrice(
        "claude-3-5-haiku-20241022", "anthropic", Decimal("0.80"), Decimal("4.00"), (),
        "https://docs.anthropic.com/en/docs/about-claude/pricing", dt.date(2025, 8, 13),
        "Anthropic's pricing page, read 2026-12-02 in a stored copy listing Claude Opus 4.1 and "
        "\"Claude Sonnet 3.5 (deprecated)\" but not Sonnet 4.5, so from between 2025-08-13 and "
        "2025-09-29 (the day given is the earliest the copy can be from), gives Claude Haiku 3.5 "
        "$0.80 base input, $0.08 cache hits and $4 output per 1M tokens (5-minute cache writes "
        "$1, batch $0.40 and $2), the price the model's Bedrock and Vertex AI routes carry; "
        "LLMStats's $1.00 and $5.00, dated 2024-11-24, is the launch price Anthropic lowered "
        "in December 2024 (the day not read here), so a page dated between the two may bill "
        "the lower price early",
        cache_read=Decimal("0.08")),
    # dataAM, 3: the same for o1-mini on OpenAI, whose route retired on 2025-10-27
    RoutePrice(
        "o1-mini", "openai", Decimal("1.10"), Decimal("4.40"), (),
        "https://platform.openai.com/docs/pricing", dt.date(2025, 7, 4),
        "OpenAI's pricing page, as genai-prices read it on 2025-07-04 (its o1-mini entry, "
        "matching o1-mini and o1-mini-2024-09-12, in prices/providers/openai.yml at 47df840a), "
        "charges $1.10 input, $0.55 cached input and $4.40 output per 1M tokens, the price it "
        "listed last before the route's shutdown on 2025-10-27 (OpenAI's o3-mini model page "
        "gives o3-mini \"the same cost and latency targets of o1-mini\" at $1.10 and $4.40; "
        "Foundry's route here gives $1.10 and $4.40); LLMStats' $3.00 and $12.00, dated "
        "2024-11-24, is the launch price OpenAI lowered when o3-mini came out (2025-01-31, "
        "the day not read on OpenAI's own page), so a page dated between the two may bill the "
        "lower price early, and the routes table of a later page showed the retired route at "
        "$3.00 and $12.00",
        cache_read=Decimal("0.55")),
    RoutePrice(
        "gemini-1.5-flash-8b", "google", Decimal("0.0375"), Decimal("0.15"),
        (Tier(above_input_tokens=128_000, input=Decimal("0.075"), output=Decimal("0.30"),
              cache_read=Decimal("0.02")),),
        "https://ai.google.dev/gemini-api/docs/pricing#gemini-1.5-flash-8b", dt.date(2025, 7, 5),
        "Google's Gemini API pricing page, as genai-prices read it on 2025-07-05, charges "
        "$0.0375 input and $0.15 output per 1M tokens for prompts up to 128K tokens and $0.075 "
        "and $0.30 above (cached input $0.01 and $0.02); LLMStats gives $0.075 and $0.30 for "
        "every prompt, the long-prompt tier, dated 2024-03-20, before the model's release",
        cache_read=Decimal("0.01")),
    RoutePrice(
        "gemini-1.5-pro", "google", Decimal("1.25"), Decimal("5.00"),
        (Tier(above_input_tokens=128_000, input=Decimal("2.50"), output=Decimal("10.00"),
              cache_read=Decimal("0.625")),),
        "https://ai.google.dev/gemini-api/docs/pricing#gemini-1.5-pro", dt.date(2025, 7, 5),
        "Google's Gemini API pricing page, as genai-prices read it on 2025-07-05, charges "
        "$1.25 input and $5.00 output per 1M tokens for prompts up to 128K tokens and $2.50 "
        "and $10.00 above (cached input $0.3125 and $0.625); a copy of the page kept in a "
        "public repository (from about April 2025, read 2026-12-02) gives the same; LLMStats "
        "gives $2.50 and $10.00 for every prompt, the long-prompt tier, dated 2024-03-20, "
        "before the model's release (review 16, P1)",
        cache_read=Decimal("0.3125")),
    RoutePrice(
        "command-r-plus-04-2024", "cohere", Decimal("3.00"), Decimal("15.00"), (),
        "https://cohere.com/pricing", dt.date(2026, 5, 4),
        "Cohere's pricing page lists Command R+ 04-2024 at $3.00 input and $15.00 output per "
        "1M tokens among its legacy models (read in API Evangelist's transcription of the page, "
        "github.com/api-evangelist/cohere, plans/cohere-plans-pricing.yml, dated 2026-05-04); "
        "Bedrock's route here and OpenRouter's page for cohere/command-r-plus-04-2024 give the "
        "same $3/$15; LLMStats gives $0.25 and $1.00 (dated 2024-12-18), a price no source "
        "gives for this model, a tenth of both and of the 08-2024 refresh's $2.50/$10.00 "
        "(review 13, M2)"),
    # review 24, P2: genai-prices bills every gpt-4o snapshot at gpt-4o's $2.50/$10, so only
    # LiteLLM's entry and OpenAI's own route contradict LLMStats here
    RoutePrice(
        "gpt-4o-2024-05-13", "azure-foundry", Decimal("5.00"), Decimal("15.00"), (),
        "https://github.com/BerriAI/litellm/blob/v1.110.2/litellm/"
        "model_prices_and_context_window_backup.json", dt.date(2026, 9, 29),
        "LiteLLM's entry azure/gpt-4o-2024-05-13 (its snapshot, no older than 2026-09-29, a "
        "secondhand read citing Azure's retail prices API for Foundry Models in East US) gives "
        "$5 input and $15 output per 1M tokens, the price of the model's OpenAI route here "
        "(models.dev, 2026-07-02) and of OpenAI's May 2024 launch; LLMStats' $2.50 and $10.00, "
        "dated 2024-09-09, is gpt-4o-2024-08-06's price, and genai-prices, which files every "
        "gpt-4o snapshot under one gpt-4o price, gives the same for Azure by falling back to "
        "OpenAI's; the cheaper price made GPT-4o (2024-05-13) the cheaper bill against Claude "
        "Sonnet 3.5 (review 24, P2)"),
    # review 25, P1: models.dev's Azure files price the 8K GPT-4 as their GPT-4 32K record
    RoutePrice(
        "gpt-4", "azure-foundry", Decimal("30.00"), Decimal("60.00"), (),
        "https://github.com/JonathanChavezTamales/LLMStats/blob/"
        "df1d14eda7143f27fd5e7d71d8b14cb0c807de0d/providers/azure/provider.json",
        dt.date(2024, 9, 9),
        "LLMStats' Azure provider list prices gpt-4-0613, the 8,192-token GPT-4 Azure served as "
        "gpt-4 (Microsoft's page of retired Foundry Models lists gpt-4 only in versions 0314 and "
        "0613, beside gpt-4-32k), at $30 input and $60 output per 1M tokens on 2024-09-09 "
        "(the catalog's gpt-4-0613 Foundry route); OpenAI's route here and LiteLLM's gpt-4 entry "
        "(v1.110.2) give the same $30/$60, and third parties' tables of Azure's prices give GPT-4 "
        "(8K) $0.03 and $0.06 per 1K tokens and GPT-4 32K $0.06 and $0.12 (Azure's own page "
        "was not found in a readable copy). models.dev's azure and azure-cognitive-services "
        "gpt-4 files give $60 and $120 with an 8,192-token window: the price of their gpt-4-32k "
        "files beside them (32,768 tokens), so a page billed GPT-4 at twice its price "
        "(review 25, P1; docs/data-notes.md lists such sibling prices)"),
    # review 20, P2: the snapshot's flat price was the 256K-1M tier (Model Studio's scheme)
    RoutePrice(
        "qwen3.5-flash", "alibaba-cn", Decimal("0.029"), Decimal("0.287"),
        (Tier(above_input_tokens=128_000, input=Decimal("0.115"), output=Decimal("1.147")),
         Tier(above_input_tokens=256_000, input=Decimal("0.172"), output=Decimal("1.72"))),
        f"{_PULL_2122}/providers/alibaba-cn/models/qwen3.5-flash.toml", _PULL_2122_DAY,
        "Alibaba's Model Studio page was not found in what could be read; models.dev pull "
        "request 2122's file for the route (its commit of 2026-06-26, read 2026-12-02, a "
        "secondhand read) gives $0.029 input and $0.287 output per 1M tokens up to 128K input "
        "tokens, $0.115 and $1.147 above 128K and $0.172 and $1.72 above 256K; the pinned "
        "snapshot gives $0.172 and $1.72 for every prompt, the 256K-1M tier, so a page billed "
        "the dearest tier (review 20, P2)"),
    RoutePrice(
        "qwen3.5-plus", "alibaba-cn", Decimal("0.115"), Decimal("0.688"),
        (Tier(above_input_tokens=128_000, input=Decimal("0.287"), output=Decimal("1.72")),
         Tier(above_input_tokens=256_000, input=Decimal("0.573"), output=Decimal("3.44"))),
        f"{_PULL_2122}/providers/alibaba-cn/models/qwen3.5-plus.toml", _PULL_2122_DAY,
        "Alibaba's Model Studio page was not found in what could be read; models.dev pull "
        "request 2122's file for the route (its commit of 2026-06-26, read 2026-12-02, a "
        "secondhand read) gives $0.115 input and $0.688 output per 1M tokens up to 128K input "
        "tokens, $0.287 and $1.72 above 128K and $0.573 and $3.44 above 256K; a third party's "
        "audit of Alibaba's China model list (git.hxr.so desirecore/config-center, generated "
        "2026-04-23) gives the first band as CNY 0.8 and 4.8 per 1M; the pinned snapshot gives "
        "$0.573 and $3.44 for every prompt, the 256K-1M tier (review 20, P2's sweep)"),
    # review 26, P9: models.dev's AU route of Opus 4.6 at three times the EU one's price
    RoutePrice(
        "claude-opus-4-6", "aws-bedrock", Decimal("5.50"), Decimal("27.50"), (),
        f"{_GENAI_PRICES}/prices/providers/aws.yml", dt.date(2026, 6, 26),
        "genai-prices' aws.yml entry regional.anthropic.claude-opus-4-6-v1:0 (matching "
        "au.anthropic.claude-opus-4-6, prices_checked 2026-06-26, read 2026-12-03) gives $5.50 "
        "input, $0.55 cache reads, $6.875 cache writes and $27.50 output per 1M tokens, and "
        "LiteLLM's entry au.anthropic.claude-opus-4-6-v1 (v1.110.2, read 2026-12-03) the same "
        "per token: 1.1 times the global route's $5/$25, as Bedrock's EU route of the model "
        "and its AU and EU routes of Claude Sonnet 4.6 are priced here. models.dev's file for "
        "the route gives $16.50 and $82.50 ($1.65 and $20.625 for cache), 3.3 times the "
        "global price, which no other source gives; the two sources contradict it and agree "
        "with each other, so their price is taken (review 26, P9)",
        cache_read=Decimal("0.55"), cache_write=Decimal("6.875"),
        listing="au.anthropic.claude-opus-4-6-v1"),
)
"""Route prices set to the provider's own page, each read on ``checked``."""


def repriced(models: Sequence[Model], prices: Sequence[RoutePrice] = ROUTE_PRICES
             ) -> tuple[list[Model], list[str]]:
    """``models`` with each keyed route's price replaced (notes saying it), and a line each.

    Examples:
        >>> from phicompare.domain.pricing import ProviderRoute
        >>> old = ProviderRoute(provider="p", source="https://old.test",
        ...                     checked=dt.date(2024, 3, 20), input=Decimal(2), output=Decimal(8))
        >>> fix = RoutePrice("m", "p", Decimal(1), Decimal(4), (), "https://x.test",
        ...                  dt.date(2025, 7, 5), "the page")
        >>> out, lines = repriced([Model(id="m", name="M", routes=(old,))], [fix])
        >>> out[0].routes[0].input, out[0].routes[0].checked, out[0].routes[0].source
        (Decimal('1'), datetime.date(2025, 7, 5), 'https://x.test')
        >>> lines
        ['m: p route $2 and $8 -> $1 and $4 (https://x.test, read 2025-07-05): the page']
    """
    return keyed_routes(models, prices, _reprice, lead="Price corrected", cited=False)


def _reprice(route: ProviderRoute, fix: RoutePrice) -> tuple[str, dict[str, Any]] | None:
    """The price's change in words, and the route's new prices, source and day.

    ``None`` for another of the provider's listings than the one ``fix`` names.
    """
    if fix.listing is not None and route.provider_model_id != fix.listing:
        return None
    written = {} if fix.cache_write is None else {"cache_write": fix.cache_write}
    return (f"${route.input} and ${route.output} -> ${fix.input} and ${fix.output}",
            {"input": fix.input, "output": fix.output, "cache_read": fix.cache_read,
             "tiers": fix.tiers, "source": fix.source, "checked": fix.checked, **written})
