""""About as much as": a route's window within 2.5% of the largest record is checked so.

The summary and the tradeoffs say where a shorter model's routes take about as much as the
largest model's record ("some of B's routes take up to 408,000, about as much as A's record").
The sentence quoted both figures as evidence but asserted nothing of them: "more than" carried
`>` and "as much as" `==`, "about as much as" nothing, so `check()` passed it for any two
figures. It now carries `CheckOp.WITHIN`, 2.5% (`window_forms.MATERIAL_SHARE`), the page's one
rule of windows that read alike.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from phicompare import Catalog, Comparison, Model, ProviderRoute, compare
from phicompare.narrative.check import check_claims, holds
from phicompare.narrative.claims import Check, CheckOp

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"


def _route(provider: str, price: str, context: int | None = None) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         context_window=context, source=URL, checked=DAY)


def _page() -> Comparison:
    a = Model(id="a", name="A", context_window=400_000, input_modalities=("text",),
              routes=(_route("p", "1"),))
    b = Model(id="b", name="B", context_window=200_000, input_modalities=("text",),
              routes=(_route("q", "1", 408_000),))
    return compare("a", "b", catalog=Catalog(models=(a, b)), as_of=DAY)


def test_about_as_much_as_carries_a_check_that_the_figures_are_within_its_share() -> None:
    c = _page()
    said = [claim for claim in (*c.narrative.summary, *c.narrative.tradeoffs)
            if "about as much as" in claim.text]
    assert said, [claim.text for claim in c.narrative.summary]
    assert "take up to 408K (q, behind its bill, among them), about as much as A's record" \
        in said[0].text, said[0].text
    assert c.check() == []
    for claim in said:
        within = [check for check in claim.checks if check.op is CheckOp.WITHIN]
        assert [check.paths for check in within] == [("routes[1].context_window",
                                                      "models[0].context_window")]
    # the route taking 440,000, 10% over the record: the sentence no longer holds of it
    row = attrs.evolve(c.routes[1], context_window=440_000)
    broken = attrs.evolve(c, routes=(c.routes[0], row, *c.routes[2:]))
    problems = check_claims(c.narrative, broken)
    assert any("about as much as" in p and "asserts within" in p for p in problems), problems


def test_within_holds_of_figures_no_more_than_the_share_apart_either_way() -> None:
    within = Check(op=CheckOp.WITHIN, paths=(), values=("0.025",))
    assert holds(within, [408_000, 400_000])
    assert holds(within, [131_072, 128_000])  # 2.4%
    assert holds(within, [400_000, 410_000])
    assert not holds(within, [411_000, 400_000])
    assert not holds(within, [400_000, 411_000])
    assert not holds(within, [None, 400_000])
