"""Context windows beside the routes that take more than their records (review 8, G2 and G3).

Each page is built from a small catalog in code, so the figures are the test's own.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Comparison, Model, Provider, ProviderRoute, compare
from phicompare.render.highlights import longest

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"


def _route(provider: str, price: str, context: int | None = None) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         context_window=context, source=URL, checked=DAY)


def _model(mid: str, context: int, *wider: int) -> Model:
    routes = (_route("p", "1"), *[_route("q", "2", w) for w in wider])
    return Model(id=mid, name=mid.upper(), context_window=context, input_modalities=("text",),
                 routes=routes)


def _page(*models: Model) -> Comparison:
    catalog = Catalog(models=models, providers=(Provider(id="p", name="P"),
                                                Provider(id="q", name="Q")))
    return compare(*[m.id for m in models], catalog=catalog, as_of=DAY)


def _said(c: Comparison, key: str = "context") -> tuple[str, str]:
    return (next(claim.text for claim in c.narrative.summary if claim.key == key),
            next(claim.text for claim in c.narrative.tradeoffs if claim.key == key))


def _friction(c: Comparison) -> list[str]:
    return [claim.text for _, _, claims in (*c.narrative.friction_shared, *c.narrative.friction)
            for claim in claims]


def test_windows_alike_at_the_top_keep_the_shorter_models_routes() -> None:
    """G2: "A and B share ... about 1M against 200K for C" drops C's 1M routes the page bills."""
    c = _page(_model("a", 1_048_576), _model("b", 1_047_576), _model("c", 200_000, 1_000_000))
    summary, tradeoff = _said(c)
    assert summary == ("A and B share the largest context window: about 1M tokens against "
                       "200,000 for C as recorded for the model; some of C's routes take up to "
                       "1,000,000.")  # (to the token, as the page writes 1,047,576: F4)
    assert tradeoff.startswith("A and B take longer prompts: about 1M tokens against 200,000 for "
                               "C as recorded for the model; some of C's routes take up to")
    assert c.check() == []


def test_no_longer_prompts_where_the_shorter_records_routes_take_more() -> None:
    """G3: not "A takes longer prompts" while B's routes take 2.5 times A's window."""
    c = _page(_model("a", 400_000), _model("b", 200_000, 1_000_000))
    summary, tradeoff = _said(c)
    for text in (summary, tradeoff):
        assert "longer" not in text
        assert "larger" not in text
    assert summary == ("Context windows as recorded for the models, in tokens: 400K for A and "
                       "200K for B; some of B's routes take up to 1M, more than A's record.")
    assert tradeoff == ("A is recorded at 400K tokens of context against 200K for B; some of "
                        "B's routes take up to 1M, more than A's record.")
    friction = _friction(c)
    assert not [t for t in friction if "shrinks" in t or "loses no" in t], friction
    assert ("B is recorded at 200K tokens of context against 400K on A; only its routes that "
            "take more (up to 1M) carry prompts over 200K.") in friction
    assert ("Some of B's routes take up to 1M tokens, more than A takes (400K): prompts over "
            "400K tokens must be cut on A.") in friction
    assert longest(c) == frozenset()
    assert c.check() == []


def test_equal_reaches_are_no_longer_window() -> None:
    """G3: "128K ... some of B's routes take up to 128K" is no longer prompt, nor a shrink."""
    c = _page(_model("a", 131_072), _model("b", 40_960, 131_072), _model("c", 16_384))
    for text in _said(c):
        assert "longer" not in text
        assert "as much as A's record" in text
    assert not [t for t in _friction(c) if "from 128K tokens on A to 40K" in t
                or "Context shrinks from 131,072 tokens on A" in t]
    assert longest(c) == frozenset()
    assert c.check() == []


def test_a_window_longer_than_every_reach_still_reads_longer() -> None:
    """The rule keeps "longer" where the window is longer than the other's routes too."""
    c = _page(_model("a", 1_048_576), _model("b", 200_000, 400_000))
    summary, tradeoff = _said(c)
    assert summary.startswith("A has the larger context window: 1M tokens against 200K for B "
                              "as recorded for the model; some of B's routes take up to 400K")
    assert tradeoff.startswith("A takes longer prompts")
    assert longest(c) == frozenset({0})
    assert c.check() == []
