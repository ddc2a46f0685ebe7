"""A provider's listing of a model under a name of its own: a route of the model, not a model.

Weights' number formats (``-fp8``, ``-awq``), a host's serving variants (Together's ``-tput``, a
trusted-execution-environment endpoint's ``-tee``), a reseller's request mode (NanoGPT's
``:thinking``) and NanoGPT's ``azure-`` listings of OpenAI's models. :func:`~._identity.spelling`
reads each as the model's id (``docs/importers.md``, "Identity"; review 6, D8). A host's faster
flavour of a model, named by that host (Nebius's ``-fast``), is read by :func:`unflavoured`,
which knows the host (brief data7).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["FLAVOURS", "quantised", "request_mode", "thinking_mode", "unflavoured",
           "unquantised"]

# Weights' number format, or a host's serving variant (Together's -tput, "FP8" in its own file;
# a trusted-execution-environment endpoint's -tee): a provider's route of the model, not a model.
_QUANTISED = re.compile(
    r"-(?:(?:(?:nv|mx)?fp[48]|int[48]|bf16|fp16|awq)(?:-dynamic|-fast)?|tput|tee)$")
# A reseller's request mode as a model name: NanoGPT's "x:thinking" (its thinking mode), 302.AI's
# and NanoGPT's "gemini-2.5-flash-nothink(ing)" (Gemini 2.5 Flash with a thinking budget of 0),
# and "-thinking" after a hybrid model whose maker sets thinking per request (review 8, G11):
# Gemini 2.5 Flash and Flash-Lite (thinking budget) and Gemini 3 Flash (thinking level), per
# Google's Gemini API thinking docs; DeepSeek V3.2 and V3.2-Exp, "hybrid thinking models"
# switched by a request parameter (Alibaba Cloud Model Studio's DeepSeek page; DeepSeek's API
# serves both modes of V3.2 as deepseek-chat and deepseek-reasoner). Not Gemini 2.0 Flash
# Thinking (Google's experimental model of its own) nor other makers' thinking editions.
_THINKING = re.compile(r"(?<=^gemini-2\.5-flash-preview-09-2025)-thinking$"
                       r"|(?<=^gemini-2\.5-flash-lite-preview-09-2025)-thinking$"
                       r"|(?<=^gemini-3-flash-preview)-thinking$"
                       r"|(?<=^deepseek-v3\.2)-thinking$|(?<=^deepseek-v3\.2-exp)-thinking$")
# OpenRouter's (and Kilo's, NanoGPT's) o3-mini-high and o4-mini-high: "the same model as
# o4-mini with reasoning_effort set to high" (OpenRouter's description of each; review 9, H13).
_MODE = re.compile(r":thinking(?::\w+)?$|(?<=^gemini-2\.5-flash)-nothink(?:ing)?$|"
                   r"(?<=^o[34]-mini)-high$|"
                   + _THINKING.pattern)
# NanoGPT's listing of an OpenAI model through Azure (azure-gpt-4o): a route of OpenAI's model.
_AZURE = re.compile(r"^azure-(?=(?:gpt-|o\d))")
# A host's faster serving of the same weights under the model's name and a suffix of its own:
# Nebius Token Factory serves a model in a "base" and a "fast" flavour ("a template's sub-option
# (e.g. base, fast) with different performance/throughput/costs characteristics",
# docs.tokenfactory.nebius.com, dedicated endpoints' terminology), listed as "<model>-fast".
# Only where the host is known: xAI's grok-4-fast is a model (Anthropic's fast mode of Claude Opus
# 4.6 is joined by name, in _spellings.py, not by this rule).
FLAVOURS: Mapping[str, re.Pattern[str]] = {"nebius": re.compile(r"-fast$", re.IGNORECASE)}


def quantised(name: str) -> bool:
    """Whether ``name`` ends in a weights format or serving variant: a route's name.

    A weights format: ``-fp8``, ``-nvfp4``, ``-awq``; a host's serving variant: ``-tput``,
    ``-tee``.

    Examples:
        >>> quantised("Qwen3-8B-FP8"), quantised("qwen3-8b"), quantised("DeepSeek-V3.2-TEE")
        (True, False, True)
    """
    return _QUANTISED.search(name.casefold()) is not None


def unquantised(name: str) -> str:
    """``name`` without the weights format or serving variant :func:`quantised` reads.

    Examples:
        >>> unquantised("qwen3-4b-fp8"), unquantised("Qwen3 4B FP8"), unquantised("qwen3-8b")
        ('qwen3-4b', 'Qwen3 4B', 'qwen3-8b')
    """
    spaced = re.sub(r"[\s_]+", "-", name)
    found = _QUANTISED.search(spaced.casefold())
    return name if found is None else name[: found.start()].rstrip(" -_")


def request_mode(name: str) -> bool:
    """Whether ``name`` (a provider's model id) names a request mode of a model: a route's name.

    Such a listing is a route of the model (:func:`~._identity.spelling` drops the mode); at
    equal terms the plain listing is the route kept.

    Examples:
        >>> request_mode("google/gemini-3-flash-preview-thinking"), request_mode("x:thinking")
        (True, True)
        >>> request_mode("gemini-3-flash-preview"), request_mode("kimi-k2-thinking")
        (False, False)
    """
    return _MODE.search(name.rsplit("/", 1)[-1].casefold()) is not None


def thinking_mode(name: str) -> bool:
    """Whether ``name`` is a reseller's "-thinking" id of a hybrid model (review 8, G11).

    Its file describes that one listing (NanoGPT's Gemini files type the window 1,048,756 and
    leave out audio and video input), so its facts do not vote on the model's.

    Examples:
        >>> thinking_mode("google/gemini-3-flash-preview-thinking"), thinking_mode("x:thinking")
        (True, False)
    """
    return _THINKING.search(name.rsplit("/", 1)[-1].casefold()) is not None


def unflavoured(provider: str, name: str) -> str:
    """``name`` without the faster flavour's suffix :data:`FLAVOURS` gives ``provider``.

    Examples:
        >>> unflavoured("nebius", "deepseek-ai/DeepSeek-V3.2-fast")
        'deepseek-ai/DeepSeek-V3.2'
        >>> unflavoured("xai", "grok-4-fast"), unflavoured("nebius", "openai/gpt-oss-120b")
        ('grok-4-fast', 'openai/gpt-oss-120b')
    """
    suffix = FLAVOURS.get(provider)
    return name if suffix is None else suffix.sub("", name)
