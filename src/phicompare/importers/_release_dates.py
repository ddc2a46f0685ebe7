"""Keyed release-date corrections (applied with :func:`~._corrections.corrected`).

Kept apart from :data:`~._corrections.CORRECTIONS` so that each list reads as one kind of fix:
here, a release date the shared snapshots give wrongly, set to the day a primary source (the
lab's own post or model card) gives, read on the day named.
"""

from __future__ import annotations

import datetime as dt

from ._corrections import Correction

__all__ = ["RELEASE_DATES"]

_READ = dt.date(2026, 12, 1)

RELEASE_DATES: tuple[Correction, ...] = (
    Correction(
        "gemini-2.0-flash-lite", "released", dt.date(2025, 2, 5),
        "https://developers.googleblog.com/en/gemini-2-family-expands/", _READ,
        "Google's post \"Gemini 2.0: Flash, Flash-Lite and Pro\" put Gemini 2.0 Flash-Lite in "
        "public preview on 2025-02-05 (the model's own cited source; LLMStats gives "
        "2025-02-05 citing it); models.dev's model and Google files give 2024-12-11, the day "
        "Gemini 2.0 Flash (Experimental) was announced"),
    Correction(
        "qwq-32b", "released", dt.date(2025, 3, 6),
        "https://qwenlm.github.io/blog/qwq-32b/", _READ,
        "the Qwen team's post \"QwQ-32B: Embracing the Power of Reinforcement Learning\" is "
        "dated March 6, 2025 (LLMStats gives 2025-03-05, the day the weights came out on "
        "Hugging Face, citing it); models.dev's Abacus file gives 2024-11-28, the date of "
        "QwQ-32B-Preview"),
    Correction(
        "qwq-32b-preview", "released", dt.date(2024, 11, 28),
        "https://qwenlm.github.io/blog/qwq-32b-preview/", _READ,
        "the Qwen team's post introducing QwQ-32B-Preview came on 2024-11-28 (LLMStats gives "
        "2024-11-28 citing it, and records its scores on that day); models.dev's NanoGPT "
        "file gives 2025-02-27, a listing date three months after the release"),
)
"""Release dates set to a primary source's, each read on ``checked``."""
