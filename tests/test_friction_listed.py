"""Switch friction says a listing-only model's inputs and capabilities are its listing's.

About 580 bundled models have only route listings as sources (no model card of their own, no
maker's API): their input modalities and capability flags are those listings' offer, not the
model's word (DESIGN.md: a route flag is not a model feature). Switch friction had said "Qwen
Max takes no audio or video input, which Qwen3 Omni 30B A3B Instruct accepts" and "Qwen3 Omni
30B A3B Instruct documents vision", both resting on Novita AI's listing alone.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Capabilities, Catalog, Comparison, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

DAY = dt.date(2026, 11, 25)
OWN = "https://example.com/model-card"


def _model(mid: str, inputs: tuple[str, ...], caps: Capabilities, *, own: bool) -> Model:
    listing = f"https://example.com/{mid}/listing"
    route = ProviderRoute(provider=f"reseller-{mid}", input=Decimal("0.10"),
                          output=Decimal("0.10"), source=listing, checked=DAY)
    return Model(id=mid, name=mid.upper(), input_modalities=inputs, capabilities=caps,
                 routes=(route,), sources=(OWN, listing) if own else (listing,))


SEES = Capabilities(vision=True, multimodal=True)
BLIND = Capabilities(vision=False, multimodal=False)


def _friction(c: Comparison) -> list[str]:
    return [claim.text for _, _, claims in (*c.narrative.friction_shared, *c.narrative.friction)
            for claim in claims]


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY)


def test_a_listing_only_source_model_s_inputs_and_vision_are_its_listing_s() -> None:
    c = _compare(_model("a", ("text", "image", "audio", "video"), SEES, own=False),
                 _model("b", ("text",), BLIND, own=True))
    said = _friction(c)
    # its listing's vision is its route's offer, as a route's function calling (review 10, I4)
    assert "B does not support vision; reseller-a offers vision for A." in said, said
    assert ("B takes no audio or video input, which A's route listing on reseller-a "
            "includes.") in said, said
    assert not any("A documents" in s or "which A accepts" in s for s in said), said
    assert c.check() == []


def test_a_listing_only_target_s_missing_input_is_its_listing_s() -> None:
    c = _compare(_model("a", ("text", "image", "video"), SEES, own=True),
                 _model("b", ("text", "image"), SEES, own=False))
    said = _friction(c)
    assert ("B's route listing on reseller-b does not include video input, which A "
            "accepts.") in said, said
    assert not any("B takes no" in s for s in said), said
    assert c.check() == []


def test_a_listing_only_target_s_missing_capability_is_its_listing_s() -> None:
    c = _compare(_model("a", ("text", "image"), SEES, own=True),
                 _model("b", ("text",), BLIND, own=False))
    said = _friction(c)
    assert "B's route listing on reseller-b does not list vision; A documents vision." in said, \
        said
    assert not any("B does not support" in s for s in said), said
    assert c.check() == []


def test_a_move_that_loses_nothing_says_whose_the_inputs_are() -> None:
    c = _compare(_model("a", ("text",), BLIND, own=True),
                 _model("b", ("text",), BLIND, own=False))
    said = " ".join(_friction(c))
    assert "loses no documented capability" in said, said
    assert ("B's inputs and capabilities are those of its route listing on "
            "reseller-b: no source of "
            "its own states them.") in said, said
    assert c.check() == []
    # three models: each move to B says it within its own sentence, never one sentence twice
    c = _compare(_model("a", ("text",), BLIND, own=True), _model("b", ("text",), BLIND, own=False),
                 _model("c", ("text",), Capabilities(vision=False, multimodal=False,
                                                     reasoning=True), own=True))
    assert c.check() == []


def test_models_with_sources_of_their_own_read_as_before() -> None:
    c = _compare(_model("a", ("text", "image", "video"), SEES, own=True),
                 _model("b", ("text",), BLIND, own=True))
    said = _friction(c)
    assert "B does not support vision; A documents vision." in said, said
    assert "B takes no video input, which A accepts." in said, said
    assert c.check() == []


def test_the_bundled_page_of_the_finding() -> None:
    c = compare("qwen3-omni-30b-a3b-instruct", "qwen-max")
    said = _friction(c)
    assert ("Qwen Max takes no audio or video input, which Qwen3 Omni 30B A3B Instruct's route "
            "listing on Novita AI includes.") in said, said
    assert not any("Qwen3 Omni 30B A3B Instruct documents" in s for s in said), said
    assert c.check() == []
