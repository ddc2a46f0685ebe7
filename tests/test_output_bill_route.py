"""A larger output limit says what the route behind the model's bill allows, where it is less.

Since review 23, P4 a larger maximum output is a tradeoff, a reason to pick and a decision fit,
compared on the models' records. DeepSeek V4 Flash records 384,000 output tokens and GPT-5.2
Codex 128,000, but OpenRouter, the route behind DeepSeek V4 Flash's bill, allows 65,536: the
verdict read "Pick DeepSeek V4 Flash for ... a larger output limit (384K tokens)", untrue at
the user's route (helper fixAH's brief, item 3). The words now say whose the figure is, as the
longer context's do.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from phicompare import compare

if TYPE_CHECKING:
    from phicompare import Comparison

DAY = dt.date(2026, 12, 2)


def _fit(c: Comparison, i: int) -> str:
    row = next(row for row in c.narrative.scorecard if row.key == "fit")
    return row.cells[i]


def _said(c: Comparison) -> list[str]:
    return [claim.text for claim in c.narrative.claims()]


def test_other_routes_allow_it_and_the_bill_s_route_is_named() -> None:
    """DeepSeek V4 Flash: 384K on 22 other counted routes, 65,536 on OpenRouter (its bill)."""
    c = compare("deepseek-v4-flash", "gpt-5.2-codex", as_of=DAY)
    assert ("a larger output limit on routes other than the bill's (384K tokens on GMI Cloud, "
            "Cortecs, Alibaba (China) and 19 more; OpenRouter, behind the bill, allows 65,536)"
            ) in c.narrative.verdict[0].text, c.narrative.verdict[0].text
    assert ("DeepSeek V4 Flash allows longer responses: up to 384K output tokens, against 128K "
            "for GPT-5.2 Codex; OpenRouter, the route behind its bill, allows 65,536.") in _said(c)
    assert "a larger output limit on routes other than the bill's and open weights" in \
        c.narrative.at_a_glance[0].text, c.narrative.at_a_glance[0].text
    assert _fit(c, 0) == "long context and long outputs on routes other than its bill's"
    assert not any("a larger output limit (384K tokens)" in t for t in _said(c))
    assert c.check() == []


def test_no_other_route_allows_it_so_it_is_the_record_s() -> None:
    """Doubao Seed 2.0 Code: 128K recorded, 32,000 on ZenMux behind its bill, no other route."""
    c = compare("doubao-seed-2.0-code", "kimi-k2.5-thinking", as_of=DAY)
    assert ("a larger output limit as recorded for the model (128K tokens, though ZenMux, the "
            "route behind its bill, allows 32,000)") in c.narrative.verdict[0].text, \
        c.narrative.verdict[0].text
    assert _fit(c, 0).endswith("long outputs as recorded for the model, not on its bill's route")
    assert c.check() == []


def test_a_bill_s_route_that_still_allows_more_keeps_the_short_words() -> None:
    """Aion-1.0: NanoGPT, behind its bill, allows 8,192, still more than the rival's 4,096."""
    c = compare("aion-1.0", "qwen3-coder-480b-a35b-instruct-int4-mixed-ar", as_of=DAY)
    assert c.narrative.verdict[0].text.endswith("and a larger output limit (32K tokens).")
    assert ("Aion-1.0 allows longer responses: up to 32K output tokens, against 4K for Qwen 3 "
            "Coder 480B.") in _said(c)
    assert c.check() == []


def test_the_tradeoff_s_evidence_holds_the_bill_s_route() -> None:
    """The tradeoff's evidence holds the bill's route, its provider and its output figure."""
    c = compare("deepseek-v4-flash", "gpt-5.2-codex", as_of=DAY)
    claim = next(claim for claim in c.narrative.tradeoffs if "longer responses" in claim.text)
    paths = {str(e.path) for e in claim.evidence}
    assert any(p.endswith(".route.max_output_tokens") for p in paths), paths
    assert any(p.endswith(".provider_name") and p.startswith("routes[") for p in paths), paths


def test_at_a_glance_says_other_routes_once_for_context_and_output() -> None:
    """``phicompare deepseek-v3.1 m-prometheus-14b`` read at a glance "a longer context on routes
    other than the bill's and a larger output limit on routes other than the bill's" (fixAH's
    leftover): one clause for both now."""
    c = compare("deepseek-v3.1", "m-prometheus-14b", as_of=DAY)
    glance = c.narrative.at_a_glance[0].text
    assert glance.startswith("DeepSeek V3.1 for a longer context and a larger output limit, "
                             "both on routes other than the bill's;"), glance
    assert glance.count("other than the bill's") == 1, glance
    assert c.check() == []


def test_the_decision_fit_says_other_routes_once_for_context_and_output() -> None:
    """The scorecard's decision fit read "long context on routes other than its bill's and long
    outputs on routes other than its bill's" on this page; one clause for both now, as at a
    glance says it (stop 45's closing note; helper fixAI)."""
    c = compare("deepseek-v3.1", "m-prometheus-14b", as_of=DAY)
    fit = _fit(c, 0)
    assert fit.endswith(", long context and long outputs, both on routes other than its bill's"), \
        fit
    assert fit.count("other than its bill's") == 1, fit
    assert c.check() == []
