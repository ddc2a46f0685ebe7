"""The base of the frozen records: one ``__repr__`` for all of them.

attrs writes and compiles a ``__repr__`` for every class in every process, about 0.1 ms a
class; the first comparison builds two dozen record classes, so that is a tenth of what it adds
to its imports. A record class is declared ``@attrs.frozen(kw_only=True, repr=False)`` and
derives from :class:`Record`, whose one ``__repr__`` reads the class's fields and writes what
attrs would (``tests/test_records_repr.py`` holds every record class to it).
"""

from typing import Any

import attrs

__all__ = ["MODEL_REF", "MONEY", "Record", "json_key"]

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


class Record:
    """A frozen record's repr, written once: ``Name(field=value, ...)`` in field order.

    Examples:
        >>> @attrs.frozen(kw_only=True, repr=False)
        ... class Point(Record):
        ...     x: int
        ...     label: str = "origin"
        >>> Point(x=0)
        Point(x=0, label='origin')
    """

    __slots__ = ()

    def __repr__(self) -> str:
        cls: Any = type(self)  # an attrs class (each subclass is one)
        fields = ", ".join([f"{field.name}={getattr(self, field.name)!r}"
                            for field in attrs.fields(cls) if field.repr])
        return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({fields})"
