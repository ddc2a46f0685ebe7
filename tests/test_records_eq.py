"""Every record's equality and hash, written once by ``domain.record.Valued``, are attrs' own."""

from __future__ import annotations

import copy
import itertools
import pickle
import sys
from typing import Any

import attrs
import pytest

from phicompare import Comparison, Model, compare, default_catalog
from phicompare.domain.record import Valued

from .test_records_repr import _subclasses, records


def _twin_class(cls: Any) -> Any:
    """A twin of ``cls``, the same fields, whose ``__eq__`` and ``__hash__`` attrs writes."""
    return attrs.make_class(cls.__name__, {f.name: attrs.field(eq=f.eq)
                                           for f in attrs.fields(cls)}, frozen=True)


def _as(twin: Any, record: Any) -> Any:
    return twin(*[getattr(record, f.name) for f in attrs.fields(type(record))])


def _records() -> dict[type, list[object]]:
    found = records()
    for pair in [("phi-2", "phi-4-mini"), ("phi-4-mini", "phi-2"), ("gpt-4o", "claude-sonnet-4-5")]:
        found.setdefault(Comparison, []).append(compare(*pair))
    found[Model] = list(default_catalog().models[:40])
    return found


@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_every_record_compares_and_hashes_as_attrs_would() -> None:
    found = _records()
    classes = {c for c in _subclasses(Valued) if attrs.has(c)
               and c.__module__.startswith("phicompare.")
               and getattr(sys.modules[c.__module__], c.__name__, None) is c}
    assert {Model, Comparison} <= classes
    assert len(classes) >= 20
    assert classes <= set(found), sorted(c.__name__ for c in classes - set(found))
    for cls in classes:
        assert "__eq__" not in cls.__dict__, cls
        assert "__hash__" not in cls.__dict__, cls
        records = found[cls][:6]
        twin = _twin_class(cls)
        twins = [_as(twin, r) for r in records]
        for (a, ta), (b, tb) in itertools.product(zip(records, twins, strict=True), repeat=2):
            assert (a == b) is (ta == tb), cls
            assert (a != b) is (ta != tb), cls
            if a == b:
                assert hash(a) == hash(b), cls
        for record in records:
            assert record == copy.copy(record), cls
            assert hash(copy.copy(record)) == hash(record), cls
            again = pickle.loads(pickle.dumps(record))
            assert again == record, cls
            assert hash(again) == hash(record), cls


def test_a_record_is_not_equal_to_another_class_with_the_same_fields() -> None:
    model = default_catalog().model("phi-2")
    twin = _as(_twin_class(Model), model)
    assert model != twin
    assert model.__eq__(twin) is NotImplemented
