"""Names and days given to command-line options, refused when empty: an unset variable.

``--provider "$ALLOWED"`` or ``--as-of "$DAY"`` with the variable unset must not drop the
filter or mean today; the API refuses both too (review 27, P5). A day is read by the API's own
rule, the same on every Python (P6).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from phicompare.safe import shown

from .options import UsageError

__all__ = ["names_of", "parse_date"]


def parse_date(text: str) -> dt.date:
    """An ISO day (``2026-01-31``), by the API's rule (:func:`phicompare.domain.arguments.iso_day`).

    Not ``20250101`` nor a week date ``2025-W01-1``, which ``date.fromisoformat`` reads from
    Python 3.11 only (review 27, P6); an empty value is an unset variable, never today (P5).

    Examples:
        >>> parse_date("2026-01-31")
        datetime.date(2026, 1, 31)
        >>> parse_date("20260131")
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --as-of: '20260131' is not a date such as 2026-01-31
    """
    from phicompare.domain.arguments import iso_day  # noqa: PLC0415

    day = iso_day(text)
    if day is None:
        msg = (f"--as-of: {shown(text)} is not a date such as 2026-01-31" if text.strip()
               else "--as-of: empty date (an unset variable?)")
        raise UsageError(msg)
    return day


def names_of(values: Sequence[str] | None, option: str = "--provider",
             *, commas: bool = True) -> list[str]:
    """The names of a repeatable option's values, each cut at commas; an empty one is refused.

    An unset variable (``--provider "$ALLOWED"``) must not drop the filter, which would allow
    every provider, the opposite of what was asked; the API refuses it too (review 27, P5).
    ``commas=False`` keeps each value whole (a vendor's name may hold a comma).

    Examples:
        >>> names_of(["openrouter, groq", "fireworks"])
        ['openrouter', 'groq', 'fireworks']
        >>> names_of(["openrouter,"], "--exclude-provider")
        Traceback (most recent call last):
        ...
        phicompare.cli.options.UsageError: --exclude-provider: empty name (an unset variable?)
    """
    names = [n.strip() for item in values or () for n in (item.split(",") if commas else [item])]
    if "" in names:
        msg = f"{option}: empty name (an unset variable?)"
        raise UsageError(msg)
    return names
