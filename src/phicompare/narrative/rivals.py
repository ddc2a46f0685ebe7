"""Whom each model is judged against: the models the page's terms leave in (:mod:`.standing`).

Split from :mod:`.standing` (which rules models out): the advantages of a model left in are
weighed against the others left in; a model ruled out is weighed against every other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .context import Context
    from .standing import Out

__all__ = ["contenders", "contending", "field"]


def field(x: Context) -> tuple[int, ...]:
    """The models the page's terms leave in, in order.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-4", "phi-4-mini", "phi-3-mini-128k",
        ...                        requires={"function_calling"}))
        >>> field(x)
        (0, 1)
    """
    return tuple([i for i in range(x.n) if x.out[i] is None])


def contenders(x: Context, i: int) -> tuple[int, ...]:
    """The models an advantage of ``i`` is judged against: the others left in, if it is in.

    A model ruled out is no rival: a longer context than the models left in is an advantage
    even where a ruled-out model's is as long. A model ruled out is judged against every other.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-4", "phi-4-mini", "phi-3-mini-128k",
        ...                        requires={"function_calling"}))
        >>> contenders(x, 1), contenders(x, 2)
        ((0,), (0, 1))
    """
    return x.contending[i]


def contending(out: Sequence[Out | None], rivals: Sequence[tuple[int, ...]],
               ) -> tuple[tuple[int, ...], ...]:
    """:func:`contenders` of every model, worked out once a page for the context.

    From ``out`` (:func:`standings`) and each model's ``rivals`` (every other model).
    """
    return tuple([others if out[i] is not None else tuple([o for o in others if out[o] is None])
                  for i, others in enumerate(rivals)])
