"""The window caveats on bill routes name their model and are even across a sentence.

Review 55, #2: on Gemma 3 27B, Mistral Small 3.2, Qwen3 32B and Llama 4 Scout the summary read
"131,072 for Gemma 3 27B and Qwen3 32B (though Kilo Gateway, the route behind its bill, takes
40,960)": "its" was Qwen3 32B's, and Gemma 3 27B's Kilo Gateway route takes 128,000. Each note
now follows its own model, and one after a name listed after another's names its model. On o3-mini,
QwQ 32B and DeepSeek R1 0528 it noted DeepSeek R1 0528's NanoGPT route (128,000 under 163,840)
and not QwQ 32B's (128,000 under 131,072, the figures the sentence writes).
"""

from __future__ import annotations

import datetime as dt

from phicompare import Comparison, compare

DAY = dt.date(2026, 12, 3)


def _summary(c: Comparison) -> str:
    return " ".join(claim.text for claim in c.narrative.summary)


def _tradeoffs(c: Comparison) -> str:
    return " ".join(claim.text for claim in c.narrative.tradeoffs)


def _bill(c: Comparison, i: int) -> tuple[str, int]:
    route = c.cost.estimates[i].route
    assert route is not None
    row = next(r for r in c.routes_of(i) if r.route == route)
    assert row.context_window is not None
    return row.provider_name, row.context_window


def test_each_note_follows_its_model_where_a_window_is_shared() -> None:
    c = compare("gemma-3-27b-it", "mistral-small-2506", "qwen3-32b",
                "llama-4-scout-17b-instruct", as_of=DAY)
    gemma, qwen = (_bill(c, i) for i in (0, 2))
    assert gemma[1] < 131_072
    assert qwen[1] < 131_072
    said = (f"131,072 for Gemma 3 27B (though {gemma[0]}, the route behind its bill, takes "
            f"{gemma[1]:,}) and Qwen3 32B (though {qwen[0]}, the route behind its bill, takes "
            f"{qwen[1]:,})")
    assert said in _summary(c)
    assert said in _tradeoffs(c)
    assert c.check() == []


def test_a_note_after_a_name_listed_after_another_names_its_model() -> None:
    """Gemma 3 12B's bill route takes its window: Qwen3 32B's note, after "Gemma 3 12B and
    Qwen3 32B", names Qwen3 32B."""
    c = compare("gemma-3-12b-it", "qwen3-32b", "gpt-4.1", as_of=DAY)
    qwen = _bill(c, 1)
    assert _bill(c, 0)[1] >= 131_072
    said = (f"131,072 for Gemma 3 12B and Qwen3 32B (though {qwen[0]}, the route behind Qwen3 "
            f"32B's bill, takes {qwen[1]:,})")
    assert said in _summary(c)
    assert said in _tradeoffs(c)
    assert c.check() == []


def test_every_bill_route_under_its_written_window_is_said() -> None:
    c = compare("o3-mini", "qwq-32b", "deepseek-r1-0528", as_of=DAY)
    qwq, deepseek = _bill(c, 1), _bill(c, 2)
    assert qwq[1] < 131_072
    assert deepseek[1] < 163_840
    summary = _summary(c)
    assert (f"163,840 for DeepSeek R1 0528 (though {deepseek[0]}, the route behind its bill, "
            f"takes {deepseek[1]:,})") in summary
    assert (f"131,072 for QwQ 32B (though {qwq[0]}, the route behind its bill, takes "
            f"{qwq[1]:,})") in summary
    assert c.check() == []


def test_a_difference_the_sentence_does_not_write_is_not_said() -> None:
    """Without another caveat, 128,000 under 131,072 is about as much (review 7, F4)."""
    c = compare("qwq-32b", "gemma-3-27b-it", as_of=DAY)
    assert "the route behind" not in _summary(c)
