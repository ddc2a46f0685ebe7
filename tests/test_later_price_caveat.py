"""A bill priced only after the comparison's date: the FAQ says so, and the verdict says it once.

On an ``--as-of`` page earlier than the prices' checked dates the summary, the line at a glance
and the verdict said "at prices checked after the comparison's date"; the FAQ's "which is
cheaper" answered bare, and the verdict's pick said it twice: "($6,150.00 a month, at prices
checked on 2026-07-02, after the comparison's date; what Claude Sonnet 3.5's bill was on
2024-07-01 is not recorded)" (stop 53's closing note).
"""

from __future__ import annotations

import datetime as dt

from phicompare import Comparison, compare

LATER = "at prices checked after the comparison's date"


def _faq(c: Comparison) -> str:
    return next(q for q in c.narrative.faq if q.key == "cheaper").answer[0].text


def test_the_faq_says_the_answers_bill_is_priced_later() -> None:
    """`phicompare gpt-4o claude-3-5-sonnet-20240620 --as-of 2024-07-01`: Claude Sonnet 3.5's
    bill has no price on record for the date (GPT-4o's is dated from 2024-05-13)."""
    c = compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of=dt.date(2024, 7, 1))
    assert _faq(c) == ("Claude Sonnet 3.5, at 800M input and 250M output tokens a month and the "
                       f"route behind each bill, {LATER}.")
    summary = next(claim.text for claim in c.narrative.summary if claim.key == "cheaper")
    assert summary.endswith(f"cheaper, {LATER}."), summary  # (as the summary says it)
    assert c.check() == []


def test_the_faq_names_a_rivals_bill_not_priced_on_the_date() -> None:
    """GPT-4o's bill is priced on 2024-07-01, Claude Opus 3's only after: named, as the verdict
    names it."""
    c = compare("gpt-4o", "claude-3-opus", as_of=dt.date(2024, 7, 1))
    assert _faq(c).endswith(
        "the route behind each bill; what Claude Opus 3's bill was on 2024-07-01 is not "
        "recorded."), _faq(c)
    assert ("($7,750.00 a month; what Claude Opus 3's bill was on 2024-07-01 is not recorded)"
            in c.narrative.verdict[0].text)
    assert c.check() == []


def test_every_bill_priced_later() -> None:
    c = compare("phi-2", "phi-4-mini", as_of=dt.date(2025, 3, 1))
    assert _faq(c).endswith(  # (the listing's caveat said with it: helper fixDD)
        f"its cheapest eligible route, on an unconfirmed listing and {LATER}."), _faq(c)
    pick = c.narrative.verdict[0].text
    assert pick.startswith(f"Pick Phi-2 for the lower bill {LATER} ($105.00 a month,"), pick
    assert "not recorded" not in pick, pick  # (the pick says the later prices once)
    assert c.narrative.at_a_glance[0].text.startswith(  # (unchanged)
        f"Phi-2 for the lower bill ({LATER}; on an unconfirmed listing"), c.narrative.at_a_glance
    assert c.check() == []


def test_the_verdict_says_its_own_bills_later_price_once() -> None:
    c = compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of=dt.date(2024, 7, 1))
    pick = c.narrative.verdict[1].text
    assert pick.startswith("Pick Claude Sonnet 3.5 for the lower bill at this traffic "
                           "($6,150.00 a month, at prices checked on "), pick
    assert pick.count("after the comparison's date") == 1, pick
    assert "not recorded" not in pick, pick
    assert c.narrative.at_a_glance[0].text.endswith(  # (unchanged)
        f"Claude Sonnet 3.5 for the lower bill at this traffic ({LATER}) and a longer context.")
    # the others' bills still named: Claude Opus 3's, beside Claude Sonnet 3.5's own
    three = compare("gpt-4o", "claude-3-opus", "claude-3-5-sonnet-20240620",
                    as_of=dt.date(2024, 7, 1))
    pick = three.narrative.verdict[2].text
    assert ("after the comparison's date; what Claude Opus 3's bill was on 2024-07-01 is not "
            "recorded)") in pick, pick
    assert three.check() == []


def test_a_tie_of_bills_priced_later_keeps_its_caveat_at_a_glance() -> None:
    c = compare("phi-3-mini-128k", "phi-4-mini", "phi-2", as_of=dt.date(2025, 3, 1))
    assert f"both bills {LATER}" in c.narrative.at_a_glance[0].text
    assert "not recorded" not in " ".join(claim.text for claim in c.narrative.verdict)
    assert c.check() == []


def test_no_caveat_on_prices_known_on_the_date() -> None:
    c = compare("phi-2", "phi-4-mini", as_of=dt.date(2026, 11, 30))
    assert _faq(c) == ("Phi-2, at 800M input and 250M output tokens a month and its cheapest "
                       "eligible route, on an unconfirmed listing.")  # (no later price: fixDD)
