"""Three bills: the cheapest has "the lowest bill", not "the lower bill" (review 12, L15).

Rule 9: grammar holds for every number of models. Two bills compare ("the lower bill"); three
or more rank ("the lowest bill").
"""

from __future__ import annotations

import datetime as dt

from phicompare import Catalog, Provider, Traffic, compare
from tests.helpers import one_route_model

DAY = dt.date(2026, 11, 25)


def _catalog() -> Catalog:
    return Catalog(models=(one_route_model("a", "1", DAY), one_route_model("b", "2", DAY),
                           one_route_model("c", "3", DAY)),
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
