"""The summary names every model whose routes take more than its record (review 16, P5).

"Context windows as recorded for the models, in tokens: 131,072 for Kimi K2 Instruct and Qwen3
235B-A22B, and 128,000 for DeepSeek-R1; some of DeepSeek-R1's routes take up to 164,000, more
than the largest record" named the shorter model's routes alone, though the other two's routes
take 256,000 and 262,144: the model whose routes reach least read as the long-prompt option.
The notes now name each model's routes beyond its record, widest first, and the sentence checks
that no model left out has a counted route materially beyond its record.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from phicompare import Catalog, Comparison, Model, ProviderRoute, compare
from phicompare.narrative.check import check_claims

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"


def _route(provider: str, price: str, context: int | None = None) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         context_window=context, source=URL, checked=DAY)


def _page(top_route: int) -> Comparison:
    a = Model(id="a", name="A", context_window=131_072, input_modalities=("text",),
              routes=(_route("p", "1", top_route),))
    b = Model(id="b", name="B", context_window=128_000, input_modalities=("text",),
              routes=(_route("q", "1", 164_000),))
    return compare("a", "b", catalog=Catalog(models=(a, b)), as_of=DAY)


def _said(c: Comparison) -> str:
    return next(claim.text for claim in c.narrative.summary if claim.key == "context")


def test_the_longest_record_s_routes_beyond_it_are_named_first() -> None:
    c = _page(256_000)
    text = _said(c)
    assert "some of A's routes take up to 256,000" in text, text
    assert text.index("A's routes") < text.index("B's routes"), text
    assert c.check() == []


def test_the_old_sentence_fails_on_facts_where_an_unnamed_model_reaches_further() -> None:
    c = _page(131_072)  # A's route takes its record: only B's routes are named
    text = _said(c)
    assert "A's routes" not in text, text
    assert "some of B's routes take up to 164,000" in text, text
    assert c.check() == []
    # A's route taking 256,000: the sentence leaves out the routes that reach furthest
    row = attrs.evolve(c.routes[0], context_window=256_000)
    broken = attrs.evolve(c, routes=(row, *c.routes[1:]))
    problems = check_claims(c.narrative, broken)
    assert any("routes[0].context_window" in p for p in problems), problems
