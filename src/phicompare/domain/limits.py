"""A route's usage limits: how many requests and tokens its provider serves a minute or a day.

A free tier is no price, and whether it carries a workload depends on its limits: recorded
here, each figure from the page that states it (``source``, read on ``checked``). A figure left
out is unknown, never unlimited.
"""

# Annotations are evaluated (no ``from __future__ import annotations``): cattrs and the plain
# structuring path read these records' types.

import datetime as dt
import enum

import attrs

from .record import Record
from .rules import non_empty, non_empty_or_none, positive

__all__ = ["LimitKind", "UsageLimits"]


class LimitKind(str, enum.Enum):
    """Which usage limit: requests or tokens, a minute or a day (the field of that name)."""

    REQUESTS_PER_MINUTE = "requests_per_minute"
    REQUESTS_PER_DAY = "requests_per_day"
    TOKENS_PER_MINUTE = "tokens_per_minute"
    TOKENS_PER_DAY = "tokens_per_day"
    INPUT_TOKENS_PER_REQUEST = "input_tokens_per_request"
    """The input tokens one request may carry (review 9, H12)."""
    OUTPUT_TOKENS_PER_REQUEST = "output_tokens_per_request"
    """The output tokens one response may carry (review 9, H12)."""

    @property
    def requests(self) -> bool:
        """Whether the limit counts requests (else tokens)."""
        return self.value.startswith("requests")

    @property
    def per_request(self) -> bool:
        """Whether the limit caps one request's tokens (else a minute's or a day's traffic)."""
        return self.value.endswith("per_request")

    @property
    def minutes(self) -> int:
        """The limit's period in minutes (1 or 1,440; a per-request cap has none: 0)."""
        return 0 if self.per_request else 1 if self.value.endswith("minute") else 24 * 60

    @property
    def unit(self) -> str:
        """What the limit counts, as a sentence says it (``"requests"``, ``"input tokens"``).

        Examples:
            >>> LimitKind.TOKENS_PER_DAY.unit, LimitKind.OUTPUT_TOKENS_PER_REQUEST.unit
            ('tokens', 'output tokens')
        """
        if self.per_request:
            return f"{self.value.split('_')[0]} tokens"
        return "requests" if self.requests else "tokens"

    @property
    def period(self) -> str:
        """The limit's period, as a sentence says it (``"a minute"``, ``"a request"``)."""
        return "a request" if self.per_request else "a minute" if self.minutes == 1 else "a day"


def _some_figure(instance: "UsageLimits") -> None:
    if all(getattr(instance, kind.value) is None for kind in LimitKind):
        msg = ("usage limits give no figure: set at least one of "
               f"{', '.join(kind.value for kind in LimitKind)}")
        raise ValueError(msg)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class UsageLimits(Record):
    """The usage limits a provider states for a route (a free tier's, above all).

    ``notes`` says whose limits they are where they depend on the account (the lowest tier the
    provider documents is the one recorded) and whether they are shared across models.

    Examples:
        >>> u = UsageLimits(requests_per_day=50, source="https://example.com",
        ...                 checked=dt.date(2026, 12, 1))
        >>> u.figures()
        ((<LimitKind.REQUESTS_PER_DAY: 'requests_per_day'>, 50),)
    """

    source: str = attrs.field(validator=non_empty)
    checked: dt.date
    requests_per_minute: int | None = attrs.field(default=None, validator=positive)
    requests_per_day: int | None = attrs.field(default=None, validator=positive)
    tokens_per_minute: int | None = attrs.field(default=None, validator=positive)
    tokens_per_day: int | None = attrs.field(default=None, validator=positive)
    input_tokens_per_request: int | None = attrs.field(default=None, validator=positive)
    """The input tokens one request may carry, where the provider states a cap (review 9, H12)."""
    output_tokens_per_request: int | None = attrs.field(default=None, validator=positive)
    """The output tokens one response may carry, where the provider states a cap."""
    notes: str | None = attrs.field(default=None, validator=non_empty_or_none)

    def __attrs_post_init__(self) -> None:
        _some_figure(self)

    def figures(self) -> tuple[tuple[LimitKind, int], ...]:
        """Each recorded limit with its figure (requests, tokens, then the per-request caps)."""
        found = ((kind, getattr(self, kind.value)) for kind in LimitKind)
        return tuple((kind, value) for kind, value in found if value is not None)
