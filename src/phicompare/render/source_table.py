"""The sources table of a comparison's page: each model's rows kept, a URL both cite merged.

Split from :mod:`phicompare.render.tables` (which re-exports :func:`sources` and
:func:`comparison_sources`): a model's rows of the table are made once a catalog, runs of them
named in the table's ``pieces`` for the renderers to keep theirs.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from functools import partial
from types import MappingProxyType
from typing import TYPE_CHECKING

from phicompare.catalog.memo import Slot
from phicompare.narrative import format as fmt

from .blocks import Cell, Link, Table

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison
    from phicompare.analysis.facts import SourceRef

__all__ = ["comparison_sources", "sources"]


def sources(refs: Sequence[SourceRef]) -> Table:
    """Every source cited: its URL, what it supports (secondhand marked) and when checked."""
    return Table("Sources", _SOURCES, _source_rows(refs))


_SOURCES = ("Source", "Supports", "Checked")
_Rows = tuple[tuple[Cell, ...], ...]
_Where = Mapping[str, int]
"""Where each URL of a run of source rows stands in it (a row a URL)."""
_SOURCE_ROWS: Slot[tuple[tuple[_Rows, _Where], tuple[_Rows, _Where]]] = Slot("source rows")
"""A model's rows of the sources table: its own sources', and its routes' others', each with
where each URL stands in them."""


def comparison_sources(c: Comparison) -> Table:
    """:func:`sources` of ``c``'s sources, each model's rows kept with the catalog.

    The sources are each model's own, then each model's routes' others
    (:meth:`~phicompare.Comparison.sources_by_model`): a model's rows are the same in every
    comparison of it on the day, so they are made once, and its runs of rows are named in the
    table's ``pieces`` for the renderers to keep theirs (a share that hides the citations of
    scores the page does not show is kept by those too: the same in every comparison of the
    model that hides them). A URL cited for several models is the
    comparison's: its row is made here, where it is first cited, and left out after; a run
    that holds it is the comparison's too (its key is ``None``), one run with the one before
    if that is the comparison's as well.
    """
    layout = c.sources_by_model()
    if layout is None:
        return sources(c.provenance.sources)
    shares, merged, hidden = layout
    names = c.names  # (a name two models share is cited with its id: rows kept by the name)
    # a share the page filtered (scores it does not show) is kept by the citations it hides too
    keys = [names[i] if not hidden or not hidden[i] else (names[i], hidden[i])
            for i in range(len(shares))]
    kept = [c.derive(_SOURCE_ROWS, i, keys[i], partial(_share_rows, own, routes), anywhere=True)
            for i, (own, routes) in enumerate(shares)]
    rows: list[tuple[Cell, ...]] = []
    pieces: list[tuple[str, Hashable, int]] = []
    waiting = dict(merged)  # a URL cited for several models, not yet listed
    for k, kind in enumerate(("own", "routes")):
        for i in range(len(shares)):
            made, where = kept[i][k]
            key: Hashable = (("sources", kind) if keys[i] == c.models[i].name
                             else ("sources", kind, keys[i]))  # (a shared name: with its id)
            runs = [(key, made)]
            if merged and not merged.keys().isdisjoint(where):
                runs = _spliced(made, where, key, merged, waiting)
            for run_key, run in runs:
                if not run:
                    continue
                rows += run
                if run_key is None and pieces and pieces[-1][1] is None:  # one run of the pair's
                    model, _, count = pieces[-1]
                    pieces[-1] = (model, None, count + len(run))
                else:
                    pieces.append((c.models[i].id, run_key, len(run)))
    return Table("Sources", _SOURCES, tuple(rows), pieces=tuple(pieces))


def _spliced(made: _Rows, where: _Where, key: Hashable, merged: Mapping[str, SourceRef],
             waiting: dict[str, SourceRef]) -> list[tuple[Hashable, _Rows]]:
    """A model's run of rows (kept as ``key``) with each URL cited for several models taken out.

    A URL still ``waiting`` is listed where it stands (``where``), its row made from its merged
    citations: a run of the pair's (key ``None``). The model's rows between are runs of its
    own, each keyed by ``key`` and where it stands among the model's rows (the same in every
    comparison of the model that splits them there), so the renderers keep them as they keep
    a whole run.
    """
    runs: list[tuple[Hashable, _Rows]] = []
    start = 0
    for at, url in sorted([(where[url], url) for url in merged if url in where]):
        if start < at:
            runs.append(((key, start, at), made[start:at]))
        start = at + 1
        if (first := waiting.pop(url, None)) is not None:
            runs.append((None, (_source_row(first),)))
    if start < len(made):
        runs.append(((key, start, len(made)), made[start:]))
    return runs


def _share_rows(own: Sequence[SourceRef], routes: Sequence[SourceRef],
                ) -> tuple[tuple[_Rows, _Where], tuple[_Rows, _Where]]:
    return _placed_rows(own), _placed_rows(routes)


def _placed_rows(refs: Sequence[SourceRef]) -> tuple[_Rows, _Where]:
    """Rows of ``refs`` and where each URL stands among them (read-only: kept and shared)."""
    return _source_rows(refs), MappingProxyType({ref.url: at for at, ref in enumerate(refs)})


def _source_rows(refs: Sequence[SourceRef]) -> _Rows:
    return tuple([_source_row(s) for s in refs])


def _source_row(s: SourceRef) -> tuple[Cell, ...]:
    return (Link(s.url, s.url),
            ("secondhand (aggregated dataset): " if s.secondhand else "") + _grouped(s.supports),
            _checked(s))


def _checked(s: SourceRef) -> str:
    """A source's Checked cell: the day its figures were read, or the range (review 55, #3)."""
    if s.checked is None:
        return "no date recorded"
    if s.last_checked is None or s.last_checked == s.checked:
        return fmt.date(s.checked)
    return f"{fmt.date(s.checked)} to {fmt.date(s.last_checked)}"


def _grouped(supports: Sequence[str]) -> str:
    """A source's supports with one model's scores gathered: "Phi-2 scores: MMLU, ARC-C".

    Examples:
        >>> _grouped(["Phi-2 facts", "Phi-2 score: MMLU", "Phi-2 score: ARC-C"])
        'Phi-2 facts; Phi-2 scores: MMLU, ARC-C'
    """
    text = "; ".join(supports)
    if " score: " not in text:  # most sources: nothing to gather
        return text
    scores: dict[str, list[str]] = {}
    out: list[str] = []
    for item in supports:
        owner, sep, label = item.partition(" score: ")
        if not sep:
            out.append(item)
            continue
        if owner not in scores:
            scores[owner] = []
            out.append(owner)  # a placeholder, filled below
        scores[owner].append(label)
    return "; ".join([f"{item} score{'s' * (len(scores[item]) > 1)}: {', '.join(scores[item])}"
                      if item in scores else item for item in out])
