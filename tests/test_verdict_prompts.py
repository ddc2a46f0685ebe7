"""The verdict's longer context compares what a prompt can carry (helper fixM's leftover).

Review 13, M4 made the tradeoffs compare prompts at a model's input limit below its window
("Nova Pro takes longer prompts: 300K tokens against 272K for GPT-5 (its input limit, of a
400K-token window)"), but the verdict still compared windows: "Pick GPT-5 for a longer context
(400K tokens)" beside it, though GPT-5 never takes a prompt over 272K tokens. The verdict now
weighs input limits: a capped window is said with its limit, and a longer context that is only
output room is no reason.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Catalog, Comparison, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

DAY = dt.date(2026, 11, 25)


def _model(mid: str, window: int, cap: int | None = None, price: str = "1.00") -> Model:
    source = f"https://example.com/{mid}"
    route = ProviderRoute(provider=f"host-{mid}", input=Decimal(price), output=Decimal(price),
                          source=source, checked=DAY)
    return Model(id=mid, name=mid.upper(), context_window=window, max_input_tokens=cap,
                 routes=(route,), sources=(source,))


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY)


def _verdict(c: Comparison) -> list[str]:
    return [claim.text for claim in c.narrative.verdict]


def test_gpt_5_beside_nova_pro() -> None:
    c = compare("gpt-5", "nova-pro")
    verdict = _verdict(c)
    assert not any(v.startswith("Pick GPT-5 for a longer context") for v in verdict), verdict
    nova = next(v for v in verdict if v.startswith("Pick Nova Pro"))
    assert "longer prompts (300K tokens; GPT-5's input limit is 272K)" in nova, nova
    assert c.check() == []


def test_a_capped_window_that_still_leads_says_its_limit() -> None:
    c = compare("gpt-5", "llama-3.1-8b")
    verdict = _verdict(c)
    assert any(v.startswith("Pick GPT-5 for a longer context (400K tokens; its input limit is "
                            "272K)") for v in verdict), verdict
    assert c.check() == []


def test_a_window_longer_only_by_output_room_is_no_reason() -> None:
    c = _compare(_model("a", 400_000, 272_000), _model("b", 300_000, price="2.00"))
    verdict = _verdict(c)
    assert "Pick B for longer prompts (300K tokens; A's input limit is 272K)." in verdict, verdict
    assert not any("A for a longer context" in v for v in verdict), verdict
    assert c.check() == []


def test_limits_alike_at_the_prompt_are_no_reason_either_way() -> None:
    c = _compare(_model("a", 400_000, 272_000), _model("b", 270_000, price="2.00"))
    verdict = _verdict(c)
    assert not any("context" in v or "prompts" in v for v in verdict), verdict
    assert c.check() == []


def test_the_prompt_reason_is_checked_on_the_limit() -> None:
    c = _compare(_model("a", 400_000, 272_000), _model("b", 300_000, price="2.00"))
    pick = next(claim for claim in c.narrative.verdict if claim.text.startswith("Pick B"))
    shown = {e.path for e in pick.evidence}
    assert {"models[0].max_input_tokens", "models[1].context_window"} <= shown, shown


def _fit(c: Comparison) -> tuple[str, ...]:
    return next(row.cells for row in c.narrative.scorecard if row.key == "fit")


def test_the_scorecards_long_context_follows_the_verdict() -> None:
    """The decision fit reads "long context" by the verdict's rule: at the input limit too."""
    c = compare("gpt-5", "nova-pro")
    unknown = "(Nova Pro: neither documented)"  # (review 20, P3; said once: fixAF, fixAI)
    # (GPT-5's 128K output against Nova Pro's 5K, 32K on its routes: review 25, P3)
    assert _fit(c) == (f"reasoning mode and structured output {unknown} and long outputs",
                       "long context"), _fit(c)
    assert c.check() == []
    c = compare("gpt-5", "llama-3.1-8b")
    assert "long context" in _fit(c)[0], _fit(c)
    assert c.check() == []
