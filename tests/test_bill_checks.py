"""A comparison's bills checked again on reading (review 34, #1): edited JSON is refused.

``Comparison.inconsistencies()`` (which ``from_dict`` runs) checked only that a bill is the sum
of its lines: a line's amount edited with the bill kept its sum, or a route's price edited
alone, read back as a comparison whose page says figures that do not follow.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings, strategies as st

from phicompare import Catalog, Comparison, ComparisonError, Traffic, compare, default_catalog
from phicompare.analysis.comparison_dict import readable_body
from phicompare.domain.pricing import PriceWindow
from phicompare.render.serialize import structure

from .strategies import AS_OF, BENCHMARKS, PROVIDERS, catalog_and_pair, traffics

FAST = settings(max_examples=40, deadline=None)


def _phi() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(compare("phi-2", "phi-4-mini").to_json())
    return data


def _problems(data: dict[str, Any]) -> list[str]:
    """The comparison's inconsistencies, structured without from_dict's refusal."""
    body = readable_body(data, attrs.fields_dict(Comparison))
    return structure(body, Comparison).inconsistencies()


def test_a_line_edited_with_its_bill_is_refused() -> None:
    """The review's case: Phi-2's input line at $8.00 and its bill at $33.00, the gap kept."""
    d = _phi()
    e = d["cost"]["estimates"][0]
    e["lines"][0]["amount"], e["monthly"] = "8.00", "33.00"
    assert _problems(d) == [
        ("cost.estimates[0].lines[0].amount is 8.00, but 800,000,000 input tokens at 0.10 per "
        "1M come to 80.00"),
        ("cost.estimates[0] bills 33.00 on a route that is not among the model's routes at "
         "that bill"),
        "cost.gap is 30.00, but the bills (Phi-2 33.00, Phi-4 Mini 135.00) make it 102.00",
        "cost.shown_gap is 30.00, but the bills (Phi-2 33.00, Phi-4 Mini 135.00) make it 102.00",
    ]
    with pytest.raises(ComparisonError, match=r"lines\[0\].amount is 8.00"):
        Comparison.from_dict(d)


def test_a_route_price_edited_alone_is_refused() -> None:
    d = _phi()
    d["cost"]["estimates"][0]["route"]["input"] = "5.00"
    assert _problems(d) == [
        ("cost.estimates[0].lines[0].unit_price is 0.10, but the route's input price at the "
        "traffic is 5.00"),
        ("cost.estimates[0].input_price is 0.10, but the route's input price at the traffic "
        "is 5.00"),
        ("cost.estimates[0] bills 105.00 on a route that is not among the model's routes at "
         "that bill"),
    ]


def test_a_whole_bill_edited_consistently_still_disagrees_with_its_route() -> None:
    """Unit price, amount, bill and gap all edited to fit one another: the route says 0.10."""
    d = _phi()
    e = d["cost"]["estimates"][0]
    e["lines"][0].update(unit_price="0.01", amount="8.00")
    e.update(monthly="33.00", input_price="0.01", blended="0.037")
    d["cost"].update(gap="102.00", shown_gap="102.00", crossovers=[])  # (cheaper on both)
    assert _problems(d) == [
        ("cost.estimates[0].lines[0].unit_price is 0.01, but the route's input price at the "
        "traffic is 0.10"),
        ("cost.estimates[0].input_price is 0.01, but the route's input price at the traffic "
        "is 0.10"),
        ("cost.estimates[0] bills 33.00 on a route that is not among the model's routes at "
         "that bill"),
    ]


def test_a_route_and_its_bill_edited_together_disagree_with_the_route_table() -> None:
    """Every figure of the estimate edited to fit a route at $5.00: the route table says 0.10."""
    d = _phi()
    e = d["cost"]["estimates"][0]
    e["route"]["input"] = e["input_price"] = e["lines"][0]["unit_price"] = "5.00"
    e["lines"][0]["amount"], e["monthly"], e["blended"] = "4000.00", "4025.00", "3.53"
    d["cost"].update(gap="3890.00", shown_gap="3890.00", cheapest=[1], close_indexes=[1],
                     priced_close_indexes=[1], undercuts=[[], [0]])
    d["cost"]["crossovers"][0]["input_share"] = "0.0390"
    assert _problems(d) == [
        ("cost.estimates[0] bills 4025.00 on a route that is not among the model's routes at "
        "that bill")]


@pytest.mark.parametrize(("edit", "message"), [
    (lambda d: d["cost"]["estimates"][1]["lines"][1].update(quantity=1),
     (r"cost.estimates\[1\].lines bill 800,000,000 input, 1 output, but the route at the "
     r"traffic bills 800,000,000 input, 250,000,000 output")),
    (lambda d: d["cost"].update(cheapest=[1]),
     (r"cost.cheapest is \[1\], but the bills \(Phi-2 105.00, Phi-4 Mini 135.00\) "
     r"make it \[0\]")),
    (lambda d: d["cost"].update(undercuts=[[], []]),
     r"cost.undercuts is \[\(\), \(\)\], but .* make it \[\(1,\), \(\)\]"),
    (lambda d: d["cost"]["estimates"][0].update(blended="0.50"),
     r"cost.estimates\[0\].blended is 0.50, but its prices blended 7:3 are 0.10"),
])
def test_other_cost_facts_edited_are_refused(edit: Any, message: str) -> None:
    d = _phi()
    edit(d)
    with pytest.raises(ComparisonError, match=message):
        Comparison.from_dict(d)


def _retiring() -> dict[str, Any]:
    """Phi-4 Mini billed on Azure's route, retiring 2027-01-17: Kilo Gateway bills it after."""
    data: dict[str, Any] = json.loads(compare("phi-2", "phi-4-mini", as_of="2026-12-03").to_json())
    assert data["cost"]["after_retirement"][1]["monthly"] == "151.50"
    return data


def test_a_bill_after_retirement_edited_alone_is_refused() -> None:
    """Review 35, #1: the page said "the bill would be $51.50 a month on Kilo Gateway"."""
    d = _retiring()
    d["cost"]["after_retirement"][1]["monthly"] = "51.50"
    assert _problems(d) == [
        "cost.after_retirement[1].monthly is 51.50, but its lines sum to 151.50"]
    with pytest.raises(ComparisonError, match=r"after_retirement\[1\].monthly is 51.50"):
        Comparison.from_dict(d)


def test_a_bill_after_retirement_with_its_route_price_edited_is_refused() -> None:
    """The route's input price, the line, the bill and the applied prices edited together."""
    d = _retiring()
    e = d["cost"]["after_retirement"][1]
    e["route"]["input"] = e["input_price"] = e["lines"][0]["unit_price"] = "0.01"
    e["lines"][0]["amount"], e["monthly"], e["blended"] = "8.00", "95.50", "0.112"
    assert _problems(d) == [
        "cost.after_retirement[1] bills 95.50 on a route that is not among the model's routes"]
    e["route"]["input"] = "0.08"  # (the route kept: its price says otherwise)
    assert _problems(d)[:2] == [
        ("cost.after_retirement[1].lines[0].unit_price is 0.01, but the route's input price at "
         "the traffic is 0.08"),
        ("cost.after_retirement[1].input_price is 0.01, but the route's input price at the "
         "traffic is 0.08")]


@pytest.mark.parametrize(("edit", "message"), [
    (lambda after: after.append(None), r"cost.after_retirement has 3 entries for 2 models"),
    (lambda after: after.clear(),  # (the deep dive's sentence dropped)
     (r"cost.after_retirement\[1\] is none, but the bill's route retires within 90 days of "
      r"2026-12-03")),
    (lambda after: after.__setitem__(0, dict(after[1], model=0)),  # (Phi-2's route stays)
     (r"cost.after_retirement\[0\] is a bill of 151.50, but the bill's route does not retire "
      r"within 90 days of 2026-12-03")),
    (lambda after: after[1].update(model=0), r"cost.after_retirement\[1\] is about model 0"),
    (lambda after: after[1]["lines"][1].update(amount="8.75"),
     (r"cost.after_retirement\[1\].lines\[1\].amount is 8.75, but 250,000,000 output tokens "
      r"at 0.35 per 1M come to 87.50")),
])
def test_other_edits_of_a_bill_after_retirement_are_refused(edit: Any, message: str) -> None:
    d = _retiring()
    edit(d["cost"]["after_retirement"])
    with pytest.raises(ComparisonError, match=message):
        Comparison.from_dict(d)


def test_a_crossover_edited_is_refused() -> None:
    """Review 35, #1: "with less than 50% of tokens as input, Phi-2 would cost less" (0.8889)."""
    d = _retiring()
    d["cost"]["crossovers"][0]["input_share"] = "0.5000"
    assert _problems(d) == [
        ("cost.crossovers[0].input_share is 0.5000, but the bills' prices at the traffic make it "
        "0.8889")]
    d["cost"]["crossovers"][0].update(input_share="0.8889", cheaper_input=0, cheaper_output=1)
    assert _problems(d) == [
        "cost.crossovers[0].cheaper_input is 0, but the bills' prices at the traffic make it 1",
        "cost.crossovers[0].cheaper_output is 1, but the bills' prices at the traffic make it 0"]
    d["cost"]["crossovers"] = []
    assert _problems(d) == [
        ("cost.crossovers are none, but the bills' prices at the traffic make them Phi-4 Mini "
         "cheaper above an input share of 0.8889, Phi-2 below")]
    with pytest.raises(ComparisonError, match=r"cost.crossovers are none"):
        Comparison.from_dict(d)


def test_a_crossover_of_bills_at_tiered_or_shared_prices_is_checked_from_the_bills() -> None:
    """Cached input at the traffic's share: the crossover is where the bills meet."""
    c = compare("gpt-4o", "claude-sonnet-4-5", as_of="2026-12-03",
                traffic=Traffic(cached_share=Decimal("0.5")))
    assert [x.shares for x in c.cost.crossovers] == [True]
    assert c.inconsistencies() == []
    d: dict[str, Any] = json.loads(c.to_json())
    d["cost"]["crossovers"][0]["shares"] = False
    assert _problems(d) == [
        "cost.crossovers[0].shares is False, but the bills' prices at the traffic make it True"]
    d["cost"]["crossovers"][0].update(shares=True, input_share="0.9000")
    assert _problems(d) == [
        ("cost.crossovers[0].input_share is 0.9000, but the bills' prices at the traffic make it "
        "0.9569")]


@FAST
@given(catalog_and_pair(), traffics(), st.booleans(),
       st.sampled_from([(), ("vision",), ("function_calling", "structured_outputs")]))
@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
def test_compare_results_have_no_inconsistencies(pair: tuple[Catalog, str, str],
                                                 traffic: Traffic, include_free: bool,
                                                 requires: tuple[str, ...]) -> None:
    """compare()'s own bills, free tiers and rules included, pass the checks, and through JSON."""
    catalog, a, b = pair
    c = compare(a, b, catalog=catalog, traffic=traffic, as_of=AS_OF, include_free=include_free,
                requires=requires)
    assert c.inconsistencies() == []
    assert Comparison.from_json(c.to_json()) == c


_RETIRING = sorted({(m.id, r.retires) for m in default_catalog().models for r in m.routes
                    if r.retires is not None})
"""The bundled models with a route that retires, and the day it does."""


@FAST
@given(st.sampled_from(_RETIRING), st.integers(1, 89), st.sampled_from(
    [m.id for m in default_catalog().models]), traffics(), st.booleans())
@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
def test_bundled_bills_after_retirement_have_no_inconsistencies(
        retiring: tuple[str, dt.date], days: int, other: str, traffic: Traffic,
        include_free: bool) -> None:
    """A bundled route retiring within the notice: the bill after it and the crossovers pass."""
    model, retires = retiring
    day = retires - dt.timedelta(days=days)
    if other == model:
        return
    c = compare(model, other, traffic=traffic, as_of=day, include_free=include_free)
    assert c.inconsistencies() == []
    assert Comparison.from_json(c.to_json()) == c


def test_a_bill_blended_over_a_time_window_passes() -> None:
    """A window a third of the day: the unit price shown is the blend, divided once."""
    from phicompare.domain.pricing import ProviderRoute
    from phicompare.domain.records import Model

    def model(model_id: str, windows: tuple[PriceWindow, ...]) -> Model:
        route = ProviderRoute(provider="p0", input=Decimal("0.27"), output=Decimal("1.10"),
                              source="https://example.com/prices", checked=dt.date(2026, 5, 1),
                              windows=windows)
        return Model(id=model_id, name=model_id.upper(), routes=(route,))

    catalog = Catalog(models=(
        model("a", (PriceWindow(start="16:30", end="00:30", input=Decimal("0.135"),
                                output=Decimal("0.55")),)), model("b", ())),
        providers=PROVIDERS, benchmarks=BENCHMARKS)
    c = compare("a", "b", catalog=catalog, as_of=AS_OF,
                traffic=Traffic(input_tokens=10**9 + 7, output_tokens=3 * 10**8 + 1))
    assert c.cost.estimates[0].input_price not in (Decimal("0.27"), Decimal("0.135"))
    assert c.inconsistencies() == []
    assert Comparison.from_json(c.to_json()) == c
