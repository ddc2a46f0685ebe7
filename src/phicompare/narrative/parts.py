"""The claims about one model alone, gathered for the sections that state them.

Who a model is, whether it publishes its weights, its bill and its route's prices (and its
blended price), where it runs, its route notes and, when no route can carry the traffic, that
it cannot. Their text is a function of the model and the comparison's terms, wherever the
model stands: each is kept with the catalog as a draft
(:class:`~phicompare.narrative.drafts.Draft`, through :meth:`~phicompare.Comparison.derive`),
once for both positions, and placed in each comparison, its key and evidence naming the
model's position and its route rows where they stand there (``routes[k]`` counts the routes of
the models before it). Keeping whole claims instead, for
every position and route count of a partner, grew a run over every models.dev pair by 115 MiB.
A comparison without a catalog (read back from JSON, unpickled, copied) writes them afresh.

Beside the claims, the words other sentences take from the model alone, kept the same way:
its name as related comparisons show it, how it has each capability, what is not yet sourced
for it, its route count as the scorecard shows it and its licence as compared. Each is read
off the model's own facts (its profile, its routes under the terms), never its partner's.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from phicompare.catalog.memo import Slot
from phicompare.domain.names import licence_key
from phicompare.domain.pricing import RouteStatus

from . import format as fmt
from .assumptions import Assumed, assumed
from .availability import availability_draft, note_drafts, where_draft
from .claims import Claim
from .context import Context
from .cost import estimate_draft
from .drafts import Draft
from .faq import open_draft
from .offers import Offers, capability_offers
from .overview import identity_draft, price_cell, routes_cell
from .sources import unsourced_text

if TYPE_CHECKING:
    from phicompare.analysis.facts import CostEstimate

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
    blend: str | None
    """The cost section's figure: its blended price a million tokens, for it (``None``
    without one)."""
    named: str
    """How related comparisons name it: as the rest of its page does (its id is added only
    where two models compared share a name; :func:`~phicompare.narrative.sources.related`)."""
    offers: Offers
    """Per capability row, how it has the capability, in words: documented, or offered by
    some routes (:func:`~phicompare.narrative.offers.capability_offers`; the
    tradeoffs and the switch friction state them)."""
    unsourced: str | None
    """The provenance's: what is not yet sourced for it (``None``: everything is)."""
    routes: str
    """The scorecard's cell: how many routes are tracked for it."""
    licence: str | None
    """Its licence as compared (:func:`~phicompare.domain.names.licence_key`; ``None``: not
    sourced): the tradeoffs name licences that differ."""
    assumptions: Assumed
    """The cost section's assumptions, without and with a bill's route chosen by the route
    policy, and the claim of a page whose routes add nothing to them
    (:func:`~phicompare.narrative.assumptions.assumed`): the terms' alone, kept with the parts
    of each model compared under them."""


_KEPT: Slot[_Kept] = Slot("narrative parts")


def model_parts(x: Context) -> tuple[ModelParts, ...]:
    """Each model's :class:`ModelParts`, in model order, its drafts kept with the catalog.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> first, second = model_parts(context_of(compare("phi-2", "phi-4-mini")))
        >>> second.estimate.key, second.where.text[:25]
        ('estimate:1', 'Phi-4 Mini is listed on G')
    """
    groups, names = x.c.route_groups, x.names  # (a name two models share carries its id)
    parts = []
    for i in range(x.n):
        kept = x.c.derive(_KEPT, i, names[i], partial(_kept, x, i), anywhere=True)
        ks = groups[i][1]
        parts.append(kept.first if i == 0 and ks == kept.home else kept.drafts.place(
            i, ks, x.c.derive(_AT, i, names[i], partial(kept.drafts.at, i))))
    return tuple(parts)


_AT: Slot[tuple[Claim | None, ...]] = Slot("narrative parts at a position")
"""A model's claims placed at one position that name no route row (:meth:`_Drafts.at`): kept
per position (``derive`` keys it by the position), so a model second in many comparisons
builds their evidence once, whatever its partner's route count."""


class _Kept(NamedTuple):
    """A model's drafts, and its parts placed first (made with the drafts, when first seen)."""

    drafts: _Drafts
    home: tuple[int, ...]
    """Its route rows' indexes when it comes first: ``routes`` starts with them."""
    first: ModelParts


def _kept(x: Context, i: int) -> _Kept:
    drafts = _drafts(x, i)
    home = tuple(range(len(x.c.route_groups[i][0])))
    return _Kept(drafts, home, drafts.place(0, home))


class _Drafts(NamedTuple):
    """A model's parts as drafts: the same wherever it stands, under the same terms."""

    identity: Draft
    open: Draft
    price: str
    blend: str | None
    estimate: Draft
    where: Draft
    stranded: tuple[Draft, ...]
    notes: tuple[Draft, ...]
    named: str
    offers: Offers
    unsourced: str | None
    routes: str
    licence: str | None
    assumptions: Assumed

    def claims(self) -> tuple[Draft, ...]:
        """Its drafts in one order: identity, weights, bill, providers, stranded, notes."""
        return (self.identity, self.open, self.estimate, self.where, *self.stranded,
                *self.notes)

    def at(self, i: int) -> tuple[Claim | None, ...]:
        """Per draft (:meth:`claims`' order): its claim at ``i``, where it names no route row.

        A draft made with :meth:`Draft.at <phicompare.narrative.drafts.Draft.at>`; else ``None``.
        """
        return tuple([None if d.routes else d.place(i, ()) for d in self.claims()])

    def place(self, i: int, ks: tuple[int, ...],
              at: tuple[Claim | None, ...] | None = None) -> ModelParts:
        """The parts where the model stands at ``i``, its route rows at ``routes[k]``, k in ks.

        The claims ``at`` holds are placed at ``i`` already (:meth:`at`): taken as they are.
        """
        drafts = self.claims()
        placed = [d.place(i, ks) if at is None or (kept := at[n]) is None else kept
                  for n, d in enumerate(drafts)]
        notes = len(drafts) - len(self.notes)
        return ModelParts(
            identity=placed[0], open=placed[1], estimate=placed[2], where=placed[3],
            stranded=tuple(placed[4:notes]), notes=tuple(placed[notes:]), price=self.price,
            blend=self.blend, named=self.named, offers=self.offers, unsourced=self.unsourced,
            routes=self.routes, licence=self.licence, assumptions=self.assumptions)


def _drafts(x: Context, i: int) -> _Drafts:
    rows = x.c.route_groups[i][0]
    # a model with no route in force: the cost section's reason says it, once (review 6, D29)
    stranded = bool(rows) and not any(r.eligible for r in rows)
    estimate = x.c.cost.estimates[i]
    m = x.c.models[i]
    return _Drafts(identity_draft(x, i), open_draft(x, i), price_cell(estimate),
                   _blend(x, estimate), estimate_draft(x, estimate), where_draft(x, i),
                   (availability_draft(x, i),) if stranded else (), note_drafts(x, i),
                   x.names[i],
                   capability_offers(x, i), unsourced_text(x, i),
                   routes_cell(len(rows)), None if m.license is None else licence_key(m.license),
                   assumed(x))


def _blend(x: Context, e: CostEstimate) -> str | None:
    """The cost section's figure for the model: its blended price a million tokens, for it."""
    if e.blended is None:
        return None
    free = " (a free tier)" if e.route is not None and e.route.status is RouteStatus.FREE_TIER \
        else ""  # (as CostFacts.free_indexes: the part serves every comparison of the model)
    return f"{fmt.price(e.blended)} for {x.names[e.model_index]}{free}"
