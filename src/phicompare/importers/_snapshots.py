"""Scores filed under the wrong snapshot of a model (``tools/bundle_catalog.py`` applies it).

A source sometimes files a score under one dated snapshot (or a moving ``-latest`` name) when it
belongs to another snapshot of the same model that the layer holds as a model of its own:
:func:`snapshot_scores` moves it there, and says so in the score's note.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from phicompare.domain.names import normalize_name
from phicompare.domain.records import BenchmarkScore, Model

from ._releases import release

__all__ = ["snapshot_scores"]

_DATED = re.compile(r"(.+)-(\d{4}-\d{2}-\d{2})")
_RECORDED = re.compile(r"recorded (\d{4}-\d{2}-\d{2})")
_PATH = re.compile(r"^https?://[^/]+/(.*)$")


class _Snapshots:
    """The models a page's path can name: by name, and by (model, release stamps) (private)."""

    def __init__(self, models: Sequence[Model]) -> None:
        self.by_name = {normalize_name(n): m.id for m in models for n in (m.id, *m.aliases)}
        found: dict[tuple[str, frozenset[str]], set[str]] = {}
        for model in models:
            found.setdefault(release(model.id), set()).add(model.id)
        self.by_release = {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}

    def named(self, source: str | None, holder: str) -> str | None:
        """The other snapshot of ``holder``'s model that the page ``source`` is named for."""
        path = _PATH.match(source or "")
        if path is None:
            return None
        family, stamps = release(holder)
        for segment in filter(None, re.split(r"[/?#]", path[1])):
            key = release(segment)
            if not key[1] or key[0] != family or key[1] == stamps:
                continue  # no snapshot named, another model, or the holder's own
            target = self.by_name.get(normalize_name(segment)) or self.by_release.get(key)
            if target is not None and target != holder:
                return target
        return None


def snapshot_scores(models: Sequence[Model]) -> tuple[list[Model], list[str]]:
    """``models`` with each score moved to the snapshot it belongs to, and a line per move.

    Two rules, the first that applies:

    - a score cited to a page named for another snapshot of the same model
      (``openrouter.ai/mistralai/mistral-large-2407/benchmarks`` under ``mistral-large-2411``;
      ``huggingface.co/mistralai/Mistral-Large-Instruct-2407`` under a host's ``mistral-large``)
      is that snapshot's, when the layer holds it: the page says whose figure it is;
    - a score of a dated snapshot (``gpt-4o-2024-08-06``) whose note says it was recorded on
      another date that dates a snapshot of the same model (``recorded 2024-11-20``,
      ``gpt-4o-2024-11-20``) is that snapshot's: LLMStats files the scores of OpenAI's GPT-4.1
      post, which compares GPT-4o (2024-11-20), under its only GPT-4o 2024-08-06 file.

    The note keeps where it was filed; a score the snapshot already has is not doubled.

    Examples:
        >>> from decimal import Decimal
        >>> score = BenchmarkScore(benchmark="mmlu", score=Decimal("85.7"), source="https://x",
        ...                        note="recorded 2024-11-20")
        >>> old = Model(id="m-2024-08-06", name="M", scores=(score,))
        >>> new = Model(id="m-2024-11-20", name="M 1120")
        >>> moved, lines = snapshot_scores([old, new])
        >>> [len(m.scores) for m in moved], moved[1].scores[0].note
        ([0, 1], 'recorded 2024-11-20; filed under m-2024-08-06 by its source')
        >>> lines
        ['m-2024-08-06 -> m-2024-11-20: 1 score recorded 2024-11-20 (mmlu)']
        >>> page = BenchmarkScore(benchmark="scicode", score=Decimal("29.2"),
        ...                       source="https://openrouter.ai/mistralai/mistral-large-2407/b")
        >>> moved, lines = snapshot_scores([Model(id="mistral-large-2411", name="L 2.1",
        ...     scores=(page,)), Model(id="mistral-large-2407", name="L 2")])
        >>> [len(m.scores) for m in moved], lines
        ([0, 1], ['mistral-large-2411 -> mistral-large-2407: 1 score cited to its page (scicode)'])
    """
    ids = {m.id for m in models}
    pages = _Snapshots(models)
    moving: dict[str, list[BenchmarkScore]] = {}
    kept: dict[str, tuple[BenchmarkScore, ...]] = {}
    lines = []
    for model in models:
        dated = _DATED.fullmatch(model.id)
        stay: list[BenchmarkScore] = []
        gone: dict[tuple[str, str], list[str]] = {}
        for score in model.scores:
            target = pages.named(score.source, model.id)
            why = "cited to its page"
            if target is None:
                found = _RECORDED.fullmatch(score.note or "")
                target = f"{dated[1]}-{found[1]}" if dated and found else None
                why = f"recorded {found[1]}" if found else why
            if target is None or target == model.id or target not in ids:
                stay.append(score)
                continue
            filed = f"filed under {model.id} by its source"
            note = f"{score.note}; {filed}" if score.note else filed
            moving.setdefault(target, []).append(attrs.evolve(score, note=note))
            gone.setdefault((target, why), []).append(score.benchmark)
        if gone:
            kept[model.id] = tuple(stay)
        for (target, why), names in gone.items():
            lines.append(f"{model.id} -> {target}: {len(names)} score"
                         f"{'' if len(names) == 1 else 's'} {why} ({', '.join(names)})")
    return with_moves(models, kept, moving), lines


def with_moves(models: Sequence[Model], kept: Mapping[str, tuple[BenchmarkScore, ...]],
               moving: Mapping[str, Sequence[BenchmarkScore]]) -> list[Model]:
    """The models, each with its ``kept`` scores in place of its own and its ``moving`` ones added.

    A moved score the model already has (the same figure of the same run) is not doubled.

    Examples:
        >>> from decimal import Decimal
        >>> s = BenchmarkScore(benchmark="mmlu", score=Decimal(70))
        >>> [m.scores for m in with_moves([Model(id="a", name="A", scores=(s,)),
        ...                                Model(id="b", name="B", scores=(s,))],
        ...                               {"a": ()}, {"b": [s]})] == [(), (s,)]
        True
    """
    out = []
    for model in models:
        scores = kept.get(model.id, model.scores)
        have = {_same(s) for s in scores}
        extra = tuple(s for s in moving.get(model.id, ()) if _same(s) not in have)
        changed = model.id in kept or extra
        out.append(attrs.evolve(model, scores=(*scores, *extra)) if changed else model)
    return out


def _same(score: BenchmarkScore) -> tuple[object, ...]:
    return (score.benchmark, score.setting, score.harness, score.evaluation_key, score.score)
