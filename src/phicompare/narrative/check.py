"""The self-check: every claim re-derived from the facts it quotes.

:func:`check_claims` resolves each evidence path against the comparison again, re-formats what
the text shows, evaluates each comparative's :class:`~phicompare.narrative.claims.Check`, and
flags duplicate claims, claims without evidence and empty slots.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from phicompare.domain.documents import source_address

from . import format as fmt
from .claims import Check, CheckOp, Claim, EvidenceKind, Narrative, Row, canonical
from .editorial import editorial_problems

__all__ = ["SHOW", "check_claims", "resolve"]

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


SHOW: dict[EvidenceKind, Callable[[Any], str]] = {
    EvidenceKind.MONEY: fmt.money,
    EvidenceKind.PRICE: fmt.price,
    EvidenceKind.POINTS: fmt.points,
    EvidenceKind.TOKENS: fmt.tokens,
    EvidenceKind.COUNT: fmt.big_count,
    EvidenceKind.PARAMS: fmt.params,
    EvidenceKind.PERCENT: fmt.percent,
    EvidenceKind.DATE: fmt.date,
    EvidenceKind.TEXT: str,
    EvidenceKind.TOKENS_TEXT: lambda v: fmt.tokens(int(v)),
    EvidenceKind.MONEY_ABS: lambda v: fmt.money(abs(v)),
    EvidenceKind.POINTS_ABS: lambda v: fmt.points(abs(v)),
    EvidenceKind.LICENCE: fmt.licence,
    EvidenceKind.TOKENS_EXACT: lambda v: fmt.exact_tokens(int(v)),
    EvidenceKind.PRICE_3: lambda v: fmt.price(v, 3),
    EvidenceKind.PRICE_4: lambda v: fmt.price(v, 4),
    EvidenceKind.COUNT_WORD: lambda v: fmt.count_word(int(v)),
    EvidenceKind.RATE: fmt.rate,
}
"""How each kind of evidence is shown; check() re-formats the fact and compares."""

_EMPTY_SLOTS = re.compile(r"\bNone\b|\bnan\b|\{\}|\{[a-z_]+\}|  |\s[,.;:]|\$-|\(\)")


def _number(value: object) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    return None


_ORDER: dict[CheckOp, Callable[[Any, Any], bool]] = {
    CheckOp.LESS: operator.lt, CheckOp.GREATER: operator.gt, CheckOp.AT_MOST: operator.le}
"""The checks that order two values (numbers, or dates)."""


def holds(check: Check, values: list[object]) -> bool:
    """Whether ``check`` holds of ``values``, the facts at its paths.

    Examples:
        >>> holds(Check(op=CheckOp.LESS, paths=()), [Decimal("1.5"), 2])
        True
        >>> holds(Check(op=CheckOp.LESS, paths=()), [dt.date(2024, 6, 1), dt.date(2025, 2, 26)])
        True
        >>> holds(Check(op=CheckOp.IN, paths=(), values=("false", "none")), [None])
        True
        >>> holds(Check(op=CheckOp.CONTAINS, paths=(), values=("A (", "); b")), ["A (x); b"])
        True
        >>> day = dt.date(2025, 9, 24)
        >>> [holds(Check(op=CheckOp.AT_MOST, paths=()), [day, d])
        ...  for d in (day, dt.date(2025, 9, 23))]
        [True, False]
    """
    op = check.op
    if op in _ORDER:
        left, right = _number(values[0]), _number(values[1])
        if left is None or right is None:  # two dates order too ("before its release")
            dates = [v for v in values[:2] if isinstance(v, dt.date)]
            if len(dates) < 2:
                return False
            return _ORDER[op](dates[0], dates[1])
        return _ORDER[op](left, right)
    if op in (CheckOp.EQUAL, CheckOp.NOT_EQUAL):
        left, right = _number(values[0]), _number(values[1])
        if left is not None and right is not None:
            same = left == right  # 4500.00 and 4500.0 are the same money
        else:
            same = canonical(values[0]) == canonical(values[1])
        return same if op is CheckOp.EQUAL else not same
    if op is CheckOp.TRUE:
        return values[0] is True
    if op is CheckOp.FALSE:
        return values[0] is False
    if op is CheckOp.NONE:
        return values[0] is None
    if op is CheckOp.KNOWN:
        return values[0] is not None
    if op is CheckOp.WITHIN:  # "about as much as": neither above the other by more than share
        left, right = _number(values[0]), _number(values[1])
        share = Decimal(check.values[0])
        return left is not None and right is not None and (
            left - right <= right * share and right - left <= left * share)
    if op is CheckOp.CONTAINS:  # each part a sentence shows of a fact's words
        return all(part in canonical(values[0]) for part in check.values)
    return canonical(values[0]) in check.values  # CheckOp.IN


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
    empty slots ("None", "nan", "{}", doubled spaces). For a comparison it also applies the
    editor's page-level rules (:func:`~phicompare.narrative.editorial.editorial_problems`: no
    sentence twice, no immaterial bill gap as a reason, no category from one benchmark, ...),
    and that every figure shown with its source cites one the sources table lists.

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> check_claims(c.narrative, c)
        []
    """
    problems: list[str] = []
    listed = _listed(facts)
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
        problems.extend(_evidence_problems(item, facts, where))
        problems.extend(_check_problems(item, facts, where))
        problems.extend(_rule_problems(item, facts, where))
        if listed is not None:
            problems.extend(_unlisted(item, listed, where))
    from phicompare.analysis.comparison import Comparison  # noqa: PLC0415 - no import cycle

    if isinstance(facts, Comparison):
        problems.extend(f"{rule}: {message}" for rule, message in editorial_problems(
            narrative, facts))
    return problems


_IN_FORCE = re.compile(r"\bprices?\b[^.]*\bin force\b", re.IGNORECASE)
_NEGATED = re.compile(r"not (?:a lead outside noise|directly comparable)")
_LEAD = re.compile(r"\bleads?\b|directly comparable|outside (?:the 95% )?(?:sampling )?"
                   r"(?:interval|noise)|beyond the ±")
_QUOTE = re.compile(r'"([^"]+)"')
_SEPARATE = re.compile(r"\b(?:different|separate) evaluations\b")
_DIRECTION = re.compile(r"\b(?:higher|lower|direction)\b")
_PAIR = re.compile(r"^(benchmarks\[\d+\]\.pairs\[\d+\])\.")
_SUPPORT = re.compile(r"^capabilities\[(\d+)\]\.support\[(\d+)\]$")
_PRICED = re.compile(r"^(cost\.estimates\[\d+\]|routes\[\d+\])\.monthly$")


def _listed(facts: object) -> frozenset[str] | None:
    """The URLs of ``facts``'s sources table (``None``: ``facts`` lists none, not a comparison)."""
    provenance = getattr(facts, "provenance", None)
    sources = getattr(provenance, "sources", None)
    if not isinstance(sources, tuple):
        return None
    return frozenset([str(getattr(ref, "url", "")) for ref in sources])


def _unlisted(item: Claim | Row, listed: frozenset[str], where: str) -> Iterable[str]:
    """A figure the text shows whose source the page's sources table does not list.

    Every figure a page prints is traceable to a row of its sources table: a score quoted from
    another run than its column's cites its own source there too (helper fixDM).
    """
    for evidence in item.evidence:
        if evidence.shown is not None and evidence.source and \
                source_address(evidence.source) not in listed:
            yield (f"{where}: shows {evidence.shown!r} ({evidence.path}) from "
                   f"{evidence.source}, which the sources table does not list")


def _rule_problems(item: Claim | Row, facts: object, where: str) -> Iterable[str]:
    """The editor's rules a sentence can break whatever its own checks say.

    Prices are "as last checked", never "in force"; a lead or "directly comparable" rests only
    on comparable pairs; a direction across evaluations only on a gap beyond the spread between
    runs, and never "separate evaluations" of scores not on record as one, nor as two (review
    10, I11); a setting quoted is a run of its own words (review 10, I13); "X documents" a
    capability only when X's own table does (a route's flag is the
    route's offer); no estimate prices a route retired by the comparison date.
    """
    text = item.text
    if _IN_FORCE.search(text):
        yield f"{where}: says prices are in force; they are as last checked on a date"
    settings = [e.value for e in item.evidence if e.path.endswith(".setting")]
    for quote in _QUOTE.findall(text) if settings else ():  # a setting's own words (review 10, I13)
        if not any(isinstance(setting, str) and quote in setting for setting in settings):
            yield f"{where}: quotes {quote!r}, which no setting holds in that form"
    plain = _NEGATED.sub("", text)
    for path in dict.fromkeys(e.path for e in item.evidence):
        yield from _path_rule(path, plain, facts, where)


def _path_rule(path: str, text: str, facts: object, where: str) -> Iterable[str]:
    try:
        if (pair := _PAIR.match(path)) is not None:
            gap = resolve(facts, pair.group(1))
            if _LEAD.search(text) and getattr(gap, "comparable", None) is not True:
                yield f"{where}: states a lead or comparability on {pair.group(1)}, not comparable"
            if getattr(gap, "evaluations_unknown", False) and _SEPARATE.search(text):
                yield (f"{where}: says separate evaluations of {pair.group(1)}, which is not on "
                       "record as one evaluation, nor as two")
            if getattr(gap, "settings_unknown", False) and _SEPARATE.search(text):
                yield (f"{where}: says separate evaluations of {pair.group(1)}, which is one "
                       "evaluation")
            if (getattr(gap, "directional", False) and _DIRECTION.search(text)
                    and "no difference" not in text
                    and getattr(gap, "beyond_spread", None) is not True):
                yield f"{where}: a gap within the spread between runs stated as a difference"
        elif (cap := _SUPPORT.match(path)) is not None:
            k, i = int(cap.group(1)), int(cap.group(2))
            names = getattr(facts, "names", None)  # a comparison's: a shared name with its id
            name = names[i] if isinstance(names, tuple) else resolve(facts, f"models[{i}].name")
            documented: Any = resolve(facts, f"capabilities[{k}].documented")
            offered: Any = resolve(facts, f"capabilities[{k}].offered_by")
            own = documented[i] if documented else None
            if f"{name} documents" in text and own is not True and offered and offered[i]:
                yield f"{where}: states a route's flag as {name}'s own feature"
        elif (priced := _PRICED.match(path)) is not None:
            route = resolve(facts, f"{priced.group(1)}.route")
            day = resolve(facts, "as_of")
            retires = getattr(route, "retires", None)
            if (resolve(facts, path) is not None and retires is not None
                    and isinstance(day, type(retires)) and retires <= day):
                yield f"{where}: prices a route retired on {retires}"
    except LookupError:
        return  # an unresolvable path is reported by the evidence check


def _evidence_problems(item: Claim | Row, facts: object, where: str) -> Iterable[str]:
    for evidence in item.evidence:
        try:
            actual = resolve(facts, evidence.path)
        except LookupError as exc:
            yield f"{where}: {exc}"
            continue
        if canonical(actual) != canonical(evidence.value):
            yield (f"{where}: quotes {evidence.path} as {canonical(evidence.value)}, the facts "
                   f"say {canonical(actual)}")
        if evidence.shown is not None:
            expected = SHOW[evidence.kind](actual)
            if evidence.shown != expected:
                yield (f"{where}: shows {evidence.shown!r} for {evidence.path}, expected "
                       f"{expected!r}")
            if evidence.shown not in item.text:
                yield f"{where}: does not show {evidence.shown!r}"


def _check_problems(item: Claim | Row, facts: object, where: str) -> Iterable[str]:
    for check in item.checks:
        try:
            values = [resolve(facts, p) for p in check.paths]
        except LookupError as exc:
            yield f"{where}: {exc}"
            continue
        if not holds(check, values):
            shown = ", ".join(f"{p}={canonical(v)}" for p, v in zip(check.paths, values,
                                                                     strict=True))
            yield f"{where}: asserts {check.op.value} but {shown}"
