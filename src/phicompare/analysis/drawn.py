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
    from .routes import Terms
    from .row_split import TwoRows

__all__ = ["DrawnFrom", "as_written"]


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


def as_written(terms: Terms) -> Hashable:
    """``terms`` as a page's key: with its traffic's shares as written, where one is not zero.

    Traffics written ``cached_share="0.5"`` and ``"0.50"`` are equal and price alike, so their
    terms key one seat and one estimate. A page's words quote each share as its traffic
    states it ("Estimates assume ..., 50% of input read from the prompt cache" holds the
    share as evidence), and :meth:`~phicompare.Comparison.check` reads the quote against the
    facts: the page's parts kept with the catalog are keyed by the shares' digits too (review
    50's finding: a page under "0.50" read "0.5" from the page before).

    Examples:
        >>> from phicompare import Traffic
        >>> from phicompare.analysis.routes import Terms
        >>> import datetime as dt
        >>> def terms(t: Traffic) -> Terms:
        ...     return Terms(t, frozenset(), False, dt.date(2026, 11, 25), (3, 1))
        >>> as_written(terms(Traffic())) == terms(Traffic())
        True
        >>> as_written(terms(Traffic(cached_share="0.5"))) == as_written(
        ...     terms(Traffic(cached_share="0.50")))
        False
    """
    t = terms.traffic
    if not (t.cached_share or t.cache_write_share or t.batch_share or t.cache_write_1h_share):
        return terms  # (no share to quote: the usual page)
    return (terms, str(t.cached_share), str(t.cache_write_share), str(t.batch_share),
            str(t.cache_write_1h_share))
