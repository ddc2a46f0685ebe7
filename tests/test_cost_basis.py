"""The cost section's basis and the deep dive say what the page's terms did (review 6).

Provider filters in the assumptions, the real reason no route carries a model, zero traffic,
unconfirmed and later-checked prices behind a bill, the stale-price list, and their wording.
"""

from __future__ import annotations

import datetime as dt

from phicompare import Traffic, compare
from phicompare.analysis.comparison import Comparison
from phicompare.analysis.cost import blended_price
from phicompare.cli.options import parse_traffic

DAY = dt.date(2026, 12, 1)


def _cost(c: Comparison, key: str) -> str:
    return next(claim.text for claim in c.narrative.cost if claim.key == key)


def _deep(c: Comparison) -> str:
    return " ".join(claim.text for paragraph in c.narrative.deep_dive for claim in paragraph)


def test_an_allowed_provider_is_stated_in_the_basis() -> None:
    """--provider: "the cheapest route on OpenRouter (... the only one this page allows)" (D1)."""
    c = compare("qwen3-32b", "deepseek-r1-distill-qwen-32b", providers=["openrouter"],
                as_of=DAY)
    text = _cost(c, "assumptions")
    assert ("the cheapest route on OpenRouter (of the providers listing these models, the only "
            "one this page allows) that is not deprecated and not a free tier.") in text
    assert c.check() == []


def test_excluded_providers_are_stated_and_the_maker_clause_says_so() -> None:
    """--exclude-provider: the excluded makers are named; the maker-first clause is hedged (D1)."""
    c = compare("gpt-4o", "claude-3-5-haiku-20241022", exclude_providers=["openai", "anthropic"],
                as_of=DAY)
    text = _cost(c, "assumptions")
    assert ("the cheapest route that is not on Anthropic or OpenAI (excluded by this page), not "
            "deprecated and not a free tier (for a closed-weight model, from its maker or from a "
            "major cloud or platform, of those this page allows)") in text
    assert c.check() == []


def test_a_filter_that_touches_no_route_is_not_stated() -> None:
    """Excluding a provider none of the models is on leaves the basis as it was."""
    plain = compare("phi-2", "phi-4-mini", as_of=DAY)
    filtered = compare("phi-2", "phi-4-mini", exclude_providers=["anthropic"], as_of=DAY)
    assert _cost(filtered, "assumptions") == _cost(plain, "assumptions")


def test_the_deep_dive_gives_the_provider_filter_as_the_reason() -> None:
    """Routes left out by the provider filter are not "none can carry this traffic" (D2)."""
    c = compare("qwen3-32b", "deepseek-r1-distill-qwen-32b", providers=["openrouter"],
                as_of=DAY)
    deep = _deep(c)
    assert ("DeepSeek R1 Distill Qwen 32B has six routes in the catalog; none of them is on a "
            "provider this page allows.") in deep
    assert "carry this traffic" not in deep
    assert c.check() == []


def test_the_deep_dive_gives_a_missing_capability_as_the_reason() -> None:
    """As the verdict does: "none of those routes documents it", the requirement said once."""
    c = compare("phi-4", "phi-3-mini-128k", "phi-3.5-mini", requires={"function_calling"},
                as_of=DAY)
    deep = _deep(c)
    assert ("This page requires function calling: Phi-3 Mini 128K has three routes in the catalog "
            "and Phi-3.5 Mini has two; none of those routes documents it.") in deep
    assert "carry this traffic" not in deep
    assert c.check() == []


def test_the_deep_dive_gives_each_reason_when_they_differ() -> None:
    """Request size, free tier and no price: each reason with its count, never "traffic"."""
    traffic = parse_traffic("1000/day@301000:500")
    c = compare("gpt-4o", "gemini-2.5-flash", requires={"function_calling"}, traffic=traffic,
                as_of=DAY)
    deep = _deep(c)
    sentence = next(s for s in deep.split(". ") if s.startswith("GPT-4o has"))
    assert "carry this traffic" not in sentence
    assert "requests of 301,500 tokens" in sentence
    assert c.check() == []


def test_zero_traffic_bills_the_cheapest_per_token_route() -> None:
    """At 0:0 every bill is $0.00: the lowest per-token route bills, no "exactly as much" (D7)."""
    c = compare("phi-4", "gpt-4o-mini", traffic=Traffic(input_tokens=0, output_tokens=0),
                as_of=DAY)
    for i, e in enumerate(c.cost.estimates):
        assert e.monthly == 0
        blends = [blended_price(r.route.input, r.route.output, c.cost.blend)
                  for r in c.routes_of(i) if r.eligible and r.route.input is not None
                  and r.route.output is not None]
        if not c.models[i].open_weights:
            continue  # (maker-first: a closed-weight model keeps its maker's or a cloud's)
        assert e.blended == min(blends)
    assert c.cost.estimates[0].provider_name == "Kilo Gateway"
    page = " ".join(claim.text for claim in c.narrative.cost)
    # (Phi-4's: GPT-4o mini's Microsoft Foundry ties OpenAI at one price and wins on its
    # retirement date, review 29, F1)
    assert "Phi-4: Microsoft Foundry costs exactly as much as" not in page
    assert c.check() == []


def test_zero_traffic_ties_only_routes_priced_alike() -> None:
    """Routes tied at 0:0 are named as tied only where their per-token prices are equal too."""
    c = compare("phi-4", "gpt-4o-mini", traffic=Traffic(input_tokens=0, output_tokens=0),
                as_of=DAY)
    for i, e in enumerate(c.cost.estimates):
        rows = {r.provider_name: r for r in c.routes_of(i)}
        assert e.route is not None
        for name in e.tied_with:
            assert (rows[name].route.input, rows[name].route.output) == (e.route.input,
                                                                          e.route.output)


def test_a_bill_on_an_unconfirmed_route_says_so() -> None:
    """The cost sentence and the verdict's pick carry the unverified route's caveat (D17)."""
    c = compare("phi-3-mini-128k", "phi-3-mini-4k", as_of=DAY)
    assert "an unconfirmed listing that may have been retired" in _cost(c, "estimate:0")
    picks = " ".join(claim.text for claim in c.narrative.verdict)
    assert "unconfirmed" in picks
    assert c.check() == []


def test_the_stale_list_keeps_the_route_behind_the_bill() -> None:
    """Amazon Bedrock, behind Claude Sonnet 3.5 v2's bill, is in the stale-price list (D20)."""
    c = compare("claude-3-5-sonnet-20241022", "gpt-4.1", "gemini-2.0-flash", as_of=DAY)
    stale = next(s for s in _deep(c).split(". ") if s.startswith("Prices for Claude Sonnet 3.5"))
    assert "Amazon Bedrock (2025-05-22, the route behind the bill)" in stale
    assert c.check() == []


def test_a_price_checked_after_the_comparison_date_says_so() -> None:
    """--as-of in the past: a price checked later is no record of what it cost then (D21)."""
    c = compare("mistral-large-2411", "llama-3.1-70b-instruct", as_of=dt.date(2024, 9, 1))
    assert ("prices as last checked on 2024-12-18, after the comparison's date; what it cost "
            "on 2024-09-01 is not recorded") in _cost(c, "estimate:1")
    assert c.check() == []


def test_one_request_is_one_request() -> None:
    """"1 requests" reads "one request" (D26)."""
    c = compare("gpt-4o-mini", "gemini-2.0-flash", traffic=parse_traffic("1/month@10:10"),
                as_of=DAY)
    text = _cost(c, "assumptions")
    assert "one request," in text
    assert "1 requests" not in text
    assert c.check() == []


def test_one_token_is_one_token() -> None:
    """"1 output tokens" reads "1 output token"; a count past a thousand billion groups its
    digits, never "1000000B" (D26)."""
    c = compare("phi-4", "gpt-4o-mini", traffic=parse_traffic("999950:1"), as_of=DAY)
    text = _cost(c, "assumptions")
    assert "about 1M input tokens and 1 output token a month" in text
    assert c.check() == []
    # the largest month: 10^15 tokens, input and output together
    c = compare("phi-4", "gpt-4o-mini", traffic=parse_traffic("500000B:500000B"), as_of=DAY)
    assert "500,000B input and 500,000B output tokens a month" in _cost(c, "assumptions")
    assert c.check() == []


def test_a_tie_list_ends_with_and() -> None:
    """"costs exactly as much as Lambda Inference API and Helicone" (D27)."""
    c = compare("llama-4-scout-17b-instruct", "llama-4-maverick-17b-instruct", as_of=DAY)
    for e in c.cost.estimates:
        if e.choice and "exactly as much as" in e.choice and len(e.tied_with) > 1:
            tied = e.choice.split("exactly as much as ", 1)[1].split(";", 1)[0]
            assert " and " in tied, e.choice


def test_blended_prices_side_by_side_print_each_at_its_own_places() -> None:
    """"$0.104 ..., $0.2677 ... and $0.32": each at its own places, as every price on the page,
    never padded to a neighbour's ("$0.3200": review 32, #4; D28 had padded them)."""
    c = compare("llama-3.3-70b-instruct", "llama-4-maverick-17b-instruct", "qwen3-235b-a22b",
                as_of=DAY)
    text = _cost(c, "blend")
    figures = [w.rstrip(",") for w in text.split() if w.startswith("$")]
    assert figures == ["$0.104", "$0.2677", "$0.32"], figures
    assert c.check() == []


def test_a_model_with_no_route_is_not_said_again_in_the_deep_dive() -> None:
    """"With no route in force, Phi-1.5 cannot carry this traffic. With no route in force, Phi-1
    cannot carry this traffic." repeated the cost section's "no provider route in the catalog"
    once per model (review 6, D29): the cost section says it, the deep dive does not."""
    c = compare("phi-2", "phi-1.5", "phi-1", as_of=DAY)
    assert "no route in force" not in _deep(c)
    assert _cost(c, "estimate:1") == "Phi-1.5: no estimate, no provider route in the catalog."
    assert _cost(c, "estimate:2") == "Phi-1: no estimate, no provider route in the catalog."
    # before every price starts, the cost section says so too, and the deep dive does not
    later = compare("phi-4", "phi-4-mini", as_of=dt.date(2023, 1, 1))
    assert "no route in force" not in _deep(later)
    assert c.check() == []
    assert later.check() == []
