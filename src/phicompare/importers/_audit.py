"""``phicompare audit``'s report: a per-field summary, then conflicts by model, most severe first.

The text is for a data maintainer deciding what to fix: the sources and their dates, one line per
field (conflicts, models, severity), then each model's conflicts, severe ones and wide spreads
first, with long source lists and values cut so that every line stays readable.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from phicompare.safe import one_line

from ._conflicts import _BRACKETS, Conflict, Severity, show_value
from ._report import ImportReport

__all__ = ["audit_json", "audit_text", "by_severity", "field_summary"]

SOURCES_SHOWN = 3
"""Sources named per value before ``+N more``."""
VALUES_SHOWN = 5
"""Values shown per conflict before ``+N more values``."""
VALUE_CHARS = 60
"""A value longer than this is cut."""
_NO_SPREAD = Decimal(0)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def by_severity(conflicts: Sequence[Conflict]) -> list[Conflict]:
    """``conflicts`` grouped by model, the model with the most severe conflict first.

    Within a model: by severity, then the widest spread, then field.

    Examples:
        >>> from phicompare.importers import SourcedValue
        >>> def c(model, field):
        ...     v = (SourcedValue(value=1, sources=("a",), urls=("u",)),
        ...          SourcedValue(value=2, sources=("b",), urls=("v",)))
        ...     return Conflict(model=model, field=field, values=v, kept=1)
        >>> [(x.model, x.field) for x in by_severity([c("a", "name"), c("b", "released"),
        ...                                           c("a", "context_window")])]
        [('a', 'context_window'), ('a', 'name'), ('b', 'released')]
    """
    def key(c: Conflict) -> tuple[int, Decimal, str]:
        return (c.severity.rank, -(c.spread or _NO_SPREAD), c.field)

    first: dict[str, tuple[int, Decimal, str]] = {}
    for conflict in conflicts:
        mine = key(conflict)
        if conflict.model not in first or mine < first[conflict.model]:
            first[conflict.model] = mine
    return sorted(conflicts, key=lambda c: (first[c.model], c.model, key(c)))


def field_summary(conflicts: Sequence[Conflict]) -> list[tuple[str, Severity, int, int]]:
    """Per field (``routes[...]`` and ``scores[...]`` grouped): severity, conflicts and models.

    Most severe first, then most conflicts.

    Examples:
        >>> from phicompare.importers import SourcedValue
        >>> v = (SourcedValue(value=1, sources=("a",), urls=("u",)),
        ...      SourcedValue(value=2, sources=("b",), urls=("v",)))
        >>> field_summary([Conflict(model="m", field="routes[x/m].input", values=v),
        ...                Conflict(model="n", field="routes[y/n].input", values=v)])
        [('routes.input', <Severity.HIGH: 'high'>, 2, 2)]
    """
    counts: dict[str, tuple[Severity, int, set[str]]] = {}
    for conflict in conflicts:
        field = _BRACKETS.sub("", conflict.field)
        severity, count, models = counts.get(field, (conflict.severity, 0, set()))
        models.add(conflict.model)
        counts[field] = (severity, count + 1, models)
    rows = [(f, sev, n, len(models)) for f, (sev, n, models) in counts.items()]
    return sorted(rows, key=lambda r: (r[1].rank, -r[2], r[0]))


def _value(text: str) -> str:
    return text if len(text) <= VALUE_CHARS else text[:VALUE_CHARS - 1] + "…"


def conflict_line(conflict: Conflict) -> str:
    """One conflict without its model: severity, field, values with their sources, the kept value.

    Examples:
        >>> from phicompare.importers import SourcedValue
        >>> print(conflict_line(Conflict(model="m", field="context_window", kept=16384, values=(
        ...     SourcedValue(value=16384, sources=("a", "b", "c", "d"), urls=("u",) * 4),
        ...     SourcedValue(value=131072, sources=("e",), urls=("v",))))))
        high    context_window: 16384 (a, b, c, +1 more) | 131072 (e); kept 16384
    """
    parts = []
    for sourced in conflict.values[:VALUES_SHOWN]:
        names = list(sourced.sources[:SOURCES_SHOWN])
        if len(sourced.sources) > SOURCES_SHOWN:
            names.append(f"+{len(sourced.sources) - SOURCES_SHOWN} more")
        parts.append(f"{_value(show_value(sourced.value))} ({', '.join(names)})")
    if len(conflict.values) > VALUES_SHOWN:
        parts.append(f"+{len(conflict.values) - VALUES_SHOWN} more values")
    kept = "kept none" if conflict.kept is None else f"kept {_value(show_value(conflict.kept))}"
    return one_line(f"{conflict.severity.value:<7} {conflict.field}: {' | '.join(parts)}; {kept}")


def _source_lines(reports: Sequence[ImportReport]) -> list[str]:
    return [f"  {r.source}: checked {r.checked.isoformat()} (from {r.checked_from}), "
            f"{_plural(r.models, 'model')}, {_plural(r.routes, 'route')}" for r in reports]


def audit_text(conflicts: Sequence[Conflict], reports: Sequence[ImportReport],
               limit: int | None = None) -> str:
    """The audit for a reader: sources, the per-field summary, then the conflicts by model.

    ``limit`` keeps only that many models (the most severe) after the summary.

    Examples:
        >>> print(audit_text([], []))
        No conflicts.
    """
    if not conflicts:
        return "No conflicts."
    models = len({c.model for c in conflicts})
    levels = {s: sum(c.severity is s for c in conflicts) for s in Severity}
    lines = []
    if reports:
        lines += ["Sources (merged in this order; the first that gives a value wins):",
                  *_source_lines(reports), ""]
    lines.append(f"{_plural(len(conflicts), 'conflict')} in {_plural(models, 'model')}: "
                 + ", ".join(f"{n:,} {s.value}" for s, n in levels.items()) + ".")
    lines += ["", "By field:"]
    rows = field_summary(conflicts)
    width = max(len(r[0]) for r in rows)
    lines += [f"  {f.ljust(width)}  {sev.value:<6}  {_plural(n, 'conflict')} in "
              f"{_plural(m, 'model')}" for f, sev, n, m in rows]
    lines += ["", "By model (most severe first):"]
    current = None
    shown = 0
    for conflict in by_severity(conflicts):
        if conflict.model != current:
            if limit is not None and shown == limit:
                lines.append(f"... and {_plural(models - shown, 'more model')} (see --limit)")
                break
            current = conflict.model
            shown += 1
            lines.append(one_line(current))
        lines.append(f"  {conflict_line(conflict)}")
    return "\n".join(lines)


def audit_json(conflicts: Sequence[Conflict], reports: Sequence[ImportReport]) -> dict[str, Any]:
    """The audit as JSON-ready data: sources, the per-field summary, the ordered conflicts.

    Examples:
        >>> audit_json([], [])["summary"]
        {'conflicts': 0, 'models': 0, 'by_severity': {'high': 0, 'medium': 0, 'low': 0}}
    """
    return {
        "sources": [{"source": r.source, "path": r.path, "checked": r.checked.isoformat(),
                     "checked_from": r.checked_from, "models": r.models, "routes": r.routes}
                    for r in reports],
        "summary": {
            "conflicts": len(conflicts),
            "models": len({c.model for c in conflicts}),
            "by_severity": {s.value: sum(c.severity is s for c in conflicts) for s in Severity},
        },
        "fields": [{"field": f, "severity": sev.value, "conflicts": n, "models": m}
                   for f, sev, n, m in field_summary(conflicts)],
        "conflicts": [c.to_dict() for c in by_severity(conflicts)],
    }
