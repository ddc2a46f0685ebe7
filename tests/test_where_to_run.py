"""The FAQ's "where can I run": which providers the page leaves in, and the routes' standing.

Review 10. Small synthetic catalogs: a model on two or three providers, one excluded or retired.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Capabilities, Catalog, Model, Provider, ProviderRoute, compare
from phicompare.analysis.comparison import Comparison

CHECKED = dt.date(2026, 11, 25)
PROVIDERS = tuple(Provider(id=p, name=p.upper()) for p in ("p", "q", "r"))


def _route(provider: str, **fields: object) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(1), output=Decimal(2),
                         source=f"https://example.com/{provider}", checked=CHECKED,
                         **fields)  # type: ignore[arg-type]


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
