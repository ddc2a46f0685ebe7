"""How the narrative prints: ``<Narrative Phi-2 vs Phi-4 Mini: 48 claims, 5 scorecard rows, ...>``.

A claim's attrs-style repr holds its evidence, a narrative's every claim: some 49,000
characters for one pair. Each prints one line instead, in :class:`~phicompare.Comparison`'s
form, ``<Name subject: what it holds>``, a sentence cut at :data:`TEXT_SHOWN` characters.
Equality, hashing and JSON still read every field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .claims import Claim, Narrative, Question, Row
    from .reasons import Reasons

__all__ = ["TEXT_SHOWN", "grounded", "narrative", "question", "reasons"]

TEXT_SHOWN = 60
"""Characters of a sentence a repr shows; a longer one is cut and ends ``...``."""


def _cut(text: str) -> str:
    """``text`` quoted, cut to :data:`TEXT_SHOWN` characters."""
    return repr(text if len(text) <= TEXT_SHOWN else text[:TEXT_SHOWN - 3] + "...")


def _count(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def grounded(record: Claim | Row) -> str:
    """A claim or a scorecard row: its key, its text cut short, how many facts it rests on.

    Examples:
        >>> from phicompare.narrative.claims import Claim, Evidence
        >>> from phicompare.narrative import paths
        >>> Claim(key="name", text="Phi-2.", evidence=(Evidence(paths.AS_OF, 1),))
        <Claim name: 'Phi-2.' on 1 fact>
        >>> from phicompare import compare
        >>> compare("phi-2", "phi-4-mini").narrative.summary[0]  # doctest: +ELLIPSIS
        <Claim identity:0: 'Phi-2: from Microsoft, 2.7B parameters, released 2023-12-...' on ...>
    """
    checks = len(record.checks)
    tail = f", {_count(checks, 'check')}" if checks else ""
    return (f"<{type(record).__name__} {record.key}: {_cut(record.text)} on "
            f"{_count(len(record.evidence), 'fact')}{tail}>")


def question(record: Question) -> str:
    """``<Question cheaper: 'Which is cheaper, Phi-2 or Phi-4 Mini?' (2 claims)>``."""
    answers = _count(len(record.answer), "claim")
    return f"<Question {record.key}: {_cut(record.question)} ({answers})>"


def narrative(record: Narrative) -> str:
    """The title, and how many claims, scorecard rows and questions it holds.

    Examples:
        >>> from phicompare import compare
        >>> compare("phi-2", "phi-4-mini").narrative
        <Narrative Phi-2 vs Phi-4 Mini: 51 claims, 5 scorecard rows, 6 questions>
    """
    claims = sum(1 for _ in record.claims())
    return (f"<Narrative {record.title}: {_count(claims, 'claim')}, "
            f"{_count(len(record.scorecard), 'scorecard row')}, "
            f"{_count(len(record.faq), 'question')}>")


def reasons(record: Reasons) -> str:
    """A recommendation's claims: how many, for the summary, the candidates, the rejected.

    Examples:
        >>> from phicompare import recommend
        >>> recommend(limit=2).reasons  # doctest: +ELLIPSIS
        <Reasons: ... claims; summary, 2 candidates, 0 rejected>
    """
    claims = sum(len(group) for _, group in record.sections())
    return (f"<Reasons: {_count(claims, 'claim')}; summary, "
            f"{_count(len(record.candidates), 'candidate')}, {len(record.rejected)} rejected>")
