"""Open weights some models publish and every other is documented not to: shared, and said so.

With three models or more, two may publish their weights beside a third documented closed: no
one of them has open weights alone, yet each can be run on the reader's own hardware and the
third cannot. Each is picked for them, "open weights (shared with Phi-4 Mini Reasoning; o3-mini
does not publish its weights)", as a capability several models document is (review 9, H11),
where the page said "The data records no advantage that favours Phi-4 Reasoning" beside the
tradeoffs' "Phi-4 Mini Reasoning and Phi-4 Reasoning publish weights; o3-mini does not"
(review 10, I10). The line at a glance names them once: "A and B for open weights".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence
from .favours import NONE, Favours
from .rivals import contenders

if TYPE_CHECKING:
    from .context import Context

__all__ = ["shared_weights"]


def shared_weights(x: Context, i: int) -> Favours:
    """Open weights model ``i`` publishes with some rivals, every other rival documented closed.

    The rivals are the models the page's terms leave in (:func:`~.standing.contenders`); every
    one's weights must be known, and some open and some closed.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-4-mini-reasoning", "phi-4-reasoning", "o3-mini"))
        >>> shared_weights(x, 1).phrases
        ['open weights (shared with Phi-4 Mini Reasoning; o3-mini does not publish its weights)']
    """
    models = x.c.models
    others = contenders(x, i)
    if len(others) < 2 or models[i].open_weights is not True:
        return NONE
    fellows = [o for o in others if models[o].open_weights is True]
    closed = [o for o in others if models[o].open_weights is False]
    if not fellows or not closed or len(fellows) + len(closed) < len(others):
        return NONE
    does = "does not publish its" if len(closed) == 1 else "do not publish their"
    phrase = (f"open weights (shared with {fmt.join_words([x.names[o] for o in fellows])}; "
              f"{fmt.join_words([x.names[o] for o in closed])} {does} weights)")

    def basis() -> Basis:
        return Basis(
            tuple(Evidence(paths.model(m, "open_weights"), models[m].open_weights)
                  for m in (i, *others)),
            (*(Check(op=CheckOp.TRUE, paths=(paths.model(m, "open_weights"),))
               for m in (i, *fellows)),
             *(Check(op=CheckOp.FALSE, paths=(paths.model(o, "open_weights"),)) for o in closed)))

    return Favours([phrase], basis)
