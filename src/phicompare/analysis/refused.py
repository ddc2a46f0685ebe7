"""A capability a model documents that every one of its routes on a page flags it without.

``phicompare grok-2 grok-4`` read "Vision yes | yes", while ``--requires vision`` gave "Grok-2:
no eligible route (xAI: vision not listed)": Grok-2's record documents vision, and its one
route, xAI's grok-2 API, flags it no (review 38, #2). The model's own flag stays its own (a
route's flag is not a model feature, either way); what its routes offer is said beside it.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from phicompare.catalog.memo import Slot
from phicompare.domain.capabilities import Capabilities, Capability, Support

from .routes import PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .comparison import Comparison

__all__ = ["Refusal", "refusals", "refused", "route_flag", "serving"]


class Refusal(NamedTuple):
    """A capability row a model documents and its every route counted flags no (:func:`refused`)."""

    k: int
    """The row, in ``c.capabilities``."""
    providers: tuple[str, ...]
    """The routes' providers, each once, in route order."""
    rows: tuple[int, ...]
    """The routes' positions among the model's own rows (``c.route_groups[i][0]``)."""


_REFUSALS: Slot[tuple[Refusal, ...]] = Slot("refused capabilities")


def refusals(c: Comparison, i: int) -> tuple[Refusal, ...]:
    """Every :class:`Refusal` of model ``i``, in row order (most models: none).

    A function of the model and the comparison's terms alone (its own flags, its route rows,
    the page's provider filters and date), so kept with the catalog, wherever the model stands:
    a page asks it once a model, not once a row, and whole sections skip their search when
    every model's is empty (issue 18).

    Examples:
        >>> from phicompare import compare
        >>> c = compare("grok-2", "grok-4")
        >>> [(c.capabilities[r.k].capability.value, r.providers) for r in refusals(c, 0)]
        [('vision', ('xAI',))]
        >>> refusals(c, 1)
        ()
    """
    return c.derive(_REFUSALS, i, (), partial(_refusals, c, i), anywhere=True)


def _refusals(c: Comparison, i: int) -> tuple[Refusal, ...]:
    found = []
    for k, row in enumerate(c.capabilities):
        if row.documented and row.documented[i] is True:
            kept = _refusing(c, i, k)
            if kept:
                found.append(Refusal(k, tuple(dict.fromkeys(name for name, _ in kept)),
                                     tuple([p for _, p in kept])))
    return tuple(found)


def refused(c: Comparison, i: int, k: int) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Model ``i``'s providers and routes that flag no the ``k``-th row's capability it documents.

    The routes are indexes in ``c.routes``; both are empty unless every route counted flags it no.

    Counted: the routes the page's provider filters leave in and that are in service on the
    comparison's date. Else ``((), ())``: the model does not document it, has no such route,
    or one of them offers it (its own flag, or one it leaves to the model's).

    Examples:
        >>> from phicompare import compare
        >>> c = compare("grok-2", "grok-4")
        >>> k = [row.capability.value for row in c.capabilities].index("vision")
        >>> refused(c, 0, k)[0], refused(c, 1, k)
        (('xAI',), ((), ()))
    """
    for found in refusals(c, i):
        if found.k == k:
            ks = c.route_groups[i][1]
            return found.providers, tuple([ks[p] for p in found.rows])
    return (), ()


def _refusing(c: Comparison, i: int, k: int) -> list[tuple[str, int]]:
    """Model ``i``'s routes counted, provider and position among its rows, if all flag no."""
    kept = []
    capability = c.capabilities[k].capability
    rows = c.route_groups[i][0]
    for name, p, support in _kept(c, i, k):
        flags = rows[p].route.capabilities
        # (one route that offers it, or may: none to say; and a "no" is the route's own flag,
        # never one read off a capability its model fixes: GPT-5.3 Codex Spark's OpenAI route
        # lists vision, which its record holds fixed and leaves undocumented: review 38 merge)
        if support is not Support.NO or flags is None or flags.flag(capability) is not False:
            return []
        kept.append((name, p))
    return kept


def serving(c: Comparison, i: int, k: int) -> tuple[int, ...]:
    """Model ``i``'s routes (indexes in ``c.routes``) that offer the ``k``-th row's capability.

    By their own flag or the model's they leave alone, among those :func:`refused` counts.

    Examples:
        >>> from phicompare import compare
        >>> c = compare("grok-2", "grok-4")
        >>> k = [row.capability.value for row in c.capabilities].index("vision")
        >>> serving(c, 0, k), len(serving(c, 1, k)) > 0
        ((), True)
    """
    if c.capabilities[k].support[i] is not Support.YES:  # (no route of it offers it)
        return ()
    ks = c.route_groups[i][1]
    return tuple([ks[p] for _, p, support in _kept(c, i, k) if support is Support.YES])


def _kept(c: Comparison, i: int, k: int) -> Iterator[tuple[str, int, Support]]:
    """Model ``i``'s routes left in and in service: provider, position, support of row ``k``.

    The position is among the model's own rows (``c.route_groups[i][0]``).
    """
    rows = c.route_groups[i][0]
    model, capability, day = c.models[i], c.capabilities[k].capability, c.as_of
    own, fixed = model.capabilities.flag(capability), capability in model.fixed_capabilities
    for p, r in enumerate(rows):
        if r.reason not in _LEFT_OUT and not r.route.retired(day):
            yield r.provider_name, p, Support.of(route_flag(r.route.capabilities, capability,
                                                            own, fixed))


def route_flag(flags: Capabilities | None, capability: Capability, own: bool | None,
               fixed: bool) -> bool | None:
    """A route's flag for ``capability``, as ``Model.route_capabilities`` reads its table.

    Worked out for the one capability (the whole table, for each route of a page, was most of
    the page's time): the route's own table (``flags``) over the model's flag (``own``), and
    where no route can add it (``fixed``), the model's alone, else no.

    Examples:
        >>> from phicompare.domain.capabilities import Capabilities, Capability
        >>> no = Capabilities(vision=False)
        >>> route_flag(no, Capability.VISION, True, False), route_flag(None, Capability.VISION,
        ...                                                            True, False)
        (False, True)
        >>> route_flag(Capabilities(vision=True), Capability.VISION, None, True)
        False
    """
    mine = None if fixed or flags is None else flags.flag(capability)
    if mine is not None:
        return mine
    return own if own is not None or not fixed or flags is None else False


_LEFT_OUT = (PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED)
"""A route row's ``reason`` where the page's provider filters leave it out."""
