"""Bills on a route that lists no long-context tier which other routes apply to the requests.

Such a bill may look low only because the tier is missing from the data
(:attr:`~phicompare.RouteRow.tier_unlisted`): beside a bill that does apply a tier, the two rest
on different bases, so a page never calls them "about the same cost" nor one "cheaper" without
saying so, and gives the cheapest eligible route of the model that applies the tier.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from . import format as fmt, paths
from .claims import Check, CheckOp, Evidence, EvidenceKind

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .context import Context

__all__ = ["Untiered", "untiered", "untiered_clause"]


class Untiered(NamedTuple):
    """Model ``i``'s bill, on route row ``k``, lists no tier.

    ``tiered`` is its cheapest eligible route row that applies one (``None``: none is eligible).
    """

    i: int
    k: int
    tiered: int | None


def untiered(x: Context, indexes: Iterable[int]) -> list[Untiered]:
    """The models among ``indexes`` whose bill's route lists no tier other routes apply."""
    found = []
    for i in indexes:
        e = x.c.cost.estimates[i]
        rows, ks = x.c.route_groups[i]
        j = next((j for j, r in enumerate(rows) if r.route is e.route or r.route == e.route),
                 None)
        if e.route is None or j is None or not rows[j].tier_unlisted:
            continue
        applying = [(r.monthly, k) for r, k in zip(rows, ks, strict=True)
                    if r.tier_above is not None and r.eligible and r.monthly is not None]
        found.append(Untiered(i, ks[j], min(applying)[1] if applying else None))
    return found


def untiered_clause(x: Context, found: list[Untiered], *, figured: bool = True) -> tuple[
        str, list[Evidence], list[Check]]:
    """The clause that says so, with its evidence and checks.

    "Claude Sonnet 4.5's bill is on a route that lists no long-context tier, which other routes
    apply to these requests (the cheapest eligible of them $92,700.00 a month)"; without
    ``figured``, no figure.
    """
    parts, evidence, checks = [], [], []
    for u in found:
        text = (f"{x.names[u.i]}'s bill is on a route that lists no long-context tier, which "
                "other routes apply to these requests")
        checks.append(Check(op=CheckOp.TRUE, paths=(paths.route(u.k, "tier_unlisted"),)))
        if u.tiered is not None and figured:
            monthly = x.c.routes[u.tiered].monthly
            shown = fmt.money(monthly) if monthly is not None else ""
            text += f" (the cheapest eligible of them {shown} a month)"
            evidence.append(Evidence(paths.route(u.tiered, "monthly"), monthly, shown,
                                     EvidenceKind.MONEY))
        parts.append(text)
    return "; ".join(parts), evidence, checks
