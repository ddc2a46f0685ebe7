"""Route rows and cost estimates: every route of every model at the caller's traffic."""

# Annotations are evaluated (no ``from __future__ import annotations``): this module's named
# tuples would otherwise compile each field's type from a string on the first comparison.

import datetime as dt
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import partial
from typing import NamedTuple

import attrs

from phicompare.catalog.index import Catalog
from phicompare.catalog.memo import Slot
from phicompare.domain.capabilities import Capability
from phicompare.domain.records import Model, ProviderTier, RoutePolicy

from .choice import (
    RECORD_RULE,
    SERVICE_RULE,
    STALE_RULE,
    choice,
    fallback_choice,
    lost_to,
    maker_on_record,
    passed_choice,
    reseller_choice,
    retiring_rule,
    served_tier,
    unbilled_reason,
)
from .cost import (
    RouteBill,
    RouteCost,
    SearchFee,
    blended_price,
    current_routes,
    route_cost,
    route_eligibility,
)
from .eligibility import FREE_UNRANKED
from .facts import (
    RETIREMENT_NOTICE_DAYS,
    CostEstimate,
    RouteRow,
)
from .traffic import Traffic
from .usage import usage_fits
from .workload import Unfit, workload_unfit

__all__ = ["PROVIDER_EXCLUDED", "PROVIDER_NOT_ALLOWED", "Terms", "asked_context",
           "filter_unfit", "model_routes", "routes_and_estimates", "tier_rank"]

PROVIDER_EXCLUDED = "provider excluded"
"""A route's ``reason`` where the caller excluded its provider (``exclude_providers``)."""
PROVIDER_NOT_ALLOWED = "provider not among those allowed"
"""A route's ``reason`` where the caller allowed other providers only (``providers``)."""


class Terms(NamedTuple):
    """What a model's routes are priced and judged under: the caller's options.

    ``providers`` (allowed provider ids; ``None`` allows all), ``exclude_providers`` and
    ``min_context`` (tokens a route must take) make routes ineligible, each with its reason;
    ``policy`` says which eligible route sets the bill.
    """

    traffic: Traffic
    requires: frozenset[Capability]
    include_free: bool
    day: dt.date
    blend: tuple[int, int]
    providers: frozenset[str] | None = None
    exclude_providers: frozenset[str] = frozenset()
    min_context: int | None = None
    policy: RoutePolicy = RoutePolicy.MAKER_FIRST
    unranked_free: bool = False
    """Free tiers counted by the caller but not priced: ``recommend()``'s ranking, which says
    so of a free tier that could carry the traffic (:data:`FREE_UNRANKED`), not that free tiers
    are not counted."""


_Priced = tuple[Decimal, int, str, RouteRow, RouteCost]
"""An eligible priced route: its bill, its provider's tier rank, its provider's name, its row."""


_ROUTES: Slot[tuple[tuple[RouteRow, ...], CostEstimate]] = Slot("routes")


def routes_and_estimates(models: Sequence[Model], catalog: Catalog,
                         terms: Terms) -> tuple[tuple[RouteRow, ...], tuple[CostEstimate, ...]]:
    """Every model's route rows (model by model) and its estimate: the cheapest eligible route."""
    rows: list[RouteRow] = []
    estimates: list[CostEstimate] = []
    for index, model in enumerate(models):
        model_rows, estimate = model_routes(model, index, catalog, terms)
        rows.extend(model_rows)
        estimates.append(estimate)
    return tuple(rows), tuple(estimates)


def model_routes(model: Model, index: int, catalog: Catalog,
                 terms: Terms) -> tuple[tuple[RouteRow, ...], CostEstimate]:
    """The model's route rows and its estimate, at position ``index`` (once per catalog).

    Examples:
        >>> import datetime as dt
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> terms = Terms(traffic=Traffic(), requires=frozenset(), include_free=False,
        ...               day=dt.date(2026, 11, 25), blend=(70, 30))
        >>> rows, estimate = model_routes(catalog.model("phi-4-mini"), 0, catalog, terms)
        >>> estimate.model.id, all(row.model_index == 0 for row in rows)
        ('phi-4-mini', True)
    """
    return catalog.derive(_ROUTES, model, (index, terms),
                          partial(_placed, model, index, catalog, terms))


def _placed(model: Model, index: int, catalog: Catalog,
            terms: Terms) -> tuple[tuple[RouteRow, ...], CostEstimate]:
    """The model's rows and estimate at position ``index``, its routes priced once.

    At a later position they are those at the first with the position changed: it decides
    nothing else.
    """
    if index == 0:
        return _model_routes(model, 0, catalog, terms)
    rows, estimate = model_routes(model, 0, catalog, terms)
    return (tuple([attrs.evolve(row, model_index=index) for row in rows]),
            attrs.evolve(estimate, model_index=index))


def _model_routes(model: Model, index: int, catalog: Catalog,
                  terms: Terms) -> tuple[tuple[RouteRow, ...], CostEstimate]:
    rows: list[RouteRow] = []
    priced: list[_Priced] = []
    routes = current_routes(model.routes, terms.day)
    # (with no request count, the context asked of every route decides its tier: review 25, P10)
    costs = [route_cost(route, terms.traffic, min_context=terms.min_context)
             if route.is_priced and not route.retired(terms.day) else None for route in routes]
    # another priced route applies a long-context tier to these requests: one listing none may
    # look cheaper only because its tier is missing from the data
    tiered = any(cost is not None and cost.tier_above is not None for cost in costs)
    size = terms.traffic.request_tokens
    for route, cost in zip(routes, costs, strict=True):
        name = catalog.provider_name(route.provider)
        tier = _tier(catalog, model, route.provider)  # (once: the row's maker and the rank)
        context = model.route_context(route)
        reason = _filtered(route.provider, context, terms, model.context_window) or \
            route_eligibility(model, route, terms.traffic, terms.requires,
                              include_free=terms.include_free or terms.unranked_free,
                              day=terms.day)
        if reason is None and terms.unranked_free and route.is_free:
            reason = FREE_UNRANKED
        notice = route.days_to_retirement(terms.day)
        # what the route cannot do before whom the caller leaves out: a route both too small and
        # excluded is unfit for its size (the size alone rules out a model none of whose routes fit)
        unfit = workload_unfit(model, route, terms.traffic, terms.requires) or \
            _unfit(route.provider, asked_context(model, context), terms)
        row = RouteRow(model_index=index, model=model, route=route, provider_name=name,
                       context_window=context, eligible=reason is None,
                       reason=reason, monthly=None if cost is None else cost.monthly,
                       days_to_retirement=notice if notice is not None
                       and notice <= RETIREMENT_NOTICE_DAYS else None,
                       checked_days_ago=(terms.day - route.checked).days,
                       deprecated=route.deprecated_on(terms.day),
                       input_price=route.input if cost is None else cost.input_price,
                       output_price=route.output if cost is None else cost.output_price,
                       tier_above=None if cost is None else cost.tier_above,
                       # (a window too small for the requests could never bill a tier)
                       tier_unlisted=tiered and cost is not None and not route.tiers
                       and not (size is not None and context is not None and size > context),
                       max_output_tokens=model.route_output(route), unfit=unfit,
                       usage=usage_fits(route, terms.traffic, context),
                       maker=tier is ProviderTier.FIRST_PARTY)
        rows.append(row)
        if reason is None and cost is not None:
            rank = ProviderTier.rank_of(tier)
            priced.append((cost.monthly, rank, name, row, cost))
    if not priced:
        why = unbilled_reason(model, [(r.route, r.provider_name, r.reason) for r in rows],
                              terms.day)
        return tuple(rows), CostEstimate(model_index=index, model=model, route=None,
                                         provider_name=None, monthly=None, reason=why)
    counted, passed, fallback = _counted(model, priced, terms.policy)
    key = _order(terms)
    best = min(counted, key=key)
    head = key(best)
    # the other providers tied with it (a second route of its own provider is no other provider)
    tied = tuple(dict.fromkeys(p[2] for p in sorted(counted, key=key)
                               if key(p)[:2] == head[:2] and p[2] != best[2]))
    route, cost = best[3].route, best[4]
    # the rules that broke the tie, over some tied route, in the key's order (review 30, #1):
    # [2] retiring within the notice, [3] a stale price (1) or none on record on the day (2),
    # [4:7] tier and window, [7] checked
    # (each rule naming the routes it put behind where others were left: review 31, #2)
    lost = [(SERVICE_RULE, [p[2] for p in counted if key(p)[:2] == head[:2]
                            and key(p)[2] > head[2] and p[2] != best[2]])]
    lost += [(rule, [p[2] for p in counted if key(p)[:3] == head[:3]
                     and key(p)[3] == age > head[3] and p[2] != best[2]])
             for rule, age in ((RECORD_RULE, _UNRECORDED), (STALE_RULE, _STALE))]
    first = tuple(lost_to(rule, names, tied) if rule is not SERVICE_RULE
                  else retiring_rule({p[2]: p[3].route.retires for p in counted
                                      if p[2] in names}) for rule, names in lost if names)
    # a tied route behind on tier (the maker's and a cloud's first; among the rest, after the
    # window, a described provider) or on window (review 7, F28: the longest context first)
    ranked = any(key(p)[:4] == head[:4] and (key(p)[4] > head[4] or (
        key(p)[4:6] == head[4:6] and p[1] > best[1])) for p in counted)
    decided = passed or ranked
    wider = any(key(p)[:5] == head[:5] and key(p)[5] > head[5] for p in counted)
    fresher = any(key(p)[:7] == head[:7] and key(p)[7] > head[7] for p in counted)
    named = any(p[2] != best[2] and key(p)[:-1] == head[:-1] for p in counted)
    preferred = _tier(catalog, model, route.provider) if decided else None
    why = passed_choice(best[2], preferred, tied, preferred if ranked else None,
                        wider=wider, first=first, fresher=fresher,
                        named=named) if passed else \
        fallback_choice(best[2], tied, preferred, [
            (r.provider_name, r.reason) for r in rows if r.reason is not None
            and tier_rank(catalog, model, r.route.provider) <= ProviderTier.CLOUD.rank],
            wider=wider, maker=maker_on_record(model), first=first, fresher=fresher,
            named=named) \
        if fallback else choice(best[2], tied, preferred, wider=wider, first=first,
                                fresher=fresher, named=named)
    passed_bills = tuple(_bill(p) for p in passed)
    # the cheapest policy on a closed model's reseller: its maker's (or a cloud's) bill for scale
    trusted = sorted((p for p in priced if p[1] <= ProviderTier.CLOUD.rank), key=lambda p: p[:3])
    undercut = (terms.policy is RoutePolicy.CHEAPEST and model.open_weights is False
                and best[1] > ProviderTier.CLOUD.rank and bool(trusted) and not tied
                and trusted[0][0] > best[0])
    maker = _bill(trusted[0], _tier(catalog, model, trusted[0][3].route.provider)) \
        if undercut else None
    if undercut:
        why = reseller_choice(best[2])
    return tuple(rows), CostEstimate(
        model_index=index, model=model, route=route, provider_name=best[2], monthly=cost.monthly,
        lines=cost.lines, notes=cost.notes, input_price=cost.input_price,
        output_price=cost.output_price, search_fees=_search_fees(priced, best),
        blended=blended_price(cost.input_price, cost.output_price, terms.blend),
        choice=why, tied_with=tied, preferred_tier=preferred,
        passed_over=tuple(p[2] for p in passed), passed_bills=passed_bills, fallback=fallback,
        reseller_bill=undercut, maker_bill=maker, usage=best[3].usage,
        below_maker=None if maker is None else 1 - best[0] / maker.monthly)


def _search_fees(priced: Sequence[_Priced], best: _Priced) -> tuple[SearchFee, ...]:
    """The billed route's fee a web search, else the other eligible routes' (review 20, P7)."""
    if (own := best[3].route.per_search) is not None:
        return (SearchFee(provider_name=best[2], per_search=own, billed=True),)
    return tuple(SearchFee(provider_name=p[2], per_search=p[3].route.per_search)
                 for p in priced if p[3].route.per_search)


def _bill(priced: _Priced, tier: ProviderTier | None = None) -> RouteBill:
    """An eligible route's bill in figures, named beside the estimate's own."""
    monthly, _, name, row, cost = priced
    return RouteBill(provider_name=name, monthly=monthly, input_price=cost.input_price,
                     output_price=cost.output_price, tier=tier, tier_unlisted=row.tier_unlisted,
                     checked=row.route.checked, effective_from=row.route.effective_from)


_Rank = tuple[Decimal, Decimal, bool, int, int, int, int, int, str]


def _order(terms: Terms) -> Callable[[_Priced], _Rank]:
    """How eligible priced routes rank for the bill: by bill, then notice, age, tier and window.

    Among equal bills, a route that retires within :data:`RETIREMENT_NOTICE_DAYS` of the day
    loses to one that does not (review 29, F1: an equal bill went to a route retiring in eight
    days over one that stays); then a price checked more than
    :data:`~.facts.STALE_PRICE_DAYS` before the day loses to a fresher one (review 30: ranking
    by retirement date alone billed Foundry's GPT-4o price checked in 2024 over OpenAI's same
    price checked in 2026). These are the page's own caveats: a tie lands on a bill the page
    warns of only where every route it tied with is warned of too. A retirement date beyond
    the notice ranks nothing.
    Then the maker's own route, then a major cloud's, then the rest, the route that takes the
    longest context first (a route that carries the page's longer context bills it, not one a
    thirtieth of it: review 7, F28), then a provider the catalog describes; then the price
    checked most recently; then by name.

    With no tokens to price every token-priced bill is $0.00, which says nothing of the routes:
    they rank by their per-token price (blended at the page's weights) before tier and name, so
    a route listed dearer never sets the bill, and only routes priced alike tie (review 6, D7).
    """
    t = terms.traffic
    if t.input_tokens or t.output_tokens:
        return lambda p: (p[0], _NO_PRICE, *_rank(p, terms.day))
    return lambda p: (p[0], blended_price(p[4].input_price, p[4].output_price, terms.blend),
                      *_rank(p, terms.day))


_OTHERS = ProviderTier.RESELLER.rank


_STALE, _UNRECORDED = 1, 2
"""A price's age in the rank (:meth:`~.facts.RouteRow.tie_class`): stale; not on record."""


def _rank(p: _Priced, day: dt.date) -> tuple[bool, int, int, int, int, int, str]:
    """A priced route's rank among routes of one price on ``day`` (see :func:`_order`).

    The row's ``days_to_retirement`` is set only within the notice; ``stale`` past the age. A
    price checked after the day is not stale, yet no record of the day (review 31, #1).
    """
    row = p[3]
    return (*row.tie_class(day), min(p[1], _OTHERS),
            -(row.context_window or 0), p[1], -row.route.checked.toordinal(), p[2])


_NO_PRICE = Decimal(0)


def _counted(model: Model, priced: list[_Priced],
             policy: RoutePolicy) -> tuple[list[_Priced], list[_Priced], bool]:
    """The routes that may set the bill, those the policy passes over, whether it fell back.

    Under :attr:`RoutePolicy.MAKER_FIRST`, a model documented as closed-weight that has an
    eligible route from its maker or a major cloud (tier first-party or cloud) is billed at the
    cheapest of those: resellers of a closed model cannot be checked against a licence, so their
    lower listings are named (cheapest first), not counted. Without such a route, it falls back
    to the cheapest eligible route, whoever lists it.
    """
    if policy is RoutePolicy.CHEAPEST or model.open_weights is not False:
        return priced, [], False
    trusted = [p for p in priced if p[1] <= ProviderTier.CLOUD.rank]
    if not trusted:
        return priced, [], True
    floor = min(p[0] for p in trusted)
    passed = sorted((p for p in priced if p[1] > ProviderTier.CLOUD.rank and p[0] < floor),
                    key=lambda p: p[:3])
    return trusted, passed, False


def _tier(catalog: Catalog, model: Model, provider: str) -> ProviderTier | None:
    """``provider``'s tier for a route of ``model`` (:func:`~.choice.served_tier`).

    A lab's API serving another lab's model is a reseller of it (review 8, G6).
    """
    try:
        described = catalog.provider(provider)
    except KeyError:  # a route on a provider the catalog does not describe
        return None
    return served_tier(model, described)


def tier_rank(catalog: Catalog, model: Model, provider: str) -> int:
    """The rank of ``provider``'s tier for ``model`` (0 first-party ... 3 none or unknown).

    0 first-party, 1 cloud, 2 reseller, 3 no tier or not described. First-party is a lab's API
    serving its own lab's model only.

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> claude = catalog.model("claude-sonnet-4-5")
        >>> [tier_rank(catalog, claude, p)
        ...  for p in ("anthropic", "perplexity-agent", "nowhere")]
        [0, 2, 3]
    """
    return ProviderTier.rank_of(_tier(catalog, model, provider))


def _unfit(provider: str, context: int | None, terms: Terms) -> Unfit | None:
    """Which of the caller's filters leaves a route out (:func:`_filtered`), or ``None``."""
    if provider in terms.exclude_providers or (terms.providers is not None
                                               and provider not in terms.providers):
        return Unfit.PROVIDER
    if terms.min_context is not None and (context is None or context < terms.min_context):
        return Unfit.MIN_CONTEXT
    return None


def asked_context(model: Model, context: int | None) -> int | None:
    """The tokens a route window in force of ``context`` counts for a minimum context asked.

    No more than the model's own window, where recorded.

    A listing above the model's own window (Helicone's 131,072 tokens for Hermes 2 Pro Llama 3
    8B, beside its 8,192) is not the model's (review 30, F9): ``list --min-context`` reads the
    model's own window, and so does a route's eligibility.

    Examples:
        >>> from phicompare import Model
        >>> small = Model(id="m", name="M", context_window=8_192)
        >>> asked_context(small, 131_072), asked_context(small, 4_096)
        (8192, 4096)
        >>> asked_context(Model(id="n", name="N"), 131_072), asked_context(small, None)
        (131072, None)
    """
    own = model.context_window
    return context if own is None or context is None else min(context, own)


def _filtered(provider: str, context: int | None, terms: Terms,
              own: int | None = None) -> str | None:
    """Why the caller's filters leave a route out (provider, minimum context), or ``None``.

    ``own``: the model's own window; a listing above it counts no more (:func:`asked_context`).
    """
    if provider in terms.exclude_providers:
        return PROVIDER_EXCLUDED
    if terms.providers is not None and provider not in terms.providers:
        return PROVIDER_NOT_ALLOWED
    if terms.min_context is not None:
        asked = terms.min_context
        if context is None:
            return f"context window not sourced; cannot confirm {asked:,} tokens"
        if own is not None and own < asked <= context:
            return (f"context window of {context:,} tokens listed, above the model's own "
                    f"{own:,}, which is under the {asked:,} asked")
        if context < asked:
            return f"context window of {context:,} tokens is under the {asked:,} asked"
    return None


_MIN_CONTEXT = re.compile(
    r"^context window (not sourced; cannot confirm [\d,]+ tokens$|of .* asked$)")
"""A route's ``reason`` where the context asked (``min_context``) leaves it out
(:func:`_filtered`)."""


def filter_unfit(reason: str | None) -> Unfit | None:
    """Which of the caller's filters a route row's ``reason`` names, or ``None``.

    The route table says a route's filter before what else it fails (:func:`_filtered` comes
    first); its ``unfit`` says what it cannot do before whom the caller leaves out. A count of
    routes beside the table counts by this (review 55, #1).

    Examples:
        >>> filter_unfit(PROVIDER_NOT_ALLOWED), filter_unfit("structured outputs not documented")
        (<Unfit.PROVIDER: 'provider'>, None)
        >>> filter_unfit("context window of 8,192 tokens is under the 32,000 asked")
        <Unfit.MIN_CONTEXT: 'min-context'>
        >>> filter_unfit("context window not sourced; cannot confirm requests fit") is None
        True
    """
    if reason in (PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED):
        return Unfit.PROVIDER
    return Unfit.MIN_CONTEXT if reason is not None and _MIN_CONTEXT.match(reason) else None
