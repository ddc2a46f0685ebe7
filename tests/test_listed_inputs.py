"""An input only a route's listing names is that route's offer, not the model's feature.

Review 8 (G8's last point): "Pick Gemma 4 31B DarkIdol for video input" rested on one reseller
listing (NanoGPT's), the fine-tune's only source; the base model's record and its 25 routes
list no video. A route flag is not a model feature (DESIGN.md): where every source of a model
is one of its routes' listings (none its maker's), its inputs are those listings' word. The
tradeoffs say so; the verdict, the line at a glance and the scorecard take no reason from it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Capabilities, Catalog, Comparison, compare
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

DAY = dt.date(2026, 11, 25)
SEES = Capabilities(vision=True, multimodal=True)
OWN = "https://example.com/model-card"


def _model(mid: str, inputs: tuple[str, ...], *, own: bool, price: str = "0.10") -> Model:
    listing = f"https://example.com/{mid}/listing"
    route = ProviderRoute(provider=f"reseller-{mid}", input=Decimal(price),
                          output=Decimal(price), source=listing, checked=DAY)
    return Model(id=mid, name=mid.upper(), input_modalities=inputs, capabilities=SEES,
                 routes=(route,), sources=(OWN, listing) if own else (listing,))


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY)


def _texts(c: Comparison) -> tuple[str, str, str]:
    n = c.narrative
    return (" ".join(x.text for x in n.verdict), " ".join(x.text for x in n.at_a_glance),
            " ".join(x.text for x in n.tradeoffs))


def test_an_input_its_own_record_states_is_still_a_reason() -> None:
    c = _compare(_model("a", ("text", "image", "video"), own=True),
                 _model("b", ("text", "image"), own=True))
    verdict, _glance, tradeoffs = _texts(c)
    assert "Pick A for video input" in verdict
    assert "A accepts video input; B does not." in tradeoffs
    assert c.check() == []


def test_an_input_only_a_route_lists_is_no_reason_to_pick_the_model() -> None:
    c = _compare(_model("a", ("text", "image", "video"), own=False, price="0.30"),
                 _model("b", ("text", "image"), own=True))
    verdict, glance, tradeoffs = _texts(c)
    assert "video" not in verdict, verdict
    assert "video" not in glance, glance
    assert ("A's route listing on reseller-a includes video input; B does not accept it. "
            "No source of A's own states its inputs.") in tradeoffs, tradeoffs
    assert c.check() == []


def test_a_listing_that_leaves_an_input_out_is_no_documented_absence() -> None:
    """The other way round: B's one listing names no video; that is no "B does not" to pick A
    for (review 8, G11: what one listing leaves out)."""
    c = _compare(_model("a", ("text", "image", "video"), own=True, price="0.30"),
                 _model("b", ("text", "image"), own=False))
    verdict, _glance, tradeoffs = _texts(c)
    assert "video" not in verdict, verdict
    assert ("A accepts video input; B's route listing on reseller-b does not include it. "
            "No source of B's own states its inputs.") in tradeoffs, tradeoffs
    assert c.check() == []


def test_the_page_of_the_finding() -> None:
    c = compare("gemma-4-31b-darkidol", "gemma-4-31b-it")
    verdict, glance, tradeoffs = _texts(c)
    assert "video" not in verdict, verdict
    assert "video" not in glance, glance
    assert ("Gemma 4 31B DarkIdol's route listing on NanoGPT includes video input; Gemma 4 31B IT "
            "does not accept it.") in tradeoffs, tradeoffs
    assert c.check() == []


def test_two_inputs_are_them_not_it() -> None:
    """Review 10, I17: "Qwen3-Omni Flash's route listings (...) include audio and video input;
    GPT-4o mini does not accept it": two inputs are "them"; one is still "it"."""
    c = _compare(_model("a", ("text", "image", "audio", "video"), own=False, price="0.30"),
                 _model("b", ("text", "image"), own=True))
    _verdict, _glance, tradeoffs = _texts(c)
    assert ("A's route listing on reseller-a includes audio and video input; B does not accept "
            "them.") in tradeoffs, tradeoffs
    assert c.check() == []
    c = _compare(_model("a", ("text", "image", "audio", "video"), own=True, price="0.30"),
                 _model("b", ("text", "image"), own=False))
    _verdict, _glance, tradeoffs = _texts(c)
    assert ("A accepts audio and video input; B's route listing on reseller-b does not include "
            "them.") in tradeoffs, tradeoffs
    assert c.check() == []
