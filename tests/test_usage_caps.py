"""A free tier's per-request token caps set the fewest requests a month of tokens needs.

With no request count in the traffic, a limit on requests was weighed against the fewest
requests the tokens need in requests of the route's whole context window (review 9, H6). A
per-request cap below the window needs more: 10M input tokens a month in requests of at most
4,000 input tokens (GitHub Models' free tier) are at least 2,500 requests, 83.3 a day,
over the 15 or 50 a day allowed (about 83 a day as a sentence rounds it); the window alone
gave 84 a month, within them, so the page billed "$0.00 a month on GitHub Models" for
traffic its free tier cannot carry.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from phicompare import LimitKind, Traffic, compare
from phicompare.analysis.usage import usage_fits
from phicompare.domain.pricing import RouteStatus

from .test_usage_limits import CATALOG, _catalog, _texts

DAY = dt.date(2026, 12, 1)
CAPS = CATALOG.replace('notes = "the lowest account tier"\n',
                       'input_tokens_per_request = 4000\noutput_tokens_per_request = 4000\n'
                       'notes = "the lowest account tier"\n')


def test_an_input_cap_sets_the_fewest_requests(tmp_path: Path) -> None:
    catalog = _catalog(tmp_path, CAPS)
    traffic = Traffic(input_tokens=10_000_000, output_tokens=1_000_000)
    limited = catalog.model("m-one").routes[0]
    fits = usage_fits(limited, traffic, 131_072)
    assert [(f.kind, f.traffic, f.window, f.cap, f.cap_allowed, f.exceeded) for f in fits] == [
        (LimitKind.REQUESTS_PER_DAY, Decimal(2_500) / 30, None,
         LimitKind.INPUT_TOKENS_PER_REQUEST, 4_000, True)]
    c = compare("m-one", "m-two", catalog=catalog, traffic=traffic, include_free=True,
                as_of=DAY)
    assert c.cost.free_indexes == ()
    row = next(r for r in c.routes if r.route.status is RouteStatus.FREE_TIER)
    assert row.reason == ("usage limits: 50 requests a day allowed, about 83 a day or more in "
                          "this traffic, in requests of at most 4,000 input tokens")
    cost = _texts(c.narrative.cost)
    assert ("Model One's free tier on Free Host (m-one:free) allows 50 requests a day; this "
            "traffic is about 83 requests a day or more (its input tokens in requests of at "
            "most the route's cap of 4,000 input tokens a request), so it cannot carry it."
            ) in cost, cost
    assert c.check() == []


def test_an_output_cap_sets_the_fewest_requests(tmp_path: Path) -> None:
    catalog = _catalog(tmp_path, CAPS)
    traffic = Traffic(input_tokens=1_000_000, output_tokens=12_000_000)
    fits = usage_fits(catalog.model("m-one").routes[0], traffic, 131_072)
    assert [(f.traffic, f.cap) for f in fits] == [
        (Decimal(3_000) / 30, LimitKind.OUTPUT_TOKENS_PER_REQUEST)]
    c = compare("m-one", "m-two", catalog=catalog, traffic=traffic, include_free=True,
                as_of=DAY)
    assert ("this traffic is 100 requests a day or more (its output tokens in requests of at "
            "most the route's cap of 4,000 output tokens a request)") in _texts(c.narrative.cost)
    assert c.check() == []


def test_caps_weigh_token_traffic_where_the_window_is_not_sourced(tmp_path: Path) -> None:
    catalog = _catalog(tmp_path, CAPS)
    traffic = Traffic(input_tokens=10_000_000, output_tokens=1_000_000)
    fits = usage_fits(catalog.model("m-one").routes[0], traffic)
    assert [(f.traffic, f.cap, f.exceeded) for f in fits] == [
        (Decimal(2_500) / 30, LimitKind.INPUT_TOKENS_PER_REQUEST, True)]


def test_the_bound_that_needs_the_most_requests_sets_them(tmp_path: Path) -> None:
    """1.05B tokens: 8,011 requests of 131,072 tokens, fewer than 200,000 of 4,000 input: the
    caps need more, so they set it (about 6,666.7 a day)."""
    catalog = _catalog(tmp_path, CAPS)
    fits = usage_fits(catalog.model("m-one").routes[0],
                      Traffic(input_tokens=800_000_000, output_tokens=250_000_000), 131_072)
    assert [(f.traffic, f.cap) for f in fits] == [
        (Decimal(200_000) / 30, LimitKind.INPUT_TOKENS_PER_REQUEST)]
    uncapped = _catalog(tmp_path, CATALOG)  # no caps: the window, as before
    fits = usage_fits(uncapped.model("m-one").routes[0],
                      Traffic(input_tokens=800_000_000, output_tokens=250_000_000), 131_072)
    assert [(f.traffic, f.window, f.cap) for f in fits] == [
        (Decimal(8_011) / 30, 131_072, None)]


def test_the_bundled_github_free_tier_of_the_finding() -> None:
    """Weighed while GitHub Models served (to 2026-07-30); not after it retired (review 32, #1)."""
    traffic = Traffic(input_tokens=10_000_000, output_tokens=1_000_000)
    for day, said in ((dt.date(2026, 7, 29), True), (DAY, False)):
        c = compare("grok-3", "grok-3-mini", traffic=traffic, include_free=True, as_of=day)
        assert c.cost.free_indexes == (), [e.provider_name for e in c.cost.estimates]
        cost = _texts(c.narrative.cost)
        assert ("Grok 3's free tier on GitHub Models (xai/grok-3) allows 15 requests a day"
                in cost) is said
        assert c.check() == []
