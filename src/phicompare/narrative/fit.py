"""What each model is a fit for, and what favours it: the scorecard's and the verdict's reasons.

:func:`decision_fit` names the workloads the data supports for a model (a capability it
documents, a benchmark category it leads outside noise, the longest context);
:func:`advantages` names the differences known on every side that favour it (a lower bill,
a longer context, a capability the others document they lack, benchmark leads, open weights
where the others are closed, or shared with some where the rest are: :mod:`.shared_weights`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import partial

from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.pricing import RouteStatus

from . import format as fmt, longer, paths
from .bills import resold
from .capability_splits import (
    CAPABILITY_WORKLOADS,
    image_once as _image_once,
    shared_capability_advantage as _shared_capability_advantage,
    split_rows,
)
from .claims import Basis, Check, CheckOp, Evidence, EvidenceKind, canonical
from .context import Context
from .favours import NONE as _NONE, Favours, nothing as _nothing
from .fit_unknown import noted_once, unknown_for
from .friction_listed import known_lack
from .inputs import input_basis
from .leads import (
    CATEGORY_WORKLOADS,
    MEASURES,
    areas_among,
    benchmark_reasons,
    claimed_areas,
    measured,
)
from .longer import context_advantage, input_caps, outreaches, prompt_advantage, shared_context
from .longer_output import off_bill_once, output_advantage, output_fit
from .output_claims import its_bill, output_claim_basis, output_claim_words
from .price_caveats import (
    LATER,
    UNCONFIRMED,
    later_bills,
    later_checks,
    old_price,
    others_note,
    stale_bill,
)
from .retiring import retiring_basis, retiring_bill, retiring_words
from .rivals import contenders
from .shared_weights import shared_weights
from .unbilled import only_bill

__all__ = ["CAPABILITY_WORKLOADS", "CATEGORY_WORKLOADS", "LONG_CONTEXT", "MEASURES",
           "Favours",
           "advantages", "claimed_areas", "decision_fit", "joined", "measured", "unconfirmed"]

LONG_CONTEXT = 32_768
"""The context window, in tokens, from which the largest one counts as a fit."""


def decision_fit(x: Context, i: int) -> Favours:
    """Workloads the data supports for model ``i``.

    Documented capabilities, benchmark categories it leads outside noise, and long context when
    its window is the longer context by the verdict's rule (:func:`~.longer.outreaches`),
    weighed as the verdict weighs them: against the other models the page's terms leave in
    (:func:`~.standing.contenders`; a model ruled out against every other). A capability every
    such rival documents too is no fit of this model's (a page that requires vision lists it
    for none); a benchmark area or long context that holds over them but not over every model
    shown names them ("long context over Kimi K2.6", Gemini 1.5 Pro's longer window ruled out;
    "a lead over Phi-1 on each of instruction following (OLL IFEval), ..."), as the verdict's
    pick does, so the row
    never gives a ruled-out model the lead the verdict gives another without saying whom over.
    Where the terms leave no other model in, every other model is weighed (the row compares
    models: Gemini 2.5 Pro is no fit for vision beside Claude Opus 4.1, which documents it too,
    though the requests' size rules Claude Opus 4.1 out).
    """
    rows = x.c.capabilities
    rivals = contenders(x, i) or x.others(i)
    # documented by the model itself, not a route's flag; and not by every rival alike
    own = [k for k in x.capabilities.documents[i]
           if not (rivals and all(rows[k].support[o] is Support.YES for o in rivals))]
    own = _image_once(x, (i, *rivals), own) if own else own  # vision says it (leftP; N9)
    notes, unknown = unknown_for(x, own, rivals)  # as the verdict weighs them (review 20, P3)
    fits = noted_once([CAPABILITY_WORKLOADS[rows[k].capability] for k in own], notes)  # (fixAF)
    areas = areas_among(x, i, rivals, listed=False)
    fits += [area for area, _ in areas]
    mine = x.windows.sizes[i]
    # the verdict's rule (review 7, F9): longer by more than 2.5% than every rival's window and
    # than the routes their records understate; named where the rivals are not every model shown
    others = rivals
    reaches = outreaches(x, i, others) if mine is not None and mine >= LONG_CONTEXT else None
    # at an input limit below a window, prompts are weighed, as the verdict weighs them (fixM's)
    caps = input_caps(x, (i, *others)) if mine is not None and mine >= LONG_CONTEXT else {}
    prompts = prompt_advantage(x, i, others, caps) if caps and (
        i in caps or reaches is None) else None
    weighed = prompts is not None and (prompts is not _NONE or i in caps)
    reaches = None if weighed else reaches
    if reaches is not None or (weighed and prompts is not _NONE):
        every = len(others) == x.n - 1 or reaches is None or outreaches(
            x, i, x.others(i)) is not None
        fits.append("long context" if every else
                    f"long context over {fmt.join_words([x.names[o] for o in others])}")
    # shared with some rivals, longer than the rest's: over those, as the verdict says (H11)
    shared = shared_context(x, i, caps) if reaches is None and mine is not None and \
        mine >= LONG_CONTEXT and (not weighed or prompts is _NONE) else None  # (capped: leftO)
    if shared is not None:
        others, reaches = tuple(shared[1]), outreaches(x, i, shared[1])
        fits.append(f"long context over {fmt.join_words([x.names[o] for o in others])}")
    off = longer.off_bill(x, i, others, reaches is not None or (weighed and prompts is not _NONE))
    fits[-1:] = [fit + "".join(off.phrases) for fit in fits[-1:]]  # (its bill's route: fixZ)
    outputs = output_fit(x, i)  # the verdict's larger output limit (review 23, P4)
    if outputs is not None:
        fits.append(outputs[0])
        fits[-2:] = off_bill_once(fits[-2:])

    def basis() -> Basis:
        evidence: list[Evidence] = []
        checks: list[Check] = []
        for k in own:
            path = paths.capability(k, i)
            evidence += [Evidence(path, Support.YES),
                         Evidence(paths.capability_source(k, "documented", i), True)]
            checks.append(Check(op=CheckOp.IN, paths=(path,), values=("yes",)))
        evidence, checks = [*evidence, *unknown.evidence], [*checks, *unknown.checks]
        evidence += [Evidence(paths.benchmark(led[0].k, "label"), led[0].row.benchmark.label)
                     for _, led in areas]
        if reaches is not None:
            window = paths.model(i, "context_window")
            evidence.append(Evidence(window, mine))
            checks += [Check(op=CheckOp.GREATER, paths=(window, paths.model(k, "context_window")))
                       for k in others]
            checks += [Check(op=CheckOp.GREATER, paths=(window, paths.route(found.rows[0],
                                                                            "context_window")))
                       for found in reaches.values()]
        if weighed and prompts is not None and prompts is not _NONE:
            found_prompts = prompts.basis()  # (the row shows no figure of it)
            evidence += [Evidence(e.path, e.value, None, e.kind) for e in found_prompts.evidence]
            checks += found_prompts.checks
        routed = off.basis()
        longer_out = outputs[1] if outputs is not None else Basis(())
        return Basis((*evidence, *routed.evidence, *longer_out.evidence),
                     (*checks, *routed.checks, *longer_out.checks))

    return Favours(list(dict.fromkeys(fits)), basis)


def advantages(x: Context, i: int) -> Favours:
    """Differences known on every side that favour model ``i`` (for the verdict)."""
    parts = [found for part in (_cost_advantage, only_bill, context_advantage,
                                output_advantage, _capability_advantage,
                                _shared_capability_advantage, _input_advantage,
                                _benchmark_advantage, _weights_advantage, shared_weights)
             if (found := part(x, i)) is not _NONE]  # (most parts of most pages: nothing)
    if not parts:
        return Favours([], _nothing)  # (its own list: a caller's, never the shared _NONE's)
    if len(parts) == 1:
        return Favours(list(dict.fromkeys(parts[0].phrases)), parts[0].basis)
    return Favours(list(dict.fromkeys([r for part in parts for r in part.phrases])),
                   lambda: joined([part.basis for part in parts]))


def joined(bases: Sequence[Callable[[], Basis]]) -> Basis:
    """The evidence and checks of several bases, in order."""
    built = [basis() for basis in bases]
    return Basis(tuple([e for b in built for e in b.evidence]),
                 tuple([c for b in built for c in b.checks]))


def _cost_advantage(x: Context, i: int) -> Favours:
    """The lower bill, when it is lower by a material amount (see ``CostFacts.close_indexes``)."""
    cost = x.c.cost
    free = cost.free_indexes  # a bill on a free tier is no price: no pick, and no rival
    close = cost.priced_close_indexes if free else cost.close_indexes
    known = [e.model_index for e in cost.estimates if e.monthly is not None and
             e.model_index not in free]
    # not among the lowest: lower than some rival's by a gap that counts (review 10, I10)
    under = [k for k in (cost.undercuts[i] if i < len(cost.undercuts) else ())
             if k in known] if i not in close and i in known else []
    if (i not in close and not under) or len(close) == len(known):
        return _NONE
    monthly = cost.estimates[i].monthly or Decimal(0)
    dearer = under or [k for k in known if k not in close]
    every = len(known) == len(cost.estimates) and not under
    # The share is worded only where the phrase prints it: a bill within it of the lowest.
    shown = (fmt.percent(cost.materiality)
             if every and len(close) > 1 and cost.close_by_share else None)
    # several close bills: the advantage is theirs together, and the phrase says so
    fellows = [k for k in close if k != i and every]
    tied = bool(fellows) and all(cost.estimates[k].monthly == monthly for k in fellows)
    if not every:  # some model has no estimate: lower than those that have one
        phrase = f"a lower bill than {fmt.join_words([x.names[k] for k in dearer])}"
    elif len(close) == 1:  # two bills compare, three or more rank (review 12, L15)
        phrase = f"the {'lower' if len(known) == 2 else 'lowest'} bill at this traffic"
    elif tied:
        phrase = "the lowest bill"
        shown = None
    else:  # close, not all equal: the bills said, and that they lie within the share
        phrase = "one of the lowest bills, about the same as " + fmt.join_words(
            [f"{x.names[k]}'s" for k in fellows])
    # no bill's price known on the page's date: a pick at the later prices (review 25, P8);
    # some bills' alone: those named (review 29, F2), of the bills the phrase compares alone
    # ("a lower bill than GPT-4o" names no third model's bill: review 35, #5)
    compared = known if every else [i, *dearer]
    if (later := later_bills(x, compared)) is not None and later.every:
        head, about, rivals = phrase.partition(", about the same as")
        phrase = f"{head.removesuffix(' at this traffic')} {LATER}{about}{rivals}"
    within = "a cent" if shown is None else shown
    bills = {k: cost.estimates[k].monthly or Decimal(0) for k in fellows}
    beside = [] if tied else fellows  # the bills said beside its own
    said = fmt.join_words([fmt.money(monthly), *[fmt.money(bills[k]) for k in beside]])
    detail = (f", shared with {fmt.join_words([x.names[k] for k in fellows])}" if tied else
              "" if not beside else f", within {within} of each other" if len(beside) == 1
              else f", each within {within} of the lowest")
    # a bill on a route the page calls unverified rests on a listing that may be gone
    route = cost.estimates[i].route
    unverified = route is not None and route.status is RouteStatus.UNVERIFIED
    caveat = f", {UNCONFIRMED}" if unverified else ""
    # a bill that needs the route's output limit above the model's own says so (review 9, H8)
    claimed = output_claim_words(x, i)
    caveat += f", on {claimed}" if claimed is not None else ""
    # a price checked after the comparison's date is no price on it: said (review 6, D21),
    # unless the data dates it from that date or before (review 29, F2)
    day = x.c.as_of
    checked = None if route is None or route.priced_on(day) else route.checked
    if checked is not None:
        caveat += (f", as checked on {fmt.date(checked)}" if later and later.every else
                   f", at prices checked on {fmt.date(checked)}, after the comparison's date")
    # a bill on a price checked long ago is said so: the pick rests on it (review 7, F18, F33)
    old = stale_bill(x, i)
    if old is not None and route is not None:
        caveat += f", {old_price(route.checked, day)}"
    # a bill on a route that retires within the page's notice (review 10, I7)
    soon = retiring_bill(x, i)
    caveat += f", {retiring_words(soon)}" if soon is not None else ""
    # the bills compared not priced on the date, less its own: said beside it already (stop 53)
    note = others_note(x, later, (i,)) if later else ""
    caveat += f"; {note}" if note else ""
    # a bill compared that is a reseller's listing of a closed-weight model (review 6, D32)
    sold, resale = resold(x, known, (i, *fellows))  # its own bill's listing alone (L14)
    # said right after the model's name, no rival's between ("A for the lower bill at this
    # traffic (...; its bill is on ...)"; fixAZ)
    caveat += f"; {its_bill(sold, x.names[i]) if every and not fellows else sold}" if sold else ""
    text = f"{phrase} ({said} a month{detail}{caveat})"  # "($3,500.00 and $3,600.00 a month, ...)"
    claim_evidence, claim_checks = ([], ()) if claimed is None else output_claim_basis(x, i)
    dated = Basis(later.evidence if note else (), later.checks) if later else Basis((), ())
    retiring = partial(retiring_basis, x.c.as_of, soon)  # (made here: a basis captures no context)
    return Favours([text], lambda: joined([resale, retiring, lambda: Basis(
        tuple(claim_evidence), claim_checks), lambda: dated, lambda: Basis(
        (Evidence(paths.estimate(i, "monthly"), cost.estimates[i].monthly, fmt.money(monthly),
                  EvidenceKind.MONEY),
         *(Evidence(paths.estimate(k, "monthly"), bills[k], fmt.money(bills[k]),
                    EvidenceKind.MONEY) for k in beside),
         Evidence(paths.MATERIALITY, cost.materiality, shown, EvidenceKind.PERCENT),
         *([Evidence(paths.estimate(i, "route.checked"), checked, fmt.date(checked),
                     EvidenceKind.DATE)] if checked is not None else []),
         *([Evidence(paths.estimate(i, "route.checked"), route.checked,
                     fmt.date(route.checked), EvidenceKind.DATE),
            Evidence(paths.AS_OF, day, fmt.date(day), EvidenceKind.DATE)]
           if old is not None and route is not None else [])),
        (Check(op=CheckOp.IN, paths=(paths.PRICED_CLOSE if free else paths.CLOSE,),
               values=(canonical(close),)),
         *([Check(op=CheckOp.IN, paths=(paths.undercuts(i),),
                  values=(canonical(cost.undercuts[i]),))] if under else []),
         *([Check(op=CheckOp.IN, paths=(paths.estimate(i, "route.status"),),
                  values=(RouteStatus.UNVERIFIED.value,))] if unverified else []),
         *(later_checks(paths.estimate(i, "route.checked"),
                        paths.estimate(i, "route.effective_from"), route)
           if checked is not None and route is not None else ()),
         *([Check(op=CheckOp.TRUE, paths=(paths.route(old, "stale"),))]
           if old is not None else []),
         *([Check(op=CheckOp.IN, paths=(paths.FREE,), values=(canonical(free),))]
           if free else []),
         *(Check(op=CheckOp.EQUAL, paths=(paths.estimate(i, "monthly"),
                                          paths.estimate(k, "monthly")))
           for k in (fellows if tied else ())),
         *(Check(op=CheckOp.LESS, paths=(paths.estimate(i, "monthly"),
                                         paths.estimate(k, "monthly"))) for k in dearer)))]))


def _capability_advantage(x: Context, i: int) -> Favours:
    if not x.capabilities.splits:  # every model's support alike (no rival lacks what it has)
        return _NONE
    rows = x.c.capabilities
    # Documented by the model itself: offered by some routes only is a route's flag, not a feature.
    others = contenders(x, i)
    # every other documented without it: a listing's silence is no such word (known_lack)
    own = [k for k in x.capabilities.documents[i]
           if others and all(known_lack(x, k, o) for o in others)]
    if own:
        own = _image_once(x, (i, *others), own)
    if x.sole_inputs[i]:  # audio input said: multimodal input would say it again
        own = [k for k in own if rows[k].capability is not Capability.MULTIMODAL
               or not _inputs_said(x, i, others, own)]
    if not own:
        return _NONE
    # weighed among the models left in: where a ruled-out model does not lack it, name whom
    # the advantage is over ("vision over Phi-4"), as benchmark areas do (review 8 leftovers)
    out = [o for o in x.others(i) if o not in others]
    apart = [k for k in own if not all(known_lack(x, k, o) for o in out)]
    phrases = [CAPABILITY_WORKLOADS[rows[k].capability] for k in own if k not in apart]
    if apart:
        said = fmt.join_words([CAPABILITY_WORKLOADS[rows[k].capability] for k in apart])
        phrases.append(f"{said} over {fmt.join_words([x.names[o] for o in others])}")

    def basis() -> Basis:
        evidence: list[Evidence] = []
        checks: list[Check] = []
        for k in own:
            evidence += [Evidence(paths.capability(k, i), Support.YES),
                         Evidence(paths.capability_source(k, "documented", i), True)]
            checks.append(Check(op=CheckOp.IN, paths=(paths.capability(k, i),), values=("yes",)))
            checks += [Check(op=CheckOp.IN, paths=(paths.capability(k, o),), values=("no",))
                       for o in others]
        return Basis(tuple(evidence), tuple(checks))

    return Favours(phrases, basis)


def _input_advantage(x: Context, i: int) -> Favours:
    """An input only model ``i`` accepts, every model's inputs known: "audio input" (D10)."""
    others = contenders(x, i)
    shown = x.sole_inputs[i]  # (own_inputs over the contenders, once a page)
    if not shown:
        return _NONE
    # one phrase each: "the lower bill (...), audio input and video input", never "and ... and"
    return Favours([f"{m} input" for m in shown],
                   lambda: input_basis(x, i, others, shown))


def _inputs_said(x: Context, i: int, others: tuple[int, ...], own: list[int]) -> bool:
    """Whether every input model ``i`` alone accepts is said: image by vision, others by name."""
    rows = x.c.capabilities
    theirs = {m for o in others for m in x.c.models[o].input_modalities}
    vision = any(rows[k].capability is Capability.VISION for k in own)
    said = x.sole_inputs[i]  # (``others`` are its contenders)
    return all((m == "image" and vision) or m in said
               for m in x.c.models[i].input_modalities if m not in theirs)


def _weights_advantage(x: Context, i: int) -> Favours:
    """Open weights, when every other model is documented closed: it can be run and tuned."""
    models = x.c.models
    others = contenders(x, i)
    if not others or models[i].open_weights is not True or any(models[k].open_weights is not False
                                                 for k in others):
        return _NONE
    rest = [o for o in x.others(i) if o not in others]  # ruled out: name whom, if one is open
    phrase = ("open weights" if all(models[k].open_weights is False for k in rest) else
              f"open weights over {fmt.join_words([x.names[k] for k in others])}")
    return Favours([phrase], lambda: Basis(
        tuple(Evidence(paths.model(k, "open_weights"), models[k].open_weights)
              for k in (i, *others)),
        (Check(op=CheckOp.TRUE, paths=(paths.model(i, "open_weights"),)),
         *(Check(op=CheckOp.FALSE, paths=(paths.model(k, "open_weights"),)) for k in others))))


def unconfirmed(x: Context, i: int) -> list[int]:
    """The capability rows model ``i`` alone documents, some other model's left undocumented.

    The other models are those left in by the page's terms (:func:`~.standing.contenders`).
    A listing-only model's "no" leaves it undocumented too (:func:`~.friction_listed.known_lack`).

    Differences, but not known on both sides: never an advantage (the verdict says why).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("o4-mini", "qwen3-vl-plus"))
        >>> [x.c.capabilities[k].capability.value for k in unconfirmed(x, 0)]
        ['structured_outputs']
    """
    rows = x.c.capabilities
    others = contenders(x, i)
    found = [k for k in x.capabilities.documents[i]
             if all(rows[k].support[o] is not Support.YES for o in others)
             and not all(known_lack(x, k, o) for o in others)]
    if not found:  # (most models: none, and the splits need not be worked out)
        return found
    over = {s.row for s in split_rows(x, i)}  # over those known to lack it (review 32, #1)
    return [k for k in found if k not in over]




def _benchmark_advantage(x: Context, i: int) -> Favours:
    found = benchmark_reasons(x, i)
    return _NONE if found is None else Favours(*found)
