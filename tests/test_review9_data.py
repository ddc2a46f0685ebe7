"""Review 9's catalog-data findings (H1, H2, H13, H7, H10): one model, one record, dated no
earlier than it could exist, with its own scores."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from phicompare import default_catalog
from phicompare.importers._identity import identity_key


def test_vercels_and_iflows_qwen3_235b_are_qwens_april_model() -> None:
    """H1: models.dev's iFlow qwen3-235b (dated 2024-12-01) and Vercel's alibaba/qwen-3-235b
    (Vercel's page: "Qwen3 235B A22B", 131.1K tokens, thinking budget) are Qwen3-235B-A22B of
    2025-04-29, not a second model dated before Qwen3 existed."""
    assert identity_key("qwen3-235b") == identity_key("qwen3-235b-a22b")
    assert identity_key("alibaba/qwen-3-235b") == identity_key("qwen3-235b-a22b")
    catalog = default_catalog()
    assert "qwen3-235b" not in {m.id for m in catalog.models}
    model = catalog.model("qwen3-235b")
    assert model.id == "qwen3-235b-a22b"
    assert model.released == dt.date(2025, 4, 29)
    assert {"iflowcn", "vercel"} <= {r.provider for r in model.routes}


def test_iflows_qwen3_235b_a22b_instruct_is_the_july_model() -> None:
    """H1: iFlow's qwen3-235b-a22b-instruct (256,000 tokens, July 2025) is Qwen3-235B-A22B-
    Instruct-2507, not the April hybrid nor a third record."""
    catalog = default_catalog()
    assert "qwen3-235b-a22b-instruct" not in {m.id for m in catalog.models}
    assert catalog.model("qwen3-235b-a22b-instruct").id == "qwen3-235b-a22b-instruct-2507"
    april = catalog.model("qwen3-235b-a22b")
    assert all(r.provider_model_id != "qwen3-235b-a22b-instruct" for r in april.routes)


def test_a_qwen3_235b_page_dated_before_qwen3_picks_nothing() -> None:
    """H1's repro: with one record, nothing on the page was released by 2025-02-01."""
    from phicompare import compare
    page = compare("qwen3-235b", "qwen3-235b-a22b-instruct-2507", as_of=dt.date(2025, 2, 1))
    assert page.check() == []
    assert all(m.released is not None and m.released > dt.date(2025, 2, 1) for m in page.models)


def test_a_release_before_the_ids_own_stamp_is_dropped() -> None:
    """H2: models.dev dates voxtral-mini-3b-2507 (July 2025 by its id) 2024-12-01; the
    rule drops such a date (unknown, with a note), and the bundled layer holds none."""
    from phicompare.importers._stamp_dates import id_stamp
    catalog = default_catalog()
    voxtral = catalog.model("voxtral-mini-3b-2507")
    assert voxtral.released is None or voxtral.released >= dt.date(2025, 7, 1)
    assert "stamped 2025-07" in (voxtral.notes or "")
    for model in catalog.models:
        stamp = id_stamp(model.id)
        if stamp is not None and model.released is not None:
            assert (model.released.year, model.released.month) >= stamp, model.id


def test_mistral_large_3_and_deep_research_are_dated_from_their_makers() -> None:
    """H2: Mistral Large 3 came out on 2025-12-02 (Mistral 3), not 2024-11-01; OpenAI's deep
    research models on 2025-06-26 (their snapshots' date), after o3 and o4-mini, not 2024."""
    catalog = default_catalog()
    assert catalog.model("mistral-large-2512").released == dt.date(2025, 12, 2)
    for model_id in ("o3-deep-research", "o4-mini-deep-research"):
        model = catalog.model(model_id)
        assert model.released == dt.date(2025, 6, 26), model_id
        base = catalog.model(model_id.removesuffix("-deep-research")).released
        assert base is not None
        assert model.released > base


def test_as_of_before_mistral_large_3_does_not_pick_it() -> None:
    """H2's repro: on 2024-11-10 Mistral Large 3 is not released (nor is 2.1)."""
    from phicompare import compare
    page = compare("mistral-large-2512", "mistral-large-2411", "mistral-large-2407",
                   as_of=dt.date(2024, 11, 10))
    assert page.check() == []
    text = page.to_markdown() if hasattr(page, "to_markdown") else str(page)
    assert "Pick Mistral Large 3" not in text


def test_a_resellers_high_effort_id_of_o3_mini_and_o4_mini_is_a_route() -> None:
    """H13: OpenRouter's o4-mini-high is "the same model as o4-mini with reasoning_effort set to
    high" (its description; likewise o3-mini-high): a request mode, so a route of the model, not
    a second candidate with no maker route in `pick`."""
    catalog = default_catalog()
    ids = {m.id for m in catalog.models}
    for mode, model_id in (("openai/o4-mini-high", "o4-mini"), ("openai/o3-mini-high", "o3-mini")):
        assert identity_key(mode) == identity_key(model_id)
        assert mode.split("/")[1] not in ids
        model = catalog.model(mode)
        assert model.id == model_id
        # read as the model's listing: OpenRouter's file is the model's source (its route
        # repeats the plain one's terms, so it is kept once, as the plain listing; NanoGPT's
        # cheaper o3-mini-high is left out, brief data11)
        assert any(s.endswith(f"/providers/openrouter/models/{mode}.toml")
                   for s in model.sources)
    assert identity_key("o4-mini-deep-research") != identity_key("o4-mini")


def test_aider_polyglot_edit_is_aider_polyglot_in_the_diff_format(tmp_path: Path) -> None:
    """H13: LLMStats' "Aider-Polyglot Edit" is Aider Polyglot's diff edit format column of the
    page it cites; the plain name cited to the same page is the whole format."""
    import json

    from phicompare.importers import from_llmstats
    post = "https://openai.com/index/gpt-4-1/"
    folder = tmp_path / "models" / "openai" / "o3-mini"
    folder.mkdir(parents=True)
    (folder / "model.json").write_text(json.dumps({"name": "o3-mini", "qualitative_metrics": [
        {"dataset_name": "Aider-Polyglot", "score": 0.667, "source_link": post,
         "analysis_method": "benchmark score"},
        {"dataset_name": "Aider-Polyglot Edit", "score": 0.604, "source_link": post,
         "analysis_method": "benchmark score"},
        {"dataset_name": "Aider-Polyglot", "score": 0.604,
         "source_link": "https://aider.chat/docs/leaderboards/"}]}), encoding="utf-8")
    (tmp_path / "providers").mkdir()
    catalog = from_llmstats(tmp_path, checked=dt.date(2026, 11, 30))
    assert [(s.benchmark, str(s.score), s.setting) for s in catalog.model("o3-mini").scores] == [
        ("aider-polyglot", "66.7", "whole format"), ("aider-polyglot", "60.4", "diff format"),
        ("aider-polyglot", "60.4", None)]
    assert [b.id for b in catalog.benchmarks] == ["aider-polyglot"]
    bundled = default_catalog()
    assert "aider-polyglot-edit" not in {b.id for b in bundled.benchmarks}
    settings = {s.setting for s in bundled.model("o4-mini").scores
                if s.benchmark == "aider-polyglot"}
    assert {"whole, o4-mini-high", "diff, o4-mini-high"} <= settings


def test_openrouters_qwen3_5_flash_02_23_is_qwen3_5_flash() -> None:
    """H7: qwen3.5-flash-02-23 (OpenRouter's "Qwen: Qwen3.5-Flash", Kilo's) was a second record
    whose unknown open-weights flag escaped the maker-first rule, so the page picked it "for the
    lower bill" over Qwen3.5 Flash itself. One model, billed under one policy."""
    assert identity_key("qwen/qwen3.5-flash-02-23") == identity_key("qwen3.5-flash")
    catalog = default_catalog()
    assert "qwen3.5-flash-02-23" not in {m.id for m in catalog.models}
    model = catalog.model("qwen3.5-flash-02-23")
    assert model.id == "qwen3.5-flash"
    assert {"openrouter", "kilo", "alibaba-cn"} <= {r.provider for r in model.routes}
    assert model.open_weights is False


_QWEN25_BASE_ROWS = {
    "qwen2-5-14b-instruct": {"mmlu", "bbh", "arc-c", "truthfulqa", "theoremqa", "mmlu-stem",
                             "humaneval-plus", "mbpp-plus"},
    "qwen2-5-32b-instruct": {"mmlu", "bbh", "arc-c", "truthfulqa", "winogrande", "hellaswag",
                             "theoremqa", "mmlu-stem", "humaneval-plus", "mbpp-plus"},
}


def test_qwen2_5_instruct_records_hold_no_base_model_rows() -> None:
    """H10: the Qwen2.5 report's Table 3 (base models) rows, HumanEval+ 51.2 beside the instruct
    HumanEval 83.5 among them, were filed under the instruct models; Table 7's figures stay."""
    catalog = default_catalog()
    for model_id, base_rows in _QWEN25_BASE_ROWS.items():
        model = catalog.model(model_id)
        held = {s.benchmark for s in model.scores}
        assert not held & base_rows, model_id
        assert {"mmlu-pro", "mmlu-redux", "gpqa", "math", "gsm8k", "humaneval", "mbpp",
                "multipl-e"} <= held, model_id
        assert "https://arxiv.org/abs/2412.15115" in (model.notes or ""), model_id
    scores = {s.benchmark: str(s.score) for s in catalog.model("qwen2-5-14b-instruct").scores}
    assert scores["humaneval"] == "83.5"
