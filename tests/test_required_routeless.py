"""A requirement rules out a model with no route that does not document it (leftP, item 1).

`phicompare phi-1.5 gpt-4o --requires function_calling` picked Phi-1.5 "for open weights; it
has no provider route in the catalog, and would run only from its published weights", though
the page requires function calling and Phi-1.5's is not documented (unknown is never met). A
model with no route whose own support for a required capability is not "yes" is out for the
page's terms, and the verdict says so; one that documents it stays in.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Comparison, compare
from phicompare.domain.capabilities import Capabilities
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model
from phicompare.narrative.context import context_of
from phicompare.narrative.standing import standings

DAY = dt.date(2026, 11, 25)


def _model(mid: str, *, routed: bool, calls: bool | None) -> Model:
    source = f"https://example.com/{mid}"
    routes = (ProviderRoute(provider="host", input=Decimal("0.10"), output=Decimal("0.10"),
                            source=source, checked=DAY),) if routed else ()
    return Model(id=mid, name=mid.upper(), context_window=8192, open_weights=True,
                 routes=routes, sources=(source,),
                 capabilities=Capabilities(function_calling=calls))


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY,
                   requires={"function_calling"})


def _texts(claims: tuple[object, ...]) -> list[str]:
    return [getattr(claim, "text", "") for claim in claims]


def test_phi_1_5_is_out_beside_gpt_4o() -> None:
    c = compare("phi-1.5", "gpt-4o", requires={"function_calling"})
    verdict = _texts(c.narrative.verdict)
    assert ("Phi-1.5: no pick, as it has no provider route and does not document function "
            "calling, which this page requires.") in verdict, verdict
    assert not any(t.startswith("Pick Phi-1.5") for t in verdict), verdict
    glance = _texts(c.narrative.at_a_glance)[0]
    assert not glance.startswith("Phi-1.5"), glance
    assert c.check() == []


def test_out_for_an_undocumented_capability() -> None:
    c = _compare(_model("a", routed=False, calls=None), _model("b", routed=True, calls=True))
    out = standings(c)
    assert out[0] is not None, out
    assert out[1] is None, out
    verdict = _texts(c.narrative.verdict)
    assert ("A: no pick, as it has no provider route and does not document function calling, "
            "which this page requires.") in verdict, verdict
    assert c.check() == []


def test_out_for_a_capability_it_lacks() -> None:
    c = _compare(_model("a", routed=False, calls=False), _model("b", routed=True, calls=True))
    assert standings(c)[0] is not None
    assert c.check() == []


def test_both_out_at_a_glance() -> None:
    c = _compare(_model("a", routed=False, calls=None), _model("b", routed=False, calls=False))
    glance = _texts(c.narrative.at_a_glance)[0]
    # (B documents it lacks function calling: "does not support", review 15, P9; the one
    # requirement both fail said once, review 15 leftovers, R3)
    assert glance == ("This page requires function calling, and neither A nor B meets it: A "
                      "has no provider route and does not document it, and B does not support "
                      "it (and has no provider route)."), glance
    assert c.check() == []


def test_a_model_that_documents_it_stays_in() -> None:
    c = _compare(_model("a", routed=False, calls=True), _model("b", routed=True, calls=True))
    assert standings(c)[0] is None
    x = context_of(c)
    assert x.out[0] is None
    verdict = _texts(c.narrative.verdict)
    assert not any(t.startswith("A: no pick") for t in verdict), verdict
    assert c.check() == []
