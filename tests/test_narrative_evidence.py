"""Evidence rules of the narrative: evaluations, run spread, route flags, route lifecycle.

Each rule is tested twice: the generated page keeps it (``check()`` returns nothing), and a page
crafted to break it is caught by ``check()``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from phicompare import (
    Benchmark,
    BenchmarkScore,
    Capabilities,
    Catalog,
    CatalogError,
    Comparison,
    Model,
    ModelKind,
    Provider,
    ProviderRoute,
    RouteStatus,
    compare,
    load_catalog,
)
from phicompare.narrative.check import check_claims, resolve
from phicompare.narrative.claims import Claim, Evidence
from phicompare.narrative.paths import FactPath

from .helpers import write_catalog

DAY = dt.date(2026, 11, 25)
URL = "https://example.com/prices"


def _route(provider: str, price: str, **extra: object) -> ProviderRoute:
    return ProviderRoute(provider=provider, input=Decimal(price), output=Decimal(price), source=URL,
                         checked=extra.pop("checked", DAY), **extra)  # type: ignore[arg-type]


def _score(value: str, evaluation: str) -> BenchmarkScore:
    return BenchmarkScore(benchmark="b", score=Decimal(value), setting="5-shot",
                          evaluation=evaluation)


def catalog(a_scores: tuple[BenchmarkScore, ...] = (_score("70", "one"),),
            b_scores: tuple[BenchmarkScore, ...] = (_score("50", "two"),),
            a_routes: tuple[ProviderRoute, ...] = (_route("p", "1"),),
            b_routes: tuple[ProviderRoute, ...] = (_route("q", "2"),)) -> Catalog:
    """Two models A and B, and R whose two runs on benchmark B differ by 4 points."""
    runs = Model(id="r", name="R", scores=(_score("60", "one"), _score("56", "two")))
    a = Model(id="a", name="A", kind=ModelKind.BASE, scores=a_scores, routes=a_routes)
    b = Model(id="b", name="B", kind=ModelKind.INSTRUCT, scores=b_scores, routes=b_routes)
    return Catalog(models=(a, b, runs),
                   providers=(Provider(id="p", name="P"), Provider(id="q", name="Q"),
                              Provider(id="s", name="S")),
                   benchmarks=(Benchmark(id="b", name="Bench", items=1000),))


def page(cat: Catalog) -> Comparison:
    return compare("a", "b", catalog=cat, as_of=DAY)


def texts(c: Comparison) -> str:
    return " ".join(claim.text for claim in c.narrative.claims())


def with_claim(c: Comparison, text: str, *paths: str) -> list[str]:
    """``check()`` over the page with one more tradeoff, quoting ``paths``."""
    evidence = tuple(Evidence(FactPath(p), _value(c, p)) for p in paths)
    narrative = attrs.evolve(c.narrative, tradeoffs=(
        *c.narrative.tradeoffs, Claim(key="crafted", text=text, evidence=evidence)))
    return check_claims(narrative, c)


def _value(c: Comparison, path: str) -> object:
    return resolve(c, path)


def test_scores_from_two_evaluations_are_a_direction_not_a_lead() -> None:
    """A 20-point gap across evaluations: "higher ... different evaluations", no lead."""
    c = page(catalog())
    gap = c.benchmarks[0].pairs[0]
    assert (gap.comparable, gap.evaluations_differ, gap.beyond_spread) == (False, True, True)
    prose = texts(c)
    assert ("A's score is higher (70.0 against B's 50.0), but the two come from different "
            "evaluations (spread between runs: 4.0 points)") in prose
    assert "A leads" not in prose
    assert c.check() == []


def test_check_catches_a_directly_comparable_claim_across_evaluations() -> None:
    c = page(catalog())
    path = "benchmarks[0].pairs[0].gap"
    problems = with_claim(c, "On Bench, A leads B 70.0 to 50.0, outside the sampling noise.", path)
    assert any("not comparable" in p for p in problems)
    problems = with_claim(c, "Bench scores of A and B are directly comparable.", path)
    assert any("not comparable" in p for p in problems)
    assert with_claim(c, "Bench scores of A and B are not directly comparable.", path) == []


def test_a_gap_within_the_run_spread_is_no_difference() -> None:
    """A 3-point gap across evaluations, under the 4-point spread: no difference can be read."""
    c = page(catalog(a_scores=(_score("53", "one"),)))
    assert c.benchmarks[0].pairs[0].beyond_spread is False
    assert ("no larger than the 4.0-point spread between runs of one model: no difference can be "
            "read") in texts(c)
    assert c.check() == []
    problems = with_claim(c, "A's score is higher (53.0 against B's 50.0).",
                          "benchmarks[0].pairs[0].gap")
    assert any("within the spread between runs" in p for p in problems)


def test_one_evaluation_compares_directly() -> None:
    c = page(catalog(b_scores=(_score("50", "one"),)))
    assert c.benchmarks[0].pairs[0].significant is True
    assert "On Bench (5-shot), A leads B 70.0 to 50.0" in texts(c)
    assert c.check() == []


def test_route_flags_are_the_routes_offer_not_the_models_feature() -> None:
    """Structured outputs on one of A's two routes: "P offers ... for A; S does not list it"."""
    flagged = attrs.evolve(_route("p", "1"), capabilities=Capabilities(structured_outputs=True))
    c = page(catalog(a_routes=(flagged, _route("s", "1.5"))))
    row = next(r for r in c.capabilities if r.capability.value == "structured_outputs")
    assert row.documented[0] is None
    assert row.offered_by[0] == ("P",)
    assert row.not_listed_by[0] == ("S",)
    assert row.route_only == (True, False)
    prose = texts(c)
    assert "P offers structured outputs for A; S does not list it" in prose
    assert "A documents structured outputs" not in prose
    assert c.check() == []
    k = c.capabilities.index(row)
    problems = with_claim(c, "A documents structured outputs.", f"capabilities[{k}].support[0]")
    assert any("route's flag" in p for p in problems)


def test_a_retired_route_is_not_priced_and_one_retiring_soon_is_flagged() -> None:
    retired = _route("p", "1", retires=DAY - dt.timedelta(days=1))
    soon = _route("s", "3", retires=DAY + dt.timedelta(days=30))
    c = page(catalog(a_routes=(retired, soon)))
    rows = [r for r in c.routes if r.model_index == 0]
    assert rows[0].reason == f"retired on {(DAY - dt.timedelta(days=1)).isoformat()}"
    assert rows[0].monthly is None
    assert rows[1].days_to_retirement == 30
    assert c.cost.estimates[0].provider_name == "S"
    prose = texts(c)
    assert "(the route retires on 2026-12-25)" in prose
    # the route behind the bill: said in the cost section alone, not again in the deep dive
    assert "S's route for A retires on 2026-12-25" not in prose
    assert c.check() == []
    dearer = _route("t", "9", retires=DAY + dt.timedelta(days=60))  # another route retiring
    c = page(catalog(a_routes=(retired, soon, dearer)))
    # the route that bills A next retires too: dated beside it, not again (review 35, #4)
    assert ("Once S's route behind A's bill retires, the bill would be $9,450.00 a month on t, "
            "whose route retires on 2027-01-24.") in texts(c)
    assert "t's route for A retires" not in texts(c)
    # A page that prices the retired route anyway is caught.
    estimate = attrs.evolve(c.cost.estimates[0], route=retired)
    broken = attrs.evolve(c, cost=attrs.evolve(c.cost, estimates=(
        estimate, c.cost.estimates[1])))
    assert any("prices a route retired" in p for p in broken.check())


def test_prices_are_as_last_checked_and_old_checks_are_flagged() -> None:
    old = _route("p", "1", checked=DAY - dt.timedelta(days=200))
    c = page(catalog(a_routes=(old,)))
    prose = texts(c)
    assert "prices as last checked on 2026-05-09 (more than 180 days before 2026-11-25)" in prose
    # the bill's route is listed too, marked (review 7, F33)
    assert ("Prices for A checked more than 180 days before 2026-11-25: P (2026-05-09, the route "
            "behind the bill).") in prose
    assert "in force" not in prose
    assert c.check() == []
    problems = with_claim(c, "Prices in force on 2026-11-25.", "as_of")
    assert any("in force" in p for p in problems)


def test_unverified_routes_are_said_to_be_so() -> None:
    c = page(catalog(a_routes=(_route("p", "1", status="unverified"),)))
    assert ("P listed A once, and no newer source confirms it: that route may have been "
            "retired.") in texts(c)
    assert c.check() == []


def test_switching_between_a_base_and_an_instruction_tuned_model_is_friction() -> None:
    c = page(catalog())
    kinds = [f for f in c.friction if f.kind.value == "kind-change"]
    assert [(f.before, f.after) for f in kinds] == [("base", "instruct"), ("instruct", "base")]
    prose = texts(c)
    assert ("A is a base model (no chat template, no tool format) and B an instruction-tuned "
            "model") in prose
    spec = next(s for s in c.specs if s.field == "kind")
    assert spec.values == ("base", "instruct")


def test_the_phi_2_page_says_phi_2_is_a_base_model() -> None:
    c = compare("phi-2", "phi-4-mini")
    assert "Phi-2 is a base model (no chat template, no tool format)" in texts(c)
    assert "Phi-4 Mini documents structured outputs" not in texts(c)
    assert ("OpenRouter, Weights & Biases Inference and Kilo Gateway offer structured outputs "
            "for Phi-4 Mini; Microsoft Foundry") in texts(c)


@pytest.mark.parametrize("pair", [("phi-2", "phi-4-mini"), ("gemma-2-9b", "phi-3-medium-4k"),
                                  ("phi-3.5-mini", "llama-3.2-3b")])
def test_no_lead_across_evaluations_on_bundled_pages(pair: tuple[str, str]) -> None:
    """Every lead a bundled page states rests on a comparable pair."""
    c = compare(*pair)
    for row in c.benchmarks:
        for gap in row.pairs:
            if gap.evaluations_differ:
                assert gap.leader_index is None
    assert c.check() == []


def test_importing_the_run_spread_median_for_a_benchmark_without_runs() -> None:
    cat = catalog()
    assert cat.run_spread("b") == Decimal("4")
    assert Catalog(benchmarks=(Benchmark(id="b", name="Bench"),)).run_spread("b") is None


GOOD = """
[[models]]
id = "m"
name = "M"
kind = "base"
kind_source = "https://example.com/card"

[[models.scores]]
benchmark = "b1"
score = 50
evaluation = "vendor-table"

[[models.routes]]
provider = "p1"
input = 1
output = 1
status = "unverified"
deprecated = 2026-10-01
retires = 2027-01-17
source = "https://example.com/prices"
checked = 2026-11-20
"""


def test_the_new_catalog_keys_load(tmp_path: Path) -> None:
    model = load_catalog(write_catalog(tmp_path, GOOD)).model("m")
    assert model.kind is ModelKind.BASE
    assert model.scores[0].evaluation == "vendor-table"
    assert model.routes[0].status is RouteStatus.UNVERIFIED
    assert model.routes[0].retires == dt.date(2027, 1, 17)


@pytest.mark.parametrize(("old", "new", "path", "message"), [
    ('evaluation = "vendor-table"', 'evaluation = " "', "models[0].scores[0].evaluation",
     "must not be empty"),
    ('kind = "base"', 'kind = "foundation"', "models[0].kind", "foundation"),
    ("retires = 2027-01-17", "retires = 2026-01-17", "models[0].routes[0].retires = 2026-01-17",
     "is before deprecated (2026-10-01)"),  # the key and its value (review 27, P8)
    ('status = "unverified"', 'status = "maybe"', "models[0].routes[0].status", "maybe"),
])
def test_bad_values_of_the_new_keys_name_their_key(tmp_path: Path, old: str, new: str,
                                                   path: str, message: str) -> None:
    with pytest.raises(CatalogError) as caught:
        load_catalog(write_catalog(tmp_path, GOOD.replace(old, new)))
    text = str(caught.value)
    assert path in text
    assert message in text


def test_tables_read_cross_evaluation_gaps() -> None:
    """The benchmark table says "different evaluations" with the run spread, or that it is
    unknown."""
    assert ("A higher (separate evaluations, beyond the run spread of 4.0)"
            in page(catalog()).to_markdown())
    assert ("within the run spread of 4.0 (separate evaluations)"
            in page(catalog(a_scores=(_score("53", "one"),))).to_markdown())
    cat = catalog()
    lone = Catalog(models=cat.models[:2], providers=cat.providers, benchmarks=cat.benchmarks)
    c = page(lone)
    assert "separate evaluations, run spread unknown" in c.to_markdown()
    assert "no repeated run measures how far runs differ, so the gap cannot be judged" in texts(c)
    assert c.check() == []


@pytest.mark.parametrize(("models", "free", "day"), [
    # (dated the day before Microsoft Foundry retired Phi-3.5 MoE's only priced route)
    (("phi-3.5-moe", "phi-3.5-vision", "phi-4-mini-reasoning", "phi-4-mini"), False,
     dt.date(2025, 8, 29)),
    # (Phi-1, Phi-2 and the Phi-3 Mediums with include_free did too, on the Mediums' free tiers,
    # which are no price: tests/test_free_tier_prose.py)
    (("phi-3-mini-128k", "gemma-4-31b-meromero", "llama-3.1-8b-cs", "phi-3.5-vision"), False,
     dt.date(2026, 11, 25)),
])
def test_a_lower_bill_than_the_priced_models_quotes_no_share_it_does_not_print(
        models: tuple[str, ...], free: bool, day: dt.date) -> None:
    # Some model has no estimate and several are close to the lowest bill: the verdict's
    # phrase is "a lower bill than ...", which prints no materiality share, so its evidence
    # must quote none (check() used to fail: "does not show '5%'").
    c = compare(*models, include_free=free, as_of=day)
    assert any(e.monthly is None for e in c.cost.estimates)
    assert len(c.cost.close_indexes) > 1
    assert any("a lower bill than" in claim.text for claim in c.narrative.verdict)
    assert c.check() == []
