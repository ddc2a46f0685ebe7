"""A capability a model documents that every one of its routes on a page flags it without.

``phicompare grok-2 grok-4`` read "Vision yes | yes", while ``--requires vision`` gave "Grok-2:
no eligible route (xAI: vision not listed)": Grok-2's record documents vision, and its one
route, xAI's grok-2 API, flags it no (review 38, #2). The model's own flag stays its own (a
route's flag is not a model feature, either way); what its routes offer is said beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.domain.capabilities import Capabilities, Capability, Support

from .routes import PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .comparison import Comparison

__all__ = ["refused", "route_flag", "serving"]


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
    row = c.capabilities[k]
    if not row.documented or row.documented[i] is not True:
        return (), ()
    kept = []
    capability = row.capability
    for name, j, support in _kept(c, i, k):
        flags = c.routes[j].route.capabilities
        # (one route that offers it, or may: none to say; and a "no" is the route's own flag,
        # never one read off a capability its model fixes: GPT-5.3 Codex Spark's OpenAI route
        # lists vision, which its record holds fixed and leaves undocumented: review 38 merge)
        if support is not Support.NO or flags is None or flags.flag(capability) is not False:
            return (), ()
        kept.append((name, j))
    return tuple(dict.fromkeys(name for name, _ in kept)), tuple(j for _, j in kept)


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
    return tuple([j for _, j, support in _kept(c, i, k) if support is Support.YES])


def _kept(c: Comparison, i: int, k: int) -> Iterator[tuple[str, int, Support]]:
    """Model ``i``'s routes left in and in service: provider, index, support of row ``k``."""
    rows, ks = c.route_groups[i]
    model, capability, day = c.models[i], c.capabilities[k].capability, c.as_of
    own, fixed = model.capabilities.flag(capability), capability in model.fixed_capabilities
    for r, j in zip(rows, ks, strict=True):
        if r.reason not in _LEFT_OUT and not r.route.retired(day):
            yield r.provider_name, j, Support.of(route_flag(r.route.capabilities, capability,
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
