"""A larger output limit is an advantage where switch friction says a move shrinks it (review 23,
P4): o3 against Gemini 2.5 Pro, friction said "Maximum output shrinks from 100K tokens on o3 to
64K on Gemini 2.5 Pro" while the tradeoffs left it out and the verdict said "The data records no
advantage that favours o3"."""

from __future__ import annotations

import attrs

from phicompare import Catalog, compare, default_catalog
from phicompare.narrative.check import check_claims


def _texts(claims: object) -> list[str]:
    return [claim.text for claim in claims]  # type: ignore[attr-defined]


def test_the_larger_output_limit_is_a_tradeoff_a_pick_and_a_fit() -> None:
    c = compare("o3", "gemini-2.5-pro")
    n = c.narrative
    assert ("o3 allows longer responses: up to 100K output tokens, against 64K for Gemini 2.5 "
            "Pro.") in _texts(n.tradeoffs)
    verdict = _texts(n.verdict)
    assert "Pick o3 for a larger output limit (100K tokens)." in verdict
    assert not any("no advantage that favours o3" in text for text in verdict)
    assert n.at_a_glance[0].text.startswith("o3 for a larger output limit;")
    assert n.scorecard[0].cells[0] == "long outputs"
    friction = [claim.text for _, _, group in n.friction for claim in group]
    assert "Maximum output shrinks from 100K tokens on o3 to 64K on Gemini 2.5 Pro." in friction
    assert c.check() == []


def test_no_advantage_where_friction_says_no_shrink() -> None:
    """An output limit nine tenths of its window or more is the window's share, no limit
    (review 7, F32): a larger one is then no advantage, as friction says no shrink; nor is a
    limit that reads alike (65,536 and 64,000 both read 64K)."""
    catalog = default_catalog()
    o3, gemini = catalog.model("o3"), catalog.model("gemini-2.5-pro")
    shared = attrs.evolve(o3, max_output_tokens=190_000)  # of its 200,000-token window
    alike = attrs.evolve(o3, max_output_tokens=64_000)
    for model in (shared, alike):
        models = (model, gemini)
        c = compare(*models, catalog=Catalog(models=models, benchmarks=catalog.benchmarks,
                                             providers=catalog.providers))
        said = " ".join(_texts((*c.narrative.tradeoffs, *c.narrative.verdict)))
        assert "output limit" not in said
        assert "longer responses" not in said
        assert c.check() == []


def test_the_claims_checks_fail_when_the_figures_turn() -> None:
    """The tradeoff, the pick and the fit are checked against the facts: the same narrative
    checked against o3 with a smaller output limit than Gemini 2.5 Pro's reports each."""
    c = compare("o3", "gemini-2.5-pro")
    smaller = attrs.evolve(c.models[0], max_output_tokens=32_000)
    problems = check_claims(c.narrative, attrs.evolve(c, models=(smaller, c.models[1])))
    said = " ".join(problems)
    assert "longer responses" in said
    assert "a larger output limit" in said
    assert "long outputs" in said
