"""The FAQ's "where can I run" takes the comparison's date (review 9, H14).

On a page dated 2024-01-01 the FAQ said GPT-4.1 "is listed on" 22 providers, in the present
tense, though the same page said no route carries it before its release on 2025-04-14.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, Provider, ProviderRoute, compare

CHECKED = dt.date(2026, 11, 25)


def _model(mid: str, released: dt.date) -> Model:
    route = ProviderRoute(provider="p", input=Decimal(1), output=Decimal(1),
                          source="https://example.com/prices", checked=CHECKED)
    return Model(id=mid, name=mid.upper(), context_window=128_000, released=released,
                 routes=(route,))


def test_where_to_run_a_model_not_yet_released_says_so() -> None:
    a, b = _model("a", dt.date(2025, 4, 14)), _model("b", dt.date(2023, 1, 1))
    c = compare(a, b, catalog=Catalog(models=(a, b), providers=(Provider(id="p", name="P"),)),
                as_of=dt.date(2024, 1, 1))
    where = next(q for q in c.narrative.faq if q.key == "where")
    texts = [claim.text for claim in where.answer]
    assert texts == [("A was not released until 2025-04-14, after the comparison's date "
                      "(2024-01-01); as last checked, the catalog lists it on P."),
                     "B is listed on P."]
    assert c.check() == []
