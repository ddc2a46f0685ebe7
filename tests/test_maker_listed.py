"""A model its maker's own API lists is the maker's, though only its id names it (review 18, P5).

Qwen3-Omni Flash's two routes are on Alibaba's own APIs (``alibaba-cn``, ``alibaba-cloud``:
tier first-party, vendors Alibaba), yet its vendor was read from its id alone
(``vendor_inferred``), so no route was its maker's: the pair page said five times that its
bill "is on Alibaba (China)'s listing: its maker is not on record", and ``pick`` said it
"documents vision" where the page said "from both its providers".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Model, ProviderRoute, compare, default_catalog
from phicompare.domain.capabilities import Capability
from phicompare.importers._makers import INFERRED_NOTE, maker_listed

DAY = dt.date(2026, 12, 2)
APIS = {"maker-api": ("Maker",), "other-lab": ("Other",)}


def _model(*providers: str, inferred: bool = True) -> Model:
    routes = tuple([ProviderRoute(provider=p, input=Decimal(1), output=Decimal(1),
                                  source=f"https://example.com/{p}", checked=DAY)
                    for p in providers])
    return Model(id="maker-x", name="X", vendor="Maker", vendor_inferred=inferred,
                 routes=routes, notes=INFERRED_NOTE)


def test_the_makers_own_api_listing_sources_the_vendor() -> None:
    """Listed on the API the catalog records as the guessed maker's own: the maker's word."""
    found = maker_listed(_model("host", "maker-api"), APIS, {"maker-api": "Maker API"})
    assert not found.vendor_inferred
    assert found.vendor == "Maker"
    assert found.notes == "Vendor from its maker's own API, which lists the model (Maker API)."


def test_another_labs_api_or_a_host_leaves_the_guess() -> None:
    """Another lab's API (a lab serving others' models) or a host sources no vendor."""
    for model in (_model("host"), _model("other-lab")):
        assert maker_listed(model, APIS, {}) == model
    stated = _model("maker-api", inferred=False)
    assert maker_listed(stated, APIS, {}) is stated


def test_the_bundled_qwen3_omni_flash_is_alibabas() -> None:
    """The bundled record, and the page and pick that read it, agree with each other."""
    model = default_catalog().model("qwen3-omni-flash")
    assert model.vendor == "Alibaba"
    assert not model.vendor_inferred
    c = compare("qwen3-omni-flash", "gpt-5-nano", as_of=DAY)
    md = c.to_markdown()
    assert "maker is not on record" not in md
    assert "Alibaba (China)'s listing" not in md
    assert [r.maker for r in c.routes_of(0)] == [True, True]  # both Alibaba's own APIs
    row = next(r for r in c.capabilities if r.capability is Capability.VISION)
    assert row.documented[0] is True
    assert c.check() == []


def test_a_guess_no_maker_api_lists_stays_a_guess() -> None:
    """Gemini 2.5 Flash Lite Preview 06-17 is listed by resellers alone: still a guess."""
    model = default_catalog().model("gemini-2.5-flash-lite-preview-06-17")
    assert model.vendor_inferred
