"""Guards at the API's edge that every layer shares: how a wrong argument is shown, a switch.

A public function's boolean switch takes ``True`` or ``False`` only: a string such as ``"no"``
is truthy, and read as true it would mean the opposite of what was asked (API review 15, A2).
A keyword the function does not take is refused by :func:`keywords_checked`, with the closest.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import ParamSpec, TypeVar

from phicompare.exceptions import ArgumentError

__all__ = ["check_flag", "keywords_checked", "kind"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

_VAR_KEYWORDS = 0x08
"""``inspect.CO_VARKEYWORDS``: the function takes ``**options`` (``inspect`` costs an import)."""


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


def keywords_checked(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """``function``, refusing a keyword it does not take with an :class:`ArgumentError`.

    Python's own ``TypeError`` ("got an unexpected keyword argument 'trafic'") is no
    :class:`~phicompare.exceptions.PhicompareError` and names no keyword the function takes. The
    names are checked before the call, so a ``TypeError`` raised inside ``function`` is never
    taken for a slip of the caller's; the signature is ``function``'s own (``ParamSpec``), so
    mypy still checks every keyword, and ``inspect.signature`` and ``help()`` show it. A
    function with its own ``**options`` is left to check them.

    Examples:
        >>> @keywords_checked
        ... def cost(model: str, *, traffic: int = 0) -> int:
        ...     return traffic
        >>> cost("phi-2", trafic=5)  # type: ignore[call-arg]
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: cost: unknown keyword 'trafic'; did you mean \
'traffic'?
    """
    code = function.__code__
    if code.co_flags & _VAR_KEYWORDS:
        return function
    names = code.co_varnames[code.co_posonlyargcount:code.co_argcount + code.co_kwonlyargcount]
    taken = frozenset(names)

    @functools.wraps(function)
    def checked(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not kwargs.keys() <= taken:
            unknown = next(name for name in kwargs if name not in taken)
            raise ArgumentError(_keyword_refused(function.__qualname__, unknown, names))
        return function(*args, **kwargs)

    return checked


def _keyword_refused(caller: str, name: str, names: Sequence[str]) -> str:
    """``caller``'s refusal of the keyword ``name``: a name it begins, else the closest, else all.

    Examples:
        >>> _keyword_refused("f", "input", ("input_tokens", "output_tokens"))
        "f: unknown keyword 'input'; did you mean 'input_tokens'?"
        >>> _keyword_refused("f", "zzz", ("a", "b"))
        "f: unknown keyword 'zzz'; it takes a, b"
    """
    import difflib  # noqa: PLC0415 - the error path only

    close = [k for k in names if k.startswith(name)] or difflib.get_close_matches(
        name, names, n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"it takes {', '.join(names)}"
    return f"{caller}: unknown keyword {name!r}; {hint}"
