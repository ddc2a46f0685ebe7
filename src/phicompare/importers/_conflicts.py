"""Cross-source disagreement: the evidence each record gives, and the conflicts between records.

Every imported record leaves :class:`RecordFacts`: which source said what about a model. A
:class:`Conflict` is a field on which the evidence for one model holds more than one value (after
ignoring differences that carry no information: case and punctuation in names, the day of a
knowledge cutoff, the order of modalities).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal

import attrs

from ._identity import squash

__all__ = [
    "FACT_FIELDS",
    "Conflict",
    "ConflictReport",
    "RecordFacts",
    "Severity",
    "SourcedValue",
    "find_conflicts",
    "show_value",
]

# Model-level facts that records give, in the order conflicts are listed.
FACT_FIELDS = (
    "name", "vendor", "family", "released", "parameters_b", "context_window",
    "max_output_tokens", "max_input_tokens", "license", "open_weights", "knowledge_cutoff",
    "input_modalities", "output_modalities", "capabilities.vision", "capabilities.multimodal",
    "capabilities.reasoning", "capabilities.function_calling", "capabilities.tool_use",
    "capabilities.structured_outputs", "capabilities.code_execution",
)
_ORDER = {name: index for index, name in enumerate(FACT_FIELDS)}
_BRACKETS = re.compile(r"\[[^\]]*\]")


def _same(value: object) -> object:
    return value


def _name_key(value: object) -> object:
    """Names compare without case, punctuation, an ``Author: `` prefix or a ``(free)`` tag."""
    text = str(value)
    return squash((text.partition(": ")[2] or text).removesuffix(" (free)"))


_COMPARE: Mapping[str, Callable[[object], object]] = {
    "name": _name_key,
    "knowledge_cutoff": lambda v: str(v)[:7],
}


@attrs.frozen(kw_only=True)
class RecordFacts:
    """What one record (a file, an entry) says about a model's facts.

    ``facts`` pairs a field of :data:`FACT_FIELDS` with the value the record gives; a field the
    record leaves out is absent, never ``None``.

    Examples:
        >>> e = RecordFacts(source="litellm:azure_ai", url="prices.json#azure_ai/Phi-4",
        ...              facts=(("context_window", 16384),))
        >>> dict(e.facts)["context_window"]
        16384
    """

    source: str
    url: str
    facts: tuple[tuple[str, object], ...] = ()


@attrs.frozen(kw_only=True)
class SourcedValue:
    """One value of a conflicting field and the records that give it."""

    value: object
    sources: tuple[str, ...]
    urls: tuple[str, ...]


class Severity(str, enum.Enum):
    """How much a conflict matters to a reader: ``high`` changes a bill or whether a request fits.

    Examples:
        >>> Severity.of("routes[azure/phi-4].input"), Severity.of("released"), Severity.of("name")
        (<Severity.HIGH: 'high'>, <Severity.MEDIUM: 'medium'>, <Severity.LOW: 'low'>)
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """0 for high, 1 for medium, 2 for low."""
        return list(Severity).index(self)

    @classmethod
    def of(cls, field: str) -> Severity:
        """The severity of a conflict on ``field`` (``context_window``, ``routes[...].input``)."""
        leaf = field.rsplit(".", 1)[-1] if field.startswith(("routes[", "scores[")) else field
        if leaf in _HIGH:
            return cls.HIGH
        if leaf in _LOW:
            return cls.LOW
        return cls.MEDIUM


_HIGH = frozenset({"input", "output", "cache_read", "cache_write", "batch_input", "batch_output",
                   "per_request", "tiers", "status", "context_window"})
_LOW = frozenset({"name", "vendor", "family", "input_modalities", "output_modalities"})


@attrs.frozen(kw_only=True)
class Conflict:
    """A field whose value differs across records, with each value's sources and the kept value.

    ``field`` is a model field (``context_window``, ``capabilities.reasoning``) or, for routes and
    scores matched while merging, ``routes[azure].input`` or ``scores[mmlu 5-shot]``.

    Examples:
        >>> c = Conflict(model="phi-4", field="context_window", kept=16384, values=(
        ...     SourcedValue(value=16384, sources=("litellm:azure_ai",), urls=("a",)),
        ...     SourcedValue(value=128000, sources=("models.dev:azure",), urls=("b",))))
        >>> print(c)
        phi-4: context_window: 16384 (litellm:azure_ai) | 128000 (models.dev:azure); kept 16384
    """

    model: str
    field: str
    values: tuple[SourcedValue, ...]
    kept: object = None

    def __str__(self) -> str:
        shown = " | ".join(f"{show_value(v.value)} ({', '.join(v.sources)})" for v in self.values)
        return f"{self.model}: {self.field}: {shown}; {self.kept_text}"

    @property
    def kept_text(self) -> str:
        """``kept VALUE``, or ``kept none`` when the catalog keeps no source's value."""
        return "kept none" if self.kept is None else f"kept {show_value(self.kept)}"

    @property
    def severity(self) -> Severity:
        """How much the conflict matters (see :class:`Severity`)."""
        return Severity.of(self.field)

    @property
    def spread(self) -> Decimal | None:
        """For numbers, the largest value over the smallest (``None`` for other values).

        A spread with a zero beside a non-zero value counts as 1,000,000.

        Examples:
            >>> Conflict(model="m", field="context_window", values=(
            ...     SourcedValue(value=16384, sources=("a",), urls=("u",)),
            ...     SourcedValue(value=131072, sources=("b",), urls=("v",)))).spread
            Decimal('8')
        """
        numbers = [Decimal(v.value) for v in self.values
                   if isinstance(v.value, (int, Decimal)) and not isinstance(v.value, bool)]
        if len(numbers) < 2:
            return None
        low, high = min(numbers), max(numbers)
        if low <= 0:
            return Decimal(1_000_000) if high > 0 else None
        return high / low

    def to_dict(self) -> dict[str, object]:
        """JSON-ready: every value as text, with its sources and URLs.

        Examples:
            >>> c = Conflict(model="m", field="license", kept="MIT", values=(
            ...     SourcedValue(value="MIT", sources=("a",), urls=("u",)),))
            >>> c.to_dict()["values"]
            [{'value': 'MIT', 'sources': ['a'], 'urls': ['u']}]
        """
        spread = self.spread
        return {
            "model": self.model,
            "field": self.field,
            "severity": self.severity.value,
            "spread": None if spread is None else format(spread.quantize(Decimal("0.01")), "f"),
            "kept": None if self.kept is None else show_value(self.kept),
            "values": [
                {"value": show_value(v.value), "sources": list(v.sources), "urls": list(v.urls)}
                for v in self.values
            ],
        }


@attrs.frozen
class ConflictReport:
    """Every conflict found, ordered by model and field.

    Examples:
        >>> report = ConflictReport(())
        >>> len(report), report.to_text()
        (0, 'No conflicts.')
        >>> one = Conflict(model="phi-4", field="context_window", kept=16384, values=(
        ...     SourcedValue(value=16384, sources=("a",), urls=("u1",)),
        ...     SourcedValue(value=128000, sources=("b",), urls=("u2",))))
        >>> report = ConflictReport((one,))
        >>> len(report.for_model("phi-4")), report.fields()
        (1, {'context_window': 1})
        >>> print(report.to_text())
        phi-4: context_window: 16384 (a) | 128000 (b); kept 16384
    """

    conflicts: tuple[Conflict, ...] = ()

    def __len__(self) -> int:
        return len(self.conflicts)

    def __iter__(self) -> Iterator[Conflict]:
        return iter(self.conflicts)

    def for_model(self, model_id: str) -> tuple[Conflict, ...]:
        """The conflicts about one model (by its id in the catalog)."""
        return tuple(c for c in self.conflicts if c.model == model_id)

    def fields(self) -> dict[str, int]:
        """How many conflicts each field has, most first (``routes[...]`` grouped by field)."""
        counts: dict[str, int] = {}
        for conflict in self.conflicts:
            field = _BRACKETS.sub("", conflict.field)
            counts[field] = counts.get(field, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    def to_text(self) -> str:
        """One conflict a line."""
        if not self.conflicts:
            return "No conflicts."
        return "\n".join(str(c) for c in self.conflicts)


def show_value(value: object) -> str:
    """A value as the audit prints it: dates ISO, tuples joined, ``None`` as ``unknown``.

    Examples:
        >>> show_value(dt.date(2024, 12, 11)), show_value(("text", "image")), show_value(None)
        ('2024-12-11', 'text+image', 'unknown')
    """
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "+".join(str(v) for v in value) or "none"
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def find_conflicts(
    model_id: str, evidence: Iterable[RecordFacts], kept: Callable[[str], object]
) -> list[Conflict]:
    """The conflicts among the evidence for one model; ``kept(field)`` gives the catalog's value.

    Examples:
        >>> ev = [RecordFacts(source="a", url="u1", facts=(("license", "MIT"),)),
        ...       RecordFacts(source="b", url="u2", facts=(("license", "Apache-2.0"),))]
        >>> print(find_conflicts("m", ev, lambda field: "MIT")[0])
        m: license: MIT (a) | Apache-2.0 (b); kept MIT
    """
    by_field: dict[str, dict[object, tuple[object, list[str], list[str]]]] = {}
    for item in evidence:
        for field, value in item.facts:
            compare = _COMPARE.get(field, _same)(value)
            groups = by_field.setdefault(field, {})
            found = groups.get(compare)
            if found is None:
                groups[compare] = (value, [item.source], [item.url])
            else:
                if item.source not in found[1]:
                    found[1].append(item.source)
                found[2].append(item.url)
    conflicts = []
    for field in sorted(by_field, key=lambda f: _ORDER.get(f, len(_ORDER))):
        groups = by_field[field]
        if len(groups) < 2:
            continue
        values = tuple(
            SourcedValue(value=value, sources=tuple(sources), urls=tuple(urls))
            for value, sources, urls in groups.values()
        )
        # The kept value as a source gave it; a value no source gave is never reported as kept.
        held = kept(field)
        given = groups.get(_COMPARE.get(field, _same)(held)) if held is not None else None
        conflicts.append(Conflict(model=model_id, field=field, values=values,
                                  kept=None if given is None else given[0]))
    return conflicts
