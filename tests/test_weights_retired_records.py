"""Open weights of records whose every route retired: a page must not say traffic cannot move.

Stop 52: a move to a model with no route in service reads "traffic cannot move to it" unless
its weights are published (fixAZ); GitHub Models' record of MAI-DS-R1 gave no weights, though
the model's weights are public (its records of AI21 Jamba 1.5 Large and Mini, so corrected too,
are AI21's records since review 30: tests/test_jamba_twins.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import compare, default_catalog
from phicompare.importers._weights import OPEN_WEIGHTS

DAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize("model_id", ["mai-ds-r1"])
def test_a_retired_record_of_an_open_model_keeps_its_friction(model_id: str) -> None:
    model = default_catalog().model(model_id)
    assert model.open_weights is True
    assert all(route.retired(DAY) for route in model.routes)  # (why the weights matter here)
    (correction,) = [c for c in OPEN_WEIGHTS if c.model == model_id]
    assert correction.source.startswith("https://")
    assert correction.source in model.sources
    c = compare("gpt-4o", model_id, as_of=DAY)
    page = c.to_markdown()
    assert "cannot move to it" not in page
    assert "published weights" in page
    assert c.check() == []
