"""A pick of a model with no route at all says so (helper leftN's leftover).

`phicompare phi-1.5 gemma-2-2b` read "Pick Phi-1.5 for competition math (OLL MATH Lvl 5)."
with nothing said of where it runs: Phi-1.5 has no provider route in the catalog (the cost
section says "no estimate"). The pick, and the line at a glance, now say it, and where the
catalog records published weights, that the model would run only from them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Comparison, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

DAY = dt.date(2026, 11, 25)


def _model(mid: str, window: int, *, routed: bool, weights: bool | None) -> Model:
    source = f"https://example.com/{mid}"
    routes = (ProviderRoute(provider="host", input=Decimal("0.10"), output=Decimal("0.10"),
                            source=source, checked=DAY),) if routed else ()
    return Model(id=mid, name=mid.upper(), context_window=window, open_weights=weights,
                 routes=routes, sources=(source,))


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY)


def _texts(claims: tuple[object, ...]) -> list[str]:
    return [getattr(claim, "text", "") for claim in claims]


def test_phi_1_5_beside_gemma_2_2b() -> None:
    c = compare("phi-1.5", "gemma-2-2b")
    verdict = _texts(c.narrative.verdict)
    assert ("Pick Phi-1.5 for competition math (OLL MATH Lvl 5); it has no provider route in "
            "the catalog, and would run only from its published weights.") in verdict, verdict
    glance = _texts(c.narrative.at_a_glance)[0]
    assert glance.startswith("Phi-1.5, on its published weights alone, for competition "
                             "math (OLL MATH Lvl 5); "), glance
    assert c.check() == []


def test_a_closed_model_without_a_route() -> None:
    c = _compare(_model("a", 131072, routed=False, weights=False),
                 _model("b", 8192, routed=True, weights=False))
    verdict = _texts(c.narrative.verdict)
    assert ("Pick A for a longer context (128K tokens); it has no provider route in the "
            "catalog.") in verdict, verdict
    glance = _texts(c.narrative.at_a_glance)[0]
    assert "A, with no provider route in the catalog, for a longer context" in glance, glance
    assert c.check() == []


def test_weights_not_sourced_are_not_said() -> None:
    c = _compare(_model("a", 131072, routed=False, weights=None),
                 _model("b", 8192, routed=True, weights=False))
    verdict = _texts(c.narrative.verdict)
    assert ("Pick A for a longer context (128K tokens); it has no provider route in the "
            "catalog.") in verdict, verdict
    assert c.check() == []


def test_the_pick_is_checked_on_the_missing_route() -> None:
    c = _compare(_model("a", 131072, routed=False, weights=True),
                 _model("b", 8192, routed=True, weights=False))
    pick = next(claim for claim in c.narrative.verdict if claim.text.startswith("Pick A"))
    assert pick.text.endswith("; it has no provider route in the catalog, and would run only "
                              "from its published weights."), pick.text
    paths = {e.path for e in pick.evidence}
    assert {"cost.estimates[0].reason", "models[0].open_weights"} <= paths, paths
    assert c.check() == []


def test_the_one_model_released_by_the_date() -> None:
    c = compare("phi-1.5", "gpt-4o", as_of=dt.date(2023, 10, 1))
    verdict = _texts(c.narrative.verdict)
    assert ("Pick Phi-1.5: the only model here released by the comparison's date (2023-10-01); "
            "it has no provider route in the catalog, and would run only from its published "
            "weights.") in verdict, verdict
    assert _texts(c.narrative.at_a_glance) == [
        ("Phi-1.5, the only model here released by the comparison's date, on its published "
         "weights alone.")]
    assert c.check() == []
