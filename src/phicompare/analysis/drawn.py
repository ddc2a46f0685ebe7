"""Where a comparison was drawn from: the catalog and terms its per-model work is kept under.

:func:`~phicompare.compare` gives each :class:`~phicompare.Comparison` a :class:`DrawnFrom`;
:meth:`Comparison.derive <phicompare.Comparison.derive>` keeps work on one model alone with
that catalog, keyed by the terms, so every comparison of the model shares it.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from phicompare.catalog.index import Catalog

    from .provenance import SourceLayout
    from .row_split import TwoRows

__all__ = ["DrawnFrom"]


class DrawnFrom(NamedTuple):
    """The catalog a comparison was drawn from, and the terms its routes were judged under.

    ``terms`` is hashable and decides, with a model and its position, every per-model fact of
    the comparison (its route rows and its estimate): the key of per-model work kept with the
    catalog (:meth:`Comparison.derive <phicompare.Comparison.derive>` keys it ``(terms, key)``,
    or ``(terms, position, key)`` for work that depends on where the model stands). ``sources``
    gives each model's share of the comparison's sources (:meth:`Comparison.sources_by_model
    <phicompare.Comparison.sources_by_model>`). ``rows`` is its benchmark rows of two models
    split as a page reads them, made with them
    (:func:`~phicompare.analysis.row_split.benchmark_split`).
    """

    catalog: Catalog
    terms: Hashable
    sources: SourceLayout | None = None
    rows: TwoRows | None = None
