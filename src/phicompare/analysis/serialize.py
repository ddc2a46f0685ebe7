"""JSON form of results: one private converter, Decimals and dates as strings.

Money stays exact through JSON: a Decimal becomes its string in fixed-point notation (``"102.50"``,
``"0.00000005"``, never ``"5E-8"``) and comes back as an equal Decimal. This converter is for
results; catalogs are read by the strict loader's converter.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import Any, TypeVar

from phicompare.exceptions import ComparisonError

__all__ = ["structure", "unstructure"]

_T = TypeVar("_T")


def _decimal(value: object, _: type[Any]) -> Decimal:
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        try:
            number = Decimal(value)
        except ArithmeticError:  # decimal.InvalidOperation
            number = Decimal("NaN")
        if number.is_finite():
            return number
    msg = f"expected a decimal string such as '102.50', got {value!r}"
    raise TypeError(msg)


def _plain(value: Decimal) -> str:
    """A Decimal in fixed-point notation: what JSON readers and the schema's pattern expect."""
    return format(value, "f")


def _date(value: object, _: type[Any]) -> dt.date:
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    msg = f"expected an ISO date string, got {value!r}"
    raise TypeError(msg)


@functools.cache
def _converter() -> Any:
    import cattrs  # noqa: PLC0415

    conv = cattrs.Converter(forbid_extra_keys=True, unstruct_collection_overrides={tuple: list})
    conv.register_unstructure_hook(Decimal, _plain)
    conv.register_structure_hook(Decimal, _decimal)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _date)
    from phicompare.narrative.claims import Evidence, canonical  # noqa: PLC0415

    conv.register_unstructure_hook(Evidence, lambda e: {
        "path": e.path, "value": canonical(e.value), "shown": e.shown, "kind": e.kind.value,
        "source": e.source})
    return conv


def _describe(exc: BaseException, expected: type[Any] | None) -> str:
    """The problem as cattrs describes it, with our own message when the error carries one."""
    from cattrs.v import format_exception  # noqa: PLC0415

    base: str = format_exception(exc, expected)
    detail = str(exc) if isinstance(exc, (ValueError, TypeError)) else ""
    return f"{base} ({detail})" if detail else base


def unstructure(obj: object) -> dict[str, Any]:
    """``obj`` as plain dicts, lists, strings, numbers and booleans."""
    result: dict[str, Any] = _converter().unstructure(obj)
    return result


def structure(data: dict[str, Any], cls: type[_T]) -> _T:
    """An instance of ``cls`` from :func:`unstructure`'s output.

    Raises:
        ComparisonError: the data does not describe a ``cls``; the message lists every problem.
    """
    import cattrs  # noqa: PLC0415

    try:
        result: _T = _converter().structure(data, cls)
    except cattrs.BaseValidationError as exc:
        problems = "; ".join(cattrs.transform_error(exc, path=cls.__name__,
                                                    format_exception=_describe))
        msg = f"not a valid {cls.__name__}: {problems}"
        raise ComparisonError(msg) from None
    return result
