"""One model's cost at a traffic, without a partner: :func:`estimate`.

The same route rows and the same cheapest-route rule as :func:`~phicompare.compare` (both come
from :mod:`phicompare.analysis.routes`, kept by the catalog), for one model alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from phicompare.catalog.index import Catalog
from phicompare.domain.arguments import keywords_checked
from phicompare.domain.capabilities import Capability
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model, ProviderTier, RoutePolicy
from phicompare.exceptions import ArgumentError, ComparisonError

from . import reprs
from .checks import check_arguments, estimate_refused
from .compare import _day, parse_capabilities
from .cost import DEFAULT_BLEND, check_blend
from .facts import CostEstimate, RouteRow
from .own_catalog import check_own_catalog
from .provider_filters import parse_route_policy, provider_filter
from .routes import Terms, routes_and_estimates, tier_rank
from .text_forms import traffic_refused
from .traffic import Traffic

__all__ = ["EstimateView", "ModelCost", "billed_routes", "estimate", "make_terms",
           "reseller_listing"]


class EstimateView:
    """The cheapest eligible route's figures, read from an ``estimate`` the subclass holds."""

    __slots__ = ()
    estimate: CostEstimate
    __repr__ = reprs.estimate_view

    @property
    def monthly(self) -> Decimal | None:
        """The monthly bill on the cheapest eligible route, or ``None`` when none is eligible."""
        return self.estimate.monthly

    @property
    def route(self) -> ProviderRoute | None:
        """The cheapest eligible route, or ``None``."""
        return self.estimate.route

    @property
    def provider_name(self) -> str | None:
        """The name of the cheapest eligible route's provider, or ``None``."""
        return self.estimate.provider_name


@attrs.frozen(kw_only=True, repr=False)
class ModelCost(EstimateView):
    """One model's cost facts at a traffic: every route in force, and the cheapest eligible one.

    ``estimate`` is the :class:`~phicompare.CostEstimate` :func:`~phicompare.compare` gives the
    model at the same options (``monthly`` is ``None``, never $0, when no route is eligible, and
    ``reason`` says why); ``routes`` lists each route with whether it is eligible and why not.

    Examples:
        >>> import datetime as dt
        >>> cost = estimate("phi-2", as_of=dt.date(2026, 11, 25))
        >>> cost.monthly, cost.provider_name
        (Decimal('105.00'), 'Fireworks AI')
        >>> cost
        <ModelCost phi-2: $105.00 a month on Fireworks AI (2 of 2 routes eligible)>
    """

    model: Model
    traffic: Traffic
    requires: tuple[Capability, ...]
    include_free: bool
    as_of: dt.date
    blend: tuple[int, int]
    providers: tuple[str, ...] | None
    """The provider ids whose routes may count (``None``: all)."""
    exclude_providers: tuple[str, ...]
    routes: tuple[RouteRow, ...]
    estimate: CostEstimate
    route_policy: RoutePolicy = RoutePolicy.MAKER_FIRST
    """Which eligible route sets the bill (:class:`~phicompare.RoutePolicy`)."""

    @property
    def reason(self) -> str | None:
        """Why there is no estimate (each route and why it was not counted), or ``None``."""
        return self.estimate.reason

    @property
    def choice(self) -> str | None:
        """Why the estimate's route was chosen: the notice, a price's age, then tier break a tie.

        See docs/cost-model.md.

        Examples:
            >>> import datetime as dt
            >>> estimate("qwen2.5-7b", as_of=dt.date(2026, 11, 25)).choice
            "DeepInfra costs exactly as much as OpenRouter; a price checked within 180 days \
of the comparison's date is preferred to an older one"
        """
        return self.estimate.choice

    def __repr__(self) -> str:
        eligible = sum(r.eligible for r in self.routes)
        counts = f"{eligible} of {len(self.routes)} route{'s' * (len(self.routes) != 1)} eligible"
        if self.monthly is None:
            return f"<ModelCost {self.model.id}: no estimate ({counts})>"
        return (f"<ModelCost {self.model.id}: ${self.monthly:,.2f} a month on "
                f"{self.provider_name} ({counts})>")

    @keywords_checked
    def to_frame(self, *, money: str = "decimal") -> Any:
        """The route rows as a pandas DataFrame (the ``frames`` extra); see :mod:`render.frames`.

        Examples:
            >>> import pytest; _ = pytest.importorskip("pandas")
            >>> list(estimate("phi-2").to_frame()["provider"])
            ['Fireworks AI', 'Together AI']
        """
        from phicompare.render.frames import routes_frame  # noqa: PLC0415

        return routes_frame(self.routes, money=money)


def make_terms(catalog: Catalog, *, traffic: Traffic | None, requires: Iterable[Capability | str],
               include_free: bool, as_of: dt.date | str | None, blend: tuple[int, int] | None,
               providers: Iterable[str] | None, exclude_providers: Iterable[str],
               min_context: int | None = None,
               route_policy: RoutePolicy | str = RoutePolicy.MAKER_FIRST) -> Terms:
    """The caller's options, checked, as the :class:`~phicompare.analysis.routes.Terms` of a run.

    Raises:
        ComparisonError: bad traffic or blend, an unknown capability, provider or route
            policy, a minimum context that is not a positive whole number of tokens.

    Examples:
        >>> from phicompare import default_catalog
        >>> terms = make_terms(default_catalog(), traffic=None, requires=["vision"],
        ...                    include_free=False, as_of=None, blend=None, providers=None,
        ...                    exclude_providers=["nvidia-nim"])
        >>> sorted(terms.exclude_providers), terms.blend
        (['nvidia-nim'], (7, 3))
    """
    if traffic is None:
        traffic = Traffic()
    elif not isinstance(traffic, Traffic):  # a str, dict or tuple passed by mistake
        raise ArgumentError(traffic_refused(traffic))
    if min_context is not None and (isinstance(min_context, bool)
                                    or not isinstance(min_context, int) or min_context < 1):
        msg = f"min_context is a positive whole number of tokens, got {min_context!r}"
        typed = isinstance(min_context, int) and not isinstance(min_context, bool)
        raise (ComparisonError if typed else ArgumentError)(msg)
    allowed, excluded = provider_filter(catalog, providers, exclude_providers)
    return Terms(traffic=traffic, requires=frozenset(parse_capabilities(requires)),
                 include_free=bool(include_free), day=_day(as_of),
                 blend=DEFAULT_BLEND if blend is None else check_blend(blend),
                 providers=allowed, exclude_providers=excluded, min_context=min_context,
                 policy=parse_route_policy(route_policy))


def cost_of(model: Model, catalog: Catalog, terms: Terms) -> ModelCost:
    """The :class:`ModelCost` of ``model`` under ``terms`` (work kept by the catalog).

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> terms = make_terms(catalog, traffic=None, requires=(), include_free=False,
        ...                    as_of=None, blend=None, providers=["fireworks"],
        ...                    exclude_providers=())
        >>> cost_of(catalog.model("phi-2"), catalog, terms).provider_name
        'Fireworks AI'
    """
    routes, (found,) = routes_and_estimates((model,), catalog, terms)
    return ModelCost(
        model=model, traffic=terms.traffic,
        requires=tuple(sorted(terms.requires, key=lambda c: c.value)),
        include_free=terms.include_free, as_of=terms.day, blend=terms.blend,
        providers=None if terms.providers is None else tuple(sorted(terms.providers)),
        exclude_providers=tuple(sorted(terms.exclude_providers)), routes=routes, estimate=found,
        route_policy=terms.policy)


def billed_routes(catalog: Catalog, *, as_of: dt.date | str | None = None,
                  route_policy: RoutePolicy | str = RoutePolicy.MAKER_FIRST,
                  ) -> dict[str, CostEstimate]:
    """Each model's estimate at the default terms, by id: the route a catalog-wide view shows.

    The route :func:`estimate` and ``compare()`` bill at the default traffic, with their
    tie-break (an exact tie goes to a route not retiring within 90 days, then to a price checked
    within 180 days, then to the maker's, then a major cloud's route: docs/cost-model.md),
    so ``phicompare list`` and :func:`~phicompare.catalog_frame` name the route every page
    bills (API review 14, A2).

    Examples:
        >>> from phicompare import default_catalog
        >>> bills = billed_routes(default_catalog())
        >>> bills["gpt-4o"].route.provider, bills["gpt-4o"].input_price
        ('azure-foundry', Decimal('2.5'))
    """
    terms = make_terms(catalog, traffic=None, requires=(), include_free=False, as_of=as_of,
                       blend=None, providers=None, exclude_providers=(),
                       route_policy=route_policy)
    return {model.id: cost_of(model, catalog, terms).estimate for model in catalog}


def reseller_listing(model: Model, route: ProviderRoute | None, catalog: Catalog) -> bool:
    """Whether ``route``'s price is a reseller's listing of a closed-weight model.

    Neither its maker's nor a major cloud's or platform's: under ``route_policy="cheapest"`` (or
    where a closed model has no other route) it may be far below the maker's price, and
    ``phicompare list`` and :func:`~phicompare.catalog_frame` mark it (review 9, H9).

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> model = catalog.model("claude-sonnet-4-5")
        >>> reseller_listing(model, billed_routes(catalog)[model.id].route, catalog)
        False
    """
    return (route is not None and model.open_weights is False
            and tier_rank(catalog, model, route.provider) > ProviderTier.CLOUD.rank)


@keywords_checked
def estimate(
    model: Model | str,
    traffic: Traffic | None = None,
    *,
    catalog: Catalog | None = None,
    requires: Iterable[Capability | str] = (),
    include_free: bool = False,
    as_of: dt.date | str | None = None,
    blend: tuple[int, int] | None = None,
    providers: Iterable[str] | None = None,
    exclude_providers: Iterable[str] = (),
    route_policy: RoutePolicy | str = RoutePolicy.MAKER_FIRST,
) -> ModelCost:
    """One model's monthly cost at ``traffic``: its route rows and its cheapest eligible route.

    The options mean what they mean for :func:`~phicompare.compare`, and the estimate is the one
    ``compare`` gives the model at the same options.

    Args:
        model: A model or a model name (id or alias, any case).
        traffic: Monthly traffic; 800M input and 250M output tokens by default.
        catalog: Where the name is looked up; the bundled catalog by default.
        requires: Capabilities every counted route must support (enum members or names).
        include_free: Count free-tier routes when choosing the cheapest route.
        as_of: The comparison's date, a ``datetime.date`` or its ISO text (``"2025-01-01"``);
            today by default. Models released by then; each route's price in force then where
            the data dates its prices (``effective_from``), else its latest checked price.
        blend: Input:output weights of the blended price; 70/30 by default.
        providers: Provider ids (or names) whose routes may be counted; all by default.
        exclude_providers: Provider ids (or names) whose routes are not counted.
        route_policy: Which eligible route sets the bill (:class:`~phicompare.RoutePolicy`):
            ``"maker-first"`` by default, or ``"cheapest"``.

    Raises:
        UnknownModelError: the name is not in the catalog (with suggestions).
        ArgumentError: an argument of the wrong type (a catalog that is not a Catalog, a model
            name that is not a str, ``include_free`` that is not a bool); several models (a
            list, or a second model where the traffic goes), with the call meant; a keyword
            it does not take, with the closest.
        ComparisonError: bad traffic or blend, an unknown capability, provider or route policy.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import Traffic
        >>> day = dt.date(2026, 11, 25)
        >>> estimate("phi-4-mini", as_of=day).monthly
        Decimal('135.00')
        >>> bot = Traffic.from_requests(per_day=10_000, input_tokens=2_000, output_tokens=300)
        >>> cost = estimate("phi-4-mini", bot, requires=["structured_outputs"],
        ...                 exclude_providers=["kilo"], as_of=day)
        >>> cost.provider_name, cost.monthly  # (OpenRouter's price, as much, checked 2026-05-15)
        ('Weights & Biases Inference', Decimal('79.50'))
        >>> [r.reason for r in cost.routes if r.provider_name == "Kilo Gateway"]
        ['provider excluded']
    """
    check_arguments((), catalog=catalog, requires=requires,  # (API review 15, A2 and A5)
                    include_free=include_free)
    if catalog is None:
        from phicompare.catalog.bundled import default_catalog  # noqa: PLC0415 - start-up speed

        catalog = default_catalog()
    if (refused := estimate_refused(model, traffic, catalog)) is not None:  # several models
        raise ArgumentError(refused)
    found = model if isinstance(model, Model) else catalog.model(model)
    check_own_catalog((found,), catalog)
    terms = make_terms(catalog, traffic=traffic, requires=requires, include_free=include_free,
                       as_of=as_of, blend=blend, providers=providers,
                       exclude_providers=exclude_providers, route_policy=route_policy)
    return cost_of(found, catalog, terms)
