"""Whom a capability in a model's decision fit is unknown for (review 20, P3).

The verdict weighs a capability one model documents as no reason to pick it where some rival
left in neither documents it nor is documented without it (its record leaves it out, or its
listings do not list it: :func:`~.friction_listed.known_lack`). The scorecard's decision fit
names the capability all the same, as a fit of the model's, and says whom it is unknown for:
"vision (unknown for MiniMax M2.5 highspeed)", where it read "vision" beside the verdict's
"The vision ... Nova Premier 1.0 documents are no reason to pick it here".
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

__all__ = ["unknown_for"]


def unknown_for(x: Context, own: Sequence[int], rivals: Sequence[int],
                ) -> tuple[list[str], Basis]:
    """The note each capability row of ``own`` takes ("" for none), and what the notes rest on.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("nova-premier-v1", "minimax-m2.5-lightning"))
        >>> unknown_for(x, x.capabilities.documents[0][:1], (1,))[0]
        [' (unknown for MiniMax M2.5 highspeed)']
    """
    rows = x.c.capabilities
    unknown = [[o for o in rivals if rows[k].support[o] is not Support.YES
                and not known_lack(x, k, o)] for k in own]
    if not any(unknown):  # (most fits: known for every rival, no note and nothing to rest on)
        return [""] * len(own), _NOTHING
    notes = [f" (unknown for {fmt.join_words([x.names[o] for o in found])})" if found else ""
             for found in unknown]
    quiet = listed_basis_of(x, dict.fromkeys([o for found in unknown for o in found]))
    checks = [Check(op=CheckOp.IN, paths=(paths.capability(k, o),), values=("no", "unknown"))
              for k, found in zip(own, unknown, strict=True) for o in found]
    return notes, Basis(quiet.evidence, (*checks, *quiet.checks))


_NOTHING = Basis((), ())
