"""A longer context no route but the record takes reads as the record's, in plain words.

Where the route behind a model's bill takes less than its recorded window and no other counted
route takes it, the verdict read "a longer context on routes other than the bill's (128K tokens
as recorded for the model; Vercel AI Gateway, behind the bill, takes 40,960)": no other route
takes it, and the clauses did not join (helper fixAF's brief, item 2). It reads "a longer
context as recorded for the model (128K tokens, though Vercel AI Gateway, the route behind its
bill, takes 40,960)" now, the line at a glance and the decision fit alike.
"""

from __future__ import annotations

import datetime as dt

from phicompare import Comparison, compare

DAY = dt.date(2026, 12, 2)


def _fit(c: Comparison, i: int) -> str:
    row = next(row for row in c.narrative.scorecard if row.key == "fit")
    return row.cells[i]


def test_a_window_only_the_record_takes_is_said_as_the_record_s() -> None:
    """Qwen3-30B-A3B: 128K recorded, 40,960 on Vercel AI Gateway behind its bill, no other."""
    c = compare("qwen-3-30b", "nano-banana", as_of=DAY)
    assert c.cost.estimates[0].provider_name == "Vercel AI Gateway"
    verdict = c.narrative.verdict[0].text
    assert verdict == (
        "Pick Qwen3-30B-A3B for the lower bill at this traffic ($221.00 a month) and a longer "
        "context as recorded for the model (128K tokens, though Vercel AI Gateway, the route "
        "behind its bill, takes 40,960). The reasoning mode Qwen3-30B-A3B documents is no reason "
        "to pick it here: it is not documented for Nano-Banana, which leaves it unknown for that "
        "model."), verdict  # (review 32, #1; why: helper fixCJ)
    assert c.narrative.at_a_glance[0].text == (
        "Qwen3-30B-A3B for the lower bill at this traffic and a longer context as recorded for "
        "the model.")
    assert _fit(c, 0).endswith(
        "long context as recorded for the model, not on its bill's route"), _fit(c, 0)
    page = c.to_markdown()
    assert "as recorded for the model;" not in page
    assert "routes other than" not in page
    assert c.check() == []


def test_a_window_other_routes_take_still_names_them() -> None:
    """Aion-1.0: 128K on Kilo Gateway and OpenRouter, 65,536 on NanoGPT behind its bill."""
    c = compare("aion-1.0", "qwen3-coder-480b-a35b-instruct-int4-mixed-ar", as_of=DAY)
    assert c.narrative.verdict[0].text == (
        "Pick Aion-1.0 for a longer context on routes other than the bill's (128K tokens on Kilo "
        "Gateway and OpenRouter; NanoGPT, behind the bill, takes 65,536) and a larger output "
        "limit (32K tokens).")  # (review 23, P4)
    assert _fit(c, 0) == ("long context on routes other than its bill's and long outputs"), \
        _fit(c, 0)  # (its larger output limit, review 23, P4)
    assert c.check() == []
