"""Review 25, P3, P4 and P6: windows and output limits said as the routes behind them allow.

P3: a contender route that allows more than its record, but less than the model's limit, no
longer drops the larger output limit (o3's 100K against Claude Opus 4.1's 32K, 64K on ZenMux).
P4: the route behind a shorter model's bill that takes materially less than its window is said
(DeepSeek V3.1's 128,000; Kilo Gateway, behind its bill, takes 32,768). P6: a source model's
input limit below its window is what a move cuts prompts from (GPT-5 Mini's 272K of 400K).
"""

from __future__ import annotations

import datetime as dt

import attrs

from phicompare import Catalog, Comparison, compare, default_catalog
from phicompare.narrative.check import check_claims

DAY = dt.date(2026, 12, 2)


def _said(c: Comparison) -> list[str]:
    return [claim.text for claim in c.narrative.claims()]


def _friction(c: Comparison, s: int, t: int) -> list[str]:
    return [claim.text for a, b, group in c.narrative.friction if (a, b) == (s, t)
            for claim in group]


def _turned(c: Comparison, provider: str, i: int, output: int) -> Comparison:
    """``c``'s facts with model ``i``'s route on ``provider`` allowing ``output`` tokens."""
    rows = tuple(attrs.evolve(row, route=attrs.evolve(row.route, max_output_tokens=output))
                 if row.provider_name == provider and row.model_index == i else row
                 for row in c.routes)
    return attrs.evolve(c, routes=rows)


def test_a_contender_route_below_the_limit_keeps_the_larger_output_limit() -> None:
    """o3's 100K against Claude Opus 4.1's 32K: ZenMux's 64K is said, not a reason to drop it."""
    c = compare("o3", "claude-opus-4-1", as_of=DAY)
    n = c.narrative
    assert ("o3 allows longer responses: up to 100K output tokens, against 32K for Claude Opus "
            "4.1 as recorded for the model; some of Claude Opus 4.1's routes allow up to 64K."
            ) in [claim.text for claim in n.tradeoffs]
    assert ("a larger output limit (100K tokens; Claude Opus 4.1's routes allow up to 64K)"
            in n.verdict[0].text), n.verdict[0].text
    assert "a larger output limit" in n.at_a_glance[0].text
    assert n.scorecard[0].cells[0] == "long outputs"
    assert c.check() == []


def test_the_contender_routes_figure_is_checked() -> None:
    """The same narrative against ZenMux allowing 120,000 (more than o3's 100,000) fails."""
    c = compare("o3", "claude-opus-4-1", as_of=DAY)
    problems = " ".join(check_claims(c.narrative, _turned(c, "ZenMux", 1, 120_000)))
    assert "longer responses" in problems
    assert "a larger output limit" in problems


def test_a_contender_route_that_allows_about_as_much_drops_it() -> None:
    """Where a counted route of Claude Opus 4.1 allows 100,000, o3's limit is no advantage."""
    catalog = default_catalog()
    o3, opus = catalog.model("o3"), catalog.model("claude-opus-4-1")
    opus = attrs.evolve(opus, routes=tuple(
        attrs.evolve(r, max_output_tokens=100_000) if r.provider == "zenmux" else r
        for r in opus.routes))
    models = (o3, opus)
    c = compare(*models, as_of=DAY, catalog=Catalog(
        models=models, benchmarks=catalog.benchmarks, providers=catalog.providers))
    said = " ".join([claim.text for claim in (*c.narrative.tradeoffs, *c.narrative.verdict)])
    assert "longer responses" not in said
    assert "output limit" not in said
    assert c.check() == []


BILL = "though Kilo Gateway, the route behind its bill, takes 32,768"


def test_the_shorter_models_bill_route_is_said_where_its_window_is() -> None:
    """DeepSeek V3.1's 128,000 in the summary, the tradeoffs and the move to it say Kilo's."""
    c = compare("llama-4-maverick", "deepseek-v3.1", as_of=DAY)
    n = c.narrative
    summary = next(claim.text for claim in n.summary if "context window" in claim.text)
    tradeoff = next(claim.text for claim in n.tradeoffs if "longer prompts" in claim.text)
    for text in (summary, tradeoff):
        assert f"128,000 for DeepSeek V3.1 ({BILL}) as recorded for the model" in text, text
    assert any(f"to 128,000 on DeepSeek V3.1 ({BILL}) as recorded" in text
               for text in _friction(c, 0, 1)), _friction(c, 0, 1)
    assert c.check() == []


def test_both_moves_to_the_model_say_its_bill_route() -> None:
    """Three models: from Llama 4 Maverick and from Qwen3 235B-A22B, each says the 32,768."""
    c = compare("llama-4-maverick", "deepseek-v3.1", "qwen3-235b-a22b", as_of=DAY)
    for s in (0, 2):
        assert any("32,768" in text and "Kilo Gateway" in text for text in _friction(c, s, 1)), (
            s, _friction(c, s, 1))
    assert c.check() == []


def test_the_bill_route_clause_is_checked() -> None:
    """Kilo Gateway's window turned to 128,000: the claims that say 32,768 are reported."""
    c = compare("llama-4-maverick", "deepseek-v3.1", as_of=DAY)
    rows = tuple(attrs.evolve(row, context_window=128_000)
                 if row.provider_name == "Kilo Gateway" and row.model_index == 1 else row
                 for row in c.routes)
    problems = check_claims(c.narrative, attrs.evolve(c, routes=rows))
    assert sum("32,768" in problem for problem in problems) >= 3, problems


def test_a_move_from_a_capped_model_shrinks_from_its_input_limit() -> None:
    """GPT-5 Mini takes 272K input tokens of 400K: the move to Grok 4's 256K says 272K."""
    c = compare("grok-4", "gpt-5-mini", as_of=DAY)
    assert ("Context shrinks from 272K input tokens on GPT-5 Mini (its input limit, of a "
            "400K-token window) to 256K on Grok 4; prompts over 256K tokens must be cut."
            ) in _friction(c, 1, 0)
    assert ("GPT-5 Mini has the larger context window: 400K tokens (its input limit is 272K) "
            "against 256K for Grok 4.") in _said(c)
    assert c.check() == []
    problems = check_claims(c.narrative, attrs.evolve(c, models=(
        c.models[0], attrs.evolve(c.models[1], max_input_tokens=250_000))))
    assert any("272K input tokens" in problem for problem in problems), problems
    assert any("its input limit is 272K" in problem for problem in problems), problems


def test_a_capped_model_among_the_shorter_windows_says_its_limit() -> None:
    """Four models: the summary's 400,000 for GPT-5 carries its 272,000, as the tradeoff does."""
    c = compare("gpt-5", "claude-sonnet-4-5", "gemini-2.5-pro", "grok-4", as_of=DAY)
    assert any("400,000 for GPT-5 (its input limit is 272,000), 256,000 for Grok 4" in text
               for text in _said(c))
    assert c.check() == []
