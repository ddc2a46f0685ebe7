"""Where a comparison was drawn from: the catalog and terms its per-model work is kept under.

:func:`~phicompare.compare` gives each :class:`~phicompare.Comparison` a :class:`DrawnFrom`;
:meth:`Comparison.derive <phicompare.Comparison.derive>` keeps work on one model alone with
that catalog, keyed by the terms, so every comparison of the model shares it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, NamedTuple, TypeVar

if TYPE_CHECKING:
    from phicompare.catalog.index import Catalog
    from phicompare.catalog.memo import Slot
    from phicompare.domain.records import Model

    from .provenance import SourceLayout

__all__ = ["DrawnFrom"]

V = TypeVar("V")


class DrawnFrom(NamedTuple):
    """The catalog a comparison was drawn from, and the terms its routes were judged under.

    ``terms`` is hashable and decides, with a model and its position, every per-model fact of
    the comparison (its route rows and its estimate): the key of per-model work kept with the
    catalog (:meth:`derive`). ``sources`` gives each model's share of the comparison's sources
    (:meth:`Comparison.sources_by_model <phicompare.Comparison.sources_by_model>`).
    """

    catalog: Catalog
    terms: Hashable
    sources: SourceLayout | None = None

    def derive(self, slot: Slot[V], model: Model, index: int, key: Hashable,
               compute: Callable[[], V], *, anywhere: bool = False) -> V:
        """``compute()`` for ``model`` at ``index``, kept with the catalog under these terms.

        ``anywhere=True`` keys it without the position: the model's comparisons share it
        whether it comes first or second.
        """
        if anywhere:
            return self.catalog.derive(slot, model, (self.terms, key), compute)
        return self.catalog.derive(slot, model, (self.terms, index, key), compute)
