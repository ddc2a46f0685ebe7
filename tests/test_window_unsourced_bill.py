"""The "not yet sourced" window sentence says a bill's route that takes less, as the others do.

Helper fixAR: ``phicompare phi-1 deepseek-v3.1`` said "The context window of Phi-1 is not yet
sourced; DeepSeek V3.1 takes 128,000 tokens." while DeepSeek V3.1's bill is on Kilo Gateway,
whose route takes 32,768; every other window sentence says such a route (review 25, P4: "128,000
for DeepSeek V3.1 (though Kilo Gateway, the route behind its bill, takes 32,768)").
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare

_AS_OF = dt.date(2026, 12, 2)


def _window(*ids: str) -> str:
    c = compare(*ids, as_of=_AS_OF)
    assert c.check() == []
    return next(claim.text for claim in c.narrative.summary if claim.key == "context")


def test_a_known_window_says_the_route_behind_its_bill() -> None:
    assert _window("phi-1", "deepseek-v3.1") == (
        "The context window of Phi-1 is not yet sourced; DeepSeek V3.1 takes 128,000 tokens "
        "(though Kilo Gateway, the route behind its bill, takes 32,768).")


def test_a_window_that_reads_like_its_routes_is_written_to_the_token() -> None:
    """1,048,576 and QiHang's 1,000,000 both read "1M": never "takes 1M tokens (though ...
    takes 1,000,000)"."""
    assert _window("phi-1", "gemini-3-pro-preview") == (
        "The context window of Phi-1 is not yet sourced; Gemini 3 Pro Preview takes 1,048,576 "
        "tokens (though QiHang, the route behind its bill, takes 1,000,000).")


def test_windows_said_together_note_each_bill_after_its_model() -> None:
    assert _window("phi-1", "qwen3-32b", "qwen3-14b") == (
        "The context window of Phi-1 is not yet sourced; Qwen3 32B (though Kilo Gateway, the "
        "route behind its bill, takes 40,960) and Qwen3 14B (though Weights & Biases Inference, "
        "the route behind its bill, takes 32,768) take 131,072 tokens.")


def test_a_bill_on_a_route_with_the_window_adds_nothing() -> None:
    assert _window("phi-1", "phi-2") == (
        "The context window of Phi-1 is not yet sourced; Phi-2 takes 2K tokens.")
