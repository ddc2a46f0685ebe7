"""Image input is said once in the verdict and at a glance (finding N15).

Where the models' inputs differ by image alone, a model favoured for vision and for multimodal
input is favoured for one thing: "vision" says it, as the tradeoffs and switch friction do.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Capabilities, Catalog, Comparison, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

WRITTEN = dt.date(2026, 12, 1)
"""The day these pages' expectations were written (their routes and prices change with it)."""

DAY = dt.date(2026, 11, 25)
SEES = Capabilities(vision=True, multimodal=True)
BLIND = Capabilities(vision=False, multimodal=False)


def _model(mid: str, inputs: tuple[str, ...], capabilities: Capabilities) -> Model:
    route = ProviderRoute(provider=f"p-{mid}", input=Decimal("0.10"), output=Decimal("0.10"),
                          source="https://example.com/p", checked=DAY)
    return Model(id=mid, name=mid.upper(), input_modalities=inputs, capabilities=capabilities,
                 routes=(route,))


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY)


def test_image_input_alone_is_vision_once() -> None:
    c = _compare(_model("a", ("text", "image"), SEES), _model("b", ("text",), BLIND))
    assert c.narrative.verdict[0].text == "Pick A for vision."
    assert c.narrative.at_a_glance[0].text == "A for vision."
    assert c.check() == []


def test_other_inputs_are_named_beside_vision_not_summed_as_multimodal_input() -> None:
    """Image input is vision's, audio input its own reason: "multimodal input" would say both
    again (review 6, D10; it read "Pick A for vision and multimodal input")."""
    c = _compare(_model("a", ("text", "image", "audio"), SEES), _model("b", ("text",), BLIND))
    assert c.narrative.verdict[0].text == "Pick A for vision and audio input."
    assert c.check() == []


def test_the_pages_of_the_finding() -> None:
    mini = compare("gpt-4o-mini", "llama-3.1-8b")
    assert mini.narrative.verdict[0].text == "Pick GPT-4o mini for vision."
    mistral = compare("mistral-small-24b-instruct-2501", "mistral-small-2506",
                      as_of=dt.date(2025, 9, 1))
    assert "multimodal" not in mistral.narrative.verdict[1].text
    assert mini.check() == mistral.check() == []


def test_a_capability_two_of_three_document_is_a_reason_for_both() -> None:
    """Review 7, F20: vision documented by two, "does not support" for the third, is no
    "no advantage" for either; at a glance the two are named once together."""
    c = compare("mistral-small-2506", "gemma-3-27b-it", "qwen3-32b", as_of=WRITTEN)
    verdict = [claim.text for claim in c.narrative.verdict]
    assert verdict[0] == ("Pick Mistral Small 3.2 for a lower bill than Qwen3 32B ($93.00 a "
                          "month) and vision over Qwen3 32B (which Gemma 3 27B shares).")
    # (review 10, I10: a bill lower than one rival's)
    assert "vision over Qwen3 32B (which Mistral Small 3.2 shares)" in verdict[1]
    assert c.narrative.at_a_glance[0].text.endswith("; Mistral Small 3.2 and Gemma 3 27B for "
                                                    "vision over Qwen3 32B.")
    assert c.check() == []


def test_three_models_say_one_vision_split_once_beside_other_inputs() -> None:
    """Review 8, G16: A (text, image, audio) and B (text, image) beside C (text): vision and
    multimodal input set the same two apart; the page said both at a glance, in the tradeoffs
    and in the verdict. A's audio input is its own reason; multimodal input is not said again."""
    c = _compare(_model("a", ("text", "image", "audio"), SEES),
                 _model("b", ("text", "image"), SEES), _model("c", ("text",), BLIND))
    n = c.narrative
    said = [claim.text for claim in (*n.at_a_glance, *n.tradeoffs, *n.verdict)]
    assert not [t for t in said if "multimodal input" in t], said
    assert "A and B document vision; C does not support it." in said
    assert "A accepts audio input; B and C do not." in said
    verdict = [claim.text for claim in n.verdict]
    assert "Pick B for vision over C (which A shares)." in verdict, verdict
    assert any("audio input" in t for t in verdict if t.startswith("Pick A"))
    assert "A and B for vision" in n.at_a_glance[0].text
    assert c.check() == []


def test_multimodal_input_stays_where_a_model_without_vision_takes_other_inputs() -> None:
    """C takes audio and documents neither vision nor multimodal input: data at odds with
    itself, so multimodal input is not read as vision said again."""
    c = _compare(_model("a", ("text", "image", "audio"), SEES),
                 _model("b", ("text", "image"), SEES), _model("c", ("text", "audio"), BLIND))
    said = [claim.text for claim in c.narrative.tradeoffs]
    assert any("multimodal input" in t for t in said), said
