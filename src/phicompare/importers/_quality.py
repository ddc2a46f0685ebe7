"""Data-quality rules for an imported market layer (``tools/bundle_catalog.py`` applies them).

Five rules, each documented in ``docs/data-notes.md`` where the bundled layer lists what they
did:

- a model that is not a chat model (a safety classifier, embeddings, a reranker, speech, OCR,
  image generation) is left out (:func:`not_chat`);
- a route on a subscription plan (a "coding plan" or "token plan", GitHub Copilot, a local
  runtime) is left out: its per-token figures are not what a token costs (:func:`subscription`);
- a route price implausibly far from the model's other routes (a unit slip, $0.0023 for $2.30 per
  1M) is dropped, so the route's price is unknown, never zero (:func:`price_outliers`);
- a route whose per-token figures cannot be a per-token price (Replicate's DeepSeek-VL2 at $9.50
  in and $4,800 out per 1M: Replicate bills that model by hardware time) loses its prices
  (:func:`not_per_token`);
- a knowledge cutoff after the release date is impossible: the release date goes when it is a
  1 January placeholder, else the cutoff (:func:`impossible_dates`);
- a release date after the model's facts were first checked is impossible (a source described
  the model before it): another source's consistent date replaces it, else it goes
  (:func:`listed_before_release`);
- a route price dated before its model's release was not read on that date (a price cannot be
  read before its model existed): the route takes its snapshot's date
  (:func:`priced_before_release`);
- a model-level multimodal flag of yes beside recorded input modalities of text alone is a
  contradiction: the flag goes, unknown (:func:`text_only_multimodal`);
- a score recorded on another dated snapshot's date, or cited to a page named for another
  snapshot, belongs to that snapshot (:func:`snapshot_scores`, in ``_snapshots``).
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections.abc import Mapping, Sequence
from decimal import Decimal

import attrs

from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model, Provider

from ._conflicts import RecordFacts
from ._lab_apis import MAKERS
from ._noted import noted
from ._snapshots import snapshot_scores

__all__ = ["MAX_OUTPUT_RATIO", "MAX_PRICE", "OUTLIER_FACTOR", "OUTLIER_OTHERS",
           "impossible_dates", "listed_before_release", "not_chat", "not_per_token",
           "price_outliers", "priced_before_release", "snapshot_scores", "subscription",
           "text_only_multimodal"]

OUTLIER_FACTOR = Decimal(20)
"""A route price below 1/20 or above 20x the median of the model's other routes is a slip."""
OUTLIER_OTHERS = 2
"""The fewest other priced routes (of the same side) a price is judged against."""
MAX_PRICE = Decimal(1000)
"""USD per 1M tokens above which a figure is no per-token price of a chat model: the dearest route
in the five shared snapshots (models.dev, LLMStats, LiteLLM, OpenRouter, genai-prices) is o1-pro's
$600 output; DeepSeek-VL2 on Replicate is listed at $4,800."""
MAX_OUTPUT_RATIO = Decimal(200)
"""An output price more than 200x the input price is no pair of per-token prices: the widest real
ratio in the five snapshots is 120x (Gemini's image-output previews, $0.50 in and $60 out);
DeepSeek-VL2 on Replicate is listed at 505x."""

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
# A host's alias of a family's newest model (OpenRouter's ~anthropic/claude-sonnet-latest "always
# redirects to the latest model in the Anthropic Claude Sonnet family"): no model of its own.
_FAMILY_ALIAS = re.compile(r"[a-z]+(?:-[a-z]+)*-latest")
_MOVING = "a family's moving alias (its host sends each request to the family's newest model)"
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
    if _FAMILY_ALIAS.fullmatch(model.id) and not any(r.provider in MAKERS for r in model.routes):
        return _MOVING  # a lab's own moving alias (Google's gemini-flash-latest) is its API's name
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


def _not_per_token_why(route: ProviderRoute) -> str | None:
    prices = [(side, getattr(route, side)) for side in _SIDES]
    prices += [(f"{side} above {tier.above_input_tokens:,} tokens", getattr(tier, side))
               for tier in route.tiers for side in _SIDES]
    for side, value in prices:
        if value is not None and value > MAX_PRICE:
            return f"{side} ${value} per 1M is above ${MAX_PRICE}"
    if route.input and route.output and route.output > route.input * MAX_OUTPUT_RATIO:
        return (f"output ${route.output} is more than {MAX_OUTPUT_RATIO}x input "
                f"${route.input} per 1M")
    return None


def not_per_token(model: Model) -> tuple[Model, tuple[str, ...]]:
    """``model`` without the route prices that cannot be per-token prices, and a note for each.

    A route with a price above :data:`MAX_PRICE` per 1M tokens, or an output price more than
    :data:`MAX_OUTPUT_RATIO` times its input price, bills by something else (hardware time, an
    image): every price of that route is dropped (unknown), the route stays.

    Examples:
        >>> import datetime as dt
        >>> def route(p, i, o):
        ...     return ProviderRoute(provider=p, source="https://example.org/prices",
        ...                          checked=dt.date(2025, 5, 22),
        ...                          input=Decimal(i), output=Decimal(o))
        >>> fixed, notes = not_per_token(Model(id="vl2", name="VL2", routes=(
        ...     route("replicate", "9.5", "4800"), route("deepinfra", "0.15", "0.15"))))
        >>> [r.output for r in fixed.routes]
        [None, Decimal('0.15')]
        >>> print(notes[0])  # doctest: +NORMALIZE_WHITESPACE
        vl2: replicate route (input $9.5, output $4800 per 1M) prices dropped, output $4800 per
        1M is above $1000
        >>> not_per_token(Model(id="o1-pro", name="o1-pro", routes=(
        ...     route("openai", "150", "600"),)))[1]
        ()
    """
    notes: list[str] = []
    routes = []
    for route in model.routes:
        why = _not_per_token_why(route)
        if why is None:
            routes.append(route)
            continue
        where = f" `{route.provider_model_id}`" if route.provider_model_id else ""
        notes.append(f"{model.id}: {route.provider}{where} route (input ${route.input}, output "
                     f"${route.output} per 1M) prices dropped, {why}")
        routes.append(_unpriced(route, "Price dropped: not a per-token price "
                                       "(docs/data-notes.md)."))
    if not notes:
        return model, ()
    return attrs.evolve(model, routes=tuple(routes)), tuple(notes)


def _unpriced(route: ProviderRoute,
              fix: str = "Price dropped as a likely unit slip (docs/data-notes.md).",
              ) -> ProviderRoute:
    return attrs.evolve(route, tiers=(), windows=(),
                        notes=f"{route.notes} {fix}" if route.notes else fix,
                        input=None, output=None, cache_read=None, cache_write=None,
                        cache_write_1h=None, batch_input=None, batch_output=None)


_MONTH = re.compile(r"(\d{4})-(\d{2})")


def impossible_dates(model: Model) -> tuple[Model, str | None]:
    """``model`` without the date of an impossible pair (cutoff after release), and a note.

    The pair is compared by month, as the catalog reads a cutoff's day (``2024-06`` and
    ``2024-06-30`` are one cutoff): a cutoff in a later month than the release cannot be. A
    release on 1 January is then the placeholder of a source that knew the year alone (Sonar
    "released 2024-01-01" with a September 2025 cutoff) and is dropped; otherwise the cutoff is.
    A consistent 1 January release is kept.

    Examples:
        >>> import datetime as dt
        >>> sonar = Model(id="sonar", name="Sonar", released=dt.date(2024, 1, 1),
        ...               knowledge_cutoff="2025-09-01")
        >>> fixed, note = impossible_dates(sonar)
        >>> fixed.released, fixed.knowledge_cutoff
        (None, '2025-09-01')
        >>> qwen = Model(id="qwen-plus", name="Qwen Plus", released=dt.date(2024, 1, 25),
        ...              knowledge_cutoff="2024-04")
        >>> impossible_dates(qwen)[0].knowledge_cutoff is None
        True
        >>> same_month = Model(id="g", name="G", released=dt.date(2024, 6, 24),
        ...                    knowledge_cutoff="2024-06-30")
        >>> impossible_dates(same_month) == (same_month, None)
        True
    """
    found = _MONTH.match(model.knowledge_cutoff or "")
    if model.released is None or found is None:
        return model, None
    if (int(found[1]), int(found[2])) <= (model.released.year, model.released.month):
        return model, None
    pair = f"knowledge cutoff {model.knowledge_cutoff} after release {model.released}"
    if (model.released.month, model.released.day) == (1, 1):
        fix = attrs.evolve(model, released=None)
        said = f"release date {model.released} dropped (a 1 January placeholder)"
    else:
        fix = attrs.evolve(model, knowledge_cutoff=None)
        said = f"knowledge cutoff {model.knowledge_cutoff} dropped"
    note = f"{said[0].upper()}{said[1:]}: the sources put its {pair} (docs/data-notes.md)."
    fix = attrs.evolve(fix, notes=noted(model.notes, note))
    return fix, f"{model.id}: {pair}: {said}"


_DESCRIPTIONS = frozenset(("models.dev:models", "llmstats"))
"""Sources whose record is the model's own description (not a provider's listing)."""


def priced_before_release(model: Model, snapshots: Mapping[str, dt.date], name: str
                          ) -> tuple[Model, list[str]]:
    """``model`` with each route dated before its release dated by its snapshot, and notes.

    A price cannot be read before its model existed: LLMStats' ``updated_at`` of 2024-03-20 on
    Google's entries for Llama 3.1 405B (released 2024-07-23), Mistral Large 2407 and others is
    no reading date, so the route is dated like one with none, by the snapshot its source
    belongs to (``snapshots``: a route source's URL prefix -> the snapshot's date; ``name`` the
    dataset's, for the route's notes). A route of no snapshot given, or whose snapshot predates
    the release too, is left (``phicompare validate --strict`` flags it). Review 7, F7.

    Examples:
        >>> route = ProviderRoute(provider="p", source="https://x/p.json", input=Decimal(5),
        ...                       output=Decimal(16), checked=dt.date(2024, 3, 20))
        >>> llama = Model(id="l", name="L", released=dt.date(2024, 7, 23), routes=(route,))
        >>> fixed, notes = priced_before_release(llama, {"https://x/": dt.date(2025, 5, 22)}, "X")
        >>> fixed.routes[0].checked, fixed.routes[0].notes
        (datetime.date(2025, 5, 22), "X dates this price 2024-03-20, before the model's release \
on 2024-07-23: not the day it was read, so dated by the snapshot (2025-05-22)")
        >>> notes
        ['l: p route checked 2024-03-20, before release 2024-07-23: dated 2025-05-22 (X)']
    """
    released = model.released
    if released is None or all(r.checked >= released for r in model.routes):
        return model, []
    routes, notes = [], []
    for route in model.routes:
        when = next((day for prefix, day in snapshots.items()
                     if route.source.startswith(prefix)), None)
        if route.checked >= released or when is None or when < released:
            routes.append(route)
            continue
        note = (f"{name} dates this price {route.checked}, before the model's release on "
                f"{released}: not the day it was read, so dated by the snapshot ({when})")
        routes.append(attrs.evolve(route, checked=when,
                                   notes=noted(route.notes, note, "; ")))
        notes.append(f"{model.id}: {route.provider} route checked {route.checked}, before release "
                     f"{released}: dated {when} ({name})")
    return attrs.evolve(model, routes=tuple(routes)), notes


def listed_before_release(model: Model, evidence: Sequence[RecordFacts]
                          ) -> tuple[Model, str | None]:
    """``model`` without a release date later than its facts' ``checked`` day, and a note.

    A source read on ``checked`` described the model, so it was out by then: a later date is a
    provider's own listing date (Kilo's 2025-12-29 for Mistral Small 3, out 2025-01-30). The
    date another record of ``evidence`` gives that is not later replaces it (a description's
    first, else the most frequent); with none, the date goes (unknown). A date the model's own
    description gives is kept: the earlier source listed its preview under the same name
    (Gemini 2.5 Pro, out 2025-06-17, described in LLMStats' 2025-05-22 snapshot).

    Examples:
        >>> small = Model(id="s", name="S", released=dt.date(2025, 12, 29),
        ...               checked=dt.date(2025, 5, 22))
        >>> said = [RecordFacts(source=s, url=s, facts=(("released", dt.date(*d)),))
        ...         for s, d in (("models.dev:kilo", (2025, 12, 29)), ("llmstats", (2025, 1, 30)))]
        >>> fixed, note = listed_before_release(small, said)
        >>> fixed.released, note.endswith("replaced by 2025-01-30 (llmstats)")
        (datetime.date(2025, 1, 30), True)
        >>> listed_before_release(small, said[:1])[0].released is None
        True
    """
    released, checked = model.released, model.checked
    if released is None or checked is None or released <= checked:
        return model, None
    dates = [(e.source, d) for e in evidence
             if isinstance(d := dict(e.facts).get("released"), dt.date)]
    if any(source in _DESCRIPTIONS and day == released for source, day in dates):
        return model, None
    fine = [(s, d) for s, d in dates if d <= checked]
    counts: dict[dt.date, int] = {}
    for _, given in fine:
        counts[given] = counts.get(given, 0) + 1
    own = [d for s, d in fine if s in _DESCRIPTIONS]
    day: dt.date | None = own[0] if own else (
        max(counts, key=counts.__getitem__) if counts else None)
    pair = f"release {released} after its facts were checked on {checked}"
    if day is None:
        said = "dropped"
    else:
        said = f"replaced by {day} ({', '.join(dict.fromkeys(s for s, d in fine if d == day))})"
    note = (f"Release date {said}: the sources put its {pair} (docs/data-notes.md).")
    fix = attrs.evolve(model, released=day, notes=noted(model.notes, note))
    return fix, f"{model.id}: {pair}: {said}"


def text_only_multimodal(models: Sequence[Model]) -> tuple[list[Model], tuple[str, ...]]:
    """``models`` without a multimodal flag their own recorded inputs contradict, and a line each.

    A model whose recorded input modalities are text alone takes no other modality, so a
    "multimodal: yes" beside them (LLMStats marks Grok 3 multimodal; models.dev records its
    inputs as text: review 9, H3) cannot hold: the flag goes, unknown (never "no", as the
    inputs may be incomplete), and the model's notes say so. A documented vision flag is left
    to the merge's rule (taking images is multimodal input), and unknown inputs decide nothing.

    Examples:
        >>> from phicompare.domain.records import Capabilities
        >>> m = Model(id="m", name="M", input_modalities=("text",),
        ...           capabilities=Capabilities(multimodal=True))
        >>> fixed, lines = text_only_multimodal([m])
        >>> fixed[0].capabilities.multimodal, lines
        (None, ('m: multimodal = true beside input modalities text only: dropped',))
    """
    out: list[Model] = []
    lines: list[str] = []
    for model in models:
        flags = model.capabilities
        if (flags.multimodal is not True or flags.vision is True
                or model.input_modalities != ("text",)):
            out.append(model)
            continue
        note = ("Multimodal input dropped (not documented): a source marks the model "
                "multimodal while its recorded input modalities are text alone "
                "(docs/data-notes.md).")
        out.append(attrs.evolve(model, capabilities=attrs.evolve(flags, multimodal=None),
                                notes=noted(model.notes, note)))
        lines.append(f"{model.id}: multimodal = true beside input modalities text only: dropped")
    return out, tuple(lines)
