"""Keyed batch prices of routes on their makers' APIs (OpenAI's, Anthropic's and Google's).

No snapshot the catalog is built from gives a batch price (models.dev and genai-prices have no
field for one; LiteLLM's ``*_cost_per_token_batches`` is read only to check prices), so
``--batch`` billed every route at its standard price. A route on its maker's own API
takes the batch prices the maker's page lists for the model, beside the standard prices the
route carries: a route whose standard prices differ (an earlier price of the model) or that has
long-context tiers (the page's batch row covers the short-context price only, and a batch price
applies at every size) is left alone. Each is a :class:`RouteBatch`, said in the route's notes
and listed in ``docs/data-notes.md``; no price is computed from a discount. OpenAI's older
models (GPT-4o, o1, GPT-4 Turbo, GPT-3.5 Turbo) are keyed by the page's row for the model the
route sells: an alias's route (``gpt-4``) by its snapshot's row (``gpt-4-0613``) where OpenAI's
deprecations page lists the two as one. Google's Gemini routes take the Batch pane the page
gives beside the Standard one, each route by the model id the pane is headed with (the pane for
Gemini 3.1 Flash-Lite Preview is not the GA ``gemini-3.1-flash-lite``'s).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs

from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

from ._keyed_routes import keyed_routes

__all__ = ["ROUTE_BATCHES", "RouteBatch", "batched"]


@attrs.frozen
class RouteBatch:
    """A maker's batch prices for a model beside its standard ones, read at ``source``.

    Examples:
        >>> RouteBatch("m", "p", (Decimal(2), Decimal(8)), (Decimal(1), Decimal(4)),
        ...            "https://x.test", dt.date(2026, 12, 2), "w").batch
        (Decimal('1'), Decimal('4'))
    """

    model: str
    provider: str
    standard: tuple[Decimal, Decimal]
    batch: tuple[Decimal, Decimal]
    source: str
    checked: dt.date
    why: str
    route_id: str | None = None
    """The provider's model id the page's row is headed with, where the model has routes of
    more than one; ``None`` for every route of the model on that provider."""


_READ = dt.date(2026, 12, 2)
_OPENAI = "https://platform.openai.com/docs/pricing"
_OPENAI_WHY = (
    "OpenAI's pricing page, read in its Markdown form (developers.openai.com/api/docs/"
    "pricing.md) in two stored copies, one whose newest models are gpt-5.4's (early 2026) and "
    "one listing gpt-5.6-sol (mid to late 2026), gives {name} ${input} input and ${output} "
    "output per 1M tokens in its Standard pane and ${bin} and ${bout} in its Batch pane, the "
    "same in both; LiteLLM 1.110.2's entry {name} gives the same batch prices "
    "(input_cost_per_token_batches, output_cost_per_token_batches)")
_ANTHROPIC = "https://platform.claude.com/docs/en/build-with-claude/batch-processing"
_ANTHROPIC_WHY = (
    "Anthropic's batch processing page (\"All usage is charged at 50% of the standard API "
    "prices\"), read in a stored copy fetched 2026-09-20, lists {name} at ${bin} batch input "
    "and ${bout} batch output per 1M tokens; its pricing page (a stored copy verified "
    "2026-08-07) gives the same beside the standard ${input} and ${output}{also}")
_LITELLM_TOO = ", and LiteLLM 1.110.2's entry {entry} gives the same batch prices"
_ANTHROPIC_2025 = (
    ", and the page's 2025 copy (docs.anthropic.com/en/docs/build-with-claude/batch-processing, "
    "a stored copy listing Claude Opus 4.1 first) gives the same")


def _usd(text: str) -> Decimal:
    """A price as the pages write it: cents at least (``"0.2"`` -> ``0.20``)."""
    price = Decimal(text)
    exponent = price.as_tuple().exponent
    return price if isinstance(exponent, int) and exponent <= -2 else price.quantize(_CENT)


_CENT = Decimal("0.01")

# (model id, OpenAI's name, standard input, output, batch input, output)
_OPENAI_ROWS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("gpt-5", "gpt-5", "1.25", "10", "0.625", "5"),
    ("gpt-5-mini", "gpt-5-mini", "0.25", "2", "0.125", "1"),
    ("gpt-5-nano", "gpt-5-nano", "0.05", "0.4", "0.025", "0.2"),
    ("gpt-5-pro", "gpt-5-pro", "15", "120", "7.5", "60"),
    ("gpt-5.1", "gpt-5.1", "1.25", "10", "0.625", "5"),
    ("gpt-5.2", "gpt-5.2", "1.75", "14", "0.875", "7"),
    ("gpt-5.2-pro", "gpt-5.2-pro", "21", "168", "10.5", "84"),
    ("gpt-5.4-mini", "gpt-5.4-mini", "0.75", "4.5", "0.375", "2.25"),
    ("gpt-5.4-nano", "gpt-5.4-nano", "0.2", "1.25", "0.1", "0.625"),
    ("gpt-4.1", "gpt-4.1", "2", "8", "1", "4"),
    ("gpt-4.1-mini", "gpt-4.1-mini", "0.4", "1.6", "0.2", "0.8"),
    ("gpt-4.1-nano", "gpt-4.1-nano", "0.1", "0.4", "0.05", "0.2"),
    ("o3", "o3", "2", "8", "1", "4"),
    ("o3-pro", "o3-pro", "20", "80", "10", "40"),
    ("o3-mini", "o3-mini", "1.1", "4.4", "0.55", "2.2"),
    ("o4-mini", "o4-mini", "1.1", "4.4", "0.55", "2.2"),
)

_READ_AR = dt.date(2026, 12, 3)
_OPENAI_AR_WHY = (
    "OpenAI's pricing page, read in its Markdown form (developers.openai.com/api/docs/"
    "pricing.md) in four stored copies of mid to late 2026 (one whose newest model is "
    "gpt-5.6-sol, three listing gpt-6-astra, two of those a Chinese rendering whose table "
    "rows are unchanged), gives {name} ${input} input and ${output} output per 1M tokens in its "
    "Standard pane and ${bin} and ${bout} in its Batch pane, the same in all four; LiteLLM "
    "1.110.2's entry {name} gives the same batch prices (input_cost_per_token_batches, "
    "output_cost_per_token_batches){alias}")
_ALIAS = (
    "; the pane names the snapshot, not the alias {model} this route sells: OpenAI's "
    "deprecations page (its Markdown form, a stored copy of mid 2026, under \"2026-04-22: "
    "Legacy GPT model snapshots\") lists {row} as one row (a snapshot and its alias), and "
    "LiteLLM's entry {model} gives no batch price{more}")

# (model id, OpenAI's name, standard input, output, batch input, output, the deprecations
# page's row naming the alias with its snapshot, where the route is the alias's; read by dataAR)
_OPENAI_LEGACY_ROWS: tuple[tuple[str, str, str, str, str, str, str | None], ...] = (
    ("gpt-4o", "gpt-4o", "2.50", "10.00", "1.25", "5.00", None),
    ("gpt-4o-2024-05-13", "gpt-4o-2024-05-13", "5.00", "15.00", "2.50", "7.50", None),
    ("gpt-4o-mini", "gpt-4o-mini", "0.15", "0.60", "0.075", "0.30", None),
    ("o1", "o1", "15.00", "60.00", "7.50", "30.00", None),
    ("o1-pro", "o1-pro", "150.00", "600.00", "75.00", "300.00", None),
    ("gpt-4-turbo", "gpt-4-turbo-2024-04-09", "10.00", "30.00", "5.00", "15.00",
     "`gpt-4-turbo` | `gpt-4-turbo-2024-04-09`"),
    ("gpt-4", "gpt-4-0613", "30.00", "60.00", "15.00", "30.00", "`gpt-4-0613` | `gpt-4`"),
    ("gpt-4-0613", "gpt-4-0613", "30.00", "60.00", "15.00", "30.00", None),
    ("gpt-3.5-turbo", "gpt-3.5-turbo-0125", "0.50", "1.50", "0.25", "0.75",
     "`gpt-3.5-turbo-0125` | `gpt-3.5-turbo`"),
    ("gpt-3.5-turbo-0125", "gpt-3.5-turbo-0125", "0.50", "1.50", "0.25", "0.75", None),
)
_MORE = {"gpt-3.5-turbo": (" (the Standard pane lists gpt-3.5-turbo too, at the same $0.50 "
                           "and $1.50; the Batch pane lists only the snapshot)")}


def _legacy_why(model: str, name: str, prices: tuple[str, str, str, str], row: str | None
                ) -> str:
    """What the page gives for an older model's route (an alias's by its snapshot's row)."""
    i, o, bi, bo = prices
    alias = _ALIAS.format(model=model, row=row, more=_MORE.get(model, "")) if row else ""
    return _OPENAI_AR_WHY.format(name=name, input=i, output=o, bin=bi, bout=bo, alias=alias)


# (model id, Anthropic's name, standard input, output, batch input, output, LiteLLM's entry)
_ANTHROPIC_ROWS: tuple[tuple[str, str, str, str, str, str, str | None], ...] = (
    ("claude-haiku-4-5", "Claude Haiku 4.5", "1", "5", "0.50", "2.50", "claude-haiku-4-5"),
    ("claude-sonnet-4-5", "Claude Sonnet 4.5", "3", "15", "1.50", "7.50", "claude-sonnet-4-5"),
    ("claude-sonnet-4-6", "Claude Sonnet 4.6", "3", "15", "1.50", "7.50", "claude-sonnet-4-6"),
    ("claude-opus-4-5", "Claude Opus 4.5", "5", "25", "2.50", "12.50", "claude-opus-4-5"),
    ("claude-opus-4-6", "Claude Opus 4.6", "5", "25", "2.50", "12.50", "claude-opus-4-6"),
    ("claude-opus-4-7", "Claude Opus 4.7", "5", "25", "2.50", "12.50", "claude-opus-4-7"),
    ("claude-opus-4-8", "Claude Opus 4.8", "5", "25", "2.50", "12.50", "claude-opus-4-8"),
    # retired on Anthropic's API in 2026 (keyed RETIREMENTS): billed until then
    ("claude-sonnet-4-0", "Claude Sonnet 4", "3", "15", "1.50", "7.50", None),
    ("claude-opus-4-0", "Claude Opus 4", "15", "75", "7.50", "37.50", None),
    ("claude-opus-4-1", "Claude Opus 4.1", "15", "75", "7.50", "37.50", None),
)

_READ_AS = dt.date(2026, 12, 3)
_GOOGLE = "https://ai.google.dev/gemini-api/docs/pricing"
_GOOGLE_WHY = (
    "Google's Gemini Developer API pricing page, read in a copy of its HTML (\"Last updated "
    "2026-03-18 UTC\") kept in a public repository's tests, gives {name} ({id}) ${input} input "
    "(text / image / video) and ${output} output per 1M tokens in the paid tier of its Standard "
    "pane and ${bin} and ${bout} in its Batch pane; a transcription of the page in another "
    "public repository (eidast/ai-models-stats, docs/GOOGLE_PRICING.md){eidast}, and LiteLLM "
    "1.110.2's entry gemini/{id} gives the same batch prices")

_ANTHROPIC_5_WHY = (
    "Anthropic's batch processing page (\"All usage is charged at 50% of the standard API "
    "prices\"), read in a stored copy fetched 2026-09-20, lists {name} at ${bin} batch input "
    "and ${bout} batch output per 1M tokens; the model's overview page "
    "(platform.claude.com/docs/<language>/models/{page}/overview, stored copies in several of "
    "its languages) gives the standard "
    "${input} input and ${output} output, and LiteLLM 1.110.2's entry {model} gives the same "
    "batch prices")

# (model id, Anthropic's name, its overview page, standard input, output, batch input, output;
# read by dataAS)
_ANTHROPIC_5_ROWS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("claude-sonnet-5", "Claude Sonnet 5", "sonnet-5", "2", "10", "1", "5"),
    ("claude-fable-5", "Claude Fable 5", "fable-5", "10", "50", "5", "25"),
)

# (model id, Google's name, the pane's model id, standard input, output, batch input, output,
# whether eidast's transcription lists the row; read by dataAS)
_GOOGLE_ROWS: tuple[tuple[str, str, str, str, str, str, str, bool], ...] = (
    ("gemini-2.5-flash", "Gemini 2.5 Flash", "gemini-2.5-flash",
     "0.30", "2.50", "0.15", "1.25", True),
    ("gemini-2.5-flash-lite", "Gemini 2.5 Flash-Lite", "gemini-2.5-flash-lite",
     "0.10", "0.40", "0.05", "0.20", True),
    ("gemini-3-flash-preview", "Gemini 3 Flash Preview", "gemini-3-flash-preview",
     "0.50", "3.00", "0.25", "1.50", True),
    ("gemini-3.1-flash-lite-preview", "Gemini 3.1 Flash-Lite Preview",
     "gemini-3.1-flash-lite-preview", "0.25", "1.50", "0.125", "0.75", False),
)


_READ_CM = dt.date(2026, 12, 3)
_OPENAI_SNAPSHOT_WHY = (
    "OpenAI's pricing page lists {name} at ${input} input and ${output} output per 1M tokens and "
    "${bin} and ${bout} with the Batch API (\"a 50% discount\"), as a transcription of the page "
    "(openai.com/api/pricing) \"updated to January 8, 2025\" in a public repository "
    "(tzheng26/openai_cost, README.md) gives it{also}; the page's 2026 copies name only the "
    "alias gpt-4o in the Batch pane, at the same ${bin} and ${bout} beside the same standard "
    "price, and LiteLLM 1.110.2's entry {name} gives the same batch prices "
    "(input_cost_per_token_batches, output_cost_per_token_batches)")
_EFFECT_AK = (", and an earlier transcription of the page (kondaurovDev/effect-ak, "
              "packages/ai/docs/gpt-price.md, \"Pricing with Batch API\") gives the same")

# (model id, standard input, output, batch input, output, whether effect-ak's transcription
# lists the row; read by dataCM)
_OPENAI_SNAPSHOT_ROWS: tuple[tuple[str, str, str, str, str, bool], ...] = (
    ("gpt-4o-2024-08-06", "2.50", "10.00", "1.25", "5.00", True),
    ("gpt-4o-2024-11-20", "2.50", "10.00", "1.25", "5.00", False),
)

_GOOGLE_CM_WHY = (
    "Google's Gemini Developer API pricing page gives {name} ({id}) ${input} input and "
    "${output} output per 1M tokens in the paid tier of its Standard pane and ${bin} and "
    "${bout} in its Batch pane, as a Portuguese report of Google's Gemini API documentation "
    "(\"coletada em 16/08/2026\", its section 11, paid-tier prices) in a public repository "
    "gives it; a transcription of the page read 2026-09-20 (api-evangelist/gemini, "
    "plans/gemini-plans-pricing.yml) gives the same standard prices and the paid tier's "
    "\"Batch API (50% cost reduction)\", and LiteLLM 1.110.2's entry gemini/{id} gives the "
    "same batch prices")

# (model id, Google's name, the pane's model id, standard input, output, batch input, output;
# read by dataCM)
_GOOGLE_CM_ROWS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("gemini-3.5-flash", "Gemini 3.5 Flash", "gemini-3.5-flash", "1.50", "9.00", "0.75", "4.50"),
)


def _google_why(name: str, pane_id: str, prices: tuple[str, str, str, str], eidast: bool
                ) -> str:
    """What Google's page gives for a Gemini route, and who else gives the same."""
    i, o, bi, bo = prices
    return _GOOGLE_WHY.format(name=name, id=pane_id, input=i, output=o, bin=bi, bout=bo,
                              eidast=" gives the same" if eidast else
                              " does not list the model")


ROUTE_BATCHES: tuple[RouteBatch, ...] = (
    *(RouteBatch(model, "openai", (_usd(i), _usd(o)), (_usd(bi), _usd(bo)), _OPENAI,
                 _READ, _OPENAI_WHY.format(name=name, input=i, output=o, bin=bi, bout=bo))
      for model, name, i, o, bi, bo in _OPENAI_ROWS),
    *(RouteBatch(model, "openai", (_usd(i), _usd(o)), (_usd(bi), _usd(bo)), _OPENAI,
                 _READ_AR, _legacy_why(model, name, (i, o, bi, bo), row))
      for model, name, i, o, bi, bo, row in _OPENAI_LEGACY_ROWS),
    *(RouteBatch(model, "openai", (_usd(i), _usd(o)), (_usd(bi), _usd(bo)), _OPENAI,
                 _READ_CM, _OPENAI_SNAPSHOT_WHY.format(
                     name=model, input=i, output=o, bin=bi, bout=bo,
                     also=_EFFECT_AK if effect_ak else ""))
      for model, i, o, bi, bo, effect_ak in _OPENAI_SNAPSHOT_ROWS),
    *(RouteBatch(model, "anthropic", (_usd(i), _usd(o)), (_usd(bi), _usd(bo)),
                 _ANTHROPIC, _READ, _ANTHROPIC_WHY.format(
                     name=name, input=i, output=o, bin=bi, bout=bo,
                     also=_LITELLM_TOO.format(entry=entry) if entry else _ANTHROPIC_2025))
      for model, name, i, o, bi, bo, entry in _ANTHROPIC_ROWS),
    *(RouteBatch(model, "anthropic", (_usd(i), _usd(o)), (_usd(bi), _usd(bo)), _ANTHROPIC,
                 _READ_AS, _ANTHROPIC_5_WHY.format(name=name, page=page, input=i, output=o,
                                                   bin=bi, bout=bo, model=model))
      for model, name, page, i, o, bi, bo in _ANTHROPIC_5_ROWS),
    *(RouteBatch(model, "google", (_usd(i), _usd(o)), (_usd(bi), _usd(bo)), _GOOGLE, _READ_AS,
                 _google_why(name, pane_id, (i, o, bi, bo), eidast), route_id=pane_id)
      for model, name, pane_id, i, o, bi, bo, eidast in _GOOGLE_ROWS),
    *(RouteBatch(model, "google", (_usd(i), _usd(o)), (_usd(bi), _usd(bo)), _GOOGLE, _READ_CM,
                 _GOOGLE_CM_WHY.format(name=name, id=pane_id, input=i, output=o, bin=bi,
                                       bout=bo), route_id=pane_id)
      for model, name, pane_id, i, o, bi, bo in _GOOGLE_CM_ROWS),
)
"""Batch prices set to the maker's own page, each read on ``checked``."""


def batched(models: Sequence[Model], batches: Sequence[RouteBatch] = ROUTE_BATCHES
            ) -> tuple[list[Model], list[str]]:
    """``models`` with each keyed route's batch prices set (notes saying it), and a line each.

    Examples:
        >>> route = ProviderRoute(provider="p", source="https://price.test",
        ...                       checked=dt.date(2026, 7, 2), input=Decimal(2), output=Decimal(8))
        >>> fix = RouteBatch("m", "p", (Decimal(2), Decimal(8)), (Decimal(1), Decimal(4)),
        ...                  "https://x.test", _READ, "w")
        >>> out, lines = batched([Model(id="m", name="M", routes=(route,))], [fix])
        >>> out[0].routes[0].batch_input, out[0].routes[0].batch_output
        (Decimal('1'), Decimal('4'))
        >>> lines
        ['m: p route batch prices $1 input and $4 output (https://x.test, read 2026-12-02): w']
        >>> old = ProviderRoute(provider="p", source="https://price.test",
        ...                     checked=dt.date(2025, 4, 16), input=Decimal(10), output=Decimal(40))
        >>> batched([Model(id="m", name="M", routes=(old,))], [fix])[1]
        []
    """
    return keyed_routes(models, batches, _batch, cited=False)


def _batch(route: ProviderRoute, fix: RouteBatch) -> tuple[str, dict[str, Any]] | None:
    """The batch prices in words and the route's new fields; ``None`` where the row is not its."""
    if (route.input, route.output) != fix.standard or route.tiers:
        return None
    if fix.route_id is not None and route.provider_model_id != fix.route_id:
        return None
    if (route.batch_input, route.batch_output) == fix.batch:
        return None
    batch_input, batch_output = fix.batch
    return (f"batch prices ${batch_input} input and ${batch_output} output",
            {"batch_input": batch_input, "batch_output": batch_output})
