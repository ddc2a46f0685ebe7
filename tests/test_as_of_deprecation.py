"""A route's deprecation on a page dated in the past (review 5, H2).

Where the catalog records when a route was deprecated (``deprecated``, a date), a page dated
before it counts the route; where it records only the status, the page says the status is as
last checked, not as of the page's date.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from phicompare import Catalog, Model, Provider, ProviderRoute, RouteStatus, compare, estimate
from phicompare.analysis.friction import in_service
from phicompare.narrative.check import check_claims

CHECKED = dt.date(2026, 11, 20)
DEPRECATED = dt.date(2026, 5, 30)
BEFORE, AFTER = dt.date(2026, 3, 1), dt.date(2026, 6, 30)


def _route(provider: str, price: str, status: RouteStatus = RouteStatus.GA,
           deprecated: dt.date | None = None, retires: dt.date | None = None) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source="https://example.com", checked=CHECKED, status=status,
                         deprecated=deprecated, retires=retires)


def _catalog(old: ProviderRoute) -> Catalog:
    """Model "m": a cheap route (``old``) and a dearer one in service; model "n": one route."""
    return Catalog(
        models=(Model(id="m", name="M", open_weights=True, routes=(old, _route("new-host", "2"))),
                Model(id="n", name="N", open_weights=True, routes=(_route("new-host", "3"),))),
        providers=(Provider(id="old-host", name="Old Host"),
                   Provider(id="new-host", name="New Host")))


DATED = _catalog(_route("old-host", "1", RouteStatus.DEPRECATED, DEPRECATED))
FLAGGED = _catalog(_route("old-host", "1", RouteStatus.DEPRECATED))


def test_a_route_deprecated_after_the_pages_date_is_counted_there() -> None:
    """The deprecation date decides: before it the route carries the bill, from it on it is out."""
    before = estimate("m", catalog=DATED, as_of=BEFORE)
    assert before.provider_name == "Old Host"
    old = next(r for r in before.routes if r.provider_name == "Old Host")
    assert old.eligible
    assert not old.deprecated
    after = estimate("m", catalog=DATED, as_of=AFTER)
    assert after.provider_name == "New Host"
    old = next(r for r in after.routes if r.provider_name == "Old Host")
    assert (old.eligible, old.reason, old.deprecated) == (False, "deprecated", True)
    assert estimate("m", catalog=DATED, as_of=DEPRECATED).provider_name == "New Host"


def test_a_deprecation_date_decides_whatever_the_status_last_checked() -> None:
    """A GA route with a deprecation scheduled is deprecated from that date, not before."""
    scheduled = _route("old-host", "1", deprecated=dt.date(2027, 1, 17))
    assert not scheduled.deprecated_on(dt.date(2027, 1, 16))
    assert scheduled.deprecated_on(dt.date(2027, 1, 17))
    assert estimate("m", catalog=_catalog(scheduled),
                    as_of=dt.date(2027, 2, 1)).provider_name == "New Host"
    flagged = _route("old-host", "1", RouteStatus.DEPRECATED)
    assert flagged.deprecated_on(BEFORE)  # the flag alone, on any day
    assert flagged.deprecated_on(AFTER)


def test_the_route_table_shows_a_later_deprecation_beside_a_counted_route() -> None:
    """The status cell does not read plain "deprecated" beside "yes" in the Counted column."""
    page = compare("m", "n", catalog=DATED, as_of=BEFORE).to_markdown()
    row = next(line for line in page.splitlines() if line.startswith("| Old Host"))
    assert "deprecated from 2026-05-30" in row
    assert row.rstrip(" |").endswith("yes")
    page = compare("m", "n", catalog=DATED, as_of=AFTER).to_markdown()
    row = next(line for line in page.splitlines() if line.startswith("| Old Host"))
    assert "| deprecated |" in row
    assert "no: deprecated" in row


def test_where_a_model_runs_says_a_later_deprecation_as_such() -> None:
    """The sentence listing the providers agrees with the route table on the page's date."""
    before = compare("m", "n", catalog=DATED, as_of=BEFORE).to_markdown()
    assert "M is listed on New Host and Old Host (deprecated from 2026-05-30)." in before
    after = compare("m", "n", catalog=DATED, as_of=AFTER).to_markdown()
    assert "M is listed on New Host and Old Host (deprecated)." in after


def test_switch_friction_counts_a_route_in_service_before_its_deprecation() -> None:
    """A provider shared on the page's date is shared though it deprecated the route later."""
    c = compare("m", "n", catalog=DATED, as_of=BEFORE)
    old = next(r for r in c.routes_of(0) if r.provider_name == "Old Host")
    assert in_service(old, c.models[0], BEFORE)
    assert not in_service(old, c.models[0], AFTER)


def test_a_deprecation_known_only_by_its_status_is_said_as_checked_on_an_earlier_page() -> None:
    """Only the status recorded: the assumptions say it is as checked, with the date."""
    c = compare("m", "n", catalog=FLAGGED, as_of=BEFORE)
    assert c.cost.estimates[0].provider_name == "New Host"  # (the flag stands: no other fact)
    text = c.narrative.cost[0].text
    assert ("A route counts as deprecated as last checked, not as of 2026-03-01: the data "
            "records no date of deprecation for M's route on Old Host, checked on 2026-11-20, so "
            "no bill uses it."
            ) in text
    assert c.check() == []
    # the route another model's: the sentence names the wrong model and the check says so
    k = next(k for k, r in enumerate(c.routes) if r.provider_name == "Old Host")
    row = attrs.evolve(c.routes[k], model_index=1)
    broken = attrs.evolve(c, routes=(*c.routes[:k], row, *c.routes[k + 1:]))
    assert any("model_index" in p for p in check_claims(c.narrative, broken))


def test_no_such_word_where_it_changes_nothing() -> None:
    """Not on a page dated after the check, nor where the date is recorded."""
    for catalog, day in ((FLAGGED, dt.date(2026, 11, 25)), (DATED, BEFORE), (DATED, AFTER)):
        text = compare("m", "n", catalog=catalog, as_of=day).narrative.cost[0].text
        assert "as last checked, not as of" not in text


def test_the_route_table_calls_a_retired_route_retired_not_its_last_status() -> None:
    """A GA route whose retirement date has come reads "retired", not "GA" beside "no: retired"."""
    retiring = _route("old-host", "1", retires=dt.date(2026, 5, 30))
    catalog = _catalog(retiring)
    page = compare("m", "n", catalog=catalog, as_of=AFTER).to_markdown()
    row = next(line for line in page.splitlines() if line.startswith("| Old Host"))
    assert "| retired |" in row
    assert "no: retired on 2026-05-30" in row
    page = compare("m", "n", catalog=catalog, as_of=BEFORE).to_markdown()
    row = next(line for line in page.splitlines() if line.startswith("| Old Host"))
    assert "| GA |" in row
