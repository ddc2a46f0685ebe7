"""A listing-only model's "no" is its listings' silence, never the model's word (review 12, L11).

Review 10, I4 read a listing-only model's "yes" flags as its routes' offer and left its "no" as a
model fact: `phicompare kimi-k2 gpt-4o-mini` read "GPT-4o mini documents vision; Kimi K2
Instruct does not support it" and "Vision | no" beside friction's "Kimi K2 Instruct's route
listings (13 providers) do not list vision". Every source of Kimi K2 Instruct is a gateway's
listing: the tradeoff, the capabilities cell and `show` now say what friction says.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Capabilities, Catalog, Comparison, compare
from phicompare.analysis.listed import listing_routes
from phicompare.domain.capabilities import Capability
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model
from phicompare.render.catalog_pages import capability_cell

DAY = dt.date(2026, 11, 25)
SEES = Capabilities(vision=True, multimodal=True)


def _route(provider: str, source: str) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal("0.10"), output=Decimal("0.10"),
                         source=source, checked=DAY)


def _card(mid: str) -> Model:
    card, price = f"https://example.com/{mid}/card", f"https://example.com/{mid}/pricing"
    return Model(id=mid, name=mid.upper(), input_modalities=("text", "image"),
                 capabilities=SEES, routes=(_route(f"host-{mid}", price),),
                 sources=(card, price))


def _listed(mid: str = "b") -> Model:
    """Text in on its two listings, its every source: no word of its own on vision."""
    one, two = (f"https://example.com/{p}/{mid}" for p in ("p", "q"))
    return Model(id=mid, name=mid.upper(), input_modalities=("text",),
                 routes=(_route("p", one), _route("q", two)), sources=(one, two))


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY)


def _texts(claims: tuple[object, ...]) -> list[str]:
    return [getattr(claim, "text", "") for claim in claims]


def test_the_tradeoff_and_the_cell_say_the_listings_do_not_list_it() -> None:
    c = _compare(_card("a"), _listed())
    tradeoffs = _texts(c.narrative.tradeoffs)
    assert "A documents vision; B's route listings on p and q do not list it." in tradeoffs, \
        tradeoffs
    assert not any("B does not support" in t for t in tradeoffs), tradeoffs
    md = c.to_markdown()
    assert "| Vision | yes | not listed by its 2 providers |" in md, md
    assert "| Multimodal | yes | not listed by its 2 providers |" in md, md
    assert "B's route listings on p and q do not list vision" in md, md  # (friction, as before)
    assert c.check() == []


def test_three_models_pick_none_for_a_listings_silence() -> None:
    # a listing's "no" is no documented absence: vision shared with C is no pick reason over
    # B (tests/test_listed_no_pick.py), where it read "Pick A for vision (shared with C; B's
    # route listings (p and q) do not list it)"
    c = _compare(_card("a"), _card("c"), _listed())
    verdict = _texts(c.narrative.verdict)
    assert not any("vision" in v for v in verdict), verdict
    assert not any("does not support" in v for v in verdict), verdict
    assert c.check() == []


def test_show_says_the_listings_do_not_list_it() -> None:
    b = _listed()
    catalog = Catalog(models=(b,))
    listings = listing_routes(b, catalog)
    assert capability_cell(b, Capability.VISION, listings=listings) == \
        "not listed on either of its routes"


def test_a_model_card_s_no_is_still_the_model_s() -> None:
    card = "https://example.com/b/card"
    b = Model(id="b", name="B", input_modalities=("text",),
              routes=(_route("p", "https://example.com/p/b"),),
              sources=(card, "https://example.com/p/b"))
    c = _compare(_card("a"), b)
    assert "A documents vision; B does not support it." in _texts(c.narrative.tradeoffs)
    assert "| Vision | yes | no |" in c.to_markdown()
    assert capability_cell(b, Capability.VISION, listings=listing_routes(
        b, Catalog(models=(b,)))) == "no"
    assert c.check() == []
