"""A published-weights model whose only routes are out of service is out for what its weights lack.

Review 22, P6: with ``--requires function_calling`` Trinity Large Preview read "no pick, as its
only route (OpenCode Zen) is deprecated", while the same page without the requirement left it
in, as it "would run only from its published weights" (review 20, P5): a deprecated route alone
no longer rules it out. What does is that function calling is its route's offer, which the model
does not document for its weights.
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare
from phicompare.analysis.comparison import Comparison

_AS_OF = dt.date(2026, 12, 2)


def _texts(c: Comparison) -> list[str]:
    assert c.check() == []
    return [claim.text for _, claims in c.narrative.sections() for claim in claims]


def test_the_verdict_names_the_requirement_its_weights_do_not_meet() -> None:
    """The verdict gives the deprecated route and the undocumented capability."""
    texts = _texts(compare("phi-1.5", "trinity-large-preview-free",
                           requires={"function_calling"}, as_of=_AS_OF))
    assert ("Trinity Large Preview: no pick, as its only route (OpenCode Zen) is deprecated and "
            "it does not document function calling, which this page requires, for its "
            "published weights.") in texts, texts
    assert not any(t.endswith("Trinity Large Preview's only route is deprecated.")
                   for t in texts), texts


def test_without_the_requirement_it_is_still_left_in() -> None:
    """No requirement: its weights run it, as before (review 20, P5)."""
    texts = _texts(compare("phi-1.5", "trinity-large-preview-free", as_of=_AS_OF))
    assert any("it would run only from its published weights" in t for t in texts), texts
