"""A route's recorded usage limits weighed against the traffic: which it fits, which it exceeds.

The traffic is a month of tokens (and requests, where given); a month is 30 days, as
:meth:`~phicompare.Traffic.from_requests` counts it, and a per-minute figure is the traffic's
average rate over the whole month (bursts may go higher: a page says "on average"). A limit on
requests is weighed where the traffic gives its requests; where it gives none, against the fewest
requests its tokens need, each at most the route's context window and within its per-request
token caps (10M input tokens in requests of at most 4,000 input tokens are 2,500 requests or
more): a limit below even those cannot carry the traffic at any request size (review 9, H6),
and one above them is not known to hold it (the requests may be more), so it is not weighed.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from math import ceil

import attrs

from phicompare.domain.limits import LimitKind, UsageLimits
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.record import Record

from .traffic import Traffic

__all__ = ["DAYS_A_MONTH", "UsageFit", "over_limits", "rate_text", "usage_fits"]

DAYS_A_MONTH = 30
"""The days of the traffic's month (as :meth:`~phicompare.Traffic.from_requests` counts)."""


@attrs.frozen(kw_only=True, eq=False, repr=False)
class UsageFit(Record):
    """One recorded usage limit of a route beside the traffic's own figure for it.

    Examples:
        >>> u = UsageFit(kind=LimitKind.REQUESTS_PER_DAY, allowed=50, traffic=Decimal(2000))
        >>> u.exceeded
        True
    """

    kind: LimitKind
    allowed: int
    """The route's limit (requests or tokens, a minute or a day)."""
    traffic: Decimal
    """The traffic's average at the limit's unit and period (exact: 100 requests a month are
    10/3 a day)."""
    exceeded: bool = attrs.field(default=attrs.Factory(
        lambda self: self.traffic > self.allowed, takes_self=True))
    """Whether the traffic is above the limit."""
    window: int | None = None
    """Where the traffic gives no request count: the context window the traffic's figure is
    derived from, the fewest requests its tokens need, each at most this many tokens (only a
    limit those exceed is weighed so; review 9, H6); ``None`` where a per-request cap needs
    more requests than the window does (``cap``)."""
    cap: LimitKind | None = None
    """Where the traffic gives no request count and one of the route's per-request token caps
    needs more requests than its window: that cap (its input or output tokens in requests of
    at most ``cap_allowed`` tokens each set the fewest requests)."""
    cap_allowed: int | None = None
    """That cap's figure: the input or output tokens one request may carry."""

    @property
    def derived(self) -> bool:
        """Whether the traffic's figure is the fewest requests its tokens need (no count given)."""
        return self.window is not None or self.cap is not None


def usage_fits(route: ProviderRoute, traffic: Traffic,
               window: int | None = None) -> tuple[UsageFit, ...]:
    """Each of ``route``'s recorded limits that ``traffic`` can be weighed against.

    ``window``: the context window in force on the route. With no request count in the
    traffic, a limit on requests is weighed against the fewest requests the tokens need (each
    of at most ``window`` tokens) where those exceed it; else it is not weighed.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import UsageLimits
        >>> day = dt.date(2026, 12, 1)
        >>> route = ProviderRoute(provider="p", source="https://x.test", checked=day,
        ...     limits=UsageLimits(requests_per_day=50, tokens_per_minute=10_000,
        ...                        source="https://x.test", checked=dt.date(2026, 12, 1)))
        >>> t = Traffic.from_requests(per_day=2000, input_tokens=4000, output_tokens=1000)
        >>> [(f.kind.value, f.allowed, f.traffic, f.exceeded) for f in usage_fits(route, t)]
        [('requests_per_day', 50, Decimal('2000'), True), ('tokens_per_minute', 10000, \
Decimal('6944.444444444444444444444444'), False)]
        >>> month = Traffic(input_tokens=800_000_000, output_tokens=250_000_000)
        >>> [(f.kind.value, f.traffic, f.window) for f in usage_fits(route, month, 128_000)]
        [('requests_per_day', Decimal('273.4666666666666666666666667'), 128000), \
('tokens_per_minute', Decimal('24305.55555555555555555555556'), None)]
        >>> [f.kind.value for f in usage_fits(route, Traffic(input_tokens=1_000_000,
        ...                                                  output_tokens=0), 128_000)]
        ['tokens_per_minute']
    """
    if route.limits is None:
        return ()
    fits = []
    tokens = traffic.input_tokens + traffic.output_tokens
    for kind, allowed in route.limits.figures():
        if kind.per_request:  # one request's tokens, where the traffic gives its requests (H12)
            size = (traffic.request_input_tokens if kind is LimitKind.INPUT_TOKENS_PER_REQUEST
                    else traffic.request_output_tokens)
            if size is not None:
                fits.append(UsageFit(kind=kind, allowed=allowed, traffic=Decimal(size)))
            continue
        count = traffic.requests if kind.requests else tokens
        derived = kind.requests and count is None
        cap = None
        if derived:  # the fewest requests the tokens need (review 9, H6), within the caps
            count, cap = _fewest_requests(traffic, window, route.limits)
        if count is None:
            continue
        rate = Decimal(count) * kind.minutes / (DAYS_A_MONTH * 24 * 60)
        if derived and rate <= allowed:  # more requests may be needed: not known to fit
            continue
        fits.append(UsageFit(kind=kind, allowed=allowed, traffic=rate,
                             window=window if derived and cap is None else None, cap=cap,
                             cap_allowed=None if cap is None else getattr(route.limits,
                                                                          cap.value)))
    return tuple(fits)


def _fewest_requests(traffic: Traffic, window: int | None,
                     limits: UsageLimits) -> tuple[int | None, LimitKind | None]:
    """The fewest requests a month of tokens needs, and the per-request cap that sets them.

    Each request carries at most the ``window`` (input and output) and at most each cap
    (``None``: the window sets them, or nothing is known). The most any of them needs is the
    fewest; the window where it needs as many as a cap.

    Examples:
        >>> import datetime as dt
        >>> caps = UsageLimits(input_tokens_per_request=4000, source="https://x.test",
        ...                    checked=dt.date(2026, 12, 1))
        >>> month = Traffic(input_tokens=10_000_000, output_tokens=1_000_000)
        >>> _fewest_requests(month, 131_072, caps)
        (2500, <LimitKind.INPUT_TOKENS_PER_REQUEST: 'input_tokens_per_request'>)
        >>> _fewest_requests(Traffic(input_tokens=0, output_tokens=0), None, caps)
        (0, <LimitKind.INPUT_TOKENS_PER_REQUEST: 'input_tokens_per_request'>)
    """
    fewest: tuple[int | None, LimitKind | None] = (
        ceil((traffic.input_tokens + traffic.output_tokens) / window) if window else None, None)
    for kind, tokens in ((LimitKind.INPUT_TOKENS_PER_REQUEST, traffic.input_tokens),
                         (LimitKind.OUTPUT_TOKENS_PER_REQUEST, traffic.output_tokens)):
        cap: int | None = getattr(limits, kind.value)
        if cap and (fewest[0] is None or ceil(tokens / cap) > fewest[0]):
            fewest = ceil(tokens / cap), kind
    return fewest


def over_limits(route: ProviderRoute, traffic: Traffic,
                window: int | None = None) -> str | None:
    """Why ``route``'s recorded limits cannot carry ``traffic``, or ``None`` (fits, or unknown).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import UsageLimits
        >>> day = dt.date(2026, 12, 1)
        >>> route = ProviderRoute(provider="p", source="https://x.test", checked=day,
        ...     limits=UsageLimits(requests_per_day=50, source="https://x.test",
        ...                        checked=dt.date(2026, 12, 1)))
        >>> over_limits(route, Traffic.from_requests(per_day=2000, input_tokens=1, output_tokens=1))
        'usage limits: 50 requests a day allowed, 2,000 a day in this traffic'
        >>> over_limits(route, Traffic(input_tokens=800_000_000, output_tokens=250_000_000),
        ...             256_000)
        'usage limits: 50 requests a day allowed, about 137 a day or more in this traffic, in \
requests of at most 256,000 tokens'

    A figure the traffic's tokens set (no request count) is the fewest requests they need, "or
    more"; every figure is written as the cost section writes it (:func:`rate_text`), so the
    page gives one figure for one rate (review 26, P5: "at least 136" read "about 137" there).
    """
    over = [f for f in usage_fits(route, traffic, window) if f.exceeded]
    if not over:
        return None
    return "usage limits: " + "; ".join(
        f"{rate_text(f.allowed)} {f.kind.unit} {f.kind.period} allowed, "
        f"{rate_text(f.traffic)} {f.kind.period}{' or more' if f.derived else ''} "
        f"in this traffic{_fewest(f)}" for f in over)


def _fewest(f: UsageFit) -> str:
    """How a derived request count was found: ", in requests of at most 128,000 tokens".

    Not in parentheses: the reason is said inside a list's parentheses ("no eligible route
    (GitHub Models: usage limits: ...)"; review 21, P7).
    """
    if f.cap is not None:
        return f", in requests of at most {f.cap_allowed:,} {f.cap.unit}"
    return "" if f.window is None else f", in requests of at most {f.window:,} tokens"


def rate_text(value: Decimal | int) -> str:
    """A usage limit, or the traffic's average a minute or a day against one, in words.

    Whole numbers with separators; a fraction to one decimal place under ten, else "about" the
    whole number; under 0.1, "under 0.1". The one writer of these figures: a route's reason
    (:func:`over_limits`) and the narrative's sentences (``narrative.format.rate``) alike.

    Examples:
        >>> rate_text(50), rate_text(Decimal(2000)), rate_text(Decimal("1.388"))
        ('50', '2,000', '1.4')
        >>> rate_text(Decimal("1666.7")), rate_text(Decimal("0.0069"))
        ('about 1,667', 'under 0.1')
    """
    number = Decimal(value)
    if number == number.to_integral_value():
        return f"{int(number):,}"
    if number < Decimal("0.1"):
        return "under 0.1"
    if number < 10:
        return str(number.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return f"about {int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP)):,}"
