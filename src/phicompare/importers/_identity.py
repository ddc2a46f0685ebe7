"""Identity across sources: which names are one model, which provider ids are one provider.

The rule (documented in ``docs/importers.md``): a model name is reduced to its last path segment
(``azure_ai/Phi-4`` -> ``Phi-4``, ``microsoft/phi-4`` -> ``phi-4``), an OpenRouter ``:free``
variant suffix is dropped, and case, spaces, dashes, underscores and dots are ignored. A trailing
``-instruct`` or ``-it`` is dropped too, unless some provider lists both the bare name and the
suffixed one as different models (``gpt-3.5-turbo`` and ``gpt-3.5-turbo-instruct``). Users
override the rule with explicit aliases (see :func:`phicompare.importers.merge`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = [
    "canonical_provider",
    "identity_key",
    "keep_apart",
    "last_segment",
    "route_key",
    "squash",
]

_IGNORED = re.compile(r"[\s_\-.]+")
_VARIANT_SUFFIXES = (":free",)
_TUNING_SUFFIXES = ("-instruct", "-it")

# Provider ids of other datasets (and of phicompare's bundled catalog) that name the same
# provider as a models.dev id. Keys are compared after lower-casing and ``_`` -> ``-``.
_PROVIDERS: Mapping[str, str] = {
    "azure-ai": "azure", "azure-foundry": "azure", "azure-cognitive-services": "azure",
    "azure-text": "azure",
    "bedrock": "amazon-bedrock", "bedrock-converse": "amazon-bedrock",
    "bedrock-mantle": "amazon-bedrock", "aws-bedrock": "amazon-bedrock",
    "aws": "amazon-bedrock",
    "fireworks": "fireworks-ai", "together": "togetherai", "together-ai": "togetherai",
    "vertex-ai": "google-vertex", "vertex-ai-anthropic-models": "google-vertex-anthropic",
    "gemini": "google", "novita": "novita-ai", "nvidia-nim": "nvidia", "cohere-chat": "cohere",
    "lambda-ai": "lambda", "moonshot": "moonshotai", "friendliai": "friendli",
    "vercel-ai-gateway": "vercel", "cloudflare": "cloudflare-workers-ai",
    "text-completion-openai": "openai", "alibaba-cloud": "alibaba", "dashscope": "alibaba",
    "xiaomi-mimo": "xiaomi", "x-ai": "xai", "bigmodel": "zhipuai",
}


def squash(name: str) -> str:
    """``name`` in the form names are matched in: lower case, no spaces, dashes, underscores, dots.

    Examples:
        >>> squash("Phi-3.5-mini"), squash("phi_35 MINI")
        ('phi35mini', 'phi35mini')
    """
    return _IGNORED.sub("", name.casefold())


def last_segment(name: str) -> str:
    """The part of a model name after its last ``/`` (a provider or organisation prefix).

    Examples:
        >>> last_segment("fireworks_ai/accounts/fireworks/models/phi-3-mini-128k-instruct")
        'phi-3-mini-128k-instruct'
    """
    return name.rsplit("/", 1)[-1]


def _strip_variant(segment: str) -> str:
    for suffix in _VARIANT_SUFFIXES:
        if segment.endswith(suffix):
            return segment[: -len(suffix)]
    return segment


def identity_key(name: str, apart: frozenset[str] = frozenset()) -> str:
    """The key under which ``name`` is one model with every other name of equal key.

    ``apart`` holds squashed names that keep their ``-instruct``/``-it`` suffix (see
    :func:`keep_apart`).

    Examples:
        >>> identity_key("azure_ai/Phi-4") == identity_key("microsoft/phi-4") == "phi4"
        True
        >>> identity_key("Phi-4-mini-instruct"), identity_key("microsoft/phi-4:free")
        ('phi4mini', 'phi4')
        >>> identity_key("gpt-3.5-turbo-instruct", frozenset({"gpt35turboinstruct"}))
        'gpt35turboinstruct'
    """
    segment = _strip_variant(last_segment(name).casefold())
    key = squash(segment)
    if key in apart:
        return key
    for suffix in _TUNING_SUFFIXES:
        if segment.endswith(suffix):
            return squash(segment[: -len(suffix)])
    return key


def keep_apart(names_by_provider: Iterable[Iterable[str]]) -> frozenset[str]:
    """Suffixed names that one provider lists beside their bare form, as different models.

    Examples:
        >>> sorted(keep_apart([["gpt-3.5-turbo", "gpt-3.5-turbo-instruct"], ["phi-4-mini"]]))
        ['gpt35turboinstruct']
    """
    apart: set[str] = set()
    for names in names_by_provider:
        segments = {squash(_strip_variant(last_segment(n).casefold())): n for n in names}
        for name in segments.values():
            segment = _strip_variant(last_segment(name).casefold())
            for suffix in _TUNING_SUFFIXES:
                if segment.endswith(suffix) and squash(segment[: -len(suffix)]) in segments:
                    apart.add(squash(segment))
    return frozenset(apart)


def canonical_provider(provider_id: str, overrides: Mapping[str, str] | None = None) -> str:
    """The provider id routes of several sources are matched under (models.dev's ids).

    Examples:
        >>> [canonical_provider(p) for p in ("azure_ai", "fireworks", "kilo")]
        ['azure', 'fireworks-ai', 'kilo']
        >>> canonical_provider("vertex_ai-mistral_models")
        'google-vertex'
    """
    key = provider_id.casefold().replace("_", "-")
    if overrides:
        for name in (provider_id, key):
            if name in overrides:
                return overrides[name]
    found = _PROVIDERS.get(key)
    if found is not None:
        return found
    if key.startswith("vertex-ai-"):
        return "google-vertex"
    return key


def route_key(provider: str, provider_model_id: str) -> tuple[str, str]:
    """The key under which two sources' routes are the same route (provider and model there).

    An OpenRouter ``:free`` variant stays a route of its own.

    Examples:
        >>> route_key("azure", "phi-4") == route_key("azure", "Phi-4")
        True
        >>> route_key("openrouter", "microsoft/phi-4:free")
        ('openrouter', 'phi4:free')
    """
    segment = last_segment(provider_model_id).casefold()
    variant = next((s for s in _VARIANT_SUFFIXES if segment.endswith(s)), "")
    return provider, identity_key(segment) + variant
