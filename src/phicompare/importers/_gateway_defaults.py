"""A gateway's default limits, written into its listing files in place of the model's (review 21).

models.dev's Cloudflare AI Gateway files for Workers AI (``providers/cloudflare-ai-gateway/
models/workers-ai/**``) give one pair of limits, ``context = 128000`` and ``output = 16384``,
to 39 of their 43 models in the shared snapshot: Llama 2 7B Chat (Meta's card: 4k), Llama 3 8B
(8K), embedding models, rerankers and speech models alike. That pair is the files' default, not
Cloudflare's figure for each model, so the importer reads it as no figure: the route and the
model get no window or output cap from it (unknown), and the report counts each file. A file
that gives another pair (Kimi K2.5's 256,000, GLM-4.7 Flash's 131,072) keeps it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["DEFAULT_LIMITS", "GATEWAY_DEFAULTS", "default_limits"]

GATEWAY_DEFAULTS: Mapping[tuple[str, str], tuple[int, int]] = {
    ("cloudflare-ai-gateway", "workers-ai/"): (128_000, 16_384),
}
"""(provider id, listing-id prefix) -> the (context, output) pair its files give by default."""

DEFAULT_LIMITS = ("the gateway's default limits (context 128,000, output 16,384 in 39 of "
                  "Cloudflare AI Gateway's 43 Workers AI files), not the model's: left unknown")


def default_limits(provider: str, listing: str, data: Mapping[str, Any]) -> bool:
    """Whether ``data``'s ``[limit]`` is ``provider``'s default pair for ``listing``.

    Examples:
        >>> default_limits("cloudflare-ai-gateway", "workers-ai/@cf/meta/llama-2-7b-chat-fp16",
        ...                {"limit": {"context": 128_000, "output": 16_384}})
        True
        >>> default_limits("cloudflare-ai-gateway", "workers-ai/@cf/zai-org/glm-4.7-flash",
        ...                {"limit": {"context": 131_072, "output": 131_072}})
        False
        >>> default_limits("kilo", "workers-ai/x", {"limit": {"context": 128_000,
        ...                                                    "output": 16_384}})
        False
    """
    limit = data.get("limit")
    if not isinstance(limit, Mapping):
        return False
    pair = (limit.get("context"), limit.get("output"))
    return any(provider == pid and listing.startswith(prefix) and pair == default
               for (pid, prefix), default in GATEWAY_DEFAULTS.items())
