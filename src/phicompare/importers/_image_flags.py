"""Keyed vision flags of models whose records hold image benchmark scores (helper dataCI).

A record with a maker's MMMU, MathVista or DocVQA figures and no vision flag read "Vision | not
documented" beside them (Grok-2). Each flag here is the maker's word, read on the day named, and
is applied with the other keyed corrections by :func:`~._correct.corrected`. A flag of ``False``
is the maker's API model taking text alone where the scores are of the model family's paper.
"""

from __future__ import annotations

import datetime as dt

from ._correct import Correction

__all__ = ["IMAGE_FLAGS"]

_READ = dt.date(2026, 12, 3)

IMAGE_FLAGS: tuple[Correction, ...] = (
    Correction(
        "grok-2", "vision", True, "https://x.ai/blog/grok-2", _READ,
        "xAI's Grok-2 release post (August 2024, the source of the record's MMMU, MathVista and "
        "DocVQA scores; read in accounts that quote it, Segmind's Grok-2 page among them) says "
        "the model \"also excels in vision-based tasks\", with state-of-the-art results in "
        "visual math reasoning (MathVista) and document-based question answering (DocVQA); no "
        "snapshot flagged vision. On xAI's API, images go to grok-2-vision-1212, a model of its "
        "own (its route's flag)"),
    Correction(
        "gpt-4.5", "vision", True, "https://openai.com/index/introducing-gpt-4-5/", _READ,
        "OpenAI's post introducing GPT-4.5 (one of the record's sources; read in copies of it) "
        "says of the API preview \"It also supports vision capabilities through image "
        "inputs\"; no snapshot flagged vision beside the record's MMMU and MathVista scores"),
    Correction(
        "gemini-1.0-pro", "vision", False,
        "https://ai.google.dev/gemini-api/docs/models/gemini#gemini-1.0-pro", _READ,
        "Google's Gemini API models page (read in a stored copy, ai.google.dev/models/gemini) "
        "lists \"Gemini 1.0 Pro gemini-1.0-pro | Text | Text\" beside \"Gemini 1.0 Pro Vision "
        "gemini-pro-vision | Images, videos, and text | Text\", a model of its own; the record's "
        "MMMU and MathVista scores are Gemini Pro's in Google's Gemini paper, which the API's "
        "text model does not take images for (LLMStats: multimodal false)"),
)
"""Vision set to the maker's word where the record holds image benchmark scores."""
