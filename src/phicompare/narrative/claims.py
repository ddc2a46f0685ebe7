r"""Claims: sentences that carry the facts they rest on, and the self-check that re-derives them.

Every sentence of the narrative is a :class:`Claim`: its text, the :class:`Evidence` it quotes
(a fact's path in the comparison, the value, how it is shown in the text) and the
:class:`Check`\\ s its comparatives imply ("cheaper" means one monthly figure is lower than
another). :func:`check_claims` resolves every path against the comparison again and reports each
contradiction, so a sentence cannot silently disagree with the numbers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any

import attrs

from . import format as fmt

__all__ = ["Check", "Claim", "Evidence", "Narrative", "Question", "Row", "check_claims"]

_NO_SOURCE = None


def canonical(value: object) -> str:
    """A fact value as text that survives JSON: ``131072``, ``0.30``, ``2025-02-26``, ``yes``.

    Examples:
        >>> canonical(Decimal("0.30")), canonical(True), canonical(None)
        ('0.30', 'true', 'none')
        >>> canonical(dt.date(2025, 2, 26))
        '2025-02-26'
    """
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return ", ".join(canonical(v) for v in value)
    enum_value = getattr(value, "value", None)
    if isinstance(enum_value, str):
        return enum_value
    return str(value)


@attrs.frozen
class Evidence:
    """A fact a claim rests on: where it lives in the comparison, its value, how the text shows it.

    ``path`` is an attribute path into the :class:`~phicompare.Comparison`
    (``cost.estimates[0].monthly``); ``value`` the fact's value (its canonical text in JSON, see
    :func:`canonical`); ``shown`` the text the
    sentence prints for it (checked against ``kind``'s formatter), or ``None`` when the sentence
    uses the fact without printing it; ``source`` the URL behind the figure, where known.
    """

    path: str
    value: object
    shown: str | None = None
    kind: str = "text"
    source: str | None = None


@attrs.frozen(kw_only=True)
class Check:
    """A relation a comparative asserts between facts: ``op`` over the values at ``paths``.

    Operators: ``<``, ``>``, ``==``, ``!=`` (two paths), ``true``, ``false``, ``none``, ``known``
    (one path), and ``in`` (the first path's value is one of ``values``).
    """

    op: str
    paths: tuple[str, ...]
    values: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Claim:
    """One sentence, the facts it rests on, and what its comparatives assert.

    ``key`` identifies the fact the claim states, so claims are de-duplicated by fact, not wording.
    """

    key: str
    text: str
    evidence: tuple[Evidence, ...]
    checks: tuple[Check, ...] = ()

    def __str__(self) -> str:
        return self.text


@attrs.frozen(kw_only=True)
class Row:
    """A scorecard row: a label and one cell per model, with the facts behind the cells."""

    key: str
    label: str
    cells: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    checks: tuple[Check, ...] = ()

    @property
    def text(self) -> str:
        """The row as one line of text."""
        return f"{self.label}: " + "; ".join(self.cells)


@attrs.frozen(kw_only=True)
class Question:
    """A frequently asked question, answered only from data."""

    key: str
    question: str
    answer: tuple[Claim, ...]


@attrs.frozen(kw_only=True)
class Narrative:
    """Every prose section of a comparison page, as claims.

    ``friction`` holds one group per direction: ``(source index, target index, claims)``.
    """

    title: str
    summary: tuple[Claim, ...]
    scorecard: tuple[Row, ...]
    tradeoffs: tuple[Claim, ...]
    cost: tuple[Claim, ...]
    friction: tuple[tuple[int, int, tuple[Claim, ...]], ...]
    deep_dive: tuple[tuple[Claim, ...], ...]
    faq: tuple[Question, ...]
    verdict: tuple[Claim, ...]
    related: tuple[Claim, ...]
    provenance: tuple[Claim, ...]

    def claims(self) -> Iterator[Claim]:
        """Every claim, section by section (FAQ answers included)."""
        yield from self.summary
        yield from self.tradeoffs
        yield from self.cost
        for _, _, group in self.friction:
            yield from group
        for paragraph in self.deep_dive:
            yield from paragraph
        for question in self.faq:
            yield from question.answer
        yield from self.verdict
        yield from self.related
        yield from self.provenance

    def sections(self) -> Iterator[tuple[str, tuple[Claim, ...]]]:
        """(section name, claims) pairs for the sections whose claims stand alone."""
        yield "summary", self.summary
        yield "tradeoffs", self.tradeoffs
        yield "cost", self.cost
        for s, t, group in self.friction:
            yield f"friction {s}->{t}", group
        for i, paragraph in enumerate(self.deep_dive):
            yield f"deep dive {i}", paragraph
        for question in self.faq:
            yield f"faq {question.key}", question.answer
        yield "verdict", self.verdict
        yield "related", self.related
        yield "provenance", self.provenance




_PATH = re.compile(r"([A-Za-z_][A-Za-z_0-9]*)|\[(\d+)\]")


def resolve(root: object, path: str) -> object:
    """The value at ``path`` (``cost.estimates[0].monthly``) in ``root``.

    Raises:
        LookupError: the path leads nowhere.

    Examples:
        >>> resolve({"a": [1, 2]}, "a[1]")
        2
    """
    value: Any = root
    try:
        for name, index in _PATH.findall(path):
            if name:
                value = value[name] if isinstance(value, dict) else getattr(value, name)
            else:
                value = value[int(index)]
    except (AttributeError, IndexError, KeyError, TypeError):
        msg = f"no fact at {path!r}"
        raise LookupError(msg) from None
    return value


def _number(value: object) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    return None


SHOW: dict[str, Callable[[Any], str]] = {
    "money": fmt.money,
    "price": fmt.price,
    "points": fmt.points,
    "tokens": fmt.tokens,
    "count": fmt.big_count,
    "params": fmt.params,
    "percent": fmt.percent,
    "date": fmt.date,
    "text": str,
    "tokens-text": lambda v: fmt.tokens(int(v)),
    "money-abs": lambda v: fmt.money(abs(v)),
    "points-abs": lambda v: fmt.points(abs(v)),
}
"""How each kind of evidence is shown; check() re-formats the fact and compares."""

_EMPTY_SLOTS = re.compile(r"\bNone\b|\bnan\b|\{\}|\{[a-z_]+\}|  |\s[,.;:]|\$-|\(\)")


def _check_relation(check: Check, values: list[object]) -> bool:
    op = check.op
    if op in ("<", ">"):
        left, right = _number(values[0]), _number(values[1])
        if left is None or right is None:
            return False
        return left < right if op == "<" else left > right
    if op in ("==", "!="):
        left, right = _number(values[0]), _number(values[1])
        if left is not None and right is not None:
            same = left == right  # 4500.00 and 4500.0 are the same money
        else:
            same = canonical(values[0]) == canonical(values[1])
        return same if op == "==" else not same
    if op == "true":
        return values[0] is True
    if op == "false":
        return values[0] is False
    if op == "none":
        return values[0] is None
    if op == "known":
        return values[0] is not None
    if op == "in":
        return canonical(values[0]) in check.values
    msg = f"unknown check operator {op!r}"
    raise ValueError(msg)


def _items(narrative: Narrative) -> Iterable[tuple[str, Claim | Row]]:
    for section, claims in narrative.sections():
        for claim in claims:
            yield section, claim
    for row in narrative.scorecard:
        yield "scorecard", row


def check_claims(narrative: Narrative, facts: object) -> list[str]:
    """Every contradiction between ``narrative`` and ``facts``; empty when the prose is true.

    It re-resolves each claim's evidence and compares the values, re-formats what the text shows,
    evaluates each comparative's checks, and flags duplicate claims, claims without evidence and
    empty slots ("None", "nan", "{}", doubled spaces).
    """
    problems: list[str] = []
    seen_keys: dict[str, str] = {}
    seen_text: dict[str, str] = {}
    for section, item in _items(narrative):
        text = item.text
        where = f"{section}: {text!r}"
        if not item.evidence:
            problems.append(f"{where}: no evidence")
        if _EMPTY_SLOTS.search(text) or not text.strip():
            problems.append(f"{where}: empty slot or stray spacing")
        scope = section.split(" ")[0] if section.startswith(("faq", "deep")) else section
        for seen, label in ((seen_keys, f"{scope}:{item.key}"), (seen_text, f"{scope}:{text}")):
            if label in seen:
                problems.append(f"{where}: duplicates an earlier claim")
            seen[label] = where
        for evidence in item.evidence:
            try:
                actual = resolve(facts, evidence.path)
            except LookupError as exc:
                problems.append(f"{where}: {exc}")
                continue
            if canonical(actual) != canonical(evidence.value):
                problems.append(f"{where}: quotes {evidence.path} as "
                                f"{canonical(evidence.value)}, the facts say {canonical(actual)}")
            if evidence.shown is not None:
                expected = SHOW[evidence.kind](actual)
                if evidence.shown != expected:
                    problems.append(f"{where}: shows {evidence.shown!r} for {evidence.path}, "
                                    f"expected {expected!r}")
                if evidence.shown not in text:
                    problems.append(f"{where}: does not show {evidence.shown!r}")
        for check in item.checks:
            try:
                values = [resolve(facts, p) for p in check.paths]
            except LookupError as exc:
                problems.append(f"{where}: {exc}")
                continue
            if not _check_relation(check, values):
                shown = ", ".join(f"{p}={canonical(v)}" for p, v in zip(check.paths, values,
                                                                         strict=True))
                problems.append(f"{where}: asserts {check.op} but {shown}")
    return problems
