"""The summary and the scorecard on an `--as-of` page favour no model without its release date.

The last stop left (CHANGELOG, review 30 #5): `phicompare gpt-4o claude-3-5-sonnet-20240620
--as-of 2024-06-01` said "Claude Sonnet 3.5 has the larger context window" and gave it the fit
"long context", and `phi-2 phi-4-mini --as-of 2024-06-01` said "Phi-4 Mini leads on OLL IFEval",
of models no one could run on that date. They are now said "not released until" their dates; a
three-model page states the largest gap between the models out on the date.
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare

DAY = dt.date(2024, 6, 1)


def _summary(c: object) -> str:
    return " ".join(claim.text for claim in c.narrative.summary)  # type: ignore[attr-defined]


def _fit(c: object) -> tuple[str, ...]:
    rows = {row.key: row for row in c.narrative.scorecard}  # type: ignore[attr-defined]
    return rows["fit"].cells  # type: ignore[no-any-return]


def test_the_larger_window_of_a_model_not_yet_out_says_its_date() -> None:
    c = compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of=DAY)
    summary = _summary(c)
    assert ("Claude Sonnet 3.5, not released until 2024-06-20, has the larger context window: "
            "200K tokens against 128K for GPT-4o.") in summary, summary
    assert "Claude Sonnet 3.5 has the larger" not in summary, summary
    assert _fit(c)[1] == "not released until 2024-06-20", _fit(c)
    assert "long context" not in " ".join(_fit(c)), _fit(c)
    assert c.check() == []
    # out on the date: as before
    later = compare("gpt-4o", "claude-3-5-sonnet-20240620", as_of=dt.date(2024, 7, 1))
    assert "Claude Sonnet 3.5 has the larger context window" in _summary(later)
    assert "not released" not in " ".join(_fit(later)), _fit(later)


def test_a_lead_of_a_model_not_yet_out_says_its_date() -> None:
    c = compare("phi-2", "phi-4-mini", as_of=DAY)
    summary = _summary(c)
    assert "Phi-4 Mini, not released until 2025-02-26, leads on OLL IFEval (0-shot)" in summary, \
        summary
    assert "Phi-4 Mini leads" not in summary, summary
    assert "Phi-4 Mini has the larger" not in summary, summary
    assert _fit(c) == ("no distinctive fit in the data", "not released until 2025-02-26"), _fit(c)
    assert c.check() == []
    # before both: each fit is its date
    before = compare("phi-2", "phi-4-mini", as_of=dt.date(2023, 1, 1))
    assert _fit(before) == ("not released until 2023-12-12", "not released until 2025-02-26")
    assert before.check() == []


def test_a_three_model_page_states_the_gap_between_the_models_out() -> None:
    """Phi-4 Mini's lead over Phi-3.5 Mini is the largest gap, but Phi-4 Mini is not out on
    2024-12-01: the summary states the largest between the two that are."""
    c = compare("phi-3-mini-128k", "phi-3.5-mini", "phi-4-mini", as_of=dt.date(2024, 12, 1))
    summary = _summary(c)
    assert "Phi-3.5 Mini leads Phi-3 Mini 128K on OLL MATH Lvl 5 (4-shot)" in summary, summary
    assert "Phi-4 Mini leads" not in summary, summary
    assert _fit(c)[2] == "not released until 2025-02-26", _fit(c)
    assert c.check() == []
    # out on the date, Phi-4 Mini's lead is the summary's again
    out = _summary(compare("phi-3-mini-128k", "phi-3.5-mini", "phi-4-mini",
                           as_of=dt.date(2025, 6, 1)))
    assert "Phi-4 Mini leads Phi-3.5 Mini on OLL IFEval (0-shot)" in out, out
