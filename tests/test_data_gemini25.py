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


def test_gemini_2_5_pro_and_flash_retire_on_google_on_google_s_shutdown_day() -> None:
    """Closing note: the Gemini 2.5 models' retirements were unsourced. Google's deprecations
    page gives gemini-2.5-pro and gemini-2.5-flash the shutdown day 2026-12-01 on the Gemini
    API: a page dated that day bills no Google route of them, one dated before still does.
    Flash-Lite is not deprecated there, and Vertex AI's dates disagree: none is set."""
    catalog = default_catalog()
    page_url = "https://ai.google.dev/gemini-api/docs/deprecations"
    for model_id in ("gemini-2.5-pro", "gemini-2.5-flash"):
        model = catalog.model(model_id)
        google = next(r for r in model.routes if r.provider == "google")
        assert google.retires == dt.date(2026, 12, 1)
        assert page_url in (google.notes or "")
        assert page_url in model.sources
        vertex = next(r for r in model.routes if r.provider == "google-vertex")
        assert vertex.retires is None
        after = compare(model_id, "gpt-4o-mini", as_of=dt.date(2026, 12, 1),
                        providers=["google", "openai"])
        assert after.cost.estimates[0].provider_name != "Google"
        assert after.check() == []
        before = compare(model_id, "gpt-4o-mini", as_of=dt.date(2026, 11, 30),
                         providers=["google", "openai"])
        assert before.cost.estimates[0].provider_name == "Google"
    lite = catalog.model("gemini-2.5-flash-lite")
    assert all(r.retires is None for r in lite.routes if r.provider in ("google", "google-vertex"))
