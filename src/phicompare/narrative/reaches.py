"""A model's counted routes that take materially more than its recorded window.

Split from :mod:`phicompare.narrative.windows` (whose sentences say them), which gives them
under the same names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .window_forms import materially_wider

if TYPE_CHECKING:
    from .context import Context

__all__ = ["Reach", "reach"]


class Reach(NamedTuple):
    """Model's counted routes that take materially more than the window recorded for it."""

    rows: tuple[int, ...]
    """Their rows (indexes into the comparison's routes), widest first."""
    widest: int
    """The widest of their windows, in tokens."""
    bill: int | None
    """The row among them behind the model's bill, if it is one of them."""


def reach(x: Context, i: int) -> Reach | None:
    """Model ``i``'s counted routes that take materially more than its recorded window.

    A counted route is one the page's terms leave in (``eligible``: priced, in service, not a
    free tier unless the page includes free tiers). ``None`` where there are none, or the
    model's window is not sourced. Claude Sonnet 4 is recorded at 200,000 tokens while Poe,
    behind its bill, takes 983,040 (review 7, F9). Found once a page (:attr:`Context.reached`):
    the summary's and the tradeoffs' window sentences and the longer context ask it alike.
    """
    reached = x.reached
    if i not in reached:
        reached[i] = _reach(x, i)
    return reached[i]


def _reach(x: Context, i: int) -> Reach | None:
    window = x.c.models[i].context_window
    if window is None:
        return None
    rows, indexes = x.c.route_groups[i]
    wider = sorted([(row.context_window, r) for row, r in zip(rows, indexes, strict=True)
                    if row.eligible and row.context_window is not None
                    and materially_wider(row.context_window, window)],
                   key=lambda pair: -pair[0])
    if not wider:
        return None
    billed = x.c.cost.estimates[i].route
    bill = None if billed is None or i in x.c.cost.free_indexes else next(
        (r for _, r in wider if x.c.routes[r].route is billed or x.c.routes[r].route == billed),
        None)
    return Reach(rows=tuple([r for _, r in wider]), widest=wider[0][0], bill=bill)
