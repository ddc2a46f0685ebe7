"""Review 14, N9: Ministral 8B Instruct's page.

"8.019808256B parameters": a parameter count now reads as the page's other counts do, one
decimal, half up, never a trailing ".0" ("8B"). And image input was said twice, two ways: "B
documents vision; for A it is not documented" beside "B documents multimodal input; A does not
support it" (A's multimodal "no" a flag beside unknown inputs and unknown vision), and the
verdict picked B "for multimodal input". Where the models that document multimodal input are
those that document vision and take no input but text and image, multimodal input is image
input: vision's bullet says it, with vision's reading, in the tradeoffs, switch friction and
the verdict alike.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Capabilities, Catalog, Comparison, Model, compare
from phicompare.narrative import format as fmt

DAY = dt.date(2026, 11, 25)


def _page() -> Comparison:
    a = Model(id="a", name="A", parameters_b=Decimal("8.019808256"),
              capabilities=Capabilities(multimodal=False), sources=("https://a.example",))
    b = Model(id="b", name="B", input_modalities=("text", "image"),
              capabilities=Capabilities(vision=True, multimodal=True),
              sources=("https://b.example",))
    return compare(a, b, catalog=Catalog(models=(a, b)), as_of=DAY)


def _texts(claims: object) -> str:
    return " ".join(claim.text for claim in claims)  # type: ignore[attr-defined]


def test_a_parameter_count_reads_as_other_counts_do() -> None:
    assert [fmt.params(Decimal(v)) for v in ("8.019808256", "3.8", "14", "7.61", "0.5", "405")] \
        == ["8B", "3.8B", "14B", "7.6B", "500M", "405B"]
    c = _page()
    assert "A: from" not in _texts(c.narrative.summary)  # (no vendor: the size is said alone)
    assert "8B parameters" in _texts(c.narrative.summary), _texts(c.narrative.summary)
    assert "8.019808256" not in c.to_markdown()
    assert c.check() == []


def test_image_input_is_said_once_with_visions_reading() -> None:
    c = _page()
    tradeoffs = _texts(c.narrative.tradeoffs)
    assert "B documents vision; for A it is not documented." in tradeoffs, tradeoffs
    assert "multimodal" not in tradeoffs, tradeoffs
    assert "multimodal" not in _texts(c.narrative.verdict), _texts(c.narrative.verdict)
    friction = " ".join(claim.text for _, _, group in c.narrative.friction for claim in group)
    assert "vision" in friction, friction
    assert "multimodal" not in friction, friction
    assert c.check() == []


def test_the_scorecards_fit_says_image_input_once() -> None:
    """Helper leftP, item 3: the scorecard's decision fit still read "vision, multimodal input"
    for Ministral 8B beside Ministral 8B Instruct, where the tradeoffs and verdict say vision
    alone; the row follows the same rule (``domain.capabilities.image_only``)."""
    c = _page()
    fit = next(row.cells for row in c.narrative.scorecard if row.key == "fit")
    assert "vision" in fit[1], fit
    assert "multimodal" not in fit[1], fit
    assert c.check() == []
    # (helper dataR split Ministral 8B: the 2024 model is ``ministral-8b`` now, text only by
    # its listings, and Ministral 3 8B ``ministral-8b-2512``; vision unknown on one side is no
    # fit, and multimodal input is never said beside image input)
    real = compare("ministral-8b-2512", "ministral-8b")
    fit = next(row.cells for row in real.narrative.scorecard if row.key == "fit")
    assert "multimodal" not in fit[0], fit
    assert real.check() == []
