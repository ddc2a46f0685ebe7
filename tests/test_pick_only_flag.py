"""`pick` says when the bill's provider is the only one of the model's that flags a capability.

Helper fixAE, item 3: ``phicompare pick --as-of 2025-01-01 --requires reasoning --limit 2`` said
Mixtral 8x7B Instruct v0.1 "Meets each requirement: released 2023-12-11, reasoning offered on
Cortecs.", where Cortecs is the only one of its two providers (NanoGPT) that flags reasoning and
Mistral documents none. The line now says so, with a check on each route row's flag.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from phicompare import Recommendation, recommend
from phicompare.narrative.reason_check import check_reasons


def _met() -> tuple[str, Recommendation, int]:
    r = recommend(as_of=dt.date(2025, 1, 1), requires={"reasoning"}, limit=2)
    assert r.check() == []
    k = next(k for k, c in enumerate(r.candidates) if c.model.id == "mixtral-8x7b-instruct-v0.1")
    claim = next(claim for claim in r.reasons.candidates[k]
                 if claim.key.startswith("requirements:"))
    return claim.text, r, k


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_the_only_provider_that_flags_it_is_said() -> None:
    text, _, _ = _met()
    assert text == ("Meets each requirement: released 2023-12-11, reasoning mode offered on "
                    "Cortecs, the only one of its 2 providers that flags it."), text


def test_the_claim_checks_the_other_providers_flag() -> None:
    """A NanoGPT route that flagged reasoning too would break the claim's checks."""
    _, r, k = _met()
    c = r.candidates[k]
    j = next(j for j, row in enumerate(c.routes) if row.provider_name == "NanoGPT")
    row = c.routes[j]
    assert row.route.capabilities is not None
    flagged = attrs.evolve(row, route=attrs.evolve(row.route, capabilities=attrs.evolve(
        row.route.capabilities, reasoning=True)))
    routes = (*c.routes[:j], flagged, *c.routes[j + 1:])
    candidates = list(r.candidates)
    candidates[k] = attrs.evolve(c, routes=routes)
    changed = attrs.evolve(r, candidates=tuple(candidates))
    problems = check_reasons(r.reasons, changed)
    assert any(f".routes[{j}].route.capabilities.reasoning" in problem
               for problem in problems), problems
