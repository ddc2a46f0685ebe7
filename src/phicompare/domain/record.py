"""The base of the frozen records: one ``__repr__``, ``__eq__`` and ``__hash__`` for all of them.

attrs writes and compiles a ``__repr__``, an ``__eq__`` and a ``__hash__`` for every class in
every process: together about half of the code it compiles, some 4 ms over the two dozen record
classes the first comparison builds (issue 16's budget). A record class is declared
``@attrs.frozen(kw_only=True, eq=False, repr=False)`` and derives from :class:`Record`, whose
one ``__repr__`` reads the class's fields and writes what attrs would, and whose equality and
hash (:class:`Valued`) compare the fields attrs would compare (``tests/test_records_repr.py``
and ``tests/test_records_eq.py`` hold every record class to attrs' own).
"""

from decimal import Decimal
from typing import Any

import attrs

__all__ = ["MODEL_REF", "MONEY", "Record", "Valued", "in_places", "json_key"]

MONEY: dict[str, object] = {"money": True}
"""Field metadata: an amount or a price in USD, which JSON writes to the cent at least
(``"745.00"``, ``"0.40"``, ``"0.14945"``: one scale for every figure in USD; review 8, G15)."""

MODEL_REF: dict[str, object] = {"model_ref": True}
"""Field metadata: a model held by reference; JSON leaves it out and keeps its position instead."""


def json_key(key: str) -> dict[str, object]:
    """Field metadata: JSON writes this field under ``key`` (a model's position, as ``"model"``).

    Examples:
        >>> json_key("model")
        {'json': 'model'}
    """
    return {"json": key}


def in_places(value: object) -> str:
    """``repr(value)``, a Decimal's written in places: ``Decimal('0.0000005')``, never ``5E-7``.

    ``repr`` of a Decimal under a millionth, or with a positive exponent (TOML's ``1e3`` reads as
    ``Decimal('1E+3')``), is in exponent form; this one is equal and reads as a price is written.

    Examples:
        >>> in_places(Decimal("5E-7")), in_places(Decimal("1E+3")), in_places("a")
        ("Decimal('0.0000005')", "Decimal('1000')", "'a'")
    """
    return f"Decimal('{value:f}')" if isinstance(value, Decimal) else repr(value)


class Valued:
    """A frozen record's equality and hash, written once: by the fields attrs compares, in order.

    Two records are equal when they are of one class and each compared field is equal, as the
    ``__eq__`` attrs generates has it; the hash is worked out from those fields the first time it
    is asked for and kept with the record (attrs' ``cache_hash``: records are frozen, and a
    model or route is hashed on every comparison that keys work by it).

    Examples:
        >>> @attrs.frozen(kw_only=True, eq=False)
        ... class Point(Valued):
        ...     x: int
        ...     seen: int = attrs.field(default=0, eq=False)
        >>> Point(x=1) == Point(x=1, seen=2), Point(x=1) == Point(x=2)
        (True, False)
        >>> hash(Point(x=1)) == hash(Point(x=1, seen=2))
        True
    """

    __slots__ = ("_hash",)
    _hash: int

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        cls: Any = type(self)  # an attrs class (each subclass is one)
        return all(getattr(self, field.name) == getattr(other, field.name)
                   for field in attrs.fields(cls) if field.eq)

    def __hash__(self) -> int:
        try:
            return self._hash
        except AttributeError:  # (the first time: kept, as attrs' cache_hash keeps it)
            cls: Any = type(self)
            found = hash((cls.__qualname__, *[getattr(self, field.name)
                                              for field in attrs.fields(cls) if field.eq]))
            object.__setattr__(self, "_hash", found)  # frozen: the one slot it fills itself
            return found


class Record(Valued):
    """A frozen record's repr, written once: ``Name(field=value, ...)`` in field order.

    A Decimal field is written in places (:func:`in_places`): ``input=Decimal('0.0000005')``.

    Examples:
        >>> @attrs.frozen(kw_only=True, eq=False, repr=False)
        ... class Point(Record):
        ...     x: int
        ...     label: str = "origin"
        >>> Point(x=0)
        Point(x=0, label='origin')
    """

    __slots__ = ()

    def __repr__(self) -> str:
        cls: Any = type(self)  # an attrs class (each subclass is one)
        fields = ", ".join([f"{field.name}={in_places(getattr(self, field.name))}"
                            for field in attrs.fields(cls) if field.repr])
        return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({fields})"
