"""What `pick` says of each candidate (review 7, F34, F27, F15): the route its bill is on, the
priority benchmark once, free tiers apart from the priced ranking, money at one scale."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from phicompare import Recommendation, Traffic, recommend

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


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_a_closed_models_reseller_bill_says_why_and_what_its_makers_route_is() -> None:
    """F34: Gemini 2.0 Flash-Lite billed on Poe says no maker's or cloud's route is eligible,
    and that Google's own route is deprecated. Dated before 2026-06-01, when Google shut the
    model down and every route of it retired (review 18, P2)."""
    r = recommend(open_weights=False, requires=["vision", "structured_outputs"], budget=2000,
                  priorities=["gpqa"], traffic=Traffic(input_tokens=300_000_000,
                                                       output_tokens=100_000_000),
                  as_of=dt.date(2026, 5, 1))
    assert not r.check()
    texts = [" ".join(c.text for c in claims) for claims in r.reasons.candidates]
    first = next(t for t in texts if t.startswith("Gemini 2.0 Flash-Lite:"))
    assert "no route from its maker or from a major cloud or platform is eligible" in first
    assert "Google: deprecated" in first


def test_a_missing_priority_score_is_said_once(closed: list[str]) -> None:
    """F34: "GPQA could not order ...: no GPQA score for A or B", not again "No GPQA score"
    (review 23, P10: "for A or B", each without one, never "for A and B", a joint score); the
    rank line above it leaves the reason to it and shows the ids that order the tie."""
    for text in closed:
        assert text.count("no GPQA score") + text.count("No GPQA score") <= 1, text
        assert "no priority benchmark orders them" not in text, text
    tied = [t for t in closed if "no GPQA score for Gemini 2.5 Flash Lite Preview 06-17 or " in t]
    assert tied
    assert all(re.search(r"so they are listed by id \([\w.-]+ before [\w.-]+\)\.", t)
               for t in tied), tied


def test_a_priority_scores_description_is_not_a_setting(closed: list[str]) -> None:
    """F34: GPQA's "Challenging dataset of questions ..." describes the benchmark."""
    assert not any("Challenging dataset" in t for t in closed)


@pytest.fixture(scope="module")
def free() -> tuple[Recommendation, str]:
    """The finding's run: reasoning and function calling, free tiers counted, a $50 budget."""
    from phicompare.cli.pick import render_pick

    r = recommend(requires=["reasoning", "function_calling"], include_free=True, budget=50,
                  traffic=Traffic.from_requests(per_day=2000, input_tokens=4000,
                                                output_tokens=1000), as_of=DAY)
    assert not r.check()
    return r, " ".join(render_pick(r, 100).split())


def test_free_tiers_are_listed_apart_from_the_priced_ranking(
        free: tuple[Recommendation, str]) -> None:
    """F27: the ranked candidates are priced bills within the budget; free tiers come apart,
    never "within the budget" nor "the same bill" as another."""
    r, text = free
    assert r.candidates
    assert all(c.route is not None and c.route.status.value != "free-tier"
               for c in r.candidates)
    # the same ranking, bills and routes (a free tier's reason differs: "not a price to rank"
    # under the flag, "not counted unless free tiers are included" without: review 21, P7)
    plain = recommend(requires=["reasoning", "function_calling"], budget=50, as_of=DAY,
                      traffic=Traffic.from_requests(per_day=2000, input_tokens=4000,
                                                    output_tokens=1000)).candidates
    assert [(c.model.id, c.rank, c.monthly, c.route) for c in r.candidates] == [
        (c.model.id, c.rank, c.monthly, c.route) for c in plain]
    assert r.free_tiers
    assert "usage limits" in text
    assert "Big Pickle on OpenCode Zen" in text
    assert "free tier, which is not a price" not in text
    assert "$0.00" not in text


def test_pick_json_gives_money_at_one_scale() -> None:
    """F15: "117.000", "155.0", "51.50" in one list; every amount now reads exactly, to the cent
    at least ("117.00", "155.00"), more places only where the amount has them."""
    import re

    r = recommend(requires=["function_calling", "vision"], open_weights=True, budget=300,
                  min_context=128_000, as_of=DAY)
    data = r.to_dict()
    amounts = [data["budget"], *(c[k] for c in data["candidates"] for k in ("monthly", "gap")),
               *(k["actual"] for c in data["candidates"] for k in c["checks"]
                 if k["kind"] == "budget")]
    assert amounts
    for amount in amounts:
        assert re.fullmatch(r"\d+\.\d\d(\d*[1-9])?", amount), amount


@pytest.mark.parametrize(("value", "text"), [
    ("117.000", "117.00"), ("155.0", "155.00"), ("300", "300.00"), ("51.50", "51.50"),
    ("0.0066", "0.0066"), ("1E+3", "1000.00"), ("0.10500", "0.105")])
def test_money_text(value: str, text: str) -> None:
    from decimal import Decimal

    from phicompare.analysis.cost import money_text

    assert money_text(Decimal(value)) == text

