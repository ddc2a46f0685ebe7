"""A capped model's longer context shared with others is a reason on three-model pages too.

Two models: GPT-5 (400K tokens, 272K of them input) is picked for "a longer context (400K
tokens; its input limit is 272K)" over GPT-4o. Three, with GPT-5 Mini's alike window: the
reason was dropped for both, where an uncapped model's shared window is one ("a longer context
than Phi-4 (about 128K tokens, which ... shares)"). It reads with its input limit now.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Comparison, Model, Provider, ProviderRoute, compare

DAY = dt.date(2026, 12, 1)


def _model(model_id: str, window: int, cap: int | None, price: str) -> Model:
    route = ProviderRoute(provider="p", input=Decimal(price), output=Decimal(price),
                          source="https://example.com", checked=DAY)
    return Model(id=model_id, name=model_id.upper(), context_window=window,
                 max_input_tokens=cap, routes=(route,))


def _compare(*models: Model) -> Comparison:
    catalog = Catalog(models=models, providers=(Provider(id="p", name="P"),), benchmarks=())
    return compare(*(m.id for m in models), catalog=catalog, as_of=DAY)


def _picks(c: Comparison) -> list[str]:
    return [claim.text for claim in c.narrative.verdict]


def test_two_capped_models_share_a_longer_context_with_their_input_limits() -> None:
    """A and B (400,000 tokens, 272,000 input) over C (128,000): each picked for it."""
    c = _compare(_model("a", 400_000, 272_000, "2"), _model("b", 400_000, 272_000, "1"),
                 _model("c", 128_000, None, "3"))
    picks = _picks(c)
    assert ("a longer context than C (400K tokens, which B shares; its input limit is 272K, as "
            "is B's)") in picks[0], picks
    assert ("a longer context than C (400K tokens, which A shares; its input limit is 272K, as "
            "is A's)") in picks[1], picks
    fit = next(row for row in c.narrative.scorecard if row.key == "fit")  # as the verdict says
    assert fit.cells == ("long context over C", "long context over C",
                         "no distinctive fit in the data")
    assert c.check() == []


def test_a_capped_model_beside_an_uncapped_fellow() -> None:
    """A capped (272,000 of 400,000) shares B's uncapped 400,000 over C: its own limit said."""
    c = _compare(_model("a", 400_000, 272_000, "2"), _model("b", 400_000, None, "1"),
                 _model("c", 128_000, None, "3"))
    picks = _picks(c)
    assert "a longer context than C (400K tokens, which B shares; its input limit is 272K)" in \
        picks[0], picks
    # (B takes longer prompts than A and C both: its own reason, as before)
    assert "longer prompts (400K tokens; A's input limit is 272K)" in picks[1], picks
    assert c.check() == []


def test_an_input_limit_not_materially_longer_is_no_reason() -> None:
    """A's 130,000 of input against C's 128,000 window: within 2.5%, no longer context."""
    c = _compare(_model("a", 400_000, 130_000, "2"), _model("b", 400_000, 130_000, "1"),
                 _model("c", 128_000, None, "3"))
    assert not any("longer context" in text for text in _picks(c)), _picks(c)
    fit = next(row for row in c.narrative.scorecard if row.key == "fit")
    assert not any("long context" in cell for cell in fit.cells)
    assert c.check() == []
