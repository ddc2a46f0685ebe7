"""Issue 13's editorial rules: each holds on generated pages, and check() catches each broken."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

import attrs
import pytest

from phicompare import (
    ArgumentError,
    Capabilities,
    Catalog,
    Comparison,
    ComparisonError,
    compare,
    default_catalog,
)
from phicompare.analysis.facts import Related
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Benchmark, BenchmarkScore, Model
from phicompare.narrative import format as fmt, paths
from phicompare.narrative.check import check_claims
from phicompare.narrative.claims import Claim, Evidence, Question
from phicompare.narrative.context import context_of
from phicompare.narrative.editorial import RULES, editorial_problems
from phicompare.narrative.fit import claimed_areas
from phicompare.render.page import BRIEF, SECTIONS, comparison_page

DAY = dt.date(2026, 11, 25)
_BEFORE_GITHUB_CLOSED = dt.date(2026, 7, 29)


def _model(mid: str, **kw: Any) -> Model:
    return Model(id=mid, name=mid.upper(), **kw)


def _route(provider: str, i: str, o: str) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(i), output=Decimal(o),
                         source="https://example.com/p", checked=DAY)


@pytest.fixture(scope="module")
def close_bills() -> Comparison:
    """$83.00 against $83.50 a month: a gap of 0.6%, under the 5% threshold."""
    a = _model("a", routes=(_route("p", "0.075", "0.092"),))
    b = _model("b", routes=(_route("q", "0.075", "0.094"),))
    return compare(a, b, catalog=Catalog(models=(a, b)), as_of=DAY)


@pytest.fixture(scope="module")
def pair() -> Comparison:
    return compare("phi-2", "phi-4-mini", as_of=DAY)


def _rules(n: Any, c: Comparison) -> set[str]:
    return {rule for rule, _ in editorial_problems(n, c)}


def _claim(key: str, text: str) -> Claim:
    return Claim(key=key, text=text, evidence=(Evidence(paths.model(0, "id"), "x"),))


# -- materiality ---------------------------------------------------------------------------------


def test_a_gap_under_the_threshold_is_about_the_same_cost(close_bills: Comparison) -> None:
    c = close_bills
    assert [e.monthly for e in c.cost.estimates] == [Decimal("83.00"), Decimal("83.50")]
    assert c.cost.materiality == Decimal("0.05")
    assert c.cost.close_indexes == (0, 1)
    page = " ".join(claim.text for claim in c.narrative.claims())
    assert "lower bill" not in page
    assert "about the same cost" in " ".join(claim.text for claim in c.narrative.summary)
    assert "The gap, $0.50 a month, is under 5%" in page
    faq = next(q for q in c.narrative.faq if q.key == "cheaper")
    assert faq.answer[0].text.startswith("Neither by much")
    assert c.check() == []


def test_materiality_is_a_parameter(close_bills: Comparison) -> None:
    a, b = close_bills.models
    catalog = Catalog(models=(a, b))
    strict = compare(a, b, catalog=catalog, as_of=DAY, materiality=Decimal("0.001"))
    assert strict.cost.close_indexes == (0,)
    verdict = " ".join(claim.text for claim in strict.narrative.verdict)
    assert "Pick A for the lower bill at this traffic ($83.00 a month)." in verdict
    assert strict.check() == []
    for bad in (Decimal(1), Decimal("-0.1")):
        with pytest.raises(ComparisonError, match="materiality"):
            compare(a, b, catalog=catalog, materiality=bad)
    for bad_type in ("5%", True):  # a wrong type (review 41)
        with pytest.raises(ArgumentError, match="materiality"):
            compare(a, b, catalog=catalog, materiality=bad_type)  # type: ignore[arg-type]


def test_a_pick_for_an_immaterial_bill_is_caught(close_bills: Comparison) -> None:
    n = close_bills.narrative
    lie = _claim("pick:0", "Pick A for the lower bill at this traffic ($83.00 a month).")
    assert "immaterial-cost-reason" in _rules(attrs.evolve(n, verdict=(lie,)), close_bills)
    gap = _claim("cheaper", "The gap is $0.50 a month, in favour of A.")
    assert "immaterial-cost-reason" in _rules(attrs.evolve(n, cost=(gap,)), close_bills)


# -- one word, one meaning -----------------------------------------------------------------------


def test_reasoning_is_only_the_capability(pair: Comparison) -> None:
    words = " ".join([*(claim.text for claim in pair.narrative.claims()),
                      *(q.question for q in pair.narrative.faq)])
    assert "reasoning" not in words.replace("reasoning mode", "")
    assert any(row.capability.label == "Reasoning mode" for row in pair.capabilities)
    n = pair.narrative
    asked = attrs.evolve(n, faq=(*n.faq, Question(
        key="better:reasoning", question="Which is better for reasoning, Phi-2 or Phi-4 Mini?",
        answer=(_claim("x", "Phi-4 Mini leads on ARC-C."),))))
    assert "reasoning-clash" in _rules(asked, pair)


def test_a_setting_quoted_from_the_data_is_not_the_narrative_saying_reasoning() -> None:
    def scored(mid: str, setting: str) -> Model:
        return _model(mid, routes=(_route("p", "1", "2"),), scores=(BenchmarkScore(
            benchmark="gpqa", score=Decimal(60), source="https://example.com/s",
            setting=setting),))

    gpqa = Benchmark(id="gpqa", name="GPQA", source="https://example.com/b")
    # ("accuracy" alone would be no setting: not quoted, tests/test_setting_label.py)
    a, b = scored("alpha", "0-shot"), scored("beta", "Pass@1, Reasoning")
    c = compare(a, b, catalog=Catalog(models=(a, b), benchmarks=(gpqa,)), as_of=DAY)
    _quoted_yet_own_reasoning_caught(c, 'settings differ: "0-shot" against "Pass@1, Reasoning"')


def _quoted_yet_own_reasoning_caught(c: Comparison, quoted: str) -> None:
    """``c``'s narrative quotes ``quoted`` from the data and passes; its own "reasoning" fails."""
    assert quoted in " ".join(claim.text for claim in c.narrative.claims())
    assert c.check() == []
    n = c.narrative
    own = attrs.evolve(n, verdict=(*n.verdict, _claim("x", f"Pick {c.names[0]} for reasoning.")))
    assert "reasoning-clash" in _rules(own, c)


def test_a_category_needs_two_benchmarks(pair: Comparison) -> None:
    verdict = " ".join(claim.text for claim in pair.narrative.verdict)
    assert "instruction following (OLL IFEval)" in verdict  # one benchmark: named
    assert {q.key for q in pair.narrative.faq} >= {"higher:oll-ifeval"}
    wide = compare("gemma-2-9b", "phi-4-mini", as_of=pair.as_of)
    wide_verdict = " ".join(claim.text for claim in wide.narrative.verdict)
    assert "math (leads on GSM8K and MATH)" in wide_verdict  # two benchmarks: the category
    assert "better:math" in {q.key for q in wide.narrative.faq}
    n = pair.narrative
    thin = _claim("pick:1", "Pick Phi-4 Mini for problem solving (leads on ARC-C).")
    assert "single-benchmark-category" in _rules(attrs.evolve(n, verdict=(thin,)), pair)
    one = next(q for q in n.faq if q.key == "higher:oll-ifeval")
    assert "single-benchmark-category" in _rules(
        attrs.evolve(n, faq=(attrs.evolve(one, key="better:reasoning"),)), pair)
    both = (_claim("pick:0", "Pick Phi-2 for commonsense (leads on PIQA and SIQA)."),
            _claim("pick:1", "Pick Phi-4 Mini for commonsense (leads on HellaSwag and BoolQ)."))
    assert "category-in-both-branches" in _rules(attrs.evolve(n, verdict=both), pair)


def test_an_answer_of_only_noise_is_dropped_and_caught(pair: Comparison) -> None:
    n = pair.narrative
    noise = Question(key="better:math", question="Which is better at math, Phi-2 or Phi-4 Mini?",
                     answer=(_claim("noise:math",
                                    "On GSM8K the gap is within noise or cannot be assessed."),))
    assert "noise-only-faq" in _rules(attrs.evolve(n, faq=(*n.faq, noise)), pair)


# -- each fact once ------------------------------------------------------------------------------


def test_no_sentence_twice_and_no_faq_that_is_the_verdict(pair: Comparison) -> None:
    n = pair.narrative
    assert "pick" not in {q.key for q in n.faq}
    again = attrs.evolve(n, tradeoffs=(*n.tradeoffs, n.summary[0]))
    assert "repeated-sentence" in _rules(again, pair)
    picked = attrs.evolve(n, faq=(*n.faq, Question(
        key="pick", question="When should I pick Phi-2 or Phi-4 Mini?", answer=n.verdict)))
    assert "faq-is-verdict" in _rules(picked, pair)
    assert any(p.startswith("repeated-sentence: ") for p in check_claims(again, pair))


def test_switch_friction_states_shared_facts_once(pair: Comparison) -> None:
    n = pair.narrative
    shared = [claim.key for _, _, claims in n.friction_shared for claim in claims]
    assert shared == ["kind", "no-shared-provider"]  # base to instruct: said once; bills: cost
    directional = {claim.key for _, _, claims in n.friction for claim in claims}
    assert not directional & {"price", "no-shared-provider", "shared-providers", "kind"}
    s, t, claims = n.friction[0]
    bill = _claim("price", "At the stated traffic the monthly bill rises by $30.00.")
    doubled = attrs.evolve(n, friction=((s, t, (*claims, bill)), *n.friction[1:]))
    assert "friction-both-directions" in _rules(doubled, pair)
    ab = _claim("x", "Both run on Azure: A/B test the move there, route by route.")
    assert "ab-test-boilerplate" in _rules(attrs.evolve(n, friction=((s, t, (ab,)),)), pair)


def test_a_glance_sits_under_the_summary(pair: Comparison) -> None:
    assert pair.narrative.at_a_glance[0].text == (
        "Phi-2 for the lower bill at this traffic (on an unconfirmed listing that may have been "
        "retired); Phi-4 Mini for a longer context, instruction "
        "following (OLL IFEval), competition math (OLL MATH Lvl 5) and harder general knowledge "
        "(OLL MMLU-Pro).")


def test_a_glance_names_a_benchmark_led_alone() -> None:
    """A category at a glance rests on two benchmarks or more; one benchmark keeps its name."""
    ids = ["phi-4-mini", "phi-3.5-mini", "llama-3.2-3b", "qwen2.5-3b", "gemma-2-9b", "phi-2",
           "llama-3.1-8b", "phi-4", "gemma-3-4b", "mistral-7b-v0.3"]
    named = 0
    for a, b in itertools.combinations(ids, 2):
        # dated before GitHub Models, Phi-3.5 Mini's last route, closed on 2026-07-30: from then
        # a page rules Phi-3.5 Mini out, and its glance names only the model left
        c = compare(a, b, as_of=_BEFORE_GITHUB_CLOSED)
        glance = c.narrative.at_a_glance[0].text
        areas = [claimed_areas(context_of(c), i) for i in range(2)]
        for area, led in (found for per_model in areas for found in per_model):
            if len(led) == 1:
                named += 1
                assert f"({led[0].row.benchmark.label})" in glance, (a, b, area)
            else:
                assert "leads on" not in glance
    assert named > 10  # the rule was exercised


# -- N models ------------------------------------------------------------------------------------


def test_a_glance_names_the_rivals_a_model_outscores_once() -> None:
    c = compare("llama-3.1-8b", "qwen2.5-7b", "gemma-2-9b", as_of=DAY)
    glance = c.narrative.at_a_glance[0].text
    verdict = " ".join(claim.text for claim in c.narrative.verdict)
    # the verdict gives each count; Qwen2.5 7B's eight leads over Gemma 2 9B are all among those
    # it leads both on, named already: no count of them (review 6, D25, each fact once)
    assert "higher scores than Llama 3.1 8B (" in verdict
    assert "higher scores than Gemma 2 9B (" not in verdict
    assert "higher scores than Gemma 2 9B" not in glance
    # Qwen2.5 7B's and Gemma 2 9B's over Llama 3.1 8B, said once (helper leftP)
    assert glance.count("higher scores than") == 1
    assert "Qwen2.5 7B and Gemma 2 9B for higher scores than Llama 3.1 8B" in glance
    assert c.check() == []


def test_three_models_every_bill_and_who_leads_whom() -> None:
    c = compare("phi-4-mini", "llama-3.2-3b", "gemma-3-4b", requires=["structured_outputs"],
                as_of=DAY)
    assert c.check() == []
    summary = " ".join(claim.text for claim in c.narrative.summary)
    for e in c.cost.estimates:
        assert (f"${e.monthly:,.2f}" if e.monthly is not None
                else c.names[e.model_index]) in summary
    card = next(row for row in c.narrative.scorecard if row.key == "benchmarks")
    assert card.cells[0].startswith("ahead of Llama 3.2 3B on BBH")
    assert "no lead outside noise" not in " ".join(card.cells)
    hidden = attrs.evolve(card, cells=("no lead outside noise",) * 3)
    assert "scorecard-hides-trailing" in _rules(
        attrs.evolve(c.narrative, scorecard=(hidden,)), c)
    assert "summary-misses-a-bill" in _rules(
        attrs.evolve(c.narrative, summary=c.narrative.summary[:-1]), c)


def _trailing(pair: Comparison) -> Comparison:
    """Phi-2 against Phi-4 Mini on only the leaderboard benchmarks Phi-4 Mini leads."""
    catalog = default_catalog()
    leads = {"oll-ifeval", "oll-math-lvl5", "oll-mmlu-pro"}
    a, b = (attrs.evolve(catalog.model(i), scores=tuple(
        s for s in catalog.model(i).scores if s.benchmark in leads))
        for i in ("phi-2", "phi-4-mini"))
    return compare(a, b, catalog=catalog, as_of=pair.as_of)


def test_a_model_that_trails_everywhere_is_said_to(pair: Comparison) -> None:
    card = next(row for row in _trailing(pair).narrative.scorecard if row.key == "benchmarks")
    assert card.cells[0] == "trails on every comparable benchmark (three)"


# -- clean details -------------------------------------------------------------------------------


def test_unknown_is_never_zero(pair: Comparison) -> None:
    n = pair.narrative
    zero = _claim("context", "Phi-4 Mini has the larger context window: 2M tokens against 0.")
    assert "unknown-as-zero" in _rules(attrs.evolve(n, summary=(zero,)), pair)
    score = _claim("gap", "Phi-4 Mini leads on MATH: 19.5 against 0.1, beyond the ±2.1 interval.")
    assert "unknown-as-zero" not in _rules(attrs.evolve(n, summary=(score,)), pair)
    specs = tuple(attrs.evolve(s, values=("0", s.values[1])) if s.label == "Context window"
                  else s for s in pair.specs)
    assert "unknown-as-zero" in _rules(n, attrs.evolve(pair, specs=specs))


def test_provenance_uses_display_names_and_admits_undated_sources(pair: Comparison) -> None:
    supports = " ".join(s for ref in pair.provenance.sources for s in ref.supports)
    assert "Phi-2 score: ARC-C" in supports
    assert "arc-c" not in supports
    # Phi-2's scores from the Phi-3 Mini 128K card are dated since review 29, F6: an undated
    # source is made here (a score read from a page no one dated)
    undated = _model("undated", routes=(_route("p", "1", "2"),), scores=(BenchmarkScore(
        benchmark="gpqa", score=Decimal(60), source="https://example.com/undated"),))
    dated = _model("dated", routes=(_route("p", "1", "2"),))
    gpqa = Benchmark(id="gpqa", name="GPQA", source="https://example.com/b")
    admitted = compare(undated, dated, catalog=Catalog(models=(undated, dated),
                                                       benchmarks=(gpqa,)), as_of=DAY)
    assert "one has no checked date recorded" in admitted.narrative.provenance[0].text
    ref = pair.provenance.sources[2]
    raw = attrs.evolve(ref, supports=("Phi-2 arc-c score",))
    sources = (*pair.provenance.sources[:2], raw, *pair.provenance.sources[3:])
    broken = attrs.evolve(pair, provenance=attrs.evolve(pair.provenance, sources=sources))
    assert "internal-id" in _rules(pair.narrative, broken)
    old = _claim("sources", "The figures come from 15 sources, checked between 2026-05-15 and "
                            "2026-11-25.")
    assert "undated-between" in _rules(attrs.evolve(admitted.narrative, provenance=(old,)),
                                       admitted)


def test_licences_read_naturally_and_non_commercial_is_said() -> None:
    c = compare("qwen2.5-3b", "gemma-3-4b", as_of=DAY)
    page = " ".join(claim.text for claim in c.narrative.claims())
    assert "under the Gemma Terms of Use" in page
    assert "Gemma Terms of Use licence" not in page
    assert "Qwen Research License, a non-commercial licence" in page
    assert c.check() == []
    quiet = attrs.evolve(c.narrative, summary=(), faq=())
    assert "licence-wording" in _rules(quiet, c)
    twice = _claim("x", "Gemma 3 4B publishes its weights under the Gemma Terms of Use licence.")
    assert "licence-wording" in _rules(attrs.evolve(c.narrative, summary=(twice,)), c)


def test_related_never_links_the_page_itself_nor_two_variants(pair: Comparison) -> None:
    others = [r.names[1] for r in pair.related]
    assert "Phi-3 Mini 4K" not in others  # the 128K variant is listed, one per model line
    assert pair.check() == []
    self_link = Related(models=("phi-2", "phi-4-mini"), names=("Phi-2", "Phi-4 Mini"),
                        reason="same-family")
    variant = Related(models=("phi-2", "phi-3-mini-4k"), names=("Phi-2", "Phi-3 Mini 4K"),
                      reason="same-family")
    for extra in (self_link, variant):
        broken = attrs.evolve(pair, related=(*pair.related, extra))
        assert "related-self-or-twin" in _rules(pair.narrative, broken)


def test_every_rule_is_named_once() -> None:
    assert len(RULES) == len(set(RULES))


# -- brief pages ---------------------------------------------------------------------------------


def test_sections_keep_only_what_is_asked(pair: Comparison) -> None:
    brief = pair.to_text(sections=BRIEF)
    assert "At a glance" in brief
    assert "Switch friction" not in brief
    assert len(brief.splitlines()) < len(pair.to_text().splitlines()) / 2
    assert "## Verdict" in pair.to_markdown(sections=["verdict"])
    assert "Summary" not in pair.to_html(sections=["verdict"])
    assert len(comparison_page(pair, "verdict")) == 3  # the title, the heading, the bullets
    assert list(SECTIONS[:2]) == ["summary", "glance"]
    with pytest.raises(ComparisonError, match="unknown section 'nope'"):
        comparison_page(pair, ["nope"])


def test_more_ways_to_break_a_page_are_caught(pair: Comparison) -> None:
    trailing = _trailing(pair)
    card = next(row for row in trailing.narrative.scorecard if row.key == "benchmarks")
    quiet = attrs.evolve(card, cells=("no lead outside noise", card.cells[1]))
    assert "scorecard-hides-trailing" in _rules(
        attrs.evolve(trailing.narrative, scorecard=(quiet,)), trailing)
    n = pair.narrative
    (s, t, there), (_, _, back) = n.friction
    mirrored = attrs.evolve(n, friction=((s, t, (*there, back[0])), (t, s, back)))
    assert "friction-both-directions" in _rules(mirrored, pair)
    twin = Related(models=("phi-2", "phi-2-copy"), names=("Phi-2", "Phi-2"), reason="same-family")
    assert "related-self-or-twin" in _rules(n, attrs.evolve(pair, related=(twin,)))


def test_the_brief_gap_wording_names_the_trailing_model() -> None:
    from phicompare.narrative.benchmarks import gap_claim
    from phicompare.narrative.context import context_of

    c = compare("phi-4-mini", "llama-3.2-3b", "gemma-3-4b", as_of=DAY)
    x = context_of(c)
    text = gap_claim(x, x.bench.significant[0], brief=True).text
    assert text.startswith("Phi-4 Mini leads Llama 3.2 3B on ")
    assert "sampling interval" in text


def test_a_proprietary_licence_reads_as_one_and_is_checked() -> None:
    a = _model("a", license="Proprietary", open_weights=None, routes=(_route("p", "1", "2"),))
    b = _model("b", license="MIT", open_weights=True, routes=(_route("p", "1", "3"),))
    c = compare(a, b, catalog=Catalog(models=(a, b)), as_of=DAY)
    summary = " ".join(claim.text for claim in c.narrative.summary)
    assert "A: under a proprietary licence." in summary
    assert "B: under the MIT licence." in summary
    opened = {q.key: " ".join(claim.text for claim in q.answer) for q in c.narrative.faq}
    assert "not yet sourced; it is offered under a proprietary licence." in opened["open"]
    assert c.check() == []
    identity = c.narrative.summary[0]
    licence = next(e for e in identity.evidence if e.path == paths.model(0, "license"))
    assert (licence.shown, licence.kind.value) == ("a proprietary licence", "licence")
    wrong = attrs.evolve(identity, text=identity.text.replace("a proprietary", "the Proprietary"))
    assert check_claims(attrs.evolve(c.narrative, summary=(wrong, *c.narrative.summary[1:])), c)


def test_windows_that_print_alike_are_compared_to_the_token() -> None:
    a = _model("alpha", context_window=131_072, routes=(_route("p", "1", "2"),))
    b = _model("beta", context_window=128_000, routes=(_route("p", "1", "3"),))
    c = compare(a, b, catalog=Catalog(models=(a, b)), as_of=DAY)
    summary = " ".join(claim.text for claim in c.narrative.summary)
    # (review 7, F24: no crown on 3,072 tokens; both figures to the token beside "about")
    assert ("Both have a context window of about 128K tokens: 131,072 for ALPHA and 128,000 "
            "for BETA.") in summary
    assert "larger context window" not in summary
    moves = " ".join(claim.text for _, _, claims in (*c.narrative.friction_shared,
                                                      *c.narrative.friction) for claim in claims)
    assert "Context shrinks" not in moves  # 3,072 tokens is no step to take (review 6, D11)
    assert "both take about 128K tokens of context" in moves
    said = " ".join(claim.text for claim in (*c.narrative.verdict, *c.narrative.at_a_glance))
    assert "longer context" not in said  # 3,072 tokens more is not a reason to pick it
    row = next(row for row in c.narrative.scorecard if row.key == "context")
    assert row.cells == ("128K (131,072)", "128K (128,000)")  # as the tables (review 10, I14)
    assert c.check() == []
    context = next(claim for claim in c.narrative.summary if claim.key == "context")
    rounded = attrs.evolve(context, text=context.text.replace("131,072", "128K"))
    assert check_claims(attrs.evolve(c.narrative, summary=tuple(
        rounded if claim.key == "context" else claim for claim in c.narrative.summary)), c)


def test_licences_that_differ_read_as_prose() -> None:
    c = compare("llama-3.1-8b", "qwen2.5-7b", "gemma-2-9b", as_of=DAY)
    said = next(claim.text for claim in c.narrative.tradeoffs if claim.key == "license")
    assert said == ("Licences differ: Llama 3.1 8B is under the Llama 3.1 Community License, "
                    "Qwen2.5 7B under the Apache-2.0 licence and Gemma 2 9B under the Gemma "
                    "Terms of Use.")
    assert c.check() == []


@pytest.mark.parametrize(("items", "tail"), [
    (14042, "its gap lies inside the 95% sampling interval."),
    (None, "no 95% sampling interval could be drawn for its gap."),
])
def test_one_comparable_pair_is_said_in_the_singular(items: int | None, tail: str) -> None:
    def scored(mid: str, score: str) -> Model:
        return _model(mid, routes=(_route("p", "1", "2"),), scores=(BenchmarkScore(
            benchmark="mmlu", score=Decimal(score), source="https://example.com/s",
            setting="5-shot"),))

    mmlu = Benchmark(id="mmlu", name="MMLU", source="https://example.com/b", items=items)
    a, b = scored("alpha", "60.1"), scored("beta", "60.4")
    c = compare(a, b, catalog=Catalog(models=(a, b), benchmarks=(mmlu,)), as_of=DAY)
    said = next(claim.text for paragraph in c.narrative.deep_dive for claim in paragraph
                if claim.key == "bench-count")
    assert said == ("One pair of scores (on MMLU) is directly comparable (same benchmark, "
                    f"evaluation and setting); {tail}")  # the benchmark named (review 7, F2)
    assert c.check() == []


def test_two_spellings_of_one_licence_are_not_a_difference() -> None:
    a = _model("alpha", license="Apache 2.0", routes=(_route("p", "1", "2"),))
    b = _model("beta", license="apache-2.0", routes=(_route("p", "1", "3"),))
    c = compare(a, b, catalog=Catalog(models=(a, b)), as_of=DAY)
    assert not [claim for claim in c.narrative.tradeoffs if claim.key == "license"]
    assert not [f for f in c.friction if f.kind.value == "license-change"]
    d = compare(a, attrs.evolve(b, license="MIT"), catalog=Catalog(models=(
        a, attrs.evolve(b, license="MIT"))), as_of=DAY)
    assert [claim.key for claim in d.narrative.tradeoffs if claim.key == "license"] == ["license"]
    assert c.check() == []
    assert d.check() == []


def test_bills_less_than_a_cent_apart_are_not_a_zero_dollar_gap() -> None:
    a = _model("alpha", routes=(_route("p", "0.493", "0.493"),))
    b = _model("beta", routes=(_route("q", "0.49299999999999994", "0.49299999999999994"),))
    c = compare(a, b, catalog=Catalog(models=(a, b)), as_of=DAY)
    assert c.cost.gap is not None
    assert Decimal(0) < c.cost.gap < Decimal("0.005")
    said = " ".join(claim.text for claim in c.narrative.cost)
    assert "The bills differ by less than a cent a month: about the same cost" in said
    assert "$0.00 a month" not in said
    assert c.check() == []


def test_many_providers_that_do_not_list_a_capability_are_counted() -> None:
    offers = attrs.evolve(_route("p0", "1", "2"), capabilities=Capabilities(reasoning=True))
    quiet = tuple(attrs.evolve(_route(f"p{k}", "1", "2"), capabilities=Capabilities(
        reasoning=False)) for k in range(1, 9))
    a = _model("alpha", routes=(offers, *quiet))
    b = _model("beta", capabilities=Capabilities(reasoning=False), routes=(_route("q", "1", "3"),))
    c = compare(a, b, catalog=Catalog(models=(a, b)), as_of=DAY)
    said = " ".join(claim.text for claim in c.narrative.tradeoffs)
    assert "p0 offers reasoning mode for ALPHA; eight other providers do not list it" in said
    assert "p1" not in said
    assert c.check() == []


def test_many_providers_that_offer_a_capability_are_counted() -> None:
    routes = tuple(attrs.evolve(_route(f"p{k}", "1", "2"), capabilities=Capabilities(
        reasoning=k < 7)) for k in range(8))
    a = _model("alpha", routes=routes)
    b = _model("beta", capabilities=Capabilities(reasoning=False), routes=(_route("q", "1", "3"),))
    c = compare(a, b, catalog=Catalog(models=(a, b)), as_of=DAY)
    said = " ".join(claim.text for claim in c.narrative.tradeoffs)
    # a count under ten in words (review 7, F25)
    assert said.startswith("Seven providers offer reasoning mode for ALPHA; p7 does not list it")
    assert c.check() == []


def test_windows_that_read_alike_are_no_tradeoff() -> None:
    """131,072 and 128,000 tokens both read 128K: the summary gives both, the tradeoffs neither."""
    by_reading: dict[int, dict[int, str]] = {}
    for m in default_catalog().models:
        if m.context_window:
            by_reading.setdefault(fmt.reading(m.context_window), {}).setdefault(
                m.context_window, m.id)
    alike = [tuple(ids.values())[:2] for ids in by_reading.values() if len(ids) > 1]
    assert len(alike) > 5
    for a, b in alike[:8]:
        c = compare(a, b, as_of=DAY)
        assert not [t.text for t in c.narrative.tradeoffs if "longer prompts" in t.text], (a, b)
        assert "context window" in " ".join(s.text for s in c.narrative.summary)
        assert c.check() == []
    apart = compare("phi-2", "phi-4-mini", as_of=DAY)  # 2K against 128K: a tradeoff
    assert [t.text for t in apart.narrative.tradeoffs if "longer prompts" in t.text]


def test_no_comparable_benchmark_is_said_for_the_models_on_the_page() -> None:
    """"Both" only on a two-model page; with more, what two of them share, or that none does."""
    none_shared = compare("gpt-4-0613", "gpt-4", "gpt-4o", as_of=DAY)
    some_shared = compare("devstral-small-2507", "mistral-nemo", "phi-3-medium-4k", "glm-5",
                          as_of=DAY)
    texts = [" ".join(claim.text for claim in c.narrative.summary)
             for c in (none_shared, some_shared)]
    assert "No benchmark has scores from two of these models" in texts[0]
    # (counted, and "more than one" of four: review 7, F21)
    assert "Seven benchmarks have scores from more than one of these models, but none" in texts[1]
    assert not any("for both" in text for text in texts)
    assert none_shared.check() == some_shared.check() == []


def test_a_route_id_a_sentence_lists_is_quoted_data_not_the_narrative_saying_reasoning() -> None:
    # A sentence listing a model's routes names two of one provider by the ids they serve it
    # under; "alpha-reasoning" is the provider's id, quoted, not the narrative's word (review 50:
    # "LLM Gateway (grok-4-20-reasoning)" failed check() on a bundled page).
    routes = tuple(attrs.evolve(_route("p", "1", out), provider_model_id=f"alpha-{kind}")
                   for kind, out in (("reasoning", "2"), ("fast", "3")))
    a = _model("alpha", routes=routes)
    b = _model("beta", routes=(_route("q", "1", "2"),), capabilities=Capabilities(tool_use=True))
    c = compare(a, b, catalog=Catalog(models=(a, b)), as_of=DAY, requires=["tool_use"])
    _quoted_yet_own_reasoning_caught(
        c, "p (alpha-reasoning) and p (alpha-fast): tool use not documented")
