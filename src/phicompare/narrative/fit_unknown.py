"""Whom a capability in a model's decision fit is unknown for (review 20, P3).

The verdict weighs a capability one model documents as no reason to pick it where some rival
left in neither documents it nor is documented without it (its record leaves it out, or its
listings do not list it: :func:`~.friction_listed.known_lack`). The scorecard's decision fit
names the capability all the same, as a fit of the model's, and says whom it is unknown for:
"vision (MiniMax M2.5 highspeed: not documented)" (the capabilities table's words; "unknown"
until review 32, #3), where it read "vision" beside the verdict's
"The vision ... Nova Premier 1.0 documents are no reason to pick it here". Capabilities unknown
for the same models are named together, the note said once: "vision and reasoning mode (Gemma
4 31B: neither documented)", where it read "vision (unknown for Gemma 4 31B) and reasoning mode
(unknown for Gemma 4 31B)" (:func:`noted_once`; helper fixAF). The names come first, so a name
that ends in brackets never closes the note's: "(Aion-RP 1.0 (8B): not documented)", where it read
"(unknown for Aion-RP 1.0 (8B))" (helper fixAI).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.domain.capabilities import Support

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp
from .friction_listed import known_lack, listed_basis_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .context import Context

__all__ = ["noted_once", "unknown_for"]


def unknown_for(x: Context, own: Sequence[int], rivals: Sequence[int],
                ) -> tuple[list[str], Basis]:
    """The note each capability row of ``own`` takes ("" for none), and what the notes rest on.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("nova-premier-v1", "minimax-m2.5-lightning"))
        >>> unknown_for(x, x.capabilities.documents[0][:1], (1,))[0]
        [' (MiniMax M2.5 highspeed: not documented)']
    """
    rows = x.c.capabilities
    unknown = [[o for o in rivals if rows[k].support[o] is not Support.YES
                and not known_lack(x, k, o)] for k in own]
    if not any(unknown):  # (most fits: known for every rival, no note and nothing to rest on)
        return [""] * len(own), _NOTHING
    # the capabilities table's word for it, "not documented" (review 32, #3)
    notes = [f" ({fmt.join_words([x.names[o] for o in found])}: {_UNKNOWN}" if found else ""
             for found in unknown]
    quiet = listed_basis_of(x, dict.fromkeys([o for found in unknown for o in found]))
    checks = [Check(op=CheckOp.IN, paths=(paths.capability(k, o),), values=("no", "unknown"))
              for k, found in zip(own, unknown, strict=True) for o in found]
    return notes, Basis(quiet.evidence, (*checks, *quiet.checks))


_NOTHING = Basis((), ())
_UNKNOWN = "not documented)"
"""How a note ends: after its names, so that a name's own brackets never close it."""
_GROUPED = "documented)"
"""How a note for several capabilities ends: "neither documented", "none documented"."""


def noted_once(words: Sequence[str], notes: Sequence[str]) -> list[str]:
    """``words`` with their notes (:func:`unknown_for`), those alike said once for them all.

    The group stands where its first capability stood; a capability without a note stays alone.

    Examples:
        >>> noted_once(["vision", "reasoning mode", "tool use"],
        ...            [" (B: not documented)", " (B: not documented)", ""])
        ['vision and reasoning mode (B: neither documented)', 'tool use']
        >>> noted_once(["vision", "audio input", "reasoning mode"],
        ...            [" (B: not documented)", " (B and C: not documented)",
        ...             " (B: not documented)"])
        ['vision and reasoning mode (B: neither documented)', 'audio input (B and C: not \
documented)']
        >>> noted_once(["a", "b", "c"], [" (B: not documented)"] * 3)
        ['a, b and c (B: none documented)']
    """
    if not any(notes):  # (most fits: no note)
        return list(words)
    groups: dict[str, list[str]] = {}
    for k, (word, note) in enumerate(zip(words, notes, strict=True)):
        groups.setdefault(note or f"\0{k}", []).append(word)
    return [said[0] if note.startswith("\0") else said[0] + note if len(said) == 1 else
            f"{fmt.join_words(said)}{note[:-len(_UNKNOWN)]}"
            f"{'neither' if len(said) == 2 else 'none'} {_GROUPED}"
            for note, said in groups.items()]
