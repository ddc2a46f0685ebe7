"""The claims about one model alone, gathered for the sections that state them.

Who a model is, whether it publishes its weights, its bill and its route's prices, where it
runs, its route notes and, when no route can carry the traffic, that it cannot. Those that
quote none of its route rows (who it is, its weights, its scorecard price cell) are a function
of the model, its position and the comparison's terms: :meth:`~phicompare.Comparison.derive`
keeps them with the catalog, so a model's next comparison reads them instead of writing them
again. The others quote ``routes[k]``, whose indexes count the routes of the models before it:
they depend on the pair and are written for each (keeping one a route count of every partner
grew a run over every models.dev pair by 115 MiB). A comparison without a catalog (read back
from JSON, unpickled, copied) writes them all afresh.
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

from phicompare.catalog.memo import Slot

from .answers import open_claim
from .availability import availability_claim, route_notes, where_claim
from .claims import Claim
from .context import Context
from .cost import estimate_claim
from .overview import identity_claim, price_cell

__all__ = ["ModelParts", "model_parts"]


class ModelParts(NamedTuple):
    """The claims about one model alone, each in its section."""

    identity: Claim
    """The summary's: vendor, size, release date, licence."""
    open: Claim
    """The FAQ's: whether it publishes its weights."""
    estimate: Claim
    """The cost section's: its bill, or why it has none."""
    where: Claim
    """The FAQ's: the providers it runs on."""
    stranded: tuple[Claim, ...]
    """The deep dive's: that no route can carry the traffic (empty when one can)."""
    notes: tuple[Claim, ...]
    """The deep dive's: routes that retire soon, are unverified or carry old prices."""
    price: str
    """The scorecard's cell: the prices of the route behind its bill."""


_KEPT: Slot[_Kept] = Slot("narrative parts")


def model_parts(x: Context) -> tuple[ModelParts, ...]:
    """Each model's :class:`ModelParts`, in model order, kept with the catalog.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> first, second = model_parts(context_of(compare("phi-2", "phi-4-mini")))
        >>> second.estimate.key, second.where.text[:25]
        ('estimate:1', 'Phi-4 Mini is listed on G')
    """
    return tuple([_parts(x, i, x.c.derive(_KEPT, i, (), partial(_kept, x, i)))
                  for i in range(x.n)])


class _Kept(NamedTuple):
    """The parts that quote no route row: the same wherever the model stands in ``routes``."""

    identity: Claim
    open: Claim
    price: str


def _kept(x: Context, i: int) -> _Kept:
    return _Kept(identity_claim(x, i), open_claim(x, i), price_cell(x.c.cost.estimates[i]))


def _parts(x: Context, i: int, kept: _Kept) -> ModelParts:
    """Model ``i``'s parts: those kept, and those that quote its route rows (made per pair)."""
    stranded = not any(r.eligible for r in x.c.route_groups[i][0])
    return ModelParts(
        identity=kept.identity, open=kept.open,
        estimate=estimate_claim(x, x.c.cost.estimates[i]), where=where_claim(x, i),
        stranded=(availability_claim(x, i),) if stranded else (), notes=route_notes(x, i),
        price=kept.price)
