"""Keyed route notes (``tools/bundle_catalog.py`` applies them after the route deprecations).

A route whose listing the sources leave in doubt (which checkpoint or snapshot of the model it
serves, where its figures point two ways) keeps its figures, and its notes say what is in doubt,
from which source, read when, and why: a page then reads the listing as its provider gives it,
and the doubt is on record beside it. Nothing else changes: the model's sources stay as they
were (a doubt about one listing is no fact of the model, and a record whose every source is a
route listing stays read as one, ``analysis.listed``), and ``docs/data-notes.md`` lists each.
Where a provider's own word settles the doubt, the fix belongs to the keyed table for that
field instead (:mod:`._route_windows`, :mod:`._listing_models`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs

from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

from ._keyed_routes import keyed_routes

__all__ = ["ROUTE_NOTES", "RouteNote", "noted_routes"]

_READ = dt.date(2026, 12, 2)
_DEEPSEEK_NEWS = "https://api-docs.deepseek.com/news/news260424"
_ALIAS = (
    "DeepSeek's API sells its models under the names deepseek-chat and deepseek-reasoner, "
    "which moved from model to model: V2.5 to V3 on 2024-12-26, V3-0324, V3.1 on 2025-08-21 "
    "(its change log, read first-hand), V3.1-Terminus, V3.2-Exp, V3.2; from 2026-04-24 its "
    "V4 announcement (read in accounts that quote it, developersdigest.tech's, and in "
    "OpenCode's issue 24155 copying its pricing page) has deepseek-chat and deepseek-reasoner "
    "\"currently routing to deepseek-v4-flash non-thinking/thinking\", in that order, and "
    "both names \"fully retired and inaccessible "
    "after Jul 24th, 2026, 15:59 (UTC Time)\". A reseller's deepseek-chat is the model its "
    "own data names: OpenRouter's, Kilo's (DeepSeek V3) and ZenMux's (V3.2) joined those "
    "records (keyed LISTING_MODELS); this one stays: ")


@attrs.frozen
class RouteNote:
    """What is in doubt about one listing of a provider's route of a model, and why.

    ``listing`` is the route's provider model id; ``said`` names the doubt; ``source`` was read
    on ``checked``.

    Examples:
        >>> RouteNote("m", "p", "m-1", "checkpoint not settled", "https://x.test", _READ,
        ...           "w").said
        'checkpoint not settled'
    """

    model: str
    provider: str
    listing: str
    said: str
    source: str
    checked: dt.date
    why: str


ROUTE_NOTES: tuple[RouteNote, ...] = (
    # closing note 41's leftover: which Kimi K2 NanoGPT's undated listing serves
    RouteNote(
        "kimi-k2", "nano-gpt", "moonshotai/kimi-k2-instruct", "checkpoint not settled",
        "https://github.com/anomalyco/models.dev/commit/8cb462f29b9d1ecc662b61b095da7ef3d047bcd8",
        _READ,
        "models.dev's NanoGPT files were synced \"to match the current /api/v1/models output\" "
        "of NanoGPT's API on 2026-02-17 (commit 8cb462f2; the snapshot of 2026-07-02 keeps "
        "them): the undated moonshotai/kimi-k2-instruct has a 256,000-token window, the 0905 "
        "checkpoint's (its own listing Kimi-K2-Instruct-0905: 256,000 at $0.40/$2.00), and "
        "the price $0.10/$2.00 of the first release's (kimi-k2-instruct-0711: 128,000 at "
        "$0.10/$2.00); its file as first added (2025-12-24) gave 131,072 at "
        "$1.00/$2.00. No NanoGPT page read names the checkpoint, so the route stays on the "
        "first release's record with its listing's window and price"),
    # closing note 41's leftover: the window of LLM Gateway's qwen-plus, an older snapshot's
    RouteNote(
        "qwen-plus", "llmgateway", "qwen-plus", "snapshot not settled",
        "https://github.com/theopenco/llmgateway/blob/015f558a2a88a44993cc9405b699b640a6e92501/"
        "packages/models/src/models/alibaba.ts",
        _READ,
        "LLM Gateway's own model definitions (its repository's alibaba.ts, the version stored "
        "at 015f558a) give qwen-plus, released 2025-01-25, a context size of 131,072 tokens, "
        "the window of Alibaba's snapshots before qwen-plus-2025-07-28 (129,024 input tokens in "
        "LiteLLM's dashscope entries), while pricing it in tiers \"Up to 256K\" and \"Over "
        "256K\" and giving qwen-plus-latest, at the same prices, 1,000,000; the record is the "
        "2025-07-28 snapshot, at 1,000,000 tokens. Which snapshot the route forwards to is "
        "not settled, so it keeps LLM Gateway's 131,072, the limit the gateway states"),
    # dataAE, 3: DeepSeek's API name deepseek-chat, which serves one model after another
    *(RouteNote("deepseek-chat", provider, listing, said, _DEEPSEEK_NEWS, _READ, _ALIAS + why)
      for provider, listing, said, why in (
          ("deepseek", "deepseek-chat", "serves DeepSeek V4 Flash (non-thinking)", (
              "the listing, $0.14/$0.28 with 1,000,000 tokens of context and 384,000 of output, "
              "is V4 Flash's non-thinking mode, the price and limits of DeepSeek's own "
              "deepseek-v4-flash listing on the record of DeepSeek V4 Flash")),
          ("orcarouter", "deepseek/deepseek-chat", "model not settled", (
              "OrcaRouter's file names no model of its own (it takes models.dev's deepseek-chat) "
              "and prices it at V4 Flash's $0.14/$0.28 with V3.2's $0.028 for cached input (V4 "
              "Flash's is $0.0028); no OrcaRouter page read names the model")),
          ("302ai", "deepseek-chat", "model not settled", (
              "302.AI's file dates its listing 2024-11-29 with a 2024-07 cutoff, when DeepSeek's "
              "name served DeepSeek-V2.5, and prices it at $0.29/$0.43, the price of its own "
              "deepseek-v3.2 listing; no 302.AI page read names the model")),
          ("nano-gpt", "deepseek-chat", "model not settled", (
              "NanoGPT's file names it \"DeepSeek V3/Deepseek Chat\", dated 2025-02-27, when "
              "DeepSeek's name served DeepSeek-V3 (December 2024); no NanoGPT page read names "
              "the model it serves since")),
          ("anyapi", "deepseek/deepseek-chat", "model not settled", (
              "AnyAPI's file names no model of its own (it takes models.dev's deepseek-chat) "
              "and gives no price; no AnyAPI page read names the model")))),
)
"""Route notes on listings the sources leave in doubt, each read on ``checked``."""


def noted_routes(models: Sequence[Model], notes: Sequence[RouteNote] = ROUTE_NOTES
                 ) -> tuple[list[Model], list[str]]:
    """``models`` with each keyed listing's doubt in its route's notes, and a line each.

    Examples:
        >>> from phicompare.domain.pricing import ProviderRoute
        >>> route = ProviderRoute(provider="p", source="https://price.test",
        ...                       checked=dt.date(2025, 7, 5), provider_model_id="m-1")
        >>> other = attrs.evolve(route, provider_model_id="m-2")
        >>> fix = RouteNote("m", "p", "m-1", "checkpoint not settled", "https://x.test", _READ,
        ...                 "two ways")
        >>> out, lines = noted_routes([Model(id="m", name="M", routes=(route, other))], [fix])
        >>> [r.notes for r in out[0].routes]
        ['Route checkpoint not settled (https://x.test, read 2026-12-02): two ways.', None]
        >>> lines, out[0].sources
        (['m: p route checkpoint not settled (https://x.test, read 2026-12-02): two ways'], ())
    """
    return keyed_routes(models, notes, _note, cited=False)  # the listing's doubt, not the model's


def _note(route: ProviderRoute, fix: RouteNote) -> tuple[str, dict[str, Any]] | None:
    """The note's words for the listing it names.

    ``None`` for another listing, or where the route's notes say it already.
    """
    if route.provider_model_id != fix.listing or fix.why in (route.notes or ""):
        return None
    return fix.said, {}
