"""The JSON Schema of :meth:`Comparison.to_dict`, generated from the attrs classes it holds.

The schema is derived, never written by hand: every attrs class reachable from
:class:`~phicompare.Comparison` becomes a ``$defs`` entry, its fields' type hints become property
schemas, so a field added to any of them appears in the schema on the next generation. The
shipped copy, ``comparison.schema.json`` beside this module, is regenerated with::

    python -m phicompare.render.schema

and a test fails when the shipped copy and the generated schema differ.

Type mapping: ``Decimal`` -> string in fixed-point notation (exact money, ``"102.50"``), ``date``
-> string of format ``date``, enums -> the enum's values, ``X | None`` -> ``anyOf`` with
``null``, ``tuple[X, ...]`` -> array of ``X``, ``tuple[X, Y]`` -> array with ``prefixItems``.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import sys
import types
import typing
from collections import abc
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from phicompare.narrative.claims import Narrative

__all__ = ["DECIMAL_PATTERN", "SCHEMA_FILE", "comparison_schema", "schema_for"]

DRAFT = "https://json-schema.org/draft/2020-12/schema"
DECIMAL_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"
"""A Decimal as ``to_dict()`` writes it: fixed-point, no exponent, no float rounding."""
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
SCHEMA_FILE = Path(__file__).parent.parent / "comparison.schema.json"
"""Where the shipped schema lives (package data)."""


_SETS = frozenset({set, frozenset, abc.Set, abc.MutableSet})
_ARRAYS = _SETS | {list, abc.Sequence, abc.MutableSequence}
_MAPPINGS = frozenset({dict, abc.Mapping, abc.MutableMapping})


class _Builder:
    """Collects one ``$defs`` entry per attrs class while building property schemas."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        self._names: dict[type[Any], str] = {}

    def ref(self, cls: type[Any]) -> dict[str, Any]:
        """A reference to ``cls``'s definition, building it the first time."""
        name = self._names.get(cls)
        if name is None:
            name = cls.__name__
            if name in self.defs:  # two classes of one name in different modules
                name = f"{cls.__module__.strip('_').replace('.', '_')}_{name}"
            self._names[cls] = name
            self.defs[name] = {}  # placeholder: recursive references resolve to it
            self.defs[name] = self.object_schema(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object_schema(self, cls: type[Any]) -> dict[str, Any]:
        """The schema of a record (attrs or named tuple): one property per field, all present."""
        hints = _hints(cls)
        properties: dict[str, Any] = {}
        for name, key, default in _record_fields(cls):
            try:
                prop = self.schema(hints[name])
            except TypeError as exc:
                msg = f"{cls.__name__}.{name}: {exc}"
                raise TypeError(msg) from None
            if default is not _NO_DEFAULT:
                prop = {**prop, "default": default}
            properties[key] = prop
        schema: dict[str, Any] = {"type": "object"}
        doc = _summary(cls)
        if doc:
            schema["description"] = doc
        schema["properties"] = properties
        schema["required"] = list(properties)
        schema["additionalProperties"] = False
        return schema

    def schema(self, hint: Any) -> dict[str, Any]:
        """The schema of a value of type ``hint``, as the results converter writes it."""
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if hint is type(None) or hint is None:
            return {"type": "null"}
        if hint is Any or hint is object:
            return {}
        if origin is typing.Union or isinstance(hint, types.UnionType):
            return self._union(args)
        if origin is typing.Literal:
            return {"enum": list(args)}
        if origin is tuple:
            return self._tuple(args)
        if origin in _ARRAYS:
            array: dict[str, Any] = {"type": "array", "items": self.schema(args[0])}
            if origin in _SETS:
                array["uniqueItems"] = True
            return array
        if origin in _MAPPINGS:
            return {"type": "object", "additionalProperties": self.schema(args[1])}
        if isinstance(hint, typing.NewType):  # a typed str (evidence paths): its base type
            return self.schema(hint.__supertype__)
        if isinstance(hint, type):
            return self._plain(hint)
        msg = f"no JSON Schema for type {hint!r}"
        raise TypeError(msg)

    def _union(self, args: tuple[Any, ...]) -> dict[str, Any]:
        members = [self.schema(a) for a in args if a is not type(None)]
        if type(None) in args:
            members.append({"type": "null"})
        return members[0] if len(members) == 1 else {"anyOf": members}

    def _tuple(self, args: tuple[Any, ...]) -> dict[str, Any]:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.schema(args[0])}
        if not args or args == ((),):
            return {"type": "array", "maxItems": 0}
        return {"type": "array", "prefixItems": [self.schema(a) for a in args],
                "items": False, "minItems": len(args), "maxItems": len(args)}

    def _plain(self, hint: type[Any]) -> dict[str, Any]:
        if attrs.has(hint) or _named_tuple(hint):
            return self.ref(hint)
        if issubclass(hint, enum.Enum):
            values = [member.value for member in hint]
            found: dict[str, Any] = {"enum": values}
            if all(isinstance(v, str) for v in values):
                found = {"type": "string", **found}
            return found
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer"}
        if hint is float:
            return {"type": "number"}
        if hint is str:
            return {"type": "string"}
        if hint is Decimal:
            return {"type": "string", "pattern": DECIMAL_PATTERN}
        if hint is dt.datetime:
            return {"type": "string", "format": "date-time"}
        if hint is dt.date:
            return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
        msg = f"no JSON Schema for type {hint.__name__}"
        raise TypeError(msg)


_NO_DEFAULT = object()
_FACTORY: type[Any] = type(attrs.Factory(list))


def _named_tuple(cls: type[Any]) -> bool:
    """Whether ``cls`` is a named tuple (a record such as ``Evidence``)."""
    return issubclass(cls, tuple) and hasattr(cls, "_fields")


def _record_fields(cls: type[Any]) -> list[tuple[str, str, object]]:
    """``(name, JSON key, JSON default)`` of each field JSON writes, in order.

    For an attrs class, a model held by reference is left out (JSON writes its position, under
    the key in the field's metadata), and so is a transient field (a claim's ``basis``); a named
    tuple writes every field under its name.
    """
    if _named_tuple(cls):
        defaults: dict[str, object] = cls._field_defaults
        return [(name, name, _json_value(defaults[name]) if name in defaults else _NO_DEFAULT)
                for name in cls._fields]
    return [(field.name,
             field.metadata.get("json") or (field.alias if field.alias is not None else field.name),
             _json_default(field))
            for field in attrs.fields(cls)
            if field.init and not field.metadata.get("model_ref")
            and not field.metadata.get("transient")]


def _json_default(field: attrs.Attribute[Any]) -> object:
    """The field's default as JSON, when it is a plain value (not a factory)."""
    default = field.default
    if default is attrs.NOTHING or isinstance(default, _FACTORY):
        return _NO_DEFAULT
    return _json_value(default)


def _json_value(value: object) -> object:
    from phicompare.render.serialize import _converter  # noqa: PLC0415

    found: object = _converter().unstructure(value)
    return found


def _summary(cls: type[Any]) -> str:
    """The first paragraph of a class's docstring, on one line."""
    doc = cls.__dict__.get("__doc__") or ""
    return " ".join(doc.strip().split("\n\n")[0].split())


_CHECKER_ONLY = {"Narrative": Narrative}
"""Types that a lower layer names for type checkers only (``Comparison.narrative``'s)."""


def _hints(obj: Any) -> dict[str, Any]:
    """``obj``'s resolved type hints, the type-checker-only names included."""
    return typing.get_type_hints(obj, localns=_CHECKER_ONLY)


def _derived(cls: type[Any]) -> Mapping[str, type[Any]]:
    """Cached properties of ``cls`` that return attrs objects (derived sections).

    ``to_dict()`` may carry them beside the fields; the schema lists them as optional.

    attrs turns a slotted class's cached property into a slot and records its return type in
    the class annotations; a dict class keeps the ``cached_property`` itself.
    """
    fields = {field.name for field in attrs.fields(cls)}
    found: dict[str, type[Any]] = {
        name: hint for name, hint in _hints(cls).items()
        if name not in fields and isinstance(hint, type) and attrs.has(hint)}
    for name, member in vars(cls).items():
        if isinstance(member, functools.cached_property):
            returned = _hints(member.func).get("return")
            if isinstance(returned, type) and attrs.has(returned):
                found[name] = returned
    return found


def schema_for(cls: type[Any], *, title: str | None = None) -> dict[str, Any]:
    """A standalone draft 2020-12 schema for instances of the attrs class ``cls``.

    Examples:
        >>> @attrs.frozen
        ... class Price:
        ...     amount: Decimal
        ...     since: dt.date | None = None
        >>> schema = schema_for(Price)
        >>> schema["$defs"]["Price"]["properties"]["since"]["anyOf"][1]
        {'type': 'null'}
    """
    builder = _Builder()
    root = builder.ref(cls)
    return {"$schema": DRAFT, "title": title or cls.__name__, **root, "$defs": builder.defs}


def comparison_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Comparison.to_dict()``.

    Examples:
        >>> schema = comparison_schema()
        >>> schema["properties"]["format"]
        {'const': 1}
        >>> schema["$defs"]["CostEstimate"]["properties"]["monthly"]["anyOf"][0]["type"]
        'string'
    """
    from phicompare.analysis.comparison import FORMAT_VERSION, Comparison  # noqa: PLC0415

    builder = _Builder()
    body = builder.object_schema(Comparison)
    properties = {"format": {"const": FORMAT_VERSION}, **body["properties"]}
    for name, cls in _derived(Comparison).items():
        properties.setdefault(name, builder.ref(cls))
    return {
        "$schema": DRAFT,
        "$comment": "Generated by `python -m phicompare.render.schema` from the attrs classes; "
                    "do not edit by hand.",
        "title": "phicompare comparison",
        "description": (f"Comparison.to_dict(), format {FORMAT_VERSION}. "
                        + body.get("description", "")).strip(),
        "type": "object",
        "properties": properties,
        "required": ["format", *body["required"]],
        "additionalProperties": False,
        "$defs": dict(sorted(builder.defs.items())),
    }


def render(schema: Mapping[str, Any]) -> str:
    """The schema as the shipped file holds it: indented JSON ending in a newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    """Write the shipped schema file; print where."""
    SCHEMA_FILE.write_text(render(comparison_schema()), encoding="utf-8")
    sys.stdout.write(f"wrote {SCHEMA_FILE}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
