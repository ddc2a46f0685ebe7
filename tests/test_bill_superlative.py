"""Three bills: the cheapest has "the lowest bill", not "the lower bill" (review 12, L15).

Rule 9: grammar holds for every number of models. Two bills compare ("the lower bill"); three
or more rank ("the lowest bill").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Model, Provider, ProviderRoute, Traffic, compare

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"


def _model(mid: str, price: str) -> Model:
    route = ProviderRoute(provider="p", input=Decimal(price), output=Decimal(price),
                          source=URL, checked=DAY)
    return Model(id=mid, name=mid.upper(), context_window=128_000, routes=(route,))


def _catalog() -> Catalog:
    return Catalog(models=(_model("a", "1"), _model("b", "2"), _model("c", "3")),
                   providers=(Provider(id="p", name="P"),))


def _text(*ids: str) -> str:
    c = compare(*ids, catalog=_catalog(), traffic=Traffic(), as_of=DAY)
    assert c.check() == []
    return c.to_markdown()


def test_three_bills_say_the_lowest_bill() -> None:
    text = _text("a", "b", "c")
    assert "the lowest bill at this traffic" in text
    assert "the lower bill" not in text


def test_two_bills_say_the_lower_bill() -> None:
    text = _text("a", "b")
    assert "the lower bill at this traffic" in text
    assert "the lowest bill" not in text
