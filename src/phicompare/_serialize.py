"""JSON form of results: one private converter, Decimals and dates as strings.

Money stays exact through JSON: a Decimal becomes its string (``"102.50"``) and comes back as the
same Decimal. This converter is for results; catalogs are read by the strict loader's converter.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import Any, TypeVar

__all__ = ["structure", "unstructure"]

_T = TypeVar("_T")


def _decimal(value: object, _: type[Any]) -> Decimal:
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return Decimal(value)
    msg = f"expected a decimal string, got {value!r}"
    raise TypeError(msg)


def _date(value: object, _: type[Any]) -> dt.date:
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    msg = f"expected an ISO date string, got {value!r}"
    raise TypeError(msg)


@functools.cache
def _converter() -> Any:
    import cattrs  # noqa: PLC0415

    conv = cattrs.Converter(forbid_extra_keys=True, unstruct_collection_overrides={tuple: list})
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Decimal, _decimal)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _date)
    return conv


def unstructure(obj: object) -> dict[str, Any]:
    """``obj`` as plain dicts, lists, strings, numbers and booleans."""
    result: dict[str, Any] = _converter().unstructure(obj)
    return result


def structure(data: dict[str, Any], cls: type[_T]) -> _T:
    """An instance of ``cls`` from :func:`unstructure`'s output."""
    result: _T = _converter().structure(data, cls)
    return result
