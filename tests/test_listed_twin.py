"""A record made of one provider's listings and their mode twins is listing-only (review 20, P1).

NanoGPT's listing of Gemma 4 31B has a ":thinking" twin, a second file of the same provider that
no route cites: the record read as the model's word ("Gemma 4 31B does not support vision",
"Vision no") though Poe's listing flags vision. A source that is a listing of one of the
model's routes' providers is a listing, as the route's own listing is.
"""

from __future__ import annotations

import datetime as dt

from phicompare import Catalog, Comparison, compare, default_catalog
from phicompare.analysis.listed import listing_routes
from phicompare.domain.capabilities import Capability
from phicompare.domain.records import Model
from phicompare.render.catalog_pages import capability_cell
from tests.test_listed_no import _card, _route

DAY = dt.date(2026, 11, 25)
TREE = "https://github.com/anomalyco/models.dev/blob/" + "f" * 40 + "/providers"


def _twinned() -> Model:
    """B's one route's listing and its ":thinking" twin, a file no route cites."""
    listing = f"{TREE}/p/models/org/b.toml"
    return Model(id="b", name="B", input_modalities=("text",),
                 routes=(_route("p", listing),),
                 sources=(listing, f"{TREE}/p/models/org/b:thinking.toml"))


def _compare(*models: Model) -> Comparison:
    return compare(*models, catalog=Catalog(models=models), as_of=DAY)


def test_a_twin_listing_leaves_the_record_listing_only() -> None:
    c = _compare(_card("a"), _twinned())
    tradeoffs = [getattr(t, "text", "") for t in c.narrative.tradeoffs]
    assert not any("B does not support" in t for t in tradeoffs), tradeoffs
    assert "| Vision | yes | not listed by its one provider |" in c.to_markdown()
    assert c.check() == []


def test_show_reads_the_twin_as_a_listing() -> None:
    b = _twinned()
    listings = listing_routes(b, Catalog(models=(b,)))
    assert [r.provider for r in listings] == ["p"]
    assert capability_cell(b, Capability.VISION, listings=listings) != "no"


def test_another_provider_s_file_is_no_twin() -> None:
    listing = f"{TREE}/p/models/org/b.toml"
    b = Model(id="b", name="B", input_modalities=("text",), routes=(_route("p", listing),),
              sources=(listing, f"{TREE}/q/models/org/b.toml"))
    assert listing_routes(b, Catalog(models=(b,))) == ()


def test_gemma4_31b_is_not_said_to_lack_vision() -> None:
    """NanoGPT's gemma4-31b is Google's gemma-4-31b-it since brief dataCG (its listings are
    routes there); the other records of one provider's listings and their twins stay so."""
    catalog = default_catalog()
    c = compare("gemma4-31b", "phi-4-mini", catalog=catalog)
    md = c.to_markdown()
    assert c.models[0].id == "gemma-4-31b-it"
    assert "Gemma 4 31B IT does not support" not in md, md
    assert "| Vision | no |" not in md, md
    for mid in ("deepseek-v4-pro-cheaper", "hermes-4-70b", "hermes-4-405b"):
        assert listing_routes(catalog.model(mid), catalog), mid
    assert c.check() == []
