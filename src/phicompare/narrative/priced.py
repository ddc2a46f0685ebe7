"""A free tier's bills said once, and each free-tier-billed model's priced bill beside them.

A free tier is no price, and where its usage limits are not recorded whether it carries the
traffic is unknown: beside it the page states the bill the model's cheapest eligible priced
route would make (``CostFacts.priced``), compared with nothing and never a reason to pick.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from phicompare.analysis.choice import maker_on_record
from phicompare.domain.pricing import RouteStatus

from . import format as fmt, paths
from .bills import FELL_SHORT, PRICED_FELL_BACK, RESOLD, Style, maker_checks
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .limits import limited
from .output_claims import claim_basis, claim_words, model_paths, over

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from phicompare.analysis.facts import CostEstimate

    from .context import Context

__all__ = ["free_grouped", "priced_bills", "priced_caveats"]

_MONEY = EvidenceKind.MONEY
_UNVERIFIED = "an unconfirmed listing that may have been retired"


def free_grouped(x: Context, known: Sequence[CostEstimate]) -> str:
    """The bills in order, those on free tiers said so once.

    "A $0.00 and B $0.00, both on free tiers, which are not prices" or "A $0.00 and B $0.00 on
    free tiers, which are not prices, and C $52.00"; one alone keeps its parenthesis.
    """
    free = x.c.cost.free_indexes

    def bill(e: CostEstimate) -> str:
        return f"{x.names[e.model_index]} {fmt.money(e.monthly or Decimal(0))}"

    on_free = [e for e in known if e.model_index in free]
    if len(on_free) < 2:
        return fmt.join_words([bill(e) + (" (on a free tier, which is not a price)"
                                          if e.model_index in free else "") for e in known])
    group = fmt.join_words([bill(e) for e in on_free])
    if len(on_free) == len(known):
        every = "both" if len(known) == 2 else "all"
        return f"{group}, {every} on free tiers, which are not prices"
    rest = [bill(e) for e in known if e.model_index not in free]
    return f"{group} on free tiers, which are not prices, and {fmt.join_words(rest)}"


def priced_bills(x: Context, style: Style) -> list[Claim]:
    """The priced bill of each model billed on a free tier (``CostFacts.priced``), or none.

    Whether a free tier without recorded usage limits carries the traffic is unknown (one the
    traffic exceeds bills nothing: ``narrative/limits.py``): the page gives the cheapest
    eligible priced route's bill beside it, compared with nothing.
    """
    priced = x.c.cost.priced
    if not priced:
        return []
    have = [(k, e) for k, e in enumerate(priced) if e.monthly is not None]
    lack = [(k, e) for k, e in enumerate(priced) if e.monthly is None]
    full = style != "summary"
    # in the cost section, each bill's listing said as its model's own bill's would be: an
    # unconfirmed listing, its output limit or window above the model's, a fallback listing
    unverified = [full and e.route is not None and e.route.status is RouteStatus.UNVERIFIED
                  for _, e in have]
    found = [priced_caveats(x, e.model_index, k) for k, e in have] if full else []
    claimed = [words for words, _, _ in found] if full else [None] * len(have)
    notes = [[_UNVERIFIED] * flag + ([words] if words else [])
             for flag, words in zip(unverified, claimed, strict=True)]
    where = [f"{x.names[e.model_index]}{' would cost' if j == 0 else ''} "
             f"{fmt.money(e.monthly or Decimal(0))}{' a month' if j == 0 else ''}"
             + (f" on {e.provider_name}" if full else "")
             + (f" ({'; '.join(notes[j])})" if notes[j] else "") for j, (_, e) in enumerate(have)]
    solds = [sold for _, sold, _ in found if sold]
    none = fmt.join_words([x.names[e.model_index] for _, e in lack])
    # the summary says "B has no eligible priced route"; the cost section says why (review 26, P5)
    why = [_why_unpriced(x, e.model_index) for _, e in lack] if full else []
    no_route = ("; ".join(w for w, _ in why) if full else
                f"{none} {'has' if len(lack) == 1 else 'have'} no eligible priced route"
                if lack else "")
    route = "routes" if len(have) > 1 else "route"
    # a free tier whose recorded limits the traffic is within is known to carry it (on average)
    unknown = [e for e in x.c.cost.estimates if e.model_index in x.c.cost.free_indexes
               and not (limited(e) and e.usage)]
    fitting = [e for e in x.c.cost.estimates if e.model_index in x.c.cost.free_indexes
               and limited(e) and e.usage]
    whether = _whether(x, unknown)
    if full:
        lead = f"{whether}{';' if unknown else ','} on the cheapest eligible priced {route}"
    else:
        lead = f"On priced {route}" if len(have) > 1 else "On a priced route"
    said = [f"{lead}, {fmt.join_words(where)}", *solds] if have else \
        [whether] if full and unknown else []
    text = fmt.capitalize("; ".join([*said, *([no_route] if no_route else [])])) + "."

    def basis() -> Basis:
        listed = [caveats() for _, _, caveats in found]
        return Basis(
            tuple(e for b in listed for e in b.evidence)
            + tuple(Evidence(paths.priced(k, "route.status"), e.route.status if e.route else None)
                    for flag, (k, e) in zip(unverified, have, strict=True) if flag)
            + tuple(Evidence(paths.priced(k, "monthly"), e.monthly,
                           fmt.money(e.monthly or Decimal(0)), _MONEY) for k, e in have)
            + tuple(Evidence(paths.priced(k, "provider_name"), e.provider_name,
                             e.provider_name) for k, e in have if full)
            + tuple(Evidence(paths.priced(k, "monthly"), None) for k, _ in lack)
            + tuple(Evidence(paths.estimate(e.model_index, "provider_name"), e.provider_name,
                             e.provider_name) for e in unknown if full)
            + tuple(e for _, b in why for e in b.evidence),
            tuple(c for b in listed for c in b.checks)
            + tuple(Check(op=CheckOp.IN, paths=(paths.priced(k, "route.status"),),
                          values=(RouteStatus.UNVERIFIED.value,))
                    for flag, (k, _) in zip(unverified, have, strict=True) if flag)
            + tuple(Check(op=CheckOp.NONE, paths=(paths.priced(k, "monthly"),))
                    for k, _ in lack)
            + tuple(c for _, b in why for c in b.checks)
            + tuple(Check(op=CheckOp.FALSE, paths=(paths.usage(e.model_index, j, "exceeded"),))
                    for e in fitting for j in range(len(e.usage)) if full)
            + tuple(Check(op=CheckOp.NONE, paths=(paths.estimate(e.model_index, "route.limits"),))
                    for e in unknown if full and not limited(e)))

    return [Claim(key=f"priced-bills:{style}", text=text, basis=basis)]


def _whether(x: Context, unknown: Sequence[CostEstimate]) -> str:
    """Whose free tier may not carry the traffic, each named by its provider (review 32, #1).

    "Whether the free tier on iFlow carries this traffic is unknown: its limits are not
    recorded",
    "Whether GPT OSS 20B's free tier on Groq carries this traffic is unknown", or "Beside the
    free tiers" where every free tier's recorded limits hold the traffic. A page that has just
    said another free tier cannot carry the traffic leaves no doubt which one this is.
    """
    if not unknown:
        return "Beside the free tiers"
    providers = list(dict.fromkeys(e.provider_name or "" for e in unknown))
    one = len(unknown) == 1 or len(providers) == 1
    if len(unknown) == len(x.c.cost.free_indexes):  # every free tier: named by its provider
        tiers = f"the free tier on {providers[0]}" if len(providers) == 1 else \
            f"the free tiers on {fmt.join_words(providers)}"
    elif len(unknown) == 1:
        tiers = f"{x.names[unknown[0].model_index]}'s free tier on {unknown[0].provider_name}"
    else:  # ("of A and B on P" where one provider serves them all)
        one = False
        tiers = "the free tiers of " + (
            f"{fmt.join_words([x.names[e.model_index] for e in unknown])} on {providers[0]}"
            if len(providers) == 1 else fmt.join_words(
                [f"{x.names[e.model_index]} on {e.provider_name}" for e in unknown]))
    # (a free tier whose limits are recorded but the traffic gives no request count: its bill
    # sentence says so)
    why = (f": {'its' if one else 'their'} limits are not recorded"
           if not any(limited(e) for e in unknown) else "")
    return f"Whether {tiers} {'carries' if one else 'carry'} this traffic is unknown{why}"


def _why_unpriced(x: Context, i: int) -> tuple[str, Basis]:
    """Why model ``i``, billed on a free tier, has no eligible priced route, and its basis.

    "North Mini Code's only route is a free tier", or each other route's reason, as the cost
    line of a model without a bill gives them: "B has no eligible priced route (Groq:
    deprecated)". The summary has said "B has no eligible priced route" (review 26, P5).
    """
    name, (rows, ks) = x.names[i], x.c.route_groups[i]
    paid = [(k, r) for k, r in zip(ks, rows, strict=True)
            if r.route.status is not RouteStatus.FREE_TIER]
    free = RouteStatus.FREE_TIER.value
    if not paid:
        only = "route is a free tier" if len(ks) == 1 else "routes are free tiers"
        return (f"{name}'s only {only}",
                Basis((), tuple(Check(op=CheckOp.IN, paths=(paths.route(k, "route.status"),),
                                      values=(free,)) for k in ks)))
    reasons: dict[str, list[str]] = {}
    for _, r in paid:
        reasons.setdefault(r.reason or "not eligible", []).append(r.provider_name)
    said = "; ".join(f"{fmt.join_words(list(dict.fromkeys(names)))}: {reason}"
                     for reason, names in reasons.items())
    return (f"{name} has no eligible priced route ({said})",
            Basis(tuple(e for k, r in paid for e in (
                      Evidence(paths.route(k, "provider_name"), r.provider_name, r.provider_name),
                      Evidence(paths.route(k, "reason"), r.reason, r.reason))),
                  tuple(Check(op=CheckOp.FALSE, paths=(paths.route(k, "eligible"),))
                        for k, _ in paid)))


def priced_caveats(x: Context, i: int, p: int, *, short: bool = False,
                   ) -> tuple[str | None, str, Callable[[], Basis]]:
    """The listing caveats of model ``i``'s priced bill (``cost.priced[p]``), and their basis.

    As its own bill's are said (:func:`~.bills.resold`, :func:`~.output_claims.over`): a
    listing whose output limit or window is above the model's, which the traffic needs, and a
    reseller's or a fallback listing ("A's priced bill is on Host's listing: no priced route
    from its maker or from a major cloud or platform is eligible": its maker's free tier is).
    The pick of the only priced bill says them (``unbilled.only_bill``), and the cost section.
    ``short``: a fallback's why left to the cost section, as :func:`~.bills.resold` leaves it
    ("...: Cost at your traffic says why", :data:`~.bills.FELL_SHORT`; helper fixZ).
    """
    e = x.c.cost.priced[p]
    found = over(e, x.c.models[i], x.c.traffic)
    name, provider = x.names[i], e.provider_name
    sold = (f"{name}'s priced bill on {provider} is {RESOLD[0]}" if e.reseller_bill else
            f"{name}'s priced bill is on {provider}'s listing: "
            f"{FELL_SHORT if short else PRICED_FELL_BACK[0 if maker_on_record(e.model) else 1]}"
            if e.fallback else "")

    at = model_paths(i, (paths.priced(p, "route.context_window"),
                         paths.priced(p, "route.max_output_tokens")))

    def basis() -> Basis:
        evidence, checks = ([], ()) if found is None else claim_basis(found, at)
        if e.reseller_bill or e.fallback:
            evidence.append(Evidence(paths.priced(p, "provider_name"), provider, provider))
        if e.reseller_bill:
            checks += (Check(op=CheckOp.TRUE, paths=(paths.priced(p, "reseller_bill"),)),)
        elif e.fallback:
            checks += (Check(op=CheckOp.TRUE, paths=(paths.priced(p, "fallback"),)),
                       *(() if short else maker_checks(e.model, paths.model(i, "vendor"),
                                                       paths.model(i, "vendor_inferred"))))
        return Basis(tuple(evidence), checks)

    return None if found is None else claim_words(found), sold, basis
