"""The verdict and the line at a glance: when to pick which model.

The FAQ, questions answered only from data, is :mod:`~phicompare.narrative.faq`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from typing import NamedTuple

from phicompare.domain.capabilities import Support
from phicompare.domain.pricing import RouteStatus

from . import format as fmt, paths
from .bills import resold
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind, Shared
from .context import Context
from .fit import CAPABILITY_WORKLOADS, Favours, advantages, joined
from .glance_words import (
    GlanceTerms,
    bracketed,
    glance,
    glance_terms,
    merge_off_bill,
    merge_rivals,
    merged_caveats,
    shared_reasons,
)
from .output_claims import its_bill, output_claim_basis, output_claim_words
from .price_caveats import UNCONFIRMED, later_checked, later_checks, old_price, stale_bill
from .required_once import required_once, retired_once, shared_once
from .required_shared import no_picks_once, sizes_once
from .retiring import retiring_basis, retiring_bill, retiring_words
from .rivals import field
from .silenced import silenced_words
from .standing import fit_route, fit_route_basis, left_in_words, out_basis, out_phrase
from .unbilled import pick_words, routeless_words, unbilled_words
from .unpicked import no_advantage

__all__ = ["at_a_glance", "picks", "verdict"]


def picks(x: Context) -> tuple[Favours, ...]:
    """Each model's advantages (:func:`~phicompare.narrative.fit.advantages`), in model order.

    The verdict and the line at a glance state them alike: the narrative works them out once,
    and their evidence is built once for both (:class:`~phicompare.narrative.claims.Shared`).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> phrases, basis = picks(context_of(compare("phi-2", "phi-4-mini")))[1]
        >>> phrases[0], basis().evidence[0].path
        ('a longer context (128K tokens)', 'models[1].context_window')
    """
    return tuple([Favours(found.phrases, Shared(found.basis)) if found.phrases else found
                  for found in (Favours([], _nothing) if x.out[i] is not None
                                else advantages(x, i) for i in range(x.n))])


def _unreleased(x: Context, i: int) -> bool:
    """Whether model ``i`` came out after the comparison's date (``as_of``): it is no pick."""
    out = x.out[i]
    return out is not None and out.unreleased


def _nothing() -> Basis:
    return Basis(())


def _sole_release(x: Context) -> int | None:
    """The one model the page's terms leave in (:mod:`.standing`), every other ruled out."""
    left = field(x)
    return left[0] if len(left) == 1 and x.n > 1 else None


def _available(x: Context, i: int, *, figured: bool) -> tuple[str, Callable[[], Basis]]:
    """Model ``i`` as the only one the page's terms leave in, and the only one with a bill.

    "the only model here released by the comparison's date (2025-06-01), and the only one with
    a bill ($270.00 a month)", the bill said where no other model has one; without a release
    date of its own, "not known to be released after" the date ("... (2025-01-01; no release
    date is recorded for it)", the note at a glance too). Where some
    other model is out for its routes (none takes the page's workload or requirements), "with a
    route that meets this page's terms" (after the date where some other came out later); where
    some other has no such route in service (retired by the date), "with a route in service"
    (review 10, I2), "with a route in service that meets this page's terms" where both; where
    some other has no such route but deprecated ones, "with a route that meets this page's
    terms and is not deprecated" ("that is not deprecated" where no other is out for the terms;
    review 11, K2).

    ``figured`` shows the date and the bill (the verdict); the line at a glance shows neither.
    """
    day, cost = x.c.as_of, x.c.cost
    monthly = cost.estimates[i].monthly
    others = x.others(i)
    # a free tier's $0.00 is no price (review 12, L9): no "only one with a bill" of one
    alone = (monthly is not None and i not in cost.free_indexes
             and all(cost.estimates[o].monthly is None for o in others))
    # a model without a release date is out on any date (see _unreleased), but not said released
    dated = x.c.models[i].released is not None
    later = [o for o in others if _unreleased(x, o)]
    unfit = [o for o in others if not _unreleased(x, o)]
    text = "the only model here"
    if later:
        text += (" released by" if dated else " not known to be released after") + \
            " the comparison's date"
        # what the data holds for it: no date at all, said so ("not released after" would not be)
        note = [fmt.date(day)] if figured else []
        if not dated:
            note.append("no release date is recorded for it")
        if note:
            text += f" ({'; '.join(note)})"
    route = fit_route(x.c, i)
    outs = [out for o in unfit if (out := x.out[o]) is not None]
    if unfit:
        text += (" that this page's terms do not rule out" if route is None  # (it lists none)
                 else left_in_words(outs))
    # a price checked after the comparison's date, not dated by it: said (review 6, D21; 30, #4)
    route_of = cost.estimates[i].route
    checked = later_checked(route_of, day)
    unverified = alone and figured and route_of is not None and \
        route_of.status is RouteStatus.UNVERIFIED
    claimed = output_claim_words(x, i) if alone and figured else None
    sold, resale = resold(x, (i,), (i,)) if alone and figured else ("", None)
    if alone:
        text += ", and the only one with a bill"
        if figured and monthly is not None:
            later_price = ("" if checked is None else
                           f", at prices checked on {fmt.date(checked)}, after the "
                           "comparison's date")
            old = stale_bill(x, i)  # an old price is said so (review 7, F18)
            if old is not None and route_of is not None:
                later_price += f", {old_price(route_of.checked, day)}"
            if (soon := retiring_bill(x, i)) is not None:  # (review 10, I7)
                later_price += f", {retiring_words(soon)}"
            # a lower bill's caveats (leftN's leftover): an unconfirmed listing, a listing's
            # output limit above the model's (H8), a reseller's or another's listing (D32)
            ahead = (f", {UNCONFIRMED}" if unverified else "") + \
                ("" if claimed is None else f", on {claimed}")
            text += (f" ({fmt.money(monthly)} a month{ahead}{later_price}"
                     + (f"; {its_bill(sold, x.names[i])}" if sold else "") + ")")

    def basis() -> Basis:
        released = x.c.models[i].released
        evidence = [Evidence(paths.AS_OF, day, fmt.date(day) if figured and later else None,
                             EvidenceKind.DATE),
                    Evidence(paths.model(i, "released"), released),
                    *(Evidence(paths.model(o, "released"), x.c.models[o].released)
                      for o in later)]
        checks = [Check(op=CheckOp.LESS, paths=(paths.AS_OF, paths.model(o, "released")))
                  for o in later]
        if later and not dated:
            checks.append(Check(op=CheckOp.NONE, paths=(paths.model(i, "released"),)))
        for o in unfit:
            out = x.out[o]
            if out is not None:
                found = out_basis(x.c, out, figured=False)
                evidence += found.evidence
                checks += found.checks
        if unfit and route is not None:  # and it has a route that takes them
            found = fit_route_basis(x.c, route, outs)
            evidence += found.evidence
            checks += found.checks
        if alone:
            evidence.append(Evidence(paths.estimate(i, "monthly"), monthly,
                                     fmt.money(monthly) if figured and monthly is not None
                                     else None, EvidenceKind.MONEY))
            checks += [Check(op=CheckOp.KNOWN, paths=(paths.estimate(i, "monthly"),)),
                       *(Check(op=CheckOp.NONE, paths=(paths.estimate(o, "monthly"),))
                         for o in others)]
            if figured and checked is not None and route_of is not None:
                evidence.append(Evidence(paths.estimate(i, "route.checked"), checked,
                                         fmt.date(checked), EvidenceKind.DATE))
                checks += later_checks(paths.estimate(i, "route.checked"),
                                       paths.estimate(i, "route.effective_from"), route_of)
            old = stale_bill(x, i) if figured and monthly is not None else None
            if old is not None and route_of is not None:
                evidence.append(Evidence(paths.estimate(i, "route.checked"), route_of.checked,
                                         fmt.date(route_of.checked), EvidenceKind.DATE))
                checks.append(Check(op=CheckOp.TRUE, paths=(paths.route(old, "stale"),)))
            if figured and monthly is not None:
                evidence += (soon := retiring_basis(day, retiring_bill(x, i))).evidence
                checks += soon.checks
            if unverified:
                checks.append(Check(op=CheckOp.IN, paths=(paths.estimate(i, "route.status"),),
                                    values=(RouteStatus.UNVERIFIED.value,)))
            if claimed is not None:
                more, tested = output_claim_basis(x, i)
                evidence += more
                checks += tested
            if resale is not None:
                evidence += (found := resale()).evidence
                checks += found.checks
        return Basis(tuple(evidence), tuple(checks))

    # built now: a basis reading the context would keep the page alive (no reference cycle)
    built = basis()
    return text, lambda: built


def verdict(x: Context, chosen: Sequence[Favours]) -> tuple[Claim, ...]:
    """"Pick A for ...": per model, the known differences that favour it (:func:`picks`).

    Models out for one and the same required capability share one no-pick line (helper fixS).
    """
    sole = _sole_release(x)
    return no_picks_once(x, [_pick(x, i, chosen[i], sole) for i in range(x.n)])


def _pick(x: Context, i: int, favours: Favours, sole: int | None) -> Claim:
    """The verdict's line of model ``i`` (``sole``: the one model left in, if one is)."""
    released, day = x.c.models[i].released, x.c.as_of
    if released is not None and _unreleased(x, i):  # no pick of a model not out on the date
        return Claim(key=f"pick:{i}",
                     text=(f"{x.names[i]} was not released until {fmt.date(released)}, after "
                           f"the comparison's date ({fmt.date(day)}): no pick."),
                     basis=lambda: Basis(
                         (Evidence(paths.model(i, "released"), released, fmt.date(released),
                                   EvidenceKind.DATE),
                          Evidence(paths.AS_OF, day, fmt.date(day), EvidenceKind.DATE)),
                         (Check(op=CheckOp.LESS,
                                paths=(paths.AS_OF, paths.model(i, "released"))),)))
    ruled = x.out[i]
    if ruled is not None and not ruled.unreleased:  # no pick of a model no route of which fits
        return _built(f"pick:{i}",
                      f"{x.names[i]}: no pick, as {out_phrase(x.c, ruled, figured=True)}.",
                      out_basis(x.c, ruled, figured=True))
    if sole == i:  # the others are ruled out: it is the one to pick then
        available, out = _available(x, i, figured=True)
        bases = [out]
        if (where := routeless_words(x, i)) is not None:  # (no route at all: leftN's)
            available += f"; {where[0]}"
            bases.append(where[1])
        text = f"Pick {x.names[i]}: {available}."
        if favours.phrases:
            text += f" The data also favours it for {fmt.join_reasons(favours.phrases)}."
            bases.append(favours.basis)
        return Claim(key=f"pick:{i}", text=text, basis=lambda: joined(bases))
    if favours.phrases:  # a model with no bill says where it would run (review 12, L9)
        text = f"Pick {pick_words(x.names[i], favours.phrases)}"  # (the only bill: fixCJ)
        bases = [favours.basis]
        if (where := unbilled_words(x, i)) is not None:
            bill = "priced bill" if i in x.c.cost.free_indexes else "bill"  # (a free tier's)
            text += f"; it has no {bill} at this traffic, and would run {where[0]}"
            bases.append(where[1])
        elif (where := routeless_words(x, i)) is not None:  # no route at all (leftN's)
            text += f"; {where[0]}"
            bases.append(where[1])
        text += "."
        # a capability a listing's silence left unknown says why it is no reason (leftN's)
        if (quiet := silenced_words(x, i)) is not None:
            text += f" {quiet[0]}"
            bases.append(quiet[1])
        return Claim(key=f"pick:{i}", text=text,
                     basis=favours.basis if len(bases) == 1 else partial(joined, bases))
    # what the scorecard and the tradeoffs may name for it, and why that is no advantage here
    return no_advantage(x, i, favours)


def at_a_glance(x: Context, chosen: Sequence[Favours]) -> tuple[Claim, ...]:
    """The one-line pick under the summary: each model's advantages (:func:`picks`), unfigured.

    A benchmark led alone keeps its name ("instruction following (OLL IFEval)"): a category
    needs two benchmarks or more.
    """
    parts: list[str] = []
    bases: list[Callable[[], Basis]] = []
    # names kept whole: "Alibaba (China)'s listing" (review 10, I17)
    terms = glance_terms([row.benchmark.label for row in x.c.benchmarks], bracketed(x))
    sole = _sole_release(x)
    # several bills close to the lowest: one phrase for them all, not one per model
    alike = [i for i in range(x.n) if chosen[i].phrases and chosen[i].phrases[0].startswith(
        _CLOSE_BILLS)]
    shared: dict[str, list[int]] = {}
    lines = _lines(x, chosen, alike, terms, sole)  # (each phrase unfigured once)
    # a reason several models have alike (against the same rival): one part for them (leftP)
    common = shared_reasons({i: line.short for i, line in enumerate(lines)
                             if line.short and i != sole and line.where is None})
    for i in range(x.n):
        phrases, basis = chosen[i]
        if len(alike) > 1 and i in alike:
            if i == alike[0]:
                # bills equal to the cent are a tie, not "about the same" (review 24, P5)
                tie = len({x.c.cost.estimates[k].monthly for k in alike}) == 1
                parts.append(f"{fmt.join_words([x.names[k] for k in alike])} for the lowest "
                             f"{'bill, a tie' if tie else 'bills, about the same cost'}"
                             f"{merged_caveats(x, alike, chosen)}")
            phrases = phrases[1:]
            bases.append(basis)
            if not phrases:
                continue
        # a capability several models share: one part for them all, "A and B for vision" (F20)
        short, where, phrases, sharing = lines[i]
        for r in sharing:
            shared.setdefault(glance(r, terms), []).append(i)
        if not phrases and i != sole:
            bases.append(basis)
            continue
        if i == sole:  # a model released after the date is left out; this one is named
            available, availability = _available(x, i, figured=False)
            where = routeless_words(x, i, figured=False)  # (no route at all: leftN's)
            parts.append(f"{x.names[i]}, {available}"
                         + ("" if where is None else f", {where[0]}")
                         + (f", for {fmt.join_reasons(short)}" if phrases else ""))
            bases += [availability] if where is None else [availability, where[1]]
            if phrases:
                bases.append(basis)
        elif phrases:
            if where is None and (own := [p for p in short if p not in common]):
                parts.append(pick_words(x.names[i], merge_off_bill(own), glance=True))
            elif where is not None:
                parts.append(f"{x.names[i]}, {where[0]}, for {fmt.join_reasons(short)}")
            parts += [f"{fmt.join_words([x.names[k] for k in who])} for {phrase}"
                      for phrase, who in common.items() if who[0] == i]
            if i not in alike or len(alike) < 2:  # (else its basis is in already)
                bases.append(basis)
            bases += [] if where is None else [where[1]]
    if not parts and not shared:
        models = x.c.models
        out = field(x)  # the others are no pick
        split = _shared_splits(x, out)
        if split is not None:
            return (split,)
        named = fmt.join_words([x.names[i] for i in out])
        every = fmt.join_words(list(x.names), 'nor' if x.n == 2 else 'and')
        outs = [(i, o) for i, o in enumerate(x.out) if o is not None]
        reasons = [f"{x.names[i]} was not released by the comparison's date" if o.unreleased
                   else out_phrase(x.c, o, figured=False, whose=f"{x.names[i]}'s")
                   for i, o in outs] if len(out) <= 1 else []
        # one requirement every model fails, said once (review 15 leftovers, R3)
        once = required_once(x.c, [o for _, o in outs], reasons, every) \
            if len(outs) == x.n else None
        text = (f"Nothing in the data favours one of {named} over the "
                f"{'other' if len(out) == 2 else 'others'}." if len(out) > 1 else
                f"{'Neither' if x.n == 2 else 'Not one of'} {every} was released by the "
                "comparison's date." if all(_unreleased(x, i) for i in range(x.n)) else
                once or f"{'Neither' if x.n == 2 else 'Not one of'} {every} meets this page's "
                "terms: " + (retired_once(outs, x.names) or fmt.join_clauses(sizes_once(shared_once(
                    x.c, [o for _, o in outs], reasons)))) + ".")
        # built now, as a basis reading the context would keep the page alive
        return (_built("glance", text, joined(
            [lambda: Basis(tuple(Evidence(paths.model(i, "id"), m.id)
                                 for i, m in enumerate(models))),
             *(partial(out_basis, x.c, o, figured=False) for o in x.out
               if o is not None and not o.unreleased),
             lambda: Basis((), tuple(Check(op=CheckOp.LESS, paths=(
                 paths.AS_OF, paths.model(i, "released"))) for i in range(x.n)
                 if _unreleased(x, i)))])),)
    parts += [f"{fmt.join_words([x.names[i] for i in who])} for {label}"
              for label, who in shared.items()]
    return (Claim(key="glance", text="; ".join(parts) + ".", basis=lambda: _unfigured(bases)),)


class _Line(NamedTuple):
    """What the line at a glance says of one model's own reasons, worked out once a page."""

    short: list[str]
    """Its reasons unfigured (:func:`glance`), rivals merged: neither the close-bills phrase
    said for several models nor a capability several share (empty where none is left)."""
    where: tuple[str, Callable[[], Basis]] | None
    """Where a pick of it would run, with no bill (L9) or no route (leftN), when it has such
    reasons and is not the one model left in; else ``None``."""
    own: list[str]
    """Its reasons ``short`` words, as the verdict words them."""
    shared: list[str]
    """Its capabilities several models share (:data:`_SHARED`), as the verdict words them."""


def _lines(x: Context, chosen: Sequence[Favours], alike: Sequence[int],
           terms: GlanceTerms, sole: int | None) -> list[_Line]:
    """Each model's :class:`_Line`, in model order: each phrase unfigured once a page.

    :func:`at_a_glance` reads them twice: for the reasons models share, and each model's part.
    """
    lines: list[_Line] = []
    for i in range(x.n):
        phrases = chosen[i].phrases[1:] if len(alike) > 1 and i in alike else chosen[i].phrases
        shared = [r for r in phrases if _SHARED.search(r)]  # (each phrase searched once)
        phrases = [r for r in phrases if r not in shared] if shared else phrases
        where = None if i == sole or not phrases else (  # (L9, leftN)
            unbilled_words(x, i, figured=False) or routeless_words(x, i, figured=False))
        short = phrases and merge_rivals(list(dict.fromkeys([glance(r, terms) for r in phrases])))
        lines.append(_Line(short, where, phrases, shared))
    return lines


def _shared_splits(x: Context, out: Sequence[int]) -> Claim | None:
    """Capabilities known for every model in the field that some document and others lack.

    With three models or more no one model may be favoured over every other, yet a capability
    sets two apart from the third ("Gemma 3n E2B IT and Gemma 3 4B for vision"): saying
    nothing favours any would be false beside the tradeoffs. ``None`` when there is none.
    """
    if len(out) < 3:  # (two models: a split is one model's advantage, said per model)
        return None
    found: list[tuple[int, list[int]]] = []
    for k, row in enumerate(x.c.capabilities):
        support = [row.support[i] for i in out]
        if row.capability not in CAPABILITY_WORKLOADS or Support.UNKNOWN in support or any(
                support[p] is Support.NO and x.listed[i] for p, i in enumerate(out)):
            continue  # (a listing's silence is no word of the model's: unknown, L11's leftover)
        have = [i for i in out if row.support[i] is Support.YES]
        if 0 < len(have) < len(out):
            found.append((k, have))
    if not found:
        return None
    rows = x.c.capabilities
    groups: dict[tuple[int, ...], list[str]] = {}  # the models apart -> their capabilities
    for k, have in found:
        groups.setdefault(tuple(have), []).append(CAPABILITY_WORKLOADS[rows[k].capability])
    text = "; ".join(f"{fmt.join_words([x.names[i] for i in have])} for {fmt.join_words(what)}"
                     for have, what in groups.items()) + "."

    def basis() -> Basis:
        return Basis(
            tuple(Evidence(paths.capability(k, i), rows[k].support[i])
                  for k, _ in found for i in out),
            tuple(Check(op=CheckOp.IN, paths=(paths.capability(k, i),),
                        values=("yes",) if i in have else ("no",))
                  for k, have in found for i in out))

    return Claim(key="glance", text=fmt.capitalize(text), basis=basis)


_SHARED = re.compile(r" \((?:shared with|which) ")
"""How the verdict's phrase for a capability several models document goes on (``fit``)."""
_CLOSE_BILLS = ("one of the lowest bills", "the lowest bill")
"""How the verdict's phrase for a bill close to the lowest begins (``fit._cost_advantage``)."""


def _unfigured(bases: Sequence[Callable[[], Basis]]) -> Basis:
    """The evidence of ``bases`` quoted without its figures (the line at a glance shows none)."""
    evidence, checks = joined(bases)
    return Basis(tuple([Evidence(e.path, e.value, None, e.kind, e.source) for e in evidence]),
                 checks)



def _built(key: str, text: str, basis: Basis) -> Claim:
    """A claim whose basis is built already, with the claim.

    A basis function that reads the comparison or its context would keep the page alive
    through its claims (docs/architecture.md): where the facts are read in the comparison
    itself, the basis is built with the claim instead.
    """
    return Claim(key=key, text=text, evidence=basis.evidence, checks=basis.checks)
