"""Data-quality rules for an imported market layer (``tools/bundle_catalog.py`` applies them).

Three rules, each documented in ``docs/data-notes.md`` where the bundled layer lists what they
did:

- a model that is not a chat model (a safety classifier, embeddings, a reranker, speech, OCR,
  image generation) is left out (:func:`not_chat`);
- a route on a subscription plan (a "coding plan" or "token plan", GitHub Copilot, a local
  runtime) is left out: its per-token figures are not what a token costs (:func:`subscription`);
- a route price implausibly far from the model's other routes (a unit slip, $0.0023 for $2.30 per
  1M) is dropped, so the route's price is unknown, never zero (:func:`price_outliers`).
"""

from __future__ import annotations

import re
import statistics
from decimal import Decimal

import attrs

from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model, Provider

__all__ = ["OUTLIER_FACTOR", "OUTLIER_OTHERS", "not_chat", "price_outliers", "subscription"]

OUTLIER_FACTOR = Decimal(20)
"""A route price below 1/20 or above 20x the median of the model's other routes is a slip."""
OUTLIER_OTHERS = 2
"""The fewest other priced routes (of the same side) a price is judged against."""

_NOT_CHAT = (
    ("a safety classifier", re.compile(r"guard|shieldgemma|content[- ]safety|moderation",
                                          re.I)),
    ("embeddings or a reranker", re.compile(r"embed|rerank|mini-lm", re.I)),
    ("speech or audio", re.compile(r"whisper|tts|transcri|text-to-speech|speech|studiovoice|"
                                   r"voicechat|aura-|deepgram", re.I)),
    ("OCR", re.compile(r"ocr(?![a-z])", re.I)),
    ("an encoder, classifier or sequence-to-sequence model", re.compile(
        r"(^|[-/])(bge|e5|gte)-|mpnet|bart-large|distilbert|(^|[-/])esm(2|fold)|gliner|m2m100|"
        r"indictrans|smart-turn|intent-detect", re.I)),
    ("a router (it sends each request to a model of its choosing)", re.compile(
        r"router|^(kilo )?auto\b|^custom model$|^route[- ]llm$", re.I)),
    ("image, video or music generation", re.compile(
        r"dall-e|image-gen|imagen|gpt-image|(^|[-/])image(?=$|-)|lyria|veo-|sora|flux", re.I)),
)
_PLAN = re.compile(r"coding[- ]plan|token[- ]plan|for[- ]coding", re.I)
_SUBSCRIPTIONS = {"github-copilot": "a subscription (GitHub Copilot)",
                  "gitlab": "a subscription (GitLab Duo)",
                  "lmstudio": "a local runtime (LM Studio)"}
_SIDES = ("input", "output")


def not_chat(model: Model) -> str | None:
    """Why ``model`` is not a chat model (by its id and name), or ``None`` for a chat model.

    Examples:
        >>> not_chat(Model(id="llama-guard-4-12b", name="Llama Guard 4 12B"))
        'a safety classifier'
        >>> print(not_chat(Model(id="llama-3.3-70b", name="Llama 3.3 70B")))
        None
    """
    for reason, pattern in _NOT_CHAT:
        if pattern.search(model.id) or pattern.search(model.name):
            return reason
    return None


def subscription(provider: Provider) -> str | None:
    """Why ``provider``'s per-token prices are not per-token prices, or ``None``.

    Examples:
        >>> subscription(Provider(id="zai-coding-plan", name="Z.AI Coding Plan"))
        'a subscription plan'
        >>> print(subscription(Provider(id="openrouter", name="OpenRouter")))
        None
    """
    if provider.id in _SUBSCRIPTIONS:
        return _SUBSCRIPTIONS[provider.id]
    if _PLAN.search(provider.id) or _PLAN.search(provider.name):
        return "a subscription plan"
    return None


def _slip(value: Decimal, others: list[Decimal]) -> tuple[str, Decimal] | None:
    if len(others) < OUTLIER_OTHERS or value <= 0:
        return None
    if any(value / 2 <= other <= value * 2 for other in others):
        return None  # another route gives about the same price: not an isolated slip
    median = Decimal(statistics.median(others))
    if value * OUTLIER_FACTOR < median:
        return "below 1/20 of", median
    if value > median * OUTLIER_FACTOR:
        return "above 20x", median
    return None


def price_outliers(model: Model) -> tuple[Model, tuple[str, ...]]:
    """``model`` without the route prices far from its other routes, and a note for each.

    A route's input (or output) price is judged against the median of the same price on the
    model's other routes, when at least two others give one above zero. A price below 1/20 or
    above 20 times that median, that no other route matches within a factor of two, is a slip:
    every price of that route is dropped (unknown).

    Examples:
        >>> import datetime as dt
        >>> routes = tuple(ProviderRoute(provider=p, source="https://example.com",
        ...                              checked=dt.date(2026, 7, 2),
        ...                              input=Decimal(i), output=Decimal(o))
        ...                for p, i, o in [("a", "2", "6"), ("b", "2.2", "6.6"),
        ...                                ("c", "0.0023", "0.0069")])
        >>> price_outliers(Model(id="m", name="M", routes=routes[:2]))[1]  # too few others
        ()
        >>> fixed, notes = price_outliers(Model(id="m", name="M", routes=routes))
        >>> [r.input for r in fixed.routes]
        [Decimal('2'), Decimal('2.2'), None]
        >>> print(notes[0])  # doctest: +NORMALIZE_WHITESPACE
        m: c route (input $0.0023 per 1M) price dropped, below 1/20 of the median $2.1
        of 2 other routes
    """
    notes: list[str] = []
    dropped: set[int] = set()
    for index, route in enumerate(model.routes):
        for side in _SIDES:
            value = getattr(route, side)
            if value is None:
                continue
            others = [v for i, r in enumerate(model.routes)
                      if i != index and (v := getattr(r, side)) is not None and v > 0]
            found = _slip(value, others)
            if found is not None:
                where = f" `{route.provider_model_id}`" if route.provider_model_id else ""
                notes.append(f"{model.id}: {route.provider}{where} route ({side} ${value} per 1M)"
                             f" price dropped, {found[0]} the median ${found[1]} of"
                             f" {len(others)} other routes")
                dropped.add(index)
                break
    if not dropped:
        return model, ()
    routes = tuple(_unpriced(r) if i in dropped else r for i, r in enumerate(model.routes))
    return attrs.evolve(model, routes=routes), tuple(notes)


def _unpriced(route: ProviderRoute) -> ProviderRoute:
    fix = "Price dropped as a likely unit slip (docs/data-notes.md)."
    return attrs.evolve(route, tiers=(), windows=(),
                        notes=f"{route.notes} {fix}" if route.notes else fix,
                        input=None, output=None, cache_read=None, cache_write=None,
                        cache_write_1h=None, batch_input=None, batch_output=None)
