"""Gemini 2.5 Flash (generally available): Google's own figures, from the Gemini 2.5 report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import compare, default_catalog

_REPORT = "https://arxiv.org/abs/2507.06261"


def test_gemini_2_5_flash_holds_the_report_s_figures_for_the_ga_model() -> None:
    """Closing note: Gemini 2.5 Flash (GA) had no figure of Google's (its preview's were moved to
    the 05-20 preview, read before the GA release). The Gemini 2.5 report's Table 3 gives the
    model id gemini-2.5-flash (its Table 2) these figures, with thinking on, single attempt."""
    flash = default_catalog().model("gemini-2.5-flash")
    found = {s.benchmark: (s.score, s.setting) for s in flash.scores if s.source == _REPORT}
    assert found == {
        "aider-polyglot": (Decimal("56.7"), "thinking"),
        "aime-2025": (Decimal("72.0"), "thinking"),
        "gpqa-diamond": (Decimal("82.8"), "thinking"),
        "humanity-s-last-exam": (Decimal("11.0"), "thinking, no tools"),
        "swe-bench-verified": (Decimal("48.9"), "thinking, single attempt"),
        "simpleqa": (Decimal("26.9"), "thinking"),
        "facts-grounding": (Decimal("85.3"), "thinking"),
        "global-mmlu-lite": (Decimal("88.4"), "thinking"),
        "mmmu": (Decimal("79.7"), "thinking"),
        "vibe-eval-reka": (Decimal("65.4"), "thinking"),
    }
    assert all("Table 2" in (s.note or "") for s in flash.scores if s.source == _REPORT)
    preview = default_catalog().model("gemini-2.5-flash-preview-05-20")
    assert _REPORT not in {s.source for s in preview.scores}


def test_flash_and_pro_compare_directly_on_the_report_s_shared_rows() -> None:
    """One table, one setting: Aider Polyglot and AIME 2025 read as one evaluation's gap."""
    page = compare("gemini-2.5-flash", "gemini-2.5-pro", as_of=dt.date(2026, 11, 1))
    rows = {r.benchmark.id: r for r in page.benchmarks}
    assert all(p.comparable for p in rows["aime-2025"].pairs)
    assert all(p.comparable for p in rows["aider-polyglot"].pairs)
    assert page.check() == []
