"""Review 30, #4 and #5 (helper fixBB): `--as-of` pages on record and on release dates.

#4: `phicompare gpt-4o claude-3-5-sonnet-20240620 --as-of 2024-06-01` said in its verdict "the
only one with a bill ($7,750.00 a month, at prices checked on 2026-09-29, after the comparison's
date)" while its cost section gave that price "dated from 2024-05-13": a price dated on or
before the day is on record for it (``ProviderRoute.priced_on``), whichever line says it.

#5: the same page's summary said "Claude Sonnet 3.5 has no eligible priced route" and its
Tradeoffs offered Claude Sonnet 3.5's longer context; `phi-2 phi-4-mini --as-of 2023-01-01` said
"No model here has an eligible priced route". A model released after the page's date is "not
released until" its date in the summary, and Tradeoffs make no offer for it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, ProviderRoute, compare

LATE = dt.date(2026, 7, 2)
DAY = dt.date(2024, 6, 1)
URL = "https://example.com/prices"


def _route(price: int | None, **more: object) -> ProviderRoute:
    prices = {} if price is None else {"input": Decimal(price), "output": Decimal(price * 5)}
    return ProviderRoute(provider="p", source=URL, checked=LATE,
                         **prices, **more)  # type: ignore[arg-type]


def _pair(a: ProviderRoute, b: ProviderRoute, released_b: dt.date) -> Catalog:
    return Catalog(models=(
        Model(id="a", name="A", context_window=128_000, released=dt.date(2024, 5, 13), routes=(a,)),
        Model(id="b", name="B", context_window=200_000, released=released_b, routes=(b,))))


def _said(c: object, section: str) -> str:
    return " ".join(claim.text for claim in getattr(c.narrative, section))  # type: ignore[attr-defined]


def test_the_only_bill_dated_before_the_day_is_not_called_a_later_price() -> None:
    """B comes out after the day; A's price, checked in 2026, is dated from 2024-05-13: the
    verdict gives A's bill bare, as the cost section gives its dated price (#4)."""
    dated = _route(5, effective_from=dt.date(2024, 5, 13))
    c = compare("a", "b", catalog=_pair(dated, _route(3), dt.date(2024, 6, 20)), as_of=DAY)
    verdict = _said(c, "verdict")
    assert "and the only one with a bill ($10,250.00 a month)." in verdict, verdict
    assert "checked on 2026-07-02" not in verdict, verdict
    assert c.check() == []
    # undated, the same price is no record of the day: said so, as before
    c = compare("a", "b", catalog=_pair(_route(5), _route(3), dt.date(2024, 6, 20)), as_of=DAY)
    verdict = _said(c, "verdict")
    assert ("and the only one with a bill ($10,250.00 a month, at prices checked on 2026-07-02, "
            "after the comparison's date)") in verdict, verdict
    assert c.check() == []


def test_the_only_bill_beside_an_unpriced_rival_follows_the_same_rule() -> None:
    """B is out by the day but has no priced route: A's dated bill is "the only bill" with no
    later-price caveat, in the verdict and at a glance (#4: every such line, one rule)."""
    dated = _route(5, effective_from=dt.date(2024, 5, 13))
    c = compare("a", "b", catalog=_pair(dated, _route(None), dt.date(2024, 5, 20)), as_of=DAY)
    page = _said(c, "verdict") + _said(c, "at_a_glance")
    assert "$10,250.00 a month" in page, page
    assert "after the comparison's date" not in page, page
    assert c.check() == []
    c = compare("a", "b", catalog=_pair(_route(5), _route(None), dt.date(2024, 5, 20)), as_of=DAY)
    page = _said(c, "verdict") + _said(c, "at_a_glance")
    assert "at prices checked on 2026-07-02, after the comparison's date" in page, page
    assert c.check() == []


def test_the_review_s_page_is_on_record_and_names_the_unreleased_model() -> None:
    """The review's page: GPT-4o's bill bare in the verdict; the summary says Claude Sonnet 3.5
    was not released until 2024-06-20; Tradeoffs offer nothing for it (#4, #5)."""
    c = compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of=DAY)
    verdict = _said(c, "verdict")
    assert "the only one with a bill ($7,750.00 a month)." in verdict, verdict
    summary = _said(c, "summary")
    assert "Claude Sonnet 3.5 was not released until 2024-06-20." in summary, summary
    assert "Claude Sonnet 3.5 has no eligible priced route" not in summary, summary
    tradeoffs = [claim.text for claim in c.narrative.tradeoffs]
    assert tradeoffs == [("Claude Sonnet 3.5 was not released until 2024-06-20, after the "
                          "comparison's date (2024-06-01): no tradeoff with it on that date.")]
    assert c.check() == []
    # a month later it is out: its bill and its longer context are back
    later = compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of=dt.date(2024, 7, 1))
    assert "takes longer prompts" in _said(later, "tradeoffs")
    assert "not released until" not in _said(later, "summary")


def test_a_page_before_both_releases_says_so_in_its_summary() -> None:
    """`phi-2 phi-4-mini --as-of 2023-01-01`: neither is out, so no bill, and the summary says
    why in the verdict's words; Tradeoffs offer neither model's strengths (#5)."""
    c = compare("phi-2", "phi-4-mini", as_of=dt.date(2023, 1, 1))
    summary = _said(c, "summary")
    assert ("Phi-2 and Phi-4 Mini were not released until 2023-12-12 and 2025-02-26 "
            "respectively, so no monthly estimate is made.") in summary, summary
    assert "No model here has an eligible priced route" not in summary, summary
    tradeoffs = _said(c, "tradeoffs")
    assert tradeoffs == ("Phi-2 and Phi-4 Mini were not released until 2023-12-12 and "
                         "2025-02-26 respectively, after the comparison's date (2023-01-01): no "
                         "tradeoff between them on that date."), tradeoffs
    assert c.check() == []


def test_a_third_model_out_on_the_day_keeps_the_tradeoffs_of_the_other_two() -> None:
    """Of three, the one released after the day is said once; a bullet naming it goes, the
    released pair's own bullets stay."""
    c = compare("phi-3-mini-128k", "phi-3.5-mini", "phi-4-mini", as_of=dt.date(2024, 12, 1))
    tradeoffs = [claim.text for claim in c.narrative.tradeoffs]
    assert tradeoffs[-1].startswith("Phi-4 Mini was not released until 2025-02-26"), tradeoffs
    assert not any("Phi-4 Mini" in text for text in tradeoffs[:-1]), tradeoffs
    assert c.check() == []
