"""A page ruled out by its terms counts and quotes its routes as its route table does.

Review 55, #1: on Llama 4 Maverick 17B Instruct and Qwen3 235B-A22B requiring structured outputs
on Together AI and DeepInfra, the deep dive said "20 do not document structured outputs and
five are on providers this page does not allow" while the route table marked 22 routes
"provider not among those allowed" and three "structured outputs not documented"; the pricing
table's blended row gave "$0.2677 on Cortecs", a route the provider filter leaves out; and the
line at a glance said "none of X's routes meets every term of this page (...)" once a model.
"""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import Comparison, compare
from phicompare.analysis.routes import PROVIDER_NOT_ALLOWED, filter_unfit
from phicompare.analysis.workload import Unfit
from phicompare.narrative import format as fmt

DAY = dt.date(2026, 12, 3)
MODELS = ("llama-4-maverick-17b-instruct", "qwen3-235b-a22b")
ALLOWED = ("together", "deepinfra")


@pytest.fixture(scope="module")
def page() -> Comparison:
    return compare(*MODELS, requires={"structured_outputs"}, providers=ALLOWED, as_of=DAY)


def _deep(c: Comparison) -> str:
    return " ".join(claim.text for paragraph in c.narrative.deep_dive for claim in paragraph)


def test_deep_dive_counts_routes_by_the_route_tables_reasons(page: Comparison) -> None:
    deep = _deep(page)
    for i, name in enumerate(page.names):
        rows = page.routes_of(i)
        left = sum(r.reason == PROVIDER_NOT_ALLOWED for r in rows)
        undocumented = sum(r.reason == "structured outputs not documented" for r in rows)
        assert left + undocumented == len(rows)
        # some routes on a provider left out do not document it either: counted for the filter
        assert sum(r.unfit is Unfit.CAPABILITY for r in rows) > undocumented
        assert (f"{name} has {len(rows)} routes in the catalog; none meets every term of this "
                f"page: {fmt.count_word(left)} are on providers this page does not allow and "
                f"{fmt.count_word(undocumented)} do not document structured outputs.") in deep
    assert page.check() == []


def test_blended_price_is_of_a_route_on_a_provider_allowed(page: Comparison) -> None:
    assert [e.model_index for e in page.cost.unruled] == [0, 1]
    assert all(e.route is not None and e.route.provider in ALLOWED for e in page.cost.unruled)
    table = page.to_markdown()
    assert "on Cortecs (no route meets this page's terms)" not in table


def test_blended_price_no_route_where_no_provider_allowed_lists_the_model() -> None:
    """Qwen3 235B-A22B has no route on Cortecs or Groq: its blended price is "no route", as its
    input and output prices are."""
    c = compare(*MODELS, requires={"structured_outputs"}, providers=("cortecs", "groq"),
                as_of=DAY)
    assert [e.model_index for e in c.cost.unruled] == [0]
    row = next(line for line in c.to_markdown().splitlines()
               if line.startswith("| Blended price"))
    assert row.rstrip().endswith("| no route |"), row
    assert c.check() == []


def test_the_terms_every_model_fails_alike_are_said_once(page: Comparison) -> None:
    glance = " ".join(claim.text for claim in page.narrative.at_a_glance)
    assert glance == (f"Neither {page.names[0]} nor {page.names[1]} meets this page's terms: "
                      "none of their routes meets every term of this page (structured outputs "
                      "and the providers allowed).")
    verdict = [claim.text for claim in page.narrative.verdict]
    assert (f"No pick of {page.names[0]} or {page.names[1]}, as none of their routes meets "
            "every term of this page (structured outputs and the providers allowed).") in verdict


def test_filter_unfit_reads_the_filters_reasons_alone() -> None:
    assert filter_unfit("context window of 8,192 tokens listed, above the model's own "
                        "4,096, which is under the 6,000 asked") is Unfit.MIN_CONTEXT
    assert filter_unfit("context window not sourced; cannot confirm 6,000 tokens") \
        is Unfit.MIN_CONTEXT
    assert filter_unfit("requests of 9,000 tokens exceed an 8,192-token context window") is None
    assert filter_unfit(None) is None
