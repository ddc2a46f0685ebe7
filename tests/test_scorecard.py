"""The scorecard's rows say what the page's own tables show (review 6, D5 and D24)."""

from __future__ import annotations

from phicompare import compare
from phicompare.analysis.comparison import Comparison


def _row(c: Comparison, key: str) -> tuple[str, ...]:
    return next(row.cells for row in c.narrative.scorecard if row.key == key)


def test_a_gap_without_an_interval_is_no_lead_assessed() -> None:
    """D24: Claude Sonnet 3.7 and Claude Sonnet 4 share one comparable pair (Aider Polyglot)
    with no interval ("noise not assessed" in the table); the scorecard read "no lead outside
    noise (one comparable pair)" as if noise had been measured."""
    c = compare("claude-3-7-sonnet-20250219", "claude-sonnet-4-0")
    assert _row(c, "benchmarks") == ("no lead assessed (one comparable pair, no interval)",) * 2
    assert c.check() == []


def test_pairs_with_and_without_an_interval_are_counted_apart() -> None:
    """D24: Phi-2 trails Phi-4 Mini outside noise on three comparable pairs and has no interval
    on three more: "no lead outside noise" counts the three assessed and names the rest."""
    c = compare("phi-2", "phi-4-mini")
    assert _row(c, "benchmarks")[0] == (
        "no lead outside noise (three comparable pairs assessed; three not assessed)")
    assert c.check() == []
