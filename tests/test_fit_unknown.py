"""The scorecard's "Decision fit" says whom a capability is unknown for (review 20, P3).

Nova Premier 1.0's fit read "vision and long context" beside MiniMax M2.5 highspeed, whose one
listing does not list vision, while the verdict said "The vision ... Nova Premier 1.0 documents
are no reason to pick it here". One rule for both: a capability a rival neither documents nor
is documented without is a fit said with whom it is unknown for, as the verdict weighs it.
"""

from __future__ import annotations

from phicompare import Comparison, compare

from .test_listed_no import _compare, _listed
from .test_listed_no_pick import _card


def _fit(c: Comparison) -> tuple[str, ...]:
    row = next(r for r in c.narrative.scorecard if r.key == "fit")
    return tuple(row.cells)


def test_a_listings_silence_is_said_in_the_fit() -> None:
    c = _compare(_card("a"), _listed())
    assert _fit(c)[0] == "vision (B: not documented)", _fit(c)
    assert c.check() == []


def test_a_documented_absence_is_a_plain_fit() -> None:
    c = _compare(_card("a"), _card("c", vision=False))
    assert _fit(c)[0] == "vision", _fit(c)
    assert c.check() == []


def test_nova_premier_s_fit_agrees_with_its_verdict() -> None:
    c = compare("nova-premier-v1", "minimax-m2.5-lightning")
    assert _fit(c)[0] == "vision (MiniMax M2.5 highspeed: not documented) and long context", _fit(c)
    assert c.check() == []


def test_capabilities_unknown_for_the_same_model_share_one_note() -> None:
    """QVQ Max's vision and reasoning mode, both unknown for Gemma 4 31B: the note said once,
    where it read "vision (unknown for Gemma 4 31B) and reasoning mode (unknown for Gemma 4
    31B)" (helper fixAF); the name first since helper fixAI. That record is Google's
    gemma-4-31b-it since brief dataCG, which documents both; Qwen Coder Plus documents neither."""
    c = compare("qvq-max", "qwen-coder-plus")
    assert _fit(c)[0] == "vision and reasoning mode (Qwen Coder Plus: neither documented)", _fit(c)
    assert c.check() == []
    c = compare("gpt-5", "nova-pro")  # (tests/test_verdict_prompts.py; long outputs: review 25)
    assert _fit(c)[0] == ("reasoning mode and structured output (Nova Pro: neither documented) and "
                          "long outputs"), _fit(c)
    assert c.check() == []
