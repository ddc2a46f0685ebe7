"""A free tier's recorded usage limits against the traffic, in words.

Where a route's limits are recorded (``ProviderRoute.limits``), the analysis weighs each against
the traffic (``analysis/usage.py``): a free tier the traffic exceeds is no eligible route, and
the cost section says why ("Llama 3.3 70B's free tier on OpenRouter allows 50 requests a day;
this traffic is 2,000 a day, so it cannot carry it"); a free tier that bills the traffic within
its limits says the limits it fits. Where none are recorded, a free tier is one "whose usage
limits the data does not record" (``bills.FREE_TIER``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from phicompare.domain.pricing import RouteStatus

from . import format as fmt, paths
from .bills import FREE_TIER
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind

if TYPE_CHECKING:
    from phicompare.analysis.facts import CostEstimate
    from phicompare.analysis.usage import UsageFit

    from .context import Context

__all__ = ["free_tier_words", "limited", "over_limit_claims", "usage_basis"]

_RATE = EvidenceKind.RATE


def _allowed(fits: Sequence[UsageFit]) -> str:
    """"20 requests a minute and 50 a day": the unit said once where the limits share it."""
    words, unit = [], None
    for f in fits:
        noun = f.kind.unit[:-1] if f.allowed == 1 else f.kind.unit
        words.append(f"{fmt.rate(f.allowed)}{'' if f.kind.unit == unit else ' ' + noun}"
                     f" {f.kind.period}")
        unit = f.kind.unit
    return fmt.join_words(words)


def _traffic(fits: Sequence[UsageFit]) -> str:
    """"1.4 requests a minute on average and 2,000 a day": the traffic's figures against them."""
    return fmt.join_words([_one(f, k > 0 and fits[k - 1].kind.unit == f.kind.unit)
                           for k, f in enumerate(fits)])


def _one(f: UsageFit, same_unit: bool) -> str:
    noun = f.kind.unit[:-1] if f.traffic == 1 else f.kind.unit
    unit = "" if same_unit else f" {noun}"
    average = " on average" if f.kind.minutes == 1 else ""
    if f.cap is not None and f.cap_allowed is not None:  # a per-request cap needs the most
        return (f"{fmt.rate(f.traffic)}{unit} {f.kind.period}{average} or more (its "
                f"{f.cap.unit} in requests of at most the route's cap of "
                f"{fmt.exact_tokens(f.cap_allowed)} {f.cap.unit} a request)")
    if f.window is not None:  # no request count: the fewest its tokens need (review 9, H6)
        return (f"{fmt.rate(f.traffic)}{unit} {f.kind.period}{average} or more (its tokens in "
                f"requests of at most the route's {fmt.exact_tokens(f.window)}-token context "
                "window)")
    return f"{fmt.rate(f.traffic)}{unit} {f.kind.period}{average}"


def limited(e: CostEstimate) -> bool:
    """Whether ``e``'s bill is on a free tier whose usage limits are recorded."""
    return (e.route is not None and e.route.status is RouteStatus.FREE_TIER
            and e.route.limits is not None)


def free_tier_words(e: CostEstimate) -> str:
    """How the estimate sentence calls model ``e``'s free tier (:func:`usage_basis` its basis).

    Limits not recorded: :data:`~phicompare.narrative.bills.FREE_TIER`. Recorded and weighed:
    "a free tier whose recorded limits this traffic is within (it allows 20 requests a minute
    and 50 a day; this traffic is under 0.1 requests a minute on average and 10 a day)".
    Recorded on requests only, with no request count in the traffic: said so.
    """
    route = e.route
    if route is None or route.limits is None:
        return FREE_TIER
    fits = e.usage
    if not fits:
        figures = route.limits.figures()
        said = fmt.join_words([f"{fmt.rate(v)} {k.unit[:-1] if v == 1 else k.unit} {k.period}"
                               for k, v in figures])
        return (f"a free tier whose recorded limits ({said}) this traffic cannot be weighed "
                "against: it gives no request count")
    return (f"a free tier whose recorded limits this traffic is within (it allows "
            f"{_allowed(fits)}; this traffic is {_traffic(fits)})")


def usage_basis(e: CostEstimate, i: int) -> tuple[list[Evidence], tuple[Check, ...]]:
    """The evidence and checks of :func:`free_tier_words` for the model at position ``i``."""
    route = e.route
    if route is None or route.limits is None:
        return [], ()
    source = route.limits.source
    evidence: list[Evidence] = []
    checks: list[Check] = [Check(op=CheckOp.KNOWN, paths=(paths.estimate(i, "route.limits"),))]
    for j, f in enumerate(e.usage):
        evidence += [Evidence(paths.usage(i, j, "allowed"), f.allowed, fmt.rate(f.allowed),
                              _RATE, source),
                     Evidence(paths.usage(i, j, "traffic"), f.traffic, fmt.rate(f.traffic),
                              _RATE)]
        checks.append(Check(op=CheckOp.FALSE, paths=(paths.usage(i, j, "exceeded"),)))
    if not e.usage:
        checks.append(Check(op=CheckOp.NONE, paths=(paths.traffic("requests"),)))
    return evidence, tuple(checks)


def over_limit_claims(x: Context) -> list[Claim]:
    """One claim per free tier in service the traffic exceeds (with ``include_free``).

    Why it bills nothing; one retired by the page's date is not weighed (review 32, #1).
    "Llama 3.3 70B's free tier on OpenRouter allows 50 requests a day; this traffic is 2,000 a
    day, so it cannot carry it." Without ``include_free`` no free tier is counted anyway. Where
    the model has no bill, its estimate's reason says it already ("no estimate, no eligible
    route (OpenRouter: usage limits: 50 requests a day allowed, about 137 a day or more in this
    traffic, ...)"): said once, there (review 26, P5).
    """
    if not x.c.include_free:
        return []
    claims = []
    for k, row in enumerate(x.c.routes):
        over = [(j, f) for j, f in enumerate(row.usage) if f.exceeded]
        # a free tier retired by the page's date carries nothing whatever its limits: its row
        # says "retired on ..." (review 32, #1)
        if (row.eligible or not over or row.route.status is not RouteStatus.FREE_TIER
                or row.route.retired(x.c.as_of)):
            continue
        estimate = x.c.cost.estimates[row.model_index]
        if estimate.monthly is None and row.reason and row.reason in (estimate.reason or ""):
            continue
        fits = [f for _, f in over]
        name = x.names[row.model_index]
        source = row.route.limits.source if row.route.limits is not None else None
        label = row.provider_name + (f" ({row.route.provider_model_id})"
                                     if row.route.provider_model_id else "")
        text = (f"{name}'s free tier on {label} allows {_allowed(fits)}; this traffic is "
                f"{_traffic(fits)}, so it cannot carry it.")

        # in service on the page's date: no retirement date, or one after it
        service = (Check(op=CheckOp.NONE, paths=(paths.route(k, "route.retires"),))
                   if row.route.retires is None else
                   Check(op=CheckOp.LESS, paths=(paths.AS_OF, paths.route(k, "route.retires"))))

        def basis(k: int = k, over: list[tuple[int, UsageFit]] = over,
                  source: str | None = source, provider: str = row.provider_name,
                  service: Check = service) -> Basis:
            return Basis(
                (Evidence(paths.route(k, "provider_name"), provider, provider),
                 *(e for j, f in over for e in (
                     Evidence(paths.route_usage(k, j, "allowed"), f.allowed,
                              fmt.rate(f.allowed), _RATE, source),
                     Evidence(paths.route_usage(k, j, "traffic"), f.traffic,
                              fmt.rate(f.traffic), _RATE),
                     *([Evidence(paths.route_usage(k, j, "window"), f.window,
                                 fmt.exact_tokens(f.window), EvidenceKind.TOKENS_EXACT)]
                       if f.window is not None else []),
                     *([Evidence(paths.route_usage(k, j, "cap_allowed"), f.cap_allowed,
                                 fmt.exact_tokens(f.cap_allowed), EvidenceKind.TOKENS_EXACT,
                                 source),
                        Evidence(paths.route_usage(k, j, "cap"), f.cap)]
                       if f.cap_allowed is not None else [])))),
                (Check(op=CheckOp.TRUE, paths=(paths.INCLUDE_FREE,)),
                 Check(op=CheckOp.IN, paths=(paths.route(k, "route.status"),),
                       values=(RouteStatus.FREE_TIER.value,)),
                 Check(op=CheckOp.FALSE, paths=(paths.route(k, "eligible"),)), service,
                 *(Check(op=CheckOp.GREATER, paths=(paths.route_usage(k, j, "traffic"),
                                                    paths.route_usage(k, j, "allowed")))
                   for j, _ in over)))

        claims.append(Claim(key=f"over-limits:{k}", text=text, basis=basis))
    return claims
