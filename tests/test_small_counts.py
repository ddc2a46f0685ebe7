"""Counts under ten in words beside words, and a lower listing shown lower (review 8, G17)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from phicompare import ProviderRoute, Traffic, compare, recommend
from phicompare.cli.model_view import tiers_note as _tiers_note
from phicompare.domain.pricing import Tier

_SUB_CENT = Traffic(input_tokens=3_600, output_tokens=120, requests=3)


def _cost_text(c: object) -> str:
    return " ".join(claim.text for claim in c.narrative.cost)  # type: ignore[attr-defined]


def test_more_listings_are_counted_in_words() -> None:
    """"(QiHang at $8.05 a month, and 2 more)" read "2" beside "and"; now "and two more"."""
    c = compare("gemini-2.5-flash", "gpt-4o-mini", "llama-3.2-3b", include_free=True,
                traffic=Traffic(input_tokens=50_000_000, output_tokens=5_000_000))
    text = _cost_text(c)
    assert "and two more)" in text, text
    assert "and 2 more" not in text
    assert c.check() == []


def test_a_lower_listing_at_an_equal_shown_bill_gives_its_prices() -> None:
    """Both bills "under $0.01": the page cannot show the listing is lower by its bill, so it
    gives the listing's prices (Poe's $0.14/$0.54 against OpenAI's $0.15/$0.60)."""
    c = compare("gpt-4o-mini", "claude-3-5-haiku-20241022", "gemini-2.0-flash",
                traffic=_SUB_CENT, as_of=dt.date(2026, 12, 1))
    text = _cost_text(c)
    assert "(Poe at under $0.01 a month" not in text, text
    mini = c.cost.estimates[0]
    assert mini.passed_bills
    poe = mini.passed_bills[0]
    assert poe.input_price < (mini.input_price or 0) or poe.output_price < (mini.output_price or 0)
    assert (f"(Poe: ${poe.input_price:.2f} input and ${poe.output_price:.2f} output per 1M "
            "tokens, under $0.01 a month, and one more)") in text, text
    assert c.check() == []


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_pick_says_how_many_are_listed_in_words() -> None:
    r = recommend(requires=["reasoning", "function_calling"], priorities=["gpqa"],
                  budget="500", limit=8)
    said = [claim.text for claim in r.reasons.summary]
    assert "The cheapest eight are listed." in said, said
    assert r.check() == []


def test_show_counts_the_routes_without_tiers_in_words() -> None:
    day = dt.date(2026, 11, 25)
    tiered = ProviderRoute(provider="g", input=Decimal(1), output=Decimal(2), source="s",
                           checked=day, tiers=(Tier(above_input_tokens=200_000,
                                                    input=Decimal(2)),))
    plain = ProviderRoute(provider="p", input=Decimal(1), output=Decimal(2), source="s",
                          checked=day)
    note = _tiers_note((tiered, plain, plain), ("Google", "P", "Q"))
    assert note.endswith("none listed on the other two routes."), note


def test_pick_says_the_one_listed_in_the_singular() -> None:
    """`pick --limit 1` read "The cheapest one are listed."."""
    r = recommend(requires=["vision"], limit=1)
    said = [claim.text for claim in r.reasons.summary]
    # (its near-ties past the limit said too: "Of the three cheapest, ..., one is listed.")
    assert any(text.endswith(" one is listed.") for text in said), said
    assert r.check() == []
