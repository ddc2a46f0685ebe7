"""When a model can be used: released by then, with a route in force that has not retired.

The days a model can be used on are a property of its record alone, so the bundled index
keeps them (:func:`use_spans`) and a page's related comparisons read them there, not from
each neighbour's file. ``analysis.eligibility`` re-exports :func:`current_routes`.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence

from .pricing import ProviderRoute
from .records import Model

__all__ = ["Span", "current_routes", "first_listed", "in_spans", "out_by", "read_spans",
           "span_turns", "spans_text", "usable", "usable_turns", "use_spans"]

Span = tuple[dt.date | None, dt.date | None]
"""Days ``[start, end)`` on which a model can be used; ``None`` leaves that end open."""


def current_routes(routes: Iterable[ProviderRoute], as_of: dt.date) -> list[ProviderRoute]:
    """The routes in force on ``as_of``: of each price history, the latest price not in the future.

    Routes of one provider and provider model id form a history when they carry
    ``effective_from`` dates; a route without one is in force from the start.
    """
    latest: dict[tuple[str, str | None], ProviderRoute] = {}
    order: list[tuple[str, str | None]] = []
    for route in routes:
        if route.effective_from is not None and route.effective_from > as_of:
            continue
        key = (route.provider, route.provider_model_id)
        held = latest.get(key)
        if held is None:
            order.append(key)
            latest[key] = route
        elif (route.effective_from or dt.date.min) >= (held.effective_from or dt.date.min):
            latest[key] = route
    return [latest[key] for key in order]


def usable(model: Model, day: dt.date) -> bool:
    """Whether ``model`` can be used on ``day``: released by then, and not retired.

    Not before its release date (where recorded), as no route carries it then; retired where it
    has routes, every one in force on ``day`` (:func:`current_routes`) has retired by then, as
    the route table says of each (``retired on ...``), and its weights are not published. A
    model with published weights runs from them when no route serves it (as a page says of
    one, review 20, P5), and one with no route recorded has none to retire: neither is retired.
    :func:`usable_turns` gives the days on which the answer can change.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> flash = default_catalog().model("gemini-2.0-flash")  # every route retires 2026-06-01
        >>> [usable(flash, dt.date(y, m, d)) for y, m, d in ((2025, 1, 1), (2026, 5, 31),
        ...                                                  (2026, 6, 1))]
        [False, True, False]
        >>> usable(default_catalog().model("phi-3.5-mini"), dt.date(2026, 12, 3))  # its weights
        True
    """
    if model.released is not None and day < model.released:
        return False
    return model.open_weights is True or not model.routes or any(not route.retired(day)
                                   for route in current_routes(model.routes, day))


def usable_turns(model: Model) -> tuple[dt.date, ...]:
    """The days on which :func:`usable` can change for ``model``, in order.

    Its release date and its routes' ``effective_from`` and ``retires`` dates: :func:`usable`
    asks of each only whether ``day`` has reached it, so two days with as many of these on or
    before them get one answer.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> usable_turns(default_catalog().model("gemini-2.0-flash"))
        (datetime.date(2025, 2, 5), datetime.date(2026, 6, 1))
    """
    days = {model.released} | {day for route in model.routes
                               for day in (route.effective_from, route.retires)}
    return tuple(sorted(day for day in days if day is not None))


def first_listed(model: Model) -> dt.date | None:
    """The earliest day a route of ``model`` was listed (checked); ``None`` with no route.

    Examples:
        >>> from phicompare import default_catalog
        >>> first_listed(default_catalog().model("deepseek-reasoner"))
        datetime.date(2026, 7, 2)
    """
    return min((route.checked for route in model.routes), default=None)


def out_by(model: Model, day: dt.date) -> bool:
    """Whether ``model`` is out by ``day``: the rule ``pick --as-of`` applies (API review 14, A1).

    Released by then where its release date is recorded; where not, a route of it listed by
    then (:func:`first_listed`), as unknown is never met: a model with neither is never out.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> reasoner = default_catalog().model("deepseek-reasoner")  # no release date recorded
        >>> out_by(reasoner, dt.date(2024, 6, 1)), out_by(reasoner, dt.date(2026, 7, 2))
        (False, True)
    """
    if model.released is not None:
        return model.released <= day
    listed = first_listed(model)
    return listed is not None and listed <= day


def use_spans(model: Model) -> tuple[Span, ...]:
    """The spans of days on which ``model`` is :func:`out_by` them and :func:`usable`, in order.

    One answer a stretch between two of :func:`usable_turns`' days, merged where they agree; a
    model with no release date recorded starts on the day a route of it was first listed
    (review 30, F8: a page dated before then suggested comparing it), and one with no route
    either has none.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> use_spans(default_catalog().model("gemini-2.0-flash"))
        ((datetime.date(2025, 2, 5), datetime.date(2026, 6, 1)),)
        >>> use_spans(default_catalog().model("phi-2"))
        ((datetime.date(2023, 12, 12), None),)
        >>> use_spans(default_catalog().model("deepseek-reasoner"))
        ((datetime.date(2026, 7, 2), None),)
    """
    if model.released is None:
        listed = first_listed(model)
        if listed is None:
            return ()
        return tuple((max(start or listed, listed), end) for start, end in _usable_spans(model)
                     if end is None or end > listed)
    return _usable_spans(model)


def _usable_spans(model: Model) -> tuple[Span, ...]:
    """The spans of days on which :func:`usable` holds for ``model``, in order."""
    turns = usable_turns(model)
    spans: list[list[dt.date | None]] = []
    was = False
    for start in (None, *turns):  # each stretch, asked on its first day
        now = usable(model, dt.date.min if start is None else start)
        if now and not was:
            spans.append([start, None])
        elif was and not now:
            spans[-1][1] = start
        was = now
    return tuple((start, end) for start, end in spans)


def span_turns(spans: Iterable[Span]) -> tuple[dt.date, ...]:
    """The days on which :func:`in_spans` of ``spans`` can change, in order.

    Examples:
        >>> import datetime as dt
        >>> span_turns([(None, dt.date(2025, 1, 1)), (dt.date(2026, 1, 1), None)])
        (datetime.date(2025, 1, 1), datetime.date(2026, 1, 1))
    """
    return tuple(sorted({day for span in spans for day in span if day is not None}))


def in_spans(spans: Sequence[Span], day: dt.date) -> bool:
    """Whether ``day`` is in one of ``spans`` (:func:`use_spans`: the model can be used then).

    Examples:
        >>> import datetime as dt
        >>> spans = ((dt.date(2025, 2, 5), dt.date(2026, 6, 1)),)
        >>> [in_spans(spans, dt.date(y, 1, 1)) for y in (2025, 2026, 2027)]
        [False, True, False]
        >>> in_spans(((None, None),), dt.date(2026, 1, 1)), in_spans((), dt.date(2026, 1, 1))
        (True, False)
    """
    starts = [dt.date.min if start is None else start for start, _ in spans]
    at = bisect.bisect_right(starts, day) - 1
    if at < 0:
        return False
    end = spans[at][1]
    return end is None or day < end


def spans_text(spans: Iterable[Span]) -> str:
    """``spans`` as the bundled index writes them: ``START..END`` (an open end empty), by commas.

    None (a model never usable) is empty; :func:`read_spans` reads it back.

    Examples:
        >>> spans_text(((dt.date(2024, 5, 13), None), (None, dt.date(2026, 6, 1))))
        '2024-05-13..,..2026-06-01'
        >>> spans_text(())
        ''
    """
    return ",".join("..".join("" if day is None else day.isoformat() for day in span)
                    for span in spans)


def read_spans(text: str) -> tuple[Span, ...]:
    """The spans :func:`spans_text` wrote.

    Raises:
        ValueError: ``text`` is not in that form.

    Examples:
        >>> read_spans("2024-05-13..")
        ((datetime.date(2024, 5, 13), None),)
        >>> read_spans("")
        ()
    """
    if not text:
        return ()
    spans = []
    for written in text.split(","):
        start, end = written.split("..")
        spans.append((dt.date.fromisoformat(start) if start else None,
                      dt.date.fromisoformat(end) if end else None))
    return tuple(spans)
