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


def _function_calling(c: Comparison) -> tuple[bool | None, str]:
    """The first model's ``documented`` flag for function calling, and its table row."""
    row = next(r for r in c.capabilities if r.capability.value == "function_calling")
    line = next(line for line in c.to_markdown(sections=["capabilities"]).splitlines()
                if line.startswith("| Function calling |"))
    return row.documented[0], line


def test_a_maker_listing_documents_what_the_verdict_reads() -> None:
    """The verdict and the capabilities table read one rule (review 26, P3).

    Devstral 2's record is Mistral's own listing, now deprecated: its function calling is the
    maker's word, "yes" in the table, so the verdict no longer says it "does not document
    function calling ... for its published weights"; its weights keep it in.
    """
    c = compare("devstral-latest", "qwen3-omni-30b-a3b-instruct",
                requires={"function_calling"}, as_of=_AS_OF)
    texts = _texts(c)
    documented, line = _function_calling(c)
    assert documented is True
    assert line.startswith("| Function calling | yes |"), line
    assert not any("does not document function calling" in t for t in texts), texts
    assert not any(t.startswith("Devstral 2: no pick") for t in texts), texts


def test_a_retired_routes_offer_is_not_documented_in_either() -> None:
    """Mixtral 8x22B's function calling was its retired route's offer: both say so."""
    c = compare("open-mixtral-8x22b", "qwen3-omni-30b-a3b-instruct",
                requires={"function_calling"}, as_of=_AS_OF)
    texts = _texts(c)
    documented, line = _function_calling(c)
    assert documented is None, documented
    assert "not documented (offered only on a route retired on 2025-03-30)" in line, line
    assert ("Mixtral 8x22B: no pick, as its only route (Mistral) was retired on 2025-03-30 and "
            "it does not document function calling, which this page requires, for its "
            "published weights.") in texts, texts


def test_a_resellers_listing_is_no_word_for_the_weights() -> None:
    """MiniMax-M3 Free's vision is its deprecated listing's offer ("from its one provider").

    Its record's flag is that listing's, so its weights do not document vision and it is out
    for it, as the table reads it (it had been picked "on its published weights").
    """
    c = compare("minimax-m3-free", "phi-4", requires={"vision"}, as_of=_AS_OF)
    texts = _texts(c)
    row = next(r for r in c.capabilities if r.capability.value == "vision")
    assert c.models[0].capabilities.vision is True
    assert row.documented[0] is None
    assert ("MiniMax-M3 Free: no pick, as its only route (OpenCode Zen) is deprecated and it "
            "does not document vision, which this page requires, for its published "
            "weights.") in texts, texts
