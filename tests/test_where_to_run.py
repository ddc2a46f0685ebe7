"""The FAQ's "where can I run": which providers the page leaves in, and the routes' standing.

Review 10. Small synthetic catalogs: a model on two or three providers, one excluded or retired.
"""

from __future__ import annotations

import datetime as dt

from phicompare import Capabilities, Catalog, Model, ProviderRoute, compare
from phicompare.analysis.comparison import Comparison
from phicompare.narrative.claims import CheckOp

from .test_refused_routes import PROVIDERS, _route


def _model(mid: str, *routes: ProviderRoute) -> Model:
    return Model(id=mid, name=mid.upper(), context_window=128_000,
                 capabilities=Capabilities(function_calling=True), routes=routes)


def _where(c: Comparison) -> list[str]:
    return [claim.text for claim in next(q for q in c.narrative.faq if q.key == "where").answer]


def test_an_excluded_provider_is_left_out_whatever_else_makes_its_route_unfit() -> None:
    """I6: with ``--requires``, an excluded provider whose route also lacks the capability was
    listed as a place to run the model, and the "this page leaves out" clause went: the split
    between providers left in and left out follows the provider filter alone."""
    a = _model("a", _route("p"), _route("q", capabilities=Capabilities(function_calling=False)))
    b = _model("b", _route("p"), _route("q"))
    catalog = Catalog(models=(a, b), providers=PROVIDERS)
    c = compare(a, b, catalog=catalog, exclude_providers=["q"], requires=["function_calling"])
    assert _where(c) == ["A is listed on P; this page leaves out Q.",
                         "B is listed on P; this page leaves out Q."]
    assert c.check() == []
    allowed = compare(a, b, catalog=catalog, providers=["p"], requires=["function_calling"])
    assert _where(allowed) == _where(c)
    assert allowed.check() == []


def test_a_retired_route_is_tagged_with_its_date() -> None:
    """I8: "Gemini 1.5 Flash is listed on Google and NanoGPT" beside a routes table that reads
    "no: retired on 2025-09-24": a provider whose routes have all retired by the page's date is
    tagged so, as deprecated and free-tier routes are; one that has a route in force besides is
    a place to run the model, untagged; before the date, nothing is retired."""
    gone = dt.date(2025, 9, 24)
    a = _model("a", _route("p", retires=gone), _route("q"))
    b = _model("b", _route("q", provider_model_id="old", retires=gone),
               _route("q", provider_model_id="new"), _route("r", retires=gone,
                                                            status="deprecated"))
    catalog = Catalog(models=(a, b), providers=PROVIDERS)
    c = compare(a, b, catalog=catalog, as_of=dt.date(2025, 10, 15))
    assert _where(c) == ["A is listed on P (retired on 2025-09-24) and Q.",
                         "B is listed on Q and R (retired on 2025-09-24)."]
    assert c.check() == []
    where = next(q for q in c.narrative.faq if q.key == "where").answer[0]
    assert [check.op for check in where.checks] == [CheckOp.AT_MOST]
    before = compare(a, b, catalog=catalog, as_of=dt.date(2025, 9, 1))
    assert _where(before) == ["A is listed on P and Q.", "B is listed on Q and R (deprecated)."]
    assert before.check() == []


def test_several_retired_providers_are_named_by_day_earliest_first() -> None:
    """Review 38, #1: o1's answer tagged each of thirteen providers "(retired on ...)", in
    alphabetical order, where the cost section and the verdict name them earliest first, one
    day's providers together: the answer names them so too, after the providers in service,
    and keeps a check on each retired route's date."""
    early, late = dt.date(2025, 6, 6), dt.date(2025, 9, 24)
    a = _model("a", _route("r", retires=early), _route("p", retires=late),
               _route("q", retires=late))
    b = _model("b", _route("p"), _route("q", retires=early), _route("r", retires=late))
    catalog = Catalog(models=(a, b), providers=PROVIDERS)
    c = compare(a, b, catalog=catalog, as_of=dt.date(2025, 10, 15))
    assert _where(c) == [
        ("A is listed on providers where its routes were all retired: R on 2025-06-06; P and Q "
         "on 2025-09-24."),
        ("B is listed on P, and on providers where its routes were retired: Q on 2025-06-06 and "
         "R on 2025-09-24.")]
    assert c.check() == []
    where = next(q for q in c.narrative.faq if q.key == "where").answer
    assert [check.op for check in where[0].checks] == [CheckOp.AT_MOST] * 3
    assert [check.op for check in where[1].checks] == [CheckOp.AT_MOST] * 2
    left = compare(a, b, catalog=catalog, as_of=dt.date(2025, 10, 15), exclude_providers=["p"])
    assert _where(left)[1] == ("B is listed on providers where its routes were all retired: "
                               "Q on 2025-06-06 and R on 2025-09-24; this page leaves out P.")
    assert left.check() == []
