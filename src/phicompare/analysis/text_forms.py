"""The messages of arguments given in the command line's text forms, which the API does not take.

The API takes typed values: a :class:`~phicompare.Traffic`, a ``datetime.date``, a pair of
weights, a share as a ``Decimal``. Given the text the command line reads ("800M:250M",
"7:3", "30%"), an argument is refused as before, and its message says which forms it takes
and how to write that text in one of them: ``Traffic.parse('800M:250M')``, the parser that
exists, for a traffic (API review 15, A9; helper fixS). Nothing here widens what an argument
accepts; a date's ISO text ("2025-01-01") is taken for ``as_of`` (helper apiAB), and other text
is refused here.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from phicompare.domain.arguments import day_refused, kind

__all__ = ["as_of_refused", "blend_refused", "budget_refused", "dict_refused",
           "materiality_refused", "percent_hint", "traffic_refused"]


def traffic_refused(value: object) -> str:
    """Why ``value`` is no traffic, and how to make one.

    Examples:
        >>> print(traffic_refused("800M:250M"))
        traffic must be a Traffic, got str '800M:250M': the command line's text forms are read \
by Traffic.parse('800M:250M')
        >>> print(traffic_refused("lots"))
        traffic must be a Traffic, got str 'lots', which is no traffic text either: build one \
with Traffic(input_tokens=..., output_tokens=...), Traffic.from_requests(...) or \
Traffic.parse('800M:250M')
        >>> print(traffic_refused({"input_tokens": 1}))  # doctest: +ELLIPSIS
        traffic must be a Traffic, got dict {'input_tokens': 1}: build one with \
Traffic(input_tokens=..., output_tokens=...), Traffic.from_requests(...) or \
Traffic.parse('800M:250M')
    """
    if isinstance(value, str) and _reads(value):
        return (f"traffic must be a Traffic, got {kind(value)}: the command line's text forms "
                f"are read by Traffic.parse({value!r})")
    either = ", which is no traffic text either" if isinstance(value, str) else ""
    return (f"traffic must be a Traffic, got {kind(value)}{either}: build one with "
            "Traffic(input_tokens=..., output_tokens=...), Traffic.from_requests(...) or "
            "Traffic.parse('800M:250M')")


def _reads(text: str) -> bool:
    """Whether ``Traffic.parse`` reads ``text``."""
    from phicompare.exceptions import PhicompareError  # noqa: PLC0415 - the error path only

    from .traffic_text import parse  # noqa: PLC0415 - (its module imports this one's)

    try:
        parse(text)
    except (PhicompareError, ValueError, ArithmeticError):
        return False
    return True


# The patterns of these messages are compiled (and kept) by ``re`` when a refused argument first
# needs one: none is compiled on import, where each would cost every process 0.1 to 0.3 ms.
_PERCENT = r"^\s*(?P<number>[0-9.]+)\s*%\s*$"


def _exact(value: object) -> Decimal | None:
    """``value`` as the exact share its text or float shows ("10%" is 0.1), else ``None``."""
    text = str(value) if isinstance(value, (str, float)) else None
    if text is None:
        return None
    percent = re.match(_PERCENT, text)
    try:
        share = Decimal(percent["number"]) / 100 if percent else Decimal(text)
    except InvalidOperation:
        return None
    return share if share.is_finite() else None


def percent_hint(value: object) -> str:
    """A percentage's share as a share is written (": write it as '0.3'"), else nothing.

    Examples:
        >>> percent_hint("30%"), percent_hint("0.3"), percent_hint("abc%")
        (": write it as '0.3'", '', '')
    """
    if not isinstance(value, str) or not re.match(_PERCENT, value):
        return ""
    share = _exact(value)
    return "" if share is None else f": write it as '{share.normalize():f}'"


def materiality_refused(value: object) -> str:
    """Why ``value`` is no materiality threshold, and the form it takes.

    Examples:
        >>> print(materiality_refused("0.1"))
        materiality is a share from 0 up to (not including) 1, given as a Decimal or an int, \
such as Decimal('0.05'); got str '0.1': pass Decimal('0.1')
        >>> print(materiality_refused(Decimal(1)))
        materiality is a share from 0 up to (not including) 1, given as a Decimal or an int, \
such as Decimal('0.05'); got Decimal '1'
    """
    share = _exact(value)
    shown = f"Decimal {str(value)!r}" if isinstance(value, Decimal) else kind(value)
    hint = (f": pass Decimal('{share.normalize():f}')"
            if share is not None and 0 <= share < 1 else "")
    return ("materiality is a share from 0 up to (not including) 1, given as a Decimal or an "
            f"int, such as Decimal('0.05'); got {shown}{hint}")


def as_of_refused(value: object) -> str:
    """Why ``value`` is no date: ``as_of`` takes a date or its ISO text, nothing else.

    Examples:
        >>> print(as_of_refused("1 Jan 2025"))
        as_of must be a date or its ISO text (YYYY-MM-DD), such as datetime.date(2025, 1, 1) or \
'2025-01-01'; got str '1 Jan 2025'
        >>> print(as_of_refused(20250101))
        as_of must be a date or its ISO text (YYYY-MM-DD), such as datetime.date(2025, 1, 1) or \
'2025-01-01'; got int 20250101
    """
    return day_refused("as_of", value)


_DOLLARS = r"^\s*\$?\s*(?P<number>[0-9][0-9,]*(\.[0-9]*)?)\s*$"


def budget_refused(value: object) -> str:
    """Why ``value`` is no budget, and, for the command line's "$1,500", the number it names.

    Examples:
        >>> print(budget_refused("$1,500"))
        budget is USD a month as a finite number, zero or more, such as Decimal('200') or \
'200'; got str '$1,500': pass Decimal('1500')
        >>> print(budget_refused("lots"))
        budget is USD a month as a finite number, zero or more, such as Decimal('200') or \
'200'; got str 'lots'
    """
    dollars = re.match(_DOLLARS, value) if isinstance(value, str) else None
    hint = (f": pass Decimal('{Decimal(dollars['number'].replace(',', '')).normalize():f}')"
            if dollars else "")
    return ("budget is USD a month as a finite number, zero or more, such as Decimal('200') or "
            f"'200'; got {kind(value)}{hint}")


_PAIR = r"^\s*(?P<a>\d+)\s*[:/,]\s*(?P<b>\d+)\s*$"


def blend_refused(value: object) -> str:
    """Why ``value`` is no blend, and, for the command line's "7:3", the pair it names.

    Examples:
        >>> print(blend_refused("7:3"))
        blend is (input weight, output weight), whole numbers, such as (7, 3); got str '7:3'
        >>> print(blend_refused((0, 0)))
        blend is (input weight, output weight), whole numbers, such as (3, 1); got tuple (0, 0)
    """
    pair = re.match(_PAIR, value) if isinstance(value, str) else None
    example = f"({int(pair['a'])}, {int(pair['b'])})" if pair else "(3, 1)"
    return (f"blend is (input weight, output weight), whole numbers, such as {example}; "
            f"got {kind(value)}")


def dict_refused(value: object) -> str:
    """Why ``value`` is no comparison's dict, and, for ``to_json()``'s text, how to read it.

    Examples:
        >>> print(dict_refused('{"format": 1}'))
        a comparison is a dict from to_dict(), got str: to_json()'s text is read by \
Comparison.from_json(text)
        >>> print(dict_refused([1]))
        a comparison is a dict from to_dict(), got list
    """
    hint = (": to_json()'s text is read by Comparison.from_json(text)"
            if isinstance(value, (str, bytes, bytearray)) else "")
    return f"a comparison is a dict from to_dict(), got {type(value).__name__}{hint}"
