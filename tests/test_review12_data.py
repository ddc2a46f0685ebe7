"""Review 12's model-data findings (L4, L5, L7, L12, L13): one record a model, dated from its
maker, with routes its providers still serve and the figures its own card gives."""

from __future__ import annotations

from phicompare import default_catalog
from phicompare.importers._identity import identity_key


def test_mistral_large_latest_is_not_a_model_of_its_own() -> None:
    """L4: Mistral's moving alias ``mistral-large-latest`` is Mistral Large 3 in the snapshots
    (its Mistral listing carries Large 3's weights, price and window), and the hosts' undated
    ``mistralai/mistral-large`` is Mistral Large 2 (OpenRouter: "Mistral Large 2 (version
    mistral-large-2407)"): no record mixes the two."""
    apart = frozenset({"mistrallarge2407"})
    assert identity_key("mistral/mistral-large-latest") == identity_key("mistral-large-2512")
    assert identity_key("mistralai/mistral-large", apart) == identity_key(
        "mistralai/mistral-large-2407", apart)
    catalog = default_catalog()
    assert "mistral-large-latest" not in {m.id for m in catalog.models}
    large3 = catalog.model("mistral-large-2512")
    assert "mistral-large-latest" in large3.aliases
    large2 = catalog.model("mistral-large-2407")
    routes = {(r.provider, r.provider_model_id) for r in large2.routes}
    assert ("openrouter", "mistralai/mistral-large") in routes
    assert ("kilo", "mistralai/mistral-large") in routes
    assert large3.context_window == 262_144
    assert str(large3.released) == "2025-12-02"
    assert large2.context_window == 131_072
    assert str(large2.released) == "2024-07-24"
    assert all((r.context_window or 0) <= 131_072 for r in large2.routes)
    assert catalog.model("mistral-large-latest").id == "mistral-large-2512"


def test_gemini_1_0_pro_is_dated_from_google_and_its_google_route_is_retired() -> None:
    """L5: Gemini 1.0 Pro reached Google's API on 2023-12-13 (2024-02-15 is Gemini 1.5's day),
    a cutoff after that cannot be, and Google shut the route down on 2025-02-15 (the Gemini
    API's word; Vertex AI kept gemini-1.0-pro-001 to 2025-04-09): no page bills it today."""
    import datetime as dt

    from phicompare import compare
    model = default_catalog().model("gemini-1.0-pro")
    assert model.released == dt.date(2023, 12, 13)
    assert model.knowledge_cutoff is None or model.knowledge_cutoff[:7] <= "2023-12"
    (google,) = [r for r in model.routes if r.provider == "google"]
    assert google.retires == dt.date(2025, 2, 15)
    page = compare("gemini-1.0-pro", "gpt-3.5-turbo")
    assert page.check() == []
    text = " ".join(c.text for c in page.narrative.verdict)
    assert "Gemini 1.0 Pro: no pick" in text, text


def test_claude_3_sonnet_and_opus_are_retired_on_anthropics_api_alone() -> None:
    """L5's rule on other makers: Anthropic's deprecations page retires claude-3-sonnet-20240229
    (2025-07-21) and claude-3-opus-20240229 (2026-01-05) on its own API; partners' routes stay."""
    import datetime as dt
    catalog = default_catalog()
    for model_id, day in (("claude-3-sonnet-20240229", dt.date(2025, 7, 21)),
                          ("claude-3-opus", dt.date(2026, 1, 5))):
        routes = catalog.model(model_id).routes
        assert [r.retires for r in routes if r.provider == "anthropic"] == [day]
        assert all(r.retires is None for r in routes if r.provider == "google-vertex")


def test_a_release_date_only_openrouters_listing_gives_is_unknown() -> None:
    """L7: models.dev's OpenRouter files give as ``release_date`` the day OpenRouter listed the
    model (its ``created``): Seed 1.6, on ByteDance's Volcano Engine API from June 2025, read
    "released 2025-12-23". A date no source but that listing (and Kilo's copy of it) gives is
    unknown; one another record also gives stands."""
    import datetime as dt

    from phicompare.domain.records import Model
    from phicompare.importers._conflicts import RecordFacts
    from phicompare.importers._listing_dates import listing_release

    def said(source: str, day: dt.date) -> RecordFacts:
        return RecordFacts(source=source, url=source, facts=(("released", day),))
    listed, other = dt.date(2025, 12, 23), dt.date(2025, 9, 1)
    seed = Model(id="seed", name="Seed", released=listed)
    fixed, line = listing_release(seed, [said("models.dev:openrouter", listed),
                                         said("models.dev:kilo", listed),
                                         said("models.dev:vercel", other)])
    assert fixed.released is None
    assert line is not None
    assert "OpenRouter" in (fixed.notes or "")
    kept = listing_release(seed, [said("models.dev:openrouter", listed),
                                  said("models.dev:models", listed)])
    assert kept == (seed, None)
    catalog = default_catalog()
    for model_id in ("seed-1.6", "seed-1.6-flash"):
        assert catalog.model(model_id).released is None, model_id


def test_one_cards_window_is_one_figure_across_its_sizes() -> None:
    """L12: Google's Gemma 3 card gives one 128K window for the 4B, 12B and 27B sizes, recorded
    as 131,072 for the curated 4B and 12B; the 27B held a listing's 128,000, so a page ranked it
    below its siblings. Likewise Meta's Llama 3.1 card (8B, 70B, 405B: "128k")."""
    from phicompare import compare
    catalog = default_catalog()
    for model_id, sibling in (("gemma-3-27b-it", "gemma-3-12b"),
                              ("llama-3.1-70b-instruct", "llama-3.1-8b")):
        assert catalog.model(model_id).context_window == catalog.model(
            sibling).context_window == 131_072, model_id
    page = compare("gemma-3-27b", "gemma-3-12b", "gemma-3-4b")
    assert page.check() == []
    summary = " ".join(c.text for c in page.narrative.summary)
    assert "All three have a context window of 128K tokens" in summary, summary
    assert "128,000" not in summary


def test_qwen3_cards_give_size_licence_and_launch_day() -> None:
    """L13: Qwen's Qwen3-8B card (read for two flags) gives "Number of Parameters: 8.2B" and
    Apache 2.0, and Qwen3 launched on 2025-04-29 (the 8B read 2025-04-30, a listing's day); the
    4B and 14B, read the same way, had the same gaps."""
    import datetime as dt
    from decimal import Decimal
    catalog = default_catalog()
    for model_id, size in (("qwen3-4b", "4.0"), ("qwen3-8b", "8.2"), ("qwen3-14b", "14.8")):
        model = catalog.model(model_id)
        assert model.parameters_b == Decimal(size), model_id
        assert model.license == "Apache-2.0", model_id
        assert model.released == dt.date(2025, 4, 29), model_id
