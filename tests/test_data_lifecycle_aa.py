"""Lifecycle dates and labels the data's known gaps left secondhand or open (helper dataAA),
read from the bundled catalog."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import compare, default_catalog, estimate
from tests.helpers import provider_routes, route_reasons

_MIRROR = "johnzfitch/claude-wiki at 68bc2675"


def test_claude_4_lifecycle_days_are_read_on_anthropic_s_own_page() -> None:
    """Anthropic's model deprecations page, read in a mirror's crawls of it (2026-09-26 and
    2026-04-26): Claude Sonnet 4 and Opus 4 deprecated 2026-04-14 and retired 2026-06-15, Opus
    4.1 deprecated 2026-06-05 and retired 2026-08-05; the routes' notes cite the page's text and
    no longer call the days secondhand."""
    for model_id, deprecated, retires in (
            ("claude-sonnet-4-0", dt.date(2026, 4, 14), dt.date(2026, 6, 15)),
            ("claude-opus-4-0", dt.date(2026, 4, 14), dt.date(2026, 6, 15)),
            ("claude-opus-4-1", dt.date(2026, 6, 5), dt.date(2026, 8, 5))):
        (route,) = provider_routes(model_id, "anthropic")
        assert (route.deprecated, route.retires) == (deprecated, retires), model_id
        assert route.notes is not None
        assert "secondhand" not in route.notes, model_id
        assert route.notes.count(_MIRROR) == 2, model_id


def test_nanogpt_s_undated_kimi_k2_listing_says_its_checkpoint_is_not_settled() -> None:
    """NanoGPT's ``moonshotai/kimi-k2-instruct`` (its API's catalog, synced into models.dev on
    2026-02-17) has the 0905 checkpoint's 256,000-token window and the first release's
    $0.10/$2.00: the route keeps both, and its notes say which it serves is not settled."""
    routes = {r.provider_model_id: r for r in provider_routes("kimi-k2", "nano-gpt")}
    route = routes["moonshotai/kimi-k2-instruct"]
    assert (route.context_window, route.input, route.output) == (
        256_000, Decimal("0.1"), Decimal("2.00"))
    assert route.notes is not None
    assert route.notes.startswith("Route checkpoint not settled (")
    assert "Kimi-K2-Instruct-0905" in route.notes
    assert routes["baseten/Kimi-K2-Instruct-FP4"].notes is None
    # a doubt about one listing is no fact of the model: its sources stay route listings
    assert not [s for s in default_catalog().model("kimi-k2").sources if "/commit/" in s]


def test_llm_gateway_s_qwen_plus_route_says_its_older_snapshot_window() -> None:
    """LLM Gateway's own definitions give ``qwen-plus`` 131,072 tokens (the snapshots' before
    2025-07-28) beside tiers over 256K: the route keeps the gateway's limit and says which
    snapshot it forwards to is not settled; its ``qwen-plus-latest`` route (1,000,000) is left
    as it was."""
    routes = {r.provider_model_id: r for r in provider_routes("qwen-plus", "llmgateway")}
    plus, latest = routes["qwen-plus"], routes["qwen-plus-latest"]
    assert plus.context_window == 131_072
    assert plus.notes is not None
    assert "snapshot not settled" in plus.notes
    assert "theopenco/llmgateway" in plus.notes
    assert latest.context_window == 1_000_000
    assert "snapshot not settled" not in (latest.notes or "")


def test_gemini_1_5_flash_humaneval_is_the_may_report_s_0_shot_figure() -> None:
    """The Gemini 1.5 report's Table 11 (May 2024 revision) gives 1.5 Flash HumanEval 74.3%
    0-shot beside 1.5 Pro's 84.1% 0-shot: Flash's figure cites the report with that setting and
    no version label, and compares directly with Pro's, one table's two columns."""
    (flash,) = [s for s in default_catalog().model("gemini-flash-1.5").scores
                if s.benchmark == "humaneval"]
    assert (flash.score, flash.setting) == (Decimal("74.3"), "0-shot")
    assert flash.source == "https://arxiv.org/abs/2403.05530"
    (row,) = [r for r in compare("gemini-flash-1.5", "gemini-1.5-pro").benchmarks
              if r.benchmark.id == "humaneval"]
    assert row.pair(0, 1).comparable


def test_github_models_routes_retire_on_github_s_day() -> None:
    """GitHub's announcement (community discussion 203602, Announcements): GitHub Models
    retired on 2026-07-30. Every GitHub Models route, curated (Phi-4 Mini, Llama 3.1 8B) or
    imported (GPT-4o, Mistral Nemo), retires that day: a page dated after it reads "retired on
    2026-07-30", a page the day before still the free tier."""
    day = dt.date(2026, 7, 30)
    for model_id in ("phi-4-mini", "llama-3.1-8b", "gpt-4o", "mistral-nemo"):
        for route in provider_routes(model_id, "github-models"):
            assert route.retires == day, model_id
            assert route.notes is not None
            assert "discussions/203602" in route.notes
        assert route_reasons(model_id, "github-models", day + dt.timedelta(days=1)) == {
            f"retired on {day}"}
        assert f"retired on {day}" not in route_reasons(
            model_id, "github-models", day - dt.timedelta(days=1))
    unretired = [(model.id, route.provider_model_id) for model in default_catalog().models
                 for route in model.routes
                 if route.provider == "github-models" and route.retires is None]
    assert unretired == []


def test_phi_4_mini_on_github_models_is_retired_today_and_served_the_day_before() -> None:
    """Phi-4 Mini's GitHub Models route: retired on a page dated 2026-12-02 (the day the
    announcement was read), in service, as the free tier it was, on one dated 2026-07-29."""
    (route,) = provider_routes("phi-4-mini", "github-models")
    assert route.retired(dt.date(2026, 12, 2))
    assert not route.retired(dt.date(2026, 7, 29))
    assert route_reasons("phi-4-mini", "github-models", dt.date(2026, 12, 2)) == {
        "retired on 2026-07-30"}
    (served,) = [row for row in estimate("phi-4-mini", as_of=dt.date(2026, 7, 29),
                                         include_free=True).routes
                 if row.route.provider == "github-models"]
    assert served.eligible
    assert served.monthly == 0
