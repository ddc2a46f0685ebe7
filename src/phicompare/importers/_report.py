"""The import report: what was read, and everything that was not, with counts and examples.

Nothing an importer meets is dropped silently. A field it does not import (unknown to the source's
own schema, or with no place in phicompare's catalog format, or with a value it cannot read) is
counted with up to three example records; a record it cannot read at all is listed with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from phicompare.safe import one_line

__all__ = ["FieldNote", "ImportReport", "SkippedRecord", "Tally"]

EXAMPLES = 3

UNKNOWN = "unknown to the source's own schema"
NO_PLACE = "no place in the phicompare catalog format"


@attrs.frozen(kw_only=True)
class FieldNote:
    """A field (or a field's value) an importer did not import, how often, and why.

    ``field`` is a dotted path inside a record (``cost.cached_input``); ``examples`` names up to
    three records (files or keys) where it occurs.

    Examples:
        >>> note = FieldNote(field="cost.cached_input", count=7, reason="unknown",
        ...                  examples=("providers/x/models/y.toml",))
        >>> str(note)
        'cost.cached_input: 7 records (unknown), e.g. providers/x/models/y.toml'
    """

    field: str
    count: int
    reason: str
    examples: tuple[str, ...] = ()

    def __str__(self) -> str:
        noun = "record" if self.count == 1 else "records"
        where = f", e.g. {', '.join(self.examples)}" if self.examples else ""
        return one_line(f"{self.field}: {self.count} {noun} ({self.reason}){where}")


@attrs.frozen(kw_only=True)
class SkippedRecord:
    """A record (a file, or an entry of a file) that was not imported, and why.

    Examples:
        >>> str(SkippedRecord(record="litellm.json#text-embedding-3-small",
        ...                   reason="mode 'embedding' is not text generation"))
        "litellm.json#text-embedding-3-small: mode 'embedding' is not text generation"
    """

    record: str
    reason: str

    def __str__(self) -> str:
        return one_line(f"{self.record}: {self.reason}")


@attrs.frozen(kw_only=True)
class ImportReport:
    """What one import read and what it left out.

    ``checked`` is the date given to every imported record and ``checked_from`` says where it came
    from (``argument``, ``SNAPSHOT.txt``, ``file modification time``). ``records`` counts the
    records read (files or entries); ``models``, ``routes`` and ``scores`` what was built.
    ``parts`` holds the reports a merged report was made of.

    Examples:
        >>> report = ImportReport(source="litellm", path="prices.json",
        ...                       checked=dt.date(2026, 9, 29), checked_from="argument",
        ...                       records=3, models=2, routes=2)
        >>> print(report.summary())  # doctest: +NORMALIZE_WHITESPACE
        litellm (prices.json, checked 2026-09-29 from argument): 3 records -> 2 models,
        2 routes, 0 scores; 0 fields not imported, 0 records skipped
    """

    source: str
    path: str
    checked: dt.date
    checked_from: str
    records: int = 0
    models: int = 0
    routes: int = 0
    scores: int = 0
    fields: tuple[FieldNote, ...] = ()
    skipped: tuple[SkippedRecord, ...] = ()
    parts: tuple[ImportReport, ...] = ()

    @property
    def dated_by_file(self) -> bool:
        """Whether ``checked`` is a file's modification time, no day the data was checked.

        A source that carries no date (LiteLLM's map, OpenRouter's response) with no
        ``checked=`` and no dated ``SNAPSHOT.txt``: the day it was copied, not downloaded
        (``--catalog`` refuses it; API review 15, A3).

        Examples:
            >>> ImportReport(source="litellm", path="p.json", checked=dt.date(2026, 12, 2),
            ...              checked_from="file modification time").dated_by_file
            True
        """
        return self.checked_from == "file modification time"

    def summary(self) -> str:
        """One line: the source, its date, what was built and what was left out."""
        return (
            f"{self.source} ({self.path}, checked {self.checked.isoformat()} from "
            f"{self.checked_from}): {self.records} records -> {self.models} models, "
            f"{self.routes} routes, {self.scores} scores; {len(self.fields)} fields not imported, "
            f"{len(self.skipped)} records skipped"
        )

    def to_text(self, limit: int = 20) -> str:
        """The report for a reader: the summary, the fields not imported, the skipped records.

        Skipped records are grouped by reason; at most ``limit`` lines are shown per group.

        Examples:
            >>> report = ImportReport(
            ...     source="litellm", path="p.json", checked=dt.date(2026, 9, 29),
            ...     checked_from="argument", records=2, models=1, routes=1,
            ...     skipped=(SkippedRecord(record="e3", reason="mode 'embedding' is not text "
            ...                                                "generation"),))
            >>> print(*report.to_text().splitlines()[1:], sep="/")
            Records skipped:/  mode 'embedding' is not text generation: 1/    e3
        """
        if self.parts:
            return "\n\n".join(part.to_text(limit) for part in self.parts)
        lines = [self.summary()]
        if self.fields:
            lines.append("Fields not imported:")
            lines.extend(f"  {note}" for note in self.fields)
        by_reason: dict[str, list[str]] = {}
        for skipped in self.skipped:
            by_reason.setdefault(skipped.reason, []).append(skipped.record)
        if by_reason:
            lines.append("Records skipped:")
        for reason, records in by_reason.items():
            lines.append(f"  {reason}: {len(records)}")
            lines.extend(f"    {record}" for record in records[:limit])
            if len(records) > limit:
                lines.append(f"    ... and {len(records) - limit} more")
        return "\n".join(lines)

    @classmethod
    def combine(cls, reports: Iterable[ImportReport]) -> ImportReport:
        """One report over several imports (as a merge makes); the originals are its ``parts``.

        Examples:
            >>> a = ImportReport(source="a", path="a", checked=dt.date(2026, 1, 1),
            ...                  checked_from="argument", records=2, models=1)
            >>> b = attrs.evolve(a, source="b", path="b", checked=dt.date(2025, 1, 1))
            >>> both = ImportReport.combine([a, b])
            >>> both.source, both.records, both.checked
            ('a + b', 4, datetime.date(2025, 1, 1))
        """
        parts = tuple(p for report in reports for p in (report.parts or (report,)))
        return cls(
            source=" + ".join(p.source for p in parts),
            path="; ".join(p.path for p in parts),
            checked=min(p.checked for p in parts),
            checked_from="per source",
            records=sum(p.records for p in parts),
            models=sum(p.models for p in parts),
            routes=sum(p.routes for p in parts),
            scores=sum(p.scores for p in parts),
            fields=tuple(n for p in parts for n in p.fields),
            skipped=tuple(s for p in parts for s in p.skipped),
            parts=parts,
        )


class _Count:
    __slots__ = ("count", "examples")

    def __init__(self, record: str) -> None:
        self.count = 1
        self.examples = [record]


class Tally:
    """Collects field notes and skipped records while an importer runs (mutable, private).

    Examples:
        >>> tally = Tally()
        >>> for record in ("a.toml", "b.toml"):
        ...     tally.field("cost.cached_input", UNKNOWN, record)
        >>> print(tally.notes()[0])
        cost.cached_input: 2 records (unknown to the source's own schema), e.g. a.toml, b.toml
    """

    def __init__(self) -> None:
        self._fields: dict[tuple[str, str], _Count] = {}
        self.skipped: list[SkippedRecord] = []

    def field(self, name: str, reason: str, record: str) -> None:
        """Count one occurrence of field ``name`` not imported from ``record``, for ``reason``."""
        entry = self._fields.get((name, reason))
        if entry is None:
            self._fields[(name, reason)] = _Count(record)
            return
        entry.count += 1
        if len(entry.examples) < EXAMPLES and record not in entry.examples:
            entry.examples.append(record)

    def skip(self, record: str, reason: str) -> None:
        """Note a record that is not imported at all."""
        self.skipped.append(SkippedRecord(record=record, reason=reason))

    def notes(self) -> tuple[FieldNote, ...]:
        """The field notes: unknown fields first, then the most frequent, then by name."""
        notes = [
            FieldNote(field=name, reason=reason, count=entry.count, examples=tuple(entry.examples))
            for (name, reason), entry in self._fields.items()
        ]
        return tuple(sorted(notes, key=lambda n: (not n.reason.startswith("unknown"), -n.count,
                                                  n.field)))
