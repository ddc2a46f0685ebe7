"""Who made a model no source names a maker for: the organisation its own ids name.

A model whose vendor no source states gets one guessed from its id (``tools/bundle_catalog.py``:
``qwen`` in the id -> Alibaba). A third party's fine-tune names its base model too
(``deepcogito/cogito-v1-preview-qwen-32B``), so the guess gives it the base model's lab. The
organisation before the model's own name in its ids (its publisher) says more, and goes first:

- an organisation the catalog knows as a maker (a vendor's name, or a spelling of one in
  :data:`ORG_SPELLINGS`) is the maker: ``deepcogito`` is Deep Cogito;
- a host's namespace (a provider of the catalog, or a reseller's path word in
  :data:`PATH_WORDS`, such as Fireworks' ``accounts/fireworks/models/``) says nothing of the
  maker and is passed over;
- any other organisation (``cognitivecomputations``) is a maker the catalog does not know: the
  vendor is unknown, never the base model's lab, and a family another maker's models hold
  (the base model's line) is dropped, since a family is one maker's (:func:`foreign_family`).

Where no organisation decides, an id or name that marks a third party's fine-tune or merge
(:func:`fine_tune_words`: "derestricted", or "Vivid Durian" after "Qwen3.5 27B") leaves the
vendor unknown too, never guessed as the base model's lab (review 20, P6).

A vendor a source states (models.dev's lab folder, LLMStats' organisation, OpenRouter's
``Vendor:`` prefix) is the source's word for the maker and is kept.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

import attrs

from phicompare.domain.names import normalize_name
from phicompare.domain.records import Model, Provider

from ._common import _LABS
from ._identity import squash
from ._noted import noted

__all__ = ["FINE_TUNE_MARKERS", "INFERRED_NOTE", "NAMED_FINE_TUNES", "ORG_SPELLINGS", "PATH_WORDS",
           "Publisher",
           "distilled_family", "fine_tune_words", "foreign_family", "host_forms", "maker_forms",
           "maker_listed", "orgs", "publisher"]

INFERRED_NOTE = "Vendor inferred from the model id (no source states it)."
"""The note of a vendor read from the model's id alone (``vendor_inferred``)."""

ORG_SPELLINGS: Mapping[str, str] = {
    **_LABS,
    "thudm": "Zhipu AI",  # Tsinghua's THUDM, where Zhipu published GLM-4-0414 before zai-org
    "volcengine": "ByteDance",  # Volcano Engine, ByteDance's cloud: Doubao's own API
    "core42": "G42",  # G42's company that publishes JAIS
    "tongyi": "Alibaba",  # Alibaba's Tongyi Lab (Tongyi-Zhiwen, QwenLong)
    "liquid": "Liquid AI",  # OpenRouter's author slug for LiquidAI
    "xiaomimimo": "Xiaomi",  # XiaomiMiMo, Xiaomi's MiMo organisation
}
"""An organisation's id (as ids spell it) -> the maker, where the two are not spelled alike."""

PATH_WORDS = frozenset({
    "models", "accounts", "routers",  # Fireworks: accounts/fireworks/models/..., routers/...
    "@cf", "workers-ai",  # Cloudflare Workers AI and its gateway
    "pro",  # SiliconFlow's Pro/ tier
    "tee",  # NanoGPT's TEE/ (trusted-execution) routes
    "route",  # Routing.run's namespace
    "public",  # DRun's public/ models
    "stealth",  # Kilo's unnamed stealth models
    "fal-ai",  # DigitalOcean's fal-ai/ models
})
"""Path words of resellers' model ids: where a model is served, not who made it."""


FINE_TUNE_MARKERS = frozenset({
    "derestricted", "uncensored", "abliterated", "heretic", "unshackled", "merge", "merged",
    "chimera", "distilled"})
"""Words of third parties' fine-tunes and merges of open weights, never of a maker's own release
(review 20, P6). DeepSeek's "R1 Distill Qwen 32B" is DeepSeek's own: "distill" is no marker."""

NAMED_FINE_TUNES: Mapping[str, str] = {
    "tim-qwen3.6-27b": "tim",  # dataAI: "TIM-Qwen3.6 27B", Subconscious' listing
}
"""Ids whose name puts a fine-tune's own word before its base model's name (keyed: a rule
would catch resellers' prefixes too, "alicloud-", "coding-", "zai-")."""

VARIANT_WORDS = frozenset({
    "instruct", "it", "chat", "think", "thinking", "reasoning", "base", "preview", "exp",
    "experimental", "original", "latest", "fast", "turbo", "free", "lite", "flash", "mini", "pro",
    "plus", "max", "coder", "code", "vl", "vision", "omni", "high", "throughput", "lightning",
    "online", "cs", "fw", "hf", "mlx", "gguf", "awq", "gptq", "bf16", "multilingual"})
"""Words a maker's own model, or a host's listing of it, puts after the model's size."""

_SIZE = re.compile(r"\d+b")
"""A model's size in an id's words (``27b``; ``3.5`` is split at the dot first)."""
_VARIANT = re.compile(r"[a-z]|[ae]?\d+b|\d+k?|v\d+|i?q\d\w*|\d+bit|fp\d+|int\d+")
"""A version, a date, a window, a quantisation or an active size: no fine-tune's name."""


def fine_tune_words(model_id: str) -> tuple[str, ...]:
    """The words by which ``model_id`` names a third party's fine-tune or merge; none otherwise.

    A marker anywhere (:data:`FINE_TUNE_MARKERS`: "derestricted"), and every word after the base
    model's size that is no maker's variant (:data:`VARIANT_WORDS`, a version, a date, a
    quantisation): "Qwen3.5 27B Vivid Durian" is a fine-tune of Qwen3.5 27B, by its name.

    Examples:
        >>> fine_tune_words("qwen3.5-27b-writer-v2-derestricted-lite")
        ('writer', 'derestricted')
        >>> fine_tune_words("gemma-4-uncensored"), fine_tune_words("qwen3-vl-235b-a22b-instruct")
        (('uncensored',), ())
        >>> fine_tune_words("tim-qwen3.6-27b")  # keyed: :data:`NAMED_FINE_TUNES`
        ('tim',)
    """
    named = NAMED_FINE_TUNES.get(model_id.casefold().rsplit("/", 1)[-1])
    if named is not None:  # the fine-tune's word before the base model's name
        return (named,)
    words = [w for w in re.split(r"[-_/.:() ]+", model_id.casefold()) if w]
    sized = next((i for i, w in enumerate(words) if _SIZE.fullmatch(w)), len(words))
    return tuple(w for i, w in enumerate(words) if w in FINE_TUNE_MARKERS or (
        i > sized and w not in VARIANT_WORDS and not _VARIANT.fullmatch(w)))


def orgs(names: Iterable[str]) -> tuple[str, ...]:
    """The organisation each name puts just before the model's own name, once each, lower case.

    Examples:
        >>> orgs(["deepcogito/cogito-v1-preview-qwen-32B", "cogito-v1", "hf:Qwen/Qwen3-8B",
        ...       "@cf/meta/llama-3-8b", "~openai/gpt-5", "Deepcogito/x"])
        ('deepcogito', 'qwen', 'meta', 'openai')
    """
    found: dict[str, None] = {}
    for name in names:
        parts = name.split("/")
        if len(parts) > 1 and (org := parts[-2].casefold().removeprefix("hf:").lstrip("~")):
            found[org] = None
    return tuple(found)


def _forms(org: str) -> tuple[str, ...]:
    """``org`` as it may name a maker: whole, its first word, without a closing "ai"."""
    whole = squash(org)
    first = squash(org.partition("-")[0])
    return tuple(dict.fromkeys((whole, first, whole.removesuffix("ai"))))


def maker_forms(vendors: Iterable[str], spellings: Mapping[str, str] = ORG_SPELLINGS
                ) -> dict[str, str]:
    """A lookup of makers by squashed spelling: ``vendors`` (by their own names) and ``spellings``.

    Examples:
        >>> makers = maker_forms(["Deep Cogito", "Alibaba"])
        >>> makers["deepcogito"], makers["qwen"], makers["thudm"]
        ('Deep Cogito', 'Alibaba', 'Zhipu AI')
    """
    makers = {squash(k): v for k, v in {**ORG_SPELLINGS, **spellings}.items()}
    makers.update((squash(v), v) for v in vendors)
    return makers


def host_forms(providers: Iterable[Provider]) -> frozenset[str]:
    """The squashed spellings of the providers' namespaces: id, id without a closing "ai", name.

    Examples:
        >>> sorted(host_forms([Provider(id="novita-ai", name="Novita AI")]))
        ['novita', 'novitaai']
    """
    return frozenset(form for p in providers
                     for form in (squash(p.id), squash(p.id).removesuffix("ai"), squash(p.name)))


@attrs.frozen
class Publisher:
    """What a model's ids say of its maker: the maker they name, by which organisation, the rest.

    ``maker`` is set only where the organisations name exactly one; ``strangers`` are those that
    are neither a maker nor a host (publishers the catalog does not know).
    """

    maker: str | None = None
    org: str | None = None
    strangers: tuple[str, ...] = ()


def publisher(names: Iterable[str], makers: Mapping[str, str], hosts: Collection[str]
              ) -> Publisher:
    """What the organisations of ``names`` say of the model's maker.

    ``makers`` is :func:`maker_forms`' lookup; ``hosts`` the squashed provider ids and names of the
    catalog (an organisation spelled as one is a host's namespace).

    Examples:
        >>> makers = maker_forms(["Deep Cogito", "Mistral AI"])
        >>> publisher(["deepcogito/cogito-v1-preview-qwen-32B"], makers, {"nanogpt"})
        Publisher(maker='Deep Cogito', org='deepcogito', strangers=())
        >>> publisher(["cognitivecomputations/dolphin-2.9.2-qwen2-72b"], makers, ()).strangers
        ('cognitivecomputations',)
        >>> publisher(["accounts/fireworks/models/x", "TEE/x", "cerebras/x"], makers, {"cerebras"})
        Publisher(maker=None, org=None, strangers=())
    """
    found: dict[str, str] = {}
    strangers: list[str] = []
    for org in orgs(names):
        forms = _forms(org)
        maker = next((makers[f] for f in forms if f in makers), None)
        if maker is not None:
            found.setdefault(maker, org)
        elif org not in PATH_WORDS and squash(org) not in hosts:
            strangers.append(org)
    if len(found) == 1:
        ((maker, org),) = found.items()
        return Publisher(maker=maker, org=org, strangers=tuple(strangers))
    return Publisher(strangers=tuple(strangers))


def foreign_family(model: Model, holders: Mapping[str, Collection[str]]) -> Model:
    """``model`` without its family where models of another maker hold it (a family is one maker's).

    ``holders`` maps a family to the vendors of the models holding it. A third party's fine-tune
    whose source files it under its base model's family (Deep Cogito's Cogito v1 under "qwen")
    is no kin of that family's models; its notes say so.

    Examples:
        >>> cogito = Model(id="cogito", name="Cogito", vendor="Deep Cogito", family="qwen")
        >>> foreign_family(cogito, {"qwen": {"Alibaba", "Deep Cogito"}}).family is None
        True
        >>> foreign_family(cogito, {"qwen": {"Deep Cogito"}}).family
        'qwen'
    """
    if model.family is None or not set(holders.get(model.family, ())) - {model.vendor}:
        return model
    maker = model.vendor or "a maker the catalog does not know"
    note = (f"Family {model.family!r} left out: other makers' models hold it (the base "
            f"model's line), and this model is {maker}'s.")
    return attrs.evolve(model, family=None, notes=noted(model.notes, note))


_DISTILLED = re.compile(r"\bdistill[\s_\-.]+([a-z]+)")
"""A name's "Distill <base>": a model distilled into (fine-tuned from) a base model's line."""


def distilled_family(model: Model, families: Collection[str]) -> Model:
    """``model`` in its base model's family where its name says it is distilled into one.

    DeepSeek's "R1 Distill Llama 70B" and "R1 Distill Qwen 32B" are Llama and Qwen models
    fine-tuned on DeepSeek-R1's samples: their size, architecture and weights are the base's,
    not R1's (a 671B model of DeepSeek's own). models.dev files three of the six under "qwen"
    and the others under R1's "deepseek-thinking", which made them R1's "same family" (review
    11, K11). ``families`` are the families the catalog's models hold; the notes say why.

    Examples:
        >>> m = Model(id="d", name="DeepSeek R1 Distill Llama 70B", vendor="DeepSeek",
        ...           family="deepseek-thinking")
        >>> distilled_family(m, {"llama", "qwen"}).family
        'llama'
        >>> distilled_family(m, {"qwen"}) is m
        True
    """
    found = _DISTILLED.search(model.name.casefold())
    if found is None or found[1] not in families or model.family == found[1]:
        return model
    note = (f"Family {found[1]!r}, its base model's line (its name: distilled into "
            f"{found[1]}), not {model.family!r}." if model.family else
            f"Family {found[1]!r}, its base model's line (its name: distilled into {found[1]}).")
    return attrs.evolve(model, family=found[1],
                        notes=noted(model.notes, note))


def maker_listed(model: Model, own_apis: Mapping[str, Collection[str]],
                 names: Mapping[str, str]) -> Model:
    """``model`` with its guessed vendor sourced where that vendor's own API lists the model.

    A vendor read from the id alone (``vendor_inferred``: ``qwen`` -> Alibaba) is a guess; a
    route on a provider the catalog records as that vendor's own API (``own_apis``: a
    first-party provider's id -> its ``vendors``) is the maker listing the model as its own,
    a source that states the maker (review 18, P5: Qwen3-Omni Flash, on Alibaba's Model Studio
    alone, read "its maker is not on record"). Another lab's API (which serves other labs'
    models too) or a host sources nothing. ``names`` name the providers in the note.

    Examples:
        >>> from phicompare.domain.pricing import ProviderRoute
        >>> import datetime as dt
        >>> route = ProviderRoute(provider="alibaba-cn", source="https://x",
        ...                       checked=dt.date(2026, 7, 2))
        >>> guess = Model(id="qwen-x", name="Qwen X", vendor="Alibaba", vendor_inferred=True,
        ...               routes=(route,), notes=INFERRED_NOTE)
        >>> found = maker_listed(guess, {"alibaba-cn": ("Alibaba",)},
        ...                      {"alibaba-cn": "Alibaba (China)"})
        >>> found.vendor_inferred, found.notes
        (False, "Vendor from its maker's own API, which lists the model (Alibaba (China)).")
    """
    if not model.vendor_inferred or model.vendor is None:
        return model
    vendor = normalize_name(model.vendor)
    apis = list(dict.fromkeys([r.provider for r in model.routes if any(
        normalize_name(own) == vendor for own in own_apis.get(r.provider, ()))]))
    if not apis:
        return model
    said = [names.get(p, p) for p in apis]
    listed = said[0] if len(said) == 1 else f"{', '.join(said[:-1])} and {said[-1]}"
    note = f"Vendor from its maker's own API, which lists the model ({listed})."
    notes = (model.notes or "").replace(INFERRED_NOTE, note) if model.notes and (
        INFERRED_NOTE in model.notes) else noted(model.notes, note)
    return attrs.evolve(model, vendor_inferred=False, notes=notes)
