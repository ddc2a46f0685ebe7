"""A bill that rests on its route's listing above the model's own record says so: an output limit
(review 9, H8) and, by the same one rule, a context window (review 10, I9)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from phicompare import Comparison, Model, ProviderRoute, Traffic, compare
from phicompare.analysis.recommend import recommend
from phicompare.narrative.claims import CheckOp
from tests.helpers import pqr_catalog

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"
LONG_PROMPTS = Traffic(input_tokens=1_500_000_000, output_tokens=2_000_000, requests=1_000)
"""1,000 requests a month, each of 1,500,000 input and 2,000 output tokens (1,502,000)."""
WINDOW = ("a listing whose context window, 2,000,000 tokens, is above the model's own "
          "1,048,576, which requests of 1,502,000 tokens need")


def _route(provider: str, price: str = "0.01", **kw: Any) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source=URL, checked=DAY, **kw)


def _models() -> tuple[Model, Model]:
    a = Model(id="a", name="A", context_window=1_048_576, released=dt.date(2025, 1, 1),
              routes=(_route("p", context_window=2_000_000), _route("q")))
    b = Model(id="b", name="B", context_window=10_000_000, released=dt.date(2025, 1, 1),
              routes=(_route("r", "1"),))
    return a, b


def _compare(*models: Model, **kw: Any) -> Comparison:
    return compare(*models, catalog=pqr_catalog(*models), as_of=DAY,
                   traffic=kw.pop("traffic", LONG_PROMPTS), **kw)


def test_a_bill_on_a_route_listing_a_wider_window_than_its_model_says_so() -> None:
    """Review 10, I9: Gemini 2.0 Flash-Lite's 1,502,000-token requests were billed on 302.AI's
    2,000,000-token listing, twice the model's own 1,048,576, and the bills read "about the same
    cost" with nothing to say the bill rests on that listing."""
    a, b = _models()
    c = _compare(a, b)
    assert c.cost.estimates[0].provider_name == "P"
    assert c.check() == []
    md = c.to_markdown()
    assert f"cheaper; its bill is on {WINDOW}." in md  # the summary (A just named: fixAR)
    assert f"prices as last checked on 2026-11-25 ({WINDOW})." in md  # the cost line
    verdict = [claim.text for claim in c.narrative.verdict]
    assert any(t.startswith("Pick A for the lower bill at this traffic (")
               and t.endswith(f", on {WINDOW}).") for t in verdict), verdict
    assert "B's bill is on" not in md  # its own window holds the requests
    r = recommend(catalog=pqr_catalog(a, b), traffic=LONG_PROMPTS, as_of=DAY)
    first = r.reasons.candidates[0][0].text
    assert first.endswith(f"per 1M tokens; the bill is on {WINDOW}.")
    assert r.check() == []


def test_a_minimum_context_is_not_met_on_a_wider_listing_alone() -> None:
    """Review 10, I9: `pick --min-context 1.5M` read "takes 2M tokens on 302.AI" where the
    maker's record, 1,048,576, is under the context asked; review 30, F9: such a listing meets
    no minimum context (the model does not qualify on it), as ``list --min-context`` reads the
    model's own window."""
    a, b = _models()
    r = recommend(catalog=pqr_catalog(a, b), min_context=1_500_000, as_of=DAY,
                  explain_rejected=True)
    assert [cand.model.id for cand in r.candidates] == ["b"]
    # (R lists no window: the model's record meets it, and says so: review 21, P8)
    assert ("Meets each requirement: released 2025-01-01, takes 10,000,000 tokens by the model's "
            "own record (R lists no window).") in [claim.text for claim in r.reasons.candidates[0]]
    assert [cand.model.id for cand in r.rejected] == ["a"]
    p_row = next(row for row in r.rejected[0].routes if row.route.provider == "p")
    assert p_row.reason == ("context window of 2,000,000 tokens listed, above the model's own "
                            "1,048,576, which is under the 1,500,000 asked")
    assert r.check() == []
    small = recommend(catalog=pqr_catalog(a, b), min_context=1_000_000, as_of=DAY)
    texts = [claim.text for claim in small.reasons.candidates[0]]
    assert ("Meets each requirement: released 2025-01-01, takes 1,048,576 tokens by the model's "
            "own record (P's listing of 2,000,000 is above it).") in texts
    assert small.check() == []


def test_requests_the_model_own_window_holds_say_nothing_of_the_listing() -> None:
    a, b = _models()
    short = _compare(a, b, traffic=Traffic(input_tokens=500_000_000, output_tokens=2_000_000,
                                           requests=1_000))
    assert "is above the model's own" not in short.to_markdown()
    assert short.check() == []


def test_a_minimum_context_met_prints_the_window_to_the_token() -> None:
    """Review 11, K6: `pick --min-context 260K` read "takes 256K tokens on OpenRouter" for a
    262,144-token window: a figure below the 260,000 asked, though the window meets it."""
    wide = Model(id="w", name="W", context_window=262_144, released=dt.date(2025, 1, 1),
                 routes=(_route("p", context_window=262_144),))
    r = recommend(catalog=pqr_catalog(wide), min_context=260_000, as_of=DAY)
    texts = [claim.text for claim in r.reasons.candidates[0]]
    assert "Meets each requirement: released 2025-01-01, takes 262,144 tokens on P." in texts, texts
    assert "256K" not in str(texts)
    assert r.check() == []


def _at_most(claims: Any, need: str) -> list[tuple[str, ...]]:
    """The "need at most the listing's" checks on ``need`` (a traffic path) among ``claims``."""
    return [tuple(str(p) for p in check.paths) for claim in claims for check in claim.checks
            if check.op is CheckOp.AT_MOST and str(check.paths[0]) == need]


def test_responses_exactly_as_long_as_the_listing_allows_pass_the_check() -> None:
    """Review 26, P2: responses of 16,384 tokens on Kilo Gateway's 16,384-token listing of Llama
    3.2 11B Vision (its own limit 8,192) failed four claims: their check was "responses <
    limit", where the sentence and the bill mean "at most" (16,383 tokens passed)."""
    c = compare("llama-3.2-11b-vision-instruct", "mistral-large-2512",
                traffic=Traffic.from_requests(per_day=1000, input_tokens=16_384,
                                              output_tokens=16_384))
    words = ("a listing whose output limit, 16,384 tokens, is above the model's own 8,192, "
             "which responses of 16,384 tokens need")
    assert c.cost.estimates[0].route is not None
    assert c.cost.estimates[0].route.max_output_tokens == 16_384
    assert f"cheaper; its bill is on {words}." in c.to_markdown()  # (the model just named)
    assert c.check() == []
    assert _at_most(c.narrative.claims(), "traffic.request_output_tokens")


def test_requests_exactly_as_large_as_the_listed_window_pass_the_check() -> None:
    """Review 26, P2: requests of 2,000,000 tokens, the whole of P's listed window (the model's
    own is 1,048,576), are what the bill takes: the claim checks "requests at most the
    window" (it had no check on the requests), on the page and in a pick."""
    a, b = _models()
    whole = Traffic(input_tokens=1_998_000_000, output_tokens=2_000_000, requests=1_000)
    c = _compare(a, b, traffic=whole)
    words = ("a listing whose context window, 2,000,000 tokens, is above the model's own "
             "1,048,576, which requests of 2,000,000 tokens need")
    assert c.cost.estimates[0].provider_name == "P"
    assert f"cheaper; its bill is on {words}." in c.to_markdown()
    assert c.check() == []
    assert ("traffic.request_tokens", "cost.estimates[0].route.context_window") in _at_most(
        c.narrative.claims(), "traffic.request_tokens")
    r = recommend(catalog=pqr_catalog(a, b), traffic=whole, as_of=DAY)
    assert r.reasons.candidates[0][0].text.endswith(f"; the bill is on {words}.")
    assert r.check() == []
