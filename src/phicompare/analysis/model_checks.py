"""A comparison's models checked against its route, benchmark and capability rows (helper fixDK).

``Comparison.from_dict`` checked the specifications against the models' own fields, but not
the rest of each model record: a model route's price edited (``models[0].routes[0].input``
``"0.05"`` to ``"5"``), a score (66 to 99), a capability flag (``vision`` to ``true``) or a
route's provider loaded, and :meth:`~phicompare.Comparison.check` found nothing (review 40). The
rows are what a comparison makes of its models, so each is checked against them:

- each model's route rows are its routes in force on the comparison's date
  (:func:`~phicompare.domain.in_use.current_routes`), one row each, field for field;
- each score a benchmark row shows, and each other run it keeps, is one of the model's scores;
- each capability's support is the model's (:meth:`~phicompare.Model.support`), or, where the
  page's provider filters or retirements leave out every route that flags it, the model's own
  flag as the page reads it (its listings' word for a model whose record is route listings:
  :func:`~phicompare.analysis.listed.as_listings`); and that flag is the one ``documented`` keeps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.in_use import current_routes
from phicompare.domain.records import BenchmarkScore, Model

from .facts import CapabilityRow, RouteRow
from .listed import listing_rows, maker_capabilities

if TYPE_CHECKING:
    from .comparison import Comparison
    from .score_facts import BenchmarkRow

__all__ = ["model_problems"]

_SHOWN_CHARS = 80
"""The characters of a value a problem shows."""


def shown(value: object) -> str:
    """``value`` as its JSON holds it, quoted: a Decimal or a date as its string.

    Examples:
        >>> from decimal import Decimal
        >>> shown(Decimal("0.05")), shown(True), shown("groq")
        ("'0.05'", 'True', "'groq'")
    """
    if isinstance(value, Decimal):
        value = format(value, "f")
    elif isinstance(value, dt.date):
        value = value.isoformat()
    text = repr(value)
    return text if len(text) <= _SHOWN_CHARS else f"{text[:_SHOWN_CHARS]}..."


def _first_change(at: str, record: attrs.AttrsInstance, row_at: str,
                  row_record: attrs.AttrsInstance) -> str:
    """The first field in which two records of one class differ, at both key paths."""
    for field in attrs.fields(type(record)):
        mine, theirs = getattr(record, field.name), getattr(row_record, field.name)
        if mine != theirs:
            return (f"{at}.{field.name} = {shown(mine)}, but {row_at}.{field.name} = "
                    f"{shown(theirs)}")
    return f"{at} differs from {row_at}"  # (records of one class differ in some field)


def _route_problems(c: Comparison) -> list[str]:
    """Each model's routes in force against its route rows, matched by provider and model id."""
    problems: list[str] = []
    for i, model in enumerate(c.models):
        force = {(r.provider, r.provider_model_id): r
                 for r in current_routes(model.routes, c.as_of)}
        seen: dict[tuple[str, str | None], int] = {}
        for k, row in enumerate(c.routes):
            if row.model_index != i:
                continue
            key = (row.route.provider, row.route.provider_model_id)
            route = force.get(key)
            if key in seen:
                problems.append(f"routes[{k}] repeats routes[{seen[key]}] "
                                f"({row.route.provider} for models[{i}])")
            elif route is None:
                problems.append(f"routes[{k}].route.provider = {shown(row.route.provider)}, but "
                                f"models[{i}] ({model.id}) has no such route in force on "
                                f"{c.as_of.isoformat()}")
            elif route != row.route:
                j = model.routes.index(route)
                problems.append(_first_change(f"models[{i}].routes[{j}]", route,
                                              f"routes[{k}].route", row.route))
            seen[key] = k
        problems += [f"models[{i}].routes[{model.routes.index(route)}].provider = "
                     f"{shown(route.provider)}, but routes has no row of it"
                     for key, route in force.items() if key not in seen]
    return problems


def _score_problem(at: str, score: BenchmarkScore, model: Model, i: int) -> str | None:
    """Why ``score`` (shown at ``at``) is none of model ``i``'s scores, or None."""
    if score in model.scores:
        return None
    like = [(j, s) for j, s in enumerate(model.scores) if s.benchmark == score.benchmark]
    if not like:
        return (f"{at}.benchmark = {shown(score.benchmark)}, but models[{i}] ({model.id}) has "
                f"no score on it")
    fields = [f.name for f in attrs.fields(BenchmarkScore)]
    j, nearest = min(like, key=lambda pair: sum(
        getattr(pair[1], name) != getattr(score, name) for name in fields))
    return _first_change(f"models[{i}].scores[{j}]", nearest, at, score)


def _benchmark_problems(c: Comparison) -> list[str]:
    """Each score a benchmark row shows or keeps, against the model's own scores."""
    problems: list[str] = []
    rows: Sequence[BenchmarkRow] = c.benchmarks
    for k, row in enumerate(rows):
        for i, (model, score) in enumerate(zip(c.models, row.scores, strict=False)):
            if score is not None and score.benchmark != row.benchmark.id:
                problems.append(f"benchmarks[{k}].scores[{i}].benchmark = "
                                f"{shown(score.benchmark)}, but the row is {row.benchmark.id}'s")
            elif score is not None and (found := _score_problem(
                    f"benchmarks[{k}].scores[{i}]", score, model, i)) is not None:
                problems.append(found)
        for i, (model, runs) in enumerate(zip(c.models, row.other_runs, strict=False)):
            problems += [found for r, run in enumerate(runs) if (found := _score_problem(
                f"benchmarks[{k}].other_runs[{i}][{r}]", run, model, i)) is not None]
    return problems


def _documented(model: Model, rows: Sequence[RouteRow]) -> dict[Capability, bool | None]:
    """Each capability flag the page reads as the model's own (``CapabilityRow.documented``).

    The model's flag, but a listing-only model's ``True`` is its listings' word (unknown), and a
    listing of its maker's own API makes a flag it gives the model's (``listed.py``).
    """
    own = {c: model.capabilities.flag(c) for c in Capability}
    if listing_rows(model, rows):
        return {c: None if flag is True else flag for c, flag in own.items()}
    lifted = maker_capabilities(model, rows)
    return {c: True if lifted.flag(c) is True else flag for c, flag in own.items()}


def _capability_problems(c: Comparison) -> list[str]:
    """Each capability row's support and documented flags against the models' records."""
    problems: list[str] = []
    rows: Sequence[CapabilityRow] = c.capabilities
    for i, model in enumerate(c.models):
        documented = _documented(model, [r for r in c.routes if r.model_index == i])
        for k, row in enumerate(rows):
            if len(row.support) <= i:
                continue  # (a row of the wrong size is named by its size)
            cap, own = row.capability, documented[row.capability]
            flag = model.capabilities.flag(cap)
            if len(row.documented) > i and row.documented[i] != own:
                problems.append(f"capabilities[{k}].documented[{i}] = "
                                f"{shown(row.documented[i])}, but models[{i}].capabilities."
                                f"{cap.value} = {shown(flag)} makes it {shown(own)}")
            elif row.support[i] not in (model.support(cap), Support.of(own)):
                problems.append(f"capabilities[{k}].support[{i}] = {shown(row.support[i].value)}, "
                                f"but models[{i}].capabilities.{cap.value} = {shown(flag)} makes "
                                f"it {shown(model.support(cap).value)}")
    return problems


def model_problems(c: Comparison) -> list[str]:
    """What in ``c``'s models contradicts its route, benchmark and capability rows.

    Examples:
        >>> from phicompare import compare
        >>> model_problems(compare("phi-2", "phi-4-mini"))
        []
    """
    return _route_problems(c) + _benchmark_problems(c) + _capability_problems(c)
