"""A model left in on its published weights, every route of it out of service (review 20, P5).

Worked out once a page for each model (:attr:`.context.Context.dormant`): the verdict, the line
at a glance and the only bill ask it about five times a page (:func:`.unbilled.routeless_words`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .standing import Out, fit_route

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison

__all__ = ["dormant"]


def dormant(c: Comparison, out: Out | None, i: int) -> Out | None:
    """Model ``i``'s routes out of service, where it is left in on its published weights.

    Every route of it that meets the page's terms is retired or deprecated, and the terms
    leave it in (``out`` is ``None``: :mod:`.standing`, its weights are published). ``None``
    for any other model.

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> dormant(c, None, 0) is None  # (a route in service)
        True
    """
    mine = c.route_groups[i][1]  # (its rows' indexes)
    if out is not None or not mine or fit_route(c, i) is not None:
        return None
    retired = tuple([k for k in mine if c.routes[k].route.retired(c.as_of)])
    return Out(False, (), frozenset(), retired, tuple([k for k in mine if k not in retired]),
               (), i)
