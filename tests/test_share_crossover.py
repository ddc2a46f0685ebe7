"""With a cached or batch share, the crossover is the bills' and the prices quoted make the bill.

Review 17, P1: with half the input cached, the summary of Gemma 3 27B and Llama 3.2 11B Vision
Instruct put the crossover at the list prices' 76.3% input ("Gemma 3 27B would cost less"
above it) on a page whose traffic is 76.2% input and whose bills already favour Gemma 3 27B
(they meet at 71.8%, where the HTML chart draws it); and the cost section quoted "$0.03 input
and $0.11 output", which make $51.50, beside a $47.50 bill.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings, strategies as st

from phicompare import Traffic, compare

_AS_OF = dt.date(2026, 12, 2)
_PAIR = ("gemma-3-27b", "llama-3.2-11b-vision-instruct")


def _page(traffic: Traffic) -> str:
    c = compare(*_PAIR, traffic=traffic, requires=["vision"], as_of=_AS_OF)
    assert c.check() == []
    return c.to_text(width=10_000)


def test_the_crossover_at_a_cache_share_is_where_the_bills_meet() -> None:
    """71.8% (the bills at a 50% cache share), not the list prices' 76.3%, said as the bills'."""
    c = compare(*_PAIR, traffic=Traffic(cached_share=Decimal("0.5")), requires=["vision"],
                as_of=_AS_OF)
    assert c.check() == []
    (cross,) = c.cost.crossovers
    assert cross.shares
    assert not cross.tiered
    assert cross.input_share.quantize(Decimal("0.001")) == Decimal("0.718")
    page = c.to_markdown()
    assert "76.3%" not in page
    assert "would cost less" not in page
    assert ("Their bills cross once as the input share moves, the traffic's cache share "
            "counted: Llama 3.2 11B Vision Instruct costs less while input is under about "
            "71.8% of tokens; above that, Gemma 3 27B does.") in page


def test_the_cost_section_quotes_the_prices_that_make_its_bill() -> None:
    """"$0.03 input, $0.02 cached input and $0.11 output", as pick's line quotes them."""
    page = _page(Traffic(cached_share=Decimal("0.5")))
    assert ("Gemma 3 27B: $47.50 a month on Kilo Gateway, at $0.03 input, $0.02 cached input "
            "and $0.11 output per 1M tokens") in page
    # the note on Llama's cached input is said once, in the notes, not in its bill's line too
    assert page.count("no cache-read price is listed") == 1


def test_without_shares_the_list_price_crossover_stays() -> None:
    """No share: the crossover is the prices' and reads as before."""
    c = compare(*_PAIR, requires=["vision"], as_of=_AS_OF)
    (cross,) = c.cost.crossovers
    assert not cross.shares
    assert "76.3%" in c.to_markdown()


@settings(max_examples=40, deadline=None)
@given(cached=st.sampled_from(["0", "0.1", "0.3", "0.5", "0.8"]),
       batch=st.sampled_from(["0", "0.5"]),
       input_m=st.integers(min_value=10, max_value=2_000),
       output_m=st.integers(min_value=10, max_value=2_000))
def test_the_crossover_s_side_agrees_with_the_bills(cached: str, batch: str, input_m: int,
                                                    output_m: int) -> None:
    """At the page's traffic, the model the crossover puts on the traffic's side is not the
    dearer bill."""
    traffic = Traffic(input_tokens=input_m * 1_000_000, output_tokens=output_m * 1_000_000,
                      cached_share=Decimal(cached), batch_share=Decimal(batch))
    for pair in (_PAIR, ("phi-4-mini", "phi-2"), ("gpt-4o-mini", "gemma-3-27b")):
        c = compare(*pair, traffic=traffic, as_of=_AS_OF)
        share = Decimal(input_m) / (input_m + output_m)
        bills = [e.monthly for e in c.cost.estimates]
        for cross in c.cost.crossovers:
            if abs(share - cross.input_share) < Decimal("0.001"):
                continue  # (at the crossover itself the bills are within rounding)
            cheaper = (cross.cheaper_input_index if share > cross.input_share
                       else cross.cheaper_output_index)
            other = (cross.cheaper_output_index if share > cross.input_share
                     else cross.cheaper_input_index)
            low, high = bills[cheaper], bills[other]
            assert low is not None
            assert high is not None
            assert low <= high, (pair, cross)
