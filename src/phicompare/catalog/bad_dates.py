"""Impossible dates in TOML: the key path and value, not the parser's syntax error.

TOML reads ``released = 2025-13-01`` as the number 2025 followed by text it cannot read, so the
parser's error names a line and column and a cause that is not the fault (review 11, K10). Here
each such token is set aside as a marked string, the file is read again, and the mark is looked
up to give the key it sits at: ``models[0].released = 2025-13-01: is not a date (month must be
in 1..12)``. A file whose error is anything else keeps the parser's message.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from phicompare.exceptions import Problem

from .values import render_path

__all__ = ["date_problems"]

_TOKEN = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
                    r"(?:[Zz]|[+-](\d{2}):(\d{2}))?)?")
_MARK = "phicompare-unreadable-date-"
_WHAT = ("date", "date and time")
_MOST = 100
"""How many impossible dates one file may hold before the parser's own message is given."""


class _Written(str):
    """A value shown as the file writes it (``2025-13-01``), not quoted as a string."""

    __slots__ = ()

    def __repr__(self) -> str:
        return str(self)


def _fault(token: re.Match[str]) -> str | None:
    """Why a date or date-time token is impossible, or ``None`` where it is a real one."""
    groups = token.groups()
    year, month, day, hour, minute, second = (int(g or 0) for g in groups[:6])
    try:
        dt.date(year, month, day)
        dt.time(hour, minute, second)
    except ValueError as exc:
        return str(exc)
    if groups[6] is not None and (int(groups[6]) > 23 or int(groups[7]) > 59):
        return "a UTC offset is at most 23:59"
    return None


def _at(text: str, pos: int) -> re.Match[str] | None:
    """The date-like token of ``text`` that the parser stopped in, at or before ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:] if end < 0 else text[start:end]
    for token in _TOKEN.finditer(line):
        if token.start() <= pos - start <= token.end():
            return _TOKEN.fullmatch(text, start + token.start(), start + token.end())
    return None


def _marks(value: object, path: list[str | int]) -> Iterator[tuple[int, list[str | int]]]:
    """Each marked string under ``value``, with its key path."""
    if isinstance(value, str) and value.startswith(_MARK):
        yield int(value.removeprefix(_MARK)), path
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _marks(item, [*path, key])
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _marks(item, [*path, i])


def date_problems(text: str, file: str, pos: int) -> list[Problem]:
    r"""One problem per impossible date in ``text``, or ``[]`` where the fault is another.

    ``pos`` is where the parser stopped.

    Examples:
        >>> [str(p) for p in date_problems("[m]\nreleased = 2025-13-01\n", "f.toml", 20)]
        ['f.toml: m.released = 2025-13-01: is not a date (month must be in 1..12)']
        >>> date_problems("a = = 1\n", "f.toml", 4)
        []
    """
    import tomli  # noqa: PLC0415 - read only where a file failed to parse

    faults: list[tuple[str, str]] = []
    while pos >= 0 and len(faults) < _MOST:
        token = _at(text, pos)
        fault = None if token is None else _fault(token)
        if token is None or fault is None:
            return []
        text = f'{text[:token.start()]}"{_MARK}{len(faults)}"{text[token.end():]}'
        faults.append((token.group(0), fault))
        try:
            data: dict[str, Any] = tomli.loads(text)
        except tomli.TOMLDecodeError as exc:
            pos = getattr(exc, "pos", -1)
            continue
        except (RecursionError, ValueError):
            return []
        return [Problem(file, render_path(path), _Written(faults[n][0]),
                        f"is not a {_WHAT[len(faults[n][0]) > 10]} ({faults[n][1]})")
                for n, path in _marks(data, [])]
    return []
