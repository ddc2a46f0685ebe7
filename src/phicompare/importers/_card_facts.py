"""Keyed corrections of a model's own figures (applied with :func:`~._corrections.corrected`).

Kept apart from :data:`~._corrections.CORRECTIONS` so that each list reads as one kind of fix:
here, a window, size or licence the snapshots give from a reseller's listing (or not at all)
where the maker's model card, read on the day named, gives the model's own (review 12).
"""

from __future__ import annotations

import datetime as dt

from ._corrections import Correction

__all__ = ["CARD_FACTS"]

_READ = dt.date(2026, 12, 1)

CARD_FACTS: tuple[Correction, ...] = (
    # review 12, L4: once the hosts' undated mistralai/mistral-large (OpenRouter's "Mistral Large
    # 2 (version mistral-large-2407)") joins Mistral Large 2, its listings' 128,000 outvote the
    # dated listings' 131,072
    Correction(
        "mistral-large-2407", "context_window", 131_072,
        "https://openrouter.ai/mistralai/mistral-large-2407", _READ,
        "Mistral gives Mistral Large 2 a \"128k\" window (its launch post, "
        "https://mistral.ai/news/mistral-large-2407/); OpenRouter's and Kilo's listings of "
        "mistralai/mistral-large-2407 give it as 131,072 tokens (OpenRouter's models list of "
        "2026-05-15, ../shared/data/openrouter), the figure the record held before; their "
        "undated mistralai/mistral-large listings give 128,000, which those routes keep"),
)
"""Model figures set to the maker's card (or, where the card gives none, the dated listing)."""
