"""Hostile input in importers: a bad record is skipped with a report line, never a traceback.

Every importer reads other people's files record by record. A record whose content cannot be read
(a wrong type, an empty id, a price of ``1e300``) is skipped and listed in the import report with
what was wrong; only a file of the wrong shape as a whole is a :class:`SourceError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from phicompare.catalog.values import LIMITS, PRICE_CEILING
from phicompare.domain.pricing import ProviderRoute
from phicompare.exceptions import SourceError
from phicompare.safe import one_line

from ._assemble import Record
from ._identity import last_segment
from ._report import Tally

__all__ = ["NON_FATAL", "as_list", "attempt", "expect_shape", "screened", "why"]

_T = TypeVar("_T")

NON_FATAL: tuple[type[BaseException], ...] = (
    ArithmeticError, AttributeError, LookupError, TypeError, ValueError, RecursionError)
"""What reading one record's content may raise; such a record is skipped, not fatal."""

_ROUTE_PRICES = ("input", "output", "cache_read", "cache_write", "batch_input", "batch_output",
                 "per_request", "per_search")
_COUNTS = ("context_window", "max_output_tokens", "parameters_b", "active_parameters_b")


def as_list(value: object) -> list[object]:
    """``value`` when it is a list, else an empty list (a field of the wrong type holds nothing).

    Examples:
        >>> as_list([1]), as_list("x"), as_list(None)
        ([1], [], [])
    """
    return value if isinstance(value, list) else []


def why(exc: BaseException) -> str:
    """One line saying what went wrong in a record, for the report.

    Examples:
        >>> why(ValueError("id must not be empty"))
        'id must not be empty'
        >>> why(TypeError())
        'TypeError'
    """
    text = one_line(" ".join(str(exc).split())) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def attempt(tally: Tally, record: str, build: Callable[[], _T]) -> _T | None:
    """``build()``, or ``None`` with ``record`` listed as skipped when its content is unreadable.

    Examples:
        >>> tally = Tally()
        >>> attempt(tally, "a.json#x", lambda: int("12"))
        12
        >>> attempt(tally, "a.json#y", lambda: int("twelve")) is None
        True
        >>> print(tally.skipped[0])
        a.json#y: invalid literal for int() with base 10: 'twelve'
    """
    try:
        return build()
    except NON_FATAL as exc:
        tally.skip(record, why(exc))
        return None


def expect_shape(data: object, shape: type, kind: str, file: Path | str, what: str) -> None:
    """Raise :class:`SourceError` when a file's top level is not ``shape``.

    Examples:
        >>> expect_shape([], dict, "litellm", "p.json", "an object of model entries")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.SourceError: the litellm source 'p.json' is not an object of \
model entries (its top level is a list)
    """
    if not isinstance(data, shape):
        found = _JSON_TYPES.get(type(data), type(data).__name__)
        msg = f"the {kind} source {str(file)!r} is not {what} (its top level is {found})"
        raise SourceError(msg)


_JSON_TYPES = {dict: "an object", list: "a list", str: "a string", int: "a number",
               Decimal: "a number", bool: "a boolean", type(None): "null"}


def _show(value: object) -> str:
    text = str(value)
    return text if len(text) <= 24 else f"{value:.6g}"


def _beyond(value: object, limit: Decimal) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return False
    number = Decimal(value)
    return not number.is_finite() or abs(number) > limit


def _route_problem(route: ProviderRoute) -> str | None:
    for item, label in [(route, "")] + [(t, f"tiers[{i}].") for i, t in enumerate(route.tiers)]:
        for field in _ROUTE_PRICES:
            value = getattr(item, field, None)
            if _beyond(value, PRICE_CEILING):
                return (f"{label}{field} = {_show(value)}: above ${PRICE_CEILING:,} per 1M tokens, "
                        "not a plausible price")
    for field in ("context_window", "max_output_tokens"):
        value = getattr(route, field)
        if _beyond(value, LIMITS[field]):
            return f"{field} = {_show(value)}: beyond {LIMITS[field]:,}"
    return None


def _problem(record: Record) -> str | None:
    model_id = last_segment(record.identity).casefold().removesuffix(":free")
    if not model_id.strip():
        return f"the name {record.identity!r} leaves no model id"
    if record.route is not None and (found := _route_problem(record.route)):
        return found
    for field in _COUNTS:
        value = record.facts.get(field)
        if _beyond(value, LIMITS[field]):
            return f"{field} = {_show(value)}: beyond {LIMITS[field]:,}"
    for score in record.scores:
        if _beyond(score.score, LIMITS["score"]):
            return f"score {_show(score.score)} on {score.benchmark!r}: not a plausible score"
    return None


def screened(records: Iterable[Record], tally: Tally) -> list[Record]:
    """``records`` without those no model can be built from; each of those listed as skipped.

    Examples:
        >>> tally = Tally()
        >>> kept = screened([Record(identity="a/", source="s", url="u"),
        ...                  Record(identity="a/b", source="s", url="u")], tally)
        >>> [r.identity for r in kept], str(tally.skipped[0])
        (['a/b'], "a/: the name 'a/' leaves no model id")
    """
    kept = []
    for record in records:
        name = record.facts.get("name")
        if name is not None and not (isinstance(name, str) and name.strip()):
            del record.facts["name"]  # the model is then named by its id
            tally.field("name", "blank, or not text", record.identity or record.url)
        problem = _problem(record)
        if problem is None:
            kept.append(record)
        else:
            tally.skip(record.identity or record.url, problem)
    return kept
