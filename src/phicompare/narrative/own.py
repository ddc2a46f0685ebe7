"""What the narrative reads of one model alone under a page's terms, kept with the catalog.

A model's listings that are its record, whether its route table writes windows to the token,
why the terms rule it out (or leave it in on its weights, its routes out of service), the row
of the route behind its bill and its maker's own reports are each a function of the model and
the terms, whatever its position: the context (:func:`.context.context_of`) reads them once a
model from the catalog's memo, one lookup a model (:class:`Own`), and places its rows and its
position on the page. A model kept once for both positions is kept once in memory: a long run
does not grow as each model comes first for the first time (issue 18).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from phicompare.analysis.friction import in_service
from phicompare.analysis.listed import listing_rows
from phicompare.catalog.memo import Slot
from phicompare.domain.in_use import usable

from . import format as fmt
from .output_forms import route_output
from .ruled import Out, own_standing
from .traffic_words import traffic_terms
from .window_forms import materially_wider

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison
    from phicompare.analysis.facts import RouteRow
    from phicompare.domain.records import BenchmarkScore, Model

    from .claims import Evidence

__all__ = ["Own", "owns"]


class Own(NamedTuple):
    """One model's part of a page's context; its rows are positions among its own route rows."""

    listing: tuple[int, ...]
    """Its route rows whose listings are its every source (:func:`~phicompare.analysis.
    listed.listing_rows`)."""
    routes_exact: bool
    """Whether its own route table writes windows to the token (:func:`.window_forms.
    page_exact`'s part of one model)."""
    readings: dict[int, int]
    """Its window and its routes' windows, each with its :func:`~.format.reading` (the page's
    windows, read together: :func:`~.format.windows_exact_read`); read-only."""
    out: Out | None
    """Why the terms rule it out (:func:`.standing.standings`), or ``None``; its
    ``model_index`` is where it stood when this was made (:func:`.ruled.placed` places it)."""
    dormant: Out | None
    """Its routes out of service, where it is left in on its published weights (review 20,
    P5), or ``None`` (placed alike)."""
    bill: int | None
    """The row of the route behind its bill (:func:`.bill_window.find_bill_row`)."""
    reports: dict[str, list[tuple[int, BenchmarkScore]]]
    """Its maker's own scores (with their indexes in its scores) by benchmark: read-only."""
    traffic: tuple[str, tuple[Evidence, ...]]
    """The terms' traffic in words, with the bills' shares, and its evidence
    (:func:`.traffic_words.traffic_terms`): the terms' alone, kept with each model."""
    usable: bool
    """Whether it can be used on the terms' day (:func:`~phicompare.domain.in_use.usable`):
    switch friction says no traffic can move to a model that cannot."""
    wider: tuple[tuple[int, int], ...]
    """Its counted routes in service that take materially more than its recorded window, each
    with its window (:func:`.output_forms.wider_routes` at its own window): switch friction
    asks it of each direction, and most models have none."""
    bill_output: tuple[int, int] | None
    """The row of the route behind its bill and that route's output limit, where the limit
    reads apart from its record's (:func:`.output_forms.bill_output`), else ``None``."""


_OWN: Slot[Own] = Slot("narrative model")


def owns(c: Comparison) -> tuple[Own, ...]:
    """Each model's :class:`Own` under ``c``'s terms, in model order (one lookup a model).

    Examples:
        >>> from phicompare import compare
        >>> [own.out for own in owns(compare("phi-2", "phi-4-mini"))]
        [None, None]
    """
    return tuple([c.derive(_OWN, i, (), partial(_own, c, i), anywhere=True)
                  for i in range(len(c.models))])


def _own(c: Comparison, i: int) -> Own:
    """:class:`Own` of model ``i`` of ``c``, worked out."""
    model, (rows, _) = c.models[i], c.route_groups[i]
    out, fit = own_standing(c, i)
    dormant = None if out is not None or not rows or fit else _dormant(c, i)
    estimate = c.cost.estimates[i]
    route = estimate.route
    bill = None if estimate.monthly is None or route is None or i in c.cost.free_indexes else \
        next((p for p, row in enumerate(rows) if row.route is route or row.route == route), None)
    text, evidence = traffic_terms(c.traffic)
    windows = {w for w in (model.context_window, *[r.context_window for r in rows])
               if w is not None}
    window, day = model.context_window, c.as_of
    wider = () if window is None else tuple([
        (p, w) for p, row in enumerate(rows) if (w := row.context_window) is not None
        and w > window and materially_wider(w, window) and row.eligible
        and in_service(row, model, day)])
    return Own(listing=listing_rows(model, rows),
               routes_exact=fmt.windows_exact([r.context_window for r in rows]),
               readings={w: fmt.reading(w) for w in sorted(windows)},
               out=out, dormant=dormant, bill=bill, reports=_reports(model),
               traffic=(text, tuple(evidence)), usable=usable(model, day), wider=wider,
               bill_output=None if bill is None else _bill_output(model, rows[bill], bill))


def _bill_output(model: Model, row: RouteRow, p: int) -> tuple[int, int] | None:
    """Row ``p`` (``row``, behind the bill) with its output limit, where it reads apart."""
    mine = model.max_output_tokens
    size = route_output(row.context_window, row.route.max_output_tokens)
    if mine is None or size is None or fmt.reading(size) == fmt.reading(mine):
        return None
    return p, size


def _dormant(c: Comparison, i: int) -> Out:
    """Model ``i``'s routes, none fit and in service, where the terms leave it in."""
    rows = c.route_groups[i][0]
    retired = tuple([p for p, row in enumerate(rows) if row.route.retired(c.as_of)])
    return Out(False, (), frozenset(), retired,
               tuple([p for p in range(len(rows)) if p not in retired]), (), i)


def _reports(model: Model) -> dict[str, list[tuple[int, BenchmarkScore]]]:
    """``model``'s maker's own scores (with their indexes in its scores), by benchmark."""
    reports: dict[str, list[tuple[int, BenchmarkScore]]] = {}
    for j, s in enumerate(model.scores):
        if s.self_reported is True:
            reports.setdefault(s.benchmark, []).append((j, s))
    return reports
