r"""Claims: sentences that carry the facts they rest on.

Every sentence of the narrative is a :class:`Claim`: its text, the :class:`Evidence` it quotes
(a fact's path in the comparison, the value, how it is shown in the text) and the
:class:`Check`\\ s its comparatives imply ("cheaper" means one monthly figure is lower than
another). :func:`phicompare.narrative.check.check_claims` resolves every path against the
comparison again and reports each contradiction, so a sentence cannot silently disagree with the
numbers. Paths come from :mod:`phicompare.narrative.paths`; operators and kinds are enums.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterator, Sequence
from typing import ClassVar, NamedTuple, TypeVar

import attrs

from . import reprs
from .paths import FactPath

__all__ = [
    "Basis",
    "Bullet",
    "Check",
    "CheckOp",
    "Claim",
    "Evidence",
    "EvidenceKind",
    "Narrative",
    "Question",
    "Row",
    "Shared",
    "canonical",
]


class CheckOp(enum.Enum):
    """What a :class:`Check` asserts of the values at its paths (the value is the JSON text).

    Examples:
        >>> CheckOp.LESS.value, CheckOp("true") is CheckOp.TRUE
        ('<', True)
    """

    LESS = "<"
    """The first value is lower than the second (both numbers)."""
    GREATER = ">"
    """The first value is higher than the second (both numbers)."""
    EQUAL = "=="
    """The two values are equal (as numbers when both are, else as canonical text)."""
    NOT_EQUAL = "!="
    """The two values differ."""
    TRUE = "true"
    """The one value is ``True``."""
    FALSE = "false"
    """The one value is ``False``."""
    NONE = "none"
    """The one value is unknown (``None``)."""
    KNOWN = "known"
    """The one value is known (not ``None``)."""
    IN = "in"
    """The one value's canonical text is one of the check's ``values``."""
    WITHIN = "within"
    """The two values (numbers) lie within the share in ``values`` of each other: neither is
    more than that share (``"0.025"``) of the other above it ("about as much as")."""
    AT_MOST = "<="
    """The first value is not higher than the second (both numbers, or both dates: "retired
    on 2025-09-24" on a page dated that day or later)."""
    CONTAINS = "contains"
    """The one value's canonical text holds each of the check's ``values`` (a sentence that
    says a fact's words in parts: a tie's rule said once for several bills; helper fixBG)."""


class EvidenceKind(enum.Enum):
    """How a sentence shows a fact: which formatter :func:`check_claims` re-applies.

    Examples:
        >>> EvidenceKind.MONEY_ABS.value, EvidenceKind("tokens-text") is EvidenceKind.TOKENS_TEXT
        ('money-abs', True)
    """

    MONEY = "money"
    PRICE = "price"
    POINTS = "points"
    TOKENS = "tokens"
    COUNT = "count"
    PARAMS = "params"
    PERCENT = "percent"
    DATE = "date"
    TEXT = "text"
    TOKENS_TEXT = "tokens-text"
    """A token count stored as text (friction items keep before and after as text)."""
    MONEY_ABS = "money-abs"
    """A signed amount shown without its sign ("rises by $30.00")."""
    POINTS_ABS = "points-abs"
    """A signed gap shown without its sign ("17.4 points")."""
    LICENCE = "licence"
    """A licence name as prose ("the MIT licence", "a proprietary licence")."""
    PRICE_3 = "price-3"
    """A unit price at three places, beside prices that need them ("$0.100 and $0.104")."""
    PRICE_4 = "price-4"
    """A unit price at four places, beside prices that need them ("$0.1040 and $0.2677")."""
    RATE = "rate"
    """A usage limit or the traffic's average against it ("2,000", "1.4", "about 1,667")."""
    TOKENS_EXACT = "tokens-exact"
    """A token count to the token ("131,072"), stored as a number or as text: where the short
    form would print two different counts alike."""
    COUNT_WORD = "count-word"
    """A small count in words, up to nine ("The cheapest eight are listed"; review 8, G17)."""


def canonical(value: object) -> str:
    """A fact value as text that survives JSON: ``131072``, ``0.30``, ``2025-02-26``, ``yes``.

    Examples:
        >>> from decimal import Decimal
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


class Evidence(NamedTuple):
    """A fact a claim rests on: where it lives in the comparison, its value, how the text shows it.

    ``path`` is an attribute path into the :class:`~phicompare.Comparison`, built by
    :mod:`~phicompare.narrative.paths` (``cost.estimates[0].monthly``); ``value`` the fact's
    value (its canonical text in JSON, see :func:`canonical`); ``shown`` the text the sentence
    prints for it (checked against ``kind``'s formatter), or ``None`` when the sentence uses the
    fact without printing it; ``source`` the URL behind the figure, where known.

    A named tuple, immutable like the other claim records: a page quotes about 180 facts, and a
    tuple is built in half the time of a frozen attrs instance (``_replace`` gives a changed copy).

    Examples:
        >>> from phicompare.narrative import paths
        >>> Evidence(paths.model(0, "license"), "MIT", "MIT").kind
        <EvidenceKind.TEXT: 'text'>
    """

    path: FactPath
    value: object
    shown: str | None = None
    kind: EvidenceKind = EvidenceKind.TEXT
    source: str | None = None


class Check(NamedTuple):
    """A relation a comparative asserts between facts: ``op`` over the values at ``paths``.

    A named tuple, like :class:`Evidence` (a page asserts about 50 relations).

    Two paths for :attr:`CheckOp.LESS`, :attr:`~CheckOp.GREATER`, :attr:`~CheckOp.EQUAL` and
    :attr:`~CheckOp.NOT_EQUAL`; one for the others. ``values`` lists what :attr:`CheckOp.IN`
    accepts, as canonical text.

    Examples:
        >>> from phicompare.narrative import paths
        >>> Check(op=CheckOp.TRUE, paths=(paths.model(0, "open_weights"),)).op.value
        'true'
    """

    op: CheckOp
    paths: tuple[FactPath, ...]
    values: tuple[str, ...] = ()


class Basis(NamedTuple):
    """What a claim rests on: its evidence and its checks, as a builder returns them lazily.

    Examples:
        >>> from phicompare.narrative import paths
        >>> Basis((Evidence(paths.model(0, "name"), "Phi-2", "Phi-2"),)).checks
        ()
    """

    evidence: tuple[Evidence, ...]
    checks: tuple[Check, ...] = ()


class Shared:
    """A basis several claims rest on: built when the first is grounded, then kept for the rest.

    The verdict's pick of a model and the line at a glance quote the same advantages; the
    summary's and the tradeoffs' comparison of context windows rest on the same facts. Each
    claim keeps its evidence once built (:class:`Claim`); this keeps what they share, in the same
    way: a value of the object, from a function that reads only facts (kept with it). Two are
    equal when their bases are: comparing builds them.

    Examples:
        >>> shared = Shared(lambda: Basis(()))
        >>> shared() is shared()
        True
        >>> shared == Shared(lambda: Basis(())), shared
        (True, Shared(Basis(evidence=(), checks=())))
    """

    __slots__ = ("_basis", "_built")

    def __init__(self, basis: Callable[[], Basis]) -> None:
        self._basis = basis
        self._built: Basis | None = None

    def __call__(self) -> Basis:
        """The basis, built on the first call."""
        if self._built is None:  # (two threads may build it once each: the same value)
            self._built = self._basis()
        return self._built

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Shared):
            return NotImplemented
        return self() == other()

    def __hash__(self) -> int:
        return hash(self())

    def __repr__(self) -> str:
        return f"Shared({self()!r})"


_TRANSIENT = {"transient": True}
"""Field metadata: not part of the record's value (JSON, schema and equality leave it out)."""


class _Grounded:
    """Evidence and checks given as tuples or built on first read from a ``basis`` function.

    A page prints every sentence but reads none of its evidence; :func:`check_claims`, JSON and
    the editorial lint read all of it. So a builder may pass ``basis=lambda: Basis(...)`` instead
    of ``evidence=`` and ``checks=``: the sentence is written now, its evidence when first asked
    for, by the same function that wrote the sentence (one path, not a text-only mode), and then
    kept. The function must read facts only (the comparison's records, never the narrative),
    and a claim's value (equality, hashing, JSON, pickling) is the same either way.
    """

    __slots__ = ()
    _VALUE: ClassVar[tuple[str, ...]]
    """The attributes that make the record's value, in order (constructor keywords too)."""
    _evidence: tuple[Evidence, ...]
    _checks: tuple[Check, ...]
    _basis: Callable[[], Basis] | None

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """The facts the text rests on: where each lives, its value, how the text shows it."""
        if self._basis is not None:
            self._ground()
        return self._evidence

    @property
    def checks(self) -> tuple[Check, ...]:
        """What the text's comparatives assert of those facts."""
        if self._basis is not None:
            self._ground()
        return self._checks

    def _ground(self) -> None:
        basis = self._basis
        if basis is None:  # another thread got here first
            return
        evidence, checks = basis()
        # A frozen record filled in once, as functools.cached_property does: the values first,
        # so a reader that sees no basis sees them.
        object.__setattr__(self, "_evidence", evidence)
        object.__setattr__(self, "_checks", checks)
        object.__setattr__(self, "_basis", None)

    def _value(self) -> tuple[object, ...]:
        return tuple([getattr(self, name) for name in self._VALUE])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Grounded) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._value() == other._value()

    __repr__ = reprs.grounded

    def __hash__(self) -> int:
        return hash(self._value())

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled with its evidence built: a basis function does not pickle.
        return _restore, (self.__class__, self._value())


def _restore(cls: type[_G], value: tuple[object, ...]) -> _G:
    return cls(**dict(zip(cls._VALUE, value, strict=True)))


_G = TypeVar("_G", bound=_Grounded)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Claim(_Grounded):
    """One sentence, the facts it rests on, and what its comparatives assert.

    ``key`` identifies the fact the claim states, so claims are de-duplicated by fact, not wording.
    Give ``evidence`` (and ``checks``), or a ``basis`` function that returns both when first read.

    Examples:
        >>> from phicompare.narrative import paths
        >>> name = Evidence(paths.model(0, "name"), "Phi-2", "Phi-2")
        >>> now = Claim(key="name", text="Phi-2.", evidence=(name,))
        >>> later = Claim(key="name", text="Phi-2.", basis=lambda: Basis((name,)))
        >>> later == now, later.evidence == (name,)
        (True, True)
    """

    _VALUE: ClassVar[tuple[str, ...]] = ("key", "text", "evidence", "checks")
    key: str
    text: str
    _evidence: tuple[Evidence, ...] = attrs.field(default=(), alias="evidence")
    _checks: tuple[Check, ...] = attrs.field(default=(), alias="checks")
    _basis: Callable[[], Basis] | None = attrs.field(default=None, alias="basis",
                                                     metadata=_TRANSIENT)

    def __str__(self) -> str:
        return self.text

    @staticmethod
    def grounds(claims: Sequence[Claim]) -> Basis:
        """The evidence and checks of ``claims``, in order: a sentence that says them as one.

        Examples:
            >>> from phicompare.narrative import paths
            >>> one = Claim(key="a", text="A.", evidence=(Evidence(paths.AS_OF, 1),))
            >>> len(Claim.grounds([one, one]).evidence)
            2
        """
        return Basis(tuple([e for claim in claims for e in claim.evidence]),
                     tuple([c for claim in claims for c in claim.checks]))


class Bullet(NamedTuple):
    """A claim with its subjects: the indexes of the models it is about (not those it names).

    Tradeoffs drop a bullet about a model not yet released by its subjects (helper fixBG).

    Examples:
        >>> Bullet(Claim(key="a", text="A."), (0, 1)).subjects
        (0, 1)
    """

    claim: Claim
    subjects: tuple[int, ...]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Row(_Grounded):
    """A scorecard row: a label and one cell per model, with the facts behind the cells.

    Like a :class:`Claim`, it takes ``evidence`` and ``checks`` or a ``basis`` function.
    """

    _VALUE: ClassVar[tuple[str, ...]] = ("key", "label", "cells", "evidence", "checks")
    key: str
    label: str
    cells: tuple[str, ...]
    _evidence: tuple[Evidence, ...] = attrs.field(default=(), alias="evidence")
    _checks: tuple[Check, ...] = attrs.field(default=(), alias="checks")
    _basis: Callable[[], Basis] | None = attrs.field(default=None, alias="basis",
                                                     metadata=_TRANSIENT)

    @property
    def text(self) -> str:
        """The row as one line of text."""
        return f"{self.label}: " + "; ".join(self.cells)


@attrs.frozen(kw_only=True)
class Question:
    """A frequently asked question, answered only from data."""

    __repr__ = reprs.question

    key: str
    question: str
    answer: tuple[Claim, ...]


@attrs.frozen(kw_only=True)
class Narrative:
    """Every prose section of a comparison page, as claims.

    ``friction`` holds one group per direction: ``(source index, target index, claims)``.
    """

    __repr__ = reprs.narrative

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
    at_a_glance: tuple[Claim, ...] = ()
    """The one-line pick, right under the summary."""
    friction_shared: tuple[tuple[int, int, tuple[Claim, ...]], ...] = ()
    """Per pair of models, the switch facts both directions share (the bill, providers,
    licence): ``(first index, second index, claims)``."""
    exact_windows: bool = attrs.field(default=False, init=False, eq=False)
    """Whether the page writes every context window to the token (:func:`~.window_forms.
    page_exact`), decided once with its prose for its tables and cards too; set by
    :func:`~.narrate.narrate`. Not a claim: not compared, saved or copied."""

    def claims(self) -> Iterator[Claim]:
        """Every claim, section by section (FAQ answers included)."""
        yield from self.summary
        yield from self.at_a_glance
        yield from self.tradeoffs
        yield from self.cost
        for _, _, group in (*self.friction_shared, *self.friction):
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
        yield "at a glance", self.at_a_glance
        yield "tradeoffs", self.tradeoffs
        yield "cost", self.cost
        for a, b, group in self.friction_shared:
            yield f"friction {a}<->{b}", group
        for s, t, group in self.friction:
            yield f"friction {s}->{t}", group
        for i, paragraph in enumerate(self.deep_dive):
            yield f"deep dive {i}", paragraph
        for question in self.faq:
            yield f"faq {question.key}", question.answer
        yield "verdict", self.verdict
        yield "related", self.related
        yield "provenance", self.provenance
