"""estimate(): one model's cost without a partner, the same as compare() gives; provider filters."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from phicompare import (
    Catalog,
    ComparisonError,
    Model,
    ModelCost,
    Traffic,
    UnknownModelError,
    compare,
    default_catalog,
    estimate,
)
from phicompare.analysis.estimate import make_terms
from phicompare.exceptions import ArgumentError

from .strategies import AS_OF, PROVIDERS, catalog_and_pair, exact_traffics, traffics

DAY = dt.date(2026, 11, 25)
REQUESTS = Traffic.from_requests(per_day=1_000, input_tokens=3_000, output_tokens=500)


@pytest.mark.parametrize(("model", "options", "provider", "monthly"), [
    ("phi-2", {}, "Fireworks AI", Decimal("105.00")),
    ("phi-4-mini", {}, "Microsoft Foundry", Decimal("135.00")),
    ("phi-4-mini", {"exclude_providers": ["azure-foundry"]}, "Kilo Gateway", Decimal("151.50")),
    ("phi-4-mini", {"providers": ["OpenRouter"]}, "OpenRouter", Decimal("151.50")),
    ("phi-4-mini", {"providers": ["nvidia-nim"], "include_free": True},
     "NVIDIA NIM (API catalog)", Decimal(0)),
    ("phi-4-mini", {"traffic": REQUESTS, "requires": ["structured_outputs"]}, "Kilo Gateway",
     Decimal("12.45")),
    ("llama-3.2-3b", {"blend": (3, 1)}, "Lambda Inference API", Decimal("18.250")),
])
def test_estimates_of_bundled_models(model: str, options: dict[str, object], provider: str,
                                     monthly: Decimal) -> None:
    """The cheapest eligible route and its bill, under each option."""
    cost = estimate(model, as_of=DAY, **options)  # type: ignore[arg-type]
    assert (cost.provider_name, cost.monthly) == (provider, monthly)
    assert cost.estimate.route is cost.route


@pytest.mark.parametrize(("options", "reason"), [
    ({"providers": ["nvidia-nim"]}, "NVIDIA NIM (API catalog): free tier"),
    ({"exclude_providers": ["azure-foundry", "openrouter", "wandb", "kilo", "nano-gpt"]},
     ("(Microsoft Foundry, OpenRouter, Weights & Biases Inference, Kilo Gateway and NanoGPT: "
      "provider excluded; NVIDIA NIM (API catalog): free tier, not counted unless free tiers are "
      "included; GitHub Models: retired on 2026-07-30)")),
    ({"providers": ["fireworks"]}, ("Kilo Gateway, NanoGPT, NVIDIA NIM (API catalog) and GitHub "
                                    "Models: provider not among those allowed)")),  # once each
])
def test_no_estimate_says_why_route_by_route(options: dict[str, object], reason: str) -> None:
    """A filtered-out route is listed as ineligible with its reason; no estimate is never $0."""
    cost = estimate("phi-4-mini", as_of=DAY, **options)  # type: ignore[arg-type]
    assert cost.monthly is None
    assert cost.reason is not None
    assert reason in cost.reason
    assert repr(cost).startswith("<ModelCost phi-4-mini: no estimate")


def test_a_model_without_routes_has_no_estimate() -> None:
    cost = estimate("phi-1", as_of=DAY)
    assert (cost.monthly, cost.route, cost.provider_name) == (None, None, None)
    assert cost.reason == "no provider route in the catalog"
    assert cost.routes == ()


def test_estimate_records_its_options() -> None:
    cost = estimate("phi-4-mini", REQUESTS, requires=["function calling"], as_of=DAY,
                    providers=["Kilo Gateway", "openrouter"], exclude_providers="nvidia-nim")
    assert cost.requires[0].value == "function_calling"
    assert cost.providers == ("kilo", "openrouter")
    assert cost.exclude_providers == ("nvidia-nim",)
    assert (cost.traffic, cost.as_of, cost.blend) == (REQUESTS, DAY, (7, 3))
    assert isinstance(cost, ModelCost)


@pytest.mark.parametrize(("options", "message"), [
    ({"providers": ["openroute"]}, "unknown provider 'openroute'; did you mean 'openrouter'"),
    ({"exclude_providers": ["no-such-cloud"]}, "unknown provider 'no-such-cloud'"),
    # none close: said so, not every id (review 8, G20)
    ({"providers": ["zzzz"]}, "unknown provider 'zzzz'; no provider id or name is close to it"),
    # the closest id, not all of them (review 8, G20: 'azure' printed about 140 ids)
    ({"providers": ["azure"]}, "unknown provider 'azure'; did you mean 'azure-foundry'?"),
    ({"exclude_providers": ["Microsoft"]}, "did you mean 'azure-foundry'?"),
    ({"requires": ["structured output"]}, "did you mean 'structured_outputs'"),
    ({"blend": (0, 0)}, "blend is (input weight, output weight)"),
    ({"as_of": "01/01/2026"}, "as_of must be a date or its ISO text"),
])
def test_bad_options_are_one_typed_error(options: dict[str, object], message: str) -> None:
    with pytest.raises(ComparisonError) as err:
        estimate("phi-4-mini", **options)  # type: ignore[arg-type]
    assert message in str(err.value)


def test_a_traffic_of_the_wrong_type_is_an_argument_error() -> None:
    """Review 40: a dict or the command line's text for ``traffic`` was a ComparisonError (a
    ``ValueError``); a wrong type is an ArgumentError (a ``TypeError``), as the package says."""
    for traffic in ({"input_tokens": 1}, "800M:250M"):
        with pytest.raises(ArgumentError, match="traffic must be a Traffic, got "):
            estimate("phi-4-mini", traffic=traffic)  # type: ignore[arg-type]


def test_a_provider_that_is_no_name_is_an_argument_error() -> None:
    """Review 42: ``providers=[3]`` was a ComparisonError while ``requires=[1]`` was not."""
    with pytest.raises(ArgumentError, match="providers: a provider is named by its id, got 3"):
        estimate("phi-4-mini", providers=[3])  # type: ignore[list-item]
    with pytest.raises(ArgumentError, match="id is text, got int 5"):
        Model(id=5, name="Five")  # type: ignore[arg-type]


def test_unknown_model_suggests() -> None:
    with pytest.raises(UnknownModelError, match="did you mean 'phi-4-mini'"):
        estimate("phi-4-mimi")


@pytest.mark.parametrize(("min_context", "error"), [
    (0, ComparisonError), (-1, ComparisonError),
    (True, ArgumentError), ("128K", ArgumentError)])  # a wrong type (review 41)
def test_min_context_must_be_positive_tokens(min_context: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="min_context"):
        make_terms(default_catalog(), traffic=None, requires=(), include_free=False, as_of=None,
                   blend=None, providers=None, exclude_providers=(),
                   min_context=min_context)  # type: ignore[arg-type]


def test_compare_filters_mark_routes_and_change_the_pick() -> None:
    """compare() takes the same provider filters; without them the output is unchanged."""
    plain = compare("phi-2", "phi-4-mini", as_of=DAY)
    assert compare("phi-2", "phi-4-mini", as_of=DAY, providers=None, exclude_providers=()) == plain
    filtered = compare("phi-2", "phi-4-mini", as_of=DAY, exclude_providers=["Microsoft Foundry"])
    assert filtered.estimate("phi-4-mini").provider_name == "Kilo Gateway"
    reasons = {r.provider_name: r.reason for r in filtered.routes_of("phi-4-mini")}
    assert reasons["Microsoft Foundry"] == "provider excluded"
    assert filtered.check() == []


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalog_and_pair(), traffics(), st.booleans(),
       st.sets(st.sampled_from([p.id for p in PROVIDERS])),
       st.one_of(st.none(), st.sets(st.sampled_from([p.id for p in PROVIDERS]))))
def test_estimate_equals_the_estimate_compare_gives(
        found: tuple[Catalog, str, str], traffic: Traffic, free: bool, excluded: set[str],
        allowed: set[str] | None) -> None:
    """Property: estimate(m) is compare(m, other)'s estimate of m at the same options."""
    catalog, a, b = found
    options = {"catalog": catalog, "traffic": traffic, "include_free": free, "as_of": AS_OF,
               "exclude_providers": excluded, "providers": allowed}
    if allowed and allowed <= excluded:  # every provider allowed excluded too: refused alike
        with pytest.raises(ArgumentError, match="no provider is left"):
            compare(a, b, **options)  # type: ignore[arg-type]
        with pytest.raises(ArgumentError, match="no provider is left"):
            estimate(a, **options)  # type: ignore[arg-type]
        return
    pair = compare(a, b, **options)  # type: ignore[arg-type]
    for model_id in (a, b):
        alone = estimate(model_id, **options)  # type: ignore[arg-type]
        together = pair.estimate(model_id)
        assert alone.estimate == attrs.evolve(together, model_index=0)
        assert [attrs.evolve(r, model_index=0) for r in pair.routes_of(model_id)] == list(
            alone.routes)
        for row in alone.routes:
            if row.route.provider in excluded or (allowed is not None
                                                   and row.route.provider not in allowed):
                assert not row.eligible


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalog_and_pair(), exact_traffics(), st.integers(2, 7))
def test_cost_is_linear_in_tokens(found: tuple[Catalog, str, str], traffic: Traffic,
                                  factor: int) -> None:
    """Property: k times the traffic costs k times as much, on the same route (or none)."""
    catalog, a, _ = found
    once = estimate(a, traffic, catalog=catalog, as_of=AS_OF)
    more = estimate(a, traffic.scaled(factor), catalog=catalog, as_of=AS_OF)
    if once.monthly is None:
        assert more.monthly is None
    else:
        assert more.monthly == once.monthly * factor
        assert more.provider_name == once.provider_name
