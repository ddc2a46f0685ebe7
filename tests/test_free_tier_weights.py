"""A published-weights model whose only route is a free tier runs there or from its weights.

Review 22, P2: ``phicompare phi-4-mini gemma-3n-e2b-it`` said Gemma 3n E2B IT "would run only
on the free tier on NVIDIA NIM (API catalog)" while its FAQ says it publishes its weights, and
a model whose routes are out of service reads "would run only from its published weights".
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare
from phicompare.analysis.comparison import Comparison

_AS_OF = dt.date(2026, 12, 2)


def _texts(c: Comparison) -> list[str]:
    assert c.check() == []
    return [claim.text for _, claims in c.narrative.sections() for claim in claims]


def test_the_verdict_names_the_weights_beside_the_free_tier() -> None:
    """The verdict: on the free tier, or from its published weights."""
    texts = _texts(compare("phi-4-mini", "gemma-3n-e2b-it", as_of=_AS_OF))
    assert any("it has no bill at this traffic, and would run on the free tier on NVIDIA NIM "
               "(API catalog), whose usage limits the data does not record, or from its "
               "published weights." in t for t in texts), texts
    assert not any("only on the free tier" in t for t in texts)


def test_at_a_glance_too() -> None:
    """With free tiers included, at a glance: on a free tier or its published weights."""
    texts = _texts(compare("phi-4-mini", "gemma-3n-e2b-it", as_of=_AS_OF, include_free=True))
    assert any("Gemma 3n E2B IT, on a free tier or its published weights, for vision" in t
               for t in texts), texts
    assert not any("only on a free tier" in t for t in texts)
