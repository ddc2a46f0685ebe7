"""Keyed score fixes of the imported layer (``importers._score_fixes``): a figure's setting, or
a figure the model does not own, read against the lab's own page."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from phicompare import default_catalog
from phicompare.domain.records import BenchmarkScore, Model
from phicompare.exceptions import UnknownModelError
from phicompare.importers._score_fixes import SCORE_FIXES, ScoreFix, fixed_scores

JUNE_FIGURES = {"mmlu": "90.4", "mgsm": "91.6", "drop": "87.1", "bbh": "93.1",
                "gsm8k": "96.4"}


def _scores(model: Model, benchmark: str) -> list[BenchmarkScore]:
    return [s for s in model.scores if s.benchmark == benchmark]


def test_claude_3_7_sonnets_gpqa_and_aime_are_the_extended_thinking_figures() -> None:
    """Review 5, P9: GPQA 84.8 and AIME 2024 80.0 are Anthropic's parallel test-time compute
    figures (256 samples and a learned scorer), stored as if plain; the bundled catalog holds
    the 64K extended-thinking figures with that setting, the parallel ones in the note."""
    sonnet = default_catalog().model("claude-3-7-sonnet-20250219")
    (gpqa,) = _scores(sonnet, "gpqa-diamond")  # review 11, K4: the Diamond split's own id
    assert (gpqa.score, gpqa.setting) == (Decimal("78.2"), "64K extended thinking")
    assert gpqa.note is not None
    assert "84.8" in gpqa.note
    assert "parallel" in gpqa.note
    (aime,) = _scores(sonnet, "aime-2024")
    assert (aime.score, aime.setting) == (Decimal("61.3"), "64K extended thinking")
    assert aime.note is not None
    assert "80.0" in aime.note
    assert gpqa.checked == aime.checked == dt.date(2026, 12, 1)


def test_claude_3_5_sonnet_v2_holds_none_of_the_june_models_figures() -> None:
    """Review 5, D1: the October 2024 model's MMLU, MGSM, DROP, BBH and GSM8K were the June
    model's figures, cited to the October post, which gives none of them."""
    catalog = default_catalog()
    v2, june = catalog.model("claude-3-5-sonnet-20241022"), catalog.model(
        "claude-3-5-sonnet-20240620")
    assert not {s.benchmark for s in v2.scores} & set(JUNE_FIGURES)
    assert {b: str(s.score) for b in JUNE_FIGURES for s in _scores(june, b)
            if s.setting != "Maj@32 5-shot CoT"} == JUNE_FIGURES
    assert v2.notes is not None
    assert "bbh 93.1" in v2.notes  # review 10, I3: BIG-Bench Hard is `bbh`


def test_a_fix_applies_only_to_the_figure_it_names() -> None:
    """A fix names the figure it was written for: another figure (a later snapshot's) stays."""
    fix = ScoreFix("m", "gpqa", Decimal("84.8"), Decimal("78.2"), "Diamond", "https://x.test",
                   dt.date(2026, 12, 1), "why")
    model = Model(id="m", name="M", scores=(
        BenchmarkScore(benchmark="gpqa", score=Decimal("70.0")),))
    (kept,), lines = fixed_scores([model], (fix,))
    assert kept is model
    assert lines == []


def test_every_fix_cites_a_page_and_a_day() -> None:
    assert all(f.source.startswith("https://") and f.checked for f in SCORE_FIXES)


def test_an_added_figure_is_added_once() -> None:
    """A fix whose figure the snapshot lacks (read None) adds it; a model holding it keeps one."""
    fix = ScoreFix("m", "gpqa", None, Decimal("65.0"), "Diamond", "https://x.test",
                   dt.date(2026, 12, 1), "why")
    (added,), lines = fixed_scores([Model(id="m", name="M")], (fix,))
    (score,) = added.scores
    assert (score.score, score.setting, score.source, score.self_reported) == (
        Decimal("65.0"), "Diamond", "https://x.test", True)
    assert lines == ["m: gpqa added 65.0 (Diamond) (https://x.test, read 2026-12-01): why"]
    (again,), more = fixed_scores([added], (fix,))
    assert again is added
    assert more == []


def test_claude_3_7_sonnets_other_extended_thinking_figures_name_the_setting() -> None:
    """Brief data3, S1: MMMU 75.0, MMMLU 86.1, IFEval 93.2 and MATH-500 96.2 are the 64K
    extended-thinking column of Anthropic's table, stored with no such setting (MMMU and MMMLU
    without it read 71.8 and 83.2; the note says so)."""
    sonnet = default_catalog().model("claude-3-7-sonnet-20250219")
    for benchmark, figure in (("mmmu", "75.0"), ("mmmlu", "86.1"), ("ifeval", "93.2"),
                              ("math-500", "96.2")):
        (score,) = _scores(sonnet, benchmark)
        assert score.score == Decimal(figure)
        assert score.setting is not None
        assert "64K extended thinking" in score.setting
        assert score.checked == dt.date(2026, 12, 1)
    (mmmu,) = _scores(sonnet, "mmmu")
    (mmmlu,) = _scores(sonnet, "mmmlu")
    assert mmmu.note is not None
    assert "71.8" in mmmu.note
    assert mmmlu.note is not None
    assert "83.2" in mmmlu.note


def test_claude_3_5_sonnet_v2_holds_the_october_posts_gpqa_and_mmlu_pro() -> None:
    """Brief data3, S2: Anthropic's October 2024 post gives the upgraded Claude 3.5 Sonnet GPQA
    Diamond 65.0 and MMLU Pro 78.0; the model held neither (its GPQA was the June model's)."""
    v2 = default_catalog().model("claude-3-5-sonnet-20241022")
    october = "https://www.anthropic.com/news/3-5-models-and-computer-use"
    (gpqa,) = _scores(v2, "gpqa-diamond")  # review 11, K4: the Diamond split's own id
    assert (gpqa.score, gpqa.setting, gpqa.source) == (Decimal("65.0"), None, october)
    assert gpqa.self_reported is True
    assert Decimal("78.0") in {s.score for s in _scores(v2, "mmlu-pro") if s.source == october}


def test_gemini_2_5_pro_holds_the_reports_figures() -> None:
    """Brief data3, S3: the generally available Gemini 2.5 Pro held no Google-reported score
    (its previews' were read before its release); the Gemini 2.5 report's own figures."""
    pro = default_catalog().model("gemini-2.5-pro")
    report = {(s.benchmark, str(s.score)) for s in pro.scores
              if s.source == "https://arxiv.org/abs/2507.06261"}
    assert report == {("livecodebench", "69.0"), ("aider-polyglot", "82.2"),
                      ("aime-2025", "88.0")}


PRETRAINED = {"mmlu": "5-shot macro_avg/acc_char", "math": "4-shot em_maj1@1",
              "mbpp": "3-shot pass@1", "tydiqa": "1-shot average/f1"}


def test_llama_4_instruct_models_hold_none_of_the_pretrained_models_figures() -> None:
    """Brief data3, S5: MMLU, MATH, MBPP and TydiQA of Maverick and Scout were the model card's
    "Pre-trained models" table (the base models, Llama-4-*-17B-*E), filed on the instruct."""
    catalog = default_catalog()
    for name in ("llama-4-maverick", "llama-4-scout"):
        model = catalog.model(name)
        assert not {s.benchmark for s in model.scores} & set(PRETRAINED)
        assert model.notes is not None
        assert "Pre-trained models" in model.notes
        # the card's instruct row is "GPQA Diamond" (helper dataP: filed under gpqa-diamond)
        assert {s.benchmark for s in model.scores} >= {"gpqa-diamond", "mmlu-pro", "mmmu"}


@pytest.mark.parametrize("name", [
    "llama-4-maverick-17b-128e", "meta-llama/Llama-4-Maverick-17B-128E",
    "llama-4-scout-17b-16e", "meta-llama/Llama-4-Scout-17B-16E"])
def test_llama_4_base_model_names_resolve_to_no_model(name: str) -> None:
    """Brief data3, S5: Meta's pre-trained base models are named without "-Instruct"; the
    bundled catalog holds the instruct models only, so a base model's name is unknown."""
    with pytest.raises(UnknownModelError):
        default_catalog().model(name)
