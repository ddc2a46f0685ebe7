"""What is wrong in a dict read back (``Comparison.from_dict``), by the dict's own key paths.

cattrs reports a problem at its class's path (``@ Comparison[1].scores[0].score``: the models are
read before the rest, so their path lost its ``models``), and a rule of a record's
(``input must not be negative``) at the record, with a repr of the value (review 40, #2). Each
problem here is the dict's key path, the value the dict holds there as JSON wrote it, and what
is wrong: ``models[0].routes[0].input = '-1': must not be negative``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import attrs

from phicompare.analysis.comparison_dict import joined_path as _joined, unknown_key

__all__ = ["problems"]

_GOT = re.compile(r",? \(?got .*$", re.DOTALL)
"""The ``, got <value>`` a message ends with: the value is shown before it."""
_SHOWN_CHARS = 80
"""The characters of a value a problem shows."""
_NOTHING = object()

Part = str | int


def _leaves(exc: BaseException, path: tuple[Part, ...] = (),
            expected: Any = None) -> Iterator[tuple[tuple[Part, ...], BaseException, Any]]:
    """Each problem in ``exc`` (a cattrs validation error): its path, its error, the type."""
    from cattrs import ClassValidationError, IterableValidationError  # noqa: PLC0415

    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        with_notes, without = exc.group_exceptions()
        for inner, note in with_notes:
            step: Part = getattr(note, "index" if isinstance(exc, IterableValidationError)
                                 else "name")
            yield from _leaves(inner, (*path, step), note.type)
        for inner in without:
            yield path, inner, None
    else:
        yield path, exc, expected


def _at(data: object, path: tuple[Part, ...]) -> object:
    """The value at ``path`` in ``data``, or :data:`_NOTHING` where it holds none."""
    for step in path:
        held = isinstance(data, list) and isinstance(step, int) and -len(data) <= step < len(data)
        if not (held or (isinstance(data, dict) and step in data)):
            return _NOTHING
        data = data[step]  # type: ignore[index]  # (a list's position or a dict's key)
    return data


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN_CHARS else f"{text[:_SHOWN_CHARS]}..."


def _keys(cls: Any) -> list[str]:
    """The keys a record of ``cls`` is read from (a field's JSON name where it has one)."""
    if not attrs.has(cls):
        return []
    return [f.metadata.get("json", f.name) for f in attrs.fields(cls)
            if f.init and not f.name.startswith("_")]


def _path(root: str, path: tuple[Part, ...]) -> str:
    text = root
    for step in path:
        text = _joined(text, step)
    return text


def _problem(root: str, data: object, path: tuple[Part, ...], exc: BaseException,
             expected: Any) -> list[str]:
    from cattrs import ForbiddenExtraKeysError  # noqa: PLC0415
    from cattrs.v import format_exception  # noqa: PLC0415

    if isinstance(exc, ForbiddenExtraKeysError):
        known = _keys(exc.cl)
        return [unknown_key(_path(root, path), key, known) for key in sorted(exc.extra_fields)]
    if isinstance(exc, KeyError):
        return [f"{_path(root, path)}: required key missing"]
    detail = str(exc) if isinstance(exc, (ValueError, TypeError)) else ""
    value = _at(data, path)
    if isinstance(value, dict) and detail:  # a record's own rule: the field it names
        field = detail.split(" ", 1)[0].rstrip(":")
        if field in value:
            path, value, detail = (*path, field), value[field], detail[len(field):].lstrip(": ")
    where = _path(root, path)
    if isinstance(value, (dict, list)) or value is _NOTHING:  # (no one value to show)
        message = detail or format_exception(exc, expected)
        return [f"{where}: {message}" if where else message]
    message = _GOT.sub("", detail) if ", got " in detail or "(got " in detail else ""
    message = message or format_exception(exc, expected)
    return [f"{where} = {_shown(value)}: {message}" if where else message]


def problems(exc: BaseException, data: object, root: str) -> list[str]:
    """Each problem in ``exc`` (cattrs' error reading ``data``) as ``path = value: what``.

    ``root`` starts each path (empty for a comparison's dict: its paths are the dict's own).
    """
    return [text for path, leaf, expected in _leaves(exc)
            for text in _problem(root, data, path, leaf, expected)]
