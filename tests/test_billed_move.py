"""A move that keeps the records' window but not the bills' route's says the context shrinks.

Review 22, P1: ``phicompare ministral-3b-2512 ministral-8b-2512 ministral-3b`` said "Moving
either way between Ministral 3 3B 2512 and Ministral 3 8B loses no documented capability,
context or input modality" (both records take 262,144 tokens) while the same page bills both on
Amazon Bedrock, whose route takes 256,000 tokens for the 3B 2512 and 128,000 for the 8B, as its
cost section says. The HTML "Key numbers" card said "256K tokens, longer" beside the 8B's
Bedrock bill with no word of its 128K.
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare
from phicompare.analysis.comparison import Comparison

_AS_OF = dt.date(2026, 12, 2)
_TRIPLE = ("ministral-3b-2512", "ministral-8b-2512", "ministral-3b")


def _texts(c: Comparison) -> list[str]:
    assert c.check() == []
    return [claim.text for _, claims in c.narrative.sections() for claim in claims]


def test_the_move_to_the_8b_shrinks_on_the_bills_routes() -> None:
    """From the 3B 2512 (Bedrock, 256K) to the 8B (Bedrock, 128K): a shrink, with the 8B's
    routes that take its 256K; the other way loses nothing."""
    texts = _texts(compare(*_TRIPLE, as_of=_AS_OF))
    assert not any(t.startswith("Moving either way between Ministral 3 3B 2512 and Ministral 3 "
                                "8B") for t in texts), texts
    assert ("Context shrinks on the bills' routes from 256K tokens behind Ministral 3 3B 2512's "
            "bill on Amazon Bedrock to 128K behind Ministral 3 8B's on Amazon Bedrock; Ministral 3 "
            "8B takes more on Kilo Gateway, LLM Gateway, NanoGPT and OpenRouter.") in texts
    assert ("Moving from Ministral 3 8B to Ministral 3 3B 2512 loses no documented capability, "
            "context or input modality.") in texts


def test_a_pair_says_it_too() -> None:
    """The two alone."""
    texts = _texts(compare("ministral-3b-2512", "ministral-8b-2512", as_of=_AS_OF))
    assert any(t.startswith("Context shrinks on the bills' routes from 256K tokens behind "
                            "Ministral 3 3B 2512's bill on Amazon Bedrock") for t in texts), texts


def test_a_move_on_routes_of_the_window_keeps_the_words() -> None:
    """Phi-2 to Phi-4 Mini: no bill's route takes less than its model's window."""
    texts = _texts(compare("phi-2", "phi-4-mini", as_of=_AS_OF))
    assert not any("bills' routes" in t for t in texts)


def test_the_html_card_says_what_the_bills_route_takes() -> None:
    """The 8B's "256K tokens, longer" card says Bedrock, behind its bill, takes 128K."""
    page = compare("ministral-8b-2512", "ministral-3b", as_of=_AS_OF).to_html()
    cards = page[page.index('<div class="cards">'):]
    cards = cards[:cards.index('<div class="card verdict">')]
    assert "Amazon Bedrock, behind its bill, takes 128K tokens" in cards, cards
