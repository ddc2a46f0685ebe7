"""The facts a comparison rests on: frozen records, no prose, no I/O.

Per-model values are tuples aligned with ``Comparison.models``. A fact about a model holds the
:class:`~phicompare.Model` itself (``estimate.model``, ``gap.a``, ``item.target``) and its position
in ``Comparison.models`` (``model_index``, ``a_index``, ...): JSON writes the position under the
field's plain name (``"model": 0``), see :func:`json_key` and :data:`MODEL_REF`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.pricing import ProviderRoute, RouteStatus
from phicompare.domain.record import MODEL_REF, MONEY, Record, json_key
from phicompare.domain.records import Model, ProviderTier

from . import reprs
from .cost import CostLine, RouteBill, SearchFee
from .friction_facts import FrictionItem, FrictionKind
from .score_facts import BenchmarkRow, ScoreGap
from .source_facts import Provenance, Related, SourceRef
from .usage import UsageFit
from .workload import Unfit

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

__all__ = [
    "MODEL_REF",
    "RETIREMENT_NOTICE_DAYS",
    "STALE_PRICE_DAYS",
    "BenchmarkRow",
    "CapabilityRow",
    "CostEstimate",
    "CostFacts",
    "Crossover",
    "FrictionItem",
    "FrictionKind",
    "Provenance",
    "Related",
    "RouteRow",
    "ScoreGap",
    "SourceRef",
    "SpecRow",
    "json_key",
]

RETIREMENT_NOTICE_DAYS = 90
"""A route retiring within this many days of the comparison date is flagged."""
STALE_PRICE_DAYS = 180
"""A price checked more than this many days before the comparison date is flagged."""

@attrs.frozen(kw_only=True, eq=False, repr=False)
class SpecRow(Record):
    """One specification across the models, as canonical text (``None`` = not yet sourced).

    Canonical text: integers and decimals as written (``131072``, ``3.8``), dates in ISO form,
    booleans ``yes``/``no``, lists joined by ``, ``. Typed values are on the models themselves.
    """

    field: str
    label: str
    values: tuple[str | None, ...]
    differs: bool


@attrs.frozen(kw_only=True, eq=False, repr=False)
class CapabilityRow(Record):
    """One capability across the models (route overrides counted), and where it comes from.

    ``documented`` is each model's own flag (its card or paper: ``True``, ``False`` or ``None``
    when the model's table leaves it out); ``offered_by`` the providers whose routes flag it
    (a route's offer, never the model's feature) and ``not_listed_by`` those whose routes do not.
    A model whose every source is a listing of one of its routes documents nothing itself: what
    its listings flag is their providers' offer (:func:`~phicompare.analysis.listed.as_listings`).
    """

    __repr__ = reprs.capability_row

    capability: Capability
    support: tuple[Support, ...]
    documented: tuple[bool | None, ...] = ()
    offered_by: tuple[tuple[str, ...], ...] = ()
    not_listed_by: tuple[tuple[str, ...], ...] = ()

    @property
    def route_only(self) -> tuple[bool, ...]:
        """Per model: whether only some routes offer it (the model itself does not document it)."""
        return tuple(self.documented[i] is not True and bool(self.offered_by[i])
                     for i in range(len(self.documented)))

    @property
    def differs(self) -> bool:
        """Whether the models' support differs, counting unknown as its own value."""
        support = self.support
        return bool(support) and support.count(support[0]) != len(support)  # no enum hashing


@attrs.frozen(kw_only=True, eq=False, repr=False)
class RouteRow(Record):
    """One route of one model: price, limits, and whether it can carry the caller's traffic.

    ``monthly`` is the route's bill at the traffic, at ``input_price`` and ``output_price``.
    """

    __repr__ = reprs.route_row

    model_index: int = attrs.field(metadata=json_key("model"))
    """The model's position in the comparison's models (the key ``model`` in JSON)."""
    route: ProviderRoute
    provider_name: str
    context_window: int | None
    eligible: bool
    reason: str | None = None
    monthly: Decimal | None = attrs.field(default=None, metadata=MONEY)
    days_to_retirement: int | None = None
    """Days until the route retires, when that is within :data:`RETIREMENT_NOTICE_DAYS`."""
    checked_days_ago: int | None = None
    """Days between the price's checked date and the comparison date."""
    deprecated: bool = attrs.field(default=attrs.Factory(
        lambda self: self.route.status is RouteStatus.DEPRECATED, takes_self=True))
    """Whether the route counts as deprecated on the comparison date
    (:meth:`~phicompare.ProviderRoute.deprecated_on`): by its ``deprecated`` date where the
    catalog records one, else by its status as last checked (a row saved before this field
    existed: its status)."""
    input_price: Decimal | None = attrs.field(default=attrs.Factory(
        lambda self: self.route.input, takes_self=True), metadata=MONEY)
    """The input price per 1M tokens ``monthly`` applied, as :attr:`CostEstimate.input_price`
    (the route's base price where it has no ``monthly``, or in a row saved before it existed)."""
    output_price: Decimal | None = attrs.field(default=attrs.Factory(
        lambda self: self.route.output, takes_self=True), metadata=MONEY)
    """The output price per 1M tokens ``monthly`` applied, as ``input_price``."""
    tier_above: int | None = None
    """The threshold (input tokens) of the route's highest long-context tier the traffic's
    requests cross, when they cross one."""
    tier_unlisted: bool = False
    """Whether the route lists no long-context tier while another priced route of the model
    applies one to these requests: its ``monthly``, at base prices, may be low only because a
    tier is missing from the data (see ``docs/cost-model.md``)."""
    max_output_tokens: int | None = None
    """The output limit in force on the route: its own, else the model's (``None``: not
    sourced); responses longer than it make the route unfit (:attr:`Unfit.OUTPUT`)."""
    unfit: Unfit | None = None
    """Why the route cannot take the caller's workload whatever its price or status (the
    provider filters, the context asked, the requests' and responses' size, the required
    capabilities), or
    ``None`` when it can: a model whose every route is unfit is ruled out by the page's terms."""
    usage: tuple[UsageFit, ...] = ()
    """The route's recorded usage limits beside the traffic (analysis/usage.py)."""
    maker: bool = False
    """Whether the route's provider is the model's maker: a lab's own API serving its own lab's
    model (:func:`~phicompare.analysis.choice.served_tier`, the provider's ``vendors``)."""
    model: Model = attrs.field(metadata=MODEL_REF)
    """The model the route serves."""

    @property
    def stale(self) -> bool:
        """Whether the price was checked more than :data:`STALE_PRICE_DAYS` before the day."""
        return (self.checked_days_ago or 0) > STALE_PRICE_DAYS

    def tie_class(self, day: dt.date) -> tuple[bool, int]:
        """The first two rules an equal bill is ranked by on ``day``, lowest first.

        Whether the route retires within the notice; its price's age: 0 checked within
        :data:`STALE_PRICE_DAYS` of the day, 1 before that, 2 not on record on the day (checked
        after it: :meth:`~phicompare.ProviderRoute.priced_on`; review 31, #1).
        """
        age = 2 if not self.route.priced_on(day) else 1 if self.stale else 0
        return self.days_to_retirement is not None, age


@attrs.frozen(kw_only=True, eq=False, repr=False)
class CostEstimate(Record):
    """The route that sets a model's bill at the traffic, or why it has none (never $0).

    The cheapest eligible route, under the route policy (:class:`~phicompare.RoutePolicy`).
    """

    __repr__ = reprs.cost_estimate

    model_index: int = attrs.field(metadata=json_key("model"))
    """The model's position in the comparison's models (the key ``model`` in JSON)."""
    route: ProviderRoute | None
    provider_name: str | None
    monthly: Decimal | None = attrs.field(metadata=MONEY)
    lines: tuple[CostLine, ...] = ()
    blended: Decimal | None = attrs.field(default=None, metadata=MONEY)
    """The blended price per 1M tokens of ``input_price`` and ``output_price``."""
    notes: tuple[str, ...] = ()
    reason: str | None = None
    choice: str | None = None
    """Why this route: the cheapest eligible one, or how a price tie between routes was broken."""
    tied_with: tuple[str, ...] = ()
    """Providers (by name) of the other eligible routes that cost exactly as much."""
    preferred_tier: ProviderTier | None = None
    """The route's provider tier when that tier, not the name, decided a price tie or the
    route policy (:class:`~phicompare.RoutePolicy`) chose the route."""
    passed_over: tuple[str, ...] = ()
    """Providers (by name, cheapest first) of eligible routes cheaper than this one that the
    route policy does not count: a closed-weight model's resellers."""
    passed_bills: tuple[RouteBill, ...] = ()
    """The bills of the ``passed_over`` routes, in the same order (the page names the first)."""
    fallback: bool = False
    """Whether the route policy fell back: a closed-weight model with no eligible route from its
    maker or a major cloud is billed at its cheapest eligible route, whoever lists it."""
    reseller_bill: bool = False
    """Whether, under :attr:`~phicompare.RoutePolicy.CHEAPEST`, a closed-weight model's bill is a
    reseller's listing below every eligible route from its maker or a major cloud: ``maker_bill``
    is then the cheapest of those, for scale, and ``below_maker`` how far below it the bill is
    (a fraction: ``Decimal("0.86")``)."""
    maker_bill: RouteBill | None = None
    below_maker: Decimal | None = None
    usage: tuple[UsageFit, ...] = ()
    """The billed route's recorded usage limits beside the traffic: each one it fits."""
    search_fees: tuple[SearchFee, ...] = ()
    """Per-search fees no bill counts: the billed route's, else the other eligible routes'."""
    input_price: Decimal | None = attrs.field(default=attrs.Factory(
        lambda self: None if self.route is None else self.route.input, takes_self=True),
        metadata=MONEY)
    """The input price per 1M tokens the bill applied at the traffic: the route's base price, or
    its long-context tier's once the requests cross it (blended over the route's time windows).
    Not given (an estimate saved before it existed), the route's base price."""
    output_price: Decimal | None = attrs.field(default=attrs.Factory(
        lambda self: None if self.route is None else self.route.output, takes_self=True),
        metadata=MONEY)
    """The output price per 1M tokens the bill applied at the traffic, as ``input_price``."""
    model: Model = attrs.field(metadata=MODEL_REF)
    """The model estimated."""

    @property
    def breakdown(self) -> tuple[CostLine, ...]:
        """The bill's lines (alias of ``lines``)."""
        return self.lines

    def provider_label(self, routes: Iterable[RouteRow]) -> str:
        """The provider billed; where the model's ``routes`` list it twice, with its id there.

        A route table's rows tell such routes apart the same way.

        Examples:
            >>> from phicompare import compare
            >>> c = compare("llama-3.3-70b-instruct", "mixtral-8x22b-instruct")
            >>> c.cost.estimates[0].provider_label(c.routes_of(0))
            'NanoGPT (meta-llama/llama-3.3-70b-instruct)'
        """
        name, served = self.provider_name or "", self.route and self.route.provider_model_id
        if served and any(r.provider_name == name and r.route.provider_model_id != served
                          for r in routes):
            return f"{name} ({served})"
        return name


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Crossover(Record):
    """Where two models' prices point opposite ways: the input share at which they cost the same.

    Below ``input_share`` the model ``cheaper_output`` costs less; above it, ``cheaper_input``.
    With ``tiered`` or ``shares``, the two bills meet where the bills themselves say, not the
    prices at the traffic (see :attr:`tiered`, :attr:`shares`).
    """

    cheaper_input_index: int = attrs.field(metadata=json_key("cheaper_input"))
    cheaper_output_index: int = attrs.field(metadata=json_key("cheaper_output"))
    input_share: Decimal
    cheaper_input: Model = attrs.field(metadata=MODEL_REF)
    """The model with the lower input price (with ``tiered`` or ``shares``: the one costing
    less just above ``input_share``)."""
    cheaper_output: Model = attrs.field(metadata=MODEL_REF)
    """The model with the lower output price (with ``tiered`` or ``shares``: the one costing
    less just below ``input_share``)."""
    tiered: bool = False
    """The requests cross a long-context tier of one of the two bills' routes somewhere along
    the input share (the month's tokens and requests kept), so the prices at the traffic do not
    say where the bills meet: the crossovers of the pair are those of the bills, every one of
    them, and one may lie at a tier's threshold, where a bill jumps."""
    shares: bool = False
    """One of the two bills has a line at a price per token other than the route's listed
    input and output prices (cached input, cache writes or batch tokens, at the traffic's
    shares), so the listed prices do not say where the bills meet: the crossover is where the
    bills themselves meet as the input share moves, the month's tokens, requests and shares
    kept (:func:`~phicompare.analysis.crossing.bill_crossings`), as with ``tiered``."""


DEFAULT_MATERIALITY = Decimal("0.05")
"""A bill gap under 5% of the lower bill is "about the same cost"."""


@attrs.frozen(kw_only=True, eq=False, repr=False)
class CostFacts(Record):
    """Cost at the traffic: one estimate per model, the gap, the blend, crossovers."""

    __repr__ = reprs.cost_facts

    estimates: tuple[CostEstimate, ...]
    gap: Decimal | None = attrs.field(metadata=MONEY)
    """The dearest bill minus the cheapest, among the models that have a bill that is a price (a
    model with no eligible priced route, or billed on a free tier, leaves the others' gap
    standing); ``None`` with fewer than two such bills."""
    cheapest_indexes: tuple[int, ...] = attrs.field(metadata=json_key("cheapest"))
    """Positions of the models with the lowest priced bill (the key ``cheapest`` in JSON); a
    bill on a free tier (:attr:`free_indexes`) is no price and never the cheapest."""
    blend: tuple[int, int]
    crossovers: tuple[Crossover, ...] = ()
    cheapest: tuple[Model, ...] = attrs.field(metadata=MODEL_REF)
    """The models with the lowest priced bill (several when they tie; none when no priced bill
    is known)."""
    materiality: Decimal = DEFAULT_MATERIALITY
    """The share of the lowest bill under which a gap is "about the same cost" (0.05: 5%)."""
    close_indexes: tuple[int, ...] = ()
    """Positions of the models whose priced bill is within :attr:`materiality` of the lowest, or
    less than a cent a month above it: a gap among them is no reason to pick one (all of them
    when no gap is material)."""
    free_indexes: tuple[int, ...] = ()
    """Positions of the models whose bill is on a free tier (counted with ``include_free``):
    a free tier is no price, so such a bill is no reason to pick the model, no rival to a
    priced bill (a model listed on free tiers alone has no other) and left out of the gap, the
    cheapest, the close bills and the crossovers; pages say "free tier" beside it."""
    priced_close_indexes: tuple[int, ...] = ()
    """Positions of the models whose bill is a price (not in :attr:`free_indexes`) within
    :attr:`materiality` of the lowest such bill, or less than a cent a month above it: as
    :attr:`close_indexes`, which the priced bills alone make now: the two are equal (kept for
    readers of this key)."""
    shown_gap: Decimal | None = attrs.field(default=None, metadata=MONEY)
    """The gap between the dearest and the cheapest bill as a page shows them, each to the cent
    (``None`` where :attr:`gap` is): $102.504 and $77.495 show as $102.50 and $77.50, a gap of
    $25.00, where the exact $25.009 would print $25.01."""
    undercuts: tuple[tuple[int, ...], ...] = ()
    """For each model, in model order, the positions of the models whose priced bill is above
    its own by a gap that counts: more than :attr:`materiality` of its bill, and a cent or more
    (``()`` for a model without a priced bill). A bill lower than one rival's is a reason to
    pick it though another model's is lower still (review 10, I10)."""
    priced: tuple[CostEstimate, ...] = ()
    """For each model billed on a free tier (:attr:`free_indexes`), in order, its estimate
    without free tiers: the bill on its cheapest eligible priced route (``monthly`` ``None``,
    with its reason, where it has none). A free tier is no price, and its usage limits are
    often not recorded, so a page states this bill too; it is a fact beside the comparison,
    never compared nor picked."""
    unruled: tuple[CostEstimate, ...] = ()
    """For each model the page's terms leave without an eligible route, in order, its estimate
    without them (the same tokens a month, no request count, no capability required, no
    context asked; the page's provider filters hold: review 55, #1), where it has one: the
    route whose blended price the pricing table gives, beside "no route meets this page's
    terms" (review 13, M5)."""
    after_retirement: tuple[CostEstimate | None, ...] = ()
    """Per model, in model order, where its bill is on a route that retires within
    :data:`RETIREMENT_NOTICE_DAYS` of the comparison's date, its estimate on the retirement day
    under the same terms: what bills it after (``monthly`` ``None``, with its reason, where
    nothing does; review 32, #3); ``None`` for any other model, and ``()`` where no model's
    bill route retires so soon."""

    @property
    def close_by_share(self) -> bool:
        """Whether every close bill lies within :attr:`materiality` of the lowest.

        ``False`` when a bill counts as close only for being less than a cent above the lowest
        (bills of a cent or two, where 5% is a fraction of a cent): then a page says "less than
        a cent apart", not "within 5%".
        """
        bills = [e.monthly for e in self.estimates
                 if e.model_index in self.close_indexes and e.monthly is not None]
        if not bills:
            return True
        low = min(bills)
        return max(bills) - low <= low * self.materiality
