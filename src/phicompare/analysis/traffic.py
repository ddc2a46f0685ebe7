"""Traffic: the caller's monthly tokens and requests, cache and batch shares, arrival times."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from phicompare.domain.arguments import keywords_checked
from phicompare.domain.pricing import (
    clock_minutes,
)
from phicompare.domain.record import Record
from phicompare.exceptions import ArgumentError, ComparisonError

from .text_forms import percent_hint

__all__ = ["ABSURD_TOKENS", "Traffic"]

_ZERO = Decimal(0)
_ONE = Decimal(1)

ABSURD_TOKENS = 10**15
"""More tokens than this a month is taken for a typing slip (a quadrillion)."""


def _check_share(_: object, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
    if not value.is_finite() or not _ZERO <= value <= _ONE:
        msg = f"{attribute.name} is a share of traffic: expected 0 to 1, got {value}"
        raise ComparisonError(msg)


def _check_tokens(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{attribute.name} is a count of tokens, an int; got {_not_int(value)}"
        raise ArgumentError(msg)
    if value < 0:
        msg = f"{attribute.name} must not be negative, got {value:,}"
        raise ComparisonError(msg)
    if value > ABSURD_TOKENS:
        msg = f"{attribute.name} of {value:,} a month is beyond any real workload"
        raise ComparisonError(msg)


def _not_int(value: object) -> str:
    """A count that is no int, as a message shows it, with the int meant where there is one.

    Examples:
        >>> _not_int(Decimal("1000000")), _not_int(2e5), _not_int(Decimal("5.5"))
        ("Decimal('1000000') (pass 1000000)", '200000.0 (pass 200000)', "Decimal('5.5')")
    """
    shown = repr(value)[:80]
    if isinstance(value, (Decimal, float)):
        exact = Decimal(value)
        if exact.is_finite() and exact == exact.to_integral_value():
            return f"{shown} (pass {int(exact)})"
    return shown


def _check_requests(_: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        msg = f"{attribute.name} must be a positive whole number, got {value!r}"
        raise (ComparisonError if isinstance(value, int) else ArgumentError)(msg)
    if value > ABSURD_TOKENS:
        msg = f"{attribute.name} of {value:,} a month is beyond any real workload"
        raise ComparisonError(msg)


def _check_at(_: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None:
        try:
            clock_minutes(value)
        except ValueError as exc:
            msg = f"{attribute.name}: {exc}"
            raise ComparisonError(msg) from None


def _check_weekday(_: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                              or not 1 <= value <= 7):
        msg = f"{attribute.name} is an ISO weekday, 1 (Monday) to 7 (Sunday); got {value!r}"
        raise (ComparisonError if isinstance(value, int) else ArgumentError)(msg)


def _to_decimal(value: Decimal | int | str) -> Decimal:
    if isinstance(value, float):  # (one out of range is refused as that, never suggested)
        msg = (f"shares are exact: pass Decimal({str(value)!r}) or the string, not a float"
               if 0 <= value <= 1 else
               f"a share of traffic is a number from 0 to 1, such as '0.3'; got {value!r}")
        raise ArgumentError(msg)
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        msg = f"a share of traffic is a Decimal, an int or a string such as '0.3'; got {value!r}"
        raise ArgumentError(msg)
    try:
        return Decimal(value)
    except ArithmeticError:  # decimal.InvalidOperation: not a number
        # the command line's "30%" is refused, and said how to write (API review 15, A9)
        msg = (f"a share of traffic is a number from 0 to 1, such as '0.3'; got {value!r}"
               f"{percent_hint(value)}")
        raise ComparisonError(msg) from None


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Traffic(Record):
    """A month of traffic: tokens in and out, and how they are served.

    ``cached_share`` of the input tokens is read from the prompt cache; ``cache_write_share`` of
    them is written to it; ``batch_share`` of all uncached tokens goes through a batch API.
    ``requests`` (a month) prices per-request fees and sizes each request for long-context tiers
    and context-window checks. ``cache_write_1h_share`` of the cache writes are 1-hour writes
    (the rest 5-minute writes). ``at`` (``"HH:MM"``, UTC) and ``weekday`` (ISO, 1 = Monday) say
    when the tokens arrive, for routes with time-of-day prices; left out, the traffic arrives
    evenly over the day and the week, so the bill blends the windows exactly.

    Examples:
        >>> Traffic().input_tokens, Traffic().output_tokens
        (800000000, 250000000)
        >>> Traffic.from_requests(per_day=10_000, input_tokens=2_000, output_tokens=500).requests
        300000
    """

    input_tokens: int = attrs.field(default=800_000_000, validator=_check_tokens)
    output_tokens: int = attrs.field(default=250_000_000, validator=_check_tokens)
    cached_share: Decimal = attrs.field(default=_ZERO, converter=_to_decimal,
                                        validator=_check_share)
    cache_write_share: Decimal = attrs.field(default=_ZERO, converter=_to_decimal,
                                             validator=_check_share)
    batch_share: Decimal = attrs.field(default=_ZERO, converter=_to_decimal,
                                       validator=_check_share)
    requests: int | None = attrs.field(default=None, validator=_check_requests)
    cache_write_1h_share: Decimal = attrs.field(default=_ZERO, converter=_to_decimal,
                                                validator=_check_share)
    at: str | None = attrs.field(default=None, validator=_check_at)
    weekday: int | None = attrs.field(default=None, validator=_check_weekday)

    def __new__(cls, *args: object, **fields: object) -> Traffic:
        """Refuse positional counts and unknown keywords in one line, with the call meant.

        Python's own ``TypeError`` for ``Traffic(800, 250)`` or ``Traffic(input=800)`` is no
        :class:`~phicompare.exceptions.PhicompareError` and names no field (the fields are
        checked by the ``__init__`` attrs writes, after this).
        """
        if args or not fields.keys() <= _FIELDS:
            raise ArgumentError(_call_refused(args, fields))
        return super().__new__(cls)

    def __attrs_post_init__(self) -> None:
        if self.input_tokens + self.output_tokens > ABSURD_TOKENS:
            msg = (f"traffic of {self.input_tokens + self.output_tokens:,} tokens a month (input "
                   "and output together) is beyond any real workload")
            raise ComparisonError(msg)
        if self.cached_share + self.cache_write_share > 1:
            msg = ("cached_share and cache_write_share together exceed the input tokens: "
                   f"{self.cached_share} + {self.cache_write_share}")
            raise ComparisonError(msg)

    @classmethod
    @keywords_checked
    def from_requests(cls, *, per_day: int | None = None, input_tokens: int, output_tokens: int,
                      days: int = 30, per_month: int | None = None, **options: Any) -> Traffic:
        """Traffic from requests a day (or a month) and the average tokens of one request.

        Give ``per_day`` (a month is ``days`` of them, 30 by default) or ``per_month``, not
        both: the command line's ``N/day@IN:OUT`` and ``N/month@IN:OUT``. No requests is no
        traffic, as ``Traffic(input_tokens=0, output_tokens=0)`` (and ``--traffic 0:0``) is:
        zero traffic is taken however it is written, and every token bill is $0.00.

        Examples:
            >>> t = Traffic.from_requests(per_day=1000, input_tokens=3000, output_tokens=800)
            >>> t.requests, t.request_input_tokens, t.output_tokens
            (30000, 3000, 24000000)
            >>> Traffic.from_requests(per_month=30000, input_tokens=3000, output_tokens=800) == t
            True
            >>> Traffic.from_requests(per_day=0, input_tokens=3000, output_tokens=800) == Traffic(
            ...     input_tokens=0, output_tokens=0)
            True
        """
        if (per_day is None) == (per_month is None):
            msg = ("give the requests as per_day or per_month, one of them; got "
                   f"per_day={per_day!r}, per_month={per_month!r}")
            raise ComparisonError(msg)
        for name, value in (("per_day", per_day), ("per_month", per_month),
                            ("input_tokens", input_tokens), ("output_tokens", output_tokens),
                            ("days", days)):
            if value is None and name in ("per_day", "per_month"):
                continue
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                msg = f"{name} must be a whole number, not negative; got {value!r}"
                raise ComparisonError(msg)
        requests = per_day * days if per_day is not None else per_month
        if not requests:  # no requests: no tokens, as Traffic(input_tokens=0, ...) (review 34)
            return cls(input_tokens=0, output_tokens=0, **options)
        return cls(input_tokens=requests * input_tokens, output_tokens=requests * output_tokens,
                   requests=requests, **options)

    @classmethod
    def parse(cls, text: str, **options: Any) -> Traffic:
        """Traffic from text, as ``phicompare --traffic`` takes it.

        ``IN:OUT`` is tokens a month (``"800M:250M"``; K, M and B suffixes), and
        ``N/day@IN:OUT`` (or ``N/month@IN:OUT``) requests and the tokens of one request;
        ``options`` are the other fields (``cached_share="0.3"``). A text that is neither is a
        :class:`~phicompare.ComparisonError` quoting it (:mod:`phicompare.analysis.traffic_text`).

        Examples:
            >>> Traffic.parse("800M:250M") == Traffic()
            True
            >>> t = Traffic.parse("10000/day@2000:500", cached_share="0.3")
            >>> t.requests, t.request_input_tokens, t.cached_share
            (300000, 2000, Decimal('0.3'))
        """
        from .traffic_text import parse  # noqa: PLC0415 - text is read only when one is given

        return parse(text, **options)

    @property
    def request_input_tokens(self) -> int | None:
        """Average input tokens of one request, when the request count is known."""
        return None if self.requests is None else self.input_tokens // self.requests

    @property
    def request_output_tokens(self) -> int | None:
        """Average output tokens of one request, when the request count is known."""
        return None if self.requests is None else self.output_tokens // self.requests

    @property
    def request_tokens(self) -> int | None:
        """Average input plus output tokens of one request, when the request count is known."""
        if self.requests is None:
            return None
        return (self.input_tokens + self.output_tokens) // self.requests

    def scaled(self, factor: int | Decimal | str) -> Traffic:
        """The same traffic ``factor`` times over (requests too), exactly.

        ``factor`` is a whole number or an exact decimal (``Decimal("0.5")`` or ``"0.5"``, never
        a float); the tokens and requests it gives must be whole.

        Examples:
            >>> Traffic().scaled(2).input_tokens, Traffic().scaled("0.5").output_tokens
            (1600000000, 125000000)
            >>> Traffic.from_requests(per_month=3, input_tokens=10, output_tokens=2).scaled("0.5")
            Traceback (most recent call last):
            ...
            phicompare.exceptions.ComparisonError: requests scaled by 0.5 is 1.5, not a whole number
        """
        times = _factor(factor)
        return attrs.evolve(
            self, input_tokens=_whole("input_tokens", self.input_tokens, times),
            output_tokens=_whole("output_tokens", self.output_tokens, times),
            requests=None if self.requests is None else _whole("requests", self.requests, times))


def _factor(value: int | Decimal | str) -> Decimal:
    """A scale factor: exact, finite and not negative."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
        msg = (f"a scale factor is a whole number or an exact decimal such as Decimal('0.5'); "
               f"got {value!r}")
        raise ComparisonError(msg)
    try:
        factor = Decimal(value)
    except ArithmeticError:  # decimal.InvalidOperation: not a number
        factor = Decimal("NaN")
    if not factor.is_finite() or factor < 0:
        msg = f"a scale factor is a number, 0 or more; got {value!r}"
        raise ComparisonError(msg)
    return factor


def _whole(name: str, count: int, factor: Decimal) -> int:
    """``count`` times ``factor``, which must be whole."""
    product = count * factor
    if product != product.to_integral_value():
        msg = f"{name} scaled by {factor} is {product.normalize()}, not a whole number"
        raise ComparisonError(msg)
    return int(product)


_ORDER = tuple(field.name for field in attrs.fields(Traffic))
_FIELDS = frozenset(_ORDER)
"""The keywords ``Traffic(...)`` takes."""


def _call_refused(args: tuple[object, ...], fields: dict[str, object]) -> str:
    """Why ``Traffic(*args, **fields)`` is refused, and the call meant.

    Examples:
        >>> print(_call_refused((800_000_000, 250_000_000), {}))
        Traffic takes keywords, got 2 positional arguments; did you mean \
Traffic(input_tokens=800000000, output_tokens=250000000)?
        >>> print(_call_refused((), {"input": 800}))
        Traffic: unknown keyword 'input'; did you mean 'input_tokens'?
        >>> print(_call_refused((), {"cache_share": "0.3"}))
        Traffic: unknown keyword 'cache_share'; did you mean 'cached_share'?
        >>> print(_call_refused(("800M:250M",), {}))
        Traffic takes keywords, got 1 positional argument; traffic text is read by \
Traffic.parse('800M:250M')
    """
    if any(isinstance(value, str) for value in args):  # text, not counts (review 22's note)
        text = next(value for value in args if isinstance(value, str))
        return (f"Traffic takes keywords, got {len(args)} positional "
                f"argument{'' if len(args) == 1 else 's'}; traffic text is read by "
                f"Traffic.parse({text!r})")
    if args:
        free = [name for name in _ORDER if name not in fields]
        meant = [f"{name}={value!r}" for name, value in zip(free, args, strict=False)]
        meant += [f"{name}={value!r}" for name, value in fields.items()]
        return (f"Traffic takes keywords, got {len(args)} positional "
                f"argument{'' if len(args) == 1 else 's'}; did you mean "
                f"Traffic({', '.join(meant)})?")
    import difflib  # noqa: PLC0415 - the error path only

    name = next(k for k in fields if k not in _FIELDS)
    close = [k for k in _ORDER if k.startswith(name)] or difflib.get_close_matches(
        name, _ORDER, n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"it takes {', '.join(_ORDER)}"
    return f"Traffic: unknown keyword {name!r}; {hint}"
