"""The catalog's records closing note 14 left unresolved (helper dataP): each joined, dated,
windowed or scored as its maker's own page gives it."""

from __future__ import annotations

from phicompare import default_catalog
from phicompare.catalog.index import Catalog


def _by_route(catalog: Catalog, provider: str, model_id: str) -> list[str]:
    return [m.id for m in catalog.models for r in m.routes
            if r.provider == provider and r.provider_model_id == model_id]


def test_github_models_command_r_plus_is_cohere_s_april_2024_release() -> None:
    """Cohere's docs: "command-r-plus is an alias for command-r-plus-04-2024"; GitHub Models'
    undated cohere-command-r-plus (models.dev: released 2024-04-04) is that release, not a
    model of its own beside it."""
    catalog = default_catalog()
    assert "cohere-command-r-plus" not in {m.id for m in catalog.models}
    assert _by_route(catalog, "github-models", "cohere/cohere-command-r-plus") == [
        "command-r-plus-04-2024"]
    assert catalog.model("cohere-command-r-plus").id == "command-r-plus-04-2024"  # its alias


def test_a_keyed_window_drops_route_windows_above_it() -> None:
    """Review 13, M1's rule carried to routes: a keyed window correction leaves no route
    listing more than the model (the route then reads the model's window); a route listing
    less keeps its own figure."""
    import datetime as dt

    from phicompare.domain.pricing import ProviderRoute
    from phicompare.domain.records import Model
    from phicompare.importers._correct import Correction, corrected

    day = dt.date(2026, 12, 1)
    routes = tuple(ProviderRoute(provider=p, source="https://x.test", checked=day,
                                 context_window=w) for p, w in (("a", 400_000), ("b", 64_000),
                                                                ("c", None)))
    model = Model(id="m", name="M", context_window=400_000, routes=routes)
    fix = Correction("m", "context_window", 128_000, "https://card.test", day, "the card")
    (out,), (line,) = corrected([model], [fix])
    assert [r.context_window for r in out.routes] == [None, 64_000, None]
    assert "the window above it that a lists is not recorded on its route" in line
    assert "not recorded" in (out.notes or "")


def test_gpt_5_chat_routes_list_no_window_above_openai_s_128k() -> None:
    """OpenAI's GPT-5 Chat page gives 128,000 tokens; six listings (OpenAI's own models.dev
    file among them) repeated GPT-5's 400,000, above the model's own window."""
    model = default_catalog().model("gpt-5-chat-latest")
    assert model.context_window == 128_000
    above = [r.provider for r in model.routes
             if r.context_window is not None and r.context_window > 128_000]
    assert above == []


def test_llama_3_1_records_take_the_card_s_128k_as_131_072() -> None:
    """Meta's Llama 3.1 card gives one context length, 128k, for the 8B, 70B and 405B: recorded
    as 131,072 as the 8B and 70B are; resellers' records read their listings' 128,000. The
    routes keep their own listings."""
    catalog = default_catalog()
    # (the resellers' Turbo records are routes of the 405B and the curated 8B since brief dataDF)
    for model_id in ("meta-llama-3.1-405b-instruct", "llama-3.1-8b"):
        model = catalog.model(model_id)
        assert model.context_window == 131_072, model_id
        assert any(r.context_window == 128_000 for r in model.routes), model_id


def test_meta_s_gpqa_diamond_rows_are_filed_as_gpqa_diamond() -> None:
    """Review 11, K4's rule, only where the source says Diamond: Meta's Llama 4 card gives
    Maverick 69.8 and Scout 57.2 on its "GPQA Diamond" row, and the Llama 3.3 card gives the
    70B 50.5 on "GPQA Diamond (CoT)"; LLMStats filed each as split-unstated GPQA."""
    catalog = default_catalog()
    for model_id, figure in (("llama-4-maverick-17b-instruct", 69.8),
                             ("llama-4-scout-17b-instruct", 57.2),
                             ("llama-3.3-70b-instruct", 50.5)):
        model = catalog.model(model_id)
        assert [float(s.score) for s in model.scores if s.benchmark == "gpqa-diamond"] == [
            figure], model_id
        assert not [s for s in model.scores if s.benchmark == "gpqa"], model_id


def test_makers_own_routes_retire_on_their_deprecation_pages_days() -> None:
    """Anthropic's model deprecations page (its model status table) and Mistral's model pages
    give each shutdown day; the maker's own route takes it (resellers' routes set their own)."""
    import datetime as dt

    catalog = default_catalog()
    for model_id, provider, day in (
            ("claude-3-5-sonnet-20240620", "anthropic", dt.date(2025, 10, 28)),
            ("claude-3-5-sonnet-20241022", "anthropic", dt.date(2025, 10, 28)),
            ("claude-3-7-sonnet-20250219", "anthropic", dt.date(2026, 2, 19)),
            ("claude-3-5-haiku-20241022", "anthropic", dt.date(2026, 2, 19)),
            ("claude-3-haiku", "anthropic", dt.date(2026, 4, 20)),
            ("open-mistral-7b", "mistral", dt.date(2025, 3, 30)),
            ("open-mixtral-8x7b", "mistral", dt.date(2025, 3, 30)),
            ("open-mixtral-8x22b", "mistral", dt.date(2025, 3, 30)),
            ("pixtral-large-2411", "mistral", dt.date(2026, 5, 31))):
        routes = [r for r in catalog.model(model_id).routes if r.provider == provider]
        assert [r.retires for r in routes] == [day], model_id


def test_magistral_medium_latest_is_magistral_medium_1_2() -> None:
    """Mistral's Magistral Medium 1.2 page: API names magistral-medium-2509 and
    magistral-medium-latest, released 2025-09-18; models.dev gave 2025-03-17, no Magistral
    Medium's."""
    import datetime as dt

    model = default_catalog().model("magistral-medium-latest")
    assert model.released == dt.date(2025, 9, 18)
    assert "https://docs.mistral.ai/models/magistral-medium-1-2-25-09" in model.sources


def test_qwen3_april_models_take_the_131_072_their_routes_serve() -> None:
    """Qwen's cards: "Context Length: 32,768 natively and 131,072 tokens with YaRN"; routes serve
    up to 131,072, so the model's window is that (the native window noted), where the snapshots
    gave a listing's 128,000 or the config's 40,960. Routes keep their own listings."""
    catalog = default_catalog()
    for model_id in ("qwen3-4b", "qwen3-14b", "qwen3-30b-a3b", "qwen-3-30b"):
        model = catalog.model(model_id)
        assert model.context_window == 131_072, model_id
        assert "32,768 natively" in (model.notes or ""), model_id
    assert {r.context_window for r in catalog.model("qwen3-14b").routes} >= {40_960, 32_768}
