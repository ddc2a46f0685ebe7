"""A bill on a free tier is said to be one wherever a bill is shown: prose, tables, pick."""

from __future__ import annotations

import datetime as dt

from phicompare import compare, recommend
from phicompare.cli.pick import render_pick
from phicompare.domain.pricing import RouteStatus
from phicompare.render.highlights import cheapest

from .helpers import free_tier_sets

AS_OF = dt.date(2026, 11, 30)
SET = ("gemma-3n-e2b-it", "gemma-3-4b", "phi-2")


def _texts(claims: object) -> str:
    return " ".join(claim.text for claim in claims)  # type: ignore[attr-defined]


def test_the_cost_section_says_a_free_tier_bill_is_a_free_tiers() -> None:
    """With include_free the cost section read "Gemma 3n E2b It: $0.00 a month on NVIDIA NIM
    (API catalog), at $0.00 input ..." and "Gemma 3n E2b It is cheapest; the dearest costs
    $105.00 a month more": a free tier's bill stated as a price, and called cheapest."""
    c = compare(*SET, include_free=True, as_of=AS_OF)
    assert c.cost.free_indexes == (0,)
    cost = _texts(c.narrative.cost)
    assert ("Gemma 3n E2B IT: $0.00 a month on NVIDIA NIM (API catalog), a free tier whose "
            "usage limits the data does not record, at $0.00 input") in cost
    assert "Gemma 3n E2B IT is cheapest" not in cost
    assert "The gap between the two priced bills is $53.00 a month, in favour of Gemma 3 4B." \
        in cost
    # (each at its own places, review 32 #4: "$0.00 for ... (a free tier), $0.052 for ...")
    assert "$0.00 for Gemma 3n E2B IT (a free tier)" in cost
    summary = _texts(c.narrative.summary)
    assert "Gemma 3n E2B IT is cheapest" not in summary
    # (Gemma 3 4B on Amazon Bedrock, priced 2026-09-29, over OpenRouter's price as much, checked
    # on 2026-05-15, more than 180 days before: review 30; Bedrock's retirement on 2027-03-30
    # is beyond the 90 days' notice, so it ranks nothing)
    assert ("the bills are Gemma 3 4B $52.00 and Phi-2 $105.00: Gemma 3 4B is $53.00 cheaper; "
            "Gemma 3n E2B IT is billed $0.00 on a free tier, which is not a price.") in summary
    assert c.check() == []


def test_one_price_beside_a_free_tier_is_no_comparison() -> None:
    """Two models, one on a free tier alone: the summary states both bills and says which is
    a free tier's; nothing is "cheaper"."""
    c = compare("gemma-3n-e2b-it", "gemma-3-4b", include_free=True, as_of=AS_OF)
    summary = _texts(c.narrative.summary)
    assert ("the bills are Gemma 3n E2B IT $0.00 (on a free tier, which is not a price) and "
            "Gemma 3 4B $52.00.") in summary
    assert "cheaper" not in summary
    assert "cheaper" not in _texts(c.narrative.cost)
    assert c.check() == []


def test_tables_tag_a_free_tier_bill_and_mark_no_cheaper() -> None:
    """The pricing and scorecard tables say "free tier" beside a free tier's bill; the HTML
    page tagged its $0.00 "cheaper"."""
    c = compare(*SET, include_free=True, as_of=AS_OF)
    assert cheapest(c) == frozenset()
    html = c.to_html()
    assert '<span class="tag">cheaper</span>' not in html
    for page in (c.to_markdown(), c.to_text(width=200), html):
        assert "$0.00 (free tier)" in page
        assert "NVIDIA NIM (API catalog), free tier" in page
    assert "Gemma 3n E2B IT on NVIDIA NIM (API catalog), free tier: $0.00 a month" in \
        c.to_text(width=200)


def test_free_tier_bills_are_said_so_in_bundled_sets() -> None:
    """Bundled sets with a model on free tiers alone (seeded sample), include_free: no
    sentence calls a free tier's bill cheapest, and every estimate on one says so."""
    seen = 0
    for models, c in free_tier_sets(11, 40, AS_OF):
        said = _texts(c.narrative.cost) + " " + _texts(c.narrative.summary)
        for i in c.cost.free_indexes:
            seen += 1
            name = c.names[i]
            assert f"{name} is cheapest" not in said, models
            assert f"{name} is $" not in said, models
            assert f"{name} costs less" not in said, models
            assert any(claim.text.startswith(f"{name}: ") and "free tier" in claim.text
                       for claim in c.narrative.cost), models
        assert c.check() == [], models
    assert seen > 10


def test_pick_lists_free_tiers_apart_and_ranks_priced_bills() -> None:
    """`pick --include-free` ranked free-only models first with "$0.00 a month on GitHub
    Models"; a free tier is no price, so free tiers are listed apart and never ranked (review 7,
    F27)."""
    r = recommend(include_free=True, as_of=AS_OF, limit=None)
    assert all(c.route is not None and c.route.status is not RouteStatus.FREE_TIER
               for c in r.candidates)
    assert r.free_tiers
    assert all(c.route is not None and c.route.status is RouteStatus.FREE_TIER
               for c in r.free_tiers)
    said = _texts(r.reasons.summary)
    assert "every requirement, not ranked: a free tier is not a price" in said  # (R2)
    assert r.check() == []
    table = render_pick(recommend(include_free=True, as_of=AS_OF, limit=2), 100)
    assert "(free tier)" not in table
    assert "Big Pickle on OpenCode Zen" in table  # a free tier named with its host
