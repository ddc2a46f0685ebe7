"""Review 38: names told apart in every pick sentence; look-alike letters the fold missed."""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import recommend
from phicompare.domain.names import alike_key


def test_the_later_prices_sentence_tells_apart_models_that_share_a_name() -> None:
    r = recommend(licenses=["CC-BY-NC-4.0"], include_free=True, as_of=dt.date(2026, 5, 1))
    assert {c.model.id for c in r.candidates} >= {"command-r-plus-04-2024",
                                                 "command-r-plus-08-2024"}
    later = [c.text for c in r.reasons.summary if "checked after" in c.text]
    assert later, [c.text for c in r.reasons.summary]
    assert "Command R+'s" not in later[0]
    assert "(command-r-plus-08-2024)'s" not in later[0]  # (no bracket before "'s")
    assert "Command R+ (command-r-plus-" in later[0]
    assert r.check() == []


@pytest.mark.parametrize(("name", "plain"), [
    ("\u04cflama-3.1-8b", "llama-3.1-8b"),  # Cyrillic palochka, lower case
    ("\u04c0lama-3.1-8b", "llama-3.1-8b"),  # and its capital
    ("\u03f2laude-3-haiku", "claude-3-haiku"),  # Greek lunate sigma (NFKC reads it as sigma)
    ("p\u04bai-2", "phi-2"),  # Cyrillic capital shha, whose lower case is folded
    ("\u0412ERT", "bert"),  # a capital whose lower case looks like no Latin letter
])
def test_look_alike_letters_fold_to_the_latin_ones(name: str, plain: str) -> None:
    assert alike_key(name) == alike_key(plain)
