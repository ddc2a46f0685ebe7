"""A bill on a free tier is no price: never a reason to pick a model, never a cost rival."""

from __future__ import annotations

import datetime as dt

from phicompare import compare
from phicompare.domain.pricing import RouteStatus

from .helpers import free_tier_sets

AS_OF = dt.date(2026, 11, 30)


def _verdict(c: object) -> list[str]:
    return [claim.text for claim in c.narrative.verdict]  # type: ignore[attr-defined]


def test_a_model_with_only_a_free_tier_is_no_pick_for_its_bill() -> None:
    """Gemma 3n E2b It is listed on NVIDIA NIM's free tier alone: with include_free its bill
    is $0.00, and the verdict read "Pick Gemma 3n E2b It for the lower bill at this traffic
    ($0.00 a month)" (review 5, P8). It says why its bill is no advantage instead."""
    c = compare("gemma-3n-e2b-it", "gemma-3-4b", include_free=True, as_of=AS_OF)
    assert all(r.status is RouteStatus.FREE_TIER for r in c.models[0].routes)
    assert c.cost.free_indexes == (0,)
    verdict = _verdict(c)
    # (its card's audio and video input, which Gemma 3 4B's do not list: review 14, N2)
    assert verdict[0] == ("Pick Gemma 3n E2B IT for audio input and video input; it has no "
                          "priced bill at this traffic, and would run on the free tier on "
                          "NVIDIA NIM (API catalog), whose usage limits the data does not "
                          "record, or from its published weights.")  # (review 22, P2)
    assert "lower bill" not in " ".join(verdict)
    # Gemma 3 4B's $52.00 is the only priced bill: a free tier is no price (review 12, L9)
    # (NVIDIA NIM's free route reads the card's 32K since its 128,000 listing is above it:
    # the window is Gemma 3 4B's reason again)
    # (on Amazon Bedrock's route, priced 2026-09-29, over OpenRouter's price as much, checked on
    # 2026-05-15, more than 180 days before: review 30)
    assert verdict[1] == ("Pick Gemma 3 4B for a longer context (128K tokens), or if you need a "
                          "priced route: it is the only one with a priced bill ($52.00 a month; "
                          "Gemma 3n E2B IT has no eligible priced route).")  # (helper fixCJ)
    glance = " ".join(claim.text for claim in c.narrative.at_a_glance)
    assert glance == ("Gemma 3n E2B IT, on a free tier or its published weights, for audio "
                      "input and video input; Gemma 3 4B for a longer context, or if you need "
                      "a priced route, the only one with a priced bill.")
    assert not any(q.key == "cheaper" for q in c.narrative.faq)
    assert c.check() == []


def test_a_free_tier_bill_is_no_rival_to_the_priced_ones() -> None:
    """Beside Gemma 3n E2b It's free tier, Gemma 3 4B ($52.00) still has a lower bill than
    Phi-2 ($105.00), as it does without include_free; the free tier took that from it."""
    plain = compare("gemma-3n-e2b-it", "gemma-3-4b", "phi-2", as_of=AS_OF)
    free = compare("gemma-3n-e2b-it", "gemma-3-4b", "phi-2", include_free=True, as_of=AS_OF)
    # (Gemma 3n E2B IT's window is its card's 32K since review 14, N2, and NVIDIA NIM's free
    # route, whose 128,000 listing is above it, reads it too: Gemma 3 4B's 128K is the longest
    # with free tiers or without)
    lower = "Pick Gemma 3 4B for a lower bill than Phi-2 ($52.00 a month)"  # (review 30, above)
    vision = "vision over Phi-2 (which Gemma 3n E2B IT shares)."
    assert f"{lower}, a longer context (128K tokens), and {vision}" in _verdict(plain)  # (F20)
    assert f"{lower}, a longer context (128K tokens), and {vision}" in _verdict(free)
    # no bill's reason; where it would run, as a pick without a priced bill says (L9)
    assert _verdict(free)[0] == (
        "Pick Gemma 3n E2B IT for vision over Phi-2 (which Gemma 3 4B shares), "
        "audio input and video input; it has no priced bill at this traffic, and would run on "
        "the free tier on NVIDIA NIM (API catalog), whose usage limits the data does not "
        "record, or from its published weights.")
    assert free.cost.priced_close_indexes == (1,)
    assert free.check() == []
    assert plain.check() == []


def test_bills_on_free_tiers_are_no_lower_bill_than_a_price() -> None:
    """Phi-3 Medium 128K and 4K bill $0 on free tiers with include_free: the verdict picked
    each "for a lower bill than Phi-2"; their picks rest on their scores alone now. Dated the
    day before Microsoft Foundry retired both (2025-08-30), while each had a priced route beside
    its free tier (from that day on each is on the free tier alone, as in the test above)."""
    c = compare("phi-1", "phi-2", "phi-3-medium-128k", "phi-3-medium-4k", include_free=True,
                as_of=dt.date(2025, 8, 29))
    assert c.cost.free_indexes == (2, 3)
    assert not any("bill" in text for text in _verdict(c)[2:])
    assert c.check() == []


def test_free_tier_bills_never_earn_a_pick_on_cost() -> None:
    """Bundled sets with a model listed on free tiers alone (seeded sample), include_free: no
    verdict or line at a glance gives a bill on a free tier as the reason to pick a model."""
    seen = 0
    for models, c in free_tier_sets(9, 60, AS_OF):
        for i in c.cost.free_indexes:
            seen += 1
            name = c.names[i]
            # its free tier is no reason; a priced route beside it may be "the only priced
            # bill", and a pick without one says so (review 12, L9)
            pick = c.narrative.verdict[i].text.split(":")[0]
            pick = pick.replace("it has no priced bill at this traffic", "")
            assert "bill" not in pick.replace("the only one with a priced bill", ""), models
            assert "$0.00" not in pick, models
            said = [part.strip() for claim in c.narrative.at_a_glance
                    for part in claim.text.rstrip(".").split(";")]
            # (the listing a priced bill is on is that bill's caveat, not a free tier's bill)
            assert not any(part.startswith(name) and "bill" in part.replace(
                "the only one with a priced bill", "").replace(
                f"{name}'s priced bill is on", "") for part in said), models
        assert c.check() == [], models
    assert seen > 10


def test_a_free_tier_bill_after_another_model_s_clause_names_its_model() -> None:
    """"Gemma 3n E2B IT's routes offer the function calling it documents; its $0.00 bill is on
    a free tier" read as Gemma's bill: the bill's model is named (review 6, D22). And the
    tie-break does not call NVIDIA's own hosted service "a reseller"."""
    c = compare("phi-4-mini", "gemma-3n-e2b-it", include_free=True, as_of=AS_OF)
    verdict = _verdict(c)[0]
    # Phi-4 Mini's priced route beside its free tier is the only priced bill (review 12, L9's
    # leftover; the named bill after a clause on routes: the first test's Gemma 3n E2B IT)
    assert verdict == ("Pick Phi-4 Mini for a longer context (128K tokens), or if you need a "
                       "priced route: it is the only one with a priced bill ($135.00 a month "
                       "on Microsoft Foundry, on a route that retires on 2027-01-17, 48 days "
                       "after the comparison's date; Gemma 3n E2B IT has no eligible priced "
                       "route)."), verdict
    assert "; its $0.00" not in verdict
    # (beside Qwen2.5-Omni 7B, which takes the same inputs, Gemma 3n E2B IT has no pick: the
    # bill's clause follows one on its route; Gemma 3 4B lacks its audio input since N2)
    assert "Gemma 3n E2B IT's $0.00 bill is on a free tier" in _verdict(compare(
        "gemma-3n-e2b-it", "qwen2-5-omni-7b", include_free=True, as_of=AS_OF))[0]
    # the tie of two free tiers: GitHub Models' and NVIDIA's, until GitHub Models closed on
    # 2026-07-30
    tied = compare("phi-4-mini", "gemma-3n-e2b-it", include_free=True, as_of=dt.date(2026, 7, 29))
    assert tied.check() == []
    choice = tied.cost.estimates[0].choice or ""
    assert "NVIDIA NIM (API catalog)" in choice
    assert "reseller" not in choice, choice
    assert c.check() == []
