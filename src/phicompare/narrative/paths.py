"""Typed paths to the facts of a comparison, for evidence and checks.

A claim names each fact it rests on by its attribute path in the
:class:`~phicompare.Comparison` (``cost.estimates[0].monthly``), which
:func:`~phicompare.narrative.check.resolve` follows again. Every path the narrative quotes is
built here: one function per kind of fact, its field a ``Literal`` (so mypy rejects
``estimate(0, "score")``), its result a :data:`FactPath` (so mypy rejects a hand-written string
where a path is expected).

Examples:
    >>> estimate(0, "monthly"), pair(3, 0, "significant")
    ('cost.estimates[0].monthly', 'benchmarks[3].pairs[0].significant')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NewType, cast

__all__ = [
    "AS_OF",
    "BENCHMARKS",
    "CLOSE",
    "COST_GAP",
    "COST_SHOWN_GAP",
    "FREE",
    "INCLUDE_FREE",
    "MATERIALITY",
    "PRICED_CLOSE",
    "BenchmarkField",
    "CapabilityField",
    "EstimateField",
    "FactPath",
    "FrictionField",
    "ModelField",
    "PairField",
    "PricedField",
    "ProvenanceField",
    "RelatedField",
    "RouteField",
    "ScoreField",
    "TrafficField",
    "UsageField",
    "after_retirement",
    "benchmark",
    "blend",
    "capability",
    "capability_source",
    "crossover_share",
    "estimate",
    "estimate_line",
    "estimate_note",
    "friction",
    "input_modality",
    "model",
    "model_score",
    "model_source",
    "near_chance",
    "other_run",
    "pair",
    "pair_score",
    "passed_bill",
    "priced",
    "provenance",
    "related",
    "requirement",
    "route",
    "route_usage",
    "score",
    "score_field",
    "score_record",
    "source_secondhand",
    "source_url",
    "traffic",
    "undercuts",
    "unsourced_label",
    "usage",
]

FactPath = NewType("FactPath", str)
"""An attribute path into a comparison, made by this module's functions."""

_path = cast("Callable[[str], FactPath]", str)
"""``FactPath`` at run time: ``str`` returns the very string (``NewType``'s call is a Python
function, a few hundred paths a page)."""

ModelField = Literal["id", "name", "vendor", "vendor_inferred", "parameters_b", "released",
                     "license", "context_window", "max_output_tokens", "open_weights", "routes",
                     "max_input_tokens",
                     "kind", "input_modalities", "sources"]
BenchmarkField = Literal["id", "label", "category", "items", "chance"]
PairField = Literal["gap", "shown_gap", "interval_95", "comparable", "significant", "reason",
                    "evaluations_differ", "evaluations_unknown", "settings_unknown",
                    "run_spread", "beyond_spread",
                    "spread_floored"]
RouteField = Literal["provider_name", "eligible", "route.provider", "route.status",
                     "route.checked", "route.retires", "days_to_retirement", "checked_days_ago",
                     "monthly", "reason", "stale", "tier_unlisted", "unfit", "context_window",
                     "deprecated", "route.deprecated", "route.max_output_tokens",
                     "max_output_tokens", "route.source", "maker", "route.limits", "model_index",
                     "route.effective_from"]
EstimateField = Literal["monthly", "reason", "provider_name", "blended", "route", "route.input",
                        "route.output", "choice", "route.checked", "route.retires",
                        "passed_over", "input_price", "output_price", "fallback",
                        "route.status", "reseller_bill", "passed_bills[0].provider_name",
                        "passed_bills[0].monthly", "below_maker", "maker_bill.provider_name",
                        "maker_bill.monthly", "maker_bill.input_price",
                        "maker_bill.output_price", "passed_bills[0].input_price",
                        "passed_bills[0].output_price", "route.limits",
                        "route.max_output_tokens", "route.context_window",
                        "route.effective_from", "passed_bills[0].checked",
                        "passed_bills[0].effective_from"]
UsageField = Literal["kind", "allowed", "traffic", "exceeded", "window", "cap",
                     "cap_allowed"]
"""The fields of one recorded usage limit beside the traffic (``analysis/usage.py``)."""
PricedField = Literal["monthly", "provider_name", "fallback", "reseller_bill", "route.status",
                      "route.max_output_tokens", "route.context_window"]
"""The fields the narrative quotes of a free-tier-billed model's priced estimate."""
TrafficField = Literal["input_tokens", "output_tokens", "cached_share", "cache_write_share",
                       "batch_share", "requests", "cache_write_1h_share", "at", "weekday",
                       "request_tokens", "request_output_tokens", "request_input_tokens"]
ScoreField = Literal["setting", "evaluation_key", "self_reported"]
ModelScoreField = Literal["score", "setting", "self_reported"]
FrictionField = Literal["kind", "subject", "before", "after", "amount"]
RelatedField = Literal["reason", "models[1]"]
ProvenanceField = Literal["oldest_check", "newest_check", "sources"]

AS_OF = FactPath("as_of")
"""The comparison date: the routes in service then, at their prices as last checked."""
INCLUDE_FREE = FactPath("include_free")
"""Whether free tiers may carry the traffic."""
BENCHMARKS = FactPath("benchmarks")
"""Every benchmark row (a claim about their absence quotes the empty tuple)."""
COST_GAP = FactPath("cost.gap")
"""The monthly gap between the dearest and the cheapest estimate."""
COST_SHOWN_GAP = FactPath("cost.shown_gap")
"""That gap between the bills as shown, each to the cent."""
MATERIALITY = FactPath("cost.materiality")
"""The share of the lowest bill under which a gap is "about the same cost"."""
CLOSE = FactPath("cost.close_indexes")
"""The models whose bill is within the materiality threshold of the lowest."""
FREE = FactPath("cost.free_indexes")
"""The models whose bill is on a free tier: no price."""
PRICED_CLOSE = FactPath("cost.priced_close_indexes")
"""The models whose bill is a price within the materiality threshold of the lowest price."""


def undercuts(i: int) -> FactPath:
    """The models whose priced bill is materially above model ``i``'s (review 10, I10).

    Examples:
        >>> undercuts(1)
        'cost.undercuts[1]'
    """
    return _path(f"cost.undercuts[{i}]")


def model(i: int, field: ModelField) -> FactPath:
    """A field of the ``i``-th model compared.

    Examples:
        >>> model(1, "context_window")
        'models[1].context_window'
    """
    return _path(f"models[{i}].{field}")


def input_modality(i: int, j: int) -> FactPath:
    """The ``j``-th input modality of the ``i``-th model compared.

    Examples:
        >>> input_modality(1, 2)
        'models[1].input_modalities[2]'
    """
    return _path(f"models[{i}].input_modalities[{j}]")


def model_source(i: int, j: int) -> FactPath:
    """The ``j``-th source of the ``i``-th model compared.

    Examples:
        >>> model_source(0, 1)
        'models[0].sources[1]'
    """
    return _path(f"models[{i}].sources[{j}]")


def benchmark(k: int, field: BenchmarkField) -> FactPath:
    """A field of the benchmark of the ``k``-th benchmark row.

    Examples:
        >>> benchmark(2, "label")
        'benchmarks[2].benchmark.label'
    """
    return _path(f"benchmarks[{k}].benchmark.{field}")


def score(k: int, i: int) -> FactPath:
    """Model ``i``'s score on the ``k``-th benchmark row.

    Examples:
        >>> score(2, 0)
        'benchmarks[2].scores[0].score'
    """
    return _path(f"benchmarks[{k}].scores[{i}].score")


def model_score(i: int, j: int, field: ModelScoreField = "score") -> FactPath:
    """A field of the ``j``-th score record of the ``i``-th model (shown or not in a row).

    Examples:
        >>> model_score(0, 3)
        'models[0].scores[3].score'
    """
    return _path(f"models[{i}].scores[{j}].{field}")


def other_run(k: int, i: int, j: int) -> FactPath:
    """Model ``i``'s ``j``-th other run on the ``k``-th benchmark row, under its shown setting.

    Examples:
        >>> other_run(2, 1, 0)
        'benchmarks[2].other_runs[1][0].score'
    """
    return _path(f"benchmarks[{k}].other_runs[{i}][{j}].score")


def score_record(k: int, i: int) -> FactPath:
    """Model ``i``'s score record on the ``k``-th benchmark row: ``None`` where it has none.

    Examples:
        >>> score_record(2, 0)
        'benchmarks[2].scores[0]'
    """
    return _path(f"benchmarks[{k}].scores[{i}]")


def score_field(k: int, i: int, field: ScoreField) -> FactPath:
    """A field of model ``i``'s score on the ``k``-th benchmark row, beside its figure.

    Examples:
        >>> score_field(2, 0, "setting")
        'benchmarks[2].scores[0].setting'
    """
    return _path(f"benchmarks[{k}].scores[{i}].{field}")


def near_chance(k: int, i: int) -> FactPath:
    """Whether model ``i``'s score on the ``k``-th row is within noise of chance.

    Examples:
        >>> near_chance(2, 1)
        'benchmarks[2].near_chance[1]'
    """
    return _path(f"benchmarks[{k}].near_chance[{i}]")


def pair_score(k: int, p: int, side: Literal["a_score", "b_score"],
               field: ScoreField | Literal["score"]) -> FactPath:
    """A field of the score the ``p``-th pair reads on row ``k`` where it is not its column's.

    Examples:
        >>> pair_score(2, 1, "b_score", "score")
        'benchmarks[2].pairs[1].b_score.score'
    """
    return _path(f"benchmarks[{k}].pairs[{p}].{side}.{field}")


def pair(k: int, p: int, field: PairField) -> FactPath:
    """A field of the ``p``-th pair of scores (a gap) on the ``k``-th benchmark row.

    Examples:
        >>> pair(2, 0, "interval_95")
        'benchmarks[2].pairs[0].interval_95'
    """
    return _path(f"benchmarks[{k}].pairs[{p}].{field}")


def route(k: int, field: RouteField) -> FactPath:
    """A field of the ``k``-th route row.

    Examples:
        >>> route(4, "route.provider")
        'routes[4].route.provider'
    """
    return _path(f"routes[{k}].{field}")


def capability(k: int, i: int) -> FactPath:
    """Model ``i``'s support on the ``k``-th capability row.

    Examples:
        >>> capability(0, 1)
        'capabilities[0].support[1]'
    """
    return _path(f"capabilities[{k}].support[{i}]")


CapabilityField = Literal["documented", "offered_by", "not_listed_by"]


def capability_source(k: int, field: CapabilityField, i: int) -> FactPath:
    """Where model ``i``'s capability on the ``k``-th row comes from: its own flag or routes.

    Examples:
        >>> capability_source(0, "offered_by", 1)
        'capabilities[0].offered_by[1]'
    """
    return _path(f"capabilities[{k}].{field}[{i}]")


def estimate(i: int, field: EstimateField) -> FactPath:
    """A field of model ``i``'s cost estimate.

    Examples:
        >>> estimate(1, "route.output")
        'cost.estimates[1].route.output'
    """
    return _path(f"cost.estimates[{i}].{field}")


def passed_bill(i: int, k: int,
                field: Literal["provider_name", "monthly", "input_price", "output_price",
                               "checked", "effective_from"]) -> FactPath:
    """A field of the ``k``-th lower listing model ``i``'s bill passed over.

    Examples:
        >>> passed_bill(0, 3, "monthly")
        'cost.estimates[0].passed_bills[3].monthly'
    """
    return _path(f"cost.estimates[{i}].passed_bills[{k}].{field}")


def after_retirement(i: int,
                     field: Literal["monthly", "provider_name", "route.retires",
                                    "fallback"]) -> FactPath:
    """A field of model ``i``'s estimate on the day its bill's route retires.

    Examples:
        >>> after_retirement(0, "monthly")
        'cost.after_retirement[0].monthly'
    """
    return _path(f"cost.after_retirement[{i}].{field}")


def priced(k: int, field: PricedField) -> FactPath:
    """A field of the ``k``-th priced estimate of a model billed on a free tier.

    Examples:
        >>> priced(0, "monthly")
        'cost.priced[0].monthly'
    """
    return _path(f"cost.priced[{k}].{field}")


def usage(i: int, j: int, field: UsageField) -> FactPath:
    """A field of the ``j``-th usage limit of model ``i``'s billed route, beside the traffic.

    Examples:
        >>> usage(0, 1, "allowed")
        'cost.estimates[0].usage[1].allowed'
    """
    return _path(f"cost.estimates[{i}].usage[{j}].{field}")


def route_usage(k: int, j: int, field: UsageField) -> FactPath:
    """A field of the ``j``-th usage limit of the ``k``-th route row, beside the traffic.

    Examples:
        >>> route_usage(4, 0, "exceeded")
        'routes[4].usage[0].exceeded'
    """
    return _path(f"routes[{k}].usage[{j}].{field}")


def estimate_note(i: int, k: int) -> FactPath:
    """The ``k``-th note on model ``i``'s cost estimate.

    Examples:
        >>> estimate_note(0, 1)
        'cost.estimates[0].notes[1]'
    """
    return _path(f"cost.estimates[{i}].notes[{k}]")


def search_fee(i: int, k: int, field: Literal["provider_name", "per_search"]) -> FactPath:
    """A field of the ``k``-th per-search fee model ``i``'s bill leaves out.

    Examples:
        >>> search_fee(0, 0, "per_search")
        'cost.estimates[0].search_fees[0].per_search'
    """
    return _path(f"cost.estimates[{i}].search_fees[{k}].{field}")


def estimate_line(i: int, k: int) -> FactPath:
    """The unit price of the ``k``-th line of model ``i``'s bill.

    Examples:
        >>> estimate_line(0, 2)
        'cost.estimates[0].lines[2].unit_price'
    """
    return _path(f"cost.estimates[{i}].lines[{k}].unit_price")


def blend(k: Literal[0, 1]) -> FactPath:
    """The input (0) or output (1) weight of the blended price.

    Examples:
        >>> blend(1)
        'cost.blend[1]'
    """
    return _path(f"cost.blend[{k}]")


def crossover_share(k: int) -> FactPath:
    """The input share at which the ``k``-th price crossover flips.

    Examples:
        >>> crossover_share(0)
        'cost.crossovers[0].input_share'
    """
    return _path(f"cost.crossovers[{k}].input_share")


def traffic(field: TrafficField) -> FactPath:
    """A field of the traffic the estimates assume.

    Examples:
        >>> traffic("cached_share")
        'traffic.cached_share'
    """
    return _path(f"traffic.{field}")


def requirement(k: int) -> FactPath:
    """The ``k``-th capability every route must support.

    Examples:
        >>> requirement(0)
        'requires[0]'
    """
    return _path(f"requires[{k}]")


def friction(k: int, field: FrictionField) -> FactPath:
    """A field of the ``k``-th switch-friction item.

    Examples:
        >>> friction(3, "amount")
        'friction[3].amount'
    """
    return _path(f"friction[{k}].{field}")


def related(k: int, field: RelatedField) -> FactPath:
    """A field of the ``k``-th related comparison (``models[1]``: the other model's id).

    Examples:
        >>> related(0, "reason")
        'related[0].reason'
    """
    return _path(f"related[{k}].{field}")


def provenance(field: ProvenanceField) -> FactPath:
    """A field of the comparison's provenance.

    Examples:
        >>> provenance("oldest_check")
        'provenance.oldest_check'
    """
    return _path(f"provenance.{field}")


def source_secondhand(k: int) -> FactPath:
    """Whether the ``k``-th source is an aggregated dataset.

    Examples:
        >>> source_secondhand(1)
        'provenance.sources[1].secondhand'
    """
    return _path(f"provenance.sources[{k}].secondhand")


def source_url(k: int) -> FactPath:
    """The URL of the ``k``-th source.

    Examples:
        >>> source_url(2)
        'provenance.sources[2].url'
    """
    return _path(f"provenance.sources[{k}].url")


def unsourced_label(k: int) -> FactPath:
    """The label of the ``k``-th fact not yet sourced.

    Examples:
        >>> unsourced_label(0)
        'provenance.unsourced[0][1]'
    """
    return _path(f"provenance.unsourced[{k}][1]")
