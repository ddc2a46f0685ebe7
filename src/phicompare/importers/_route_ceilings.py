"""A route's window above its model's own, where the model's is its maker's figure (dataAJ).

A route serves no more than its model: a reseller's listing above the window the model's own
description gives (302.AI's 2,000,000 tokens for Gemini 2.0 Flash-Lite beside Google's
1,048,576) is not the model's, so ``tools/bundle_catalog.py`` does not record it, after the
keyed corrections: the route reads the model's window (routes tables say ", the model's"), the
model's notes say how many listings were dropped and up to what, and the report lists each. The
model's window counts as its maker's where a *primary* record gives it (models.dev's ``models/``
file, an LLMStats model file: the importers' vendor-neutral descriptions, ``_assemble``) or a
keyed correction set it (``_correct._routes_within`` already bounds those routes). A window only
resellers' listings gave (their vote) decides nothing, so a listing above it stays.

Two kinds of exception, each keyed with the page that shows it: a maker's longer tier
(:data:`LONGER_TIERS`: Anthropic's 1M-token window for Claude Sonnet 4 and 4.5, beside their
200,000), under which routes keep their listings; and a model whose primary record gives a
window its maker's page does not (:data:`WINDOW_FACTS`, keyed card facts: MiniMax-M3's 512,000
where MiniMax's model table gives 1,000,000), whose window is corrected before the rule runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import attrs

from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

from ._conflicts import RecordFacts
from ._correct import Correction
from ._noted import noted

__all__ = ["LONGER_TIERS", "PRIMARY_SOURCES", "WINDOW_FACTS", "LongerTier", "windows_within"]

_READ = dt.date(2026, 12, 2)
PRIMARY_SOURCES: Mapping[str, str] = {
    "models.dev:models": "models.dev's model file", "llmstats": "LLMStats' model file"}
"""Record sources whose window is the model's own description (``Record.primary``), by name."""


@attrs.frozen
class LongerTier:
    """A maker's longer window for ``model`` than its record's, read at ``source``.

    Routes of ``model`` listing a window up to ``ceiling`` keep it.

    Examples:
        >>> LongerTier("m", 1_000_000, "https://x.test", _READ, "its page").ceiling
        1000000
    """

    model: str
    ceiling: int
    source: str
    checked: dt.date
    why: str


_SONNET_1M = (
    "Anthropic serves Claude Sonnet 4 and 4.5 with a 1M-token context window (beta header "
    "context-1m-2025-08-07, prompts over 200K billed at a higher rate) beside the 200K of its "
    "models table: Anthropic's help-center article 8606395 (read in its Japanese version) says "
    "its API takes 1M tokens with Sonnet 4.5 and Sonnet 4, and Anthropic's post of 2025-08-12 "
    "(read in The New Stack's report of it) opened it on its API and on Amazon Bedrock; the "
    "resellers' 1,000,000 (OpenRouter, Vercel and others) is that tier")
LONGER_TIERS: tuple[LongerTier, ...] = tuple(
    LongerTier(model, 1_000_000, "https://www.anthropic.com/news/1m-context", _READ, _SONNET_1M)
    for model in ("claude-sonnet-4-0", "claude-sonnet-4-5"))
"""Makers' longer tiers, under which a route's own window is kept."""

_QWEN_NEXT = (
    "Google's Vertex AI page for Qwen3-Next-80B Instruct (qwen3-next-80b-a3b-instruct-maas, "
    "read in its Spanish version) gives \"Longitud del contexto: 262.144\", and Xinference's "
    "model docs (v2.10.0), which serve Qwen's {repo} weights, \"Context Length: 262144\"; "
    "models.dev's model file gives 131,072, which the listings at 262,144 (Bedrock, Hugging "
    "Face, OpenRouter and others) exceeded")
_GROK_420 = (
    "Oracle's OCI Generative AI page for xAI Grok 4.20 (xai.grok-4.20-0309-reasoning and "
    "-non-reasoning; read in its Japanese version) gives a context length of 2 million tokens, "
    "and Google Cloud's partner-model page for Grok 4.20 (read in a copy, documentation.s3ns.fr) "
    "\"Context length: 2,000,000\" for both; models.dev's model file gives 1,000,000, which "
    "four listings at 2,000,000 (LLM Gateway, Vercel, 302.AI) exceeded")
WINDOW_FACTS: tuple[Correction, ...] = (
    *(Correction(model, "context_window", 262_144,
                 "https://docs.cloud.google.com/vertex-ai/generative-ai/docs/maas/qwen/"
                 "qwen3-next-instruct", _READ, _QWEN_NEXT.format(repo=repo))
      for model, repo in (("qwen3-next-80b-a3b-instruct", "Qwen3-Next-80B-A3B-Instruct"),
                          ("qwen3-next-80b-a3b-thinking", "Qwen3-Next-80B-A3B-Thinking"))),
    *(Correction(model, "context_window", 2_000_000,
                 "https://docs.oracle.com/ja-jp/iaas/Content/generative-ai/xai-grok-4-20.htm",
                 _READ, _GROK_420)
      for model in ("grok-4.20-0309-reasoning", "grok-4.20-0309-non-reasoning")),
    Correction(
        "minimax-m3", "context_window", 1_000_000,
        "https://platform.minimax.io/docs/guides/text-generation", _READ,
        "MiniMax's model table gives MiniMax-M3 a \"Context Window\" of 1,000,000 (\"Frontier "
        "multimodal coding model with 1M context window\"), as its own API's listings (MiniMax, "
        "MiniMax CN) and Cloudflare's page for it give; models.dev's model file gives 512,000, "
        "where MiniMax's higher price tier starts (\"Above 512K\", a guide quoting its prices), "
        "not the window"),
    Correction(
        "nemotron-3-super-120b-a12b", "context_window", 1_000_000,
        "https://huggingface.co/nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-NVFP4", _READ,
        "NVIDIA's model card: \"Context Length: Up to 1M tokens\"; models.dev's model file gives "
        "262,144, the window its hosts' listings give (their routes keep it), which Perplexity's "
        "1,000,000 exceeded"),
    Correction(
        "llama-3.3-70b-instruct", "context_window", 131_072,
        "https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/MODEL_CARD.md",
        _READ,
        "Meta's Llama 3.3 model card (read at llama-models commit 8c88b8c0) gives \"Context "
        "length\" 128k, recorded as 131,072 as the Llama 3.1 records give Meta's \"128k\" (the "
        "\"128K\" rule above) and eleven of its listings give it; models.dev's model file and "
        "LLMStats give 128,000, which the routes that list it keep"),
)
"""Windows that a primary record gives below its maker's page (keyed card facts, read on the
day): corrected before :func:`windows_within` runs."""


def windows_within(models: Sequence[Model], evidence: Mapping[str, Sequence[RecordFacts]],
                   tiers: Sequence[LongerTier] = LONGER_TIERS) -> tuple[list[Model], list[str]]:
    """``models`` without route windows above a primary-sourced window, and a line each model.

    Examples:
        >>> from phicompare.domain.pricing import ProviderRoute
        >>> wide = ProviderRoute(provider="302ai", source="https://x.test", checked=_READ,
        ...                      context_window=2_000_000)
        >>> card = RecordFacts(source="models.dev:models", url="u",
        ...                    facts=(("context_window", 1_048_576),))
        >>> m = Model(id="m", name="M", context_window=1_048_576, routes=(wide,))
        >>> out, lines = windows_within([m], {"m": (card,)})
        >>> out[0].routes[0].context_window, lines[0].split("not recorded: ")[1]
        (None, '302ai 2000000')
        >>> windows_within([m], {"m": ()})[0][0].routes[0].context_window  # a vote: kept
        2000000
    """
    ceilings = {tier.model: tier.ceiling for tier in tiers}
    out, lines = [], []
    for model in models:
        whose = _maker_figure(model, evidence.get(model.id, ()))
        window = model.context_window
        if whose is None or window is None:
            out.append(model)
            continue
        bound = max(window, ceilings.get(model.id, window))
        above = [r for r in model.routes if r.context_window is not None
                 and r.context_window > bound]
        if not above:
            out.append(model)
            continue
        routes = tuple(attrs.evolve(r, context_window=None) if r in above else r
                       for r in model.routes)
        top = max(r.context_window or 0 for r in above)
        many = len(above) > 1
        note = (f"Route windows above the model's own {window:,} tokens ({whose}) not "
                f"recorded: {len(above)} listing{'s' if many else ''}"
                f"{', up to' if many else ','} {top:,} ({_names(above)}); a route serves no "
                f"more than its model (docs/data-notes.md).")
        out.append(attrs.evolve(model, routes=routes, notes=noted(model.notes, note)))
        lines.append(f"{model.id}: route windows above its {window}-token window ({whose}) not "
                     f"recorded: " + ", ".join(f"{r.provider} {r.context_window}" for r in above))
    return out, lines


def _maker_figure(model: Model, said: Sequence[RecordFacts]) -> str | None:
    """Which primary record gives ``model``'s window as its own, or ``None`` (a listings' vote)."""
    for record in said:
        name = PRIMARY_SOURCES.get(record.source)
        if name is not None and dict(record.facts).get("context_window") == model.context_window:
            return name
    return None


def _names(routes: Sequence[ProviderRoute]) -> str:
    """The providers of ``routes``, three at most and how many more."""
    names = sorted({r.provider for r in routes})
    shown = ", ".join(names[:3])
    return shown if len(names) <= 3 else f"{shown} and {len(names) - 3} more"
