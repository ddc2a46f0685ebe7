"""A capability or open-weights pick weighed among the models left in names whom it is over.

Review 8 leftovers: "Pick B for vision and open weights" where C, ruled out by the page's terms,
documents vision and publishes its weights too. The verdict weighs the models left in (A and
B); where the advantage does not hold over every model shown it names whom, as benchmark areas
do ("a lead over Phi-1 on ...") and the scorecard's "long context over Kimi K2.6".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Capabilities, Catalog, Comparison, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

DAY = dt.date(2026, 11, 25)


def _model(mid: str, *, weights: bool, vision: bool, calls: bool, price: str = "0.10") -> Model:
    route = ProviderRoute(provider=f"p-{mid}", input=Decimal(price), output=Decimal(price),
                          source="https://example.com/p", checked=DAY)
    return Model(id=mid, name=mid.upper(), context_window=8192, open_weights=weights,
                 routes=(route,), input_modalities=("text", "image") if vision else ("text",),
                 capabilities=Capabilities(vision=vision, multimodal=vision,
                                           function_calling=calls))


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY,
                   requires={"function_calling"})


A = _model("a", weights=False, vision=False, calls=True, price="0.05")
B = _model("b", weights=True, vision=True, calls=True)


def test_the_advantage_a_ruled_out_model_shares_names_whom_it_is_over() -> None:
    c = _compare(A, B, _model("c", weights=True, vision=True, calls=False))
    verdict = [x.text for x in c.narrative.verdict]
    assert verdict[1] == "Pick B for vision over A and open weights over A.", verdict
    assert c.check() == []


def test_an_advantage_over_every_model_shown_is_said_plainly() -> None:
    c = _compare(A, B, _model("c", weights=False, vision=False, calls=False))
    assert c.narrative.verdict[1].text == "Pick B for vision and open weights."
    assert c.check() == []
    c = _compare(A, B)
    assert c.narrative.verdict[1].text == "Pick B for vision and open weights."
