"""Scores read before their model was released (``tools/bundle_catalog.py`` applies it).

A score is a figure some page gave on a day: the day it was read (its ``checked`` date), or
earlier, the day its page was published where that is known (:data:`SOURCE_DATES`, or a
leaderboard's own date for the entry, models.dev's ``dated``). A figure read before its model
existed cannot be that model's: sources file a preview's or an earlier snapshot's scores under
the model's later name (LLMStats' ``gemini-2.5-pro`` file, read 2025-05-22, holds the 05-06
preview's figures; the GA model came on 2025-06-17). :func:`read_before_release` moves such a
score to the snapshot of the same model line that was the newest on the day it was read, when
there is exactly one, and drops it otherwise: a score never sits on a model that did not
exist when it was read. LLMStats' ``date_recorded`` is not such a date (it dates the entry,
not the figure: its GPT-4.5 scores are "recorded" before GPT-4.5 existed).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

import attrs

from phicompare.domain.records import BenchmarkScore, Model

from ._snapshots import with_moves

__all__ = ["SOURCE_DATES", "line", "read_before_release", "read_on"]

_READ = dt.date(2026, 12, 1)

SOURCE_DATES: Mapping[str, tuple[dt.date, str, dt.date]] = {
    "https://openai.com/index/hello-gpt-4o/": (
        dt.date(2024, 5, 13),
        ("OpenAI's \"Hello GPT-4o\" post launched gpt-4o on 2024-05-13 (the catalog's release "
         "date of gpt-4o and gpt-4o-2024-05-13); its figures are the May model's"),
        _READ),
    ("https://www-cdn.anthropic.com/fed9cc193a14b84131812372d8d5857f8f304c52/"
     "Model_Card_Claude_3_Addendum.pdf"): (
        dt.date(2024, 6, 20),
        ("the Claude 3.5 Sonnet addendum to the Claude 3 model card (\"Update (June 20, "
         "2024): We have added an addendum covering Claude 3.5 Sonnet\"; the October 2024 "
         "upgrade got an addendum of its own); its DocVQA 95.2, ChartQA 90.8 and AI2D 94.7 are "
         "the June model's"),
        _READ),
}
"""Source URL -> (the day the page was published, how that is known, the day that was read)."""

_STAMP = re.compile(
    r"-(?:\d{4}-\d{2}-\d{2}|20\d{6}|\d{2}-20\d{2}|\d{2}-\d{2})(?=-|$)"  # 2024-08-06, 20241022,
    r"|(?:(?<=preview)|(?<=exp))-\d{4}(?=-|$)")  # 09-2025, 05-06; exp-1206
_WORD = re.compile(r"-(?:preview|exp|experimental|latest)(?=-|$)")
_DATED = re.compile(r"(?:^|; )dated (\d{4}-\d{2}-\d{2})")


def _name(model_id: str) -> str:
    return model_id.rsplit("/", 1)[-1].casefold()


def line(model_id: str) -> str:
    """The model line ``model_id`` is a snapshot of: no date stamp, no preview/exp/latest word.

    Examples:
        >>> line("gemini-2.5-pro-preview-05-06"), line("gemini-2.5-pro")
        ('gemini25pro', 'gemini25pro')
        >>> line("claude-3-5-sonnet-20241022"), line("gpt-4o-2024-08-06")
        ('claude35sonnet', 'gpt4o')
        >>> line("gemini-2.5-flash-preview-05-20-thinking"), line("qwen3-235b-a22b-2507")
        ('gemini25flashthinking', 'qwen3235ba22b2507')
    """
    name = _WORD.sub("", _STAMP.sub("", _name(model_id).replace("_", "-")))
    return re.sub(r"[^a-z0-9]", "", name)


def _stamped(model_id: str) -> bool:
    return _STAMP.search(_name(model_id)) is not None


def read_on(score: BenchmarkScore,
            sources: Mapping[str, tuple[dt.date, str, dt.date]] = SOURCE_DATES
            ) -> dt.date | None:
    """The earliest day ``score``'s figure is known to have been read or published, if any.

    Examples:
        >>> from decimal import Decimal
        >>> s = BenchmarkScore(benchmark="b", score=Decimal(1), source="https://x",
        ...                    checked=dt.date(2026, 7, 2), note="dated 2025-05-25")
        >>> read_on(s)
        datetime.date(2025, 5, 25)
    """
    days = [score.checked] if score.checked else []
    if (known := sources.get(score.source or "")) is not None:
        days.append(known[0])
    if (dated := _DATED.search(score.note or "")) is not None:
        days.append(dt.date.fromisoformat(dated[1]))
    return min(days, default=None)


def _target(holder: Model, read: dt.date, models: Sequence[Model]) -> tuple[str | None, str]:
    """The snapshot of ``holder``'s line that was newest on ``read``, or ``None`` and why."""
    key = line(holder.id)
    before = [m for m in models if m.id != holder.id and m.released is not None
              and m.released <= read and line(m.id) == key]
    if not before:
        return None, "no earlier snapshot of it is in the catalog"
    newest = max(m.released for m in before if m.released is not None)
    found = [m for m in before if m.released == newest]
    if len(found) > 1:  # a dated snapshot and a moving name of one day: the dated one
        found = [m for m in found if _stamped(m.id)] or found
    if len(found) > 1:
        return None, f"{len(found)} snapshots came on {newest} ({', '.join(m.id for m in found)})"
    return found[0].id, ""


def read_before_release(models: Sequence[Model],
                        sources: Mapping[str, tuple[dt.date, str, dt.date]] = SOURCE_DATES
                        ) -> tuple[list[Model], list[str]]:
    """``models`` with each score read before its model's release moved or dropped; a line each.

    A score whose :func:`read_on` day is before its model's release goes to the snapshot of
    the same :func:`line` released last on or before that day, when exactly one is (a dated
    snapshot wins over a moving name of the same day); otherwise it is dropped. Its note says
    where its source filed it; a score the snapshot already has is not doubled. A model with
    no release date, or a score with no known day, keeps its scores (unknown stays unknown).

    Examples:
        >>> from decimal import Decimal
        >>> def score(bench: str) -> BenchmarkScore:
        ...     return BenchmarkScore(benchmark=bench, score=Decimal(83), source="https://x",
        ...                           checked=dt.date(2025, 5, 22))
        >>> ga = Model(id="g-pro", name="GA", released=dt.date(2025, 6, 17),
        ...            scores=(score("gpqa"),))
        >>> p1 = Model(id="g-pro-preview-05-06", name="P", released=dt.date(2025, 5, 6))
        >>> p2 = Model(id="g-pro-preview-06-05", name="Q", released=dt.date(2025, 6, 5))
        >>> out, lines = read_before_release([ga, p1, p2])
        >>> [len(m.scores) for m in out], out[1].scores[0].note
        ([0, 1, 0], 'filed under g-pro by its source, read 2025-05-22 before its release')
        >>> lines
        ['g-pro -> g-pro-preview-05-06: 1 score read 2025-05-22, before g-pro was released on 2025-06-17 (gpqa)']
        >>> out, lines = read_before_release([ga])
        >>> out[0].scores, lines
        ((), ['g-pro: 1 score dropped, read 2025-05-22, before g-pro was released on 2025-06-17, and no earlier snapshot of it is in the catalog (gpqa)'])
    """  # noqa: E501
    moving: dict[str, list[BenchmarkScore]] = {}
    kept: dict[str, tuple[BenchmarkScore, ...]] = {}
    lines: list[str] = []
    for model in models:
        if model.released is None:
            continue
        stay: list[BenchmarkScore] = []
        gone: dict[tuple[str, str], list[str]] = {}
        for score in model.scores:
            read = read_on(score, sources)
            if read is None or read >= model.released:
                stay.append(score)
                continue
            target, why = _target(model, read, models)
            said = f"read {read}, before {model.id} was released on {model.released}"
            if target is not None:
                filed = f"filed under {model.id} by its source, read {read} before its release"
                moving.setdefault(target, []).append(attrs.evolve(
                    score, note=f"{score.note}; {filed}" if score.note else filed))
            gone.setdefault((target or "", f"{said}, and {why}" if why else said),
                            []).append(score.benchmark)
        if not gone:
            continue
        kept[model.id] = tuple(stay)
        for (target, said), names in gone.items():
            count = f"{len(names)} score{'' if len(names) == 1 else 's'}"
            lines.append(f"{model.id} -> {target}: {count} {said} ({', '.join(names)})"
                         if target else f"{model.id}: {count} dropped, {said} "
                         f"({', '.join(names)})")
    return with_moves(models, kept, moving), lines
