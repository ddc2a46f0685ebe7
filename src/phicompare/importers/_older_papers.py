"""Scores cited to a paper older than their model (``tools/bundle_catalog.py`` applies it).

A score's source is the page that gives the figure. LLMStats files some scores under the
benchmark's own paper (Gemini 1.5 Flash's HellaSwag cited to the 2019 HellaSwag paper, its
GSM8K to the 2021 GSM8K paper: review 12, L3): a paper first posted a year or more before the
model was released cannot hold the model's score, so such a score has no source on record and
is dropped (unknown stays unknown), unless a keyed fix (``_score_fixes``) gives the figure its
true source first. An arXiv identifier dates its paper's first version (``2403.05530`` is March
2024); a later revision can add a model (the Gemini 1.5 report's May 2024 revision added 1.5
Flash), so a paper within a year of the model's release is left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from phicompare.domain.records import BenchmarkScore, Model

from ._noted import noted

__all__ = ["MARGIN", "dropped_older_papers", "paper_month"]

MARGIN = dt.timedelta(days=365)
"""How long before a model's release a paper may first be posted and still hold its score."""
_ARXIV = re.compile(r"arxiv\.org/(?:abs|pdf|html)/(\d{2})(\d{2})\.\d{4,5}", re.IGNORECASE)


def paper_month(source: str | None) -> dt.date | None:
    """The first day of the month an arXiv paper was first posted, from its identifier.

    Examples:
        >>> paper_month("https://arxiv.org/abs/1905.07830"), paper_month("https://x.test")
        (datetime.date(2019, 5, 1), None)
    """
    found = _ARXIV.search(source or "")
    if found is None or not 1 <= int(found[2]) <= 12:
        return None
    return dt.date(2000 + int(found[1]), int(found[2]), 1)


def _older(score: BenchmarkScore, released: dt.date) -> bool:
    month = paper_month(score.source)
    return month is not None and released - month > MARGIN


def dropped_older_papers(models: Sequence[Model]) -> tuple[list[Model], list[str]]:
    """``models`` less each score cited to a paper posted over a year before the model's release.

    The model's notes say what was dropped; one line per model for the import report.

    Examples:
        >>> from decimal import Decimal
        >>> old = BenchmarkScore(benchmark="hellaswag", score=Decimal("86.5"),
        ...                      source="https://arxiv.org/abs/1905.07830")
        >>> own = BenchmarkScore(benchmark="mmlu", score=Decimal("78.9"),
        ...                      source="https://arxiv.org/abs/2403.05530")
        >>> m = Model(id="m", name="M", released=dt.date(2024, 5, 14), scores=(old, own))
        >>> (out,), lines = dropped_older_papers([m])
        >>> [s.benchmark for s in out.scores], lines[0][:46]
        (['mmlu'], 'm: hellaswag 86.5 dropped, cited to arxiv.org/')
    """
    out: list[Model] = []
    lines: list[str] = []
    for model in models:
        released = model.released
        gone = [] if released is None else [s for s in model.scores if _older(s, released)]
        if not gone:
            out.append(model)
            continue
        said = "; ".join(f"{s.benchmark} {s.score} dropped, cited to "
                         f"{(s.source or '').split('://', 1)[-1]} (first posted "
                         f"{paper_month(s.source):%Y-%m})" for s in gone)
        note = (f"Scores cited to a paper posted over a year before the model's release "
                f"({released}), which cannot hold its score: {said}.")
        out.append(attrs.evolve(model, scores=tuple(s for s in model.scores if s not in gone),
                                notes=noted(model.notes, note)))
        lines.append(f"{model.id}: {said}")
    return out, lines
