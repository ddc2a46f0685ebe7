"""The comparator: the reference page's numbers done right, honest benchmark gaps, clear errors."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings, strategies as st

from phicompare import (
    ArgumentError,
    Benchmark,
    BenchmarkScore,
    Capabilities,
    Capability,
    Catalog,
    Comparison,
    ComparisonError,
    Model,
    Provider,
    ProviderRoute,
    ProviderTier,
    RouteStatus,
    Traffic,
    UnknownModelError,
    blended_price,
    compare,
    crossover_share,
    default_catalog,
    route_cost,
)
from phicompare.analysis.choice import served_tier
from phicompare.analysis.compare import parse_capabilities
from phicompare.analysis.facts import FrictionKind, ScoreGap

from .helpers import curated_ids, float_paths, mirror_view, money_values
from .strategies import AS_OF, catalog_and_pair, catalogs, traffics

D = Decimal
FAST = settings(max_examples=40, deadline=None)


def reference_pair(reference: Catalog, **options: Any) -> Any:
    return compare("phi-2", "phi-4-mini", catalog=reference, **options)


def reference_alike(reference: Catalog) -> Any:
    """The reference pair with its table's scores as one harness's run (the worked examples).

    The reference page records no setting, so as loaded its pairs are not scored alike (review
    7, F2); the statistics doc's arithmetic takes its table as one evaluation by one harness.
    """
    models = tuple(attrs.evolve(m, scores=tuple(attrs.evolve(s, harness="reference-page")
                                                for s in m.scores))
                   for m in reference.models)
    catalog = Catalog(models=models, providers=reference.providers,
                      benchmarks=reference.benchmarks)
    return compare("phi-2", "phi-4-mini", catalog=catalog)


# --- the reference page, at the default traffic ----------------------------------------------

def test_reference_monthly_estimates_and_gap(reference: Catalog) -> None:
    """$102.50 and $77.50 a month, a $25.00 gap: exact Decimals, not $103."""
    c = reference_pair(reference)
    monthly = [e.monthly for e in c.cost.estimates]
    assert monthly == [D("102.50"), D("77.50")]
    assert [str(m) for m in monthly] == ["102.50", "77.50"]
    assert c.cost.gap == D("25.00")
    assert c.cost.cheapest_indexes == (1,)
    assert [e.provider_name for e in c.cost.estimates] == ["Replicate API", "Novita AI"]


def test_reference_blended_prices_at_70_30(reference: Catalog) -> None:
    c = reference_pair(reference)
    assert [e.blended for e in c.cost.estimates] == [D("0.11"), D("0.08")]
    assert c.cost.blend == (7, 3)


def test_reference_blend_is_one_argument_away(reference: Catalog) -> None:
    c = reference_pair(reference, blend=(3, 1))
    assert [e.blended for e in c.cost.estimates] == [D("0.10"), D("0.075")]
    assert c.cost.blend == (3, 1)


def test_reference_prices_do_not_cross(reference: Catalog) -> None:
    """Equal input, cheaper output: Phi-4 Mini is never dearer, so there is no crossover."""
    assert reference_pair(reference).cost.crossovers == ()


def expected_interval(a: float, b: float, items: int) -> float:
    """1.96 * sqrt(p1(1-p1)/n + p2(1-p2)/n), in points, computed independently in floats."""
    p1, p2 = a / 100, b / 100
    return 1.96 * math.sqrt(p1 * (1 - p1) / items + p2 * (1 - p2) / items) * 100


def test_reference_gpqa_gap_is_significant(reference: Catalog) -> None:
    """Taken as one harness's run; as loaded, the page's pairs are not scored alike."""
    assert reference_pair(reference).benchmarks[0].pairs[0].reason == "settings not on record"
    row = next(r for r in reference_alike(reference).benchmarks if r.benchmark.id == "gpqa")
    assert row.pairs[0].gap == D("16.0")
    assert row.pairs[0].interval_95 is not None
    assert float(row.pairs[0].interval_95) == pytest.approx(expected_interval(41.2, 25.2, 448),
                                                          abs=1e-4)
    assert row.pairs[0].significant is True
    assert row.pairs[0].leader_index == 0


def test_reference_mmlu_gap_is_within_noise(reference: Catalog) -> None:
    """1.0 point apart with an interval of about 1.1 points: within noise, no leader."""
    row = next(r for r in reference_alike(reference).benchmarks if r.benchmark.id == "mmlu")
    assert row.pairs[0].gap == D("1.0")
    assert row.pairs[0].interval_95 is not None
    assert D("1.05") < row.pairs[0].interval_95 < D("1.15")
    assert float(row.pairs[0].interval_95) == pytest.approx(expected_interval(68.3, 67.3, 14042),
                                                   abs=1e-4)
    assert row.pairs[0].significant is False
    assert row.pairs[0].leader_index is None


def test_reference_phi4_mini_gpqa_is_at_chance(reference: Catalog) -> None:
    """25.2 on four-way GPQA is within sampling noise of the 25-point guess rate."""
    row = next(r for r in reference_pair(reference).benchmarks if r.benchmark.id == "gpqa")
    assert row.near_chance == (False, True)


def test_reference_unpriced_routes_listed_but_not_estimated(reference: Catalog) -> None:
    c = reference_pair(reference)
    assert len(c.routes_of(0)) == 5
    assert len(c.routes_of(1)) == 3
    unpriced = [r for r in c.routes if r.route.input is None]
    assert unpriced
    assert all(not r.eligible and r.monthly is None for r in unpriced)
    assert c.shared_providers == ("Fireworks AI",)


# --- the bundled catalog -------------------------------------------------------------------

def test_bundled_estimate_is_the_cheapest_eligible_route() -> None:
    """Each model's estimate is the lowest monthly cost among its eligible routes."""
    c = compare("phi-2", "phi-4-mini")
    for i, estimate in enumerate(c.cost.estimates):
        eligible = [r for r in c.routes_of(i) if r.eligible]
        assert eligible
        assert estimate.monthly == min(r.monthly for r in eligible if r.monthly is not None)
        assert estimate.route is not None
        assert estimate.monthly == route_cost(estimate.route, Traffic()).monthly
        assert estimate.blended == blended_price(estimate.route.input or D(0),
                                                 estimate.route.output or D(0))


def test_bundled_phi2_vs_phi4_mini_crossover() -> None:
    """Phi-2 is cheaper on output, Phi-4 Mini on input: they cost the same at ~88.9% input."""
    c = compare("phi-2", "phi-4-mini")
    routes = [e.route for e in c.cost.estimates]
    assert routes[0] is not None
    assert routes[1] is not None
    (crossover,) = c.cost.crossovers
    assert (crossover.cheaper_input_index, crossover.cheaper_output_index) == (1, 0)
    share = crossover_share((routes[0].input or D(0), routes[0].output or D(0)),
                            (routes[1].input or D(0), routes[1].output or D(0)))
    assert share is not None
    assert crossover.input_share == share.quantize(D("0.0001"))
    assert crossover.input_share == D("0.8889"), "docs/cost-model.md quotes this figure"


def test_bundled_free_tier_routes_count_only_with_include_free() -> None:
    # dated before GitHub Models, one of Phi-4 Mini's two free tiers, closed on 2026-07-30
    day = dt.date(2026, 7, 29)
    paid = compare("phi-2", "phi-4-mini", as_of=day)
    free = compare("phi-2", "phi-4-mini", include_free=True, as_of=day)
    free_rows = [r for r in paid.routes_of(1) if r.route.status is RouteStatus.FREE_TIER]
    assert free_rows
    assert all(not r.eligible and "free tier" in (r.reason or "") for r in free_rows)
    assert paid.cost.estimates[1].monthly != 0
    assert free.cost.estimates[1].monthly == 0
    assert free.cost.estimates[1].route in [r.route for r in free_rows]


def test_requests_larger_than_the_context_window_leave_no_estimate() -> None:
    """3,500-token requests do not fit Phi-2's 2,048 tokens: no estimate, a reason, never $0."""
    traffic = Traffic.from_requests(per_day=1_000, input_tokens=3_000, output_tokens=500)
    c = compare("phi-2", "phi-4-mini", traffic=traffic)
    phi2 = c.cost.estimates[0]
    assert phi2.monthly is None
    assert phi2.route is None
    assert phi2.reason is not None
    assert "3,500 tokens exceed a 2,048-token context window" in phi2.reason
    assert c.cost.estimates[1].monthly is not None
    assert c.cost.gap is None
    assert c.cost.cheapest_indexes == (1,)
    assert c.cost.crossovers == ()
    assert not any(f.kind is FrictionKind.PRICE_CHANGE for f in c.friction)


def test_required_capability_picks_a_route_that_has_it() -> None:
    """Structured outputs are documented on Phi-4 Mini's gateway routes only, not on Foundry."""
    c = compare("phi-2", "phi-4-mini", requires=["structured outputs"])
    assert c.requires == (Capability.STRUCTURED_OUTPUTS,)
    phi2, phi4 = c.cost.estimates
    assert phi2.monthly is None
    assert phi2.reason is not None
    assert "structured outputs not documented" in phi2.reason
    assert phi4.route is not None
    assert phi4.route.capabilities is not None
    assert phi4.route.capabilities.structured_outputs is True
    assert phi4.provider_name != "Microsoft Foundry"


def test_comparing_every_bundled_pair_never_estimates_zero() -> None:
    """Every estimate of every pair is a positive figure or None with a reason."""
    for a, b in itertools.combinations(curated_ids(), 2):  # a fixed set: the curated layer
        for estimate in compare(a, b).cost.estimates:
            if estimate.monthly is None:
                assert estimate.reason
            else:
                assert estimate.monthly > 0
                assert estimate.reason is None


# --- benchmark comparability ---------------------------------------------------------------

def test_bundled_settings_that_differ_are_not_comparable() -> None:
    """GSM8K: Phi-2 0-shot CoT vs Phi-4 Mini 8-shot CoT carries no gap."""
    row = next(r for r in compare("phi-2", "phi-4-mini").benchmarks if r.benchmark.id == "gsm8k")
    assert row.pairs[0].comparable is False
    assert row.pairs[0].gap is None
    assert row.pairs[0].significant is None
    assert row.pairs[0].reason == 'settings differ: "0-shot CoT" against "8-shot CoT"'


def test_bundled_mmlu_from_two_cards_is_directional_only() -> None:
    """Phi-2's MMLU (Phi-3 card) and Phi-4 Mini's (its own card): two evaluations, no lead."""
    row = next(r for r in compare("phi-2", "phi-4-mini").benchmarks if r.benchmark.id == "mmlu")
    gap = row.pairs[0]
    assert gap.comparable is False
    assert gap.evaluations_differ is True
    assert gap.reason == "different evaluations"
    assert gap.gap == D("-11.0")
    assert gap.significant is None
    assert gap.leader_index is None
    # Phi-3.5-mini's two Microsoft runs, 69.0 and 65.5, are 3.5 apart: under the median spread
    assert gap.run_spread == default_catalog().run_spread("siqa") == D("3.7")  # 3.65, rounded up
    assert gap.beyond_spread is True
    assert gap.higher_index == 1


def test_a_second_run_from_the_partners_evaluation_is_chosen() -> None:
    """Gemma 2 9B vs Phi-4 Mini: the HellaSwag run from the Phi-4-mini card compares directly."""
    c = compare("gemma-2-9b", "phi-4-mini")
    row = next(r for r in c.benchmarks if r.benchmark.id == "hellaswag")
    assert row.scores[0] is not None
    assert row.scores[0].score == D("87.1")
    assert row.pairs[0].comparable is True


def _spread_models(second_run: str, a_score: str, b_score: str) -> tuple[Model, Model, Model]:
    """Model R run twice on "b" (60 and ``second_run``), then A (evaluation one) and B (three)."""
    def scored(model_id: str, *runs: tuple[str, str]) -> Model:
        return Model(id=model_id, name=model_id.upper(), scores=tuple(
            BenchmarkScore(benchmark="b", score=D(score), setting="5-shot", evaluation=run)
            for score, run in runs))

    return (scored("r", ("60", "one"), (second_run, "two")), scored("a", (a_score, "one")),
            scored("b", (b_score, "three")))


def test_gaps_within_the_run_spread_are_no_difference() -> None:
    """A cross-evaluation gap no larger than the catalog's spread between runs is not beyond it."""
    runs, a, b = _spread_models("56", "61", "58")
    catalog = tiny_catalog(runs, a, b)
    assert catalog.run_spread("b") == D("4")
    both = (Benchmark(id="b", name="B", items=1000), Benchmark(id="other", name="Other"))
    # no repeated run: unknown, not the median (an id the catalog lacks: UnknownBenchmarkError)
    assert tiny_catalog(runs, a, b, benchmarks=both).run_spread("other") is None
    gap = compare("a", "b", catalog=catalog).benchmarks[0].pairs[0]
    assert (gap.comparable, gap.evaluations_differ, gap.beyond_spread) == (False, True, False)
    assert gap.higher_index is None
    assert tiny_catalog(a, b).run_spread("b") is None
    unknown = compare("a", "b", catalog=tiny_catalog(a, b)).benchmarks[0].pairs[0]
    assert unknown.beyond_spread is None


def test_one_figure_quoted_by_two_evaluations_is_no_spread() -> None:
    """Two evaluations giving a model the same score measure nothing: no spread of zero."""
    quoted = Model(id="q", name="Q", scores=(
        BenchmarkScore(benchmark="b", score=D("84.6"), setting="10-shot", evaluation="one"),
        BenchmarkScore(benchmark="b", score=D("84.60"), setting="10-shot", evaluation="two"),
        BenchmarkScore(benchmark="c", score=D("60"), setting="5-shot", evaluation="one"),
        BenchmarkScore(benchmark="c", score=D("57"), setting="5-shot", evaluation="two")))
    catalog = tiny_catalog(quoted)
    assert catalog.run_spread("c") == D("3")
    assert catalog.run_spread("b") is None  # no spread of 0, and not the median either
    third = attrs.evolve(quoted, id="t", name="T", scores=(
        BenchmarkScore(benchmark="b", score=D("80"), setting="10-shot", evaluation="three"),
        *quoted.scores))
    assert tiny_catalog(third).run_spread("b") == D("4.6")  # two figures among three runs
    assert tiny_catalog(third).run_spread("c") == D("3.8")  # never under the median, (3 + 4.6) / 2


def tiny_catalog(*models: Model, benchmarks: tuple[Benchmark, ...] = ()) -> Catalog:
    return Catalog(models=models, providers=(Provider(id="p", name="P"),),
                   benchmarks=benchmarks or (Benchmark(id="b", name="B", items=1000),))


def score(value: str, setting: str | None = "5-shot", harness: str | None = None,
          benchmark: str = "b") -> BenchmarkScore:
    return BenchmarkScore(benchmark=benchmark, score=D(value), setting=setting, harness=harness)


@pytest.mark.parametrize(("a", "b", "comparable", "reason"), [
    (score("60"), score("50"), True, None),
    (score("60", "5-shot"), score("50", " 5-SHOT "), True, None),   # spacing and case
    (score("60", "5-shot"), score("50", "0-shot"), False, "settings differ"),
    (score("60", None), score("50", "0-shot"), False, 'only one setting states "0-shot"'),
    (score("60", "Accuracy"), score("50", "0-shot"), False, 'only one setting states "0-shot"'),
    (score("60", "percent correct"), score("50", "Accuracy"), False,
     "settings not on record"),  # metric names: no setting on either side (review 7, F2)
    (score("60", None), score("50", None), False, "settings not on record"),
    (score("60", None, "x"), score("50", "Accuracy", "x"), True, None),  # one harness: alike
    (score("60", None, "x"), score("50", None), False, "settings not on record"),
    (score("60", "0-shot"), score("50", "0-shot, pass@1"), True, None),  # pass@1: the metric
    (score("60", "5-shot"), score("50", "5-shot, CoT"), False,
     'only one setting states "CoT"'),  # the other's CoT unknown, not different (G14)
    (score("60", "0-shot"), score("50", "5-shot, CoT"), False,
     'settings differ: "0-shot" against "5-shot, CoT"'),
    (score("60", harness="x"), score("50", harness="y"), False, "different harnesses"),
    (score("60", harness="x"), score("50"), True, None),   # one harness unnamed: no conflict
])
def test_comparability_rule(a: BenchmarkScore, b: BenchmarkScore, comparable: bool,
                            reason: str | None) -> None:
    """Same benchmark, same setting, and the same harness when both name one."""
    catalog = tiny_catalog(Model(id="a", name="A", scores=(a,)),
                           Model(id="b", name="B", scores=(b,)))
    gap = compare("a", "b", catalog=catalog).benchmarks[0].pairs[0]
    assert gap.comparable is comparable
    if reason is None:
        assert gap.reason is None
        assert gap.gap == D(10)
    else:
        assert gap.reason is not None
        assert reason in gap.reason
        # one evaluation recording neither setting: a direction, as separate evaluations give
        # (review 32, #4); other reasons carry no gap
        assert gap.gap == (D(10) if reason == "settings not on record" else None)
        assert gap.settings_unknown is (reason == "settings not on record")


def test_a_shared_setting_is_chosen_when_a_model_has_several() -> None:
    catalog = tiny_catalog(
        Model(id="a", name="A", scores=(score("70", "0-shot"), score("60", "5-shot"))),
        Model(id="b", name="B", scores=(score("50", "5-shot"),)))
    row = compare("a", "b", catalog=catalog).benchmarks[0]
    assert row.scores[0] is not None
    assert row.scores[0].setting == "5-shot"
    assert row.pairs[0].gap == D(10)


def test_interval_needs_item_count_and_a_proportion_metric() -> None:
    benches = (Benchmark(id="b", name="B"),
               Benchmark(id="s", name="S", metric="score", items=100))
    catalog = tiny_catalog(
        Model(id="a", name="A", scores=(score("60"), score("6", benchmark="s"))),
        Model(id="b", name="B", scores=(score("50"), score("5", benchmark="s"))),
        benchmarks=benches)
    for row in compare("a", "b", catalog=catalog).benchmarks:
        assert row.pairs[0].comparable is True
        assert row.pairs[0].interval_95 is None
        assert row.pairs[0].significant is None
        assert row.pairs[0].leader_index is None   # noise unknown: no one leads


def test_lower_is_better_benchmark_leads_with_the_lower_score() -> None:
    bench = Benchmark(id="b", name="Error rate", items=10_000, higher_is_better=False)
    catalog = tiny_catalog(Model(id="a", name="A", scores=(score("10"),)),
                           Model(id="b", name="B", scores=(score("30"),)), benchmarks=(bench,))
    row = compare("a", "b", catalog=catalog).benchmarks[0]
    assert row.pairs[0].gap == D(-20)
    assert row.pairs[0].significant is True
    assert row.pairs[0].leader_index == 0


@pytest.mark.parametrize(("gap", "significant", "higher", "leader"), [
    (D(5), True, True, 0), (D(-5), True, True, 1), (D(5), True, False, 1),
    (D(-5), True, False, 0), (D(5), False, True, None), (D(0), True, True, None),
    (None, None, True, None),
])
def test_score_gap_leader(gap: Decimal | None, significant: bool | None, higher: bool,
                          leader: int | None) -> None:
    first, second = Model(id="a", name="A"), Model(id="b", name="B")
    found = ScoreGap(a_index=0, b_index=1, a=first, b=second, comparable=gap is not None,
                     gap=gap, significant=significant, higher_is_better=higher)
    assert found.leader_index == leader
    assert found.leader is (None if leader is None else (first, second)[leader])


def test_shared_benchmarks_come_before_partial_ones() -> None:
    rows = compare("phi-2", "phi-4-mini").benchmarks
    flags = [r.shared for r in rows]
    assert flags == sorted(flags, reverse=True)
    assert True in flags
    assert False in flags


# --- more than two models ------------------------------------------------------------------

def test_three_models_give_every_pair_and_the_widest_gap() -> None:
    c = compare("phi-2", "phi-4-mini", "phi-3-mini-4k")
    assert len(c.models) == 3
    for row in c.benchmarks:
        assert {(g.a_index, g.b_index) for g in row.pairs} == {(0, 1), (0, 2), (1, 2)}
    known = [e.monthly for e in c.cost.estimates if e.monthly is not None]
    if len(known) == 3:
        assert c.cost.gap == max(known) - min(known)
    pairs = set(itertools.permutations(range(3), 2))
    assert {(f.source_index, f.target_index) for f in c.friction} <= pairs
    assert all(f.source is c.models[f.source_index] and f.target is c.models[f.target_index]
               for f in c.friction)


# --- price history -------------------------------------------------------------------------

def dated_route(when: dt.date | None, price: str) -> ProviderRoute:
    return ProviderRoute(provider="p", source="https://example.com", checked=dt.date(2026, 1, 1),
                         input=D(price), output=D(price), effective_from=when)


def test_cost_at_a_date_uses_the_price_in_force_then() -> None:
    history = (dated_route(dt.date(2025, 1, 1), "1"), dated_route(dt.date(2026, 1, 1), "0.5"))
    catalog = tiny_catalog(Model(id="a", name="A", routes=history),
                           Model(id="b", name="B", routes=(dated_route(None, "1"),)))
    before = compare("a", "b", catalog=catalog, as_of=dt.date(2025, 6, 1))
    after = compare("a", "b", catalog=catalog, as_of=dt.date(2026, 6, 1))
    assert before.cost.estimates[0].monthly == D(1050)
    assert after.cost.estimates[0].monthly == D(525)
    assert len(after.routes_of(0)) == 1
    assert after.as_of == dt.date(2026, 6, 1)


def test_a_model_whose_prices_all_start_later_has_no_estimate_and_says_why() -> None:
    catalog = tiny_catalog(
        Model(id="a", name="A", routes=(dated_route(dt.date(2030, 1, 1), "1"),)),
        Model(id="b", name="B"))
    c = compare("a", "b", catalog=catalog, as_of=dt.date(2026, 1, 1))
    assert c.cost.estimates[0].monthly is None
    assert c.cost.estimates[0].reason == (
        "no route in force on 2026-01-01 (every price starts later)")
    assert c.cost.estimates[1].reason == "no provider route in the catalog"


def test_as_of_accepts_a_datetime_as_its_date() -> None:
    c = compare("phi-2", "phi-4-mini", as_of=dt.datetime(2026, 6, 1, 12, 30))  # noqa: DTZ001
    assert c.as_of == dt.date(2026, 6, 1)
    assert type(c.as_of) is dt.date


# --- errors --------------------------------------------------------------------------------

def test_unknown_model_suggests_close_names() -> None:
    with pytest.raises(UnknownModelError) as info:
        compare("phi-2", "phi-4-mimi")
    assert "phi-4-mini" in info.value.suggestions
    assert "did you mean 'phi-4-mini'" in str(info.value)


@pytest.mark.parametrize(("a", "b"), [("phi-2", "phi-2"), ("phi-4-mini", "Phi-4-mini-instruct"),
                                      ("PHI 2", "microsoft/phi-2")])
def test_comparing_a_model_with_itself_is_an_error(a: str, b: str) -> None:
    with pytest.raises(ComparisonError, match="different models") as info:
        compare(a, b)
    assert isinstance(info.value, ValueError)


def test_comparing_a_model_object_with_itself_is_an_error() -> None:
    model = default_catalog().model("phi-2")
    with pytest.raises(ComparisonError, match="'phi-2' twice"):
        compare(model, "phi-4-mini", model)


@pytest.mark.parametrize("make", [
    lambda: compare("phi-2", "phi-4-mini", traffic=Traffic(input_tokens=-1)),
    lambda: compare("phi-2", "phi-4-mini", traffic=Traffic(output_tokens=10**16)),
    lambda: compare("phi-2", "phi-4-mini", traffic=Traffic(cached_share=D(2))),
    lambda: compare("phi-2", "phi-4-mini", blend=(0, 0)),
    lambda: compare("phi-2", "phi-4-mini", as_of="2026-01-32"),
])
def test_bad_options_are_clear_errors(make: Any) -> None:
    with pytest.raises(ComparisonError):
        make()


@pytest.mark.parametrize("make", [
    lambda: compare("phi-2", "phi-4-mini", traffic={"input_tokens": 1}),  # type: ignore[arg-type]
    lambda: compare("phi-2", "phi-4-mini", blend=3),  # type: ignore[arg-type]
    lambda: compare("phi-2", "phi-4-mini", blend=(0.7, 0.3)),  # type: ignore[arg-type]
    lambda: compare("phi-2", "phi-4-mini", as_of=2025),  # type: ignore[arg-type]
    lambda: compare("phi-2", "phi-4-mini", materiality=0.05),  # type: ignore[arg-type]
    lambda: compare("phi-2", "phi-4-mini", requires=[1]),  # type: ignore[list-item]
    lambda: compare("phi-2", "phi-4-mini", route_policy=3),  # type: ignore[arg-type]
])
def test_options_of_the_wrong_type_are_argument_errors(make: Any) -> None:
    """Review 41: these were ComparisonErrors (a ``ValueError``); a wrong type is an
    ArgumentError (a ``TypeError``), as the package's docstring says."""
    with pytest.raises(ArgumentError):
        make()


def test_unknown_capability_name_suggests_the_closest() -> None:
    with pytest.raises(ComparisonError, match=r"unknown capability 'structured_output'.*"
                                               r"did you mean 'structured_outputs'"):
        compare("phi-2", "phi-4-mini", requires=["structured_output"])


def test_hopeless_capability_name_lists_the_known_ones() -> None:
    with pytest.raises(ComparisonError, match="known: vision, multimodal"):
        parse_capabilities(["telepathy"])


@pytest.mark.parametrize("names", ["vision", Capability.VISION, ["Vision"], ("vision", "VISION")])
def test_capabilities_parse_from_one_name_or_many(names: Any) -> None:
    """A single name is one capability, not an iterable of letters."""
    assert parse_capabilities(names) == (Capability.VISION,)


# --- properties ----------------------------------------------------------------------------

@FAST
@given(catalog_and_pair(), traffics(), st.sampled_from([(7, 3), (3, 1), (1, 0)]),
       st.booleans(), st.sets(st.sampled_from(list(Capability)), max_size=2))
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_compare_a_b_mirrors_compare_b_a(pair: tuple[Catalog, str, str], traffic: Traffic,
                                          blend: tuple[int, int], include_free: bool,
                                          requires: set[Capability]) -> None:
    """Swapping the models swaps every per-model fact and flips every signed gap; nothing
    else changes."""
    catalog, a, b = pair
    options: dict[str, Any] = {"catalog": catalog, "traffic": traffic, "blend": blend,
                               "include_free": include_free, "requires": requires,
                               "as_of": AS_OF}
    assert mirror_view(compare(a, b, **options)) == mirror_view(compare(b, a, **options))


def test_bundled_pairs_mirror() -> None:
    for a, b in [("phi-2", "phi-4-mini"), ("phi-4", "llama-3.1-8b"), ("gemma-3-4b", "phi-3.5-moe"),
                 ("llama-3.1-8b", "phi-3.5-mini"), ("gemma-2-9b", "llama-3.1-8b")]:
        assert mirror_view(compare(a, b)) == mirror_view(compare(b, a))


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
@FAST
@given(catalog_and_pair(), traffics())
def test_no_float_reaches_a_comparison(pair: tuple[Catalog, str, str], traffic: Traffic) -> None:
    catalog, a, b = pair
    c = compare(a, b, catalog=catalog, traffic=traffic, as_of=AS_OF)
    assert list(float_paths(c)) == []
    assert all(v is None or type(v) is Decimal for v in money_values(c))


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
@FAST
@given(catalog_and_pair(), traffics())
def test_estimates_are_the_cheapest_eligible_route_or_a_reason(
        pair: tuple[Catalog, str, str], traffic: Traffic) -> None:
    """Never $0 for want of a route; never more than a route the policy counts costs.

    The default policy bills a closed-weight model with a route from its maker or a major
    cloud at the cheapest of those; each cheaper route it passes over is named.
    """
    catalog, a, b = pair
    c = compare(a, b, catalog=catalog, traffic=traffic, as_of=AS_OF)
    for i, estimate in enumerate(c.cost.estimates):
        # the maker's own API (a lab's API serving its own lab's model) or a cloud (review 8, G6)
        trusted = {p.id for p in catalog.providers
                   if served_tier(c.models[i], p) in (ProviderTier.FIRST_PARTY, ProviderTier.CLOUD)}
        rows = [r for r in c.routes_of(i) if r.eligible and r.monthly is not None]
        eligible = [r.monthly for r in rows if r.monthly is not None]
        counted = [r.monthly for r in rows if r.route.provider in trusted
                   and r.monthly is not None]
        if estimate.passed_over:
            assert estimate.model.open_weights is False
            assert estimate.monthly == min(counted)
            for name in estimate.passed_over:  # (a provider may list the model twice)
                assert any(r.monthly is not None and r.monthly < min(counted)
                           for r in rows if r.provider_name == name and r.route.provider
                           not in trusted), name
        elif eligible:
            assert estimate.monthly == min(eligible)
            assert estimate.reason is None
        else:
            assert estimate.monthly is None
            assert estimate.route is None
            assert estimate.reason
    known = [e.monthly for e in c.cost.estimates if e.monthly is not None]
    assert c.cost.gap == (max(known) - min(known) if len(known) == 2 else None)


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
@FAST
@given(catalogs(min_models=3, max_models=4), traffics())
def test_warm_results_equal_cold_results(catalog: Catalog, traffic: Traffic) -> None:
    """The per-catalog memo never changes an answer: a warm catalog and a fresh copy agree."""
    ids = [m.id for m in catalog.models]
    warm = [compare(a, b, catalog=catalog, traffic=traffic, as_of=AS_OF)
            for a, b in itertools.permutations(ids[:3], 2)]
    warm += [compare(*ids, catalog=catalog, traffic=traffic, as_of=AS_OF)]
    fresh = attrs.evolve(catalog)
    assert len(fresh._memo) == 0
    cold = [compare(a, b, catalog=fresh, traffic=traffic, as_of=AS_OF)
            for a, b in itertools.permutations(ids[:3], 2)]
    cold += [compare(*ids, catalog=fresh, traffic=traffic, as_of=AS_OF)]
    assert warm == cold
    again = [compare(a, b, catalog=catalog, traffic=traffic, as_of=AS_OF)
             for a, b in itertools.permutations(ids[:3], 2)]
    assert again == warm[:-1]


# --- per-model memo -------------------------------------------------------------------------

def test_repeated_comparison_is_a_new_equal_object() -> None:
    """Kept facts are reused, never the Comparison itself (its narrative is per object)."""
    catalog = attrs.evolve(default_catalog())
    first = compare("phi-2", "phi-4-mini", catalog=catalog)
    again = compare("phi-2", "phi-4-mini", catalog=catalog)
    assert again == first
    assert again is not first
    assert compare("phi-2", "phi-4-mini", catalog=catalog, blend=(3, 1)) != first


def test_the_catalog_memo_is_bounded() -> None:
    """Per-model work kept by a catalog never grows past its limit, and answers stay the same."""
    from phicompare.catalog.memo import ModelMemo

    catalog = attrs.evolve(default_catalog())
    object.__setattr__(catalog, "_memo", ModelMemo(limit=5))
    first = compare("phi-2", "phi-4-mini", catalog=catalog)
    for tokens in range(1, 20):
        compare("phi-2", "phi-4-mini", catalog=catalog, traffic=Traffic(input_tokens=tokens))
        assert len(catalog._memo) <= 5
    assert compare("phi-2", "phi-4-mini", catalog=catalog) == first


def test_the_memo_never_answers_with_another_keys_value_across_threads() -> None:
    """Lookups read without the lock while other threads insert and clear: each key's own value."""
    import threading

    from phicompare.catalog.memo import ModelMemo, Slot

    memo, slot = ModelMemo(limit=7), Slot[tuple[int, int]]("pair")
    models = [Model(id=f"m{k}", name=f"M{k}") for k in range(5)]
    wrong: list[tuple[int, int, tuple[int, int]]] = []

    def work(seed: int) -> None:
        for step in range(3_000):
            k, key = (seed + step) % 5, step % 11
            got = memo.get(slot, models[k], key, lambda k=k, key=key: (k, key))  # type: ignore[misc]
            if got != (k, key):
                wrong.append((k, key, got))

    threads = [threading.Thread(target=work, args=(seed,)) for seed in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
    assert len(memo) <= 7


def test_models_outside_the_catalog_compare_without_related() -> None:
    """Model objects the catalog does not hold: no neighbours to suggest, no error."""
    a = Model(id="mine-a", name="Mine A", context_window=4_096)
    b = Model(id="mine-b", name="Mine B", context_window=8_192)
    c = compare(a, b)
    assert c.related == ()
    assert c.cost.estimates[0].reason == "no provider route in the catalog"
    assert [f.kind for f in c.friction] == [FrictionKind.CONTEXT_SHRINK]


# --- the docs' worked examples -------------------------------------------------------------

DOCS = Path(__file__).parent.parent / "docs"


def doc(name: str) -> str:
    path = DOCS / name
    if not path.exists():
        pytest.skip(f"docs/{name} is not beside the tests (installed-wheel run)")
    return path.read_text(encoding="utf-8")


def test_cost_model_doc_quotes_the_computed_figures(reference: Catalog) -> None:
    """docs/cost-model.md's worked examples are what the code computes."""
    text = doc("cost-model.md")
    page = compare("phi-2", "phi-4-mini", catalog=reference)
    bundled = compare("phi-2", "phi-4-mini")
    (crossover,) = bundled.cost.crossovers
    figures = [f"${m:.2f}" for m in (page.cost.estimates[0].monthly,
                                     page.cost.estimates[1].monthly, page.cost.gap,
                                     bundled.cost.estimates[0].monthly,
                                     bundled.cost.estimates[1].monthly)]
    figures += [f"${e.blended}" for e in page.cost.estimates]
    figures += [f"{crossover.input_share}", f"{crossover.input_share * 100:.1f}% input"]
    missing = [f for f in figures if f not in text]
    assert missing == []


def test_statistics_doc_quotes_the_computed_intervals(reference: Catalog) -> None:
    """docs/benchmarks-statistics.md's intervals are what the code computes."""
    text = doc("benchmarks-statistics.md")
    rows = {r.benchmark.id: r for r in reference_alike(reference).benchmarks}
    mmlu = next(r for r in compare("phi-2", "phi-4-mini").benchmarks
                if r.benchmark.id == "oll-mmlu-pro")
    figures = [f"= {rows['mmlu'].pairs[0].interval_95} points",
               f"= {rows['gpqa'].pairs[0].interval_95} points",
               f"{mmlu.pairs[0].interval_95} points", f"gap {mmlu.pairs[0].gap}".replace("-", "−")]
    missing = [f for f in figures if f not in text]
    assert missing == []


def test_reprs_are_short_and_name_the_things() -> None:
    """A REPL shows a line, not the whole record (repr(c) was 57,000 characters)."""
    c = compare("phi-2", "phi-4-mini", as_of=AS_OF)
    assert repr(c).startswith("<Comparison Phi-2 vs Phi-4 Mini:")
    assert "phi-2 $" in repr(c)
    assert len(repr(c)) < 200
    catalog = default_catalog()
    assert repr(catalog) == (f"<Catalog: {len(catalog.models)} models, "
                             f"{len(catalog.providers)} providers, "
                             f"{len(catalog.benchmarks)} benchmarks>")
    assert repr(catalog.model("phi-2")).startswith("<Model 'phi-2': Phi-2,")
    bare = compare(Model(id="a", name="A"), Model(id="b", name="B"), as_of=AS_OF)
    assert "a unknown, b unknown" in repr(bare)


def test_model_support_takes_the_names_requires_takes() -> None:
    """Model.support() and compare(requires=...) accept the same strings and enums."""
    phi = default_catalog().model("phi-4-mini")
    for name in ("structured_outputs", "Structured outputs", "structured-outputs"):
        assert phi.support(name) is phi.support(Capability.STRUCTURED_OUTPUTS)
    with pytest.raises(ComparisonError, match="did you mean 'reasoning'"):
        phi.support("reasonin")
    with pytest.raises(ArgumentError, match="a capability is a Capability or its name"):
        phi.support(3)  # type: ignore[arg-type]


def test_lost_image_input_is_said_once_where_vision_is_lost() -> None:
    """Vision, multimodal and image input lost together are one fact: one friction item."""
    catalog = default_catalog()
    seeing = [m.id for m in catalog.models if "image" in m.input_modalities][:6]
    blind = ["phi-4-mini", "llama-3.1-8b", "mistral-7b-v0.3"]
    said = 0
    for a, b in itertools.product(seeing, blind):
        c = compare(a, b, as_of=dt.date(2026, 11, 25))
        for s, t in ((0, 1), (1, 0)):
            move = [(f.kind, f.subject) for f in c.friction
                    if (f.source_index, f.target_index) == (s, t)]
            lost = {subject for kind, subject in move if kind in {
                FrictionKind.CAPABILITY_LOST, FrictionKind.MODALITY_LOST}}
            if "vision" in lost:
                said += 1
                assert "image" not in lost, (a, b, move)
                if set(c.models[s].input_modalities) ^ set(c.models[t].input_modalities) == {
                        "image"}:
                    assert "multimodal" not in lost, (a, b, move)
        assert c.check() == []
    assert said > 3  # the rule was exercised
    # audio lost as well: multimodal is vision and audio together, each an item of its own, so
    # it is not a third (review 6, D10: the tradeoffs say it the same way)
    audio = Model(id="av", name="AV", input_modalities=("text", "image", "audio"),
                  capabilities=Capabilities(vision=True, multimodal=True))
    text = Model(id="t", name="T", input_modalities=("text",),
                 capabilities=Capabilities(vision=False, multimodal=False))
    moved = compare("av", "t", catalog=tiny_catalog(audio, text))
    assert {(f.kind, f.subject) for f in moved.friction if f.source_index == 0} >= {
        (FrictionKind.CAPABILITY_LOST, "vision"), (FrictionKind.MODALITY_LOST, "audio")}
    assert (FrictionKind.CAPABILITY_LOST, "multimodal") not in {
        (f.kind, f.subject) for f in moved.friction}


def test_no_route_carries_a_model_before_its_release() -> None:
    """Phi-4 Mini (released 2025-02-26) has no bill on a page dated 2024-06-01."""
    early = compare("phi-2", "phi-4-mini", as_of=dt.date(2024, 6, 1))
    estimate = early.cost.estimates[1]
    assert (estimate.monthly, estimate.reason) == (None, "not released until 2025-02-26")
    assert not any(r.eligible for r in early.routes_of(1))
    assert {r.reason for r in early.routes_of(1)} <= {
        "not released until 2025-02-26", "no published price"}
    assert early.cost.estimates[0].monthly is not None  # Phi-2 was out
    assert early.check() == []
    assert compare("phi-2", "phi-4-mini", as_of=dt.date(2025, 2, 26)).cost.estimates[1].monthly


def test_a_gap_shown_as_large_as_the_spread_is_within_it() -> None:
    """A spread of 3.65 prints as 3.7: a 3.7-point gap is not beyond it."""
    catalog = tiny_catalog(*_spread_models("56.35", "61", "57.3"))
    assert catalog.run_spread("b") == D("3.7")
    gap = compare("a", "b", catalog=catalog).benchmarks[0].pairs[0]
    assert (gap.gap, gap.beyond_spread, gap.higher_index) == (D("3.7"), False, None)


def test_a_third_model_keeps_a_pairs_shared_evaluation() -> None:
    """Phi-4 Mini and Phi-3.5 Mini read one Microsoft table whether Gemma 2 2B is there or not."""
    def comparable(c: Comparison, a: int, b: int) -> set[str]:
        return {row.benchmark.id for row in c.benchmarks for gap in row.pairs
                if {gap.a_index, gap.b_index} == {a, b} and gap.comparable}

    pair = compare("phi-4-mini", "phi-3.5-mini", as_of=dt.date(2026, 11, 25))
    for third in ("gemma-2-2b", "llama-3.2-3b", "phi-2"):
        trio = compare("phi-4-mini", "phi-3.5-mini", third, as_of=dt.date(2026, 11, 25))
        assert comparable(trio, 0, 1) == comparable(pair, 0, 1), third
        assert trio.check() == []
    assert {"math", "bbh", "gsm8k"} <= comparable(pair, 0, 1)


def test_a_page_dated_before_a_release_says_why_no_route_carries_it() -> None:
    """The deep dive gives the release date as the reason, and check() verifies it."""
    early = compare("phi-2", "phi-4-mini", as_of=dt.date(2024, 6, 1))
    page = early.to_markdown()
    assert "none carries it before its release on 2025-02-26" in page
    assert "none can carry this traffic" not in page
    assert early.check() == []
