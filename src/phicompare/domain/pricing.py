"""Routes and their prices: a provider route, its long-context tiers and time windows.

Money is USD per 1M tokens, always :class:`~decimal.Decimal`. Absent means unknown.
"""

# Annotations are evaluated (no ``from __future__ import annotations``): cattrs reads these
# records' types, and real types spare it compiling strings on the first load.

import datetime as dt
import enum
from decimal import Decimal

import attrs

from .capabilities import Capabilities
from .limits import UsageLimits
from .record import MONEY as USD, Record
from .rules import KeyValueError, above_zero, fraction, non_empty, not_before, not_negative

__all__ = [
    "MINUTES_A_DAY", "TIER_PRICES", "PriceWindow", "ProviderRoute", "RouteStatus", "Tier",
    "TierBoundary", "clock_minutes", "minutes_of_week",
]

class RouteStatus(str, enum.Enum):
    """The commercial status of a provider route."""

    GA = "ga"
    PREVIEW = "preview"
    DEPRECATED = "deprecated"
    FREE_TIER = "free-tier"
    UNVERIFIED = "unverified"
    """Listed once by a source, not confirmed since: the route may have been retired."""


class TierBoundary(str, enum.Enum):
    """Where a long-context tier starts: above its threshold, or at it already."""

    ABOVE = "above"
    AT_OR_ABOVE = "at-or-above"


def _tier_prices(instance: "Tier", _: object, __: object) -> None:
    if all(getattr(instance, name) is None for name in TIER_PRICES):
        msg = (f"the tier above {instance.above_input_tokens:,} input tokens gives no price: "
               f"give at least one of {', '.join(TIER_PRICES)}")
        raise ValueError(msg)


TIER_PRICES = ("input", "output", "cache_read", "cache_write", "cache_write_1h")
"""The prices a tier or a time window may set (USD per 1M tokens)."""


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Tier(Record):
    """A long-context price tier.

    Once a request's input exceeds ``above_input_tokens`` (or reaches it, with ``boundary``
    ``at-or-above``), the tier's prices apply to the whole request. A price the tier leaves out
    keeps the price of the highest tier crossed that gives one, else the route's own.

    Examples:
        >>> Tier(above_input_tokens=200_000, input=Decimal("6")).output is None
        True
    """

    above_input_tokens: int = attrs.field(validator=not_negative)
    input: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    output: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    cache_read: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    cache_write: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    cache_write_1h: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    boundary: TierBoundary = attrs.field(default=TierBoundary.ABOVE, converter=TierBoundary)

    def __attrs_post_init__(self) -> None:
        _tier_prices(self, None, None)

    def crossed_by(self, request_input_tokens: int) -> bool:
        """Whether a request of ``request_input_tokens`` input tokens is billed at this tier.

        Examples:
            >>> t = Tier(above_input_tokens=128_000, input=Decimal("1"))
            >>> t.crossed_by(128_000), t.crossed_by(128_001)
            (False, True)
            >>> attrs.evolve(t, boundary="at-or-above").crossed_by(128_000)
            True
        """
        if self.boundary is TierBoundary.AT_OR_ABOVE:
            return request_input_tokens >= self.above_input_tokens
        return request_input_tokens > self.above_input_tokens


MINUTES_A_DAY = 24 * 60


def clock_minutes(value: str) -> int:
    """Minutes after midnight of a ``"HH:MM"`` clock time (UTC), 00:00 to 23:59.

    Raises:
        ValueError: not a time such as ``"16:30"``.

    Examples:
        >>> clock_minutes("16:30")
        990
        >>> clock_minutes("24:00")
        Traceback (most recent call last):
        ...
        ValueError: expected a UTC time of day such as '16:30' (HH:MM, 00:00 to 23:59), got '24:00'
    """
    hours, colon, minutes = value.partition(":") if isinstance(value, str) else ("", "", "")
    digits = hours + minutes
    if not (colon and len(hours) == len(minutes) == 2 and digits.isascii() and digits.isdigit()
            and int(hours) < 24 and int(minutes) < 60):
        msg = f"expected a UTC time of day such as '16:30' (HH:MM, 00:00 to 23:59), got {value!r}"
        raise ValueError(msg)
    return int(hours) * 60 + int(minutes)


def _clock(_: object, attribute: "attrs.Attribute[str]", value: str) -> None:
    try:
        clock_minutes(value)
    except ValueError as exc:
        msg = f"{attribute.name}: {exc}"
        raise ValueError(msg) from None


def _weekdays(_: object, attribute: "attrs.Attribute[tuple[int, ...]]",
              value: tuple[int, ...]) -> None:
    bad = [i for i, d in enumerate(value)
           if isinstance(d, bool) or not isinstance(d, int) or not 1 <= d <= 7]
    if bad:
        msg = (f"{attribute.name}: {value[bad[0]]!r} is not an ISO weekday (1 = Monday .. "
               "7 = Sunday)")
        raise KeyValueError(msg, attribute.name, bad[0],
                            detail="not an ISO weekday (1 = Monday .. 7 = Sunday)")
    again = [i for i, d in enumerate(value) if d in value[:i]]
    if again:
        msg = f"{attribute.name}: a weekday is listed twice in {list(value)}"
        raise KeyValueError(msg, attribute.name, again[0],
                            detail=f"listed twice in {list(value)}")


def _window_prices(instance: "PriceWindow", _: object, __: object) -> None:
    if all(getattr(instance, name) is None for name in TIER_PRICES):
        msg = (f"the window {instance.start}-{instance.end} gives no price: give at least one "
               f"of {', '.join(TIER_PRICES)}")
        raise ValueError(msg)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class PriceWindow(Record):
    """A daily time window (UTC) with its own prices, such as an off-peak discount.

    The window runs from ``start`` (included) to ``end`` (excluded), ``"HH:MM"`` in UTC; it
    wraps past midnight when ``end`` is earlier than ``start`` and covers the whole day when they
    are equal. ``weekdays`` (ISO: 1 = Monday .. 7 = Sunday, by the UTC calendar) limits it to
    those days; empty means every day. A price the window gives replaces the price otherwise in
    force (long-context tiers included) for that kind of token; a price it leaves out does not
    change.

    Examples:
        >>> w = PriceWindow(start="16:30", end="00:30", input=Decimal("0.135"))
        >>> w.minutes_a_day
        480
    """

    start: str = attrs.field(validator=_clock)
    end: str = attrs.field(validator=_clock)
    weekdays: tuple[int, ...] = attrs.field(default=(), validator=_weekdays)
    input: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    output: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    cache_read: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    cache_write: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    cache_write_1h: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)

    def __attrs_post_init__(self) -> None:
        _window_prices(self, None, None)

    @property
    def minutes_a_day(self) -> int:
        """How many minutes of a day the window covers (on a day it applies)."""
        start, end = clock_minutes(self.start), clock_minutes(self.end)
        return (end - start) % MINUTES_A_DAY or MINUTES_A_DAY

    def days(self) -> tuple[int, ...]:
        """The ISO weekdays the window applies on (every day when ``weekdays`` is empty)."""
        return self.weekdays or (1, 2, 3, 4, 5, 6, 7)

    def covers(self, weekday: int, minute: int) -> bool:
        """Whether the window is open at ``minute`` after midnight (UTC) of ``weekday``.

        ``weekdays`` name the calendar day of the moment itself (a window that wraps past
        midnight covers the small hours of each listed day, as LiteLLM reads it).

        Examples:
            >>> w = PriceWindow(start="16:30", end="00:30", weekdays=(5,), input=Decimal(1))
            >>> w.covers(5, 17 * 60), w.covers(5, 0), w.covers(6, 0)
            (True, True, False)
        """
        offset = (minute - clock_minutes(self.start)) % MINUTES_A_DAY
        return offset < self.minutes_a_day and weekday in self.days()


def minutes_of_week(window: PriceWindow) -> set[int]:
    """The minutes of the week (0 = Monday 00:00 UTC) that ``window`` covers."""
    start = clock_minutes(window.start)
    return {(day - 1) * MINUTES_A_DAY + (start + m) % MINUTES_A_DAY
            for day in window.days() for m in range(window.minutes_a_day)}


def _windows(_: object, attribute: "attrs.Attribute[tuple[PriceWindow, ...]]",
             value: tuple[PriceWindow, ...]) -> None:
    seen: set[int] = set()
    for i, window in enumerate(value):
        minutes = minutes_of_week(window)
        if minutes & seen:
            msg = (f"{attribute.name}[{i}] ({window.start}-{window.end}) overlaps an earlier "
                   "window: at any time at most one window may apply")
            raise ValueError(msg)
        seen |= minutes


def _distinct_tiers(_: object, attribute: "attrs.Attribute[tuple[Tier, ...]]",
                    value: tuple[Tier, ...]) -> None:
    seen: set[int] = set()
    for tier in value:
        if tier.above_input_tokens in seen:
            msg = (f"{attribute.name}: two tiers start at {tier.above_input_tokens:,} input "
                   "tokens; give each threshold once")
            raise ValueError(msg)
        seen.add(tier.above_input_tokens)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class ProviderRoute(Record):
    """A way to call a model: a provider, its model id there, and the price (USD per 1M tokens).

    A route may override its model's context window and capabilities. A route whose provider
    publishes no per-token price (a beta, a catalog listing) has ``input`` and ``output`` unknown:
    it shows where the model runs but gets no cost estimate.

    Examples:
        >>> r = ProviderRoute(provider="p", input=Decimal("0.075"), output=Decimal("0.30"),
        ...                   source="https://example.com", checked=dt.date(2026, 11, 20))
        >>> r.output
        Decimal('0.30')
    """

    provider: str = attrs.field(validator=non_empty)
    source: str = attrs.field(validator=non_empty)
    checked: dt.date
    input: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    output: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    provider_model_id: str | None = None
    cache_read: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    cache_write: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    cache_write_1h: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    batch_discount: Decimal | None = attrs.field(default=None, validator=fraction)
    batch_input: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    batch_output: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    per_request: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    per_search: Decimal | None = attrs.field(default=None, validator=not_negative, metadata=USD)
    """USD per web search the provider charges besides its token prices; no bill counts it
    (a traffic gives no search count) and each bill says so."""
    tiers: tuple[Tier, ...] = attrs.field(default=(), validator=_distinct_tiers)
    windows: tuple[PriceWindow, ...] = attrs.field(default=(), validator=_windows)
    effective_from: dt.date | None = None
    context_window: int | None = attrs.field(default=None, validator=above_zero)
    max_output_tokens: int | None = attrs.field(default=None, validator=above_zero)
    status: RouteStatus = attrs.field(default=RouteStatus.GA, converter=RouteStatus)
    deprecated: dt.date | None = None
    """The day the provider announced (or marked) the route as deprecated."""
    retires: dt.date | None = attrs.field(default=None, validator=not_before("deprecated"))
    """The day the provider stops serving the route; from then on it is not priced."""
    capabilities: Capabilities | None = None
    notes: str | None = None
    limits: UsageLimits | None = None
    """The usage limits the provider states for the route (a free tier's); ``None``: not
    recorded, which is unknown, never unlimited."""

    def retired(self, day: dt.date) -> bool:
        """Whether the route no longer serves on ``day`` (its retirement date has come).

        Examples:
            >>> r = ProviderRoute(provider="p", source="https://example.com",
            ...                   checked=dt.date(2026, 1, 1), retires=dt.date(2027, 1, 17))
            >>> r.retired(dt.date(2027, 1, 16)), r.retired(dt.date(2027, 1, 17))
            (False, True)
        """
        return self.retires is not None and self.retires <= day

    def deprecated_on(self, day: dt.date | None) -> bool:
        """Whether the route counts as deprecated on ``day``.

        From its ``deprecated`` date where the catalog records one, whatever its status; without
        a date, its status as last checked (``checked``), on any day: the catalog does not say
        since when (a page dated before ``checked`` says so). ``None``: the status alone.

        Examples:
            >>> r = ProviderRoute(provider="p", source="https://example.com",
            ...                   checked=dt.date(2026, 11, 1), status="deprecated",
            ...                   deprecated=dt.date(2026, 5, 30))
            >>> r.deprecated_on(dt.date(2026, 5, 29)), r.deprecated_on(dt.date(2026, 5, 30))
            (False, True)
        """
        if self.deprecated is not None and day is not None:
            return self.deprecated <= day
        return self.status is RouteStatus.DEPRECATED

    def priced_on(self, day: dt.date) -> bool:
        """Whether the route's price is on record for ``day``.

        Checked by then, or dated (``effective_from``) from then or before: a dated price is
        the price in force from its date, whenever it was read. A price checked after ``day``
        with no date of its own is no record of what the route cost on ``day``.

        Examples:
            >>> r = ProviderRoute(provider="p", source="https://example.com",
            ...                   checked=dt.date(2026, 9, 29), effective_from=dt.date(2024, 5, 13))
            >>> r.priced_on(dt.date(2024, 7, 1)), r.priced_on(dt.date(2024, 5, 12))
            (True, False)
            >>> attrs.evolve(r, effective_from=None).priced_on(dt.date(2024, 7, 1))
            False
        """
        return self.checked <= day or (self.effective_from is not None
                                       and self.effective_from <= day)

    def days_to_retirement(self, day: dt.date) -> int | None:
        """Days from ``day`` until the route retires (``None``: no date, or already retired).

        Examples:
            >>> r = ProviderRoute(provider="p", source="https://example.com",
            ...                   checked=dt.date(2026, 1, 1), retires=dt.date(2027, 1, 17))
            >>> r.days_to_retirement(dt.date(2026, 11, 29))
            49
        """
        if self.retires is None or self.retires <= day:
            return None
        return (self.retires - day).days

    @property
    def is_priced(self) -> bool:
        """Whether both the input and the output price are known."""
        return self.input is not None and self.output is not None

    @property
    def is_free(self) -> bool:
        """Whether the route is a free tier (by status or by a zero price)."""
        return self.status is RouteStatus.FREE_TIER or (self.input == 0 and self.output == 0)
