"""A pick that leaves out a capability a listing's silence made unknown says so (leftN's leftover).

Since review 12 (L11's leftover) a listing-only model's "no" is unknown for picking, so a model
picked for something else drops the capability without a word: `phicompare kimi-k2 gpt-4o-mini`
read "Pick GPT-4o mini for the lower bill at this traffic ($270.00 a month)" beside the
tradeoff "GPT-4o mini documents vision; Kimi K2 Instruct's route listings (13 providers) do not
list it", which reads like an absence the verdict forgot. The pick now says why it is no reason.
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare

from .test_listed_no import _compare, _listed, _texts
from .test_listed_no_pick import _card

WRITTEN = dt.date(2026, 12, 1)
"""The day these pages' expectations were written (their routes and prices change with it)."""

_WHY = ("The vision and multimodal input A documents are no reason to pick it here: B's route "
        "listings on p and q do not list them, which leaves them unknown for that model.")


def test_a_pick_for_a_lower_bill_says_vision_is_unknown_for_the_listed_model() -> None:
    c = _compare(_card("a", "0.05"), _listed())
    verdict = _texts(c.narrative.verdict)
    pick = next(v for v in verdict if v.startswith("Pick A for the lower bill"))
    assert pick.endswith(f"a month). {_WHY}"), pick
    assert c.check() == []


def test_kimi_k2_beside_gpt_4o_mini() -> None:
    c = compare("kimi-k2", "gpt-4o-mini", as_of=WRITTEN)
    verdict = _texts(c.narrative.verdict)
    # OpenAI shuts GPT-4o mini down on 2027-01-14 (helper dataAM): the bill is Microsoft
    # Foundry's at the same price, on a route that retires later (review 29, F1)
    assert ("Pick GPT-4o mini for the lower bill at this traffic ($270.00 a month). The vision "
            "and multimodal input GPT-4o mini documents are no reason to pick it here: Kimi K2 "
            "Instruct's route listings on 12 providers do not list them, which leaves them "
            "unknown for that model.") in verdict, verdict
    assert c.check() == []


def test_three_models_each_pick_names_its_model() -> None:
    # A and C are picked for other things (a lower bill, a lower bill than B); B is silent
    c = _compare(_card("a", "0.05"), _listed(), _card("c", "0.08"))
    verdict = _texts(c.narrative.verdict)
    for name in ("A", "C"):  # vision would have been shared by A and C over B
        assert any(v.startswith(f"Pick {name} for ") and f"multimodal input {name} documents"
                   in v for v in verdict), verdict
    assert c.check() == []


def test_a_documented_absence_stays_a_reason() -> None:
    c = _compare(_card("a", "0.05"), _card("c", vision=False))
    verdict = _texts(c.narrative.verdict)
    assert any(v.startswith("Pick A for the lower bill") and "vision" in v
               and "unknown" not in v for v in verdict), verdict
    assert c.check() == []


def test_the_sentence_is_checked() -> None:
    """Its evidence holds the model's vision and the listed model's silence."""
    c = _compare(_card("a", "0.05"), _listed())
    pick = next(claim for claim in c.narrative.verdict if "leaves them unknown" in claim.text)
    paths = {e.path for e in pick.evidence}
    assert {"capabilities[0].support[0]", "capabilities[0].support[1]"} <= paths, paths
