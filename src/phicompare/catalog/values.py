"""Value checks on a raw catalog file, each problem named by its key path.

The rules are the domain's own (:mod:`phicompare.domain.rules`): which keys must not be negative,
which are fractions, which must not be empty, which hold modalities is read from the validators
on the record classes, so a rule is stated once. A record that fails to structure is checked
here key by key, so that its problem names the key (``models[0].routes[1].input``) rather than
the record. Bounds (:data:`LIMITS`, :data:`PRICE_CEILING`) catch figures no real catalog holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any

import attrs

from phicompare.domain import rules
from phicompare.domain.capabilities import Capabilities
from phicompare.domain.limits import UsageLimits
from phicompare.domain.names import normalize_name
from phicompare.domain.pricing import (
    TIER_PRICES,
    PriceWindow,
    ProviderRoute,
    Tier,
    clock_minutes,
    minutes_of_week,
)
from phicompare.domain.records import (
    Benchmark,
    BenchmarkScore,
    Model,
    Provider,
    ProviderTier,
)
from phicompare.exceptions import NO_VALUE, Problem

__all__ = [
    "DEFAULT_MAX_AGE_DAYS",
    "FUTURE_CHECK",
    "LIMITS",
    "MAX_AGE_LIMIT",
    "MAX_PRICE_LIMIT",
    "NOT_FINITE",
    "PRICE_CEILING",
    "check_bounds",
    "check_checked",
    "check_price_tables",
    "check_values",
    "price_ceiling",
    "render_path",
]

NOT_FINITE = "expected a finite number (nan and inf are not figures)"
RECORDS = (Provider, Benchmark, Model, Capabilities, BenchmarkScore, ProviderRoute, Tier,
           PriceWindow, UsageLimits)
"""Every record class a catalog file holds."""


def _validators(field: attrs.Attribute[Any]) -> Iterator[Callable[..., Any]]:
    found = field.validator
    yield from getattr(found, "_validators", (found,) if found is not None else ())


def _keys_by_validator() -> dict[Callable[..., Any], frozenset[str]]:
    """Each validator -> the keys whose field, on any record class, has it (one pass over them)."""
    found: dict[Callable[..., Any], set[str]] = {}
    for cls in RECORDS:
        for field in attrs.fields(cls):
            for validator in _validators(field):
                found.setdefault(validator, set()).add(field.name)
    return {validator: frozenset(keys) for validator, keys in found.items()}


# The keys each value rule applies to, read from the domain's validators.
_CHECKED_BY = _keys_by_validator()
_NOT_NEGATIVE = _CHECKED_BY.get(rules.not_negative, frozenset())
_FRACTION = _CHECKED_BY.get(rules.fraction, frozenset())
_NON_EMPTY = (_CHECKED_BY.get(rules.non_empty, frozenset())
              | _CHECKED_BY.get(rules.non_empty_or_none, frozenset()))
_MODALITIES = _CHECKED_BY.get(rules.modalities, frozenset())
_EACH_NON_EMPTY = _CHECKED_BY.get(rules.each_non_empty, frozenset())
_POSITIVE = _CHECKED_BY.get(rules.positive, frozenset())
_ABOVE_ZERO = _CHECKED_BY.get(rules.above_zero, frozenset())
_WITHIN_MAX_SCORE = _CHECKED_BY.get(rules.within_max_score, frozenset())

def render_path(path: list[str | int]) -> str:
    """A key path as the loader's messages write it: ``models[0].routes[1].input``.

    Examples:
        >>> render_path(["models", 0, "routes", 1, "input"]), render_path(["odd key"])
        ('models[0].routes[1].input', '"odd key"')
    """
    out = ""
    for step in path:
        if isinstance(step, str) and not (step and _BARE_KEY.issuperset(step)):
            import json  # noqa: PLC0415 - only an odd key needs it: off the first load's path

            step = json.dumps(step)  # noqa: PLW2901 - a key TOML would quote, quoted
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
"""The characters of a TOML bare key."""


def _is_clock(text: str) -> bool:
    try:
        clock_minutes(text)
    except ValueError:
        return False
    return True


def check_values(data: object, path: list[str | int], file: str, out: list[Problem]) -> None:
    """Value rules the types cannot say: no negative numbers, fractions, known modalities."""
    if isinstance(data, dict):
        for key, value in data.items():
            here = [*path, key]
            is_number = isinstance(value, (int, Decimal)) and not isinstance(value, bool)
            if isinstance(value, Decimal) and not value.is_finite():
                out.append(Problem(file, render_path(here), value, NOT_FINITE))
            elif key in _ABOVE_ZERO and is_number and value <= 0:
                out.append(Problem(file, render_path(here), value, _ABOVE_ZERO_WHY.get(
                    key, "must be above zero; leave it out where it is unknown")))
            elif key in _NOT_NEGATIVE and is_number and value < 0:
                out.append(Problem(file, render_path(here), value, "must not be negative"))
            elif key in _POSITIVE and is_number and value <= 0:
                out.append(Problem(file, render_path(here), value,
                                   "is a usage limit: expected a whole number above zero"))
            elif key in _FRACTION and is_number and not 0 <= value <= 1:
                out.append(Problem(file, render_path(here), value,
                                   "is a fraction off the price: expected 0 to 1"))
            elif key in _NON_EMPTY and isinstance(value, str) and not value.strip():
                out.append(Problem(file, render_path(here), value, "must not be empty"))
            elif key in _EACH_NON_EMPTY and isinstance(value, list):
                out.extend([Problem(file, render_path([*here, i]), item, "must not be empty")
                            for i, item in enumerate(value)
                            if isinstance(item, str) and not item.strip()])
            elif key == "capabilities" and not isinstance(value, dict):
                out.append(Problem(file, render_path(here), value,
                                   "expected a table of capability = true or false "
                                   "([models.capabilities])"))
            elif key == "limits" and not isinstance(value, dict):
                out.append(Problem(file, render_path(here), value,
                                   "expected a table of usage limits ([models.routes.limits])"))
            elif key in ("routes", "scores", "tiers", "windows") and not (
                    isinstance(value, list) and all(isinstance(v, dict) for v in value)):
                shown = NO_VALUE if isinstance(value, dict) else value  # no table's Python form
                out.append(Problem(file, render_path(here), shown,
                                   f"expected an array of tables ([[...{key}]])"))
            elif key in ("tiers", "windows") and isinstance(value, list):
                check_price_tables(key, value, here, file, out)
                check_values(value, here, file, out)
            elif key == "vendors" and isinstance(value, list):
                _check_vendors(data.get("tier"), value, here, file, out)
            elif key in ("vendors_source", "vendors_checked") and not data.get("vendors"):
                out.append(Problem(file, render_path(here), value,
                                   "describes `vendors`: give it with vendors or leave it out"))
            elif key in _MODALITIES and isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, str) and item not in rules.MODALITIES:
                        options = ", ".join(sorted(rules.MODALITIES))
                        out.append(Problem(file, render_path([*here, i]), item,
                                           f"unknown modality; expected one of {options}"))
            elif path[:1] == ["benchmarks"] and len(path) == 2 and key in _BENCHMARK_RULES:
                _check_benchmark_value(data, key, value, here, file, out)
            else:
                check_values(value, here, file, out)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            check_values(item, [*path, i], file, out)


FUTURE_CHECK = ("is in the future (today is {}): a checked date is the day its figures were "
                "read, so nothing may rest on it yet")
"""A ``checked`` date after tomorrow (a day's grace for time zones), refused at load."""

_ABOVE_ZERO_WHY = {"max_score": "must be above zero: a score lies in 0..max_score"}
_BENCHMARK_RULES = frozenset({"metric", "category", *_WITHIN_MAX_SCORE})


def _check_benchmark_value(data: dict[str, Any], key: str, value: object,
                           path: list[str | int], file: str, out: list[Problem]) -> None:
    """A benchmark's ``metric`` and ``category`` are known; ``chance`` is within its range."""
    if key in ("metric", "category") and isinstance(value, str):
        known = rules.METRICS if key == "metric" else rules.CATEGORIES
        if value not in known:
            out.append(Problem(file, render_path(path), value,
                               f"unknown {key}{rules.near_miss(value, known)}"))
        return
    top = data.get("max_score", 100)
    if all(isinstance(v, (int, Decimal)) and not isinstance(v, bool)
           and Decimal(v).is_finite() for v in (value, top)) and value > top:
        out.append(Problem(file, render_path(path), value,
                           f"is above max_score ({Decimal(top):f}): a score lies in "
                           "0..max_score"))


def _check_vendors(tier: object, vendors: list[Any], path: list[str | int], file: str,
                   out: list[Problem]) -> None:
    """A provider's ``vendors``: a first-party provider's only, each a name, each once."""
    if tier != ProviderTier.FIRST_PARTY.value:
        out.append(Problem(file, render_path(path), vendors,
                           "names the vendors a first-party provider makes models for: set "
                           'tier = "first-party" or leave vendors out'))
    seen: dict[str, int] = {}
    for i, vendor in enumerate(vendors):
        if not isinstance(vendor, str):
            continue  # the structuring step reports a vendor that is not a string
        if not vendor.strip():
            out.append(Problem(file, render_path([*path, i]), vendor, "must not be empty"))
        elif (key := normalize_name(vendor)) in seen:
            out.append(Problem(file, render_path([*path, i]), vendor,
                               f"vendors[{seen[key]}] names this vendor too; give each once"))
        seen.setdefault(normalize_name(vendor), i)


def check_price_tables(key: str, tables: list[Any], path: list[str | int], file: str,
                        out: list[Problem]) -> None:
    """A route's tiers or windows: each gives a price, no threshold twice, no overlap in time."""
    seen: dict[object, int] = {}
    taken: set[int] = set()
    for i, table in enumerate(tables):
        if not isinstance(table, dict):
            continue
        if not any(name in table for name in TIER_PRICES):
            out.append(Problem(file, render_path([*path, i]), NO_VALUE,
                               f"gives no price: set at least one of {', '.join(TIER_PRICES)}"))
        if key == "tiers":
            threshold = table.get("above_input_tokens")
            if threshold in seen:
                out.append(Problem(file, render_path([*path, i, "above_input_tokens"]), threshold,
                                   f"tiers[{seen[threshold]}] starts at this threshold too; "
                                   "give each threshold once"))
            seen.setdefault(threshold, i)
            continue
        for name in ("start", "end"):
            clock = table.get(name)
            if isinstance(clock, str) and not _is_clock(clock):
                out.append(Problem(file, render_path([*path, i, name]), clock,
                                   "expected a UTC time of day such as '16:30' (HH:MM)"))
        try:
            window = PriceWindow(start=str(table.get("start")), end=str(table.get("end")),
                                 weekdays=tuple(table.get("weekdays") or ()), input=Decimal(0))
        except (TypeError, ValueError):
            continue  # the structuring step reports the bad start, end or weekdays
        minutes = minutes_of_week(window)
        if minutes & taken:
            out.append(Problem(file, render_path([*path, i]), f"{window.start}-{window.end}",
                               "overlaps an earlier window: at any moment at most one "
                               "window may apply"))
        taken |= minutes


NOT_FINITE = "expected a finite number (nan and inf are not figures)"
DEFAULT_MAX_AGE_DAYS = 365
"""How old a checked date ``validate --strict`` lets pass, in days, unless told otherwise."""
MAX_AGE_LIMIT = 36_500
"""The largest ``max_age_days`` accepted: a century."""
PRICE_CEILING = Decimal(100_000)
"""The highest price (USD per 1M tokens, or per request) a file may hold without ``max_price``."""
MAX_PRICE_LIMIT = Decimal(10**6)
"""The highest ``max_price``, so the highest price any file may hold (review 11, K1).

A bill is at most :data:`~phicompare.analysis.traffic.ABSURD_TOKENS` requests at this price
each, about 10**21 dollars: with its cents well inside the 28 digits of Decimal's context.
"""
LIMITS: Mapping[str, Decimal] = {
    "context_window": Decimal(10**10), "max_output_tokens": Decimal(10**10),
    "max_input_tokens": Decimal(10**10),
    "above_input_tokens": Decimal(10**10), "items": Decimal(10**9),
    "parameters_b": Decimal(10**6), "active_parameters_b": Decimal(10**6),
    "max_score": Decimal(10**6), "chance": Decimal(10**6), "score": Decimal(10**6),
}
"""The largest value each count or figure may take; larger is a typing slip, not data."""
_PRICES = ("input", "output", "cache_read", "cache_write", "cache_write_1h", "batch_input",
           "batch_output", "per_request", "per_search")


def _bounded(value: object, limit: Decimal) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return True
    return bool(abs(Decimal(value)) <= limit)


def _fields(cls: type[Any]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The bounded figures, the prices and the nested records of a record class."""
    names = {f.name for f in attrs.fields(cls)}
    return (tuple(k for k in LIMITS if k in names), tuple(k for k in _PRICES if k in names),
            tuple(k for k in ("routes", "tiers", "windows", "scores") if k in names))


_BOUNDED: Mapping[type[Any], tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    cls: _fields(cls)
    for cls in (Model, Provider, Benchmark, ProviderRoute, Tier, PriceWindow, BenchmarkScore)
}


def check_bounds(record: object, path: list[str | int], file: str, ceiling: Decimal,
                  out: list[Problem]) -> None:
    """Figures beyond :data:`LIMITS`, prices beyond ``ceiling``: one problem each."""
    found = _BOUNDED.get(type(record))
    if found is None:  # a record class added later: its fields are read from attrs
        if not attrs.has(type(record)):
            return
        found = _fields(type(record))
    figures, prices, nested = found
    for key in figures:
        value = getattr(record, key)
        if value is not None and not _bounded(value, LIMITS[key]):
            out.append(Problem(file, render_path([*path, key]), value,
                               f"is beyond the largest plausible value ({LIMITS[key]:,}); "
                               "check the units"))
    for key in prices:
        value = getattr(record, key)
        if value is not None and value > ceiling:
            out.append(Problem(file, render_path([*path, key]), value,
                               f"is above ${ceiling:,} per 1M tokens; " + (
                                   "if it is right, raise the file's `max_price`"
                                   if ceiling < MAX_PRICE_LIMIT else
                                   "no file may hold a higher price")))
    for name in nested:
        for i, item in enumerate(getattr(record, name)):
            check_bounds(item, [*path, name, i], file, ceiling, out)


def check_checked(record: object, path: list[str | int], file: str, out: list[Problem],
                  today: dt.date | None = None) -> None:
    """``checked`` dates after tomorrow (a day's grace for time zones): one problem each.

    ``today`` is the clock's date unless given. A figure cannot have been read on a day still to
    come, and a verdict would rest on it (review 40: ``checked = 2027-11-20`` loaded).

    Examples:
        >>> from phicompare import Model
        >>> m = Model(id="m", name="M", checked=dt.date(2027, 11, 20))
        >>> found: list[Problem] = []
        >>> check_checked(m, ["models", 0], "f.toml", found, dt.date(2026, 12, 3))
        >>> print(found[0])
        f.toml: models[0].checked = 2027-11-20: is in the future (today is 2026-12-03): a checked \
date is the day its figures were read, so nothing may rest on it yet
    """
    day = dt.date.today() if today is None else today
    last = day + dt.timedelta(days=1)
    dated: list[tuple[list[str | int], object]] = []
    if isinstance(record, Provider):
        dated.append((["vendors_checked"], record.vendors_checked))
    elif isinstance(record, Model):
        dated.append((["checked"], record.checked))
        dated += [(["scores", i, "checked"], s.checked) for i, s in enumerate(record.scores)]
        for i, route in enumerate(record.routes):
            dated.append((["routes", i, "checked"], route.checked))
            if route.limits is not None:
                dated.append((["routes", i, "limits", "checked"], route.limits.checked))
    out.extend([Problem(file, render_path([*path, *where]), value,
                        FUTURE_CHECK.format(day.isoformat()))
                for where, value in dated if isinstance(value, dt.date) and value > last])


def price_ceiling(data: dict[str, Any], file: str, out: list[Problem]) -> Decimal:
    """The highest price the file may hold: its ``max_price``, else :data:`PRICE_CEILING`.

    A ``max_price`` above :data:`MAX_PRICE_LIMIT` is a problem, and the file's prices are held
    to that limit.

    Examples:
        >>> problems: list[Problem] = []
        >>> price_ceiling({"max_price": 250_000}, "f.toml", problems), problems
        (Decimal('250000'), [])
        >>> price_ceiling({"max_price": Decimal("1e30")}, "f.toml", problems), len(problems)
        (Decimal('1000000'), 1)
    """
    value = data.get("max_price", PRICE_CEILING)
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)) or not (
            Decimal(value).is_finite() and value > 0):
        out.append(Problem(file, "max_price", value,
                           "expected a positive number: the highest price the file may hold"))
        return PRICE_CEILING
    if value > MAX_PRICE_LIMIT:
        out.append(Problem(file, "max_price", value,
                           f"is above ${MAX_PRICE_LIMIT:,} per 1M tokens, the highest "
                           "`max_price` a file may set"))
        return MAX_PRICE_LIMIT
    return Decimal(value)


