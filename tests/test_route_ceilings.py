"""A route's window above its model's own, where the model's is its maker's figure (dataAJ)."""

from __future__ import annotations

import datetime as dt

from phicompare import default_catalog
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model
from phicompare.importers._conflicts import RecordFacts
from phicompare.importers._route_ceilings import (
    LONGER_TIERS,
    WINDOW_FACTS,
    LongerTier,
    windows_within,
)
from phicompare.render.cells import route_window

DAY = dt.date(2026, 12, 2)


def _route(provider: str, window: int | None) -> ProviderRoute:
    return ProviderRoute(provider=provider, source=f"https://{provider}.test", checked=DAY,
                         context_window=window)


def _said(source: str, window: int) -> RecordFacts:
    return RecordFacts(source=source, url=f"https://{source}.test",
                       facts=(("context_window", window),))


def test_a_listing_above_a_primary_sourced_window_is_not_kept() -> None:
    model = Model(id="m", name="M", context_window=1_048_576,
                  routes=(_route("302ai", 2_000_000), _route("google", 1_048_576),
                          _route("poe", 990_000)))
    evidence = {"m": (_said("models.dev:302ai", 2_000_000), _said("models.dev:models", 1_048_576))}
    (out,), lines = windows_within([model], evidence)
    assert [r.context_window for r in out.routes] == [None, 1_048_576, 990_000]
    assert out.routes[0].input == model.routes[0].input  # the route stays, its window goes
    assert "not recorded: 1 listing, 2,000,000 (302ai)" in (out.notes or "")
    assert lines == [("m: route windows above its 1048576-token window (models.dev's model file) "
                      "not recorded: 302ai 2000000")]
    # the route now runs on the model's window, and the routes table says so
    assert route_window(out.context_window, out.routes[0]) == "1M (1,048,576), the model's"


def test_an_llmstats_model_file_is_a_primary_record_too() -> None:
    model = Model(id="m", name="M", context_window=128_000,
                  routes=(_route("a", 131_072), _route("b", 163_840)))
    (out,), lines = windows_within([model], {"m": (_said("llmstats", 128_000),)})
    assert [r.context_window for r in out.routes] == [None, None]
    assert "2 listings, up to 163,840 (a, b)" in (out.notes or "")
    assert "(LLMStats' model file)" in lines[0]


def test_a_listing_above_a_window_only_listings_gave_is_kept() -> None:
    """A window the resellers' listings voted is no maker's figure: nothing is dropped by it."""
    model = Model(id="m", name="M", context_window=128_000, routes=(_route("a", 163_840),))
    for said in ((), (_said("models.dev:kilo", 128_000),),
                 (_said("models.dev:models", 131_072),)):  # a primary that is not the record's
        out, lines = windows_within([model], {"m": said})
        assert out == [model]
        assert lines == []


def test_a_makers_longer_tier_keeps_the_listings_under_it() -> None:
    tier = LongerTier("m", 1_000_000, "https://maker.test", DAY, "the maker's 1M tier")
    model = Model(id="m", name="M", context_window=200_000,
                  routes=(_route("a", 1_000_000), _route("b", 1_048_576), _route("c", 200_000)))
    (out,), _ = windows_within([model], {"m": (_said("models.dev:models", 200_000),)}, [tier])
    assert [r.context_window for r in out.routes] == [1_000_000, None, 200_000]


def test_the_302ai_listing_of_gemini_2_0_flash_lite_is_not_kept() -> None:
    """302.AI lists 2,000,000 tokens; Google's model card (and models.dev's file) 1,048,576."""
    model = default_catalog().model("gemini-2.0-flash-lite")
    assert model.context_window == 1_048_576
    windows = {r.provider: r.context_window for r in model.routes}
    assert windows["302ai"] is None
    assert windows["google"] == 1_048_576
    assert "not recorded: 1 listing, 2,000,000 (302ai)" in (model.notes or "")


def test_the_bundled_catalog_keeps_no_reseller_window_above_its_makers() -> None:
    catalog = default_catalog()
    assert {r.provider: r.context_window for r in catalog.model("gpt-5.1").routes
            if r.provider == "openai"} == {"openai": 400_000}
    assert all(r.context_window != 1_000_000 for r in catalog.model("gpt-5.1").routes)
    # a maker's longer tier: Anthropic's 1M window for Claude Sonnet 4.5 stays on its resellers
    sonnet = catalog.model("claude-sonnet-4-5")
    assert sonnet.context_window == 200_000
    assert {r.context_window for r in sonnet.routes if r.provider == "openrouter"} == {1_000_000}
    assert {t.model for t in LONGER_TIERS} == {"claude-sonnet-4-0", "claude-sonnet-4-5"}


def test_a_window_the_maker_gives_above_the_primary_record_is_corrected() -> None:
    """MiniMax's table gives MiniMax-M3 1,000,000; models.dev's 512,000 was a price tier's."""
    catalog = default_catalog()
    m3 = catalog.model("minimax-m3")
    assert m3.context_window == 1_000_000
    assert max(r.context_window or 0 for r in m3.routes) == 1_000_000  # Lilac's 1,048,576 gone
    assert catalog.model("qwen3-next-80b-a3b-instruct").context_window == 262_144
    assert all(fix.field == "context_window" and fix.source.startswith("https://")
               for fix in WINDOW_FACTS)
