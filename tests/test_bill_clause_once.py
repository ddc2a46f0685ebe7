"""A bill's route is said once a sentence, and a model just named is not named again.

Helper fixAR, after an earlier review's leftovers: on ``phicompare grok-4-1-fast-non-reasoning
grok-4-1-fast-reasoning mistral-small-2503`` the summary read "Microsoft Foundry, behind Grok
4.1 Fast (Non-Reasoning)'s bill, takes 128K; Microsoft Foundry, behind Grok 4.1 Fast
(Reasoning)'s bill, takes 128K" (and the tradeoffs the same clause twice), and on ``phicompare
gemini-3-pro-preview claude-opus-4-5`` "Gemini 3 Pro Preview is $8,936.50 cheaper; Gemini 3 Pro
Preview's bill is on QiHang's listing".
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare
from phicompare.analysis.comparison import Comparison
from phicompare.narrative.claims import Claim

_AS_OF = dt.date(2026, 12, 2)
_GROKS = ("grok-4-1-fast-non-reasoning", "grok-4-1-fast-reasoning", "mistral-small-2503")
_BOTH = ("Microsoft Foundry, behind Grok 4.1 Fast (Non-Reasoning)'s and Grok 4.1 Fast "
         "(Reasoning)'s bills, takes 128K.")


def _said(c: Comparison, section: str, words: str) -> str:
    assert c.check() == []
    claims: tuple[Claim, ...] = getattr(c.narrative, section)
    return next(claim.text for claim in claims if words in claim.text)


def test_two_bills_on_one_route_say_it_once_in_the_summary() -> None:
    """Both Groks' bills are on Microsoft Foundry's 128K routes: one clause for the two."""
    text = _said(compare(*_GROKS, as_of=_AS_OF), "summary", "largest context window")
    assert text.endswith(f"against 128K for Mistral Small 3.1; {_BOTH}"), text
    assert text.count("Microsoft Foundry") == 1, text


def test_two_bills_on_one_route_say_it_once_in_the_tradeoffs() -> None:
    """Each model's routes with the window are its own; the bills' route is said once, last."""
    text = _said(compare(*_GROKS, as_of=_AS_OF), "tradeoffs", "longer prompts")
    assert text.count("Microsoft Foundry") == 1, text
    assert "behind its bill" not in text
    assert text.endswith(f"Grok 4.1 Fast (Reasoning) takes them on Jiekou.AI, 302.AI, FrogBot and "
                         f"two more; {_BOTH}"), text


def test_one_bill_behind_its_route_keeps_its_words() -> None:
    """A route behind one leader's bill is said as before."""
    c = compare("ministral-3b", "ministral-3b-2512", "ministral-8b-2512", as_of=_AS_OF)
    assert _said(c, "summary", "largest context window").endswith(
        "; Amazon Bedrock, behind Ministral 3 8B's bill, takes 128K.")


def test_the_cheaper_model_is_not_named_again_for_its_bill() -> None:
    """"A is $X cheaper; its bill is on Q's listing", not A's name twice in one sentence."""
    c = compare("gemini-3-pro-preview", "claude-opus-4-5", as_of=_AS_OF)
    text = _said(c, "summary", "cheaper")
    assert text.endswith("Gemini 3 Pro Preview is $8,936.50 cheaper; its bill is on QiHang's "
                         "listing: Cost at your traffic says why."), text
    assert "Gemini 3 Pro Preview's bill" not in text


def test_another_models_bill_keeps_its_name() -> None:
    """The caveat on a bill other than the cheapest's names its model: "its" would be wrong."""
    c = compare("minimax-m2.7", "fugu-ultra", "nex-n2-pro", as_of=_AS_OF)
    text = _said(c, "summary", "cheapest")
    assert text.endswith("MiniMax-M2.7 is cheapest; Fugu Ultra's bill is on OpenRouter's "
                         "listing: Cost at your traffic says why."), text
