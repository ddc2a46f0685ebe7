"""The line at a glance words each model's reasons once a page (issue 18).

``at_a_glance`` found the reasons several models share from each model's unfigured phrases,
then unfigured the same phrases again for each model's part, and asked twice where a pick
without a bill would run: the same words made twice a page.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

import pytest

from phicompare import compare
from phicompare.narrative import answers

DAY = dt.date(2026, 11, 25)

PAGES = [("phi-2", "phi-4-mini"), ("phi-4-mini", "gemma-3n-e2b-it", "gemma-3-4b"),
         ("gpt-4o", "phi-4"), ("gemma-3n-e2b-it", "phi-4-mini")]


def _counted(monkeypatch: pytest.MonkeyPatch, name: str, seen: Counter[object],
             key: Callable[..., object]) -> None:
    real = getattr(answers, name)

    def counting(*args: object, **kwargs: object) -> object:
        seen[key(*args, **kwargs)] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(answers, name, counting)


@pytest.mark.parametrize("models", PAGES)
def test_each_phrase_and_where_words_made_once(models: tuple[str, ...],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    glanced: Counter[object] = Counter()
    where: Counter[object] = Counter()
    _counted(monkeypatch, "glance", glanced, lambda phrase, *_: phrase)
    _counted(monkeypatch, "unbilled_words", where,
             lambda _x, i, **kw: (i, kw.get("figured", True)))
    c = compare(*models, as_of=DAY, include_free=True)
    assert c.narrative.at_a_glance
    assert glanced, "the page has reasons at a glance"
    assert max(glanced.values()) == 1, glanced
    assert max(where.values(), default=1) == 1, where
    assert c.check() == []
