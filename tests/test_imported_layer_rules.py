"""The imported layer's honesty rules: what a score cites, and which figures are unknown."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from phicompare import compare, default_catalog, load_catalog
from phicompare.domain.pricing import ProviderRoute, Tier
from phicompare.domain.records import BenchmarkScore, Model
from phicompare.importers import (
    from_genai_prices,
    from_litellm,
    from_llmstats,
    from_models_dev,
    from_openrouter,
    merge,
)
from phicompare.importers._conflicts import RecordFacts
from phicompare.importers._quality import (
    impossible_dates,
    listed_before_release,
    not_per_token,
    snapshot_scores,
)
from phicompare.importers._scores import ZERO_NOT_RUN, cited_link

from .helpers import CURATED_PATHS

COMMIT = "df1d14eda7143f27fd5e7d71d8b14cb0c807de0d"
LLMSTATS_AT = f"https://github.com/JonathanChavezTamales/LLMStats/blob/{COMMIT}/"
AS_OF = dt.date(2026, 11, 25)
NOTES = Path(__file__).parent.parent / "docs" / "data-notes.md"


def _notes() -> str:
    """docs/data-notes.md, or a skip where the tests run outside the repository (the wheel's)."""
    if not NOTES.exists():
        pytest.skip(f"docs/data-notes.md not found at {NOTES}: these tests run outside the "
                    "repository (as against the installed wheel)")
    return NOTES.read_text(encoding="utf-8")


def llmstats_tree(root: Path, models: dict[str, dict[str, Any]],
                  providers: dict[str, dict[str, Any]] | None = None) -> Path:
    """A small LLMStats tree at a commit: ``models`` by ``org/name``, ``providers`` by id."""
    (root / "providers").mkdir(parents=True)
    (root / "SNAPSHOT.txt").write_text(
        f"Source: github JonathanChavezTamales/LLMStats commit {COMMIT} 2025-05-22\n",
        encoding="utf-8")
    for name, data in models.items():
        (root / "models" / name).mkdir(parents=True)
        (root / "models" / name / "model.json").write_text(json.dumps(data), encoding="utf-8")
    for pid, data in (providers or {}).items():
        (root / "providers" / pid).mkdir()
        (root / "providers" / pid / "provider.json").write_text(json.dumps(data),
                                                                encoding="utf-8")
    return root


def metric(score: float, link: str | None) -> dict[str, Any]:
    return {"dataset_name": "MMLU", "score": score, "analysis_method": "Accuracy",
            "is_self_reported": False, "source_link": link, "date_recorded": "2024-03-14"}


# -- 1. a placeholder is not a source ----------------------------------------------------------


def test_a_placeholder_link_cites_the_snapshot_file_and_is_no_shared_evaluation(
        tmp_path: Path) -> None:
    root = llmstats_tree(tmp_path, {
        "openai/gpt-x": {"name": "GPT X", "qualitative_metrics": [
            metric(0.698, "https://example.com/benchmark-image")]},
        "google/gem-y": {"name": "Gem Y", "qualitative_metrics": [
            metric(0.718, "https://example.com/benchmark-image")]},
        "acme/real-z": {"name": "Real Z", "qualitative_metrics": [
            metric(0.5, "https://arxiv.org/abs/1"), {**metric(0.6, "TBD"),
                                                     "dataset_name": "GPQA"}]},
    })
    catalog = from_llmstats(root)
    x, y, z = (catalog.model(n).scores for n in ("gpt-x", "gem-y", "real-z"))
    assert x[0].source == LLMSTATS_AT + "models/openai/gpt-x/model.json"
    assert y[0].source == LLMSTATS_AT + "models/google/gem-y/model.json"
    assert x[0].evaluation_key != y[0].evaluation_key  # not one evaluation
    assert z[0].source == "https://arxiv.org/abs/1"  # a real document stays the source
    assert z[1].source == LLMSTATS_AT + "models/acme/real-z/model.json"  # no URL at all
    assert {s.checked for s in (*x, *y, *z)} == {dt.date(2025, 5, 22)}  # the snapshot's date


def test_no_bundled_score_cites_a_placeholder_and_every_imported_one_is_checked() -> None:
    curated = {m.id for m in load_catalog(*CURATED_PATHS)}  # checked as whole models
    for model in default_catalog():
        for score in model.scores:
            assert score.source is not None, (model.id, score.benchmark)
            assert cited_link(score.source) == score.source, (model.id, score)
            assert model.id in curated or score.checked is not None, (model.id, score.benchmark)


def test_gpt_3_5_and_gemini_1_0_pro_are_not_one_evaluation() -> None:
    """The repro: both cited example.com, and the page called MMLU and MATH leads outside noise."""
    catalog = default_catalog()
    gpt, gemini = catalog.model("gpt-3.5-turbo-0125"), catalog.model("gemini-1.0-pro")
    assert {s.evaluation_key for s in gpt.scores}.isdisjoint(
        {s.evaluation_key for s in gemini.scores})
    page = compare("gpt-3.5-turbo-0125", "gemini-1.0-pro", as_of=AS_OF)
    # (the deep dive's directions across evaluations say "not a lead outside noise")
    assert "outside noise" not in page.to_markdown().replace("not a lead outside noise", "")
    assert page.check() == []


# -- 2. an exact 0 on a share of items is "not run" ----------------------------------------------


def test_a_zero_llmstats_score_is_unknown_and_reported(tmp_path: Path) -> None:
    root = llmstats_tree(tmp_path, {"openai/gpt-x": {"name": "GPT X", "qualitative_metrics": [
        metric(0.698, "https://arxiv.org/abs/1"), {**metric(0.0, None), "dataset_name": "MMMU"},
        {**metric(0.014, None), "dataset_name": "ECLeKTic"}]}})
    catalog = from_llmstats(root)
    scores = {s.benchmark: s.score for s in catalog.model("gpt-x").scores}
    assert scores == {"mmlu": Decimal("69.8"), "eclektic": Decimal("1.4")}  # a low score stays
    assert [(s.record, s.reason) for s in catalog.report.skipped] == [
        ("models/openai/gpt-x/model.json#MMMU", ZERO_NOT_RUN)]


def test_a_zero_models_dev_score_is_unknown_on_a_share_of_items_only(tmp_path: Path) -> None:
    (tmp_path / "models/acme").mkdir(parents=True)
    (tmp_path / "providers/p/models").mkdir(parents=True)
    (tmp_path / "providers/p/provider.toml").write_text('name = "P"\n', encoding="utf-8")
    (tmp_path / "providers/p/models/m.toml").write_text('[cost]\ninput = 1\noutput = 2\n',
                                                        encoding="utf-8")
    bench = '[[benchmarks]]\nname = "{}"\nscore = {}\nmetric = "{}"\nsource = "https://a.org"\n'
    (tmp_path / "models/acme/m.toml").write_text('name = "M"\n' + "".join(
        bench.format(*row) for row in (("SWE-bench", 0, "percent resolved"),
                                       ("Some Index", 0, "index"), ("GPQA", 40, "percent"))),
        encoding="utf-8")
    catalog = from_models_dev(tmp_path, checked=dt.date(2026, 1, 1))
    assert {s.benchmark: s.score for s in catalog.model("m").scores} == {
        "some-index": 0, "gpqa": 40}
    assert [s.record for s in catalog.report.skipped] == ["models/acme/m.toml#SWE-bench"]


def test_the_shared_llmstats_zeros_are_dropped_and_listed(shared_data: Path) -> None:
    catalog = from_llmstats(shared_data / "llmstats")
    assert all(s.score != 0 for m in catalog for s in m.scores)
    dropped = [s.record for s in catalog.report.skipped if s.reason == ZERO_NOT_RUN]
    assert dropped == ["models/openai/gpt-3.5-turbo-0125/model.json#MMMU",
                       "models/openai/gpt-3.5-turbo-0125/model.json#MathVista"]
    notes = _notes()
    assert all(f"llmstats `{record}`: score 0 dropped" in notes for record in dropped)


def test_no_bundled_imported_score_is_zero() -> None:
    curated = {m.id for m in load_catalog(*CURATED_PATHS)}
    assert not [(m.id, s.benchmark) for m in default_catalog() if m.id not in curated
                for s in m.scores if s.score == 0]
    gpt = default_catalog().model("gpt-3.5-turbo-0125")
    assert {s.benchmark for s in gpt.scores}.isdisjoint({"mmmu", "mathvista"})


# -- 3. a per-token figure that is no per-token price ----------------------------------------------


def priced(provider: str, inp: str, out: str, **more: Any) -> ProviderRoute:
    return ProviderRoute(provider=provider, source="https://prices.test", input=Decimal(inp),
                         output=Decimal(out), checked=dt.date(2025, 5, 22), **more)


@pytest.mark.parametrize(("route", "dropped"), [
    (priced("replicate", "9.5", "4800"), True),  # DeepSeek-VL2: billed by hardware time
    (priced("x", "0.01", "2.5"), True),  # 250x
    (priced("google", "0.5", "60"), False),  # 120x: Gemini's image-output preview, real
    (priced("openai", "150", "600"), False),  # o1-pro, the dearest real route
    (priced("x", "1", "2", tiers=(Tier(above_input_tokens=200_000, output=Decimal(1200)),)),
     True),
    (priced("x", "0", "5"), False),  # a lone zero is another rule's
])
def test_not_per_token_prices_are_dropped_and_the_route_stays(route: ProviderRoute,
                                                               dropped: bool) -> None:
    fixed, notes = not_per_token(Model(id="m", name="M", routes=(route,)))
    assert bool(notes) is dropped
    assert len(fixed.routes) == 1
    assert (fixed.routes[0].output is None) is dropped
    assert not dropped or fixed.routes[0].tiers == ()


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
def test_the_rule_drops_only_deepseek_vl2_on_replicate_over_every_snapshot(
        shared_data: Path) -> None:
    """No real route of the five snapshots is dropped: the rule's bounds clear them all."""
    catalogs = [from_models_dev(shared_data / "models.dev"),
                from_llmstats(shared_data / "llmstats"), from_litellm(shared_data / "litellm"),
                from_openrouter(shared_data / "openrouter"),
                from_genai_prices(shared_data / "genai-prices")]
    dropped = [note for catalog in catalogs for model in catalog
               for note in not_per_token(model)[1]]
    assert dropped == [("deepseek-vl2: replicate route (input $9.5, output $4800 per 1M) prices "
                        "dropped, output $4800 per 1M is above $1000")]
    assert f"- {dropped[0]}; no priced route is left" in _notes()


def test_no_bundled_route_has_a_price_that_is_not_per_token() -> None:
    ids = set()
    for model in default_catalog():
        assert not_per_token(model)[1] == (), model.id
        ids.add(model.id)
    assert "deepseek-v3" in ids
    assert "deepseek-vl2" not in ids  # its one priced route was Replicate's


# -- 4. a knowledge cutoff after the release -------------------------------------------------------


@pytest.mark.parametrize(("released", "cutoff", "kept"), [
    (dt.date(2024, 1, 1), "2025-09-01", (None, "2025-09-01")),  # Sonar: a year placeholder
    (dt.date(2024, 1, 25), "2024-04", (dt.date(2024, 1, 25), None)),  # Qwen Plus
    (dt.date(2025, 8, 31), "2025-09", (dt.date(2025, 8, 31), None)),
    (dt.date(2024, 1, 1), "2023-10", (dt.date(2024, 1, 1), "2023-10")),  # consistent: kept
    (dt.date(2024, 6, 24), "2024-06-30", (dt.date(2024, 6, 24), "2024-06-30")),  # one month
    (dt.date(2024, 6, 24), "unknown", (dt.date(2024, 6, 24), "unknown")),
    (None, "2025-09", (None, "2025-09")),
])
def test_an_impossible_cutoff_and_release_pair_loses_one_date(
        released: dt.date | None, cutoff: str, kept: tuple[dt.date | None, str | None]) -> None:
    model = Model(id="m", name="M", released=released, knowledge_cutoff=cutoff)
    fixed, note = impossible_dates(model)
    assert (fixed.released, fixed.knowledge_cutoff) == kept
    assert (note is None) is (fixed == model)
    assert note is None or "dropped" in (fixed.notes or "")


def test_no_bundled_model_has_its_cutoff_after_its_release() -> None:
    notes = _notes()
    january = []
    for model in default_catalog():
        if model.released is not None and model.knowledge_cutoff:
            year, month = map(int, model.knowledge_cutoff.split("-")[:2])
            assert (year, month) <= (model.released.year, model.released.month), model.id
        if model.released is not None and (model.released.month, model.released.day) == (1, 1):
            january.append(model.id)
    # models.dev's 1 January placeholders are unknown (GPT-5 and Llama 4 were listed so), and
    # another file's day takes their place: Sonar is dated by a provider file that gives one
    assert january == []
    sonar = default_catalog().model("sonar")
    assert (sonar.released, sonar.knowledge_cutoff) == (dt.date(2025, 1, 27), None)
    assert "- sonar: knowledge cutoff 2025-09-01 after release 2025-01-27: knowledge" in notes
    distill = default_catalog().model("deepseek-r1-distill-qwen-32b")
    assert distill.released == dt.date(2025, 1, 20)  # LLMStats; models.dev said 2025-01-01
    # a keyed release is the one the cutoff is weighed against (review 17, P3): Qwen Plus's
    # 2024-04 was dropped as after the rolling name's 2024-01-25; the record reads 2025-07-28
    assert default_catalog().model("qwen-plus").knowledge_cutoff == "2024-04"
    assert "- qwen-plus: knowledge cutoff 2024-04 after release" not in notes


def _said(*pairs: tuple[str, dt.date]) -> list[RecordFacts]:
    return [RecordFacts(source=s, url=f"https://example.com/{s}", facts=(("released", d),))
            for s, d in pairs]


@pytest.mark.parametrize(("said", "kept"), [
    # Mistral Small 3: Kilo's listing date loses to the dates a 2025-05-22 source could give
    ((("models.dev:kilo", dt.date(2025, 12, 29)), ("models.dev:openrouter", dt.date(2025, 1, 30)),
      ("llmstats", dt.date(2025, 1, 30))), dt.date(2025, 1, 30)),
    ((("models.dev:kilo", dt.date(2025, 12, 29)),), None),  # no consistent date: unknown
    # the model's own description dates the release; an earlier source listed its preview
    ((("models.dev:models", dt.date(2025, 12, 29)), ("models.dev:abacus", dt.date(2025, 3, 20))),
     dt.date(2025, 12, 29)),
])
def test_a_release_after_the_facts_were_checked_is_replaced_or_dropped(
        said: tuple[tuple[str, dt.date], ...], kept: dt.date | None) -> None:
    model = Model(id="m", name="M", released=dt.date(2025, 12, 29), checked=dt.date(2025, 5, 22))
    fixed, note = listed_before_release(model, _said(*said))
    assert fixed.released == kept
    assert (note is None) is (fixed == model)
    assert note is None or "after its facts were checked on 2025-05-22" in (fixed.notes or "")


def test_no_bundled_model_is_released_after_a_source_described_it() -> None:
    """Mistral Small 3 read "released 2025-12-29" (Kilo's listing) beside prices checked
    2025-01-30; Qwen2.5-VL 7B 2025-08-05 (Qiniu's) with facts checked 2025-05-22."""
    catalog = default_catalog()
    assert catalog.model("mistral-small-24b-instruct-2501").released == dt.date(2025, 1, 30)
    assert catalog.model("qwen2-5-vl-7b-instruct").released == dt.date(2025, 1, 26)
    for model in ("gemini-2.5-pro", "gemini-2.5-flash"):  # GA; LLMStats described the preview
        assert catalog.model(model).released == dt.date(2025, 6, 17)
    notes = _notes()
    assert ("- mistral-small-24b-instruct-2501: release 2025-12-29 after its facts were checked "
            "on 2025-05-22: replaced by 2025-01-30") in notes


# -- 4b. a benchmark its cited page names otherwise ----------------------------------------------


def test_deepseek_v3s_aider_edit_is_not_filed_as_aider_polyglot_edit(tmp_path: Path) -> None:
    """DeepSeek-V3's README gives "Aider-Edit 79.7"; LLMStats files it as "Aider-Polyglot
    Edit", the polyglot benchmark's diff format (Gemini 2.5 Pro's 72.7)."""
    readme = "https://github.com/deepseek-ai/DeepSeek-V3"
    root = llmstats_tree(tmp_path, {
        "deepseek/deepseek-v3": {"name": "DeepSeek-V3", "qualitative_metrics": [
            {**metric(0.797, readme), "dataset_name": "Aider-Polyglot Edit"},
            {**metric(0.496, readme), "dataset_name": "Aider-Polyglot"}]},
        "google/gemini-2.5-pro": {"name": "Gemini 2.5 Pro", "qualitative_metrics": [
            {**metric(0.727, "https://deepmind.google/models/gemini/pro/"),
             "dataset_name": "Aider-Polyglot Edit"}]}})
    catalog = from_llmstats(root)
    assert {s.benchmark: s.score for s in catalog.model("deepseek-v3").scores} == {
        "aider-edit": Decimal("79.7"), "aider-polyglot": Decimal("49.6")}
    assert [(s.benchmark, s.setting) for s in catalog.model("gemini-2.5-pro").scores] == [
        ("aider-polyglot", "diff format")]  # one benchmark, its edit format (review 9, H13)
    assert any("Aider-Edit" in str(f) for f in catalog.report.fields)
    bundled = default_catalog()
    assert {s.benchmark: s.score for s in bundled.model("deepseek-v3").scores
            if s.benchmark.startswith("aider")} == {
        "aider-edit": Decimal("79.7"), "aider-polyglot": Decimal("49.6")}


# -- 4c. a score recorded on another snapshot's date ----------------------------------------------


def test_a_score_recorded_on_a_siblings_date_moves_to_that_snapshot() -> None:
    def score(bench: str, note: str | None) -> BenchmarkScore:
        return BenchmarkScore(benchmark=bench, score=Decimal(50), source="https://x", note=note)

    old = Model(id="gpt-x-2024-08-06", name="X", scores=(
        score("mmlu", "recorded 2024-11-20"), score("gpqa", "recorded 2024-11-20"),
        score("ifeval", "recorded 2024-08-06"), score("mmmu", "recorded 2024-05-08")))
    new = Model(id="gpt-x-2024-11-20", name="X 1120", scores=(score("gpqa", None),))
    undated = Model(id="gpt-y", name="Y", scores=(score("mmlu", "recorded 2024-11-20"),))
    out, lines = snapshot_scores([old, new, undated])
    assert [s.benchmark for s in out[0].scores] == ["ifeval", "mmmu"]  # no 2024-05-08 snapshot
    assert [s.benchmark for s in out[1].scores] == ["gpqa", "mmlu"]  # the same gpqa not doubled
    assert out[1].scores[1].note == ("recorded 2024-11-20; filed under gpt-x-2024-08-06 by "
                                     "its source")
    assert out[2] is undated
    assert lines == [("gpt-x-2024-08-06 -> gpt-x-2024-11-20: 2 scores recorded 2024-11-20 "
                      "(mmlu, gpqa)")]


def test_a_score_cited_to_a_siblings_page_moves_to_that_snapshot() -> None:
    """models.dev files OpenRouter's Mistral Large 2407 benchmarks page under Mistral Large 2.1
    (2411); LLMStats' Mistral Large 2 scores cite its Hugging Face repository (findings N2)."""
    def score(bench: str, source: str) -> BenchmarkScore:
        return BenchmarkScore(benchmark=bench, score=Decimal(29), source=source)

    page = "https://openrouter.ai/mistralai/mistral-large-2407/benchmarks"
    repo = "https://huggingface.co/mistralai/Mistral-Large-Instruct-2407"
    large_2_1 = Model(id="mistral-large-2411", name="Mistral Large 2.1", scores=(
        score("scicode", page), score("mmlu", "https://mistral.ai/news/mistral-large-2411/")))
    latest = Model(id="mistral-large", name="Mistral Large", scores=(score("gsm8k", repo),))
    large_2 = Model(id="mistral-large-2407", name="Mistral Large 2",
                    aliases=("mistralai/mistral-large-2407",))
    sonnet = Model(id="claude-3-5-sonnet-20240620", name="Claude", scores=(
        score("mmlu", "https://www.anthropic.com/news/claude-3-5-sonnet"),))  # no date named
    newer = Model(id="claude-3-5-sonnet-20241022", name="Claude (new)")
    out, lines = snapshot_scores([large_2_1, latest, large_2, sonnet, newer])
    assert [s.benchmark for s in out[0].scores] == ["mmlu"]
    assert out[1].scores == ()
    assert [(s.benchmark, s.note) for s in out[2].scores] == [
        ("scicode", "filed under mistral-large-2411 by its source"),
        ("gsm8k", "filed under mistral-large by its source")]
    assert out[3] is sonnet
    assert lines == [
        "mistral-large-2411 -> mistral-large-2407: 1 score cited to its page (scicode)",
        "mistral-large -> mistral-large-2407: 1 score cited to its page (gsm8k)"]


def test_gpt_4o_2024_11_20_keeps_the_scores_openais_gpt_4_1_post_gives_it() -> None:
    """LLMStats files the GPT-4.1 post's GPT-4o (2024-11-20) scores under 2024-08-06."""
    catalog = default_catalog()
    post = "https://openai.com/index/gpt-4-1/"
    old = [s for s in catalog.model("gpt-4o-2024-08-06").scores if s.source == post]
    scores = [s for s in catalog.model("gpt-4o-2024-11-20").scores if s.source == post]
    new = {(s.benchmark, s.setting): s.score for s in scores}
    assert old == []
    assert new["swe-bench-verified", None] == Decimal("33.2")
    assert new["aider-polyglot", "diff format"] == Decimal("18.2")  # review 9, H13
    assert len(scores) == len(new) == 24


# -- 5. LiteLLM figures cite the release they were read from -------------------------------------


def litellm_sources() -> list[str]:
    found = []
    for model in load_catalog(*CURATED_PATHS):
        found += [r.source for r in model.routes if "BerriAI/litellm" in r.source]
        found += [s for s in model.sources if "BerriAI/litellm" in s]
    return found


def test_litellm_routes_cite_the_wheels_file_at_its_release_tag() -> None:
    sources = litellm_sources()
    assert len(sources) > 20
    assert set(sources) == {("https://github.com/BerriAI/litellm/blob/v1.110.2/litellm/"
                             "model_prices_and_context_window_backup.json")}


def test_the_litellm_tag_is_the_snapshots_version(shared_data: Path) -> None:
    snapshot = (shared_data / "litellm" / "SNAPSHOT.txt").read_text(encoding="utf-8")
    version = re.search(r"litellm version: (\S+)", snapshot)
    assert version is not None
    member = re.search(r"member (\S+\.json)", snapshot)
    assert member is not None
    assert all(s.endswith(f"/blob/v{version[1]}/{member[1]}") for s in litellm_sources())


# -- 6. a distilled model is never its teacher ----------------------------------------------------

_HF_PAGE = re.compile(r"https?://huggingface\.co/[^/]+/([^/?#]+)/?")
_DISTILLED = re.compile(r"distil", re.IGNORECASE)


def test_no_bundled_model_holds_a_distilled_models_scores_routes_or_names() -> None:
    """A model whose id and name do not say "distilled" holds nothing of a distilled model.

    No score cited to a distilled model's Hugging Face page, no route or alias under its name:
    DeepSeek-R1 held R1 Distill Qwen 32B's GPQA 62.1 and AIME 2024 83.3 (a false second run)
    and its $0.29 Kilo route (R1's cheapest).
    """
    found: list[tuple[str, str, str | None]] = []
    for model in default_catalog():
        if _DISTILLED.search(f"{model.id} {model.name}"):
            continue
        found += [(model.id, s.benchmark, s.source) for s in model.scores
                  if (page := _HF_PAGE.fullmatch(s.source or "")) and _DISTILLED.search(page[1])]
        found += [(model.id, r.provider, r.provider_model_id) for r in model.routes
                  if _DISTILLED.search(r.provider_model_id or "")]
        found += [(model.id, "alias", alias) for alias in model.aliases
                  if _DISTILLED.search(alias)]
    assert found == []


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_the_shared_r1_distill_qwen_32b_is_a_model_of_its_own(shared_data: Path) -> None:
    """models.dev's Cloudflare file makes DeepSeek-R1 its template (``base_model``); LLMStats
    and the other providers list the distilled model by its own name: it is not R1."""
    merged = merge([from_models_dev(shared_data / "models.dev"),
                    from_llmstats(shared_data / "llmstats")])
    r1, distill = merged.model("deepseek-r1"), merged.model("deepseek-r1-distill-qwen-32b")
    assert distill is merged.model("@cf/deepseek-ai/deepseek-r1-distill-qwen-32b") is not r1
    # review 11, K4: both settings state the Diamond split, its own benchmark
    assert {s.score for s in distill.scores if s.benchmark == "gpqa-diamond"} == {Decimal("62.1")}
    assert {s.score for s in r1.scores if s.benchmark == "gpqa-diamond"} == {Decimal("71.5")}
    assert not [r for r in r1.routes if "distill" in (r.provider_model_id or "")]
    assert {r.provider for r in distill.routes} >= {"kilo", "novita-ai", "cloudflare-workers-ai"}
