"""Identity across sources: which names are one model, which provider ids are one provider.

The rule (documented in ``docs/importers.md``): a model name is reduced to its last path segment
(``azure_ai/Phi-4`` -> ``Phi-4``, ``microsoft/phi-4`` -> ``phi-4``), an OpenRouter ``:free``
variant suffix is dropped, and case, spaces, dashes, underscores and dots are ignored. A trailing
``-instruct`` or ``-it`` is dropped too, unless some provider lists both the bare name and the
suffixed one as different models (``gpt-3.5-turbo`` and ``gpt-3.5-turbo-instruct``). Users
override the rule with explicit aliases (see :func:`phicompare.importers.merge`). Resellers'
spellings of one model id are read as the maker's first (see :func:`spelling`), and a few
irregular ones, each checked against the maker's own listing, are in
:data:`~._spellings.SAME`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from ._listings import _AZURE, _MODE, _QUANTISED, quantised, unflavoured, unquantised
from ._spellings import SAME as _SAME

__all__ = [
    "canonical_provider",
    "identity_key",
    "keep_apart",
    "last_segment",
    "maker_id",
    "quantised",
    "route_key",
    "spelling",
    "squash",
    "table_undated",
    "undated",
    "unflavoured",
    "unprefixed",
    "unquantised",
    "without_maker",
]

_IGNORED = re.compile(r"[\s_\-.]+")
_VARIANT_SUFFIXES = (":free",)
_TUNING_SUFFIXES = ("-instruct", "-it")
# A release named by its year and month (Qwen's -2507, Mistral's -2407) or a dated snapshot.
_RELEASE = re.compile(r"(?<![\w.])(20\d\d-\d\d-\d\d|20\d{6}|2[3-9](?:0[1-9]|1[0-2]))(?![\w.])")
# -instruct/-it before a closing year-month stamp (qwen3-235b-a22b-instruct-2507).
_TUNED_RELEASE = re.compile(r"-(?:instruct|it)(?=-2[3-9](?:0[1-9]|1[0-2])$)")
# Reseller spellings of one model id (applied in order; see docs/importers.md, "Identity").
_REGION = re.compile(r"^(?:(?:us|eu|au|jp|apac|global|us-gov|ca)\.)?"
                     r"(anthropic|meta|amazon|mistral|cohere|deepseek|openai|qwen|zai|minimax|"
                     r"moonshot|moonshotai|google|nvidia|writer|xai)\.")
_NAMED_AFTER_MAKER = ("deepseek",)  # Bedrock's deepseek.r1 is deepseek-r1
_BEDROCK_VERSION = re.compile(r"-v?\d+:\d+$")
# A maker's name before its product's (alibaba-qwen3-32b, arcee-trinity-..., aion-labs-aion-2-0,
# GitHub Models' ai21-jamba-1.5-large: AI21's own weights are AI21-Jamba-1.5-Large, its API's
# model jamba-1.5-large).
_MAKER_PREFIXES = ("alibaba-", "arcee-", "aion-labs-", "ai21-")
_MAKER = re.compile(r"^(?:alibaba-(?=qwen)|arcee-(?=trinity)|aion-labs-(?=aion-)|ai21-(?=jamba-))")
# Amazon's Nova on hosts: amazon/nova-lite-v1 is Bedrock's amazon.nova-lite-v1:0 without its
# ":0", the one model Amazon's Bedrock card names Nova Lite (review 13, M3).
_NOVA_VERSION = re.compile(r"^(nova-.+?)-v\d+$")
_P_DECIMAL = re.compile(r"(?<=\d)p(?=\d)")  # Fireworks' glm-5p1, kimi-k2p6: a decimal point
_DEEPSEEK = re.compile(r"^deepseek-(?:chat-(?=v\d)|(?=\d\.\d))")  # deepseek-chat-v3.1, -3.2
# Moonshot's dated Kimi K2: kimi-k2-0905-preview (its API), kimi-k2-instruct-0905 (the weights).
_KIMI_STAMP = re.compile(r"^(kimi-k2)(?:-instruct)?-((?:0[1-9]|1[0-2])[0-3]\d)(?:-preview)?$")
_GEMINI_TIER = re.compile(r"^gemini-(pro|flash)((?:-lite)?(?:-8b)?)-(\d(?:\.\d)?)(?=$|-)")
_RESELLER_PREFIXES = ("anthropic-", "databricks-", "cerebras-", "groq-", "meta-", "openai-",
                      "google-", "cohere-")
_RESELLER = re.compile(r"^(?:anthropic|databricks|cerebras|groq|meta|openai|google|cohere)-+"
                       r"(?=[a-z])")
_ENDPOINT_ENDS = ("-maas", "-versatile", "-instant")
_ENDPOINT = re.compile(r"(?:-v?\d+:\d+|-maas|(?<=\db)-(?:versatile|instant))$")
_CLAUDE = re.compile(r"^claude-(\d(?:[.-]\d)?)-(opus|sonnet|haiku)(?=$|-)")
_CLAUDE_ZERO = re.compile(r"^(claude-(?:opus|sonnet|haiku)-\d)[.-]0(?=$|-)")
# Anthropic sells no thinking model: extended thinking (and its budget) is a request parameter;
# nor a fast model: fast mode is a request option at 6x the price (OpenRouter: "Fast-mode variant
# of Opus 4.6 - identical capabilities", citing platform.claude.com's fast-mode page; review 7).
_CLAUDE_THINKING = re.compile(
    r"^(claude-.*?)(?:[-:]think(?:ing)?(?:[-:](?:\d+|low|medium|high|max))?|-fast)$")
# A snapshot date (YYYYMMDD, YYYY-MM-DD, Vertex's @YYYYMMDD; Mistral's YYMM) or "latest".
_DATED = re.compile(r"(?:[-@](?:20\d{6}|20\d\d-\d\d-\d\d)|-latest)(?=$|-)")
# Other makers' snapshot stamps: Gemini's -001 stable version, xAI's MMDD (grok-4-0709),
# ByteDance's YYMMDD (doubao-seed-1-6-250615; BytePlus's seed-1-8-251228). Not OpenAI's MMDD:
# gpt-4 is OpenAI's moving name,
# the sources name two of its snapshots (gpt-4-0314, gpt-4-0613), and one source naming only one
# of them cannot say which gpt-4 means (docs/data-notes.md).
_STAMPS = (("gemini-", re.compile(r"-00\d(?=$|-)")),
           ("grok-", re.compile(r"-(?:0[1-9]|1[0-2])[0-3]\d(?=$|-)")),
           ("doubao-", re.compile(r"-2\d(?:0[1-9]|1[0-2])[0-3]\d(?=$|-)")),
           # BytePlus's Seed 1.8: seed-1-8-251228 is its one model id (BytePlus's ModelArk model
           # list, docs.byteplus.com/en/docs/modelark/1330310, read 2026-12-01). Not every seed-:
           # no page read names the snapshot the hosts' undated Seed 1.6 Flash serves
           ("seed-1-8-", re.compile(r"-2\d(?:0[1-9]|1[0-2])[0-3]\d(?=$|-)")))
_MISTRAL_FAMILIES = ("mistral", "codestral", "devstral", "ministral", "magistral", "pixtral",
                     "voxtral", "open-mistral")
_COHERE_DATED = re.compile(r"-(?:0[1-9]|1[0-2])-20\d\d$")  # command-r-plus-04-2024
_MISTRAL_DATED = re.compile(r"^((?:open-)?(?:mistral|codestral|devstral|ministral|magistral|"
                            r"pixtral|voxtral)\S*?)-2[4-9](?:0[1-9]|1[0-2])(?=$|-)")

# Provider ids of other datasets (and of phicompare's bundled catalog) that name the same
# provider as a models.dev id. Keys are compared after lower-casing and ``_`` -> ``-``.
_PROVIDERS: Mapping[str, str] = {
    "azure-ai": "azure", "azure-foundry": "azure", "azure-cognitive-services": "azure",
    "azure-text": "azure",
    "bedrock": "amazon-bedrock", "bedrock-converse": "amazon-bedrock",
    "bedrock-mantle": "amazon-bedrock", "aws-bedrock": "amazon-bedrock",
    "aws": "amazon-bedrock",
    "fireworks": "fireworks-ai", "together": "togetherai", "together-ai": "togetherai",
    "vertex-ai": "google-vertex", "vertex-ai-anthropic-models": "google-vertex",
    # models.dev's second folder for Vertex AI's Claude (another SDK package, one service)
    "google-vertex-anthropic": "google-vertex",
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


def unprefixed(segment: str) -> str:
    """``segment`` (lower case) without Bedrock's region and vendor prefix and version suffix.

    Examples:
        >>> unprefixed("writer.palmyra-x4-v1:0"), unprefixed("deepseek.r1-v1:0")
        ('palmyra-x4', 'deepseek-r1')
        >>> unprefixed("us.anthropic.claude-opus-4-6-v1"), unprefixed("gpt-4.1")
        ('claude-opus-4-6', 'gpt-4.1')
    """
    if "." not in segment or (bedrock := _REGION.match(segment)) is None:
        return segment
    segment = re.sub(r"-v\d+$", "", segment[bedrock.end():])  # au.anthropic.claude-opus-4-6-v1
    if (maker := bedrock.group(1)) in _NAMED_AFTER_MAKER and not segment.startswith(maker):
        segment = f"{maker}-{segment}"  # Bedrock's deepseek.r1 is deepseek-r1
    return _BEDROCK_VERSION.sub("", segment) if ":" in segment else segment


def without_maker(segment: str) -> str:
    """``segment`` (a lower-case last segment) without a maker's name before its product's.

    Examples:
        >>> without_maker("ai21-jamba-1.5-large"), without_maker("alibaba-qwen3-32b")
        ('jamba-1.5-large', 'qwen3-32b')
        >>> without_maker("meta-llama-3.1-405b-instruct")  # a reseller's prefix: not this rule
        'meta-llama-3.1-405b-instruct'
    """
    return _MAKER.sub("", segment) if segment.startswith(_MAKER_PREFIXES) else segment


def maker_id(ids: Sequence[str]) -> str:
    """The first of one model's ``ids`` (most trusted source first), or it without a maker.

    That is, without the maker's name before its product's, where another source's id is so:
    GitHub Models' ``ai21-jamba-1.5-large`` (models.dev) and LLMStats' ``jamba-1.5-large`` are
    one model: the id is the one AI21's API and its other hosts name it by.

    Examples:
        >>> maker_id(["ai21-jamba-1.5-large", "jamba-1.5-large"])
        'jamba-1.5-large'
        >>> maker_id(["ai21-jamba-1.5-large"]), maker_id(["phi-4", "microsoft/phi-4"])
        ('ai21-jamba-1.5-large', 'phi-4')
    """
    bare = without_maker(last_segment(ids[0]).casefold())
    return bare if bare != ids[0] and bare in ids[1:] else ids[0]


def spelling(segment: str) -> str:
    """``segment`` (a lower-case last segment) without a reseller's prefix or endpoint suffix.

    Bedrock's region and vendor prefix (``us.anthropic.``) and ``-v1:0``, a reseller's vendor
    prefix (``anthropic--``, ``databricks-``, ``meta-``), Vertex's ``-maas``, Groq's
    ``-versatile``/``-instant``, a host's ``-v1`` on Amazon's Nova (Bedrock's id without ``:0``);
    Claude's version-first names in tier-first order, and a Claude
    thinking or fast variant (Anthropic's request options of the model, not models).

    Examples:
        >>> spelling("us.anthropic.claude-sonnet-4-5-20250929-v1:0")
        'claude-sonnet-4-5-20250929'
        >>> spelling("anthropic--claude-4.5-sonnet"), spelling("claude-opus-4-0")
        ('claude-sonnet-4.5', 'claude-opus-4')
        >>> spelling("meta-llama-3.3-70b-versatile")
        'llama-3.3-70b'
        >>> spelling("claude-opus-4.6:thinking:max"), spelling("au.anthropic.claude-opus-4-6-v1")
        ('claude-opus-4.6', 'claude-opus-4-6')
        >>> spelling("claude-opus-4.6-fast"), spelling("gemini-3-flash")
        ('claude-opus-4.6', 'gemini-3-flash-preview')
        >>> spelling("gemini-3-flash-preview-thinking"), spelling("deepseek-v3.2-exp-thinking")
        ('gemini-3-flash-preview', 'deepseek-v3.2-exp')
        >>> spelling("gemini-2.0-flash-thinking-exp-01-21"), spelling("kimi-k2-thinking")
        ('gemini-2.0-flash-thinking-exp-01-21', 'kimi-k2-thinking')
        >>> spelling("azure-gpt-4o"), spelling("qwen3-235b-a22b-instruct-2507-tput")
        ('gpt-4o', 'qwen3-235b-a22b-instruct-2507')
        >>> spelling("nova-lite-v1"), spelling("amazon.nova-2-lite-v1:0")
        ('nova-lite', 'nova-2-lite')
    """
    segment = unprefixed(_SAME.get(squash(segment), segment))
    if segment.startswith("azure-"):
        segment = _AZURE.sub("", segment)
    if segment.startswith(_RESELLER_PREFIXES):
        segment = _RESELLER.sub("", segment)
    else:
        segment = without_maker(segment)
    segment = _SAME.get(squash(segment), segment)  # mistral.mistral-large-3-675b-instruct
    if ":" in segment or segment.endswith(_ENDPOINT_ENDS):
        segment = _ENDPOINT.sub("", segment)
    if segment.startswith("nova-"):
        segment = _NOVA_VERSION.sub(r"\1", segment)
    if "p" in segment:
        segment = _P_DECIMAL.sub(".", segment)
    segment = _QUANTISED.sub("", segment)
    if ":thinking" in segment or segment.endswith(("-nothink", "-nothinking", "-thinking",
                                                   "-high")):
        segment = _MODE.sub("", segment)
    if segment.startswith("deepseek-"):
        segment = _DEEPSEEK.sub(lambda m: "deepseek-" if "chat" in m.group(0) else "deepseek-v",
                                segment)
    elif segment.startswith("gemini-"):
        segment = _GEMINI_TIER.sub(r"gemini-\3-\1\2", segment)
    elif segment.startswith("kimi-k2-"):
        segment = _KIMI_STAMP.sub(r"\1-\2", segment)
    if segment.startswith("claude-"):
        segment = _CLAUDE_THINKING.sub(r"\1", _CLAUDE.sub(r"claude-\2-\1", segment))
        segment = _CLAUDE_ZERO.sub(r"\1", segment)
    return segment


def undated(segment: str) -> str:
    """``segment`` without its snapshot date or ``-latest`` (see :data:`_DATED`).

    Examples:
        >>> undated("claude-sonnet-4-5-20250929-thinking"), undated("gpt-4o-2024-08-06")
        ('claude-sonnet-4-5-thinking', 'gpt-4o')
        >>> undated("mistral-nemo-instruct-2407"), undated("qwen3-235b-a22b-instruct-2507")
        ('mistral-nemo-instruct', 'qwen3-235b-a22b-instruct-2507')
    """
    if "-20" in segment or "@20" in segment or "-latest" in segment:
        segment = _DATED.sub("", segment)
    if segment.startswith(_MISTRAL_FAMILIES):
        segment = _MISTRAL_DATED.sub(r"\1", segment)
    for family, stamp in _STAMPS:
        if segment.startswith(family):
            segment = stamp.sub("", segment)
    return segment


def table_undated(model_id: str, names: Iterable[str] = ()) -> tuple[str, ...]:
    """The undated names the spellings table gives as ``model_id``'s, if any (its aliases).

    The id, or one of the model's other ``names`` (its records' names), without its snapshot
    date (:func:`undated`, or Cohere's ``-MM-YYYY``), where the spellings table maps that name
    to the id: Cohere's docs, "command-r-plus is an alias for command-r-plus-04-2024"; and
    ``ministral-8b-instruct``, the undated name of LLMStats' ``ministral-8b-instruct-2410``,
    once that record is one with ``ministral-8b``.

    Examples:
        >>> table_undated("command-r-plus-04-2024"), table_undated("command-r-08-2024")
        (('command-r-plus',), ())
        >>> table_undated("ministral-8b", ["mistral/ministral-8b", "ministral-8b-instruct-2410"])
        ('ministral-8b-instruct',)
    """
    bare: set[str] = set()
    for name in (model_id, *(last_segment(n).casefold() for n in names)):
        bare |= {undated(name), _COHERE_DATED.sub("", name)} - {name, model_id}
    return tuple(name for name in sorted(bare) if _SAME.get(squash(name)) == model_id)


def identity_key(name: str, apart: frozenset[str] = frozenset()) -> str:
    """The key under which ``name`` is one model with every other name of equal key.

    ``apart`` holds squashed names that keep their ``-instruct``/``-it`` suffix or their
    snapshot date (see :func:`keep_apart`).

    Examples:
        >>> identity_key("azure_ai/Phi-4") == identity_key("microsoft/phi-4") == "phi4"
        True
        >>> identity_key("Phi-4-mini-instruct"), identity_key("microsoft/phi-4:free")
        ('phi4mini', 'phi4')
        >>> identity_key("gpt-3.5-turbo-instruct", frozenset({"gpt35turboinstruct"}))
        'gpt35turboinstruct'
        >>> identity_key("eu.anthropic.claude-sonnet-4-5-20250929-v1:0")
        'claudesonnet45'
        >>> identity_key("gpt-4o-2024-08-06", frozenset({"gpt4o20240806"}))
        'gpt4o20240806'
        >>> identity_key("Qwen/Qwen3-235B-A22B-Instruct-2507") == identity_key(
        ...     "qwen.qwen3-235b-a22b-2507-v1:0") == "qwen3235ba22b2507"
        True
        >>> apart = frozenset({"mistrallarge2411", "mistrallarge2407"})  # two snapshots listed
        >>> identity_key("mistralai/Mistral-Large-Instruct-2411", apart)
        'mistrallarge2411'
    """
    segment = spelling(_strip_variant(last_segment(name).casefold()))
    if "-i" in segment and squash(segment) not in apart and _TUNED_RELEASE.search(segment):
        segment = _TUNED_RELEASE.sub("", segment)  # -instruct-2411 is -2411, date or not
    if squash(segment) not in apart:
        segment = undated(segment)
    key = squash(segment)
    if key in apart:
        return key
    for suffix in _TUNING_SUFFIXES:
        if segment.endswith(suffix):
            return squash(segment[: -len(suffix)])
    return key


def keep_apart(names_by_provider: Iterable[Iterable[str]]) -> frozenset[str]:
    """Names a source lists as different models: they keep their suffix or date.

    A suffixed name one provider lists beside its bare form (``gpt-3.5-turbo-instruct`` beside
    ``gpt-3.5-turbo``); a dated snapshot when the source (any provider) names another date of
    the same model (``gpt-4o-2024-05-13`` beside ``gpt-4o-2024-08-06``: two snapshots, two
    prices). A name's only date (``claude-sonnet-4-5-20250929``) is the bare name's model.

    Examples:
        >>> sorted(keep_apart([["gpt-3.5-turbo", "gpt-3.5-turbo-instruct"], ["phi-4-mini"]]))
        ['gpt35turboinstruct']
        >>> sorted(keep_apart([["gpt-4o", "gpt-4o-2024-05-13"], ["openai/gpt-4o-2024-08-06"]]))
        ['gpt4o20240513', 'gpt4o20240806']
    """
    apart: set[str] = set()
    dates: dict[str, dict[str, set[str]]] = {}  # identity key -> date -> squashed names
    spelt: dict[str, str] = {}  # this call's: a name -> its spelling
    for names in names_by_provider:
        segments = set()
        for name in names:
            if (segment := spelt.get(name)) is None:
                segment = spelt[name] = spelling(_strip_variant(last_segment(name).casefold()))
            segments.add(segment)
        squashed = {squash(s) for s in segments}
        for segment in segments:
            for suffix in _TUNING_SUFFIXES:
                if segment.endswith(suffix) and squash(segment[: -len(suffix)]) in squashed:
                    apart.add(squash(segment))
            # The same beside a year-month stamp (qwen3-x-2507, qwen3-x-instruct-2507).
            if (untuned := _TUNED_RELEASE.sub("", undated(segment))) != undated(segment) and (
                    squash(untuned) in squashed):
                apart.add(squash(segment))
            if (bare := undated(segment)) != segment:
                digits, kept = (re.sub(r"\D", "", s) for s in (segment, bare))
                date = digits.removeprefix(kept)  # 2025-09-29 and @20250929 are one date
                if not segment.endswith("-latest"):  # -instruct-2411 is -2411 (identity_key)
                    dates.setdefault(identity_key(bare), {}).setdefault(date, set()).add(
                        squash(_TUNED_RELEASE.sub("", segment)))
    for found in dates.values():
        if len(found) > 1:  # two dates of one model: two snapshots
            apart.update(*found.values())
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

    An OpenRouter ``:free`` variant stays a route of its own, and so does a quantised one
    (``-fp8``: the same model, in another number format, maybe at another price).

    Examples:
        >>> route_key("azure", "phi-4") == route_key("azure", "Phi-4")
        True
        >>> route_key("openrouter", "microsoft/phi-4:free")
        ('openrouter', 'phi4:free')
        >>> route_key("deepinfra", "Qwen/Qwen3-8B-FP8")
        ('deepinfra', 'qwen38b-fp8')
        >>> route_key("google-vertex", "claude-3-5-haiku@20241022") == route_key(
        ...     "google-vertex", "claude-3-5-haiku-20241022")  # Vertex's snapshot separator
        True
    """
    segment = last_segment(provider_model_id).casefold().replace("@", "-")
    variant = next((s for s in _VARIANT_SUFFIXES if segment.endswith(s)), "")
    if (quantised := _QUANTISED.search(segment.removesuffix(variant))) is not None:
        variant = quantised.group(0) + variant
    return provider, identity_key(segment) + variant
