"""Sentences of review 3 that must say what the page's own figures show (H1, M3, L4, L6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from phicompare import Benchmark, Catalog, Model, Traffic, compare
from phicompare.analysis.comparison import Comparison
from phicompare.domain.records import BenchmarkScore

WRITTEN = dt.date(2026, 12, 1)
PHI_3_5_PRICED = dt.date(2025, 8, 29)
"""The day before Microsoft Foundry retired Phi-3.5 Mini's only priced route (2025-08-30)."""
"""The day these pages' expectations were written (their routes and prices change with it)."""

_TINY = Traffic(input_tokens=30_000, output_tokens=30_000)


def _friction_bill(c: Comparison) -> list[str]:
    return [claim.text for _, _, claims in c.narrative.friction_shared for claim in claims
            if claim.key == "price"]


def test_friction_says_a_cent_for_sub_cent_bills_that_differ_by_far_more_than_5pct() -> None:
    """$0.0225 and $0.0159 (41% apart) are close for being under a cent apart: friction says
    so, as the cost section does, not "under 5%"."""
    c = compare("gpt-4o-mini", "qwen2-5-vl-72b-instruct", traffic=_TINY)
    bills = [e.monthly for e in c.cost.estimates]
    assert None not in bills
    assert max(bills) > min(bills) * Decimal("1.05")  # type: ignore[type-var,operator]
    assert _friction_bill(c) == [
        ("Moving between GPT-4o mini and Qwen2.5-VL 72B Instruct barely changes the monthly "
        "bill: less than a cent a month.")]
    three = compare("phi-3.5-mini", "gemma-3-4b", "llama-3.2-3b",
                    traffic=Traffic(input_tokens=300, output_tokens=300), as_of=PHI_3_5_PRICED)
    said = _friction_bill(three)
    assert len(said) == 3
    assert all(text.endswith("barely changes the monthly bill: less than a cent a month.")
               for text in said)
    assert c.check() == three.check() == []


def test_friction_keeps_under_5pct_where_the_bills_lie_within_it() -> None:
    c = compare("llama-3.1-nemotron-70b-instruct", "claw-low",
                traffic=Traffic(input_tokens=100_000_000, output_tokens=10_000_000))
    low, high = sorted(e.monthly for e in c.cost.estimates)  # type: ignore[type-var]
    assert low is not None and high is not None  # noqa: PT018
    assert high - low >= Decimal("0.01")
    assert high - low <= low * Decimal("0.05")
    assert [t.rsplit(": ", 1)[1] for t in _friction_bill(c)] == ["under 5%."]
    assert c.check() == []


def test_a_model_out_before_the_date_is_the_one_available_at_a_glance_and_in_the_verdict(
) -> None:
    c = compare("gemini-2.5-flash", "gemini-2.5-flash-preview-05-20", as_of=dt.date(2025, 6, 1))
    assert c.cost.estimates[0].monthly is None
    assert c.cost.estimates[1].monthly is not None
    glance = c.narrative.at_a_glance[0].text
    assert glance == ("Gemini 2.5 Flash 0520, the only model here released by the comparison's "
                      "date, and the only one with a bill.")
    picks = [claim.text for claim in c.narrative.verdict]
    assert picks[0].endswith("no pick.")
    assert picks[1] == ("Pick Gemini 2.5 Flash 0520: the only model here released by the "
                        "comparison's date (2025-06-01), and the only one with a bill "
                        "($270.00 a month, at prices checked on 2026-07-02, after the "
                        "comparison's date; its bill is on NanoGPT's "
                        "listing: Cost at your traffic says why).")  # (review 6, D21; the
    # listing: leftN's; its maker on record since Google's release notes name it: dataR; the
    # why in full in the cost section alone: fixZ; "its bill", the model just named: fixAZ)
    assert c.check() == []


def test_a_model_without_a_release_date_is_not_said_released_by_the_date() -> None:
    # Mistral 7B Instruct v0.3: its card gives no release date (Gemma 2 9B, the model this
    # test used, carries Google's 2024-06-27 since review 23, P7)
    c = compare("gemma-3-27b-it", "mistral-7b-v0.3", as_of=dt.date(2025, 1, 1),
                traffic=Traffic.from_requests(per_day=2000, input_tokens=1000,
                                                  output_tokens=300))
    assert c.models[1].released is None
    assert "Nothing in the data favours" not in c.narrative.at_a_glance[0].text
    assert c.narrative.verdict[1].text.startswith(
        "Pick Mistral 7B Instruct v0.3: the only model here not known to be released after the "
        "comparison's date (2025-01-01; no release date is recorded for it), and the only one "
        "with a bill ($")
    assert c.narrative.at_a_glance[0].text == (
        "Mistral 7B Instruct v0.3, the only model here not known to be released after the "
        "comparison's date (no release date is recorded for it), and the only one with a bill.")
    assert c.check() == []


def test_no_model_out_on_the_date() -> None:
    c = compare("phi-4-mini", "gpt-4.1", as_of=dt.date(2024, 1, 1))
    assert c.narrative.at_a_glance[0].text == (
        "Neither Phi-4 Mini nor GPT-4.1 was released by the comparison's date.")
    assert c.check() == []


def test_close_bills_are_said_once_at_a_glance_and_without_a_stray_each_other() -> None:
    c = compare("mistral-large-2411", "gpt-4o-mini", "qwen2-5-vl-72b-instruct", traffic=_TINY,
                as_of=WRITTEN)
    md = c.to_markdown()
    assert "less than a cent apart of each other" not in md
    assert "are cheapest, less than a cent apart." in md
    assert c.narrative.at_a_glance[0].text == (
        "GPT-4o mini and Qwen2.5-VL 72B Instruct for the lowest bills, about the same cost; "
        # OpenAI shuts GPT-4o mini down on 2027-01-14 (helper dataAM): its bill is Microsoft
        # Foundry's at the same price, on a route that retires later (review 29, F1)
        "Mistral Large 2.1 and Qwen2.5-VL 72B Instruct for open weights; "  # (review 10, I10)
        "GPT-4o mini and Qwen2.5-VL 72B Instruct for vision over Mistral Large 2.1.")  # (F20)
    assert c.check() == []


def test_three_close_bills_are_no_reason_to_pick_one_over_the_others() -> None:
    c = compare("phi-3.5-mini", "gemma-3-4b", "llama-3.2-3b",
                traffic=Traffic(input_tokens=300, output_tokens=300), as_of=PHI_3_5_PRICED)
    md = c.to_markdown()
    assert "no reason to pick either" not in md
    assert "Neither by much" not in md
    assert "no reason to pick one over the others" in md
    assert ("All three cost about the same: at 300 input and 300 output tokens a month the bills "
            "are less than a cent apart") in md
    assert c.check() == []


def test_the_faq_calls_an_exact_tie_a_tie() -> None:
    c = compare("gpt-4o-2024-08-06", "gpt-4o-2024-11-20",
                traffic=Traffic(input_tokens=600_000_000, output_tokens=150_000_000))
    assert c.cost.gap == 0
    answer = next(q for q in c.narrative.faq if q.key == "cheaper").answer[0].text
    # (each bill's caveats follow: helper fixDN)
    assert answer.startswith(
        "Neither: at 600M input and 150M output tokens a month the bills are a tie"), answer
    assert "within 5%" not in answer
    assert c.check() == []


def test_a_dash_setting_is_no_setting() -> None:
    for text in ("- evaluation", "-", "\u2014", " - "):
        assert BenchmarkScore(benchmark="x", score=Decimal(1), setting=text).setting is None
    assert BenchmarkScore(benchmark="x", score=Decimal(1), setting="5-shot").setting == "5-shot"
    md = compare("gemma-3-27b-it", "gemma-2-9b").to_markdown()
    assert "(- evaluation)" not in md
    assert "| 74.9 (setting not stated) |" in md


def test_the_one_gap_without_an_interval_is_said_in_english() -> None:
    """One harness scored both (no item count: no interval), and the page names the benchmark."""

    def scored(model_id: str, value: int) -> Model:
        return Model(id=model_id, name=model_id.upper(), scores=(BenchmarkScore(
            benchmark="aider", score=Decimal(value), harness="aider", evaluation="board"),))

    catalog = Catalog(models=(scored("a", 65), scored("b", 23)),
                      benchmarks=(Benchmark(id="aider", name="Aider Polyglot"),))
    c = compare("a", "b", catalog=catalog)
    text = " ".join(claim.text for claim in c.narrative.summary)
    assert "gap between scores alike" not in text
    assert ("No 95% sampling interval could be drawn for the gap on Aider Polyglot, the one "
            "benchmark scored alike, so it is not read as a lead.") in text  # named (F2)
    assert c.check() == []


def test_a_leaderboard_without_settings_on_record_scores_nothing_alike() -> None:
    """aider.chat lists Claude Sonnet 4 with 32K thinking tokens beside GPT-4.1: the settings
    are not on record, so the pair is not "scored alike" (review 7, F2)."""
    c = compare("gpt-4.1", "claude-sonnet-4-0")
    said = " ".join(claim.text for claim in c.narrative.claims())
    assert "scored alike" not in said
    assert ("Aider Polyglot: GPT-4.1 52.4 and Claude Sonnet 4 61.3, from one evaluation that "
            "records neither's setting") in said  # a direction only (review 32, #4)
    assert c.check() == []


def test_image_input_is_one_tradeoff_and_multimodal_has_its_noun() -> None:
    c = compare("gpt-4o-mini", "llama-3.1-8b")
    said = [claim.text for claim in c.narrative.tradeoffs]
    assert "GPT-4o mini documents vision; Llama 3.1 8B does not support it." in said
    assert not any("multimodal" in text for text in said)
    assert c.check() == []


def test_a_provider_with_a_paid_route_beside_its_free_one_is_not_a_free_tier() -> None:
    """Review 5, P3: "OpenRouter (free tier)" for Llama 3.3 70B, which OpenRouter also serves at
    $0.10/$0.32; Vercel AI Gateway serves it free only (GitHub Models did, until it closed on
    2026-07-30)."""
    c = compare("gpt-4o", "llama-3.3-70b", as_of=dt.date(2026, 11, 25))
    where = next(cl.text for q in c.narrative.faq for cl in q.answer
                 if cl.text.startswith(f"{c.models[1].name} is listed on"))
    assert "OpenRouter (also free tier)" in where
    assert "Vercel AI Gateway (free tier)" in where
    assert c.check() == []


def test_decision_fit_leaves_out_what_every_rival_documents() -> None:
    """Review 5, P4: on a page that requires vision, "vision and multimodal input" was each of
    three models' decision fit; Phi-4 Mini's fit was function calling beside Phi-4's."""
    c = compare("phi-4", "phi-4-mini", "gemma-3-4b", requires={"function_calling"},
                as_of=dt.date(2026, 11, 25))
    fit = next(row for row in c.narrative.scorecard if row.label == "Decision fit")
    # (Phi-4 Mini's 128K over Phi-4's 16K, Gemma 3 4B's as long but ruled out: the verdict's
    # "a longer context than Phi-4", named alike)
    assert list(fit.cells[:2]) == ["no distinctive fit in the data", "long context over Phi-4"]
    assert c.check() == []


def test_a_three_model_faq_answer_covers_every_model_and_counts_read_in_words() -> None:
    """Review 7, F25: the answer names the third model, and "seven providers", not "7"."""
    # (a date after the three releases: on 2025-04-15, Phi-4 Reasoning and Qwen3 14B were not
    # out, and a benchmark question is of released models alone: review 35, #7)
    c = compare("phi-4", "phi-4-reasoning", "qwen3-14b", as_of=dt.date(2025, 6, 1))
    faq = {q.key: " ".join(claim.text for claim in q.answer) for q in c.narrative.faq}
    assert faq["higher:humaneval-plus"] == (
        "Phi-4 Reasoning leads Phi-4 on HumanEval+, outside sampling noise. Qwen3 14B has no "
        "HumanEval+ score in the data.")
    assert c.check() == []
    # Qwen3 14B (data7) and DeepSeek R1 Distill Llama 70B (s8data) now document their reasoning
    # mode, so the count is another model's: DeepSeek V3.1 Terminus's routes alone offer the mode
    # (the wording itself: test_editorial's synthetic catalog)
    c = compare("phi-4", "phi-4-reasoning", "deepseek-v3.1-terminus",
                as_of=dt.date(2026, 11, 25))
    tradeoffs = " ".join(claim.text for claim in c.narrative.tradeoffs)
    assert "nine providers offer reasoning mode for DeepSeek V3.1 Terminus" in tradeoffs
    assert "7 providers" not in c.to_markdown()
    assert c.check() == []
