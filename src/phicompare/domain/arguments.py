"""Guards at the API's edge that every layer shares: how a wrong argument is shown, a switch.

A public function's boolean switch takes ``True`` or ``False`` only: a string such as ``"no"``
is truthy, and read as true it would mean the opposite of what was asked (API review 15, A2).
"""

from __future__ import annotations

from phicompare.exceptions import ArgumentError

__all__ = ["check_flag", "kind"]


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
