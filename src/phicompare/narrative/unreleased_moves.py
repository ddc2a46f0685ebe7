"""Switch friction between models where one was not yet released on the page's date.

Helper fixAR: ``compare("phi-2", "phi-4-mini", as_of="2024-01-01")`` said "Phi-4 Mini was not
released until 2025-02-26" in its verdict ("no pick") and its FAQ, and priced no route of it,
while switch friction still described moving from Phi-4 Mini to Phi-2 and back, a move no one
could make on that date. A pair with such a model now says that once, in its shared facts, and
neither direction is described.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind

if TYPE_CHECKING:
    from .context import Context

__all__ = ["no_move", "unreleased"]


def unreleased(x: Context) -> frozenset[int]:
    """The models released after the comparison's date (``as_of``); none without a date.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> sorted(unreleased(context_of(compare("phi-2", "phi-4-mini", as_of="2024-01-01"))))
        [1]
    """
    day = x.c.as_of
    return frozenset([i for i, m in enumerate(x.c.models)
                      if m.released is not None and day < m.released])


def no_move(x: Context, a: int, b: int, later: frozenset[int]) -> Claim:
    """No move between models ``a`` and ``b`` on the page's date: one of them, or both, came later.

    ``later``: :func:`unreleased`, which holds ``a`` or ``b``.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-4-mini", as_of="2024-01-01"))
        >>> print(no_move(x, 0, 1, unreleased(x)).text)
        Phi-4 Mini was not released until 2025-02-26, after the comparison's date (2024-01-01): \
no move between it and Phi-2 on that date.
    """
    models, day = x.c.models, x.c.as_of
    out = [i for i in (a, b) if i in later]
    dates = list(dict.fromkeys([fmt.date(d) for i in out if (d := models[i].released)]))
    shown = fmt.join_words(dates) + (" respectively" if len(dates) == 2 else "")
    if len(out) == 2:
        text = (f"{x.names[a]} and {x.names[b]} were not released until {shown}, after the "
                f"comparison's date ({fmt.date(day)}): no move between them on that date.")
    else:
        other = b if out[0] == a else a
        text = (f"{x.names[out[0]]} was not released until {shown}, after the comparison's "
                f"date ({fmt.date(day)}): no move between it and {x.names[other]} on that date.")

    def basis() -> Basis:
        return Basis(
            (*(Evidence(paths.model(i, "released"), d, fmt.date(d), EvidenceKind.DATE)
               for i in out if (d := models[i].released) is not None),
             Evidence(paths.AS_OF, day, fmt.date(day), EvidenceKind.DATE)),
            tuple(Check(op=CheckOp.LESS, paths=(paths.AS_OF, paths.model(i, "released")))
                  for i in out))

    return Claim(key="unreleased", text=text, basis=basis)
