"""Guards at the API's edge that every layer shares: how a wrong argument is shown, a switch.

A public function's boolean switch takes ``True`` or ``False`` only: a string such as ``"no"``
is truthy, and read as true it would mean the opposite of what was asked (API review 15, A2).
A keyword the function does not take is refused by :func:`keywords_checked`, with the closest.
A date is a ``datetime.date`` or its ISO text (:func:`iso_day`); a list of names is any iterable
of them, or one name (:func:`check_names_given`); a count is a positive whole number
(:func:`check_count`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import ParamSpec, TypeVar

from phicompare.exceptions import ArgumentError

__all__ = ["check_count", "check_flag", "check_names_given", "day_refused", "iso_day",
           "keywords_checked", "kind"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

_VAR_POSITIONAL, _VAR_KEYWORDS = 0x04, 0x08
"""``inspect.CO_VARARGS`` and ``CO_VARKEYWORDS``: the function takes ``*more``, ``**options``
(``inspect`` itself costs an import)."""


def kind(value: object) -> str:
    """``value`` as an error message shows it: its type and repr, short.

    Examples:
        >>> kind("no"), kind(None), kind(0)
        ("str 'no'", 'None', 'int 0')
    """
    return "None" if value is None else f"{type(value).__name__} {value!r}"[:80]


def check_flag(name: str, value: object, *, either: bool = False) -> None:
    """Raise :class:`ArgumentError` unless the switch ``name`` is ``True`` or ``False``.

    ``either=True`` allows ``None`` too (a three-way switch, such as ``open_weights``).

    Examples:
        >>> check_flag("bundled", True)
        >>> check_flag("open_weights", None, either=True)
        >>> check_flag("bundled", "no")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: bundled must be True or False, got str 'no'
    """
    if isinstance(value, bool) or (either and value is None):
        return
    allowed = "True, False or None (either)" if either else "True or False"
    msg = f"{name} must be {allowed}, got {kind(value)}"
    raise ArgumentError(msg)


_ISO_DAY = r"\d{4}-\d{2}-\d{2}"
"""A date's ISO text, ``YYYY-MM-DD``: nothing else a string may be (not ``20250101``, whose
digits ``date.fromisoformat`` also reads from Python 3.11)."""


def iso_day(value: object) -> dt.date | None:
    """``value`` as a date: a date, a date-time's date, or its ISO text; ``None`` for anything else.

    Examples:
        >>> iso_day("2025-01-01"), iso_day(dt.datetime(2025, 1, 1, 9, 30))
        (datetime.date(2025, 1, 1), datetime.date(2025, 1, 1))
        >>> iso_day("2025-13-01"), iso_day("1 Jan 2025"), iso_day(20250101)
        (None, None, None)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(_ISO_DAY, value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:  # 2025-13-01, 2025-02-30
            return None
    return None


def day_refused(name: str, value: object) -> str:
    """Why ``value`` is no date for the argument ``name``, and the forms one takes.

    Examples:
        >>> print(day_refused("as_of", "2025-02-30"))
        as_of must be a date or its ISO text (YYYY-MM-DD), such as datetime.date(2025, 1, 1) or \
'2025-01-01'; got str '2025-02-30', which is no day
        >>> print(day_refused("today", 20250101))
        today must be a date or its ISO text (YYYY-MM-DD), such as datetime.date(2025, 1, 1) or \
'2025-01-01'; got int 20250101
    """
    iso = isinstance(value, str) and re.fullmatch(_ISO_DAY, value.strip())
    return (f"{name} must be a date or its ISO text (YYYY-MM-DD), such as "
            f"datetime.date(2025, 1, 1) or '2025-01-01'; got {kind(value)}"
            + (", which is no day" if iso else ""))


def check_names_given(name: str, value: object, example: str) -> None:
    """Raise :class:`ArgumentError` unless ``value`` is names: an iterable of them, or one (str).

    What each name is, and whether the catalog knows it, is the caller's to check.

    Examples:
        >>> check_names_given("providers", ["openrouter"], "['openrouter']")
        >>> check_names_given("providers", 5, "['openrouter']")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: providers is a list of names such as \
['openrouter'], or one name, got int 5
    """
    if not isinstance(value, (str, Iterable)):
        msg = f"{name} is a list of names such as {example}, or one name, got {kind(value)}"
        raise ArgumentError(msg)


def check_count(name: str, value: object, what: str) -> None:
    """Raise :class:`ArgumentError` unless ``value`` is a positive whole number (of ``what``).

    Examples:
        >>> check_count("Catalog.neighbours: limit", 3, "models")
        >>> check_count("Catalog.neighbours: limit", 1.5, "models")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: Catalog.neighbours: limit is a positive whole \
number of models, got float 1.5
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        msg = f"{name} is a positive whole number of {what}, got {kind(value)}"
        raise ArgumentError(msg)


def keywords_checked(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """``function``, refusing a wrong keyword, too many by position, one twice or left out.

    A keyword it does not take, keywords given by position, an argument given both by position
    and by keyword, or a required one left out: Python's own ``TypeError`` ("got an unexpected
    keyword argument 'trafic'", "takes 1 positional argument but 4 were given", "got multiple
    values for argument", "missing 2 required keyword-only arguments") is no
    :class:`~phicompare.exceptions.PhicompareError` and names neither the keyword meant nor the
    call: this is an :class:`ArgumentError` that does, in one line. The arguments are checked
    before the call, so a ``TypeError`` raised inside ``function`` is never taken for a slip of
    the caller's; the signature is
    ``function``'s own (``ParamSpec``), so mypy still checks every keyword, and
    ``inspect.signature`` and ``help()`` show it. A function's own ``**options`` (or
    ``*more``) are left to it; a first parameter named ``cls`` or ``self`` is not shown.

    Examples:
        >>> @keywords_checked
        ... def cost(model: str, *, traffic: int = 0) -> int:
        ...     return traffic
        >>> cost("phi-2", trafic=5)
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: cost: unknown keyword 'trafic'; did you mean \
'traffic'?
        >>> cost("phi-2", 5)
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: cost takes 1 positional argument, got 2; did you \
mean cost('phi-2', traffic=5)?
    """
    code = function.__code__
    any_keyword = bool(code.co_flags & _VAR_KEYWORDS)
    if any_keyword and code.co_flags & _VAR_POSITIONAL:
        return function
    positional, by_name = code.co_argcount, code.co_posonlyargcount
    names = code.co_varnames[by_name:code.co_argcount + code.co_kwonlyargcount]
    taken = frozenset(names)
    shown = names[1:] if names[:1] in (("cls",), ("self",)) else names  # not the caller's
    needed = positional - len(function.__defaults__ or ())  # the first ones have no default
    given_after = frozenset(name for name in names[positional - by_name:]
                            if name not in (function.__kwdefaults__ or {}))  # no default
    by_position = code.co_varnames[:positional]  # (those after ``by_name`` may come either way)

    @functools.wraps(function)
    def checked(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not any_keyword and not kwargs.keys() <= taken:
            unknown = next(name for name in kwargs if name not in taken)
            raise ArgumentError(_keyword_refused(function.__qualname__, unknown, shown))
        if len(args) > positional and not code.co_flags & _VAR_POSITIONAL:
            raise ArgumentError(_call_refused(function, args, kwargs))
        # one given both ways, or one left out: the slow path names it (the usual call, models
        # by position and options by keyword, names no argument twice: nothing more to look at)
        twice = kwargs and not kwargs.keys().isdisjoint(by_position[by_name:len(args)])
        if twice or len(args) < needed or not kwargs.keys() >= given_after:
            _check_bound(function, args, kwargs)
        return function(*args, **kwargs)

    return checked


def _check_bound(function: Callable[..., object], args: Sequence[object],
                 kwargs: dict[str, object]) -> None:
    """Refuse an argument given both by position and by keyword, or a required one left out.

    Examples:
        >>> def cost(model: str, *, traffic: int) -> int:
        ...     return traffic
        >>> _check_bound(cost, ("phi-2",), {"traffic": 1, "model": "phi-4"})
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: cost: 'model' given twice, by position ('phi-2') \
and by keyword
        >>> _check_bound(cost, (), {})
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: cost: missing required argument 'model'
    """
    code, name = function.__code__, function.__qualname__
    bound = code.co_varnames[:code.co_argcount]
    for index in range(code.co_posonlyargcount, min(len(args), len(bound))):
        if bound[index] in kwargs:
            import reprlib  # noqa: PLC0415 - the error path only

            given = reprlib.repr(args[index])
            msg = f"{name}: {bound[index]!r} given twice, by position ({given}) and by keyword"
            raise ArgumentError(msg)
    needed = bound[:code.co_argcount - len(function.__defaults__ or ())]
    missing = [arg for arg in needed[len(args):] if arg not in kwargs]
    if missing:
        s = "" if len(missing) == 1 else "s"
        raise ArgumentError(f"{name}: missing required argument{s} "
                            f"{', '.join(map(repr, missing))}")
    after = code.co_varnames[code.co_argcount:code.co_argcount + code.co_kwonlyargcount]
    missing = [arg for arg in after
               if arg not in (function.__kwdefaults__ or {}) and arg not in kwargs]
    if missing:
        s = "" if len(missing) == 1 else "s"
        raise ArgumentError(f"{name}: missing required keyword{s} "
                            f"{', '.join(map(repr, missing))}")


def _call_refused(function: Callable[..., object], args: Sequence[object],
                  kwargs: dict[str, object]) -> str:
    """Why ``function(*args, **kwargs)`` is refused, too many by position, and the call meant.

    Examples:
        >>> def cost(model: str, *, traffic: int = 0) -> int:
        ...     return traffic
        >>> _call_refused(cost, ("phi-2", 5, 6), {})
        'cost takes 1 positional argument, got 3, more than it takes: model, traffic'
        >>> def check(self: object) -> None: ...
        >>> _call_refused(check, (None, True), {})
        'check takes no arguments, got 1'
    """
    import reprlib  # noqa: PLC0415 - the error path only

    code = function.__code__
    names = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
    bound = 1 if names[:1] in (("cls",), ("self",)) else 0  # a method's own, not the caller's
    allowed, given = code.co_argcount - bound, len(args) - bound
    free = [name for name in names[code.co_argcount:] if name not in kwargs]
    extra = args[code.co_argcount:]
    meant = [reprlib.repr(value) for value in args[bound:code.co_argcount]]
    meant += [f"{name}={reprlib.repr(value)}" for name, value in zip(free, extra, strict=False)]
    meant += [f"{name}={reprlib.repr(value)}" for name, value in kwargs.items()]
    s = "" if given == 1 else "s"
    taken = (f"takes keywords, got {given} positional argument{s}" if not allowed else
             f"takes {allowed} positional argument{'' if allowed == 1 else 's'}, got {given}")
    name = function.__qualname__
    if not names[bound:]:
        return f"{name} takes no arguments, got {given}"
    if len(extra) > len(free):  # more than it has names for: no call is meant
        return f"{name} {taken}, more than it takes: {', '.join(names[bound:])}"
    return f"{name} {taken}; did you mean {name}({', '.join(meant)})?"


def _keyword_refused(caller: str, name: str, names: Sequence[str]) -> str:
    """``caller``'s refusal of the keyword ``name``: a name it begins, else the closest, else all.

    Examples:
        >>> _keyword_refused("f", "input", ("input_tokens", "output_tokens"))
        "f: unknown keyword 'input'; did you mean 'input_tokens'?"
        >>> _keyword_refused("f", "zzz", ("a", "b"))
        "f: unknown keyword 'zzz'; it takes a, b"
        >>> _keyword_refused("Comparison.check", "strict", ())
        "Comparison.check: unknown keyword 'strict'; it takes none"
    """
    import difflib  # noqa: PLC0415 - the error path only

    close = [k for k in names if k.startswith(name)] or difflib.get_close_matches(
        name, names, n=1)
    hint = (f"did you mean {close[0]!r}?" if close else
            f"it takes {', '.join(names)}" if names else "it takes none")
    return f"{caller}: unknown keyword {name!r}; {hint}"
