"""Longer prompts and context shrinks say the routes that carry them where the bill's does not.

Review 16, P3's remainder (helper fixW): ``phicompare ministral-3b ministral-3b-2512
ministral-8b-2512`` said "Ministral 3 3B 2512 and Ministral 3 8B take longer prompts: 256K
tokens against 128K for Ministral 3B" and "Context shrinks from 256K tokens on Ministral 3 8B to
128K on Ministral 3B; prompts over 128K tokens must be cut", true of the model records, while
Ministral 3 8B's bill is on Amazon Bedrock, whose route takes 128,000 tokens, no more than
Ministral 3B's own.
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare
from phicompare.analysis.comparison import Comparison

_AS_OF = dt.date(2026, 12, 2)
_TRIPLE = ("ministral-3b", "ministral-3b-2512", "ministral-8b-2512")


def _texts(c: Comparison) -> list[str]:
    assert c.check() == []
    return [claim.text for _, claims in c.narrative.sections() for claim in claims]


def _page(*ids: str) -> list[str]:
    return _texts(compare(*ids, as_of=_AS_OF))


def test_the_longer_prompts_name_the_routes_that_take_them() -> None:
    """The 8B's 256K is its four other routes'; Bedrock, behind its bill, takes 128K."""
    texts = _page(*_TRIPLE)
    assert ("Ministral 3 3B 2512 and Ministral 3 8B take longer prompts: 256K tokens against "
            "128K for Ministral 3B; Ministral 3 8B takes them on Kilo Gateway, LLM Gateway, "
            "NanoGPT and OpenRouter; Amazon Bedrock, behind its bill, takes 128K.") in texts


def test_the_context_shrink_names_the_routes_that_carry_the_window() -> None:
    """From the 8B: the shrink is from its routes other than the bill's; from the 3B 2512, whose
    bill's route (Bedrock, 256,000) takes about its window, as before."""
    texts = _page(*_TRIPLE)
    assert ("Context shrinks from 256K tokens on Ministral 3 8B (on Kilo Gateway, LLM Gateway, "
            "NanoGPT and OpenRouter; Amazon Bedrock, behind its bill, takes 128K) to 128K on "
            "Ministral 3B; prompts over 128K tokens must be cut.") in texts
    assert ("Context shrinks from 256K tokens on Ministral 3 3B 2512 to 128K on Ministral 3B; "
            "prompts over 128K tokens must be cut.") in texts


def test_a_pair_says_it_too() -> None:
    """Ministral 3B beside Ministral 3 8B alone."""
    texts = _page("ministral-3b", "ministral-8b-2512")
    assert any(t.startswith("Ministral 3 8B takes longer prompts: 256K tokens against 128K for "
                            "Ministral 3B; Ministral 3 8B takes them on Kilo Gateway")
               for t in texts), texts


def test_a_bill_on_a_route_with_the_window_keeps_the_words() -> None:
    """Phi-4 Mini's bill is on a route of its 128K: nothing added."""
    texts = _page("phi-2", "phi-4-mini")
    assert "Phi-4 Mini takes longer prompts: 128K tokens against 2K for Phi-2." in texts
    assert not any("behind its bill" in t for t in texts)
