"""The catalog's data leftovers of the last stop (helper dataAE): each record read as its
maker's own page gives it."""

from __future__ import annotations

from decimal import Decimal

from phicompare import compare, default_catalog


def test_o3_mini_gpqa_diamond_states_high_reasoning_effort() -> None:
    """o3-mini's GPQA Diamond 77.2 is OpenAI's "o3-mini (high)" figure (the GPT-4.1 post's
    column, simple-evals' o3-mini-high row), yet it printed its setting as "not stated"."""
    model = default_catalog().model("o3-mini")
    (score,) = [s for s in model.scores if s.benchmark == "gpqa-diamond"]
    assert score.score == Decimal("77.2")
    assert score.setting == "0-shot CoT, high reasoning effort"
    assert "simple-evals" in (score.note or "")


def test_gpt_4_0613_structured_outputs_stay_unknown() -> None:
    """A guard, not a fix: OpenAI's Structured Outputs launch gives gpt-4-0613 the function-calling
    kind (``strict: true``) and lists only two GPT-4o models for the response-format kind the
    key is filled from, so neither yes nor no is its plain word: the page says "not
    documented", never that GPT-4 lacks them (docs/data-notes.md, Capabilities)."""
    model = default_catalog().model("gpt-4-0613")
    assert model.capabilities.structured_outputs is None
    assert all(r.capabilities is None or r.capabilities.structured_outputs is None
               for r in model.routes)
    page = compare("gpt-4-0613", "gpt-4o").to_markdown()
    assert "| Structured outputs | not documented | yes |" in page


def test_deepseek_chat_listings_join_the_model_they_serve() -> None:
    """DeepSeek's API name deepseek-chat served V2.5, V3, ..., V3.2 and V4 Flash in turn, and
    one record held every host's copy of the name: OpenRouter's and Kilo's "DeepSeek V3"
    (December 2024) and ZenMux's "DeepSeek-V3.2 (Non-thinking Mode)" now join those models'
    records; the listings that stay say which model they serve, or that it is not settled,
    and DeepSeek's own, V4 Flash's non-thinking mode by then, retires on 2026-07-24."""
    catalog = default_catalog()
    chat = catalog.model("deepseek-chat")
    assert {r.provider for r in chat.routes} == {
        "302ai", "anyapi", "deepseek", "nano-gpt", "orcarouter"}
    v3 = {r.provider for r in catalog.model("deepseek-v3").routes
          if r.provider_model_id == "deepseek/deepseek-chat"}
    assert v3 == {"kilo", "openrouter"}
    v3_2 = [r for r in catalog.model("deepseek-v3.2").routes
            if r.provider == "zenmux" and r.provider_model_id == "deepseek/deepseek-chat"]
    assert len(v3_2) == 1
    (own,) = [r for r in chat.routes if r.provider == "deepseek"]
    assert "serves DeepSeek V4 Flash (non-thinking)" in (own.notes or "")
    assert str(own.retires) == "2026-07-24"
    assert all("not settled" in (r.notes or "") for r in chat.routes if r.provider != "deepseek")
    (reasoner,) = [r for r in catalog.model("deepseek-reasoner").routes
                   if r.provider == "deepseek"]
    assert str(reasoner.retires) == "2026-07-24"
    page = compare("deepseek-v3", "deepseek-chat").to_markdown()
    chat_rows = page.split("*DeepSeek Chat: every route")[1]
    assert "| OpenRouter |" not in chat_rows
    assert "| DeepSeek | $0.14 | $0.28 | 1,000,000 | retired |" in chat_rows.replace("\\$", "$")


def test_gemini_1_5_flash_wmt23_is_the_may_report_s_1_shot_figure() -> None:
    """Gemini 1.5 Flash's WMT23 74.1 was labelled "model version 002" from the DeepMind page's
    context, but the Gemini 1.5 report's Table 11 (May 2024) gives 1.5 Flash 74.1, 1-shot
    (BLEURT): the May model's, the record's own, not the 002 version's."""
    model = default_catalog().model("gemini-flash-1.5")
    (score,) = [s for s in model.scores if s.benchmark == "wmt23"]
    assert score.score == Decimal("74.1")
    assert score.setting == "1-shot"
    assert score.source == "https://arxiv.org/abs/2403.05530"
    assert "Table 11" in (score.note or "")
    labelled = {s.benchmark for s in model.scores if "002" in (s.setting or "")}
    assert {"mathvista", "fleurs", "video-mme", "xstest"} <= labelled


def test_foundry_s_gpt_5_chat_deployments_retire_when_their_last_version_does() -> None:
    """Microsoft's Foundry retirement schedule gives every version of gpt-5-chat, gpt-5.1-chat,
    gpt-5.2-chat and gpt-5.3-chat "Retired", the last on 2026-06-29, yet pages dated after
    still billed their Foundry routes "GA". Whichever version a route served, none was served
    from that day; no deprecation day is given."""
    catalog = default_catalog()
    for model_id in ("gpt-5-chat-latest", "gpt-5.1-chat-latest", "gpt-5.2-chat-latest",
                     "gpt-5.3-chat-latest"):
        (route,) = [r for r in catalog.model(model_id).routes if r.provider == "azure-foundry"]
        assert str(route.retires) == "2026-06-29", model_id
        assert route.deprecated is None, model_id
        assert "concepts-model-retirement-schedule-content.md" in (route.notes or ""), model_id
    (two,) = [r for r in catalog.model("gpt-5-chat-latest").routes
              if r.provider == "azure-foundry"]
    assert "2025-10-03" in (two.notes or "")
    assert "2026-05-13" in (two.notes or "")
