"""Run-to-run spreads: how far two evaluations of one model under one setting differ."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from phicompare.domain.records import Model
from phicompare.domain.settings import condition

__all__ = ["median", "run_spreads"]


def run_spreads(models: Iterable[Model]) -> dict[str, Decimal]:
    """Per benchmark: the largest gap between two evaluations of one model under one setting.

    One setting is one stated condition (:func:`~phicompare.domain.settings.condition`, as
    comparisons read it): two runs whose settings are not stated (or name only their metric)
    are not known to share one, so they measure no spread (review 7: GPT-4o at aider.chat and in
    OpenAI's post, 18.2 and 30.7 on Aider Polyglot, are not one setting run twice).

    Evaluations that all give one figure are that figure quoted again, not a measured spread
    (Microsoft's Phi-4-mini card repeats Phi-3.5-mini's own ARC-C 84.6): they add nothing, so a
    benchmark seen only that way has no spread, like one with no second run. The bundled
    index stores it (``tools/bundle_catalog.py``), so that a catalog read on demand
    knows it without reading every model.

    Examples:
        >>> from phicompare import default_catalog
        >>> run_spreads(default_catalog().models)["mmlu"]
        Decimal('3.5')
    """
    spreads: dict[str, Decimal] = {}
    for model in models:
        runs: dict[tuple[str, str], dict[str | None, Decimal]] = {}
        for score in model.scores:
            if setting := condition(score.setting):
                runs.setdefault((score.benchmark, setting), {})[score.evaluation_key] = score.score
        for (benchmark, _), by_run in runs.items():
            if len(set(by_run.values())) > 1:
                spread = max(by_run.values()) - min(by_run.values())
                spreads[benchmark] = max(spreads.get(benchmark, spread), spread)
    return spreads


def median(values: Iterable[Decimal]) -> Decimal | None:
    """The middle value of ``values``, or the mean of the two middle ones; ``None`` for none.

    Examples:
        >>> median([Decimal("3"), Decimal("1"), Decimal("2")]), median([Decimal("1"), Decimal("2")])
        (Decimal('2'), Decimal('1.5'))
        >>> median([]) is None
        True
    """
    ordered = sorted(values)
    if not ordered:
        return None
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2
