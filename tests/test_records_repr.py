"""Every record's repr, written once by ``domain.record.Record``, is the one attrs would write.

With one rule of its own: a Decimal field is written in places (``Decimal('0.0000005')``, never
``Decimal('5E-7')``: ``domain.record.in_places``), which the twin below is given as its fields'
``repr``. The facts a notebook shows most print one line instead (``analysis/reprs.py``,
:data:`SHORT`), as ``Comparison`` does; they are held to that form below.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from typing import Any

import attrs

from phicompare import (
    BenchmarkRow,
    CapabilityRow,
    CostEstimate,
    CostFacts,
    LimitKind,
    PriceWindow,
    Provenance,
    RouteRow,
    UsageLimits,
    compare,
    default_catalog,
    route_cost,
)
from phicompare.analysis.usage import UsageFit
from phicompare.domain.record import Record, in_places

SHORT: frozenset[type] = frozenset({BenchmarkRow, CapabilityRow, CostEstimate, CostFacts,
                                    Provenance, RouteRow})
"""The record classes with a one-line repr of their own (``analysis/reprs.py``)."""


def _subclasses(cls: type) -> list[type]:
    found: list[type] = []
    subclasses: list[type] = cls.__subclasses__()
    for sub in subclasses:
        found += [sub, *_subclasses(sub)]
    return found


def _instances(value: object, out: dict[type, list[object]]) -> None:
    """Every record reachable from ``value``, by class."""
    if isinstance(value, Record):
        out.setdefault(type(value), []).append(value)
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            _instances(getattr(value, field.name), out)
    elif isinstance(value, (tuple, list)):
        for item in value:
            _instances(item, out)


def attrs_repr(record: Any) -> str:
    """The repr attrs generates, from a twin class with the same fields and ``repr=True``."""
    fields = attrs.fields(type(record))
    twin = attrs.make_class(type(record).__name__,
                            {f.name: attrs.field(repr=in_places) for f in fields})
    return repr(twin(*[getattr(record, f.name) for f in fields]))


def records() -> dict[type, list[object]]:
    """Records of every class, from comparisons, the bundled catalog and a few made here."""
    found: dict[type, list[object]] = {}
    for pair in [("phi-2", "phi-4-mini"), ("gpt-4o", "claude-sonnet-4-5"),
                 ("phi-4-mini", "phi-3.5-mini")]:
        _instances(compare(*pair), found)
    _instances(UsageLimits(requests_per_day=50, source="https://example.com",
                           checked=dt.date(2026, 12, 1)), found)
    _instances(UsageFit(kind=LimitKind.REQUESTS_PER_DAY, allowed=50, traffic=Decimal(10)),
               found)
    catalog = default_catalog()
    for model in catalog.models[:40]:
        _instances(model, found)
    _instances(PriceWindow(start="08:00", end="09:00", weekdays=(6, 7),
                           output=Decimal("0.5")), found)  # no bundled route has one
    c = compare("phi-2", "phi-4-mini")
    _instances([gap for row in c.benchmarks for gap in row.pairs], found)
    _instances([route_cost(r.route, c.traffic) for r in c.routes if r.route.is_priced], found)
    _instances(catalog.providers[:5], found)
    _instances(compare("sonar-pro-search", "sonar"), found)  # per-search fees (review 20, P7)
    return found


def test_every_record_class_reprs_as_attrs_would() -> None:
    found = records()
    # (attrs makes a slotted class anew: the class statement's first one lingers until the
    # garbage collector runs, so the class is the one its module holds)
    classes = {c for c in _subclasses(Record) if c.__module__.startswith("phicompare.")
               and getattr(sys.modules[c.__module__], c.__name__, None) is c}
    assert len(classes) >= 20
    assert classes <= set(found), sorted(c.__name__ for c in classes - set(found))
    assert classes >= SHORT
    for cls in classes - SHORT:
        assert attrs.has(cls), cls
        assert "__repr__" not in cls.__dict__, cls
        for record in found[cls][:5]:
            assert repr(record) == attrs_repr(record), cls


def test_the_short_reprs_are_one_line_that_names_the_class() -> None:
    """``<RouteRow phi-2 on Fireworks AI: $105.00 a month>``: short, and no attrs dump."""
    found = records()
    for cls in SHORT:
        assert "__repr__" in cls.__dict__, cls
        for record in found[cls]:
            shown = repr(record)
            assert shown.startswith((f"<{cls.__name__} ", f"<{cls.__name__}: ")), shown
            assert shown.endswith(">"), shown
            assert "\n" not in shown, shown
            assert len(shown) < min(len(attrs_repr(record)), 300), shown
