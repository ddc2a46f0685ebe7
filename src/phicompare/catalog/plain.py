"""Records from well-formed tables, without cattrs; and the value rules both paths share.

Reading a model's file is the first comparison's main work, and cattrs (its import and the
structure functions it generates) would be most of that. A well-formed table needs none of
cattrs' error reporting, so :func:`structure` builds its record from the field types alone, with
the same value hooks the converter registers (:data:`HOOKS`, one rule a type) and the records'
own validators. On anything else (an unknown key, a wrong type, a value a validator rejects) it
raises, and :mod:`phicompare.catalog.structure` structures that table again with cattrs, whose
errors name every problem. Both paths give equal records for every table
(``tests/test_structure_paths.py``).
"""

from __future__ import annotations

import datetime as dt
import enum
import types
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.pricing import RouteStatus, TierBoundary
from phicompare.domain.records import ModelKind, ProviderTier

from .values import NOT_FINITE

__all__ = ["ENUMS", "HOOKS", "Unexpected", "structure", "type_name"]

T = TypeVar("T")


class Unexpected(Exception):  # noqa: N818 - a signal to the caller, never shown to a user
    """A table :func:`structure` does not build: the caller structures it with cattrs."""


def type_name(value: object) -> str:
    """How a problem names a TOML value's type.

    Examples:
        >>> type_name(1), type_name([]), type_name(Decimal("1.5"))
        ('an integer', 'an array', 'a number')
    """
    names = {bool: "a boolean", int: "an integer", Decimal: "a number", str: "a string",
             list: "an array", dict: "a table", dt.date: "a date", dt.datetime: "a date-time",
             dt.time: "a time (write it as a string such as '16:30')"}
    return names.get(type(value), type(value).__name__)


def _decimal(value: object, _: type[Any]) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        msg = f"expected a number, got {type_name(value)}"
        raise TypeError(msg)
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(NOT_FINITE)
    return Decimal(value)


def _int(value: object, _: type[Any]) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected a whole number, got {type_name(value)}"
        raise TypeError(msg)
    return value


def _str(value: object, _: type[Any]) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {type_name(value)}"
        raise TypeError(msg)
    return value


def _bool(value: object, _: type[Any]) -> bool:
    if not isinstance(value, bool):
        msg = f"expected true or false, got {type_name(value)}"
        raise TypeError(msg)
    return value


def _date(value: object, _: type[Any]) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        msg = f"expected a date such as 2026-11-20, got {type_name(value)}"
        raise TypeError(msg)
    return value


def _enum(value: object, cls: type[Any]) -> enum.Enum:
    try:
        member: enum.Enum = cls(value)
    except ValueError:
        options = ", ".join(repr(m.value) for m in cls)
        msg = f"expected one of {options}"
        raise ValueError(msg) from None
    return member


HOOKS: Mapping[type[Any], Callable[[object, type[Any]], Any]] = {
    Decimal: _decimal, int: _int, str: _str, bool: _bool, dt.date: _date,
}
"""The value rule of each scalar type a catalog record holds (TOML gives no float money, no
datetime for a date, no string for a number)."""
ENUMS: tuple[type[enum.Enum], ...] = (RouteStatus, Capability, Support, TierBoundary,
                                      ProviderTier, ModelKind)
"""The enums a catalog record holds; each is read from its value (:func:`enum_hook`)."""


def enum_hook(cls: type[enum.Enum]) -> Callable[[object, type[Any]], enum.Enum]:
    """The value rule of an enum: one of its values, or an error listing them.

    Examples:
        >>> enum_hook(ProviderTier)("cloud", ProviderTier)
        <ProviderTier.CLOUD: 'cloud'>
        >>> enum_hook(ProviderTier)("maker", ProviderTier)
        Traceback (most recent call last):
        ...
        ValueError: expected one of 'first-party', 'cloud', 'reseller'
    """
    def hook(value: object, _: type[Any]) -> enum.Enum:
        return _enum(value, cls)

    return hook


def structure(raw: object, cls: type[T]) -> T:
    """The ``cls`` record of a parsed table, as the converter builds it; raises when not plain.

    Raises:
        Unexpected: the table is not one this function builds (an unknown key, a type it does
            not know); TypeError or ValueError: a value breaks a rule. Either way the caller
            structures the table with cattrs for its exact problems.

    Examples:
        >>> from phicompare.domain.records import Benchmark
        >>> structure({"id": "mmlu", "name": "MMLU"}, Benchmark).name
        'MMLU'
        >>> structure({"id": "mmlu", "name": "MMLU", "nmae": "x"}, Benchmark)
        Traceback (most recent call last):
        ...
        phicompare.catalog.plain.Unexpected: unknown key 'nmae'
    """
    if not isinstance(raw, dict):
        raise Unexpected(type_name(raw))
    values: dict[str, Any] = {}
    for field in attrs.fields(cls):  # type: ignore[arg-type]
        if field.name in raw and field.init:
            values[field.alias or field.name] = _value(raw[field.name], field.type)
    if len(values) < len(raw):
        unknown = sorted(set(raw) - set(attrs.fields_dict(cls)))  # type: ignore[arg-type]
        msg = f"unknown key {unknown[0]!r}" if unknown else "a key that is not an argument"
        raise Unexpected(msg)
    return cls(**values)


def _value(value: object, kind: Any) -> Any:
    hook = HOOKS.get(kind)
    if hook is not None:
        return hook(value, kind)
    form = type(kind)
    if form is types.UnionType:  # X | None: TOML has no null, so a value given is an X
        options = [a for a in kind.__args__ if a is not type(None)]
        if len(options) == 1:
            return _value(value, options[0])
    elif (form is types.GenericAlias and kind.__origin__ is tuple
          and kind.__args__[1:] == (Ellipsis,)):  # tuple[X, ...]
        if not isinstance(value, list):
            msg = f"expected an array, got {type_name(value)}"
            raise TypeError(msg)
        item = kind.__args__[0]
        return tuple([_value(v, item) for v in value])
    elif isinstance(kind, type):
        if issubclass(kind, enum.Enum):
            return _enum(value, kind)
        if attrs.has(kind):
            return structure(value, kind)
    raise Unexpected(repr(kind))
