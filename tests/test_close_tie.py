"""Close bills equal to the cent are a tie, not "within 5% of each other" (review 24, P5).

Rule 8: ties and noise are said as such. ``phicompare gpt-5 claude-sonnet-4-5 gemini-2.5-pro``
said "GPT-5 and Gemini 2.5 Pro are cheapest, within 5% of each other" and at a glance "for the
lowest bills, about the same cost" of two bills of $3,500.00 each, while the two-model page
said "a tie". Two of three bills alike now "tie for cheapest", and the claim checks they are.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from phicompare import Catalog, Provider, Traffic, compare
from phicompare.analysis.comparison import Comparison
from phicompare.narrative.check import check_claims
from tests.helpers import one_route_model

DAY = dt.date(2026, 11, 25)


def _compare(*prices: str) -> Comparison:
    models = tuple(one_route_model(m, p, DAY) for m, p in zip("abc", prices, strict=True))
    catalog = Catalog(models=models, providers=(Provider(id="p", name="P"),))
    c = compare("a", "b", "c", catalog=catalog, traffic=Traffic(), as_of=DAY)
    assert c.check() == []
    return c


def test_two_equal_bills_of_three_tie_for_cheapest() -> None:
    c = _compare("1", "1", "3")
    text = c.to_markdown()
    assert "A and B tie for cheapest." in text, text
    assert "A and B for the lowest bill, a tie" in text, text
    assert "within 5%" not in text, text
    assert "about the same cost" not in text, text


def test_close_bills_that_differ_stay_within_the_share() -> None:
    text = _compare("1", "1.01", "3").to_markdown()
    assert "A and B are cheapest, within 5% of each other." in text, text
    assert "for the lowest bills, about the same cost" in text, text
    assert "tie for cheapest" not in text, text


def test_the_tie_is_checked_against_the_bills() -> None:
    c = _compare("1", "1", "3")
    estimates = list(c.cost.estimates)
    monthly = estimates[1].monthly
    assert monthly is not None
    estimates[1] = attrs.evolve(estimates[1], monthly=monthly + Decimal("0.01"))
    broken = attrs.evolve(c, cost=attrs.evolve(c.cost, estimates=tuple(estimates)))
    problems = check_claims(c.narrative, broken)
    assert any("tie for cheapest" in p and "asserts ==" in p for p in problems), problems
