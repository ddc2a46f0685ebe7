"""Output limits: a route whose output limit (its own, else its model's) is under the responses
the traffic asks cannot carry it; an output limit not sourced is no failure (review 8, G1)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from phicompare import Comparison, Model, ProviderRoute, Traffic, compare
from phicompare.analysis.recommend import recommend
from phicompare.analysis.workload import Unfit
from tests.helpers import pqr_catalog

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"
LONG_ANSWERS = Traffic.from_requests(per_day=100, input_tokens=500, output_tokens=20_000)
"""3,000 requests a month, each of 500 input and 20,000 output tokens."""


def _route(provider: str, price: str = "1", **kw: Any) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source=URL, checked=DAY, **kw)


def _model(mid: str, *routes: ProviderRoute, **kw: Any) -> Model:
    return Model(id=mid, name=mid.upper(), released=dt.date(2025, 1, 1), routes=routes,
                 **{"context_window": 128_000, **kw})


def _compare(*models: Model, **kw: Any) -> Comparison:
    return compare(*models, catalog=pqr_catalog(*models), as_of=DAY,
                   traffic=kw.pop("traffic", LONG_ANSWERS), **kw)


def test_a_route_under_the_responses_output_limit_cannot_carry_them() -> None:
    """Llama 3.3 70B was billed 20,000-token answers on a route where only its 4,096 held."""
    a = _model("a", _route("p", "0.5"), _route("q", "2", max_output_tokens=32_768),
               max_output_tokens=4_096)
    b = _model("b", _route("r"))  # no output limit sourced: not known to be lower
    c = _compare(a, b)
    rows = c.routes_of(0)
    assert [(r.provider_name, r.eligible, r.unfit) for r in rows] == [
        ("P", False, Unfit.OUTPUT), ("Q", True, None)]
    assert rows[0].reason == "responses of 20,000 tokens exceed a 4,096-token output limit"
    assert [r.max_output_tokens for r in rows] == [4_096, 32_768]
    assert c.cost.estimates[0].provider_name == "Q"  # not the cheaper route that cannot
    assert c.routes_of(1)[0].eligible
    assert c.check() == []
    md = c.to_markdown()
    assert "| 1 of 2 |" in md
    assert "no: responses of 20,000 tokens exceed a 4,096-token output limit" in md


def test_a_model_no_route_of_which_gives_the_responses_is_no_pick() -> None:
    a = _model("a", _route("p"), _route("q", max_output_tokens=8_192), max_output_tokens=4_096)
    b = _model("b", _route("r"))
    c = _compare(a, b)
    assert c.cost.estimates[0].monthly is None
    verdict = [claim.text for claim in c.narrative.verdict]
    assert "A: no pick, as none of its routes gives responses of 20,000 tokens." in verdict
    deep = c.to_markdown()
    assert "Q: responses of 20,000 tokens exceed an 8,192-token output limit" in deep
    assert ("A has two routes in the catalog; none of them gives responses of 20,000 tokens."
            in deep)
    assert c.check() == []


def test_short_requests_are_carried_whatever_the_output_limit() -> None:
    a = _model("a", _route("p"), max_output_tokens=4_096)
    c = _compare(a, _model("b", _route("r")), traffic=Traffic.from_requests(
        per_day=100, input_tokens=500, output_tokens=4_096))
    assert all(r.eligible for r in c.routes)
    month = _compare(a, _model("b", _route("r")), traffic=Traffic())  # no request count
    assert all(r.eligible for r in month.routes)


def test_pick_counts_only_routes_that_give_the_responses() -> None:
    a = _model("a", _route("p", "0.5"), _route("q", "2", max_output_tokens=32_768),
               max_output_tokens=4_096)
    short = _model("s", _route("r", "0.1"), max_output_tokens=4_096)
    r = recommend(catalog=pqr_catalog(a, short), traffic=LONG_ANSWERS, as_of=DAY,
                  explain_rejected=True)
    assert [(cand.model.id, cand.provider_name) for cand in r.candidates] == [("a", "Q")]
    assert [m.model.id for m in r.rejected] == ["s"]
    assert "exceed a 4,096-token output limit" in (r.rejected[0].failures[0].reason or "")
    assert r.check() == []


LONGER = Traffic.from_requests(per_day=100, input_tokens=500, output_tokens=30_000)
CLAIM = ("a listing whose output limit, 32,768 tokens, is above the model's own 16,384, which "
         "responses of 30,000 tokens need")


def test_a_bill_on_a_route_listing_more_output_than_its_model_says_so() -> None:
    """Review 9, H8: Llama 4 Maverick was billed 30,000-token responses on the one gateway
    listing 32,768 against the model's 16,384, the maker's route ruled out, and nothing said so.
    """
    a = _model("a", _route("p", "0.5"), _route("q", "2", max_output_tokens=32_768),
               max_output_tokens=16_384)
    b = _model("b", _route("r", "5"), max_output_tokens=65_536)
    c = _compare(a, b, traffic=LONGER)
    assert c.cost.estimates[0].provider_name == "Q"
    assert c.check() == []
    md = c.to_markdown()
    assert f"cheaper; its bill is on {CLAIM}." in md  # the summary (A just named: fixAR)
    assert f"prices as last checked on 2026-11-25 ({CLAIM})." in md  # the cost line
    verdict = [claim.text for claim in c.narrative.verdict]
    assert f"Pick A for the lower bill at this traffic ($183.00 a month, on {CLAIM})." in verdict
    assert "B's bill is on" not in md  # its own limit holds the responses
    r = recommend(catalog=pqr_catalog(a, b), traffic=LONGER, as_of=DAY)
    first = r.reasons.candidates[0][0].text
    assert first.endswith(f"per 1M tokens; the bill is on {CLAIM}.")
    assert r.check() == []


def test_a_route_limit_above_the_model_own_unneeded_is_not_said() -> None:
    a = _model("a", _route("q", max_output_tokens=32_768), max_output_tokens=16_384)
    c = _compare(a, _model("b", _route("r")), traffic=LONG_ANSWERS)  # 20,000 > 16,384: needed
    assert "is above the model's own" in c.to_markdown()
    short = _compare(a, _model("b", _route("r")), traffic=Traffic.from_requests(
        per_day=100, input_tokens=500, output_tokens=8_000))
    assert "is above the model's own" not in short.to_markdown()
    assert short.check() == []


WHOLE = Traffic.from_requests(per_day=200, input_tokens=20_000, output_tokens=60_000)
"""6,000 requests a month, each of 20,000 input and 60,000 output tokens."""


def test_a_route_listing_its_whole_window_gives_no_more_output_than_the_model() -> None:
    """Review 10, I1: DeepSeek-R1 was billed 60,000-token responses on SiliconFlow's 164,000 of
    164,000 (its whole window, read by friction as no output limit: review 8, G13) while the
    same page's friction said output shrinks to the model's 32,768. One reading: the listing's
    whole window is no output limit, so the model's own 32,768 holds on that route."""
    a = _model("a", _route("p", "0.5", context_window=164_000, max_output_tokens=164_000),
               _route("q", "2", max_output_tokens=32_768), max_output_tokens=32_768)
    b = _model("b", _route("r", "5", context_window=200_000, max_output_tokens=100_000),
               context_window=200_000, max_output_tokens=100_000)
    c = _compare(a, b, traffic=WHOLE)
    rows = c.routes_of(0)
    assert [(r.provider_name, r.eligible, r.unfit) for r in rows] == [
        ("P", False, Unfit.OUTPUT), ("Q", False, Unfit.OUTPUT)]
    assert rows[0].max_output_tokens == 32_768  # the limit in force: the model's
    assert rows[0].reason == ("responses of 60,000 tokens exceed a 32,768-token output limit "
                              "(the model's: the route's 164,000 is its whole context window)")
    assert c.cost.estimates[0].monthly is None
    verdict = [claim.text for claim in c.narrative.verdict]
    assert "A: no pick, as none of its routes gives responses of 60,000 tokens." in verdict
    md = c.to_markdown()
    assert "is above the model's own" not in md
    assert "Maximum output shrinks from 100K tokens on B to 32K on A." in md
    assert c.check() == []
    r = recommend(catalog=pqr_catalog(a, b), traffic=WHOLE, as_of=DAY, explain_rejected=True)
    assert [cand.model.id for cand in r.candidates] == ["b"]
    assert r.check() == []
