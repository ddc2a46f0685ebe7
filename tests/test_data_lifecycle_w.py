"""A keyed route deprecation leaves a free tier its status (helper dataW).

Lifecycle dates the last stop read and did not key follow in the next commit.
"""

from __future__ import annotations

import datetime as dt

from phicompare import ProviderRoute, RouteStatus
from phicompare.domain.records import Model
from phicompare.importers._deprecations import Deprecation, deprecated_routes

_DAY = dt.timedelta(days=1)


def test_a_keyed_deprecation_leaves_a_free_tier_its_status() -> None:
    """A free tier deprecated on a day stays a free tier before it (the date decides); another
    route takes the status ``deprecated`` with the day, as before."""
    free = ProviderRoute(provider="p", source="https://price.test", checked=dt.date(2026, 7, 2),
                         status=RouteStatus.FREE_TIER)
    day = dt.date(2025, 10, 31)
    fix = Deprecation("m", "p", day, "https://x.test", dt.date(2026, 12, 2), "closed")
    (out,), _ = deprecated_routes([Model(id="m", name="M", routes=(free,))], [fix])
    assert (out.routes[0].status, out.routes[0].deprecated) == (RouteStatus.FREE_TIER, day)
    assert not out.routes[0].deprecated_on(day - _DAY)
    assert out.routes[0].deprecated_on(day)
    paid = ProviderRoute(provider="p", source="https://price.test", checked=dt.date(2026, 7, 2))
    (out,), _ = deprecated_routes([Model(id="m", name="M", routes=(paid,))], [fix])
    assert (out.routes[0].status, out.routes[0].deprecated) == (RouteStatus.DEPRECATED, day)
