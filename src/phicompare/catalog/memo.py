"""The one memo: per-model work derived from a catalog, owned by that catalog.

A comparison of two models does some work on each model alone (its profile, its route rows at a
traffic, its sources on a day). A catalog answers many comparisons, so that work is kept with the
catalog, keyed by the model, and dropped with it. The rules (docs/architecture.md):

- It is private to the catalog: :meth:`Catalog.derive` is the only way in, and it returns what a
  pure function of the model (and the given key) returns, computed once.
- It is typed: each kind of value has a :class:`Slot` whose type parameter is the value's type, so
  mypy checks what goes in and what comes out.
- It is bounded: when it holds ``limit`` values it starts afresh (models recur in runs, so a
  cleared memo refills with the values in use).
- It is thread-safe: an insert (and the clear that bounds the memo) holds a lock; a lookup is
  one dictionary read, atomic on its own, so it takes none. Two threads may compute the same
  value once each, never read another key's value.

A lookup is :meth:`ModelMemo.find` (the dictionary's own ``get``, no Python frame of its own) and,
the first time, :meth:`ModelMemo.keep`: :meth:`Catalog.derive` calls them itself, so that a
comparison's lookup is two calls deep (``Comparison.derive``, ``Catalog.derive``; issue 18).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from phicompare.domain.records import Model

__all__ = ["MISSING", "ModelMemo", "Slot"]

V = TypeVar("V")


class Slot(Generic[V]):
    """A kind of per-model value (its type is ``V``); a module makes one per kind, as a constant.

    Examples:
        >>> PROFILE: Slot[int] = Slot("profile")
        >>> PROFILE
        Slot('profile')
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Slot({self.name!r})"


class ModelMemo:
    """Values derived from one model each, bounded; see the module's rules.

    Examples:
        >>> memo = ModelMemo(limit=2)
        >>> SIZE: Slot[int] = Slot("size")
        >>> model = Model(id="m", name="M")
        >>> memo.get(SIZE, model, (), lambda: len(model.name))
        1
        >>> memo.get(SIZE, model, (), lambda: 99)  # kept: not computed again
        1
        >>> len(memo)
        1
    """

    __slots__ = ("_limit", "_lock", "_values", "find")

    def __init__(self, limit: int = 50_000) -> None:
        self._values: dict[tuple[Slot[Any], Model, Hashable], Any] = {}
        self._limit = limit
        self._lock = threading.Lock()
        self.find: Callable[[tuple[Slot[Any], Model, Hashable], Any], Any] = self._values.get
        """The value kept under ``(slot, model, key)``, or the default given: one dictionary read
        (atomic: no lock). Its value's type is the slot's (:meth:`get` says so to mypy)."""

    def __len__(self) -> int:
        return len(self._values)

    def get(self, slot: Slot[V], model: Model, key: Hashable, compute: Callable[[], V]) -> V:
        """The value of ``slot`` for ``model`` and ``key``; ``compute()`` makes it the first time.

        ``compute`` must be a pure function of ``model`` and ``key`` (and of the catalog that
        owns this memo): that is what makes keeping its value correct.
        """
        full = (slot, model, key)
        found = self._values.get(full, MISSING)  # (one read: atomic, no lock needed)
        if found is not MISSING:
            value: V = found
            return value
        return self.keep(full, compute)

    def keep(self, full: tuple[Slot[V], Model, Hashable], compute: Callable[[], V]) -> V:
        """``compute()``, kept under ``full`` (``(slot, model, key)``): :meth:`find` missed it.

        Examples:
            >>> memo = ModelMemo()
            >>> SIZE: Slot[int] = Slot("size")
            >>> full = (SIZE, Model(id="m", name="M"), ())
            >>> memo.find(full, MISSING) is MISSING, memo.keep(full, lambda: 1), memo.find(full)
            (True, 1, 1)
        """
        value = compute()
        with self._lock:
            if len(self._values) >= self._limit:
                self._values.clear()
            self._values[full] = value
        return value


MISSING: Any = object()
"""What :meth:`ModelMemo.find` is given to tell a value not kept from a kept ``None``."""
