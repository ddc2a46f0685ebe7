"""Traffic written as text, as the command line takes it: ``800M:250M`` or ``10000/day@2000:500``.

:meth:`Traffic.parse <phicompare.Traffic.parse>` reads it (API review 14: a tool that takes its
users' traffic strings had to write this again); ``phicompare --traffic`` is the same parser,
its messages prefixed with the option. Counts take K, M and B suffixes (thousands, millions,
billions), commas and underscores; every monthly figure is bounded by :data:`MAX_COUNT`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from phicompare.exceptions import ComparisonError
from phicompare.safe import shown

if TYPE_CHECKING:
    from .traffic import Traffic

__all__ = ["MAX_COUNT", "TRAFFIC_FORMS", "count", "parse"]

_UNITS = {"": 1, "k": 10**3, "m": 10**6, "b": 10**9}
_COUNT = re.compile(r"(\d+(?:\.\d+)?)\s*([kmb]?)", re.IGNORECASE)
_PER_REQUEST = re.compile(r"(?P<requests>[^/@]+)/(?P<per>day|d|month|mo)@(?P<tokens>.+)",
                          re.IGNORECASE)
_EXPONENT = re.compile(r"\d+(?:\.\d+)?e[+-]?\d+", re.IGNORECASE)
"""A count written with an exponent (``1e9``), which :func:`count` does not read."""
TRAFFIC_FORMS = ("IN:OUT tokens a month (800M:250M) or REQUESTS/day@IN:OUT tokens a request "
                 "(10000/day@2000:500)")
MAX_COUNT = 10**15
"""The largest count taken (tokens or requests a month): a quadrillion."""


def count(text: str) -> int:
    """A whole count written with an optional K, M or B suffix, at most :data:`MAX_COUNT`.

    Raises:
        ComparisonError: (a ``ValueError``) not such a count; the message quotes the text.

    Examples:
        >>> count("800M"), count("2.5k"), count("1,000"), count("1B")
        (800000000, 2500, 1000, 1000000000)
        >>> count("-1")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ComparisonError: '-1' is negative; a count is 0 or more
    """
    if text.strip().startswith("-"):
        msg = f"{shown(text)} is negative; a count is 0 or more"
        raise ComparisonError(msg)
    found = _COUNT.fullmatch(text.strip().replace(",", "").replace("_", "")[:64])
    if found is None or len(text) > 64:
        exponent = " (an exponent is not read: 1e9 is 1B)" if _EXPONENT.fullmatch(
            text.strip()) else ""
        msg = f"{shown(text)} is not a count such as 800M, 2.5K or 1000{exponent}"
        raise ComparisonError(msg)
    value = Decimal(found.group(1)) * _UNITS[found.group(2).lower()]
    if value != value.to_integral_value():
        msg = f"{shown(text)} is not a whole number"
        raise ComparisonError(msg)
    if value > MAX_COUNT:
        msg = f"{shown(text)} is more than {MAX_COUNT:,}"
        raise ComparisonError(msg)
    return int(value)


def parse(text: str, **options: Any) -> Traffic:
    """Monthly traffic from ``IN:OUT`` (tokens a month) or ``N/day@IN:OUT`` (per request).

    ``N/month@IN:OUT`` counts requests a month. ``options`` (``cached_share`` and the other
    shares, ``at``, ``weekday``) are passed on to :class:`~phicompare.Traffic`.

    Raises:
        ComparisonError: (a ``ValueError``) the text is neither form, or a figure is out of
            bounds; the message quotes the text.
        ArgumentError: an option :class:`~phicompare.Traffic` does not take (with the closest).

    Examples:
        >>> t = parse("10000/day@2000:500")
        >>> t.requests, t.input_tokens, t.output_tokens
        (300000, 600000000, 150000000)
        >>> parse("800M")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ComparisonError: '800M' is not IN:OUT tokens a month \
(800M:250M) or REQUESTS/day@IN:OUT tokens a request (10000/day@2000:500)
    """
    import attrs  # noqa: PLC0415

    from .checks import check_names  # noqa: PLC0415
    from .traffic import Traffic  # noqa: PLC0415 - the module that calls this one

    check_names("Traffic.parse", options, [f.name for f in attrs.fields(Traffic)  # (A5)
                                           if f.name not in ("input_tokens", "output_tokens")])
    if not isinstance(text, str):  # a number or None passed by mistake
        msg = f"traffic text is a string such as '800M:250M', got {text!r}"  # type: ignore[unreachable]
        raise ComparisonError(msg)
    per_request = _PER_REQUEST.fullmatch(text.strip())
    if per_request is None:
        _not_per_request(text)
        tokens_in, tokens_out = _pair(text)
        if tokens_in + tokens_out > MAX_COUNT:
            msg = (f"{shown(text)} is {tokens_in + tokens_out:,} tokens a month, input and "
                   f"output together, more than {MAX_COUNT:,}")
            raise ComparisonError(msg)
        return Traffic(input_tokens=tokens_in, output_tokens=tokens_out, **options)
    requests = count(per_request.group("requests"))
    tokens_in, tokens_out = _pair(per_request.group("tokens"))
    per = "day" if per_request.group("per").lower() in ("day", "d") else "month"
    month = _monthly(text, per, requests, (tokens_in, tokens_out))
    return Traffic.from_requests(per_month=month, input_tokens=tokens_in,
                                 output_tokens=tokens_out, **options)


def _monthly(text: str, per: str, requests: int, tokens: tuple[int, int]) -> int:
    """Requests a month of the per-request form, every monthly figure bounded."""
    month = requests * 30 if per == "day" else requests
    if month > MAX_COUNT:
        msg = (f"{requests:,} requests a day is {month:,} requests a month, more than "
               f"{MAX_COUNT:,}")
        raise ComparisonError(msg)
    for tokens_of, side in (*zip(tokens, ("input", "output"), strict=True),
                            (sum(tokens), "input and output")):
        if month * tokens_of > MAX_COUNT:
            msg = (f"{requests:,} requests a {per} of {tokens_of:,} {side} tokens is "
                   f"{month * tokens_of:,} {side} tokens a month, more than {MAX_COUNT:,}")
            raise ComparisonError(msg)
    return month  # 0 is no traffic, as "0:0" is (review 34)


def _not_per_request(text: str) -> None:
    """Say what is wrong with text written as per-request traffic (a ``/`` or ``@``) that is not.

    Without this, ``10000/hour@2000:500`` read as ``IN:OUT`` and blamed ``'10000/hour@2000'``
    for not being a count (review 23).

    Examples:
        >>> _not_per_request("10000/hour@2000:500")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ComparisonError: '10000/hour@2000:500': requests are counted \
per day or per month, not per 'hour' (10000/day@2000:500)
    """
    if "/" not in text and "@" not in text:
        return
    period = re.fullmatch(r"[^/@]*/([^@]*)@.*", text.strip())
    if period is not None:
        msg = (f"{shown(text)}: requests are counted per day or per month, not per "
               f"{shown(period.group(1).strip(), 12)} (10000/day@2000:500)")
    else:
        msg = (f"{shown(text)} is not REQUESTS/day@IN:OUT tokens a request "
               "(10000/day@2000:500)")
    raise ComparisonError(msg)


def _pair(text: str) -> tuple[int, int]:
    """Input and output tokens from ``IN:OUT``; a message names the fields where they are not two.

    Examples:
        >>> _pair("800M:250M:10")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ComparisonError: '800M:250M:10' has 3 fields; IN:OUT takes \
two (800M:250M)
    """
    tokens_in, colon, tokens_out = text.partition(":")
    if not colon:
        msg = f"{shown(text)} is not {TRAFFIC_FORMS}"
        raise ComparisonError(msg)
    if ":" in tokens_out:
        msg = f"{shown(text)} has {text.count(':') + 1} fields; IN:OUT takes two (800M:250M)"
        raise ComparisonError(msg)
    return count(tokens_in), count(tokens_out)
