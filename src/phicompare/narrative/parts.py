"""The claims about one model alone, made once per catalog for every page that shows the model.

Who a model is, whether it publishes its weights, its bill and its route's prices, where it
runs, its route notes and, when no route can carry the traffic, that it cannot: each is a
function of the model, its position, the comparison's terms (traffic, day, requirements,
provider filters) and the indexes of its route rows in ``routes`` (which its paths quote: they
count the routes of the models before it). :meth:`~phicompare.Comparison.derive` keeps them
with the catalog under that key, so a model's next comparison reads them instead of writing
them again. A comparison without a catalog (read back from JSON, unpickled, copied) writes
them afresh.
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


_PARTS: Slot[ModelParts] = Slot("narrative parts")


def model_parts(x: Context) -> tuple[ModelParts, ...]:
    """Each model's :class:`ModelParts`, in model order, kept with the catalog.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> first, second = model_parts(context_of(compare("phi-2", "phi-4-mini")))
        >>> second.estimate.key, second.where.text[:25]
        ('estimate:1', 'Phi-4 Mini is listed on G')
    """
    groups = x.c.route_groups
    return tuple([x.c.derive(_PARTS, i, groups[i][1], partial(_parts, x, i))
                  for i in range(x.n)])


def _parts(x: Context, i: int) -> ModelParts:
    stranded = not any(r.eligible for r in x.c.route_groups[i][0])
    return ModelParts(
        identity=identity_claim(x, i), open=open_claim(x, i),
        estimate=estimate_claim(x, x.c.cost.estimates[i]), where=where_claim(x, i),
        stranded=(availability_claim(x, i),) if stranded else (), notes=route_notes(x, i),
        price=price_cell(x.c.cost.estimates[i]))
