"""Open weights that some models publish and every other is documented not to (review 10, I10).

Two of three models publish their weights and the third is documented closed: each of the two
is picked for them, "open weights (shared with B; C does not publish its weights)", as a shared
capability is (review 9, H11), where the page said "no advantage favours" one of them. See
docs/narrative.md ("A recommendation rests on a difference known on both sides").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from phicompare import Catalog, Comparison, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

DAY = dt.date(2026, 12, 1)


def _model(mid: str, price: str, **kw: Any) -> Model:
    route = ProviderRoute(provider=f"p-{mid}", input=Decimal(price), output=Decimal(price),
                          source="https://example.com/p", checked=dt.date(2026, 11, 1))
    return Model(id=mid, name=mid.upper(), context_window=131_072,
                 released=dt.date(2025, 1, 1), routes=(route,), **kw)


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY)


def _texts(c: Comparison) -> tuple[list[str], list[str]]:
    return ([claim.text for claim in c.narrative.verdict],
            [claim.text for claim in c.narrative.at_a_glance])


def test_open_weights_two_models_share_are_an_advantage_of_each() -> None:
    a = _model("a", "0.10", open_weights=True)
    b = _model("b", "0.10", open_weights=True)
    closed = _model("c", "0.10", open_weights=False)  # (the same bills: no bill advantage)
    c = _compare(a, b, closed)
    verdict, glance = _texts(c)
    assert verdict[:2] == [
        "Pick A for open weights (shared with B; C does not publish its weights).",
        "Pick B for open weights (shared with A; C does not publish its weights)."]
    assert glance == ["A and B for open weights."]
    assert c.check() == []


def test_weights_not_known_for_every_model_are_no_shared_advantage() -> None:
    a = _model("a", "0.10", open_weights=True)
    b = _model("b", "0.20", open_weights=True)
    unknown = _model("c", "2.00")
    c = _compare(a, b, unknown)
    assert not any("open weights" in text for text in _texts(c)[0])
    assert c.check() == []


def test_two_closed_models_are_named_together() -> None:
    a = _model("a", "0.10", open_weights=True)
    b = _model("b", "0.10", open_weights=True)
    c = _compare(a, b, _model("c", "0.10", open_weights=False),
                 _model("d", "0.10", open_weights=False))
    assert _texts(c)[0][1] == ("Pick B for open weights (shared with A; C and D do not publish "
                               "their weights).")
    assert c.check() == []


def test_the_page_of_the_finding() -> None:
    """``phicompare phi-4-mini-reasoning phi-4-reasoning o3-mini`` on 2026-12-01."""
    c = compare("phi-4-mini-reasoning", "phi-4-reasoning", "o3-mini", as_of=DAY)
    verdict, glance = _texts(c)
    assert verdict[1].startswith("Pick Phi-4 Reasoning for ")
    assert verdict[1].endswith("open weights (shared with Phi-4 Mini Reasoning; o3-mini does not "
                               "publish its weights).")
    assert "Phi-4 Mini Reasoning and Phi-4 Reasoning for open weights" in glance[0]
    assert c.check() == []


def test_a_bill_lower_than_one_rival_is_an_advantage() -> None:
    """Review 10, I10: the verdict named areas "over" one rival, never a bill lower than one's."""
    a = _model("a", "0.10")
    b = _model("b", "0.20")
    dear = _model("c", "2.00")
    c = _compare(a, b, dear)
    verdict, glance = _texts(c)
    assert c.cost.undercuts == ((1, 2), (2,), ())
    assert verdict[1] == "Pick B for a lower bill than C ($210.00 a month)."
    assert "B for a lower bill than C" in glance[0]
    assert c.check() == []


def test_a_bill_within_the_materiality_of_a_dearer_one_is_no_advantage() -> None:
    a = _model("a", "0.10")
    b = _model("b", "0.20")
    near = _model("c", "0.205")  # within 5% of B's bill
    c = _compare(a, b, near)
    assert c.cost.undercuts == ((1, 2), (), ())
    assert not any("lower bill than" in text for text in _texts(c)[0][1:])
    assert c.check() == []


def test_the_bills_of_the_finding() -> None:
    c = compare("phi-4-mini-reasoning", "phi-4-reasoning", "o3-mini", as_of=DAY)
    assert _texts(c)[0][1] == (
        "Pick Phi-4 Reasoning for a lower bill than o3-mini ($225.00 a month, on a route that "
        "retires on 2027-01-17, 47 days after the comparison's date) and open weights (shared "
        "with Phi-4 Mini Reasoning; o3-mini does not publish its weights).")
    assert c.check() == []
