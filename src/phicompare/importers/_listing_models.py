"""Keyed listings of a later checkpoint under the first release's name (review 16, P5).

A host may keep a model line's plain name (``kimi-k2``) and serve a later checkpoint under it. The
identity rule reads the name as the first release's, so the record of the first release took the
later checkpoint's route, and with it a window the first release never had. Each entry maps a
provider's listing (provider id, the listing's id in the snapshot) to the model it serves, where
that provider's own data says which checkpoint it is; ``docs/data-notes.md`` gives the source of
each, read on the day named there.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["LISTING_MODELS", "listed_model"]

LISTING_MODELS: Mapping[tuple[str, str], str] = {
    # OpenCode's own listing (models.dev, made by OpenCode's team) dates its "Kimi K2" 2025-09-05,
    # with 262,144 tokens: Moonshot's Kimi-K2-Instruct-0905 (256K), not the 128K first release
    ("opencode", "kimi-k2"): "moonshotai/kimi-k2-0905",
    # DeepSeek's API name deepseek-chat moved from model to model (V2.5, V3, V3-0324, V3.1, V3.2,
    # V4 Flash); a reseller's copy of the name is the model its own data names: OpenRouter's
    # models.json, "DeepSeek: DeepSeek V3" (created 2024-12-26, deepseek-ai/DeepSeek-V3), as
    # Kilo's file names it; ZenMux's file, "DeepSeek-V3.2 (Non-thinking Mode)"
    ("openrouter", "deepseek/deepseek-chat"): "deepseek/deepseek-v3",
    ("kilo", "deepseek/deepseek-chat"): "deepseek/deepseek-v3",
    ("zenmux", "deepseek/deepseek-chat"): "deepseek/deepseek-v3.2",
    # DigitalOcean's llama3-8b-instruct is named "Llama 3.1 Instruct (8B)" in its own file, with
    # Llama 3.1's release day (2024-07-23), cutoff (2023-12) and 131,072 tokens: not Llama 3 8B,
    # whose window Meta gives as 8K (review 21, P1)
    ("digitalocean", "llama3-8b-instruct"): "meta/llama-3.1-8b-instruct",
    # Venice's "Qwen 3 Next 80b" is Qwen3-Next-80B-A3B, whose two editions are Instruct and
    # Thinking; its file gives reasoning false, so the Instruct edition. Its release_date,
    # 2025-04-29, is Qwen3's launch day, months before Qwen3-Next (review 23, P2)
    ("venice", "qwen3-next-80b"): "alibaba/qwen3-next-80b-a3b-instruct",
    # NanoGPT's "Mixtral 8x22B" (mistralai/mixtral-8x22b-instruct-v0.1, the weights' own name)
    # is Mistral's Mixtral-8x22B-Instruct-v0.1 of 2024-04-17, the model Kilo, NVIDIA and
    # OpenRouter list as mistralai/mixtral-8x22b-instruct; its file's release_date, 2025-12-11,
    # is the day NanoGPT wrote it (review 24, P7)
    ("nano-gpt", "mistralai/mixtral-8x22b-instruct-v0.1"): "mistralai/mixtral-8x22b-instruct",
}


def listed_model(provider: str, listing: str) -> str | None:
    """The model a provider's listing serves where :data:`LISTING_MODELS` keys it, else None.

    Examples:
        >>> listed_model("opencode", "kimi-k2"), listed_model("kilo", "moonshotai/kimi-k2")
        ('moonshotai/kimi-k2-0905', None)
    """
    return LISTING_MODELS.get((provider, listing))
