"""A required capability a model documents it lacks: "does not support", not "does not document".

The capabilities table reads "no" and the tradeoffs "does not support it" where a model's own
record says it lacks a capability (or it is one no route can add, as vision for a text-only
model: :meth:`~phicompare.Model.support`); the lines that rule it out for a requirement say the
same, "Phi-4 Mini: no pick, as it does not support vision, which this page requires", not "none
of its routes documents vision", which is the unknown's wording (review 15, P9).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.domain.capabilities import Capability, Support

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence

if TYPE_CHECKING:
    from collections.abc import Iterable

    from phicompare.analysis.comparison import Comparison

__all__ = ["SupportFact", "capability_word", "routeless_basis", "support_basis", "support_facts",
           "unsupported", "unsupported_basis", "unsupported_words"]


def capability_word(capability: Capability) -> str:
    """A capability as a requirement's words: "vision", "function calling".

    Examples:
        >>> capability_word(Capability.FUNCTION_CALLING), capability_word(Capability.MULTIMODAL)
        ('function calling', 'multimodal input')
    """
    return ("multimodal input" if capability is Capability.MULTIMODAL
            else capability.label.lower())


def _row(c: Comparison, capability: Capability) -> int | None:
    return next((k for k, row in enumerate(c.capabilities) if row.capability is capability),
                None)


def unsupported(c: Comparison, i: int, capabilities: Iterable[Capability],
                ) -> tuple[Capability, ...]:
    """Those of ``capabilities`` that model ``i``'s capabilities row reads "no" for.

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-4-mini", "gemma-3-4b", requires={"vision"})
        >>> unsupported(c, 0, c.requires), unsupported(c, 1, c.requires)
        ((<Capability.VISION: 'vision'>,), ())
    """
    return tuple(r for r in capabilities
                 if (k := _row(c, r)) is not None and c.capabilities[k].support[i] is Support.NO)


def unsupported_words(capabilities: Iterable[Capability]) -> str:
    """The capabilities a model lacks, as "does not support" says them: "vision or audio input"."""
    return fmt.join_words([capability_word(r) for r in capabilities], "or")


def _support_basis(c: Comparison, i: int, capabilities: Iterable[Capability],
                   support: Support, at: int | None = None) -> Basis:
    """That the page requires each of ``capabilities`` and model ``i``'s row reads ``support``.

    ``at`` is where the model stands in the comparison the claim is placed in, where that is
    not ``c`` (a draft written once, placed in each comparison: :mod:`.parts`); its facts are
    read in ``c`` at ``i`` (helper fixS: read at ``at`` in ``c``, they were another model's).
    """
    return support_basis(support_facts(c, i, capabilities), support, i if at is None else at)


SupportFact = tuple[Capability, int, int, Support]
"""A required capability, its index in the page's requirements, its capabilities row and the
model's support there."""


def support_facts(c: Comparison, i: int, capabilities: Iterable[Capability],
                  ) -> tuple[SupportFact, ...]:
    """Model ``i``'s facts that :func:`support_basis` rests on, read in ``c``.

    A draft kept with the catalog takes these, not the comparison, which it would keep alive
    (:mod:`.parts`).

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-4-mini", "gemma-3-4b", requires={"vision"})
        >>> support_facts(c, 0, c.requires)
        ((<Capability.VISION: 'vision'>, 0, 0, <Support.NO: 'no'>),)
    """
    return tuple((r, c.requires.index(r), k, c.capabilities[k].support[i]) for r in capabilities
                 # (rows in one fixed order on every page; every capability has one)
                 if (k := _row(c, r)) is not None)


def support_basis(facts: Iterable[SupportFact], support: Support, at: int) -> Basis:
    """That the page requires each capability of ``facts`` and the model's row reads ``support``.

    The row names the model at ``at``, where the claim is placed.
    """
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for r, required, k, value in facts:
        evidence += [Evidence(paths.requirement(required), r),
                     Evidence(paths.capability(k, at), value)]
        checks.append(Check(op=CheckOp.IN, paths=(paths.capability(k, at),),
                            values=(support.value,)))
    return Basis(tuple(evidence), tuple(checks))


def unsupported_basis(c: Comparison, i: int, capabilities: Iterable[Capability],
                      at: int | None = None) -> Basis:
    """That model ``i`` lacks each of ``capabilities`` and the page requires it (placed at ``at``).

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-4-mini", "gemma-3-4b", requires={"vision"})
        >>> [e.path for e in unsupported_basis(c, 0, c.requires, at=2).evidence]
        ['requires[0]', 'capabilities[0].support[2]']
    """
    return _support_basis(c, i, capabilities, Support.NO, at)


def routeless_basis(c: Comparison, i: int, undocumented: tuple[Capability, ...],
                    lacked: tuple[Capability, ...]) -> Basis:
    """That model ``i`` has no route, and lacks ``lacked`` or does not document ``undocumented``.

    Each of ``lacked`` is said "does not support"; where it lacks none, none of
    ``undocumented`` is documented (helper leftP's sentence).
    """
    found = (unsupported_basis(c, i, lacked) if lacked else
             _support_basis(c, i, undocumented, Support.UNKNOWN))
    return Basis((Evidence(paths.model(i, "routes"), ()), *found.evidence), found.checks)
