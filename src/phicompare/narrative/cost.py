"""Claims about money: each bill, the cost section, where prices point apart.

The cost section is the home of the comparison of bills (``bills.py``: which is cheaper); the
summary states the bills in its own wording (:func:`cost_comparison`'s ``style``) and the FAQ
refers to the section, so a page never repeats a sentence.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from phicompare.analysis.facts import STALE_PRICE_DAYS, CostEstimate
from phicompare.domain.pricing import RouteStatus

from . import format as fmt, paths
from .assumptions import assumptions, traffic_phrase
from .bill_prices import bill_prices
from .bills import Style, bills_claim, free_checks, maker_checks, monthly_evidence
from .choices import choice_claims
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .context import Context
from .cost_notes import note_claims
from .crossing_words import crossing_reason, listed_caveat, off_list
from .drafts import Draft
from .held_routes import held_clause, slight_crossover
from .limits import free_tier_words, over_limit_claims, usage_basis
from .listings import NAMED_TIERING, tiering_clause
from .output_claims import claim_basis, claim_words, model_paths, output_claim
from .priced import free_grouped, priced_bills
from .retired_maker import retired_maker_claims
from .same_prices import near as _near, same_price_groups, same_prices_claim
from .unreleased_words import no_cost_claim, unpriced_words

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .parts import ModelParts

__all__ = ["cost_comparison", "cost_headline", "cost_section", "estimate_draft"]

_MONEY, _PRICE = EvidenceKind.MONEY, EvidenceKind.PRICE
_NONE = Decimal(0)  # (a priced route always has both prices)


def _route_currency(x: Context, e: CostEstimate) -> tuple[
        str, Callable[[int, tuple[int, ...]], tuple[list[Evidence], tuple[Check, ...]]], bool]:
    """The route's currency: ", prices as last checked on 2026-07-02 (...)".

    The date, and flags for a check long before the comparison date, a retirement soon or a
    long-context tier the route does not list (:attr:`~phicompare.RouteRow.tier_unlisted`); and
    their evidence and checks, given the model's position and its route rows' indexes; and
    whether those read the route rows' indexes (a flag on the route's row) at all.
    """
    route = e.route
    assert route is not None
    checked = fmt.date(route.checked)
    text = f", prices as last checked on {checked}"
    # (a page dated in the past: a price observed later is no record of what it cost then)
    later = route.checked > x.c.as_of
    # a price the data dates (a price history): it held on the comparison's date (review 24,
    # P4), or was read before it came into force (P1: Claude Sonnet 5's of 2026-09-01)
    since = route.effective_from
    since = since if since is not None and (later or since > route.checked) else None
    if since is not None:
        text += (", after the comparison's date," if later else ",") + (
            f" for the price dated from {fmt.date(since)}")
    elif later:
        text += (f", after the comparison's date; what it cost on {fmt.date(x.c.as_of)} is not "
                 "recorded")
    # The row of the estimate's route among its model's: the same object in a comparison
    # compare() made, an equal one in a comparison read back from JSON.
    rows = x.c.route_groups[e.model_index][0]
    j = next((j for j, r in enumerate(rows) if r.route is route or r.route == route), None)
    stale = j is not None and rows[j].stale
    retires = None
    if j is not None and rows[j].days_to_retirement is not None and route.retires is not None:
        retires = fmt.date(route.retires)
    as_of = x.c.as_of
    untiered = j is not None and rows[j].tier_unlisted
    # the routes that do apply one, named where few (one reseller's tier is not the market's)
    tiering = [k for k, r in enumerate(rows) if r.tier_above is not None] if untiered else []
    # a listing one source gave once and none confirms since: the bill may rest on nothing
    unverified = route.status is RouteStatus.UNVERIFIED
    # responses (requests) longer than the model's own output limit (window): the bill rests on
    # the listing's (H8, I9)
    found = output_claim(x, e.model_index)
    claimed = None if found is None else claim_words(found)
    flags = ([f"more than {STALE_PRICE_DAYS} days before {fmt.date(as_of)}"] if stale else []) + (
        ["an unconfirmed listing that may have been retired"] if unverified else []) + (
        [claimed] if claimed is not None else []) + (
        [f"the route retires on {retires}"] if retires is not None else []) + (
        ["the route lists no long-context tier, though "
         + tiering_clause([rows[k].provider_name for k in tiering])]
        if untiered else [])
    if flags:
        text += f" ({'; '.join(flags)})"

    def basis(i: int, ks: tuple[int, ...]) -> tuple[list[Evidence], tuple[Check, ...]]:
        evidence = [Evidence(paths.estimate(i, "route.checked"), route.checked, checked,
                             EvidenceKind.DATE)]
        if j is None:  # pragma: no cover - an estimate's route is one of its model's rows
            return evidence, ()
        checks = []
        if stale:
            checks.append(Check(op=CheckOp.TRUE, paths=(paths.route(ks[j], "stale"),)))
        if unverified:
            evidence.append(Evidence(paths.estimate(i, "route.status"), route.status))
            checks.append(Check(op=CheckOp.IN, paths=(paths.estimate(i, "route.status"),),
                                values=(RouteStatus.UNVERIFIED.value,)))
        if found is not None:  # (``i``: the model's place in the page checked, not in ``x``)
            claim_evidence, claim_checks = claim_basis(found, model_paths(i))
            evidence += claim_evidence
            checks += claim_checks
        if retires is not None:
            evidence.append(Evidence(paths.estimate(i, "route.retires"), route.retires,
                                     retires, EvidenceKind.DATE))
            checks.append(Check(op=CheckOp.KNOWN,
                                paths=(paths.route(ks[j], "days_to_retirement"),)))
        if untiered:
            checks.append(Check(op=CheckOp.TRUE, paths=(paths.route(ks[j], "tier_unlisted"),)))
            if len(tiering) <= NAMED_TIERING:
                evidence += [Evidence(paths.route(ks[k], "provider_name"), rows[k].provider_name)
                             for k in tiering]
        if stale or (later and since is None):  # the date the text shows
            evidence.append(Evidence(paths.AS_OF, as_of, fmt.date(as_of), EvidenceKind.DATE))
        if since is not None:
            evidence.append(Evidence(paths.estimate(i, "route.effective_from"), since,
                                     fmt.date(since), EvidenceKind.DATE))
            checks.append(Check(op=CheckOp.AT_MOST, paths=(
                paths.estimate(i, "route.effective_from"), paths.AS_OF)))
        if later:
            checks.append(Check(op=CheckOp.LESS, paths=(paths.AS_OF,
                                                       paths.estimate(i, "route.checked"))))
        return evidence, tuple(checks)

    return text, basis, stale or retires is not None or untiered


def estimate_draft(x: Context, e: CostEstimate) -> Draft:
    """One model's monthly estimate, or why it has none.

    A closed-weight model billed off its maker and the major clouds (``fallback``) says why in
    the same sentence, after its bill (or that its maker is not on record, where it is not).
    """
    name = x.names[e.model_index]
    route = e.route
    applied_in, applied_out = e.input_price, e.output_price
    if e.monthly is None or route is None or applied_in is None or applied_out is None:
        reason = e.reason or "no eligible route"
        return Draft.at("estimate", f"{name}: no estimate, {reason}.", lambda i: Basis(
            (Evidence(paths.estimate(i, "reason"), reason, reason),),
            (Check(op=CheckOp.NONE, paths=(paths.estimate(i, "monthly"),)),)))
    notes, currency, by_routes = _route_currency(x, e)
    price_in, price_out = fmt.price(applied_in), fmt.price(applied_out)
    # The prices the bill applied; where the traffic's requests cross a long-context tier (or a
    # time window blends them), the route's base prices too, so neither reads as the other.
    base = (applied_in, applied_out) != (route.input, route.output)
    base_in, base_out = fmt.price(route.input or _NONE), fmt.price(route.output or _NONE)
    monthly = e.monthly
    choice = e.choice if e.fallback else None
    provider = e.provider_label(x.c.routes_of(e.model_index))  # (a provider listed twice: +id)
    # (a draft serves every comparison of the model: its route's status, not the page's facts)
    free = e.route is not None and e.route.status is RouteStatus.FREE_TIER

    # the price of each other line of the bill (cached input, batch tokens...), so the prices
    # quoted make the bill, as a pick's line quotes them (review 17, P1)
    quoted = bill_prices(e, "", notes=False)[0]

    def basis(i: int, ks: tuple[int, ...]) -> Basis:
        evidence, checks = currency(i, ks)
        evidence += bill_prices(e, f"cost.estimates[{i}]", notes=False)[1][2:]
        if free:
            checks += free_checks(i)
            usage_evidence, usage_checks = usage_basis(e, i)
            evidence += usage_evidence
            checks += usage_checks
        if choice is not None:
            evidence.append(Evidence(paths.estimate(i, "choice"), choice, choice))
            checks += (Check(op=CheckOp.TRUE, paths=(paths.estimate(i, "fallback"),)),
                       *maker_checks(e.model, paths.model(i, "vendor"),  # (on record or not)
                                     paths.model(i, "vendor_inferred")))
        bases = (Evidence(paths.estimate(i, "route.input"), route.input, base_in, _PRICE,
                          route.source),
                 Evidence(paths.estimate(i, "route.output"), route.output, base_out, _PRICE,
                          route.source)) if base else ()
        return Basis(
            (Evidence(paths.estimate(i, "monthly"), monthly, fmt.money(monthly), _MONEY),
             Evidence(paths.estimate(i, "provider_name"), e.provider_name, e.provider_name),
             Evidence(paths.estimate(i, "input_price"), applied_in, price_in, _PRICE,
                      route.source),
             Evidence(paths.estimate(i, "output_price"), applied_out, price_out, _PRICE,
                      route.source),
             *bases, *evidence),
            checks)

    at = f" at this traffic (base {base_in} and {base_out})" if base else ""
    why = "" if choice is None else f"; {choice}"
    text = (f"{name}: {fmt.money(monthly)} a month on {provider}"
            f"{f', {free_tier_words(e)}' if free else ''}"
            f", at {quoted}{at}{notes}{why}.")
    # (its evidence names a route row only for a flag on the route's: else the position alone)
    return Draft("estimate", text, basis) if by_routes else Draft.at(
        "estimate", text, lambda i: basis(i, ()))


def cost_headline(x: Context, bills: Claim | None) -> list[Claim]:
    """The summary's cost sentences: every bill, then the crossover in brief.

    ``bills`` is :func:`~phicompare.narrative.bills.bills_claim`'s ``full`` wording (which
    names the models without a bill beside two or more bills); without it (one bill or none),
    the bill there is and the models without one.
    """
    estimates = x.c.cost.estimates
    known = [e for e in estimates if e.monthly is not None]
    if not known:  # (a model released after the page's date says so: review 30, #5)
        return [no_cost_claim(x)]
    if bills is not None:
        said = _with_crossovers(x, bills, "summary")  # (a retired maker's, after the bills)
        return [said[0], *retired_maker_claims(x), *said[1:], *priced_bills(x, "summary")]
    phrase, evidence = traffic_phrase(x)
    free = x.c.cost.free_indexes  # (a bill on a free tier is no price: said so beside it)
    shown = free_grouped(x, known)
    lack, why = unpriced_words(x, [e.model_index for e in estimates if e.monthly is None])
    text = (f"At {phrase} the {'bill is' if len(known) == 1 else 'bills are'} {shown}"
            + (f"; {lack}." if lack else "."))
    headline = Claim(key="cost-headline", text=text,
                     evidence=(*evidence, *(monthly_evidence(e) for e in known), *why.evidence),
                     checks=(*why.checks, *(c for i in free for c in free_checks(i, free))))
    return [headline, *retired_maker_claims(x), *priced_bills(x, "summary")]


def cost_comparison(x: Context, style: Style) -> list[Claim]:
    """Which is cheaper at the stated traffic, and where per-token prices point apart.

    ``style`` words it for its section (see :data:`Style`).
    """
    return _with_crossovers(x, bills_claim(x, style), style)


def _with_crossovers(x: Context, bills: Claim | None, style: Style) -> list[Claim]:
    claims = [] if bills is None else [bills]
    tiered: dict[tuple[int, int], list[int]] = {}  # a pair's bill crossings: one claim
    alike = same_price_groups(x)  # one model's with several of the same prices (review 15)
    for k, cross in enumerate(x.c.cost.crossovers):
        if cross.tiered or cross.shares:  # (the bills' crossings: review 17, P1)
            pair = (min(cross.cheaper_input_index, cross.cheaper_output_index),
                    max(cross.cheaper_input_index, cross.cheaper_output_index))
            if pair not in tiered:
                tiered[pair] = []
                claims.append(Claim(key="pending", text=""))  # (its place, filled below)
            tiered[pair].append(k)
            continue
        if (group := alike.get(k)) is not None:  # one sentence for all, where the first was
            claims.extend([same_prices_claim(x, group, style)] if k == group.ks[0] else [])
            continue
        ci, co = cross.cheaper_input_index, cross.cheaper_output_index
        if style != "summary" or not slight_crossover(x, ci, co, cross.input_share):
            claims.append(_crossover(x, k, ci, co, cross.input_share, style))
    made = iter([_crossings(x, pair, ks, style) for pair, ks in tiered.items()])
    return [next(made) if c.key == "pending" else c for c in claims]


def _crossings(x: Context, pair: tuple[int, int], ks: list[int], style: Style) -> Claim:
    """Every point at which the cheaper of a pair's bills changes, long-context tiers counted.

    The prices at the traffic do not say where such bills meet (a tier's price applies once
    the requests cross it), so the sentence names each crossing, in order, and which of the
    two costs less on each stretch.
    """
    crosses = [x.c.cost.crossovers[k] for k in ks]
    a, b = (x.names[i] for i in pair)
    stretches = [x.names[crosses[0].cheaper_output_index]]
    stretches += [x.names[cross.cheaper_input_index] for cross in crosses]
    shares = [_near(cross.input_share) for cross in crosses]
    # (with three models or more, the pair's: another model may cost less than either)
    than = "" if x.n == 2 else f" than {stretches[1]}"
    if len(crosses) == 1:
        parts = (f"{stretches[0]} costs less{than} while input is under {shares[0]} of tokens; "
                 f"above that, {stretches[1]} does")
    else:
        middle = [f"{name} from {lo} to {hi}" for name, lo, hi
                  in zip(stretches[1:-1], shares, shares[1:], strict=False)]
        parts = (f"{stretches[0]} costs less{than} while input is under {shares[0]} of tokens, "
                 f"{fmt.join_words([*middle, f'{stretches[-1]} above {shares[-1]}'])}")
    times = "once" if len(crosses) == 1 else f"{fmt.count_word(len(crosses))} times"
    lead = "Their bills" if x.n == 2 else f"The bills of {a} and {b}"
    whose = "their prices" if x.n == 2 else f"the prices of {a} and {b}"
    kept, why, counted = crossing_reason(x.c.traffic, tiered=crosses[0].tiered)
    text = (f"{lead} cross {times} as the input share moves ({kept} kept), since {why}: "
            f"{parts}.")
    evidence: list[Evidence] = []
    if style == "summary":
        text = f"{lead} cross {times} as the input share moves, {counted} counted: {parts}."
    else:
        # the prices at this traffic, where they point opposite ways (each bill states them)
        # and as the bills do: the one cheaper on input costs less at the top of the shares,
        # the other at the bottom; where a bill pays other prices per token (a cache or batch
        # share), they are its listed prices, not all it pays
        ea, eb = (x.c.cost.estimates[i] for i in pair)
        a_in, a_out = ea.input_price or _NONE, ea.output_price or _NONE
        b_in, b_out = eb.input_price or _NONE, eb.output_price or _NONE
        ci = pair[0] if a_in < b_in else pair[1]
        if (a_in - b_in) * (a_out - b_out) < 0 and ci == crosses[-1].cheaper_input_index \
                and crosses[0].cheaper_output_index != ci:
            (ci, c_in, o_in), (co, o_out, c_out) = (
                ((pair[0], a_in, b_in), (pair[1], b_out, a_out)) if a_in < b_in
                else ((pair[1], b_in, a_in), (pair[0], a_out, b_out)))
            listed = off_list(ea) or off_list(eb)
            whose = (whose.replace("prices", "listed prices", 1) if listed
                     else f"{whose} at this traffic")
            text = (f"Per token {whose} point opposite ways: {x.names[ci]} is "
                    f"cheaper on input ({fmt.price(c_in)} against {fmt.price(o_in)} per 1M), "
                    f"{x.names[co]} on output ({fmt.price(o_out)} against {fmt.price(c_out)}). "
                    + text)
            quoted: tuple[tuple[int, paths.EstimateField, Decimal], ...] = (
                (ci, "input_price", c_in), (co, "input_price", o_in),
                (co, "output_price", o_out), (ci, "output_price", c_out))
            evidence += [Evidence(paths.estimate(i, f), p, fmt.price(p), _PRICE)
                         for i, f, p in quoted]
    # (made now: a basis captures facts, never the comparison)
    evidence += [Evidence(paths.crossover_share(k), cross.input_share,
                          fmt.percent(cross.input_share), EvidenceKind.PERCENT)
                 for k, cross in zip(ks, crosses, strict=True)]
    return Claim(key=f"crossings:{pair[0]}:{pair[1]}", text=text,
                 basis=lambda: Basis(tuple(evidence)))


def _crossover(x: Context, k: int, ci: int, co: int, input_share: Decimal,
               style: Style) -> Claim:
    """Model ``ci`` is cheaper per input token, ``co`` per output token."""
    estimates = x.c.cost.estimates
    ei, eo = estimates[ci], estimates[co]
    ri, ro = ei.route, eo.route
    assert ri is not None and ro is not None  # noqa: PT018
    # the prices each bill applied (a long-context tier's where the requests cross it)
    i_in, i_out, o_in, o_out = ei.input_price, ei.output_price, eo.input_price, eo.output_price
    assert i_in is not None and i_out is not None  # noqa: PT018
    assert o_in is not None and o_out is not None  # noqa: PT018
    share = fmt.percent(input_share)
    near = _near(input_share)
    cheap_in, dear_in = x.names[ci], x.names[co]
    # with three models or more, a crossover concerns two of them: it names both, and says
    # which of the two costs less (another model may cost less than either)
    first, second = sorted((ci, co))
    # ("the prices of A and B": a name may end in a bracket, "Grok 4.1 Fast (Reasoning)'s")
    whose = "their prices" if x.n == 2 else f"the prices of {x.names[first]} and {x.names[second]}"
    if style in ("full", "cost"):
        than, pair = ("", "") if x.n == 2 else (f" than {cheap_in}", f" than {dear_in}")
        text = (f"Per token {whose} point opposite ways: {cheap_in} is cheaper on input"
                f"{pair} ({fmt.price(i_in)} against {fmt.price(o_in)} per 1M), {dear_in} on "
                f"output ({fmt.price(o_out)} against {fmt.price(i_out)}). {dear_in} "
                f"costs less{than} while input is under {near} of tokens; above that, "
                f"{cheap_in} does.")
        held, held_evidence = held_clause(x, (ci, co), input_share)
        text += held
    else:
        held_evidence = ()
        # with three, no capital to add: a name keeps its case ("inclusionAI/Ling-flash-2.0")
        lead = "Their per-token prices" if x.n == 2 else f"Per token {whose}"
        t = x.c.traffic
        if t.input_tokens * (1 - input_share) > t.output_tokens * input_share:
            # the traffic is past the crossover already (its input share is above it): the
            # model cheaper on input costs less now, so the other side is the "would"
            than = f" than {cheap_in}" if x.n > 2 else ""
            text = (f"{lead} point opposite ways: with less than {near} of tokens as input, "
                    f"{dear_in} would cost less{than}.")
        else:
            than = f" than {dear_in}" if x.n > 2 else ""  # two crossovers may share a winner
            text = (f"{lead} point opposite ways: with more than {near} of tokens as input, "
                    f"{cheap_in} would cost less{than}.")
    shown = style != "summary"
    prices: tuple[tuple[int, paths.EstimateField, Decimal, str | None], ...] = (
        (ci, "input_price", i_in, ri.source), (co, "input_price", o_in, ro.source),
        (co, "output_price", o_out, ro.source), (ci, "output_price", i_out, ri.source))
    return Claim(key=f"crossover:{ci}:{co}", text=text, basis=lambda: Basis(
        (*(Evidence(paths.estimate(i, field), price, fmt.price(price) if shown else None,
                    _PRICE, source) for i, field, price, source in prices),
         Evidence(paths.crossover_share(k), input_share, share, EvidenceKind.PERCENT),
         *held_evidence),
        (Check(op=CheckOp.LESS, paths=(paths.estimate(ci, "input_price"),
                                      paths.estimate(co, "input_price"))),
         Check(op=CheckOp.LESS, paths=(paths.estimate(co, "output_price"),
                                      paths.estimate(ci, "output_price"))))))


def cost_section(x: Context, parts: Sequence[ModelParts]) -> tuple[Claim, ...]:
    """Cost at traffic: the assumptions, each estimate, the comparison, blends and notes.

    ``parts`` gives each model's estimate (:func:`estimate_draft`) and blended price.
    """
    cost = x.c.cost
    claims = [assumptions(x, parts[0].assumptions)]
    claims += [part.estimate for part in parts]  # (a fallback is said in its model's bill)
    claims += over_limit_claims(x)  # (a free tier the traffic exceeds: why it bills nothing)
    claims += priced_bills(x, "cost")  # (beside a free tier: its model's priced bill)
    claims += cost_comparison(x, "cost")
    weights = cost.blend
    blended = [(e, e.blended) for e in cost.estimates if e.blended is not None]
    free = cost.free_indexes  # (a blend on a free tier says so: parts' blend figure)
    if blended:
        # each at its own places, as every price on the page ("$3.42 and $4.7481", never
        # "$3.4200": review 32, #4); fmt.price keeps every significant digit
        figures = [part.blend for part in parts if part.blend is not None]
        # a blend of the listed prices, said so where a bill pays others too (a cache or batch
        # share): not the bills' rate, which the crossover follows
        caveat, off_evidence, off_checks = listed_caveat([e for e, _ in blended], x.names)
        at = " at the listed input and output prices" if caveat else ""
        claims.append(Claim(
            key="blend",
            text=f"Blended at {weights[0]}:{weights[1]} input to output{at}, a million tokens "
                 f"costs {fmt.join_words(figures)}"
                 + (f"; at this traffic {caveat}, which the blend leaves out." if caveat
                    else "."),
            basis=lambda: Basis((
                Evidence(paths.blend(0), weights[0], str(weights[0])),
                Evidence(paths.blend(1), weights[1], str(weights[1])),
                *(Evidence(paths.estimate(e.model_index, "blended"), price, fmt.price(price),
                           _PRICE) for e, price in blended), *off_evidence),
                (*(c for e, _ in blended if e.model_index in free
                   for c in free_checks(e.model_index, free)), *off_checks))))
    # why each bill's provider was chosen, a reason several share said once (R4)
    claims += choice_claims(x)
    # each note once, for every bill it covers (review 11, K13)
    return (*claims, *note_claims(x, cost.estimates))
