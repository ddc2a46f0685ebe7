"""A pick for a bill on a route that retires within the page's notice says so (review 10, I7).

The cost section dates the route's retirement beside the bill ("the route retires on ...");
the verdict, which sends the reader to that bill, kept every other caveat of it but this one.
See docs/narrative.md ("Materiality").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from phicompare import Catalog, Comparison, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

DAY = dt.date(2025, 8, 1)
SOON = dt.date(2025, 9, 24)  # 54 days after DAY


def _route(provider: str, price: str, **kw: Any) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source="https://example.com/p", checked=dt.date(2025, 7, 1), **kw)


def _model(mid: str, *routes: ProviderRoute) -> Model:
    return Model(id=mid, name=mid.upper(), context_window=131_072,
                 released=dt.date(2024, 1, 1), routes=routes)


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY)


def _texts(c: Comparison) -> tuple[list[str], list[str]]:
    return ([claim.text for claim in c.narrative.verdict],
            [claim.text for claim in c.narrative.at_a_glance])


def test_a_lower_bill_on_a_route_that_retires_soon_says_when() -> None:
    a = _model("a", _route("google", "0.10", retires=SOON))
    b = _model("b", _route("other", "1.00"))
    c = _compare(a, b)
    verdict, glance = _texts(c)
    assert verdict[0] == ("Pick A for the lower bill at this traffic ($105.00 a month, on a "
                          "route that retires on 2025-09-24, 54 days after the comparison's "
                          "date).")
    assert glance == [("A for the lower bill at this traffic (on a route that retires within "
                       "90 days of the comparison's date).")]
    assert c.check() == []


def test_a_route_that_retires_after_the_notice_is_not_flagged() -> None:
    a = _model("a", _route("google", "0.10", retires=DAY + dt.timedelta(days=91)))
    c = _compare(a, _model("b", _route("other", "1.00")))
    assert _texts(c)[0][0] == "Pick A for the lower bill at this traffic ($105.00 a month)."
    assert c.check() == []


def test_close_bills_name_whose_route_retires() -> None:
    a = _model("a", _route("google", "0.10", retires=SOON))
    b = _model("b", _route("other", "0.1"))
    far = _model("c", _route("dear", "1.00"))
    c = _compare(a, b, far)
    verdict, glance = _texts(c)
    assert verdict[0] == ("Pick A for the lowest bill ($105.00 a month, shared with B, on a "
                          "route that retires on 2025-09-24, 54 days after the comparison's "
                          "date).")
    assert glance[0].startswith("A and B for the lowest bill, a tie (A's bill on "
                                "a route that retires within 90 days of the comparison's date)")
    assert c.check() == []


def test_the_only_bill_on_a_retiring_route_says_so() -> None:
    a = _model("a", _route("google", "0.10", retires=SOON))
    b = _model("b", _route("other", "1.00", retires=dt.date(2025, 1, 1)))
    c = _compare(a, b)
    assert _texts(c)[0][0] == (
        "Pick A: the only model here with a route in service, and the only one with a bill "
        "($105.00 a month, on a route that retires on 2025-09-24, 54 days after the "
        "comparison's date).")
    assert c.check() == []


def test_the_pages_of_the_finding() -> None:
    """Gemini 1.5 Flash on 2025-08-01; Phi-4 Mini Reasoning on 2026-12-01."""
    c = compare("gemini-1.5-flash", "claude-3-5-haiku", as_of=DAY)
    verdict, glance = _texts(c)
    # (Claude Haiku 3.5's bill, once on Anthropic's price checked on 2025-08-13, after the
    # page's date, and named as not recorded (review 29, F2), is on Amazon Bedrock's equal
    # price on record that day (review 31, #1): no such clause)
    assert c.cost.estimates[1].provider_name == "Amazon Bedrock"
    assert verdict[0].startswith(
        "Pick Gemini 1.5 Flash for the lower bill at this traffic ($270.00 a month, on a route "
        "that retires on 2025-09-24, 54 days after the comparison's date), ")
    assert glance[0].startswith(
        "Gemini 1.5 Flash for the lower bill at this traffic (on a route that retires within 90 "
        "days of the comparison's date), ")
    assert c.check() == []
    c = compare("phi-4-mini-reasoning", "phi-4-reasoning", "o3-mini", as_of=dt.date(2026, 12, 1))
    assert _texts(c)[0][0].startswith(
        "Pick Phi-4 Mini Reasoning for the lowest bill at this traffic ($135.00 a month, on a "
        "route that retires on 2027-01-17, 47 days after the comparison's date)")
    assert c.check() == []
