"""A capability only routes retired on a page's day offered, as a pair page's cell says it.

``phicompare jais-30b-chat qwen3.5-flash`` read "Function calling | not documented" for JAIS 30b
Chat, whose one route (GitHub Models) flags function calling and retired on 2026-07-30, where
``phicompare show jais-30b-chat`` reads "not documented (offered only on a route retired on
2026-07-30)" (fixAD, :func:`~.catalog_pages.capability_cell`): the pair page now says the same
(helper fixAE). A retired route serves nothing, so the comparison counts no offer of it
(:func:`phicompare.analysis.profile.in_service_only`); the cell says only that it was made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.analysis.profile import CAPABILITIES
from phicompare.domain.capabilities import Capability, Support
from phicompare.narrative import format as fmt

from . import cells

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import TypeAlias

    from phicompare.analysis.comparison import Comparison
    from phicompare.analysis.facts import CapabilityRow

    Gone: TypeAlias = Mapping[Capability, tuple[int, str]]
    """Per capability: how many retired routes flagged it, and the days they retired on."""

__all__ = ["gone_cell", "gone_offers"]


def gone_offers(c: Comparison, i: int) -> dict[Capability, tuple[int, str]]:
    """What routes of model ``i`` retired on the page's day flagged: how many, and when.

    Not what a route cannot add, which the model's weights fix (``Model.fixed_capabilities``).
    """
    model = c.models[i]
    retired = [row.route for row in c.routes if row.model_index == i and
               row.route.retired(c.as_of) and row.route.capabilities is not None]
    found = {kind: [r for r in retired if r.capabilities and r.capabilities.flag(kind) is True]
             for kind in CAPABILITIES if kind not in model.fixed_capabilities}
    return {kind: (len(routes), fmt.join_words(sorted({fmt.date(r.retires) for r in routes
                                                         if r.retires})))
            for kind, routes in found.items() if routes}


def gone_cell(row: CapabilityRow, i: int, gone: Gone) -> str | None:
    """Model ``i``'s cell where only retired routes offered ``row``'s capability, else ``None``.

    Not where the model documents it or a route in service offers it.
    """
    if row.capability not in gone or row.support[i] is Support.YES or row.offered_by[i] or (
            row.documented and row.documented[i] is True):
        return None
    count, days = gone[row.capability]
    return (f"{cells.SUPPORT[row.support[i]]} (offered only on "
            f"{'a route' if count == 1 else 'routes'} retired on {days})")
