"""Sentences that must hold against the page's own figures (found by a review of ~70 pages)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import attrs
import pytest

from phicompare import compare, default_catalog
from phicompare.analysis.friction import in_service
from phicompare.analysis.profile import _norm_setting
from phicompare.domain.records import BenchmarkScore


def _pairs(count: int, seed: int) -> list[tuple[str, str]]:
    ids = sorted(m.id for m in default_catalog().models)
    rng = random.Random(seed)
    return [tuple(rng.sample(ids, 2)) for _ in range(count)]  # type: ignore[misc]


@pytest.mark.parametrize("source", ["https://openai.com/index/gpt-4-1",
                                    "https://openai.com/index/gpt-4-1/"])
def test_a_source_with_or_without_its_trailing_slash_is_one_evaluation(source: str) -> None:
    score = BenchmarkScore(benchmark="mmlu", score=Decimal(90), source=source)
    assert score.evaluation_key == "https://openai.com/index/gpt-4-1"


def test_one_table_cited_with_and_without_a_slash_compares_directly() -> None:
    """GPT-4.1 and GPT-4.1 mini: OpenAI's one table, cited both ways; every shared score
    is from one evaluation (it read "separate evaluations" on all 24). The table states no
    setting, so its pairs are not scored alike: their settings are not on record (review 7, F2)."""
    c = compare("gpt-4.1", "gpt-4.1-mini")
    gaps = [row.pairs[0] for row in c.benchmarks if row.pairs and row.pairs[0].a is not None]
    assert sum(g.comparable or g.reason == "settings not on record" for g in gaps) > 15
    assert not any(g.evaluations_differ for g in gaps)
    assert c.check() == []


def test_a_closing_evaluation_word_is_no_other_setting() -> None:
    def norm(setting: str) -> tuple[str, str | None]:
        return _norm_setting(BenchmarkScore(benchmark="mmlu", score=Decimal(1), setting=setting))
    assert norm("5-shot evaluation") == norm("5-shot") == ("5 shot", None)
    assert norm("evaluation") == ("", None)  # a placeholder: no setting (review 7, F10)
    c = compare("phi-3.5-moe", "mistral-nemo")
    assert "5-shot vs 5-shot evaluation" not in c.to_markdown()


def test_gaps_without_an_interval_are_never_said_to_be_within_noise() -> None:
    """Bundled pairs (seeded sample) and the reviewer's: where some directly comparable gap has
    no sampling interval, neither the summary nor the deep dive says every gap is in noise."""
    seen = 0
    ids = sorted(m.id for m in default_catalog().models if m.scores)
    rng = random.Random(17)
    for a, b in [("gpt-4o", "gpt-4o-mini"), ("phi-2", "phi-4-mini"),
                 *(rng.sample(ids, 2) for _ in range(200))]:
        c = compare(a, b)
        pairs = [row.pairs[0] for row in c.benchmarks if row.pairs and row.pairs[0].comparable]
        if not any(g.significant is None for g in pairs):
            continue
        seen += 1
        for text in [cl.text for cl in c.narrative.claims()]:
            assert text != "No benchmark scored alike separates them beyond sampling noise.", a
            assert "in none does the gap lie outside" not in text, (a, b, text)
        assert c.check() == [], (a, b)
    assert seen > 3  # (fewer since pairs without settings on record are not alike: F2)


def test_a_shared_provider_serves_both_models_on_the_date() -> None:
    """"Both run on" names only providers with a route in service for each model: not a
    deprecated one (Gemini 2.0 Flash's Google route), not a retired one."""
    checked = 0
    before = dt.date(2026, 5, 1)  # Google shut Gemini 2.0 Flash down on 2026-06-01
    for a, b, day in [("gemini-2.0-flash", "gemini-2.5-flash", before),
                      ("llama-3.2-3b", "gemma-3-4b", None),
                      *((a, b, None) for a, b in _pairs(150, 19))]:
        c = compare(a, b, as_of=day)
        for item in c.friction:
            if item.kind.value != "shared-providers":
                continue
            checked += 1
            for i in (item.source_index, item.target_index):
                serving = {r.provider_name for r in c.routes_of(i)
                           if in_service(r, c.models[i], c.as_of)}
                names = (item.subject or "").split(", ")
                assert names != [""]
                for name in names:
                    assert name in serving, (a, b, name)
    assert checked > 10
    gemini = compare("gemini-2.0-flash", "gemini-2.5-flash", as_of=before)
    shared = [i.subject for i in gemini.friction if i.kind.value == "shared-providers"]
    assert shared
    assert all("Google" not in (names or "").split(", ") for names in shared)


def test_a_model_without_an_estimate_is_said_so_once() -> None:
    """The cost prose says why a model has no estimate; its bill block used to say it again."""
    c = compare("phi-3.5-mini", "phi-4-mini", as_of=dt.date(2024, 6, 1))
    section = c.to_markdown(sections=["cost"])
    assert section.count("not released until 2024-08-20") == 1
    assert c.check() == []


def test_a_bill_on_a_provider_with_two_routes_names_the_one_billed() -> None:
    """NanoGPT serves Llama 3.3 70B Instruct twice ($0.05/$0.23 as
    meta-llama/llama-3.3-70b-instruct, and $2.00/$2.00 as TEE/llama3-3-70b): the bill's
    sentence and table name the route, as the route table does. (It was Mistral's two Mistral
    Large (latest) routes, until the $2.00/$6.00 one, LLMStats' Mistral Large 2, went to
    mistral-large-2407.)"""
    c = compare("llama-3.3-70b-instruct", "mixtral-8x22b-instruct")
    page = c.to_markdown()
    assert "a month on NanoGPT (meta-llama/llama-3.3-70b-instruct), at" in page
    assert "Llama-3.3-70B-Instruct on NanoGPT (meta-llama/llama-3.3-70b-instruct):" in page
    assert c.check() == []


def test_a_route_flag_adds_no_image_input_to_a_model_documented_text_only() -> None:
    """Mistral Nemo documents text input alone; Helicone's vision flag for it was a tradeoff
    and a lost capability against Phi-3.5 MoE. No route adds image input to such a model, in
    support, route coverage or a route's capabilities (what `--requires vision` filters on)."""
    from phicompare.domain.capabilities import Capability, Support

    nemo = default_catalog().model("mistral-nemo")
    assert nemo.input_modalities == ("text",)
    assert any(r.capabilities and r.capabilities.vision for r in nemo.routes)  # the route's flag
    assert nemo.support(Capability.VISION) is not Support.YES
    assert not any(nemo.route_capabilities(r).vision for r in nemo.routes)
    c = compare("phi-3.5-moe", "mistral-nemo")
    row = next(r for r in c.capabilities if r.capability is Capability.VISION)
    assert row.offered_by == ((), ())
    assert "vision" not in " ".join(cl.text for cl in c.narrative.claims()).casefold()


def test_a_model_not_released_on_the_date_is_no_pick() -> None:
    """At --as-of 2024-06-01, Claude Sonnet 3.5 v2 (released 2024-10-22) was picked "for a
    longer context"; it is no pick, in the verdict and at a glance, and check() agrees."""
    c = compare("gpt-4o", "claude-3-5-sonnet-20241022", as_of=dt.date(2024, 6, 1))
    assert c.narrative.verdict[1].text == (
        "Claude Sonnet 3.5 v2 was not released until 2024-10-22, after the comparison's date "
        "(2024-06-01): no pick.")
    assert "Claude Sonnet 3.5 v2 for" not in " ".join(cl.text for cl in c.narrative.at_a_glance)
    assert c.check() == []
    later = compare("gpt-4o", "claude-3-5-sonnet-20241022", as_of=dt.date(2024, 10, 22))
    assert later.narrative.verdict[1].text.startswith("Pick Claude Sonnet 3.5 v2")


def test_arena_hard_is_named_for_what_it_measures_everywhere() -> None:
    """Arena Hard is a judge's preference between answers: "chat preference", alone or in a
    category; it read "instruction following (leads on Arena Hard and OLL IFEval)" on one page
    and "chat preference (Arena Hard)" on another."""
    assert default_catalog().benchmark("arena-hard").category == "chat"
    c = compare("gemma-2-9b", "llama-3.1-8b")
    text = " ".join(cl.text for cl in c.narrative.claims())
    assert "chat preference (Arena Hard)" in text
    assert "instruction following (leads on Arena Hard" not in text


def test_with_three_models_a_gap_in_noise_names_its_pair() -> None:
    """Phi-4 Mini, Gemma 3 4B, Llama 3.2 3B and Qwen2.5 3B: "On BBH, ARC-C, OLL BBH and OLL MuSR
    the gaps are within noise" beside "Phi-4 Mini leads over Llama 3.2 3B on BBH" left the
    reader to guess which pair; each such sentence now names its pair."""
    c = compare("phi-4-mini", "gemma-3-4b", "llama-3.2-3b", "qwen2.5-3b")
    noise = [cl for q in c.narrative.faq for cl in q.answer if cl.key.startswith("noise:")]
    assert len(noise) > 3
    for claim in noise:
        _, _, i, j = claim.key.split(":")
        assert claim.text.startswith(f"Between {c.names[int(i)]} and {c.names[int(j)]}, on "), \
            claim.text
    assert c.check() == []


def test_the_sources_oldest_check_covers_the_oldest_route_price_shown() -> None:
    """QwQ 32B Preview's DeepInfra price was read from LLMStats on 2024-12-18, and the model's
    facts from the same file's snapshot on 2025-05-22: the sources table listed the file as
    checked on 2025-05-22 and the page said "checked between 2025-05-22 and ...", beside a
    cost section dated 2024-12-18. A source cited twice keeps its earlier date."""
    day = dt.date(2026, 11, 25)
    c = compare("qwq-32b-preview", "phi-4-mini", as_of=day)
    deepinfra = next(r for r in c.routes if r.route.provider == "deepinfra" and r.model_index == 0)
    assert deepinfra.route.checked == dt.date(2024, 12, 18)
    listed = {s.url: s.checked for s in c.provenance.sources}
    assert listed[deepinfra.route.source] == dt.date(2024, 12, 18)
    oldest = c.provenance.oldest_check
    assert oldest is not None
    assert oldest <= dt.date(2024, 12, 18)
    assert f"checked between {oldest.isoformat()} and" in c.to_markdown()


@pytest.mark.parametrize(("a", "b"), _pairs(40, 18))
def test_no_source_is_dated_after_a_price_it_supports(a: str, b: str) -> None:
    c = compare(a, b, as_of=dt.date(2026, 11, 25))
    listed = {s.url: s.checked for s in c.provenance.sources}
    oldest = c.provenance.oldest_check
    for row in c.routes:
        checked, source = row.route.checked, row.route.source
        if checked is None or source not in listed:
            continue
        shown = listed[source]
        assert shown is not None
        assert shown <= checked, (source, checked)
        assert oldest is not None
        assert oldest <= checked


def test_a_retired_route_without_a_price_is_out_of_service() -> None:
    """`in_service` reads the route and the model, not the row's reason: an unpriced route's
    reason is "no published price" whatever its retirement, and it used to count as a place
    both models run on after it retired."""
    day = dt.date(2026, 11, 25)
    c = compare("phi-2", "phi-4-mini", as_of=day)
    row = c.routes_of(0)[0]
    gone = attrs.evolve(row, route=attrs.evolve(row.route, input=None, output=None,
                                                retires=dt.date(2026, 1, 1)),
                        reason="no published price", monthly=None)
    assert in_service(row, c.models[0], day)
    assert not in_service(gone, c.models[0], day)
    assert not in_service(row, c.models[0], dt.date(2023, 1, 1))  # before Phi-2's release


def test_a_route_flag_never_gives_a_model_reasoning_it_documents_it_lacks() -> None:
    """A route flag is not a model feature: GitHub Models, Berget and Cortecs flag reasoning mode
    for Llama 3.3 70B, whose own record says no. The page said "Reasoning mode | from 3 of 41
    providers", and the verdict found "no advantage that favours Qwen3 32B", which documents it."""
    c = compare("llama-3.3-70b", "qwen3-32b", as_of=dt.date(2026, 11, 25))
    md = c.to_markdown()
    assert "| Reasoning mode | no | yes |" in md
    assert "- Pick Qwen3 32B for reasoning mode" in md
    assert "no advantage that favours Qwen3 32B" not in md
    for model in default_catalog():
        for capability in ("reasoning", "vision", "multimodal"):
            if getattr(model.capabilities, capability) is False:
                assert model.support(capability).label == "no", (model.id, capability)
                assert all(getattr(model.route_capabilities(r), capability) is not True
                           for r in model.routes), (model.id, capability)


def test_a_route_still_offers_an_api_capability_the_model_record_lacks() -> None:
    """Structured outputs and function calling are the API's: a route that offers them does."""
    flagged = [m for m in default_catalog() if m.capabilities.structured_outputs is False
               and any(r.capabilities and r.capabilities.structured_outputs for r in m.routes)]
    assert flagged
    assert all(m.support("structured_outputs").label == "yes" for m in flagged)


@pytest.mark.parametrize(("a", "b"), [("gpt-4o", "claude-sonnet-4-0"),
                                      ("gemini-2.5-pro", "gpt-4.1"),
                                      ("deepseek-r1", "deepseek-r1-0528"), *_pairs(30, 7)])
def test_related_comparisons_suggest_one_variant_of_a_model_line(a: str, b: str) -> None:
    """"GPT-4o vs GPT-3.5-turbo" stood beside "GPT-4o vs GPT-3.5 Turbo 0125", and "Gemini 2.5 Pro
    Preview 05-06" beside "... 0605": a dated or bracketed variant is one line."""
    from phicompare.analysis.related import model_line

    c = compare(a, b, as_of=dt.date(2026, 11, 25))
    lines: dict[str, str] = {}
    for r in c.related:
        line = model_line(r.names[1])
        assert lines.setdefault(line, r.models[1]) == r.models[1], (line, r.models[1])


@pytest.mark.parametrize(("a", "b", "variants"), [
    ("gpt-4o", "claude-sonnet-4-0", {"GPT-3.5-turbo", "GPT-3.5 Turbo 0125"}),
    ("gemini-2.5-pro", "gpt-4.1", {"Gemini 2.5 Pro Preview 05-06",
                                   "Gemini 2.5 Pro Preview 0605"}),
    ("deepseek-r1", "deepseek-r1-0528", {"DeepSeek V4 Pro (Alibaba Cloud)",
                                         "DeepSeek V4 Pro (DeepSeek)"}),
])
def test_two_variants_of_one_line_are_never_both_suggested(a: str, b: str,
                                                           variants: set[str]) -> None:
    c = compare(a, b, as_of=dt.date(2026, 11, 25))
    assert len({r.names[1] for r in c.related} & variants) <= 1


def test_related_comparisons_name_a_compared_model_as_its_page_does() -> None:
    """"Claude Sonnet 4 (latest) (claude-sonnet-4-0) vs ..." was the only place on its page that
    named the model with its id."""
    c = compare("gpt-4o", "claude-sonnet-4-0", as_of=dt.date(2026, 11, 25))
    texts = [claim.text for claim in c.narrative.related]
    assert any(t.startswith("Claude Sonnet 4 vs ") for t in texts)
    assert not any("(claude-sonnet-4-0)" in t for t in texts)


def test_a_base_model_move_claims_no_tool_calls_the_other_does_not_document() -> None:
    """Phi-3 Mini 4K documents no function calling: the move from base Phi-2 read "between
    plain completions and a chat template with tool calls"."""
    c = compare("phi-2", "phi-3-mini-4k", as_of=dt.date(2026, 11, 25))
    text = c.to_markdown()
    assert "between plain completions and a chat template." in text
    assert "tool calls" not in text


def test_the_bills_route_is_dated_and_retired_once_in_the_cost_section() -> None:
    """The cost section says the bill's route retires on 2027-01-17; the deep dive said it again
    ("Microsoft Foundry's route for Phi-4 Mini retires on 2027-01-17, 53 days after ...")."""
    md = compare("phi-2", "phi-4-mini", as_of=dt.date(2026, 11, 25)).to_markdown()
    assert md.count("2027-01-17") == 1
    assert "(the route retires on 2027-01-17)" in md
    assert "OpenRouter (2026-05-15)" in md  # another route's old price stays in the deep dive
