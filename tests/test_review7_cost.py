"""Review 7's cost findings: every page's money sentences agree with its own bills and tables."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from decimal import Decimal

import pytest

from phicompare import Traffic, compare
from phicompare.analysis.comparison import Comparison
from phicompare.analysis.cost import route_cost
from phicompare.analysis.crossing import bill_crossings, mixed
from phicompare.render import tables
from phicompare.render.blocks import Table
from phicompare.render.curves import curves, flips
from phicompare.render.svg import cost_chart


@pytest.fixture(scope="module")
def tiered() -> Comparison:
    """Gemini 2.5 Pro (tiered above 200K input) against Claude Sonnet 4.5 on 252K requests."""
    return compare("gemini-2.5-pro", "claude-sonnet-4-5",
                   traffic=Traffic.from_requests(per_day=2000, input_tokens=250_000,
                                                 output_tokens=2_000))


def _text(c: Comparison) -> str:
    return " ".join(cl.text for cl in (*c.narrative.summary, *c.narrative.cost))


def test_tiered_pair_states_every_crossover_of_its_bills(tiered: Comparison) -> None:
    """F11: with a long-context tier, the page names each point where the cheaper bill changes
    (79.4% and 95.2% input here), as the chart does, and never says Claude costs less below
    95.2% (under 79.4% input Gemini's requests stay under its tier and cost less)."""
    shares = [cross.input_share for cross in tiered.cost.crossovers]
    assert shares == [Decimal("0.7937"), Decimal("0.9524")]
    a, b = curves(tiered, "share")
    assert len(flips(a, b)) == len(shares)  # the chart's count
    text = _text(tiered)
    assert "under about 95.2%" not in text
    assert "less than about 95.2%" not in text
    assert ("Gemini 2.5 Pro costs less while input is under about 79.4% of tokens, Claude "
            "Sonnet 4.5 from about 79.4% to about 95.2% and Gemini 2.5 Pro above about 95.2%"
            in text)
    assert tiered.check() == []


def test_each_stretch_of_a_tiered_pair_has_the_cheaper_bill_it_names(tiered: Comparison) -> None:
    """F11: between crossings, the model the page names is the cheaper bill (from route_cost)."""
    ea, eb = tiered.cost.estimates
    assert ea.route is not None
    assert eb.route is not None
    t = tiered.traffic
    found = bill_crossings(ea.route, eb.route, t)
    edges = [Decimal(0), *(c.share for c in found), Decimal(1)]
    for (lo, hi), cheaper in zip(itertools.pairwise(edges),
                                 [found[0].below, 1 - found[0].below, found[0].below],
                                 strict=True):
        mid = (lo + hi) / 2
        bills = [route_cost(r, mixed(t, mid)).monthly for r in (ea.route, eb.route)]
        assert bills[cheaper] < bills[1 - cheaper], (mid, bills)


def test_untiered_pair_keeps_its_price_crossover() -> None:
    """F11: without a tier in range the crossover is the prices' one, as before."""
    c = compare("phi-2", "phi-4-mini")
    assert [(x.input_share, x.tiered) for x in c.cost.crossovers] == [(Decimal("0.8889"), False)]
    assert re.search(r"costs less while input is under about 88\.9% of tokens", _text(c))


def _prose(c: Comparison) -> str:
    return " ".join(cl.text for cl in c.narrative.claims())


def test_html_tags_no_bill_cheaper_that_the_prose_calls_about_the_same(
        tiered: Comparison) -> None:
    """F12: bills under the materiality threshold apart are "about the same cost" in the prose;
    the HTML card and pricing table tag neither "cheaper" (one rule for every renderer)."""
    assert '<span class="tag">cheaper</span>' not in tiered.to_html()  # (5% apart; see F13)
    c = compare("phi-2", "phi-4-mini", materiality=Decimal("0.5"))  # $105.00 and $135.00
    assert "about the same cost" in _prose(c)
    assert '<span class="tag">cheaper</span>' not in c.to_html()


def test_html_tags_cheaper_the_bills_the_prose_calls_cheaper() -> None:
    """F12: a material gap is tagged on the bill (or bills) the prose calls cheaper."""
    c = compare("phi-2", "phi-4-mini")
    assert "Phi-2 is $30.00 cheaper" in _prose(c)
    page = c.to_html()
    assert page.count('<span class="tag">cheaper</span>') == 2  # the card and the table
    assert 'a month on Fireworks AI,</span> <span class="tag">cheaper</span>' in page  # (P10)


@pytest.fixture(scope="module")
def three_free() -> Comparison:
    """Phi-4 Mini and Gemma 3n E2B IT on free tiers, Gemma 3 4B priced; vision splits them."""
    return compare("phi-4-mini", "gemma-3n-e2b-it", "gemma-3-4b-it", include_free=True)


def test_glance_names_a_capability_that_sets_two_of_three_apart(three_free: Comparison) -> None:
    """F30 (a): vision is known for all three and two document it, so "Nothing in the data
    favours one ... over the others" is not said; the line names the two and the capability."""
    glance = " ".join(cl.text for cl in three_free.narrative.at_a_glance)
    assert "Nothing in the data favours" not in glance
    # (Gemma 3n E2B IT's audio and video input and 32K window, Google's card's: review 14,
    # N2; NVIDIA NIM's free route reads that window, its 128,000 listing being above it)
    # (the longer context both have over Gemma 3n E2B IT is said once: helper leftP)
    assert glance == ("Phi-4 Mini and Gemma 3 4B for a longer context than Gemma 3n E2B IT; "
                      "Gemma 3n E2B IT, on a free tier or its published weights, for audio "
                      "input and video input; Gemma 3n E2B IT and Gemma 3 4B for vision over "
                      "Phi-4 Mini.")
    assert three_free.check() == []


def test_cost_charts_never_rank_a_free_tier(three_free: Comparison) -> None:
    """F30 (b): a free tier drawn at $0.00 is no price: the charts' descriptions call no model
    "cheapest" beside it and say which lines are free tiers."""
    for axis in ("volume", "share"):
        chart = cost_chart(three_free, axis)
        assert chart is not None
        desc = re.search(r"<desc>(.*?)</desc>", chart)
        assert desc is not None
        assert "cheapest model" not in desc.group(1)
        assert "cheaper model" not in desc.group(1)
        assert ("Phi-4 Mini and Gemma 3n E2B IT are on free tiers, drawn at $0.00, which are "
                "not prices") in desc.group(1)


def test_free_tier_pages_give_each_models_priced_bill_too() -> None:
    """F17: every model's bill on a free tier, 50M tokens a month: the page says "free tiers,
    which are not prices" once and states each model's priced bill, the one the page without
    free tiers computes (F30 (c): a model with none says so). Dated the day before Microsoft
    Foundry retired Phi-3.5 Mini's only priced route (2025-08-30)."""
    traffic = Traffic(input_tokens=50_000_000, output_tokens=10_000_000)
    ids = ("phi-3.5-mini", "phi-4-mini", "llama-3.2-3b-instruct")
    day = dt.date(2025, 8, 29)
    c = compare(*ids, include_free=True, traffic=traffic, as_of=day)
    summary = " ".join(cl.text for cl in c.narrative.summary)
    assert summary.count("free tier") == 1
    assert "all on free tiers, which are not prices" in summary
    priced = compare(*ids, traffic=traffic, as_of=day).cost.estimates
    assert [e.monthly for e in c.cost.priced] == [e.monthly for e in priced]
    assert ("On priced routes, Phi-3.5 Mini would cost $11.70 a month, Phi-4 Mini $6.75 and "
            "Llama 3.2 3B $1.00.") in summary
    cost = " ".join(cl.text for cl in c.narrative.cost)
    assert "Llama 3.2 3B $1.00 on Lambda Inference API" in cost
    assert c.check() == []


def test_free_and_priced_bills_are_grouped_and_a_model_without_a_price_is_named(
        three_free: Comparison) -> None:
    """F17, F30 (c): two free tiers and a priced bill; Gemma 3n E2B IT has no priced route."""
    summary = " ".join(cl.text for cl in three_free.narrative.summary)
    assert ("the bills are Phi-4 Mini $0.00 and Gemma 3n E2B IT $0.00 on free tiers, which are "
            "not prices, and Gemma 3 4B $52.00.") in summary
    assert ("On a priced route, Phi-4 Mini would cost $135.00 a month; Gemma 3n E2B IT has no "
            "eligible priced route.") in summary
    assert [e.model.id for e in three_free.cost.priced] == ["phi-4-mini", "gemma-3n-e2b-it"]


def test_bills_on_different_tier_bases_are_not_called_about_the_same(tiered: Comparison) -> None:
    """F13: Gemini 2.5 Pro's bill applies Google's long-context tier; Claude Sonnet 4.5's is a
    listing without the tier three other routes apply. The page says the bases differ, gives the
    cheapest eligible tier-applying bill, and never "about the same cost" nor "Neither by
    much"."""
    text = _prose(tiered)
    assert "about the same cost" not in text
    assert "Neither by much" not in text
    assert "no reason to pick either" not in text
    cost = " ".join(cl.text for cl in tiered.narrative.cost)
    assert ("Claude Sonnet 4.5's bill is on a route that lists no long-context tier, which "
            "other routes apply to these requests (the cheapest eligible of them $92,700.00 a "
            "month); whether they cost about the same is not known.") in cost
    faq = " ".join(cl.text for q in tiered.narrative.faq for cl in q.answer)
    assert faq.count("Not known: at 15B input and 120M output tokens a month the bills are within "
                     "5%") == 1  # (the traffic stated: review 32, #2)


def test_bills_all_under_a_cent_read_alike_and_one_benchmark_is_one() -> None:
    """F21: bills of $0.0066, $0.0037 and $0.0088 all read "under $0.01" (not "$0.01" beside
    "under $0.01"); the one benchmark two models score is named, not "Some benchmarks"."""
    c = compare("mistral-small-2506", "gemma-3-27b-it", "qwen3-32b",
                traffic=Traffic(input_tokens=50_000, output_tokens=20_000, requests=100))
    assert all(e.monthly is not None and e.monthly < Decimal("0.01") for e in c.cost.estimates)
    summary = " ".join(cl.text for cl in c.narrative.summary)
    assert ("the bills are Mistral Small 3.2 under $0.01, Gemma 3 27B under $0.01 and Qwen3 32B "
            "under $0.01") in summary
    assert not re.search(r"(?<!under )\$0\.01", summary)
    assert "Some benchmarks" not in summary
    assert ("One benchmark, LiveCodeBench, has scores from two of these models, but they are "
            "not on record as from one evaluation under one setting") in summary
    assert c.check() == []


def test_pricing_table_prints_each_price_as_the_prose() -> None:
    """F35: the blend sentence's figure is the pricing table's too; each price at its own places
    in both (review 32, #4: "$3.20", not "$3.2000" padded to "$0.2677"'s places)."""
    c = compare("llama-4-maverick-17b-instruct", "mistral-large-2411")
    blend = next(cl.text for cl in c.narrative.cost if cl.key == "blend")
    assert "$0.2677 for Llama 4 Maverick 17B Instruct and $3.20 for Mistral Large 2.1." in blend
    parts = tables.model_tables(c, c.names)
    table = tables.pricing(c, c.names, parts)[0]
    assert isinstance(table, Table)
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["Blended price (7:3)"] == ("$0.2677", "$3.20")
    assert rows["Its input price"] == ("$0.124", "$2.00")
    assert rows["Its output price"] == ("$0.603", "$6.00")


def test_three_models_name_each_pairs_bill_crossings_with_its_rival() -> None:
    """F11 with three models: each pair's crossings, in order, naming whom it costs less than."""
    c = compare("gemini-2.5-pro", "claude-sonnet-4-5", "gpt-4.1",
                traffic=Traffic.from_requests(per_day=2000, input_tokens=250_000,
                                              output_tokens=2_000))
    summary = " ".join(cl.text for cl in c.narrative.summary)
    assert ("GPT-4.1 costs less than Gemini 2.5 Pro while input is under about 72.7% of tokens, "
            "Gemini 2.5 Pro from about 72.7% to about 79.4% and GPT-4.1 above about 79.4%"
            in summary)
    assert c.check() == []
