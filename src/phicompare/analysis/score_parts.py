"""Each model's part of the benchmark rows, prepared once a model: a pair only joins two parts.

A benchmark row of two models (:func:`.benchmarks.benchmark_rows`) takes of each model its
score on the benchmark, that score's setting, evaluation and nearness to chance, and its other
runs under that setting; of the pair, only the gap and what compares. Everything a row takes of
one model is here, in :class:`RowPart`, worked out with the model's profile (once per catalog):
the row it makes alone, at either position, and the runs a pair chooses among where it has
several.
"""

# Annotations are evaluated (no ``from __future__ import annotations``): this module's named
# tuples would otherwise compile each field's type from a string on the first comparison.

import itertools
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple

from phicompare.domain.records import Benchmark, BenchmarkScore

__all__ = ["Pick", "RowPart", "ScoreEntry", "choose_two", "other_runs", "paired_runs", "row_parts",
           "run_key"]

Setting = tuple[str, str | None]
"""A score's setting as the condition it states, and its harness."""
Run = tuple[Setting, str | None]
"""A run of a benchmark: its setting and its evaluation."""


class ScoreEntry(NamedTuple):
    """One score of a model with what comparing it needs, worked out with the model's profile."""

    score: BenchmarkScore
    setting: Setting
    """The score's setting, normalised (case and spaces), and its harness."""
    variance: Decimal | None
    """Its sampling variance (``None``: the benchmark's item count is unknown)."""
    near_chance: bool | None
    evaluation: str | None
    """The evaluation it comes from (:attr:`BenchmarkScore.evaluation_key`)."""
    benchmark: Benchmark
    """The catalog's definition of the benchmark (a stub where it has none)."""
    shown: Decimal
    """The score to the tenth of a point a page shows it at (:func:`.statistics.shown_points`)."""
    unrecorded: bool
    """Whether the data does not record which evaluation produced it
    (:func:`.sources.unrecorded`)."""
    run_spread: Decimal | None
    """The catalog's spread between runs of the benchmark (:meth:`Catalog.run_spread`)."""
    spread_floored: bool
    """Whether that spread is the catalog's typical one (:meth:`Catalog.run_spread_floored`)."""


class Pick(NamedTuple):
    """A score a row may show, with the model's other scores under its setting."""

    entry: ScoreEntry
    others: tuple[BenchmarkScore, ...]
    """The model's other scores on the benchmark whose condition is this one's (another
    evaluation's run, another harness's): :attr:`BenchmarkRow.other_runs`."""


RowFields = tuple[tuple[BenchmarkScore | None, ...], tuple[bool | None, ...],
                  tuple[tuple[BenchmarkScore, ...], ...]]
"""A row's scores, nearness to chance and other runs."""


class RowPart(NamedTuple):
    """One model's part of a benchmark row: all in it that depends on the model alone."""

    benchmark: Benchmark
    """The catalog's definition of the benchmark (a stub where it has none)."""
    sole: Pick
    """The score shown where no other model compared scores the benchmark: of several, the
    first by setting (condition, then harness), and of several runs under that setting the one
    the record lists first, as a two-sided row without a shared evaluation takes it (helper
    fixAI: the alphabetically first evaluation's run read 29.2 for Gemma 2 9B's GPQA, where its
    compared rows read 39.1)."""
    first: RowFields
    """The row of two models when this one comes first and the other has no score here."""
    second: RowFields
    """The same row when this one comes second."""
    several: bool
    """Whether the model has more than one score here (then a pair chooses among them)."""
    runs: Mapping[Run, Pick]
    """Each run (setting and evaluation) the model has here: its first score of that run."""
    settings: Mapping[Setting, Pick]
    """Each setting the model has here: its first score under it."""
    head: Pick
    """The model's first score here, in the catalog's order."""


def run_key(run: Run) -> tuple[str, str, str]:
    """The order of a score's runs, ``(setting, evaluation)``: by setting, harness, evaluation.

    Examples:
        >>> run_key((("5-shot", None), "v2")) < run_key((("5-shot", "lm-eval"), None))
        True
    """
    (setting, harness), evaluation = run
    return setting, harness or "", evaluation or ""


def _setting_key(setting: Setting) -> tuple[str, str]:
    return setting[0], setting[1] or ""


def other_runs(found: Sequence[ScoreEntry], shown: ScoreEntry) -> tuple[BenchmarkScore, ...]:
    """A model's other runs beside the score ``shown``: its other scores under its setting.

    A setting is the condition a page states ("0-shot CoT"), whatever the harness. A figure
    already said (the one shown, or an earlier run's) is that figure quoted again, not another
    run (docs/catalog.md, "spread between runs"): the Phi-4-mini card repeats Phi-3.5 Mini's
    own ARC-C 84.6, so its row reads 84.6 with no "other run: 84.6" (review 29, F11).

    Examples:
        >>> from phicompare import default_catalog
        >>> from phicompare.analysis.profile import profile
        >>> catalog = default_catalog()
        >>> found = profile(catalog.model("phi-3.5-mini"), catalog).entries["arc-c"]
        >>> [str(e.score.score) for e in found], other_runs(found, found[0])
        (['84.6', '84.6'], ())
    """
    said = {shown.score.score}
    runs: list[BenchmarkScore] = []
    for other in found:
        if (other is not shown and other.setting[0] == shown.setting[0]
                and other.score.score not in said):
            said.add(other.score.score)
            runs.append(other.score)
    return tuple(runs)


def row_parts(entries: Mapping[str, tuple[ScoreEntry, ...]]) -> dict[str, RowPart]:
    """Each benchmark's :class:`RowPart` of one model, by benchmark id, in ``entries``' order.

    ``entries`` are the model's scores of each benchmark (:attr:`Profile.entries`).

    Examples:
        >>> from phicompare import default_catalog
        >>> from phicompare.analysis.profile import profile
        >>> catalog = default_catalog()
        >>> part = row_parts(profile(catalog.model("phi-3.5-mini"), catalog).entries)["gpqa"]
        >>> part.several, str(part.sole.entry.score.score), [str(s.score) for s in part.sole.others]
        (True, '30.4', ['26.6'])
    """
    parts: dict[str, RowPart] = {}
    for benchmark_id, found in entries.items():
        picks = [Pick(e, other_runs(found, e)) for e in found]
        runs: dict[Run, Pick] = {}
        settings: dict[Setting, Pick] = {}
        for pick in picks:
            runs.setdefault((pick.entry.setting, pick.entry.evaluation), pick)
            settings.setdefault(pick.entry.setting, pick)
        sole = picks[0] if len(picks) == 1 else min(
            picks, key=lambda p: _setting_key(p.entry.setting))  # the record's first run (fixAI)
        entry, others = sole
        score, chance = entry.score, entry.near_chance
        parts[benchmark_id] = RowPart(
            benchmark=entry.benchmark, sole=sole,
            first=((score, None), (chance, None), (others, ()) if others else ()),
            second=((None, score), (None, chance), ((), others) if others else ()),
            several=len(picks) > 1, runs=runs, settings=settings, head=picks[0])
    return parts


def choose_two(a: RowPart, b: RowPart) -> tuple[Pick, Pick]:
    """The score of each of two models on a benchmark where one has several: a setting both share.

    One run (setting and evaluation) both have, the first by :func:`run_key` (whichever model
    is named first: ``compare(a, b)`` mirrors ``compare(b, a)``; :func:`.benchmarks._choose`'s
    rule for three models or more, so that a pair reads alike on a page of two and on a page of
    more where no third model decides: review 35, #2); else one setting both have, their first
    scores under it; else each model's first score. (:func:`.benchmarks._choose` of two, read
    off each model's part.)
    """
    runs = a.runs.keys() & b.runs.keys()
    if runs:  # one evaluation under one setting for both: the scores that compare directly
        run = min(runs, key=run_key)
        return a.runs[run], b.runs[run]
    common = a.settings.keys() & b.settings.keys()
    if common:
        setting = min(common, key=_setting_key)
        return a.settings[setting], b.settings[setting]
    return a.head, b.head


def paired_runs(found: Sequence[Sequence[ScoreEntry]], shown: Sequence[ScoreEntry | None],
                others: Sequence[tuple[BenchmarkScore, ...]],
                ) -> tuple[tuple[BenchmarkScore, ...], ...]:
    """Each model's ``others``, with its run of an evaluation where a rival has another run.

    ``found`` are each model's scores of the benchmark, ``shown`` the one its row shows. A figure
    already said is no other run (:func:`other_runs`), but where a rival's other run comes from
    that evaluation, the pair's other run is that pairing: Phi-3.5 Mini's MMLU 69.0 beside Llama
    3.1 8B's 68.1 (the Phi-3.5-mini card) has a run of both in the Phi-4-mini card, 65.5 vs 68.1,
    which read "Phi-3.5 Mini's other run: 65.5; Llama 3.1 8B's other run: 69.4" as though Llama
    3.1 8B had no score there (review 35, #2). Such a run is kept, though its figure repeats,
    for :meth:`BenchmarkRow.other_pairs`; :meth:`BenchmarkRow.others` leaves it out.
    """
    extra = [list(o) for o in others]
    firsts = [{(e.setting, e.evaluation): e for e in reversed(f)} for f in found]
    for i, j in itertools.permutations(range(len(found)), 2):
        mine, theirs = shown[i], shown[j]
        if mine is None or theirs is None or not others[i]:
            continue
        for e in found[i]:
            mate = firsts[j].get((e.setting, e.evaluation))
            if (mate is not None and e.score in others[i] and mate is not theirs
                    and mate.setting[0] == theirs.setting[0] and mate.score not in extra[j]):
                extra[j].append(mate.score)
    return tuple([tuple(x) for x in extra])
