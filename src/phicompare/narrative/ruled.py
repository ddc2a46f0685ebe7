"""Which models the page's own terms rule out (:class:`Out`), model by model.

Split from :mod:`.standing`, which says why in words and re-exports these: each model's
standing is a function of the model, its position and the terms (:func:`own_standing`, its
rows counted among its own), so the narrative's context keeps it with the catalog
(:mod:`.own`) and places its rows on the page (:func:`placed`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from phicompare.analysis.workload import Unfit
from phicompare.domain.capabilities import Capability, Support

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison

__all__ = ["Out", "documents", "own_standing", "placed", "standings"]


class Out(NamedTuple):
    """Why the page's terms rule a model out."""

    unreleased: bool
    """Released after the comparison's date."""
    rows: tuple[int, ...]
    """Its route rows (positions in ``Comparison.routes``), every one unfit; ``()`` when it is
    out for its release date alone."""
    kinds: frozenset[Unfit]
    """What makes those routes unfit."""
    retired: tuple[int, ...] = ()
    """Its route rows that meet the page's terms but were retired by the comparison's date (a
    route's ``retires`` has come): with no route in service, the model cannot be run (review
    10, I2). A retired route unfit for the terms is among ``rows``, out for them."""
    deprecated: tuple[int, ...] = ()
    """Its route rows that meet the page's terms and are in service but deprecated on the
    comparison's date (``RouteRow.deprecated``): a route the page bills nothing on and counts
    among none that can carry the traffic, so a model with no other is out alike (review 11,
    K2). A deprecated route unfit for the terms is among ``rows``, out for them."""
    undocumented: tuple[Capability, ...] = ()
    """For a model with no route at all: the required capabilities its own support is not
    "yes" for (unknown is never met; helper leftP's)."""
    model_index: int = -1
    """The model's position in the comparison."""


def standings(c: Comparison) -> tuple[Out | None, ...]:
    """Per model: why the page's terms rule it out, or ``None`` when they leave it in.

    Each model's standing is its own (its release date, its route rows under the terms):
    :func:`own_standing`, its rows counted from its own first, placed here (the narrative's
    context keeps each model's with the catalog: :mod:`.own`).

    Examples:
        >>> from phicompare import compare
        >>> out = standings(compare("phi-4", "phi-3-mini-128k", requires={"function_calling"}))
        >>> out[0] is None, sorted(k.value for k in out[1].kinds)
        (True, ['capability'])
    """
    return tuple([placed(own_standing(c, i)[0], ks) for i, (_, ks) in enumerate(c.route_groups)])


def placed(found: Out | None, ks: tuple[int, ...], index: int | None = None) -> Out | None:
    """``found``, its rows (positions among a model's own) placed at the page's rows ``ks``.

    With ``index``, the model's position on the page too: a model's own standing is kept once
    for its comparisons whether it comes first or second (:mod:`.own`).
    """
    if found is None:
        return None
    if index is not None and found.model_index != index:
        found = found._replace(model_index=index)
    if not ks or ks[0] == 0 or not (found.rows or found.retired or found.deprecated):
        return found
    return found._replace(rows=tuple([ks[p] for p in found.rows]),
                          retired=tuple([ks[p] for p in found.retired]),
                          deprecated=tuple([ks[p] for p in found.deprecated]))


def own_standing(c: Comparison, i: int) -> tuple[Out | None, bool]:
    """:func:`standings` of model ``i`` alone, its rows as positions among its own route rows.

    With whether some route of it meets the terms, in service and not deprecated
    (:func:`fit_route`).
    """
    model, (own, _) = c.models[i], c.route_groups[i]
    rows: list[int] = []
    gone: list[int] = []
    old: list[int] = []
    fit = False
    for p, row in enumerate(own):
        if row.unfit is not None:
            rows.append(p)
        elif row.route.retired(c.as_of):  # it meets the terms but serves no more (review 10, I2)
            gone.append(p)
        elif row.deprecated:  # in service, but no route the page counts (review 11, K2)
            old.append(p)
        else:
            fit = True
    unreleased = model.released is not None and c.as_of < model.released
    spent = [*gone, *old]
    mine, retired, deprecated = (((), (), ()) if fit or _weights_only(
        c, i, rows, spent) else (tuple(rows), tuple(gone), tuple(old)))
    kinds = frozenset([u for p in mine if (u := own[p].unfit) is not None])
    # a model with no route meets a requirement on its own support alone (leftP); one
    # whose routes are out of service, on its weights' (its own word: review 22, P6; the
    # capabilities table's, its maker's listing counted: review 26, P3)
    bare = (tuple(r for r in c.requires if not documents(c, i, r))
            if not fit and _weights_only(c, i, rows, spent, met=False)
            else () if own else tuple(
                r for r in c.requires if model.support(r) is not Support.YES))
    return (Out(unreleased, mine, kinds, retired, deprecated, bare, i)
            if unreleased or mine or retired or deprecated or bare else None), fit


def documents(c: Comparison, i: int, capability: Capability) -> bool:
    """Whether model ``i`` documents ``capability``, as the page's capabilities table reads it.

    Its row's ``documented`` (:class:`~phicompare.analysis.facts.CapabilityRow`): the model's
    own flag, with each flag a listing of its maker's own API that is its record gives
    (:func:`~phicompare.analysis.listed.maker_word`), whether that route is in service,
    deprecated or retired on the comparison's date: the maker's word of the model stays its
    word. Any other route's flag is that route's offer, gone with the route where it is
    retired. The table's "yes" beside the verdict's "does not document function calling"
    read two rules (review 26, P3: Devstral 2, whose record is Mistral's deprecated listing).

    Examples:
        >>> from phicompare import compare
        >>> c = compare("devstral-latest", "phi-4", requires={"function_calling"})
        >>> c.models[0].capabilities.function_calling, documents(c, 0, c.requires[0])
        (None, True)
        >>> documents(compare("open-mixtral-8x22b", "phi-4"), 0, Capability.FUNCTION_CALLING)
        False
    """
    for row in c.capabilities:
        if row.capability is capability:
            return bool(row.documented) and row.documented[i] is True
    return False


def _weights_only(c: Comparison, i: int, unfit: list[int], gone: list[int], *,
                  met: bool = True) -> bool:
    """Whether a model whose routes are all ``gone`` (none ``unfit``) runs from its weights.

    Published, each required capability documented (:func:`documents`): left in as a
    routeless model (review 20, P5: Trinity Large Preview, out for its deprecated route, beside
    routeless Phi-1.5). With ``met`` false, whatever the requirements: where one is not
    documented, it is what rules the model out (review 22, P6), not its routes.
    """
    return (bool(gone) and not unfit and c.models[i].open_weights is True
            and (not met or all(documents(c, i, r) for r in c.requires)))
