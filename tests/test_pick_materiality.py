"""`pick` says when the next candidates cost about the same as the first (review 16, P4).

The comparison calls bills within its materiality share of the lowest (5%) "about the same
cost"; `pick` ranked the same three bills, $51.45, $51.50 and $52.00, with "Ranked first: no
model that meets every requirement costs less" and a "$0.05 a month more" as if the gap were a
reason. The rank lines now say which bills are within that share of the first, in every format.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from phicompare import Catalog, Model, ProviderRoute, Recommendation, Traffic, recommend
from phicompare.analysis.facts import DEFAULT_MATERIALITY
from phicompare.analysis.ranking import OrderBasis
from phicompare.cli.pick import to_json

from .strategies import AS_OF, PROVIDERS, traffics

DAY = dt.date(2026, 12, 2)


@pytest.fixture(scope="module")
def vision() -> Recommendation:
    """The finding's run: vision, a $300 budget, three listed."""
    r = recommend(requires=["vision"], budget=300, limit=3, as_of=DAY)
    assert [c.model.id for c in r.candidates] == [
        "llama-3.2-11b-vision-instruct", "gemma-3-27b-it", "gemma-3-4b"]
    assert not r.check()
    return r


FIRST = ("Ranked first: no model that meets every requirement costs less, though Gemma 3 27B "
         "and Gemma 3 4B cost about the same, within 5% of its bill.")
SECOND = ("Ranked second: $0.05 a month more than Llama 3.2 11B Vision Instruct, within 5% of "
          "its bill: about the same cost.")
THIRD = ("Ranked third: $0.55 a month more than Llama 3.2 11B Vision Instruct, within 5% of "
         "its bill: about the same cost.")


def test_the_rank_lines_say_the_bills_are_about_the_same(vision: Recommendation) -> None:
    """P4: $51.50 and $52.00 are within 5% of $51.45, as the comparison of the three says."""
    lines = [" ".join(c.text for c in claims) for claims in vision.reasons.candidates]
    assert FIRST in lines[0], lines[0]
    assert SECOND in lines[1], lines[1]
    assert THIRD in lines[2], lines[2]


def test_every_format_and_the_json_say_it(vision: Recommendation) -> None:
    """P4: text, Markdown, HTML and the JSON's reasons alike."""
    text = " ".join(vision.to_text(width=200).split())
    assert FIRST in text
    assert SECOND in text
    assert FIRST in vision.to_markdown()
    assert FIRST in vision.to_html()
    assert FIRST in to_json(vision)["reasons"]["candidates"][0]
    assert vision.to_dict()["materiality"] == "0.05"


def test_the_share_is_the_comparisons() -> None:
    """The one materiality share, the comparison's default (never a copy of 5%)."""
    r = recommend(limit=2, as_of=DAY)
    assert r.materiality is DEFAULT_MATERIALITY


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_a_material_gap_says_nothing_of_it() -> None:
    """A bill more than 5% above the first's keeps its line: "$11.70 a month more than ..."."""
    r = recommend(traffic=Traffic.from_requests(per_day=10_000, input_tokens=1_500,
                                                output_tokens=300),
                  requires=["structured_outputs"], budget="200", limit=2,
                  as_of=dt.date(2026, 11, 25))
    first, second = (" ".join(c.text for c in claims) for claims in r.reasons.candidates)
    low, bill = r.candidates[0].monthly, r.candidates[1].monthly
    assert low is not None
    assert bill is not None
    assert bill - low > low * DEFAULT_MATERIALITY
    assert "about the same" not in first + second


@st.composite
def near_bills(draw: st.DrawFn) -> Catalog:
    """Two to six models, one priced route each, prices 0% to 12% above a base: bills on
    either side of 5% of the lowest, and some equal."""
    base = draw(st.sampled_from([Decimal("0.10"), Decimal("1"), Decimal("2.5")]))
    models = []
    for i in range(draw(st.integers(2, 6))):
        price = base * (100 + draw(st.integers(0, 12))) / 100
        route = ProviderRoute(provider=draw(st.sampled_from([p.id for p in PROVIDERS])),
                              input=price, output=price * draw(st.sampled_from([1, 2])),
                              source="https://example.com", checked=AS_OF)
        models.append(Model(id=f"m{i}", name=f"Model {i}", routes=(route,)))
    return Catalog(models=tuple(models), providers=PROVIDERS)


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(near_bills(), traffics())
def test_about_the_same_is_said_exactly_of_the_bills_within_the_share(
        catalog: Catalog, traffic: Traffic) -> None:
    """Property: a ranked-by-cost line says "about the same cost" exactly where its bill is
    within 5% of the first's (and prints apart from it); the first's line names exactly those
    within it, a bill equal to its own as "the same bill" (review 26, P7); the reasons check."""
    r = recommend(catalog, traffic=traffic, as_of=AS_OF, limit=None)
    assert not r.check()
    if len(r.candidates) < 2:
        return
    low = r.candidates[0].monthly
    assert low is not None
    close, same = [], []
    for i, c in enumerate(r.candidates[1:], start=1):
        assert c.monthly is not None
        within = c.monthly - low <= low * Decimal("0.05")
        if within:
            close.append(c.model.name)
            same.append(c.monthly == low)
        rank = next(k for k in r.reasons.candidates[i] if k.key.startswith("rank:")).text
        if c.placement is not None and c.placement.basis is OrderBasis.COST and c.shown_gap:
            assert ("about the same cost" in rank) is within, rank
    first = next(k for k in r.reasons.candidates[0] if k.key.startswith("rank:")).text
    assert ("about the same" in first) is (not all(same)), first
    assert ("the same bill" in first) is any(same), first
    if 0 < len(close) <= 3:
        for name in close:
            assert name in first, (name, first)
