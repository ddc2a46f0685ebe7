"""The cost model: exact monthly money for a route at a traffic, and the prices around it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given, settings, strategies as st

from phicompare import (
    ArgumentError,
    Capabilities,
    Capability,
    ComparisonError,
    Model,
    PriceWindow,
    ProviderRoute,
    RouteStatus,
    Tier,
    Traffic,
    blended_price,
    crossover_share,
    route_cost,
)
from phicompare.analysis.cost import check_blend, current_routes, route_eligibility
from phicompare.analysis.traffic import ABSURD_TOKENS

from .strategies import exact_traffics, prices, routes, traffics

D = Decimal
FAST = settings(max_examples=60, deadline=None)


def route(**fields: Any) -> ProviderRoute:
    """A GA route on provider ``p`` priced 0.05/0.25 unless told otherwise."""
    base: dict[str, Any] = {"provider": "p", "source": "https://example.com",
                            "checked": dt.date(2026, 5, 16), "input": D("0.05"),
                            "output": D("0.25")}
    return ProviderRoute(**(base | fields))


def lines(cost: Any) -> dict[str, tuple[int, Decimal, Decimal]]:
    return {line.item: (line.quantity, line.unit_price, line.amount) for line in cost.lines}


# --- the arithmetic, as tables -------------------------------------------------------------

@pytest.mark.parametrize(("input_price", "output_price", "monthly"), [
    ("0.05", "0.25", "102.50"),   # the reference page's Phi-2 route (Replicate)
    ("0.05", "0.15", "77.50"),    # the reference page's Phi-4 Mini route (Novita)
    ("0.10", "0.10", "105.00"),   # Phi-2 on Fireworks / Together
    ("0.075", "0.30", "135.00"),  # Phi-4 Mini on Microsoft Foundry (not "135.000": review 23)
    ("0", "0", "0.00"),
    ("0.5", "1.5", "775.00"),     # not "775.0"
    ("0.0000001", "0", "0.00008"),  # a fraction of a cent kept, never rounded
])
def test_default_traffic_monthly_cost(input_price: str, output_price: str, monthly: str) -> None:
    """800M input + 250M output tokens at the prices gives the exact monthly figure, written to
    the cent (or to its last nonzero place below it) whatever places the prices were written
    with: one scale for money in a notebook or a frame (review 23)."""
    cost = route_cost(route(input=D(input_price), output=D(output_price)), Traffic())
    assert cost.monthly == D(monthly)
    assert str(cost.monthly) == monthly
    assert cost.notes == ()


def test_reference_gap_is_exactly_25() -> None:
    """The reference page's gap: $102.50 - $77.50 = $25.00, exactly."""
    gap = (route_cost(route(), Traffic()).monthly
           - route_cost(route(output=D("0.15")), Traffic()).monthly)
    assert gap == D("25.00")
    assert str(gap) == "25.00"


def test_lines_show_quantity_unit_price_and_amount() -> None:
    cost = route_cost(route(), Traffic())
    assert lines(cost) == {"input": (800_000_000, D("0.05"), D("40")),
                           "output": (250_000_000, D("0.25"), D("62.5"))}
    assert cost.monthly == sum(line.amount for line in cost.lines)


def test_cached_input_billed_at_cache_read_price() -> None:
    cost = route_cost(route(cache_read=D("0.01")), Traffic(cached_share=D("0.5")))
    assert lines(cost)["cached input"] == (400_000_000, D("0.01"), D("4"))
    assert lines(cost)["input"] == (400_000_000, D("0.05"), D("20"))
    assert cost.monthly == D("86.5")   # 4 + 20 + 62.5


def test_cached_input_without_cache_price_billed_at_input_price_with_note() -> None:
    cost = route_cost(route(), Traffic(cached_share=D("0.5")))
    assert cost.monthly == D("102.50")
    assert "cached input" not in lines(cost)
    assert any("no cache-read price" in note for note in cost.notes)


def test_cache_writes_billed_at_cache_write_price() -> None:
    cost = route_cost(route(cache_write=D("0.0625")), Traffic(cache_write_share=D("0.25")))
    assert lines(cost)["cache writes"] == (200_000_000, D("0.0625"), D("12.5"))
    assert lines(cost)["input"][0] == 600_000_000
    assert cost.monthly == D("12.5") + D("30") + D("62.5")


def test_cache_writes_without_price_billed_at_input_price_with_note() -> None:
    cost = route_cost(route(), Traffic(cache_write_share=D("0.25")))
    assert cost.monthly == D("102.50")
    assert any("no cache-write price" in note for note in cost.notes)


def test_batch_discount_halves_the_batched_share() -> None:
    cost = route_cost(route(batch_discount=D("0.5")), Traffic(batch_share=D("0.5")))
    assert lines(cost)["batch input"] == (400_000_000, D("0.025"), D("10"))
    assert lines(cost)["batch output"] == (125_000_000, D("0.125"), D("15.625"))
    assert cost.monthly == D("10") + D("15.625") + D("20") + D("31.25")


def test_explicit_batch_prices_win_over_the_discount() -> None:
    cost = route_cost(route(batch_discount=D("0.5"), batch_input=D("0.01"),
                            batch_output=D("0.02")), Traffic(batch_share=D("1")))
    assert lines(cost) == {"batch input": (800_000_000, D("0.01"), D("8")),
                           "batch output": (250_000_000, D("0.02"), D("5"))}


def test_one_explicit_batch_price_and_the_discount_for_the_other_side() -> None:
    """An explicit batch input price is used even when the output side has only the discount."""
    cost = route_cost(route(batch_discount=D("0.5"), batch_input=D("0.01")),
                      Traffic(batch_share=D("1")))
    assert lines(cost)["batch input"][1] == D("0.01")
    assert lines(cost)["batch output"][1] == D("0.125")


def test_batch_side_without_any_price_billed_standard_with_note() -> None:
    cost = route_cost(route(batch_input=D("0.01")), Traffic(batch_share=D("1")))
    assert lines(cost)["batch input"] == (800_000_000, D("0.01"), D("8"))
    assert lines(cost)["output"] == (250_000_000, D("0.25"), D("62.5"))
    assert any("no batch output price" in note for note in cost.notes)


def test_no_batch_price_at_all_bills_batch_traffic_at_standard_prices() -> None:
    cost = route_cost(route(), Traffic(batch_share=D("0.5")))
    assert cost.monthly == D("102.50")
    assert {"batch input", "batch output"}.isdisjoint(lines(cost))
    assert len([n for n in cost.notes if "no batch" in n]) == 2


def test_batch_applies_to_uncached_input_only() -> None:
    cost = route_cost(route(cache_read=D("0.01"), batch_discount=D("0.5")),
                      Traffic(cached_share=D("0.5"), batch_share=D("1")))
    assert lines(cost)["cached input"][0] == 400_000_000
    assert lines(cost)["batch input"][0] == 400_000_000
    assert "input" not in lines(cost)


def test_per_request_fee_added_when_requests_known() -> None:
    cost = route_cost(route(per_request=D("0.001")), Traffic(requests=1_000_000))
    assert lines(cost)["requests"] == (1_000_000, D("0.001"), D("1000.000"))
    assert cost.monthly == D("1102.50")


def test_per_request_fee_without_request_count_is_noted_not_guessed() -> None:
    cost = route_cost(route(per_request=D("0.001")), Traffic())
    assert cost.monthly == D("102.50")
    assert any("$0.001 a request is not included" in note for note in cost.notes)
    big = route_cost(route(per_request=D("1000000")), Traffic())  # (review 27: "$1000000")
    assert any("$1,000,000 a request is not included" in note for note in big.notes)


TIERED = {"tiers": (Tier(above_input_tokens=128_000, input=D("0.10"), output=D("0.50")),
                    Tier(above_input_tokens=200_000, input=D("0.20"), output=D("1.00")))}


@pytest.mark.parametrize(("request_input", "input_price", "output_price"), [
    (100_000, "0.05", "0.25"),    # under every threshold: base prices
    (128_000, "0.05", "0.25"),    # at the threshold: not above it yet
    (128_001, "0.10", "0.50"),    # above the first
    (500_000, "0.20", "1.00"),    # above both: the highest crossed tier
])
def test_long_context_tier_prices_the_whole_request(request_input: int, input_price: str,
                                                    output_price: str) -> None:
    """Once a request's input crosses a threshold, input AND output are billed at the tier."""
    traffic = Traffic.from_requests(per_day=1_000, input_tokens=request_input,
                                    output_tokens=1_000)
    cost = route_cost(route(**TIERED), traffic)
    assert lines(cost)["input"][1] == D(input_price)
    assert lines(cost)["output"][1] == D(output_price)


def test_tiers_without_request_count_assume_base_prices_and_say_so() -> None:
    cost = route_cost(route(**TIERED), Traffic())
    assert cost.monthly == D("102.50")
    assert any("128,000 input tokens" in note for note in cost.notes)


def test_batch_discount_applies_to_the_tier_price() -> None:
    traffic = Traffic.from_requests(per_day=10, input_tokens=300_000, output_tokens=10,
                                    batch_share=D(1))
    cost = route_cost(route(batch_discount=D("0.5"), **TIERED), traffic)
    assert lines(cost)["batch input"][1] == D("0.10")
    assert lines(cost)["batch output"][1] == D("0.50")


def test_every_key_at_once() -> None:
    """Cache read and write, batch, a tier and a request fee on one bill, each on its own line."""
    traffic = Traffic.from_requests(per_day=1_000, input_tokens=150_000, output_tokens=2_000,
                                    cached_share="0.5", cache_write_share="0.1",
                                    batch_share="0.5")
    cost = route_cost(route(cache_read=D("0.01"), cache_write=D("0.0625"),
                            batch_discount=D("0.5"), per_request=D("0.0001"), **TIERED), traffic)
    assert traffic.input_tokens == 4_500_000_000
    assert lines(cost) == {
        "cached input": (2_250_000_000, D("0.01"), D("22.5")),
        "cache writes": (450_000_000, D("0.0625"), D("28.125")),
        "input": (900_000_000, D("0.10"), D("90")),
        "output": (30_000_000, D("0.50"), D("15")),
        "batch input": (900_000_000, D("0.050"), D("45")),
        "batch output": (30_000_000, D("0.250"), D("7.5")),
        "requests": (30_000, D("0.0001"), D("3")),
    }
    assert cost.monthly == D("211.125")


def test_route_without_price_has_no_cost() -> None:
    with pytest.raises(ValueError, match="no published price"):
        route_cost(route(input=None, output=None), Traffic())


# --- blended price and crossover ------------------------------------------------------------

@pytest.mark.parametrize(("prices_", "blend", "expected"), [
    (("0.05", "0.25"), (7, 3), "0.11"),    # reference page, Phi-2
    (("0.05", "0.15"), (7, 3), "0.08"),    # reference page, Phi-4 Mini
    (("0.05", "0.25"), (3, 1), "0.10"),    # the 3:1 convention
    (("0.075", "0.30"), (7, 3), "0.1425"),
    (("0.05", "0.25"), (1, 0), "0.05"),    # input only
    (("0.05", "0.25"), (0, 1), "0.25"),    # output only
])
def test_blended_price(prices_: tuple[str, str], blend: tuple[int, int], expected: str) -> None:
    assert blended_price(D(prices_[0]), D(prices_[1]), blend) == D(expected)


def test_default_blend_is_70_30() -> None:
    assert blended_price(D("0.05"), D("0.25")) == blended_price(D("0.05"), D("0.25"), (7, 3))


@pytest.mark.parametrize(("blend", "error"), [
    ((0, 0), ComparisonError), ((-1, 2), ComparisonError), ((1,), ComparisonError),
    ((1, 2, 3), ComparisonError),
    # weights or a blend of the wrong type (review 41)
    ((True, 1), ArgumentError), (3, ArgumentError), ("31", ArgumentError),
    ((Decimal("0.7"), Decimal("0.3")), ArgumentError)])
def test_bad_blend_is_a_clear_error(blend: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="blend is"):
        check_blend(blend)


def test_phi2_vs_phi4_mini_crossover_is_about_88_9_percent_input() -> None:
    """Fireworks' Phi-2 (0.10/0.10) vs Foundry's Phi-4 Mini (0.075/0.30): 0.20 / 0.225."""
    share = crossover_share((D("0.10"), D("0.10")), (D("0.075"), D("0.30")))
    assert share is not None
    assert share.quantize(D("0.0001")) == D("0.8889")
    assert share == D("0.20") / D("0.225")


@pytest.mark.parametrize(("a", "b"), [
    (("0.05", "0.25"), ("0.05", "0.15")),  # input tied: one is never dearer
    (("0.10", "0.30"), ("0.05", "0.15")),  # b cheaper on both
    (("0.10", "0.10"), ("0.10", "0.10")),  # identical
])
def test_no_crossover_unless_prices_point_opposite_ways(a: tuple[str, str],
                                                         b: tuple[str, str]) -> None:
    assert crossover_share((D(a[0]), D(a[1])), (D(b[0]), D(b[1]))) is None


@FAST
@given(prices(), prices(), prices(), prices())
def test_crossover_is_where_the_costs_meet(a_in: Decimal, a_out: Decimal, b_in: Decimal,
                                           b_out: Decimal) -> None:
    """At the crossover share both price pairs cost the same; either side, the expected one
    is cheaper; and the share does not depend on the argument order."""
    share = crossover_share((a_in, a_out), (b_in, b_out))
    assert share == crossover_share((b_in, b_out), (a_in, a_out))
    assume(share is not None)
    assert share is not None
    assert 0 < share < 1

    def per_token(s: Decimal, p_in: Decimal, p_out: Decimal) -> Decimal:
        return s * p_in + (1 - s) * p_out

    assert abs(per_token(share, a_in, a_out) - per_token(share, b_in, b_out)) < D("1e-20")
    cheaper_output_is_a = a_out < b_out
    below = per_token(share / 2, a_in, a_out) < per_token(share / 2, b_in, b_out)
    assert below == cheaper_output_is_a


# --- price history --------------------------------------------------------------------------

def test_current_routes_take_the_latest_price_not_in_the_future() -> None:
    old = route(effective_from=dt.date(2025, 1, 1), input=D("0.20"))
    new = route(effective_from=dt.date(2026, 1, 1), input=D("0.10"))
    later = route(effective_from=dt.date(2027, 1, 1), input=D("0.05"))
    history = [new, later, old]
    assert current_routes(history, dt.date(2024, 12, 31)) == []
    assert current_routes(history, dt.date(2025, 6, 1)) == [old]
    assert current_routes(history, dt.date(2026, 1, 1)) == [new]
    assert current_routes(history, dt.date(2030, 1, 1)) == [later]


def test_undated_route_is_in_force_until_a_dated_one_replaces_it() -> None:
    undated = route(input=D("0.30"))
    dated = route(effective_from=dt.date(2026, 1, 1), input=D("0.10"))
    assert current_routes([undated, dated], dt.date(2025, 1, 1)) == [undated]
    assert current_routes([undated, dated], dt.date(2026, 2, 1)) == [dated]


def test_histories_are_per_provider_and_provider_model_id() -> None:
    a = route(provider="a", effective_from=dt.date(2025, 1, 1))
    b = route(provider="b")
    a_alt = route(provider="a", provider_model_id="alt")
    assert current_routes([a, b, a_alt], dt.date(2026, 1, 1)) == [a, b, a_alt]


# --- eligibility ----------------------------------------------------------------------------

MODEL = Model(id="m", name="M", context_window=4_096,
              capabilities=Capabilities(function_calling=True, vision=False))
NONE: frozenset[Capability] = frozenset()


@pytest.mark.parametrize(("fields", "traffic", "requires", "reason"), [
    ({}, Traffic(), NONE, None),
    ({"input": None, "output": None}, Traffic(), NONE, "no published price"),
    ({"output": None}, Traffic(), NONE, "no published price"),
    ({"status": RouteStatus.DEPRECATED}, Traffic(), NONE, "deprecated"),
    ({"status": RouteStatus.PREVIEW}, Traffic(), NONE, None),
    ({"status": RouteStatus.FREE_TIER}, Traffic(), NONE, "free tier"),
    ({"input": D(0), "output": D(0)}, Traffic(), NONE, "free tier"),
    ({}, Traffic(requests=1_000), NONE, "exceed a 4,096-token context window"),
    ({"context_window": 2_000_000}, Traffic(requests=1_000), NONE, None),
    ({}, Traffic(requests=1_000_000), NONE, None),            # 1,050 tokens a request fit
    ({}, Traffic(), frozenset({Capability.FUNCTION_CALLING}), None),
    ({}, Traffic(), frozenset({Capability.VISION}), "vision not supported"),
    ({}, Traffic(), frozenset({Capability.REASONING}), "reasoning mode not documented"),
    ({"capabilities": Capabilities(vision=True)}, Traffic(),  # the weights' "no" stands
     frozenset({Capability.VISION}), "vision not supported"),  # (Model.fixed_capabilities)
    ({"capabilities": Capabilities(structured_outputs=True)}, Traffic(),
     frozenset({Capability.STRUCTURED_OUTPUTS}), None),      # the API's: the route's table wins
    ({"capabilities": Capabilities(function_calling=False)}, Traffic(),  # the route's "no": its
     frozenset({Capability.FUNCTION_CALLING}), "function calling not listed"),  # listing's (F19)
])
def test_route_eligibility(fields: dict[str, Any], traffic: Traffic,
                           requires: frozenset[Capability], reason: str | None) -> None:
    found = route_eligibility(MODEL, route(**fields), traffic, requires, include_free=False)
    if reason is None:
        assert found is None
    else:
        assert found is not None
        assert reason in found


def test_free_tier_counts_only_with_include_free() -> None:
    free = route(status=RouteStatus.FREE_TIER)
    assert route_eligibility(MODEL, free, Traffic(), NONE, include_free=True) is None


def test_unknown_context_cannot_confirm_a_stated_request_size() -> None:
    model = Model(id="m", name="M")
    reason = route_eligibility(model, route(), Traffic(requests=10**6), NONE, include_free=False)
    assert reason is not None
    assert "context window not sourced" in reason
    assert route_eligibility(model, route(), Traffic(), NONE, include_free=False) is None


# --- traffic --------------------------------------------------------------------------------

def test_default_traffic_is_the_reference_pages() -> None:
    assert (Traffic().input_tokens, Traffic().output_tokens) == (800_000_000, 250_000_000)


def test_traffic_from_requests() -> None:
    t = Traffic.from_requests(per_day=10_000, input_tokens=2_000, output_tokens=500, days=30)
    assert (t.requests, t.input_tokens, t.output_tokens) == (300_000, 600_000_000, 150_000_000)
    assert (t.request_input_tokens, t.request_tokens) == (2_000, 2_500)


@pytest.mark.parametrize(("fields", "message"), [
    ({"input_tokens": -1}, "must not be negative"),
    ({"output_tokens": -250}, "must not be negative"),
    ({"input_tokens": ABSURD_TOKENS + 1}, "beyond any real workload"),
    ({"requests": ABSURD_TOKENS + 1}, "beyond any real workload"),
    ({"requests": 0}, "positive whole number"),
    ({"cached_share": "half"}, "number from 0 to 1"),
    ({"cached_share": D("NaN")}, "share of traffic"),
    ({"batch_share": D("1.5")}, "expected 0 to 1"),
    ({"batch_share": -1}, "expected 0 to 1"),
    ({"cached_share": "0.6", "cache_write_share": "0.5"}, "together exceed"),
])
def test_bad_traffic_is_a_clear_error(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ComparisonError, match=message) as info:
        Traffic(**fields)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(("fields", "message"), [
    ({"input_tokens": 1.5}, "a count of tokens, an int; got 1.5$"),
    ({"input_tokens": True}, "a count of tokens, an int; got True$"),
    ({"requests": 2.0}, "positive whole number, got 2.0$"),
    ({"weekday": "Monday"}, "an ISO weekday"),
    ({"cached_share": 0.5}, "not a float"),
    ({"cached_share": 1.5}, r"number from 0 to 1, such as '0.3'; got 1.5$"),  # (never "pass 1.5")
    ({"batch_share": float("nan")}, "number from 0 to 1"),
    ({"batch_share": True}, "a share of traffic is a Decimal"),
])
def test_traffic_of_the_wrong_type_is_an_argument_error(fields: dict[str, Any],
                                                        message: str) -> None:
    """Review 40: a float, bool or str where an int or exact number goes was a ComparisonError
    (a ``ValueError``); a wrong type is an ArgumentError (a ``TypeError``), as documented."""
    with pytest.raises(ArgumentError, match=message) as info:
        Traffic(**fields)
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize("fields", [  # (no requests is no traffic: test_traffic_api, review 34)
    {"per_day": -5, "input_tokens": 1, "output_tokens": 1},
    {"per_day": 5, "input_tokens": 1.5, "output_tokens": 1},
])
def test_bad_request_traffic_is_a_clear_error(fields: dict[str, Any]) -> None:
    with pytest.raises(ComparisonError):
        Traffic.from_requests(**fields)


# --- properties -----------------------------------------------------------------------------

def assert_no_float(value: object) -> None:
    """No float anywhere in a cost (money is Decimal end to end)."""
    if isinstance(value, float):
        raise AssertionError(f"float {value!r} in a money value")
    for field in getattr(type(value), "__attrs_attrs__", ()):
        assert_no_float(getattr(value, field.name))
    if isinstance(value, tuple):
        for item in value:
            assert_no_float(item)


@FAST
@given(routes(), traffics())
def test_cost_is_never_negative_and_adds_up(r: ProviderRoute, traffic: Traffic) -> None:
    assume(r.is_priced)
    cost = route_cost(r, traffic)
    assert cost.monthly >= 0
    assert all(line.amount >= 0 and line.quantity > 0 for line in cost.lines)
    assert cost.monthly == sum((line.amount for line in cost.lines), D(0))
    assert isinstance(cost.monthly, Decimal)
    assert_no_float(cost)


@FAST
@given(routes(), traffics())
def test_every_token_is_billed_once(r: ProviderRoute, traffic: Traffic) -> None:
    """Input lines add up to the input tokens, output lines to the output tokens."""
    assume(r.is_priced)
    found = lines(route_cost(r, traffic))
    billed_in = sum(found.get(k, (0,))[0] for k in ("input", "cached input", "cache writes",
                                                    "batch input"))
    billed_out = sum(found.get(k, (0,))[0] for k in ("output", "batch output"))
    assert (billed_in, billed_out) == (traffic.input_tokens, traffic.output_tokens)


@FAST
@given(routes(), exact_traffics(), st.integers(1, 100))
def test_cost_is_linear_in_traffic(r: ProviderRoute, traffic: Traffic, factor: int) -> None:
    """k times the traffic (tokens and requests) costs exactly k times as much."""
    assume(r.is_priced)
    assert route_cost(r, traffic.scaled(factor)).monthly == factor * route_cost(r, traffic).monthly


@FAST
@given(routes(), st.integers(0, 10**12), st.integers(0, 10**12), st.sampled_from(
    [D(0), D("0.25"), D("0.5"), D(1)]))
def test_cost_is_additive_in_input_and_output(r: ProviderRoute, tokens_in: int, tokens_out: int,
                                              share: Decimal) -> None:
    """Without a request count, input and output tokens are billed independently."""
    assume(r.is_priced)

    def cost(i: int, o: int) -> Decimal:
        return route_cost(r, Traffic(input_tokens=i, output_tokens=o, cached_share=share / 2,
                                     batch_share=share)).monthly

    assert cost(tokens_in, tokens_out) == cost(tokens_in, 0) + cost(0, tokens_out)


@FAST
@given(prices(), prices(), st.integers(0, 10), st.integers(0, 10))
def test_blended_price_lies_between_input_and_output(p_in: Decimal, p_out: Decimal, w_in: int,
                                                     w_out: int) -> None:
    assume(w_in + w_out > 0)
    blended = blended_price(p_in, p_out, (w_in, w_out))
    assert min(p_in, p_out) <= blended <= max(p_in, p_out)
    assert isinstance(blended, Decimal)


WINDOWED = {"windows": (PriceWindow(start="16:30", end="00:30", input=D("0.02")),),
            "per_request": D("0.001"), "batch_discount": None}


@pytest.mark.parametrize("traffic", [
    Traffic(cached_share=D("0.2"), cache_write_share=D("0.1"), cache_write_1h_share=D("0.5"),
            batch_share=D("0.5")),
    Traffic.from_requests(per_day=100, input_tokens=300_000, output_tokens=1_000),
    Traffic(at="17:00"), Traffic(at="17:00", weekday=3), Traffic(weekday=3),
], ids=["shares", "tier", "at", "at-weekday", "weekday"])
def test_every_note_is_one_clause_read_after_the_models_name(traffic: Traffic) -> None:
    """A note reads as "Model: <note>." does: no label of its own before a colon, and it names
    the window the traffic falls in ("inside", never a variable's name)."""
    notes = [*route_cost(route(**TIERED), Traffic(cached_share=D("0.1"))).notes,
             *route_cost(route(**TIERED, **WINDOWED), traffic).notes]
    assert len(notes) >= 2
    for note in notes:
        assert ": " not in note, note
        assert note[0].islower() or note[0] == "$", note
        assert "in_window" not in note, note
    if traffic.at is not None:
        assert any("inside a time-of-day price window" in note for note in notes), notes


def test_the_tier_note_names_the_tier_and_its_threshold() -> None:
    """The tier crossed is named with its threshold and the whole-request rule, in one clause."""
    traffic = Traffic.from_requests(per_day=1_000, input_tokens=300_000, output_tokens=1_000)
    cost = route_cost(route(**TIERED), traffic)
    assert cost.tier_above == 200_000
    assert cost.notes == (("requests of 300,000 input tokens exceed its long-context tier's "
                          "200,000, so the tier's prices apply to the whole request"),)
    assert route_cost(route(**TIERED), Traffic()).tier_above is None
