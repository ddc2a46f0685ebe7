"""Requirement options of ``list`` and ``pick``: ``--min-context`` and ``--budget``.

Each bad value is one line naming the option (review 11, K14): ``--min-context: '0' is not a
positive number of tokens``, never the Python argument the library would name.
"""

from __future__ import annotations

from decimal import Decimal

from .options import UsageError, parse_count, shown

__all__ = ["parse_budget", "parse_tokens"]


def parse_tokens(text: str, option: str = "--min-context") -> int:
    """A positive count of tokens, as :func:`parse_count` reads it (review 11, K14).

    Examples:
        >>> parse_tokens("128K")
        128000
        >>> parse_tokens("0")
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --min-context: '0' is not a positive number of tokens
    """
    if text.strip().startswith("-") or parse_count(text, option) == 0:
        msg = f"{option}: {shown(text)} is not a positive number of tokens"
        raise UsageError(msg)
    return parse_count(text, option)


def parse_budget(text: str) -> Decimal:
    """``--budget``: USD a month, zero or more, as ``recommend(budget=...)`` reads it.

    Examples:
        >>> parse_budget("$1,500"), parse_budget("200")
        (Decimal('1500'), Decimal('200'))
    """
    try:
        value = Decimal(text.strip().lstrip("$").replace(",", "")[:64])
    except ArithmeticError:
        value = Decimal("NaN")
    if len(text) > 64 or not value.is_finite() or value < 0:
        msg = f"--budget: {shown(text)} is not USD a month, zero or more, such as 200"
        raise UsageError(msg)
    return value
