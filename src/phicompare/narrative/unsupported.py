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

__all__ = ["capability_word", "routeless_basis", "unsupported", "unsupported_basis",
           "unsupported_words"]


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
    j = i if at is None else at
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for r in capabilities:
        k = _row(c, r)  # (rows in one fixed order on every page)
        if k is None:  # pragma: no cover - every capability has a row
            continue
        evidence += [Evidence(paths.requirement(c.requires.index(r)), r),
                     Evidence(paths.capability(k, j), c.capabilities[k].support[i])]
        checks.append(Check(op=CheckOp.IN, paths=(paths.capability(k, j),),
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
