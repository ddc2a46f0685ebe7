"""Guards at the API's edge: arguments of the wrong type, comparisons that do not hold together.

:func:`check_arguments` runs before :func:`~phicompare.compare` looks anything up, so a wrong
argument is an :class:`~phicompare.exceptions.ArgumentError` that names it, not an
``AttributeError`` from deep inside. :func:`check_comparison` runs after
:meth:`Comparison.from_dict <phicompare.Comparison.from_dict>` has structured a dict, so every
position a comparison holds (a route's model, a benchmark gap's pair) points at a model it has.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from phicompare.catalog.index import Catalog
from phicompare.domain.records import Model
from phicompare.exceptions import ArgumentError, ComparisonError

if TYPE_CHECKING:
    from .comparison import Comparison

__all__ = ["check_arguments", "check_comparison"]

_ORDINALS = ("first", "second", "third")


def _kind(value: object) -> str:
    return "None" if value is None else f"{type(value).__name__} {value!r}"[:80]


def check_arguments(models: Iterable[object], *, catalog: object = None,
                    requires: object = (), include_free: object = False) -> None:
    """Raise :class:`ArgumentError` when an argument of ``compare`` has the wrong type.

    Examples:
        >>> check_arguments(["phi-2", "phi-4-mini"])
        >>> check_arguments([None, "phi-2"])
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: the first model must be a Model or a model name \
(str), got None
        >>> check_arguments(["phi-2", "phi-4"], include_free="no")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: include_free must be True or False, got str 'no'
    """
    for n, model in enumerate(models):
        if not isinstance(model, (Model, str)):
            which = f"the {_ORDINALS[n]} model" if n < len(_ORDINALS) else f"model {n + 1}"
            msg = f"{which} must be a Model or a model name (str), got {_kind(model)}"
            raise ArgumentError(msg)
    if catalog is not None and not isinstance(catalog, Catalog):
        msg = f"catalog must be a Catalog (see load_catalog), got {_kind(catalog)}"
        raise ArgumentError(msg)
    if not isinstance(include_free, bool):
        msg = f"include_free must be True or False, got {_kind(include_free)}"
        raise ArgumentError(msg)
    if isinstance(requires, str) or not isinstance(requires, Iterable):
        msg = ("requires is a list of capabilities such as ['vision'], "
               f"got {_kind(requires)}")
        raise ArgumentError(msg)


def check_comparison(comparison: Comparison) -> Comparison:
    """``comparison`` when every position it holds names one of its models; else an error.

    Raises:
        ComparisonError: listing every inconsistency (fewer than two models, a repeated model,
            a row whose values do not match the models, an index out of range).

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> check_comparison(c) is c
        True
    """
    n = len(comparison.models)
    problems: list[str] = []
    if n < 2:
        problems.append(f"a comparison holds two or more models, this one {n}")
    ids = [m.id for m in comparison.models]
    if len(set(ids)) != len(ids):
        problems.append(f"models repeat: {ids!r}")

    def index(where: str, value: int) -> None:
        if not 0 <= value < n:
            problems.append(f"{where} = {value} names no model (there are {n})")

    def width(where: str, values: tuple[object, ...]) -> None:
        if len(values) != n:
            problems.append(f"{where} has {len(values)} values for {n} models")

    for i, spec in enumerate(comparison.specs):
        width(f"specs[{i}].values", spec.values)
    for i, row in enumerate(comparison.capabilities):
        width(f"capabilities[{i}].support", row.support)
    for i, bench in enumerate(comparison.benchmarks):
        width(f"benchmarks[{i}].scores", bench.scores)
        width(f"benchmarks[{i}].near_chance", bench.near_chance)
        for j, gap in enumerate(bench.pairs):
            index(f"benchmarks[{i}].pairs[{j}].a", gap.a)
            index(f"benchmarks[{i}].pairs[{j}].b", gap.b)
    for i, route in enumerate(comparison.routes):
        index(f"routes[{i}].model", route.model)
    for i, estimate in enumerate(comparison.cost.estimates):
        index(f"cost.estimates[{i}].model", estimate.model)
    for i, cheapest in enumerate(comparison.cost.cheapest):
        index(f"cost.cheapest[{i}]", cheapest)
    for i, crossing in enumerate(comparison.cost.crossovers):
        index(f"cost.crossovers[{i}].cheaper_input", crossing.cheaper_input)
        index(f"cost.crossovers[{i}].cheaper_output", crossing.cheaper_output)
    for i, item in enumerate(comparison.friction):
        index(f"friction[{i}].source", item.source)
        index(f"friction[{i}].target", item.target)
    for i, (model, _) in enumerate(comparison.provenance.unsourced):
        index(f"provenance.unsourced[{i}]", model)
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more"
                                           if len(problems) > 5 else "")
        msg = f"not a consistent Comparison: {shown}"
        raise ComparisonError(msg)
    return comparison
