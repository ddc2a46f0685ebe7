"""The Phi-4 family's Foundry retirement: LiteLLM's date against Microsoft's schedule.

LiteLLM 1.110.2 (a snapshot no older than 2026-09-29) gives the five Phi-4 Foundry entries
``deprecation_date`` 2027-01-17; Microsoft's Foundry Models retirement schedule, newest read
2026-09-02, lists all five as GA with no retirement date. The newer source is kept and the
conflict is said in each route's notes (docs/data-notes.md, "Azure AI Foundry Phi-4 family").
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import curated_catalog

PHI4 = ("phi-4", "phi-4-mini", "phi-4-mini-reasoning", "phi-4-multimodal", "phi-4-reasoning")


@pytest.mark.parametrize("mid", PHI4)
def test_the_foundry_route_keeps_litellms_date_and_names_microsofts_schedule(mid: str) -> None:
    model = next(m for m in curated_catalog() if m.id == mid)
    (route,) = [r for r in model.routes if r.provider == "azure-foundry"]
    assert route.retires == dt.date(2027, 1, 17)
    assert route.notes is not None
    assert "model-retirement-schedule" in route.notes
    assert "GA with no retirement date" in route.notes
    assert "2026-09-02" in route.notes
