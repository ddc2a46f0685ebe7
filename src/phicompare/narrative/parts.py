"""The claims about one model alone, gathered for the sections that state them.

Who a model is, whether it publishes its weights, its bill and its route's prices, where it
runs, its route notes and, when no route can carry the traffic, that it cannot. Each is a
function of the model, its position and the comparison's terms:
:meth:`~phicompare.Comparison.derive` keeps them with the catalog, so a model's next comparison
reads them instead of writing them again. Those that quote its route rows are kept as drafts
(:class:`~phicompare.narrative.claims.Draft`): ``routes[k]`` counts the routes of the models
before it, so a draft is placed in each comparison, its evidence naming the rows where they
stand there (keeping whole claims for every route count of a partner grew a run over every
models.dev pair by 115 MiB). A comparison without a catalog (read back from JSON, unpickled,
copied) writes them all afresh.
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

from phicompare.catalog.memo import Slot

from .answers import open_claim
from .availability import availability_draft, note_drafts, where_draft
from .claims import Claim, Draft
from .context import Context
from .cost import estimate_draft
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


class _Drafts(NamedTuple):
    """Model ``i``'s parts, those that quote its route rows as drafts."""

    identity: Claim
    open: Claim
    price: str
    estimate: Draft
    where: Draft
    stranded: tuple[Draft, ...]
    notes: tuple[Draft, ...]

    def place(self, ks: tuple[int, ...]) -> ModelParts:
        """The parts of a comparison where the model's route rows are ``routes[k]``, k in ks."""
        return ModelParts(
            identity=self.identity, open=self.open, estimate=self.estimate.place(ks),
            where=self.where.place(ks), stranded=tuple([d.place(ks) for d in self.stranded]),
            notes=tuple([d.place(ks) for d in self.notes]), price=self.price)


class _Kept(NamedTuple):
    """Model ``i``'s parts as kept: the same in every comparison of it at ``i``, same terms."""

    drafts: _Drafts
    home: tuple[int, ...]
    """Its rows' indexes when they start ``routes``, as the first model's always do."""
    placed: ModelParts
    """Its parts placed there."""


def _kept(x: Context, i: int) -> _Kept:
    rows = x.c.route_groups[i][0]
    stranded = not any(r.eligible for r in rows)
    estimate = x.c.cost.estimates[i]
    drafts = _Drafts(identity_claim(x, i), open_claim(x, i), price_cell(estimate),
                     estimate_draft(x, estimate), where_draft(x, i),
                     (availability_draft(x, i),) if stranded else (), note_drafts(x, i))
    home = tuple(range(len(rows)))
    return _Kept(drafts, home, drafts.place(home))


def _parts(x: Context, i: int, kept: _Kept) -> ModelParts:
    """Model ``i``'s parts: kept whole where its rows start ``routes``, else placed afresh."""
    ks = x.c.route_groups[i][1]
    return kept.placed if ks == kept.home else kept.drafts.place(ks)
