"""The summary, the verdict and the scorecard say a window the bill's route does not carry.

Helper fixW's leftover (helper fixZ, item 2): on Ministral 3 pages the tradeoffs and switch
friction name the routes that carry Ministral 3 8B's 256K window (its bill is on Amazon
Bedrock, whose route takes 128,000 tokens), while the summary's "share the largest context
window", the verdict's "shared with Ministral 3 8B" and the scorecard's "long context" still
read the record's window alone.
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare
from phicompare.analysis.comparison import Comparison

_AS_OF = dt.date(2026, 12, 2)
_TRIPLE = ("ministral-3b", "ministral-3b-2512", "ministral-8b-2512")
_BEHIND = "Amazon Bedrock, behind Ministral 3 8B's bill, takes 128K"


def _compare(*ids: str) -> Comparison:
    c = compare(*ids, as_of=_AS_OF)
    assert c.check() == []
    return c


def _fit(c: Comparison, i: int) -> str:
    row = next(row for row in c.narrative.scorecard if row.key == "fit")
    return row.cells[i]


def test_the_summary_says_the_bills_route_takes_less() -> None:
    c = _compare(*_TRIPLE)
    summary = next(claim.text for claim in c.narrative.summary if claim.key == "context")
    assert summary == ("Ministral 3 3B 2512 and Ministral 3 8B share the largest context window: "
                       f"256K tokens against 128K for Ministral 3B; {_BEHIND}."), summary
    pair = _compare("ministral-3b", "ministral-8b-2512")
    summary = next(claim.text for claim in pair.narrative.summary if claim.key == "context")
    assert summary == ("Ministral 3 8B has the larger context window: 256K tokens against 128K "
                       f"for Ministral 3B; {_BEHIND}."), summary


def test_the_verdict_says_whose_bill_takes_less() -> None:
    """The 3B 2512's pick shares its window with the 8B: the 8B's bill's route is said; the 8B's
    own pick says no longer context (its window is other routes', as before)."""
    picks = [claim.text for claim in _compare(*_TRIPLE).narrative.verdict]
    assert any("a longer context than Ministral 3B (256K tokens, which Ministral 3 8B shares; "
               "Amazon Bedrock, behind Ministral 3 8B's bill, takes 128,000)" in p
               for p in picks), picks
    assert not any("Pick Ministral 3 8B for a longer context" in p for p in picks), picks


def test_the_scorecard_says_it_too() -> None:
    c = _compare(*_TRIPLE)
    assert _fit(c, 1) == "vision and long context over Ministral 3B"
    assert _fit(c, 2) == ("vision and long context over Ministral 3B on routes other than its "
                          "bill's")
    pair = _compare("ministral-3b", "ministral-8b-2512")
    assert _fit(pair, 1) == "vision and long context on routes other than its bill's"


def test_windows_alike_say_the_bills_route_too() -> None:
    """Review 26, P8: "Both have a context window of 256K tokens" while Laguna M.1's $155.00
    bill is on NanoGPT, whose route takes 128,000 (switch friction, on the same page, said so).
    The equal-window sentence now names the bill's route, as the larger-window one does."""
    c = _compare("laguna-m.1", "laguna-xs.2")
    summary = next(claim.text for claim in c.narrative.summary if claim.key == "context")
    assert summary == ("Both have a context window of 256K tokens; NanoGPT, behind Laguna M.1's "
                       "bill, takes 128K."), summary
