"""Route notes join only where they are alike in every fact, windows too (review 16, P3).

"Ministral 3 3B 2512 and Ministral 3 8B alike: Amazon Bedrock costs exactly as much as Kilo
Gateway, NanoGPT, OpenRouter and LLM Gateway; a major cloud's or platform's route is preferred
..." joined two choices alike in words only: Bedrock is the one 256K route of the 3B and the one
128K route of the 8B. The notes are kept apart now, and a tie broken for a shorter window says
so: "..., though Amazon Bedrock takes 128K tokens against 256K on the others".
"""

from __future__ import annotations

import copy

import attrs

from phicompare import compare
from phicompare.narrative.check import check_claims


def test_notes_whose_routes_take_different_windows_are_kept_apart() -> None:
    c = compare("ministral-3b", "ministral-3b-2512", "ministral-8b-2512")
    notes = [claim for claim in c.narrative.cost if claim.key.startswith("choice:")]
    texts = [claim.text for claim in notes]
    assert not [t for t in texts if " alike: " in t], texts
    eight = next(claim for claim in notes if claim.text.startswith("Ministral 3 8B: "))
    assert eight.text.endswith(", though Amazon Bedrock takes 128K tokens against 256K on the "
                               "others."), eight.text
    three = next(t for t in texts if t.startswith("Ministral 3 3B 2512: "))
    assert "though" not in three, three
    assert c.check() == []
    # the Bedrock route taking 256K too: the "though" no longer holds
    bedrock = next(r for r, row in enumerate(c.routes) if row.model_index == 2
                   and row.provider_name == "Amazon Bedrock")
    row = attrs.evolve(c.routes[bedrock], context_window=262_144)
    broken = attrs.evolve(c, routes=(*c.routes[:bedrock], row, *c.routes[bedrock + 1:]))
    assert any("though Amazon Bedrock" in p for p in check_claims(c.narrative, broken))


def test_a_copied_comparison_says_the_same_of_its_routes() -> None:
    c = compare("ministral-3b", "ministral-3b-2512", "ministral-8b-2512")
    page = c.to_text()
    assert "256K on the others" in page
    assert copy.deepcopy(c).to_text() == page
