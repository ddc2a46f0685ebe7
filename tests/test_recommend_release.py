"""recommend() with a date: a model is released by it only on record (API review 14, A1).

Unknown is never met (docs/decisions.md): a model with no release date is not "released by" an
``as_of`` day unless a route of it was listed (checked) by then, which proves it was out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from phicompare import default_catalog, recommend
from phicompare.analysis.requirements import Fit, RequirementCheck, RequirementKind

DAY = dt.date(2024, 1, 1)


def _release(checks: tuple[RequirementCheck, ...]) -> RequirementCheck:
    return next(c for c in checks if c.requirement.kind is RequirementKind.RELEASED)


def test_a_model_without_a_release_date_is_no_candidate_on_a_past_day() -> None:
    """As of 2024-01-01 every candidate's release date is on record and on or before it."""
    r = recommend(as_of=DAY, limit=None)
    assert r.candidates
    for c in r.candidates:
        released = c.model.released
        assert released is not None, c.model.id
        assert released <= DAY
        check = _release(c.checks)
        assert check.fit is Fit.MET
        assert check.actual == released.isoformat()


def test_the_undated_model_is_rejected_with_the_reason() -> None:
    """The undated model is listed as not a fit, its release unknown, and the page says so."""
    r = recommend(as_of=DAY, limit=None, explain_rejected=True)
    undated = [c for c in r.rejected if c.model.released is None and c.model.routes]
    assert undated
    check = _release(undated[0].checks)
    assert check.fit is Fit.UNKNOWN
    assert check.actual is None
    texts = [claim.text for claims in r.reasons.rejected for claim in claims]
    said = (f"{undated[0].model.name}: release date not yet sourced, and no route listed by "
            "2024-01-01")
    assert any(t.startswith(said) for t in texts)
    assert r.check() == []


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_a_route_listed_by_the_day_proves_the_release() -> None:
    """An undated model with a route checked on or before the day was out by then: met."""
    catalog = default_catalog()
    undated = next(m for m in catalog.models if m.released is None and m.routes)
    listed = min(r.checked for r in undated.routes)
    r = recommend(as_of=listed, limit=None, explain_rejected=True)
    judged = {c.model.id: c for c in (*r.candidates, *r.rejected)}
    check = _release(judged[undated.id].checks)
    assert check.fit is Fit.MET
    assert check.actual is None
    assert check.reason == f"listed on {listed.isoformat()} (no release date recorded)"
    assert r.check() == []


def test_without_a_date_no_release_requirement_is_asked() -> None:
    """Today, by default: every model in the catalog is judged as before, with no such check."""
    r = recommend(limit=3)
    assert all(q.kind is not RequirementKind.RELEASED for q in r.requirements)
