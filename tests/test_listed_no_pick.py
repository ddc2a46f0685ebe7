"""A listing-only model's "no" is no reason to pick another model (review 12, L11 leftover).

Review 10, I4 made a listing's "yes" no model feature, and review 12, L11 made the page say a
listing's "no" as the listings' silence ("Kimi K2 Instruct's route listings (13 providers) do not
list vision"); but the verdict still weighed that silence as a documented absence: "Pick GPT-4o
mini for the lower bill at this traffic ($270.00 a month) and vision". A capability known on one
side only is no pick reason: the verdict's no-advantage line says why instead.
"""

from __future__ import annotations

from decimal import Decimal

from phicompare import Capabilities
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

from .test_listed_no import DAY, _compare, _listed, _texts


def _route(provider: str, source: str, price: str = "0.10") -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price),
                         source=source, checked=DAY)


def _card(mid: str, price: str = "0.10", *, vision: bool | None = True) -> Model:
    card, sheet = f"https://example.com/{mid}/card", f"https://example.com/{mid}/pricing"
    return Model(id=mid, name=mid.upper(),
                 input_modalities=("text", "image") if vision else ("text",),
                 capabilities=Capabilities(vision=vision, multimodal=vision),
                 routes=(_route(f"host-{mid}", sheet, price),), sources=(card, sheet))


def test_no_pick_for_vision_over_a_listings_silence() -> None:
    c = _compare(_card("a"), _listed())
    verdict = _texts(c.narrative.verdict)
    assert not any("vision" in v and v.startswith("Pick A") for v in verdict), verdict
    said = ("The data records no advantage known on both sides that favours A: it documents "
            "vision and multimodal input, which B's route listings on p and q do not list.")
    assert said in verdict, verdict
    glance = _texts(c.narrative.at_a_glance)
    assert not any("A for vision" in g for g in glance), glance
    assert c.check() == []


def test_a_lower_bill_is_picked_without_vision() -> None:
    c = _compare(_card("a", "0.05"), _listed())
    verdict = _texts(c.narrative.verdict)
    # vision is no reason: the pick says why (tests/test_listed_no_reason.py)
    assert any(v.startswith("Pick A for the lower bill") and "vision" not in v.split(". ")[0]
               for v in verdict), verdict
    assert c.check() == []


def test_beside_a_model_undocumented_and_one_documented_without() -> None:
    c = _compare(_card("a"), _listed(), _card("c", vision=False))
    verdict = _texts(c.narrative.verdict)
    assert not any(v.startswith("Pick A") and "vision" in v for v in verdict), verdict
    glance = _texts(c.narrative.at_a_glance)
    assert not any("for vision" in g for g in glance), glance
    assert c.check() == []


def test_a_documented_absence_is_still_a_reason() -> None:
    c = _compare(_card("a"), _card("c", vision=False))
    assert any(v.startswith("Pick A for vision") for v in _texts(c.narrative.verdict))
    assert c.check() == []
