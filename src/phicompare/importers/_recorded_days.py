"""LLMStats' ``date_recorded`` before the model's release: no day for the figure.

LLMStats dates each score it lists (``date_recorded``), and the importer keeps that day in the
score's note ("recorded 2024-11-17"). Many rows are dated before their model existed: the
Amazon Nova report's figures "recorded 2024-11-17" under Nova Pro, Lite and Micro (released
2024-12-03), the Qwen2.5-Coder report's "recorded 2024-03-19" under models released that
September and November, Gemini 2.5 and o1 figures likewise. A score cannot be recorded before
its model exists, so such a day dates LLMStats' entry, not the figure.
:func:`recorded_before_release` rewrites the note: the page's own publication day where it is
known (:data:`~._read_before.SOURCE_DATES`), else that the figure's day is unknown. It is not
replaced by the release day: a page may publish a model's figures before its release (OpenAI's
o1 post of 2024-09-12 preceded o1's), so the release would be a guess. The score itself is
kept: its figure and source are the page's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from phicompare.domain.records import BenchmarkScore, Model

from ._read_before import SOURCE_DATES

__all__ = ["recorded_before_release"]

_RECORDED = re.compile(r"recorded (\d{4}-\d{2}-\d{2})(?=;|$)")


def _note(score: BenchmarkScore, model: Model,
          pages: Mapping[str, tuple[object, str, object]]) -> str | None:
    """``score``'s note with a recorded day before ``model``'s release said, else ``None``."""
    found = _RECORDED.match(score.note or "")
    if found is None or model.released is None or found[1] >= str(model.released):
        return None
    said = (f"LLMStats' date_recorded {found[1]} precedes the model's release "
            f"({model.released}) and does not date the figure")
    page = pages.get(score.source or "")
    lead = (f"published {page[0]} ({page[1]}); {said}" if page is not None
            else f"{said}; the day the figure was published is not known")
    return lead + (score.note or "")[found.end():]


def recorded_before_release(models: Sequence[Model],
                            pages: Mapping[str, tuple[object, str, object]] = SOURCE_DATES
                            ) -> tuple[list[Model], list[str]]:
    """``models`` with each score "recorded" before its model's release said so; a line each.

    A score whose note begins "recorded D" (LLMStats' ``date_recorded``) with D before the
    model's release day gets a note that says the day does not date the figure, and gives the
    cited page's publication day where ``pages`` knows it. The figure, its source and its place
    stay; a model with no release day is left as it is (unknown stays unknown).

    Examples:
        >>> import datetime as dt
        >>> from decimal import Decimal
        >>> score = BenchmarkScore(benchmark="mmlu", score=Decimal("85.9"),
        ...                        source="https://x.test/report", note="recorded 2024-11-17")
        >>> nova = Model(id="nova-pro", name="Nova Pro", released=dt.date(2024, 12, 3),
        ...              scores=(score,))
        >>> out, lines = recorded_before_release([nova], pages={})
        >>> out[0].scores[0].note
        "LLMStats' date_recorded 2024-11-17 precedes the model's release (2024-12-03) and does not date the figure; the day the figure was published is not known"
        >>> lines
        ['nova-pro: 1 score recorded 2024-11-17, before its release on 2024-12-03 (mmlu)']
        >>> later = attrs.evolve(nova, released=dt.date(2024, 11, 1))
        >>> recorded_before_release([later], pages={})[0][0].scores[0].note
        'recorded 2024-11-17'
    """  # noqa: E501
    out: list[Model] = []
    lines: list[str] = []
    for model in models:
        scores: list[BenchmarkScore] = []
        days: dict[str, list[str]] = {}
        for score in model.scores:
            note = _note(score, model, pages)
            if note is None:
                scores.append(score)
                continue
            scores.append(attrs.evolve(score, note=note))
            days.setdefault((score.note or "")[9:19], []).append(score.benchmark)
        out.append(attrs.evolve(model, scores=tuple(scores)) if days else model)
        for day, names in sorted(days.items()):
            count = f"{len(names)} score{'' if len(names) == 1 else 's'}"
            lines.append(f"{model.id}: {count} recorded {day}, before its release on "
                         f"{model.released} ({', '.join(names)})")
    return out, lines
