"""What ``recommend`` was asked, read and checked: the budget, licences and priority benchmarks.

Split from :mod:`.recommend` (review 12, L6 took it over the size limit); each raises
:class:`~phicompare.ComparisonError` on a value the catalog or the rule cannot take.
:func:`asked_requirements` puts every requirement asked in its fixed order (moved here when a
recommendation's pages took :mod:`.recommend` near the limit; API review 15, A7).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from decimal import Decimal

from phicompare.catalog.index import Catalog
from phicompare.domain.arguments import check_names_given, kind
from phicompare.domain.capabilities import Capability
from phicompare.domain.names import licence_key, normalize_name
from phicompare.domain.records import Benchmark
from phicompare.exceptions import ArgumentError, ComparisonError, UnknownBenchmarkError, quoted

from .cost import money_text
from .requirements import Requirement, RequirementKind
from .text_forms import budget_refused

__all__ = ["asked_benchmarks", "asked_budget", "asked_licenses", "asked_requirements"]


def asked_budget(budget: Decimal | int | str | None) -> Decimal | None:
    """The budget as USD a month, exact (never a float), zero or more; ``None`` for none.

    A string is a number's text (``"200"``); the command line's ``"$1,500"`` is refused with
    the number it names (API review 15). A float is refused for the exact forms, and one that
    is not a finite number, zero or more, as no budget at all ("got float nan"), never sent to
    a ``Decimal`` that is refused in turn (review 17, P6).
    """
    if budget is None:
        return None
    if isinstance(budget, float):
        # (nan, inf or below zero: no Decimal of it is a budget either; review 17, P6)
        msg = (f"budget is exact: pass Decimal({str(budget)!r}) or the string, not a float"
               if math.isfinite(budget) and budget >= 0 else budget_refused(budget))
        raise ArgumentError(msg)
    if isinstance(budget, bool) or not isinstance(budget, (Decimal, int, str)):
        msg = f"budget is USD a month, a Decimal, an int or a string such as '200'; got {budget!r}"
        raise ArgumentError(msg)
    try:  # a number's text only: "$1,500" is the command line's form (--budget reads it)
        value = Decimal(budget)
    except ArithmeticError:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0:
        raise ComparisonError(budget_refused(budget))
    return value


def _close(name: str, known: Iterable[str]) -> str:
    """``"; did you mean ...?"``, or with none close every known name (the licences: a few)."""
    import difflib  # noqa: PLC0415 - error path only

    options = sorted(set(known))
    close = difflib.get_close_matches(name, options, n=3, cutoff=0.5)
    if close:
        return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
    return "; known: " + ", ".join(options)


def asked_licenses(catalog: Catalog, licenses: Iterable[str] | None) -> tuple[str, ...] | None:
    """The licences asked for, as the catalog spells them (matched by ``licence_key``)."""
    if licenses is None:
        return None
    check_names_given("licenses", licenses, "['MIT', 'Apache-2.0']")
    if isinstance(licenses, str):
        licenses = (licenses,)
    known = {licence_key(m.license): m.license for m in catalog.models if m.license}
    found: list[str] = []
    for name in licenses:
        if not isinstance(name, str):  # a caller without type checks
            msg = f"licenses: a licence is named by its text, got {kind(name)}"  # type: ignore[unreachable]
            raise ComparisonError(msg)
        spelled = known.get(licence_key(name))
        if spelled is None:
            msg = (f"no model in the catalog has the licence {quoted(name)}"
                   f"{_close(name, known.values())}")
            raise ComparisonError(msg)
        if spelled not in found:
            found.append(spelled)
    return tuple(sorted(found))


def asked_benchmarks(catalog: Catalog, names: Iterable[str] | None) -> tuple[Benchmark, ...]:
    """The priority benchmarks, by id, short name or name (any case), in the order given.

    ``None`` is none, as ``exclude_providers=None`` is.
    """
    if names is None:
        return ()
    check_names_given("priorities", names, "['mmlu', 'gpqa']")
    if isinstance(names, str):
        names = (names,)
    index: dict[str, Benchmark] = {}
    for b in catalog.benchmarks:
        for key in (b.name, b.label, b.id):
            index[normalize_name(key)] = b
    found: list[Benchmark] = []
    for name in names:
        bench = index.get(normalize_name(name)) if isinstance(name, str) else None
        if bench is None:
            if not isinstance(name, str):  # a caller without type checks
                msg = f"priorities: a benchmark is named by its id or name, got {kind(name)}"  # type: ignore[unreachable]
                raise ComparisonError(msg)
            import difflib  # noqa: PLC0415 - error path only

            ids = sorted({b.id for b in catalog.benchmarks})  # never an unrelated one (A10):
            close = difflib.get_close_matches(name.lower(), ids, n=3, cutoff=0.6)
            raise UnknownBenchmarkError(name, close, known=len(ids))
        if bench not in found:
            found.append(bench)
    return tuple(found)


def asked_requirements(requires: frozenset[Capability], min_context: int | None,
                  open_weights: bool | None, licenses: tuple[str, ...] | None,
                  providers: frozenset[str] | None, excluded: frozenset[str],
                  budget: Decimal | None, day: dt.date | None) -> tuple[Requirement, ...]:
    """Every requirement asked for, in a fixed order; an eligible route is always required.

    A day asked for (``as_of``) asks each model to be out by it, first (API review 14, A1).
    """
    asked = [Requirement(kind=RequirementKind.RELEASED, value=day.isoformat())] if day else []
    asked += [Requirement(kind=RequirementKind.CAPABILITY, value=c.value)
              for c in sorted(requires, key=lambda c: c.value)]
    if min_context is not None:
        asked.append(Requirement(kind=RequirementKind.MIN_CONTEXT, value=str(min_context)))
    if open_weights is not None:
        asked.append(Requirement(kind=RequirementKind.OPEN_WEIGHTS,
                                 value="yes" if open_weights else "no"))
    if licenses is not None:
        asked.append(Requirement(kind=RequirementKind.LICENSE, value=", ".join(licenses)))
    if providers is not None or excluded:
        asked.append(Requirement(kind=RequirementKind.PROVIDERS, value=_providers_value(
            providers, excluded)))
    asked.append(Requirement(kind=RequirementKind.ROUTE, value=None))
    if budget is not None:
        asked.append(Requirement(kind=RequirementKind.BUDGET, value=money_text(budget)))
    return tuple(asked)


def _providers_value(providers: frozenset[str] | None, excluded: frozenset[str]) -> str:
    parts = []
    if providers is not None:
        parts.append(", ".join(sorted(providers)))
    if excluded:
        parts.append("not " + ", ".join(sorted(excluded)))
    return "; ".join(parts)
