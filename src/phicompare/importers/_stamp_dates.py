"""A release date before the month the model's own id is stamped with cannot be (review 9, H2).

A maker's id that closes on a release stamp names the month of that release: Mistral's and
Qwen's year-month ``-2512`` (December 2025), a dated snapshot's ``-20241022`` or ``-2024-10-22``,
ByteDance's ``-250715``. A source that dates the model earlier (models.dev's 2024-11-01 for
``mistral-large-2512``, 2024-12-01 for ``voxtral-mini-3b-2507``) describes something else (a
predecessor, a listing placeholder); the date is dropped, so the model's release is unknown,
never a month before it could exist (``tools/bundle_catalog.py`` applies the rule beside the
other impossible-date rules of :mod:`._quality`; a keyed correction may then set the date a
primary source gives). Month-day stamps (OpenAI's ``-0613``) name no year and are not read.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from phicompare.domain.records import Model
from phicompare.domain.stamps import id_stamp

from ._noted import noted

__all__ = ["id_stamp", "stamp_echo", "stamped_dates"]

_DAY_STAMP = re.compile(r"(?<![\w.])(20\d\d)-?(0[1-9]|1[0-2])-?([0-3]\d)(?![\w.])")


def stamp_echo(name: str, day: object) -> bool:
    """Whether ``day`` is only the snapshot date stamped in ``name`` (its YYYYMMDD, read back).

    A dated snapshot's stamp is the day its weights were cut, not the day the maker launched the
    model: Anthropic stamped Claude Opus 4.5 ``20251101`` and announced it on 2025-11-24. A source
    whose release date merely repeats the stamp gives way to a maker's record with another date
    (:func:`~._assemble._choose`; review 14, N7).

    Examples:
        >>> stamp_echo("claude-opus-4-5-20251101", dt.date(2025, 11, 1))
        True
        >>> stamp_echo("claude-opus-4-5", dt.date(2025, 11, 24)), stamp_echo("m-2512", "x")
        (False, False)
    """
    if not isinstance(day, dt.date):
        return False
    found = _DAY_STAMP.findall(name)
    return bool(found) and tuple(map(int, found[-1])) == (day.year, day.month, day.day)


def stamped_dates(model: Model) -> tuple[Model, str | None]:
    """``model`` without a release date before its id's stamp month, and a line saying so.

    Examples:
        >>> import datetime as dt
        >>> large = Model(id="mistral-large-2512", name="Mistral Large 3",
        ...               released=dt.date(2024, 11, 1))
        >>> fixed, line = stamped_dates(large)
        >>> fixed.released, line
        (None, 'mistral-large-2512: release 2024-11-01 before its id stamp (2025-12): dropped')
        >>> fixed.notes.startswith("Release date 2024-11-01 dropped: the id is stamped 2025-12")
        True
        >>> same = attrs.evolve(large, released=dt.date(2025, 12, 2))
        >>> stamped_dates(same) == (same, None)
        True
    """
    stamp = id_stamp(model.id)
    released = model.released
    if stamp is None or released is None or (released.year, released.month) >= stamp:
        return model, None
    month = f"{stamp[0]}-{stamp[1]:02d}"
    note = (f"Release date {released} dropped: the id is stamped {month}, a later month "
            "(docs/data-notes.md).")
    fixed = attrs.evolve(model, released=None,
                         notes=noted(model.notes, note))
    return fixed, f"{model.id}: release {released} before its id stamp ({month}): dropped"
