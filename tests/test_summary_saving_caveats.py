"""The summary's saving carries the lower bill's caveats, as the verdict does (review 29, F4).

``phicompare phi-2 phi-4-mini`` read "Phi-2 is $30.00 cheaper" in the summary, where the line at
a glance and the verdict added "on an unconfirmed listing that may have been retired";
``gpt-4o llama-3.1-70b`` dropped the price last checked more than 180 days before, and a bill on
a route retiring within the page's notice was said bare too. Only a reseller's listing and a
listing's figures above its model's reached the summary. See docs/narrative.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from phicompare import Catalog, Comparison, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

DAY = dt.date(2026, 12, 1)


def _route(price: str, checked: dt.date = dt.date(2026, 11, 1), **kw: Any) -> ProviderRoute:
    return ProviderRoute(provider="p", input=Decimal(price), output=Decimal(price),
                         source="https://example.com/p", checked=checked, **kw)


def _compare(cheap: ProviderRoute, day: dt.date = DAY) -> Comparison:
    models = tuple(Model(id=i, name=i.upper(), context_window=128_000,
                         released=dt.date(2024, 1, 1), routes=(route,))
                   for i, route in (("a", cheap), ("b", _route("1.00"))))
    return compare(*models, catalog=Catalog(models=models), as_of=day)


def _saving(c: Comparison) -> str:
    return next(claim.text for claim in c.narrative.summary if "cheaper" in claim.text)


@pytest.mark.parametrize(("route", "day", "said"), [
    (_route("0.10", status="unverified"), DAY, "on an unconfirmed listing"),
    (_route("0.10", checked=dt.date(2026, 1, 1)), DAY,
     "at prices last checked more than 180 days before the comparison's date"),
    (_route("0.10", checked=dt.date(2026, 1, 1)), dt.date(2025, 12, 1),
     "at prices checked after the comparison's date"),
    (_route("0.10", retires=dt.date(2026, 12, 20)), DAY,
     "on a route that retires within 90 days of the comparison's date"),
    (_route("0.10", status="unverified", checked=dt.date(2026, 1, 1)), DAY,
     ("on an unconfirmed listing and at prices last checked more than 180 days before the "
      "comparison's date")),
])
def test_the_saving_carries_the_lower_bill_s_caveat(route: ProviderRoute, day: dt.date,
                                                    said: str) -> None:
    c = _compare(route, day)
    assert f"A is $945.00 cheaper, {said}." in _saving(c)
    assert c.check() == []


def test_a_bill_without_caveats_saves_bare_and_a_dearer_bill_s_caveat_is_not_the_saving_s() -> None:
    c = _compare(_route("0.10"))
    assert _saving(c).endswith("A is $945.00 cheaper.")
    models = (Model(id="a", name="A", routes=(_route("0.10"),)),
              Model(id="b", name="B", routes=(_route("1.00", status="unverified"),)))
    c = compare(*models, catalog=Catalog(models=models), as_of=DAY)
    assert _saving(c).endswith("A is $945.00 cheaper.")
    assert c.check() == []


def test_the_caveat_is_checked_against_the_facts() -> None:
    """The clause rests on the verdict's facts: the route's status, checked by `check()`."""
    c = _compare(_route("0.10", status="unverified"))
    claim = next(claim for claim in c.narrative.summary if "cheaper" in claim.text)
    assert any(check.paths == ("cost.estimates[0].route.status",) for check in claim.checks)


def test_the_readme_page_says_phi_2_s_saving_with_its_caveat() -> None:
    c = compare("phi-2", "phi-4-mini", as_of=dt.date(2026, 11, 30))
    assert "Phi-2 is $30.00 cheaper, on an unconfirmed listing." in _saving(c)
    assert c.check() == []
