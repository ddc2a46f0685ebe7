"""Scores of a reasoning mode filed under a model that has none (review 24, P3).

LLMStats files five figures from xAI's Grok 3 post under ``grok-3``, the API model: GPQA 84.6,
LiveCodeBench 79.0, AIME 2024 and 2025 93.0, MMMU 78.0. They are the post's figures for Grok 3
(Think), its "Reasoning Beta", at its highest test-time compute (AIME at cons@64, the most common
of 64 answers), while the API model has no reasoning mode (its record: reasoning not documented,
Helicone's and Poe's routes "reasoning: no") and takes text alone (MMMU is a vision benchmark).
The post's column for Grok 3 without thinking gives far lower figures, which no snapshot holds.
So the figures are dropped from the API model's record (unknown stays unknown), never shown as
its single-pass scores; ``fixed_scores`` in :mod:`._score_fixes` applies them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ._score_fixes import ScoreFix

__all__ = ["THINK_SCORES"]

_POST = "https://x.ai/blog/grok-3"
_WHY = ("xAI's Grok 3 post gives {figure} for Grok 3 (Think), the Reasoning Beta, at its "
        "highest test-time compute (AIME scored cons@64, the most common of 64 answers: the "
        "dispute over the post's AIME 2025 chart, read in accounts of it on the day, e.g. "
        "exotichousedigest.com's \"Did xAI fabricate Grok 3's benchmark results\"); the grok-3 "
        "API model has no reasoning mode and takes text alone, so the figure is not its own "
        "and is dropped (review 24, P3)")

THINK_SCORES: tuple[ScoreFix, ...] = tuple(
    ScoreFix("grok-3", benchmark, Decimal(read), None, None, _POST, dt.date(2026, 12, 2),
             _WHY.format(figure=f"{name} {read}"))
    for benchmark, name, read in (
        ("gpqa", "GPQA", "84.6"), ("livecodebench", "LiveCodeBench", "79.0"),
        ("aime-2024", "AIME 2024", "93.0"), ("aime-2025", "AIME 2025", "93.0"),
        ("mmmu", "MMMU", "78.0")))
"""Grok 3 (Think)'s figures dropped from the grok-3 API model."""
