"""What `pick` says of each candidate (review 7, F34, F27, F15): the route its bill is on, the
priority benchmark once, free tiers apart from the priced ranking, money at one scale."""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import Traffic, recommend

DAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def closed() -> list[str]:
    """The finding's run: closed weights, vision and structured outputs, GPQA first."""
    r = recommend(open_weights=False, requires=["vision", "structured_outputs"], budget=2000,
                  priorities=["gpqa"], traffic=Traffic(input_tokens=300_000_000,
                                                       output_tokens=100_000_000),
                  as_of=DAY)
    assert not r.check()
    return [" ".join(c.text for c in claims) for claims in r.reasons.candidates]


def test_a_closed_models_reseller_bill_says_why_and_what_its_makers_route_is(
        closed: list[str]) -> None:
    """F34: Gemini 2.0 Flash-Lite billed on Poe says no maker's or cloud's route is eligible,
    and that Google's own route is deprecated."""
    first = next(t for t in closed if t.startswith("Gemini 2.0 Flash-Lite:"))
    assert "no route from its maker or a major cloud is eligible" in first
    assert "Google: deprecated" in first


def test_a_missing_priority_score_is_said_once(closed: list[str]) -> None:
    """F34: "GPQA could not order ...: no GPQA score for A and B", not again "No GPQA score"."""
    for text in closed:
        assert text.count("no GPQA score") + text.count("No GPQA score") <= 1, text
    assert any("no GPQA score for Gemini 2.5 Flash Lite Preview and " in t for t in closed)


def test_a_priority_scores_description_is_not_a_setting(closed: list[str]) -> None:
    """F34: GPQA's "Challenging dataset of questions ..." describes the benchmark."""
    assert not any("Challenging dataset" in t for t in closed)
