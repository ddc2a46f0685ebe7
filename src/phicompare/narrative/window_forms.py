"""The models' context windows as a page reads them: ranked once, and in one form a page.

A window reads one way on a page, in prose and tables alike (review 7, F4): :func:`page_exact`
decides whether the page writes every window to the token; :class:`Windows` ranks the models'
windows for every sentence that compares them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence, EvidenceKind, Shared

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison

__all__ = ["MATERIAL_SHARE", "Windows", "longest", "materially_wider", "outreached",
           "page_exact", "route_reach", "windows_view"]


class Windows(NamedTuple):
    """The models' context windows, read once for every section that compares them."""

    sizes: tuple[int | None, ...]
    """Per model: its context window in tokens (``None``: not yet sourced)."""
    form: Callable[[int], str]
    """How the known windows print side by side (:func:`~phicompare.narrative.format.
    token_formatter`: exact when two different ones would print alike)."""
    single: Callable[[int], str]
    """How one window prints alone on the page: :func:`~phicompare.narrative.format.tokens`,
    or ``exact_tokens`` where the page writes every window to the token (:attr:`exact`)."""
    exact: bool
    """Whether the page writes every window to the token (:func:`page_exact`, once a page)."""
    top: tuple[int, ...]
    """The models sharing the largest window, in order (all windows known); else ``()``."""
    rest: tuple[int, ...]
    """The other models, largest window first (ties in model order), when :attr:`top` is set."""
    longest: int | None
    """The model whose window prints longer than every other model's, all being known."""
    basis: Shared
    """Each window as :attr:`form` prints it, and that the :attr:`top` ones are larger than the
    :attr:`rest` (and equal): the basis of every sentence that ranks them, built once a page."""
    readings: tuple[int | None, ...] = ()
    """Per model: the count its window reads as in short form (:func:`~phicompare.narrative.
    format.reading`: "128K" reads 128,000), read once a page; ``None`` where not sourced."""

    def side(self, counts: Iterable[int]) -> Callable[[int], str]:
        """How windows (a model's or a route's) print side by side in one sentence."""
        return fmt.exact_tokens if self.exact else \
            fmt.token_formatter(counts)


def materially_wider(wider: int, window: int) -> bool:
    """Whether ``wider`` tokens are materially more than ``window``: by more than 2.5%.

    128,000 tokens and 131,072 (2.4% apart) are one window to every page; 164,000 against
    163,840 is no reason to name a route (review 7, F4).

    Examples:
        >>> materially_wider(164_000, 163_840), materially_wider(1_000_000, 200_000)
        (False, True)
        >>> materially_wider(131_072, 128_000), materially_wider(1_047_576, 983_040)
        (False, True)
    """
    return 40 * (wider - window) > window


MATERIAL_SHARE = "0.025"
"""The share by which a window is materially wider (:func:`materially_wider`), as a
``CheckOp.WITHIN`` check of two windows said to be "about as much" carries it."""


def outreached(window: int, reaches: Iterable[int | None]) -> bool:
    """Whether other models' routes take about as much as ``window`` or more: no longer window.

    The one rule of every sentence and tag that calls a window longer, larger or a shrink
    (review 7, F9; review 8, G3): ``reaches`` are the widest windows of the other models'
    counted routes beyond their records (:func:`route_reach`); ``window`` is longer only where
    it is materially wider than each. GPT-5's 400,000 tokens beside Claude Sonnet 4.5's routes
    of 1,000,000, or Gemma 3 12B's 131,072 beside Qwen3 14B's routes of 131,072, are no longer
    prompts.

    Examples:
        >>> outreached(400_000, [1_000_000]), outreached(131_072, [131_072, None])
        (True, True)
        >>> outreached(1_047_576, [983_040]), outreached(1_000_000, [])
        (False, False)
    """
    return any(w is not None and not materially_wider(window, w) for w in reaches)


def route_reach(c: Comparison, i: int) -> int | None:
    """The widest window of model ``i``'s counted routes materially wider than its record.

    A counted route is one the page's terms leave in (``eligible``); ``None`` where none takes
    materially more, or the model's window is not sourced (as
    :func:`~phicompare.narrative.windows.reach` finds them, for pages without a narrative
    context).

    Examples:
        >>> from phicompare import compare
        >>> route_reach(compare("phi-2", "phi-4-mini"), 0) is None
        True
    """
    window = c.models[i].context_window
    if window is None:
        return None
    rows, _ = c.route_groups[i]
    return max([row.context_window for row in rows if row.eligible
                and row.context_window is not None
                and materially_wider(row.context_window, window)], default=None)


def page_exact(c: Comparison) -> bool:
    """Whether ``c``'s page writes every context window to the token, prose and tables alike.

    Over every window it shows, its models' and their routes' (:func:`~phicompare.narrative.
    format.windows_exact`): DeepSeek V3.2's 163,840 beside routes of 163,000 and 164,000 reads
    "163,840" in the route table, so the summary and switch friction say "163,840" too, not
    "160K" (review 7, F4).

    Examples:
        >>> from phicompare import compare
        >>> page_exact(compare("phi-2", "phi-4-mini"))
        False

    The narrative's context reads each model's part from the catalog's memo (:mod:`.own`).
    """
    groups = c.route_groups  # each model's route table, and every window the page shows
    return fmt.windows_exact([*(m.context_window for m in c.models),
                              *(r.context_window for r in c.routes)]) or any(
        fmt.windows_exact([r.context_window for r in rows]) for rows, _ in groups)


def windows_view(sizes: tuple[int | None, ...], *, exact: bool = False,
                 read: Mapping[int, int] | None = None) -> Windows:
    """The context windows ``sizes``, read for the narrative.

    128,000 tokens and 131,072 both print 128K: neither is the longest, and the two print to the
    token wherever they stand side by side.

    Examples:
        >>> view = windows_view((2048, 131_072))
        >>> view.top, view.rest, view.longest, view.form(131_072)
        ((1,), (0,), 1, '128K')
        >>> view = windows_view((128_000, 131_072))
        >>> view.longest, view.form(131_072)
        (None, '131,072')
        >>> windows_view((None, 4096)).top  # not every window known: no order
        ()

    ``read``: each window's :func:`~phicompare.narrative.format.reading`, where the page has
    them (its models' parts read them once a catalog: :attr:`.own.Own.readings`).
    """
    known = [w for w in sizes if w is not None]
    form = fmt.exact_tokens if exact else fmt.token_formatter(known)
    single = fmt.exact_tokens if exact else fmt.tokens
    readings = tuple([None if w is None else fmt.reading(w) if read is None else read[w]
                      for w in sizes])
    if len(known) < len(sizes) or not known:
        return Windows(sizes=sizes, form=form, single=single, exact=exact, top=(), rest=(),
                       longest=None, basis=Shared(partial(_windows_basis, sizes, form, (), ())),
                       readings=readings)
    largest = max(known)  # every window known: ``known`` is indexed as the models are
    top = tuple([i for i, w in enumerate(known) if w == largest])
    rest = tuple(sorted([i for i, w in enumerate(known) if w != largest],
                        key=known.__getitem__, reverse=True))  # stable: ties in model order
    # (every window known: the largest prints longer exactly when no other reads like it)
    shown = [r for w, r in zip(known, readings, strict=True)
             if w == largest or r == readings[top[0]]]
    return Windows(sizes=sizes, form=form, single=single, exact=exact, top=top, rest=rest,
                   longest=top[0] if len(shown) == 1 else None,
                   basis=Shared(partial(_windows_basis, sizes, form, top, rest)),
                   readings=readings)


def longest(sizes: Sequence[int | None]) -> int | None:
    """The model whose window prints longer than every other's, all being known (else ``None``).

    :attr:`Windows.longest`, without the view: the verdict's rule for a longer context asks it
    of several sets of windows a page (:func:`~.longer.outreaches`) and reads nothing else. A
    window that prints like the largest makes the page's form exact (the two would misstate
    their gap), so the largest, alone, prints longer exactly when no other reads like it.

    Examples:
        >>> longest((2048, 131_072)), longest((128_000, 131_072)), longest((None, 4096))
        (1, None, None)
        >>> longest((131_072, 131_072)), longest((131_072,))
        (None, 0)
    """
    known = [w for w in sizes if w is not None]
    if len(known) < len(sizes) or not known:
        return None
    largest = max(known)
    shown = fmt.reading(largest)
    top = [i for i, w in enumerate(known) if w == largest or fmt.reading(w) == shown]
    return top[0] if len(top) == 1 else None


def _windows_basis(sizes: tuple[int | None, ...], form: Callable[[int], str],
                   top: tuple[int, ...], rest: tuple[int, ...]) -> Basis:
    """:attr:`Windows.basis`: each window as ``form`` prints it, ``top`` above ``rest``."""
    kind = EvidenceKind.TOKENS if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
    return Basis(
        tuple([Evidence(paths.model(i, "context_window"), w, None if w is None else form(w), kind)
               for i, w in enumerate(sizes)]),
        tuple([Check(op=CheckOp.GREATER, paths=(paths.model(t, "context_window"),
                                                paths.model(i, "context_window")))
               for t in top for i in rest])
        + tuple([Check(op=CheckOp.EQUAL, paths=(paths.model(top[0], "context_window"),
                                               paths.model(t, "context_window")))
                 for t in top[1:]]))
