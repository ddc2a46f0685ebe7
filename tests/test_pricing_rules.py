"""The pricing rules the price calculators know, priced to the cent: tiers side by side, the
at-or-above boundary, tier cache prices, time windows and 1-hour cache writes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given, settings, strategies as st

from phicompare import ComparisonError, ProviderRoute, Traffic, route_cost
from phicompare.domain.records import PriceWindow, Tier, TierBoundary

D = Decimal


def route(**fields: Any) -> ProviderRoute:
    base: dict[str, Any] = {"provider": "p", "source": "https://example.com",
                            "checked": dt.date(2026, 8, 21), "input": D(1), "output": D(1)}
    return ProviderRoute(**(base | fields))


def lines(cost: Any) -> dict[str, tuple[int, Decimal, Decimal]]:
    return {line.item: (line.quantity, line.unit_price, line.amount) for line in cost.lines}


def one(input_tokens: int, output_tokens: int = 0, **options: Any) -> Traffic:
    return Traffic(input_tokens=input_tokens, output_tokens=output_tokens, requests=1, **options)


# --- tiers: a side without its own tier keeps the last tier it crossed ----------------------

MULTI = route(input=D("0.5"), output=D("0.5"), tiers=(
    Tier(above_input_tokens=200_000, input=D(1), output=D(1)),
    Tier(above_input_tokens=400_000, input=D(2))))


@pytest.mark.parametrize(("size", "input_price", "output_price"), [
    (100_000, "0.5", "0.5"),
    (300_000, "1", "1"),
    (500_000, "2", "1"),  # output has no 400k tier: it keeps the 200k tier's, not the base
])
def test_a_side_without_its_own_tier_keeps_the_last_tier_it_crossed(
        size: int, input_price: str, output_price: str) -> None:
    got = lines(route_cost(MULTI, one(size, 1_000_000)))
    assert (got["input"][1], got["output"][1]) == (D(input_price), D(output_price))


def test_genai_prices_multi_tier_vector_bills_500k_tokens_at_the_crossed_tiers() -> None:
    """500,000 input tokens at $2 plus 1M output at the 200k tier's $1: $2.00, not $1.50."""
    assert route_cost(MULTI, one(500_000, 1_000_000)).monthly == D("2")


@pytest.mark.parametrize(("boundary", "size", "tiered"), [
    ("above", 128_000, False), ("above", 128_001, True),
    ("at-or-above", 127_999, False), ("at-or-above", 128_000, True)])
def test_the_boundary_rule(boundary: str, size: int, tiered: bool) -> None:
    r = route(tiers=(Tier(above_input_tokens=128_000, input=D(2), output=D(4),
                          boundary=TierBoundary(boundary)),))
    got = lines(route_cost(r, one(size, 1)))
    assert got["input"][1] == (D(2) if tiered else D(1))


def test_tier_cache_prices_apply_above_the_threshold() -> None:
    """Claude Sonnet above 200k with half the input cached: $6 / $22.50 and cache reads $0.60."""
    sonnet = route(input=D(3), output=D(15), cache_read=D("0.30"), cache_write=D("3.75"),
                   tiers=(Tier(above_input_tokens=200_000, input=D(6), output=D("22.5"),
                               cache_read=D("0.60"), cache_write=D("7.50")),))
    traffic = Traffic(input_tokens=250_000 * 1_000, output_tokens=1_000 * 1_000, requests=1_000,
                      cached_share=D("0.5"))
    got = route_cost(sonnet, traffic)
    assert lines(got)["cached input"] == (125_000_000, D("0.60"), D("75.00"))
    assert got.monthly == D("75.00") + D("750") + D("22.5")


# --- time windows -----------------------------------------------------------------------------

DEEPSEEK = route(input=D("0.27"), output=D("1.10"), cache_read=D("0.07"), windows=(
    PriceWindow(start="16:30", end="00:30", input=D("0.135"), output=D("0.55"),
                cache_read=D("0.035")),))


@pytest.mark.parametrize(("at", "input_price"), [("03:00", "0.27"), ("16:29", "0.27"),
                                                 ("16:30", "0.135"), ("00:29", "0.135"),
                                                 ("00:30", "0.27")])
def test_a_window_applies_from_its_start_to_its_end_wrapping_midnight(at: str,
                                                                      input_price: str) -> None:
    got = lines(route_cost(DEEPSEEK, Traffic(at=at)))
    assert got["input"][1] == D(input_price)


def test_evenly_arriving_traffic_blends_the_windows_exactly() -> None:
    """16 hours at the standard price, 8 off-peak: input $0.225, output (2 × 1.10 + 0.55) / 3."""
    got = route_cost(DEEPSEEK, Traffic())
    assert lines(got)["input"] == (800_000_000, D("0.225"), D("180"))
    expected = Fraction(800) * Fraction("0.225") + Fraction(250) * (
        Fraction(2, 3) * Fraction("1.10") + Fraction(1, 3) * Fraction("0.55"))
    assert abs(Fraction(got.monthly) - expected) < Fraction(1, 10**20)
    assert any("time-of-day" in note for note in got.notes)


def test_weekday_windows_blend_over_the_week() -> None:
    weekend = route(windows=(PriceWindow(start="00:00", end="00:00", weekdays=(6, 7),
                                         input=D("0.3"), output=D("0.3")),))
    assert route_cost(weekend, one(7_000_000, weekday=6)).monthly == D("2.1")
    assert route_cost(weekend, one(7_000_000, weekday=3)).monthly == D(7)
    assert route_cost(weekend, one(7_000_000)).monthly == D("5.6")  # 5 days at 1, 2 at 0.3


def test_a_window_price_replaces_the_tier_price() -> None:
    r = route(tiers=(Tier(above_input_tokens=10, input=D(5), output=D(5)),),
              windows=(PriceWindow(start="00:00", end="12:00", input=D("0.5")),))
    got = lines(route_cost(r, one(100, 100, at="06:00")))
    assert (got["input"][1], got["output"][1]) == (D("0.5"), D(5))


@settings(max_examples=25, deadline=None)
@given(start=st.integers(0, 23), hours=st.integers(1, 23), price=st.integers(0, 500))
def test_the_even_blend_is_the_mean_of_the_hours(start: int, hours: int, price: int) -> None:
    window = PriceWindow(start=f"{start:02}:00", end=f"{(start + hours) % 24:02}:00",
                         input=D(price) / 100, output=D(price) / 50)
    r = route(windows=(window,))
    traffic = Traffic(input_tokens=24_000_000, output_tokens=2_400_000)
    hourly = [route_cost(r, Traffic(input_tokens=1_000_000, output_tokens=100_000,
                                    at=f"{h:02}:00")).monthly for h in range(24)]
    assert route_cost(r, traffic).monthly == sum(hourly, D(0))


# --- cache writes by duration -------------------------------------------------------------------

def test_one_hour_writes_at_their_own_price() -> None:
    r = route(cache_write=D("1.25"), cache_write_1h=D(2))
    got = lines(route_cost(r, one(10_000_000, cache_write_share="0.4",
                                  cache_write_1h_share="0.5")))
    assert got["cache writes"] == (2_000_000, D("1.25"), D("2.5"))
    assert got["cache writes (1 hour)"] == (2_000_000, D(2), D(4))
    assert got["input"] == (6_000_000, D(1), D(6))


def test_one_hour_writes_without_a_price_are_billed_as_five_minute_writes() -> None:
    got = route_cost(route(cache_write=D("1.25")),
                     one(10_000_000, cache_write_share="0.4", cache_write_1h_share="1"))
    assert lines(got)["cache writes"] == (4_000_000, D("1.25"), D(5))
    assert any("1-hour" in note for note in got.notes)


def test_defaults_leave_a_bill_unchanged() -> None:
    r = route(cache_write=D("1.25"), cache_write_1h=D(2))
    plain = Traffic(cache_write_share="0.25")
    assert route_cost(r, plain).lines == route_cost(
        r, Traffic(cache_write_share="0.25", cache_write_1h_share=0)).lines
    assert "cache writes (1 hour)" not in lines(route_cost(r, plain))


@pytest.mark.parametrize(("fields", "message"), [
    ({"at": "25:00"}, "HH:MM"), ({"at": "3pm"}, "HH:MM"), ({"weekday": 0}, "ISO weekday"),
    ({"weekday": True}, "ISO weekday"), ({"cache_write_1h_share": "1.5"}, "0 to 1")])
def test_bad_arrival_or_split_is_a_clear_error(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ComparisonError, match=message):
        Traffic(**fields)


# --- properties over random pricing rules ---------------------------------------------------------

MONEY = st.integers(0, 10_000).map(lambda cents: D(cents) / 100)
OPTIONAL = st.none() | MONEY


@st.composite
def rule_routes(draw: st.DrawFn) -> ProviderRoute:
    """A route with any tiers (sides optional), windows on the hour, cache and 1-hour prices."""
    thresholds = draw(st.lists(st.integers(1, 400_000), max_size=3, unique=True))
    tiers = []
    for threshold in thresholds:
        sides = {side: draw(OPTIONAL) for side in ("input", "output", "cache_read",
                                                   "cache_write", "cache_write_1h")}
        if all(v is None for v in sides.values()):
            sides["input"] = D(1)
        tiers.append(Tier(above_input_tokens=threshold, boundary=draw(st.sampled_from(
            list(TierBoundary))), **sides))
    windows = []
    if draw(st.booleans()):
        start, hours = draw(st.integers(0, 23)), draw(st.integers(1, 23))
        windows.append(PriceWindow(start=f"{start:02}:00", end=f"{(start + hours) % 24:02}:00",
                                   weekdays=tuple(draw(st.sets(st.integers(1, 7), max_size=3))),
                                   input=draw(OPTIONAL), output=draw(OPTIONAL),
                                   cache_read=draw(MONEY)))
    return route(input=draw(MONEY), output=draw(MONEY), cache_read=draw(OPTIONAL),
                 cache_write=draw(OPTIONAL), cache_write_1h=draw(OPTIONAL), tiers=tuple(tiers),
                 windows=tuple(windows))


@st.composite
def rule_traffics(draw: st.DrawFn) -> Traffic:
    requests = draw(st.integers(1, 1_000))
    cached = draw(st.integers(0, 50))
    return Traffic(input_tokens=requests * draw(st.integers(1, 500_000)),
                   output_tokens=draw(st.integers(0, 10**9)), requests=requests,
                   cached_share=D(cached) / 100,
                   cache_write_share=D(draw(st.integers(0, 50))) / 100,
                   cache_write_1h_share=D(draw(st.integers(0, 100))) / 100,
                   at=draw(st.none() | st.sampled_from(["00:00", "07:30", "23:59"])),
                   weekday=draw(st.none() | st.integers(1, 7)))


@settings(max_examples=80, deadline=None)
@given(r=rule_routes(), traffic=rule_traffics())
def test_every_token_is_billed_once_under_every_rule(r: ProviderRoute, traffic: Traffic) -> None:
    cost = route_cost(r, traffic)
    billed_in = sum(line.quantity for line in cost.lines if line.item != "output")
    billed_out = sum(line.quantity for line in cost.lines if line.item == "output")
    assert (billed_in, billed_out) == (traffic.input_tokens, traffic.output_tokens)
    assert cost.monthly == sum((line.amount for line in cost.lines), D(0)) >= 0


@settings(max_examples=40, deadline=None)
@given(r=rule_routes(), traffic=rule_traffics())
def test_a_route_without_windows_ignores_when_the_traffic_arrives(r: ProviderRoute,
                                                                  traffic: Traffic) -> None:
    plain = attrs.evolve(r, windows=())
    at_night = attrs.evolve(traffic, at="20:00", weekday=7)
    assert route_cost(plain, traffic).lines == route_cost(plain, at_night).lines
