"""Listings lower only through prices the bill's route lacks; a bill after a fallback; a slight
crossover (review 40, helper fixDH).

1. ``phicompare claude-sonnet-4-0 claude-opus-4-1 --traffic 10000/day@2000:500 --cached 0.5
   --cache-write 0.1 --batch 0.3`` said "a reseller's lower listing ... does not set the bill
   (Poe at $2,844.00 a month, and 18 more)": 15 of those list Amazon Bedrock's own $3.00 and
   $15.00 and bill less only through cache prices Bedrock's record lacks; the summary stated
   Claude Sonnet 4's $4,050.00 with no word that its cached input is billed at the input price.
2. ``phicompare o3 o4-mini``: "Once OpenAI's route behind o3's bill retires, the bill would be
   $3,240.00 a month on Poe" never said why a reseller then sets the bill.
3. ``phicompare llama-4-maverick-17b-instruct qwen3-235b-a22b``: the summary's crossover rested
   on output prices of $0.60 against $0.603 (0.5%, under the 5% materiality), and the cost
   section did not say that the crossover holds each model on its bill's route.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from phicompare import Comparison, Traffic, compare
from phicompare.narrative.check import check_claims

DAY = dt.date(2026, 12, 3)


def _texts(claims: object) -> str:
    return " ".join(claim.text for claim in claims)  # type: ignore[attr-defined]


def _sonnet() -> Comparison:
    traffic = attrs.evolve(Traffic.parse("10000/day@2000:500"), cached_share=Decimal("0.5"),
                           cache_write_share=Decimal("0.1"), batch_share=Decimal("0.3"))
    return compare("claude-sonnet-4-0", "claude-opus-4-1", traffic=traffic, as_of=DAY)


def test_listings_at_the_bill_s_own_prices_are_said_apart_from_lower_listings() -> None:
    c = _sonnet()
    cost = _texts(c.narrative.cost)
    assert ("a reseller's lower listing of a closed-weight model does not set the bill (Poe at "
            "$2,844.00 a month, and three more); 15 routes at the same list price bill "
            "$3,285.00 because they list cache prices; Amazon Bedrock's are not on "
            "record.") in cost
    assert "18 more" not in cost
    assert c.check() == []


def test_the_summary_states_a_bill_s_missing_cache_prices_beside_it() -> None:
    c = _sonnet()
    summary = _texts(c.narrative.summary)
    # Helper fixDN: the record lacks the fields (unknown), so they are "not on record", not a
    # listing that "lists no" such price.
    assert ("the bills are Claude Sonnet 4 $4,050.00 (Amazon Bedrock's cache-read, cache-write "
            "and batch prices are not on record, so those tokens are billed at the standard "
            "prices) and Claude Opus 4.1 $16,425.00 (Amazon Bedrock's batch price is not on "
            "record, so those tokens are billed at the standard prices): Claude Sonnet 4 is "
            "$12,375.00 cheaper") in summary
    assert "lists no" not in c.to_markdown()
    route = c.cost.estimates[0].route
    assert route is not None
    assert (route.cache_read, route.cache_write, route.batch_input, route.batch_discount) == (
        None, None, None, None)
    claim = next(claim for claim in c.narrative.summary if "cheaper" in claim.text)
    paths = {e.path for e in claim.evidence}
    assert {"cost.estimates[0].notes[0]", "cost.estimates[0].notes[1]"} <= paths


def test_a_same_price_listing_s_checks_fail_where_its_prices_differ() -> None:
    """The same-price clause's checks read the listing's prices: a tampered one fails them."""
    c = _sonnet()
    e = c.cost.estimates[0]
    bills = list(e.passed_bills)
    k = next(k for k, b in enumerate(bills) if b.input_price == e.input_price)
    bills[k] = attrs.evolve(bills[k], input_price=Decimal("2.50"))
    changed = attrs.evolve(c, cost=attrs.evolve(c.cost, estimates=(
        attrs.evolve(e, passed_bills=tuple(bills)), *c.cost.estimates[1:])))
    assert any("passed_bills" in problem for problem in check_claims(c.narrative, changed))


def test_a_bill_after_retirement_on_a_reseller_says_why() -> None:
    c = compare("o3", "o4-mini", as_of=DAY)
    deep = " ".join(_texts(part) for part in c.narrative.deep_dive)
    assert ("Once OpenAI's route behind o3's bill retires, the bill would be $3,240.00 a month "
            "on Poe, as no route from its maker or from a major cloud or platform would be "
            "eligible.") in deep
    assert c.check() == []


def test_a_crossover_under_materiality_stays_out_of_the_summary() -> None:
    c = compare("llama-4-maverick-17b-instruct", "qwen3-235b-a22b", as_of=DAY)
    assert c.cost.crossovers  # (the facts keep it)
    assert "point opposite ways" not in _texts(c.narrative.summary)
    cost = _texts(c.narrative.cost)
    assert "Qwen3 235B-A22B costs less while input is under 3.8% of tokens" in cost
    assert ("The routes are the bills' own, held fixed: at that share Llama 4 Maverick 17B "
            "Instruct would cost less on Abacus than on Cortecs and Qwen3 235B-A22B would cost "
            "less on NanoGPT than on DeepInfra.") in cost
    assert c.check() == []


def test_a_material_crossover_stays_in_the_summary() -> None:
    c = compare("phi-2", "phi-4-mini", as_of=dt.date(2026, 11, 25))
    assert ("Their per-token prices point opposite ways: with more than about 88.9% of tokens "
            "as input, Phi-4 Mini would cost less.") in _texts(c.narrative.summary)
