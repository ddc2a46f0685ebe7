"""Which route an equal bill goes to: the notice, then the price's age, tier, window, checked date.

Review 30: ranking equal bills by retirement date alone billed stale listings (GPT-4o 2024-08-06
on Microsoft Foundry, its price checked on 2024-09-09, over OpenAI's same price checked on
2026-07-02, for retiring three months later; Claude Haiku 3 on Amazon Bedrock, checked on
2024-03-15, over Google Vertex AI, checked on 2025-05-22, by name alone).
"""

from __future__ import annotations

import datetime as dt

import attrs

from phicompare import ProviderRoute, compare
from tests.test_provider_choice import _passed, _route

DAY = dt.date(2026, 11, 25)
_STALE = ("a price checked within 180 days of the comparison's date is preferred to an older "
          "one")
_FRESHER = "the price checked most recently is preferred"
_RECORD = "a price on record on the comparison's date is preferred to one checked after it"


def _checked(provider: str, checked: dt.date, retires: dt.date | None = None) -> ProviderRoute:
    return attrs.evolve(_route(provider, "2"), checked=checked, retires=retires)


def test_a_stale_price_gives_way_to_a_fresher_one_before_the_tier() -> None:
    """The maker's own price, checked more than 180 days before the page's date, loses to a
    cloud's at the same bill, checked since; the tie says why, and calls neither "also"."""
    routes = (_checked("zeta-lab", dt.date(2025, 3, 1)), _checked("big-cloud", dt.date(2026, 7, 2)))
    c = compare("m", "n", catalog=_passed(*routes), as_of=DAY)
    e = c.cost.estimates[0]
    assert e.provider_name == "Big Cloud"
    assert e.choice is not None
    assert f"Big Cloud costs exactly as much as Zeta Lab ({_STALE})" in e.choice
    assert "also" not in e.choice
    assert any(cl.key == "choice:0" and e.choice in cl.text for cl in c.narrative.cost)
    assert c.check() == []


def test_the_notice_ranks_before_the_price_s_age() -> None:
    """A fresh price retiring within 90 days loses to a stale one that stays (rule 1 before 2):
    the page warns of either, and a route that goes away cannot carry the bill."""
    routes = (_checked("zeta-lab", dt.date(2026, 7, 2), retires=dt.date(2027, 1, 14)),
              _checked("big-cloud", dt.date(2024, 9, 9)))
    e = compare("m", "n", catalog=_passed(*routes), as_of=DAY).cost.estimates[0]
    assert e.provider_name == "Big Cloud"
    assert e.choice is not None
    assert ("(a route that does not retire within 90 days of the comparison's date is preferred "
            "to one that does: Zeta Lab's retires on 2027-01-14)") in e.choice


def test_a_price_checked_after_the_page_s_date_is_no_record_of_it() -> None:
    """Review 31, #1: on an as-of page, the maker's price checked after the page's date (so
    "checked" a negative number of days before it) counted as fresh and beat a cloud's price on
    record that day; it ranks below, and below a stale price on record too, and the tie says
    which rule decided it."""
    later = _checked("zeta-lab", dt.date(2026, 12, 1))
    for cloud in (dt.date(2026, 9, 1), dt.date(2025, 1, 1)):  # on record: fresh, then stale
        c = compare("m", "n", catalog=_passed(later, _checked("big-cloud", cloud)), as_of=DAY)
        e = c.cost.estimates[0]
        assert e.provider_name == "Big Cloud"
        assert e.choice is not None
        assert f"Big Cloud costs exactly as much as Zeta Lab ({_RECORD})" in e.choice
        assert _STALE not in e.choice
        assert any(cl.key == "choice:0" and e.choice in cl.text for cl in c.narrative.cost)
        assert c.check() == []
    # a price dated from before the page's date is on record, whenever it was checked
    dated = attrs.evolve(later, effective_from=dt.date(2026, 1, 1))
    e = compare("m", "n", catalog=_passed(dated, _checked("big-cloud", dt.date(2026, 9, 1))),
                as_of=DAY).cost.estimates[0]
    assert e.provider_name == "Zeta Lab"


def test_the_as_of_pages_of_review_31() -> None:
    """GPT-3.5 Turbo 0125 on 2025-08-01 goes to OpenAI's price (checked 2024-09-09) over
    Microsoft Foundry's checked 2026-07-02; Claude Haiku 3 to Google Vertex AI's (checked
    2025-05-22) over Anthropic's checked 2026-07-02 and Amazon Bedrock's stale one."""
    c = compare("gpt-3.5-turbo-0125", "claude-3-haiku", as_of=dt.date(2025, 8, 1))
    gpt, haiku = c.cost.estimates
    assert (gpt.provider_name, haiku.provider_name) == ("OpenAI", "Google Vertex AI")
    assert gpt.choice is not None
    assert _RECORD in gpt.choice
    assert _STALE not in gpt.choice
    assert haiku.choice is not None
    assert (f"({_RECORD}, Anthropic's; then {_STALE}, Amazon Bedrock's)") in haiku.choice
    assert c.check() == []


def test_each_rule_names_the_routes_it_put_behind_where_others_are_left() -> None:
    """Review 31, #2: Llama 4 Scout's tie read "...; then the route that takes the longest
    context is preferred, though Kilo Gateway takes 327,680 tokens against 10,000,000 on Lambda
    Inference API", Lambda's price being stale: the age names Lambda, the window compares only
    the routes left (Helicone's 131,072), and says no "though". Of two routes the age names
    none: Qwen2.5 7B's (Gemma 3 4B's, Bedrock's and OpenRouter's, until review 33 gave
    OpenRouter's its later, higher price)."""
    c = compare("qwen2.5-7b", "llama-4-scout", as_of=dt.date(2026, 12, 3))
    qwen, scout = c.cost.estimates
    assert qwen.choice == f"DeepInfra costs exactly as much as OpenRouter; {_STALE}"
    assert scout.choice == (
        "Kilo Gateway costs exactly as much as Helicone and Lambda Inference API; "
        f"{_STALE}, Lambda Inference API's; then the route that takes the longest context is "
        "preferred")
    claim = next(cl for cl in c.narrative.cost if cl.key == "choice:1")
    assert "though" not in claim.text
    assert c.check() == []


def test_of_one_tier_the_price_checked_most_recently_wins_before_the_name() -> None:
    """Both clouds' prices stale (or both fresh): the later checked date, not the name."""
    for dates in ((dt.date(2024, 3, 15), dt.date(2025, 5, 22)),
                  (dt.date(2026, 7, 2), dt.date(2026, 9, 1))):
        routes = (_checked("big-cloud", dates[0]), _checked("other-cloud", dates[1]))
        c = compare("m", "n", catalog=_passed(*routes), as_of=DAY)
        e = c.cost.estimates[0]
        assert e.provider_name == "Other Cloud"
        assert e.choice is not None
        assert ("Other Cloud costs exactly as much as Big Cloud, also a major cloud or platform "
                f"({_FRESHER})") in e.choice
        assert any(cl.key == "choice:0" and e.choice in cl.text for cl in c.narrative.cost)
        assert c.check() == []


def test_the_pages_of_review_30() -> None:
    """GPT-4o (2024-08-06) goes to OpenAI's fresh price while its retirement (2027-01-14) is
    beyond the notice, to Microsoft Foundry's once it is within it; Claude Haiku 3 to Google
    Vertex AI, checked later than Amazon Bedrock (both more than 180 days before)."""
    c = compare("gpt-4o-2024-08-06", "claude-3-haiku", as_of=dt.date(2026, 10, 1))
    gpt, haiku = c.cost.estimates
    assert (gpt.provider_name, haiku.provider_name) == ("OpenAI", "Google Vertex AI")
    assert gpt.choice is not None
    assert f"({_STALE})" in gpt.choice
    assert haiku.choice is not None
    assert f"({_FRESHER})" in haiku.choice
    assert c.check() == []
    later = compare("gpt-4o-2024-08-06", "claude-3-haiku",
                    as_of=dt.date(2026, 12, 3)).cost.estimates[0]
    assert later.provider_name == "Microsoft Foundry"


def test_no_shorter_window_is_said_of_a_route_taking_the_input_limit() -> None:
    """Review 30, #2: GPT-5 Mini's bill on Microsoft Foundry's 272K route, its input limit, read
    "though Microsoft Foundry takes 272K tokens against 400K on OpenAI": no prompt is cut."""
    c = compare("gpt-5-mini", "gemini-3-flash-preview", as_of=dt.date(2026, 12, 3))
    assert c.cost.estimates[0].provider_name == "Microsoft Foundry"
    claim = next(cl for cl in c.narrative.cost if cl.key == "choice:0")
    assert "though" not in claim.text
    assert c.check() == []


def test_the_notice_names_the_route_it_put_behind_and_its_date() -> None:
    """Review 31, #3: GPT-4o's, GPT-4o mini's and GPT-5 Mini's ties said "a route that does not
    retire within 90 days ... is preferred to one that does" and never which or when."""
    c = compare("gpt-4o", "gpt-4o-mini", "gpt-5-mini", as_of=dt.date(2026, 12, 3))
    dates = ("2027-01-14", "2027-01-14", "2026-12-11")
    for e, date in zip(c.cost.estimates, dates, strict=True):
        assert e.provider_name == "Microsoft Foundry"
        assert e.choice is not None
        assert f"preferred to one that does: OpenAI's retires on {date})" in e.choice
    assert c.check() == []
