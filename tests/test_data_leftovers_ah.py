"""The data helpers' leftovers (dataAH): each record read as its maker's own page gives it."""

from __future__ import annotations

from decimal import Decimal

from phicompare import default_catalog

OPENAI_GPT35_TABLE = "https://platform.openai.com/docs/models/gpt-3-5"
OPENAI_INSTRUCT_PAGE = "https://developers.openai.com/api/docs/models/gpt-3.5-turbo-instruct"


def test_gpt35_0613_and_instruct_take_openai_s_4096_window_and_keep_their_cap() -> None:
    """Their windows were the listings' 4,095, so the 4,096 output cap, above them, was dropped;
    OpenAI gives both models 4,096 tokens, so the cap returns (Instruct's from OpenAI's page)."""
    catalog = default_catalog()
    turbo = catalog.model("gpt-3.5-turbo-0613")
    assert turbo.context_window == 4_096
    assert turbo.max_output_tokens == 4_096
    assert OPENAI_GPT35_TABLE in turbo.sources
    instruct = catalog.model("gpt-3.5-turbo-instruct")
    assert instruct.context_window == 4_096
    assert instruct.max_output_tokens == 4_096
    assert OPENAI_INSTRUCT_PAGE in instruct.sources
    for model in (turbo, instruct):
        assert "4,095-token window" not in (model.notes or "")


def test_mistral_7b_instruct_v0_1_reads_mistral_s_8k_and_release_day() -> None:
    """The record held Kilo's listing (a 2,824-token window, 565 tokens out) and no release date;
    Mistral's paper gives Mistral 7B v0.1 a context length of 8,192 (its v0.2 card: "vs 8k
    context in v0.1"), released with Instruct on 2023-09-27; Kilo's route keeps its own."""
    model = default_catalog().model("mistral-7b-instruct-v0.1")
    assert model.context_window == 8_192
    assert model.max_output_tokens is None
    assert str(model.released) == "2023-09-27"
    assert "https://arxiv.org/abs/2310.06825" in model.sources
    kilo = next(r for r in model.routes if r.provider == "kilo")
    assert kilo.context_window == 2_824


def test_gemma_sea_lion_v4_release_stays_unknown() -> None:
    """AI Singapore's card gives "Last updated: 2025-08-25" and scores "As of 25 Aug 2025", no
    release day; the record keeps none rather than a listing's."""
    assert default_catalog().model("gemma-sea-lion-v4-27b-it").released is None


def test_gpt_4_1_post_gpqa_diamond_states_simple_evals_setting() -> None:
    """The GPT-4.1 post's GPQA Diamond figures printed "setting not stated"; each matches its
    row of OpenAI's simple-evals README, which runs its evals zero-shot with chain of thought
    (GPT-4o 2024-11-20's 46.0 was filed as split-unstated GPQA)."""
    catalog = default_catalog()
    for model_id, figure in (("gpt-4.1", "66.3"), ("gpt-4.1-mini", "65.0"),
                             ("gpt-4.1-nano", "50.3"), ("gpt-4.5", "69.5"),
                             ("gpt-4o-2024-11-20", "46.0")):
        model = catalog.model(model_id)
        (score,) = [s for s in model.scores if s.benchmark == "gpqa-diamond"
                    and s.score == Decimal(figure)]
        assert score.setting == "0-shot CoT", model_id
        assert "simple-evals" in (score.note or ""), model_id
    assert not [s for s in catalog.model("gpt-4o-2024-11-20").scores
                if s.benchmark == "gpqa" and s.score == Decimal("46.0")]


def test_deepseek_api_names_carry_the_facts_of_the_model_their_route_serves() -> None:
    """deepseek-chat's record mixed models (released 2025-12-01, V3.2's day, with V4 Flash's
    1,000,000-token window); its DeepSeek route serves DeepSeek V4 Flash (non-thinking), so its
    facts are V4 Flash's or unknown: the same window, no one release day (V4 Flash's own record
    carries 2026-04-24) and no cutoff DeepSeek states. deepseek-reasoner, V4 Flash's thinking
    mode on the same route, likewise."""
    catalog = default_catalog()
    flash = catalog.model("deepseek-v4-flash")
    for model_id in ("deepseek-chat", "deepseek-reasoner"):
        model = catalog.model(model_id)
        assert model.released is None, model_id
        assert model.context_window == flash.context_window == 1_000_000
        assert model.max_output_tokens == flash.max_output_tokens
        assert model.knowledge_cutoff is None, model_id
        assert "V4 Flash" in (model.notes or ""), model_id
        # Aider's entry of 2025-10-03 ran the name when it served V3.2-Exp, not V4 Flash
        assert not [s for s in model.scores if s.benchmark == "aider-polyglot"], model_id


def test_a_keyed_release_of_empty_text_drops_the_day() -> None:
    """A name that served several models has no one release day: a keyed correction of
    ``released`` to "" drops the snapshot's, as "" drops a knowledge cutoff."""
    import datetime as dt

    from phicompare.domain.records import Model
    from phicompare.importers._correct import Correction, corrected

    fix = Correction("m", "released", "", "https://x.test", dt.date(2026, 12, 2), "no one day")
    (out,), lines = corrected([Model(id="m", name="M", released=dt.date(2025, 12, 1))], [fix])
    assert out.released is None
    assert lines == [("m: released 2025-12-01 -> unknown (https://x.test, read 2026-12-02): "
                      "no one day")]
    (same,), none = corrected([Model(id="m", name="M")], [fix])
    assert same.released is None
    assert none == []
