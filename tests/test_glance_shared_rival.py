"""The line at a glance names a reason shared against the same rival once (helper leftP, 2).

`phicompare phi-4-mini gemma-3n-e2b-it gemma-3-4b --include-free --as-of 2026-11-25` read
"Phi-4 Mini for a longer context than Gemma 3n E2B IT; Gemma 3n E2B IT, only on a free tier,
for audio input and video input; Gemma 3 4B for a longer context than Gemma 3n E2B IT; ...":
two models with the same reason against the same rival are now named together, as the line
already does for shared capabilities.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Comparison, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model
from phicompare.narrative.glance_words import shared_reasons

DAY = dt.date(2026, 11, 25)


def _model(mid: str, window: int, price: str) -> Model:
    source = f"https://example.com/{mid}"
    routes = (ProviderRoute(provider="host", input=Decimal(price), output=Decimal(price),
                            source=source, checked=DAY),)
    return Model(id=mid, name=mid.upper(), context_window=window, routes=routes,
                 sources=(source,))


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY)


def test_phi_4_mini_and_gemma_3_4b() -> None:
    c = compare("phi-4-mini", "gemma-3n-e2b-it", "gemma-3-4b", include_free=True, as_of=DAY)
    glance = c.narrative.at_a_glance[0].text
    assert glance.startswith("Phi-4 Mini and Gemma 3 4B for a longer context than Gemma 3n "
                             "E2B IT; "), glance
    assert glance.count("for a longer context than Gemma 3n E2B IT") == 1, glance
    assert c.check() == []


def test_shared_reasons() -> None:
    assert shared_reasons({0: ["a", "b"], 2: ["b"], 3: ["c"]}) == {"b": [0, 2]}
    assert shared_reasons({0: ["a"], 1: ["b"]}) == {}


def test_a_reason_of_one_model_stays_apart() -> None:
    c = _compare(_model("a", 131072, "0.10"), _model("b", 8192, "0.10"),
                 _model("c", 131072, "0.10"))
    glance = c.narrative.at_a_glance[0].text
    assert glance.count("B") == 1, glance
    assert c.check() == []
