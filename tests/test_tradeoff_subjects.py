"""Tradeoffs on an `--as-of` page drop a bullet by its subjects, not by a name in its text.

The last stop left (CHANGELOG, review 30 #5): Tradeoffs dropped every bullet whose text named a
model released after the page's date, so on a three-model page a bullet about the two released
models went because it named the third too, and a name that begins another ("GPT-4o" in "GPT-4o
mini") took the other's bullets with it. A bullet now carries the models it is about; a split
(a capability, inputs, licences, weights) is said among the released models alone.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Capabilities, Catalog, Model, ProviderRoute, compare

DAY = dt.date(2024, 6, 1)
OUT = dt.date(2024, 1, 1)
LATER = dt.date(2024, 9, 1)


def _model(id_: str, name: str, released: dt.date, **more: object) -> Model:
    route = ProviderRoute(provider="p", source="https://example.com/prices",
                          checked=dt.date(2024, 5, 1), input=Decimal(1), output=Decimal(2))
    return Model(id=id_, name=name, context_window=128_000, released=released,
                 routes=(route,), **more)  # type: ignore[arg-type]


def _tradeoffs(c: object) -> list[str]:
    return [claim.text for claim in c.narrative.tradeoffs]  # type: ignore[attr-defined]


def test_a_split_between_the_released_pair_stays_though_the_third_is_named() -> None:
    """Of three, "Zed" comes out after the day: the released pair's function-calling split and
    licences still differ, and each is said of the pair alone."""
    catalog = Catalog(models=(
        _model("a", "Alpha", OUT, capabilities=Capabilities(function_calling=True),
               license="MIT", open_weights=True),
        _model("b", "Beta", OUT, capabilities=Capabilities(function_calling=False),
               license="Apache-2.0", open_weights=False),
        _model("z", "Zed", LATER, license="MIT", open_weights=True)))
    c = compare("a", "b", "z", catalog=catalog, as_of=DAY)
    tradeoffs = _tradeoffs(c)
    assert "Alpha documents function calling; Beta does not support it." in tradeoffs, tradeoffs
    assert ("Licences differ: Alpha is under the MIT licence and Beta under the Apache-2.0 "
            "licence.") in tradeoffs, tradeoffs
    assert "Alpha publishes weights; Beta does not." in tradeoffs, tradeoffs
    assert not any("Zed" in text for text in tradeoffs[:-1]), tradeoffs
    assert tradeoffs[-1].startswith("Zed was not released until 2024-09-01"), tradeoffs
    assert c.check() == []
    # once Zed is out, every split names it again
    later = _tradeoffs(compare("a", "b", "z", catalog=catalog, as_of=dt.date(2024, 10, 1)))
    assert any("Zed" in text for text in later), later


def test_a_name_that_begins_another_takes_none_of_its_bullets() -> None:
    """"Omni" comes out after the day; "Omni mini" and "Beta" are out: their bullet stays."""
    catalog = Catalog(models=(
        _model("o", "Omni", LATER, capabilities=Capabilities(function_calling=True)),
        _model("m", "Omni mini", OUT, capabilities=Capabilities(vision=True)),
        _model("b", "Beta", OUT, capabilities=Capabilities(vision=False))))
    c = compare("o", "m", "b", catalog=catalog, as_of=DAY)
    tradeoffs = _tradeoffs(c)
    assert "Omni mini documents vision; Beta does not support it." in tradeoffs, tradeoffs
    assert not any("function calling" in text for text in tradeoffs), tradeoffs
    assert tradeoffs[-1].startswith("Omni was not released until 2024-09-01"), tradeoffs
    assert c.check() == []


def test_a_two_model_page_keeps_no_bullet_about_the_unreleased_model() -> None:
    """Of two, every bullet is about the model not yet out: the one line stands alone."""
    c = compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of=DAY)
    assert _tradeoffs(c) == [("Claude Sonnet 3.5 was not released until 2024-06-20, after the "
                              "comparison's date (2024-06-01): no tradeoff with it on that "
                              "date.")]
    assert c.check() == []
