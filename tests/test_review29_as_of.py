"""Review 29, F2 (helper fixAW): `--as-of` pages name which bills are not on record that day.

`phicompare gpt-4o claude-3-5-sonnet-20240620 --as-of 2024-07-01` gave GPT-4o "the price dated
from 2024-05-13" in its cost section, yet its verdict said "what the bills were on 2024-07-01 is
not recorded": a price dated on or before the day is the price on that day, whenever it was
checked. The same page offered NanoGPT's price of 2026 as a "lower listing" beside it, without
saying when it was checked; and `pick --as-of 2024-06-01` ranked on prices of 2026 without the
caveat the pages carry.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import attrs

from phicompare import Catalog, Model, ProviderRoute, compare, recommend
from phicompare.cli.main import main
from phicompare.narrative.check import check_claims
from phicompare.narrative.listings import choice_text
from phicompare.narrative.reason_check import check_reasons

LATE = dt.date(2026, 7, 2)
DAY = dt.date(2024, 7, 1)
URL = "https://example.com/prices"


def _route(price: int, **more: object) -> ProviderRoute:
    return ProviderRoute(provider="p", input=Decimal(price), output=Decimal(price * 5),
                         source=URL, checked=LATE, **more)  # type: ignore[arg-type]


def _pair(a: ProviderRoute, b: ProviderRoute) -> Catalog:
    return Catalog(models=(
        Model(id="a", name="A", context_window=128_000, released=dt.date(2024, 5, 13), routes=(a,)),
        Model(id="b", name="B", context_window=200_000, released=dt.date(2024, 6, 20),
              routes=(b,))))


def _said(c: object, section: str) -> str:
    return " ".join(claim.text for claim in getattr(c.narrative, section))  # type: ignore[attr-defined]


def test_a_price_dated_before_the_day_is_on_record_whenever_it_was_checked() -> None:
    """A's price, checked in 2026, is dated from 2024-05-13: it is A's price on 2024-07-01.
    Only B's bill is unknown that day, and the verdict names it alone (it read "what the bills
    were on 2024-07-01 is not recorded", beside a cost section giving A's dated price)."""
    dated = _route(5, effective_from=dt.date(2024, 5, 13))
    c = compare("a", "b", catalog=_pair(dated, _route(3)), as_of=DAY)
    cost = _said(c, "cost")
    assert "for the price dated from 2024-05-13" in cost, cost
    verdict = _said(c, "verdict")
    assert "what the bills were" not in verdict, verdict
    # (B's caveat said once: it went on "; what B's bill was on 2024-07-01 is not recorded",
    # fixCE)
    assert ("Pick B for the lower bill at this traffic ($6,150.00 a month, at prices checked on "
            "2026-07-02, after the comparison's date)") in verdict, verdict
    assert "not recorded" not in verdict, verdict
    glance = _said(c, "at_a_glance")
    assert "B for the lower bill at this traffic (at prices checked after the comparison's date)" \
        in glance, glance
    assert c.check() == []


def test_a_lower_bill_known_on_the_day_names_the_rival_s_that_is_not() -> None:
    """The lower bill is priced on the day, the dearer one only later: the pick says what is not
    recorded is the rival's bill, at a glance too; its own price is not called a later one."""
    dated = _route(2, effective_from=dt.date(2024, 5, 13))
    c = compare("a", "b", catalog=_pair(dated, _route(3)), as_of=DAY)
    verdict = _said(c, "verdict")
    assert ("Pick A for the lower bill at this traffic ($4,100.00 a month; what B's bill was on "
            "2024-07-01 is not recorded)") in verdict, verdict
    glance = _said(c, "at_a_glance")
    assert ("A for the lower bill at this traffic (what B's bill was on the comparison's date is "
            "not recorded)") in glance, glance
    assert c.check() == []
    # a contradicting fact fails the check: B's price dated on the day after all
    later = c.cost.estimates[1]
    assert later.route is not None
    moved = attrs.evolve(later, route=attrs.evolve(later.route, effective_from=DAY))
    bad = attrs.evolve(c, cost=attrs.evolve(c.cost, estimates=(c.cost.estimates[0], moved)))
    problems = check_claims(c.narrative, bad)
    assert any("B's bill was on" in problem for problem in problems), problems


def test_every_bill_priced_only_later_keeps_review_25_s_words() -> None:
    """Both undated and checked after the day: the pick is at the later prices, as before."""
    c = compare("a", "b", catalog=_pair(_route(2), _route(3)), as_of=DAY)
    verdict = _said(c, "verdict")
    assert ("Pick A for the lower bill at prices checked after the comparison's date "
            "($4,100.00 a month, as checked on 2026-07-02)") in verdict, verdict  # (once: fixCE)
    assert "not recorded" not in verdict, verdict
    assert c.check() == []


def test_the_review_s_page() -> None:
    """The page the review quoted: GPT-4o's bill is on record on 2024-07-01 (dated from
    2024-05-13), Claude Sonnet 3.5's is not; NanoGPT's lower listing, checked in 2026 and
    undated, is said to be at a price checked after the comparison's date."""
    c = compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of=DAY)
    page = " ".join(_said(c, section) for section in ("at_a_glance", "cost", "verdict"))
    assert "what the bills were on 2024-07-01" not in page
    assert ("Claude Sonnet 3.5: $6,150.00 a month on Anthropic, at $3.00 input and $15.00 output "
            "per 1M tokens, prices as last checked on 2026-07-02, after the comparison's date; "
            "what it cost on 2024-07-01 is not recorded") in page, page
    verdict = _said(c, "verdict")  # (its pick says its later price once: fixCE)
    assert "($6,150.00 a month, at prices checked on 2026-07-02, after the comparison's date)" \
        in verdict, verdict
    passed = c.cost.estimates[0].passed_bills
    assert passed
    assert passed[0].provider_name == "NanoGPT"
    assert passed[0].effective_from is None
    assert passed[0].checked is not None
    assert passed[0].checked > DAY
    assert (f"(NanoGPT at $4,498.20 a month, at prices checked on {passed[0].checked}, after the "
            "comparison's date)") in page, page
    assert c.check() == []
    # today the listing's price is on record: said as before
    now = compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of=dt.date(2026, 11, 30))
    assert "(NanoGPT at $4,498.20 a month)" in _said(now, "cost")
    assert now.check() == []


def test_pick_in_the_past_says_its_bills_are_priced_after_its_date() -> None:
    """`pick --as-of 2024-06-01` ranked on prices of 2026 without a word on it."""
    r = recommend(as_of=dt.date(2024, 6, 1), limit=3)
    summary = [claim.text for claim in r.reasons.summary]
    assert ("Every bill listed rests on prices checked after 2024-06-01: what they were on that "
            "date is not recorded, so the order is at those later prices.") in summary, summary
    first = r.reasons.candidates[0][0].text
    checked = r.candidates[0].route.checked  # type: ignore[union-attr]
    assert first.endswith(f"; prices as last checked on {checked}, after the comparison's date; "
                          "what it cost on 2024-06-01 is not recorded."), first
    assert r.check() == []
    # a contradicting fact fails the check: the first bill's price dated by then
    c = r.candidates[0]
    assert c.route is not None
    dated = attrs.evolve(c, estimate=attrs.evolve(c.estimate, route=attrs.evolve(
        c.route, effective_from=dt.date(2024, 1, 1))))
    bad = attrs.evolve(r, candidates=(dated, *r.candidates[1:]))
    assert check_reasons(r.reasons, bad), "a dated price contradicts the words"
    # on a date the prices were checked by: no such words
    today = recommend(limit=3)
    assert not any("after the comparison's date" in claim.text
                   for _, claims in today.reasons.sections() for claim in claims)
    out = io.StringIO()
    assert main(["pick", "--as-of", "2024-06-01", "--limit", "2"], out) == 0
    assert "Every bill listed rests on prices checked after 2024-06-01" in " ".join(
        out.getvalue().split())


def test_several_rivals_not_on_record_are_named_together() -> None:
    """A's price dated by the day, B's and C's only later: the lowest bill names both."""
    dated = _route(1, effective_from=dt.date(2024, 5, 13))
    c_model = Model(id="c", name="C", context_window=128_000, released=dt.date(2024, 5, 1),
                    routes=(_route(4),))
    catalog = Catalog(models=(*_pair(dated, _route(3)).models, c_model))
    c = compare("a", "b", "c", catalog=catalog, as_of=DAY)
    verdict = _said(c, "verdict")
    assert ("Pick A for the lowest bill at this traffic ($2,050.00 a month; what B's and C's "
            "bills were on 2024-07-01 is not recorded)") in verdict, verdict
    assert c.check() == []


def test_a_later_listing_among_several_passed_over_keeps_the_count() -> None:
    """"(Kilo Gateway at $865.00 a month, at prices checked on 2026-07-02, after the comparison's
    date; and two more)": the date belongs to the listing named, the count follows."""
    c = compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of=DAY)
    e = c.cost.estimates[0]
    more = attrs.evolve(e, passed_bills=(*e.passed_bills, *e.passed_bills, *e.passed_bills))
    text = choice_text(more, (), DAY)
    assert text is not None
    assert text.endswith(f"(NanoGPT at $4,498.20 a month, at prices checked on "
                         f"{e.passed_bills[0].checked}, after the comparison's date; and two "
                         "more)"), text
    today = choice_text(more, ())  # (no date given: no caveat)
    assert today is not None
    assert "after the comparison's date" not in today
