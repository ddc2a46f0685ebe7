"""How context windows and leads read: review 6's wording findings (D29) on the overview."""

from __future__ import annotations

import datetime as dt

from phicompare import Catalog, Comparison, Model, compare
from phicompare.narrative.context import context_of
from phicompare.narrative.windows import context_claim

DAY = dt.date(2026, 11, 25)


def _page(*windows: int | None) -> Comparison:
    models = tuple(Model(id=f"m{k}", name=f"M{k}", context_window=w)
                   for k, w in enumerate(windows))
    return compare(*[m.id for m in models], catalog=Catalog(models=models), as_of=DAY)


def _context(c: Comparison) -> str:
    return next(claim.text for claim in c.narrative.summary if claim.key == "context")


def test_equal_windows_are_had_not_read() -> None:
    """"Both read the same context" -> "Both have a context window of 200K tokens"."""
    assert _context(_page(200_000, 200_000)) == "Both have a context window of 200K tokens."
    c = _page(131_072, 131_072, 131_072)
    assert _context(c) == "All three have a context window of 128K tokens."
    assert c.check() == []


def test_known_windows_beside_one_not_sourced_are_grouped() -> None:
    """"Phi-2 reads 2K tokens and Phi-1.5 reads 2K tokens" -> "M0 and M1 take 2K tokens"."""
    c = _page(2048, 2048, None)
    assert _context(c) == "The context window of M2 is not yet sourced; M0 and M1 take 2K tokens."
    c = _page(2048, 131_072, None)
    assert _context(c) == ("The context window of M2 is not yet sourced; M0 takes 2K tokens and "
                           "M1 takes 128K tokens.")
    assert c.check() == []


def test_equal_smaller_windows_are_named_once() -> None:
    """"against 200K for o3 and 200K for Claude Opus 4" -> "against 200K for M1 and M2"."""
    c = _page(1_048_576, 200_000, 200_000)
    assert _context(c) == "M0 has the largest context window: 1M tokens against 200K for M1 and M2."
    c = _page(1_048_576, 200_000, 200_000, 8192)
    assert _context(c) == ("M0 has the largest context window: 1M tokens against 200K for M1 and "
                           "M2, and 8K for M3.")
    assert c.check() == []


def test_a_lead_over_a_named_model_reads_leads() -> None:
    """FAQ "A leads over B on MMLU" -> "A leads B on MMLU"."""
    c = compare("phi-4-mini", "llama-3.2-3b", "gemma-3-4b", as_of=DAY)
    said = " ".join(claim.text for q in c.narrative.faq for claim in q.answer)
    assert "leads over" not in said
    assert "Phi-4 Mini leads Llama 3.2 3B on" in said


def _tradeoff(c: Comparison, key: str) -> str:
    return next(claim.text for claim in c.narrative.tradeoffs if claim.key == key)


def test_a_shorter_model_routes_that_take_more_are_said_beside_its_window() -> None:
    """Review 7, F9: not "1M against 200K" while the shorter model's bill route takes 983,040."""
    from phicompare import RoutePolicy
    c = compare("claude-sonnet-4-0", "gpt-4.1", route_policy=RoutePolicy.CHEAPEST)
    assert _context(c) == (
        "GPT-4.1 has the larger context window: 1,047,576 tokens against 200,000 for Claude "
        "Sonnet 4 as recorded for the model; some of Claude Sonnet 4's routes take up to "
        "1,000,000 (983,040 on Poe, behind its bill).")
    assert _tradeoff(c, "context").startswith(
        "GPT-4.1 takes longer prompts: 1,047,576 tokens against 200,000 for Claude Sonnet 4 as "
        "recorded for the model;")
    verdict = " ".join(claim.text for claim in c.narrative.verdict)
    assert "a longer context (1,047,576 tokens; Claude Sonnet 4's routes take up to 1,000,000)" \
        in verdict
    assert c.check() == []


def test_no_longer_context_over_routes_about_as_wide() -> None:
    """A window 2.5% or less above another model's routes is no reason to pick (review 7, F9)."""
    from phicompare.narrative.windows import materially_wider
    assert not materially_wider(1_024_000, 1_000_000)
    assert materially_wider(1_047_576, 983_040)


def test_friction_names_only_counted_routes_materially_wider() -> None:
    """Review 7, F4: "up to 164K" beside 163,840 (160 tokens) is no route that takes more."""
    c = compare("deepseek-v3.2", "qwen3-max-2025-09-23", "gemini-3-flash")
    friction = " ".join(claim.text for _, _, claims in (*c.narrative.friction_shared,
                                                         *c.narrative.friction)
                        for claim in claims)
    assert "Context shrinks from 258,048 tokens" in friction  # (to the token on this page: F4)
    assert "up to 164K" not in friction
    assert "up to 164,000" not in friction
    assert "some of its routes take more" not in friction
    assert c.check() == []


def test_a_route_table_never_prints_windows_out_of_order() -> None:
    """Review 7, F4: "160K (163,840)" beside "163K (163,000)" in one table: to the token."""
    page = compare("deepseek-v3.2", "qwen3-max-2025-09-23").to_markdown()
    routes = page[page.index("DeepSeek V3.2: every route"):]
    assert "160K (163,840)" not in routes
    assert "| 163,840 |" in routes
    assert "| 128K (131,072) |" in compare("phi-4-mini", "phi-2").to_markdown()  # in order


def test_the_summary_crowns_no_window_that_reads_as_another() -> None:
    """Review 7, F24: 1,048,576 against 1,047,576 is no "largest context window"."""
    c = _page(1_047_576, 1_048_576, 200_000)
    assert _context(c) == ("M1 and M0 share the largest context window: about 1M tokens "
                           "against 200K for M2.")
    assert _tradeoff(c, "context") == ("M1 and M0 take longer prompts: about 1M tokens against "
                                       "200K for M2.")
    assert c.check() == []
    c = _page(131_072, 128_000, 131_072)
    assert _context(c) == ("All three have a context window of about 128K tokens: 131,072 for "
                           "M0 and M2, and 128,000 for M1.")
    assert c.check() == []
    assert _context(_page(131_072, 128_000)) == (
        "Both have a context window of about 128K tokens: 131,072 for M0 and 128,000 for M1.")


def test_the_tradeoffs_window_sentence_is_the_summary_s_in_their_words() -> None:
    """The summary's plain window sentence keeps its leaders and figures: the tradeoffs say them
    in their words, not working the windows out again a page (issue 18)."""
    x = context_of(_page(128_000, 2_048))
    said = x.context_sentence
    assert said.claim.text == "M0 has the larger context window: 128K tokens against 2K for M1."
    assert said.plain == ("M0", "128K tokens against 2K for M1.")
    said_there = "M0 takes longer prompts: 128K tokens against 2K for M1."
    assert context_claim(x, brief=True).text == said_there
    assert context_claim(x, brief=True).evidence == said.claim.evidence
    assert context_of(_page(128_000, 128_000)).context_sentence.plain is None  # (not plain)
