"""How context windows and leads read: review 6's wording findings (D29) on the overview."""

from __future__ import annotations

import datetime as dt

from phicompare import Catalog, Comparison, Model, compare

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
