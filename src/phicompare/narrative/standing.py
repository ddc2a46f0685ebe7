"""Which models the page's own terms rule out, and why: no pick, and no rival for an advantage.

A model is ruled out when it was released after the comparison's date (``as_of``), or when it
has routes and every one of them is retired by that date or unfit for the page's terms
(``RouteRow.unfit``: the requests exceed the route's context window or it is not sourced, a
required capability is not documented, the provider or the context asked filter it out): a model
none of whose routes is in service cannot be run anywhere in the catalog (review 10, I2), and
one whose routes are all deprecated on that date has none the page counts (review 11, K2),
unless its weights are published: then it would run from them, as a model with no route at
all would, and is left in alike (review 20, P5). The verdict and the line at a glance never
pick a model ruled out, and the advantages of the others are judged among the models left in
(:func:`.rivals.contenders`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.analysis.workload import Unfit, input_overrun
from phicompare.domain.capabilities import Capability, Support

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Evidence, EvidenceKind
from .over_input import over_input, over_input_basis
from .ruled import Out, own_standing, placed, standings
from .unsupported import (
    capability_word as _capability,
    routeless_basis,
    unsupported,
    unsupported_basis,
    unsupported_words,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from phicompare.analysis.comparison import Comparison
    from phicompare.analysis.facts import RouteRow


__all__ = ["Out", "dated", "fit_route", "fit_route_basis", "lacking", "left_in_words",
           "out_basis", "out_phrase", "own_standing", "placed", "standings", "unfit_phrase"]


def fit_route(c: Comparison, i: int) -> int | None:
    """A route row of model ``i`` in service and not deprecated that the terms leave in, if any."""
    rows, ks = c.route_groups[i]  # (model i's rows alone)
    return next((k for k, row in zip(ks, rows, strict=True) if row.unfit is None
                 and not row.route.retired(c.as_of) and not row.deprecated), None)


def left_in_words(outs: Sequence[Out]) -> str:
    """What the one model left in has that the others, ruled out by ``outs``, lack.

    " with a route that meets this page's terms" where some other is out for its routes'
    terms; " with a route in service" where some other's are retired (review 10, I2), " with a
    route in service that meets this page's terms" where both; " with a route that meets this
    page's terms and is not deprecated" where some other's are deprecated (" that is not
    deprecated" where no other is out for the terms; review 11, K2).
    """
    terms = any(out.rows or out.undocumented for out in outs)
    serving = any(out.retired for out in outs)
    stale = any(out.deprecated for out in outs)
    return (" with a route" + (" in service" if serving else "")
            + (" that meets this page's terms" if terms or not (serving or stale) else "")
            + ((" and is not deprecated" if terms else " that is not deprecated")
               if stale else ""))


def fit_route_basis(c: Comparison, k: int, outs: Sequence[Out]) -> Basis:
    """What :func:`left_in_words` says of route row ``k``: it meets the terms, and as asked."""
    evidence: list[Evidence] = []
    checks = [Check(op=CheckOp.NONE, paths=(paths.route(k, "unfit"),))]
    if any(out.deprecated for out in outs):  # not deprecated on the day (review 11, K2)
        evidence.append(Evidence(paths.route(k, "deprecated"), False))
        checks.append(Check(op=CheckOp.FALSE, paths=(paths.route(k, "deprecated"),)))
    if any(out.retired for out in outs):  # in service on the day: no retirement, or a later one
        retires = c.routes[k].route.retires
        evidence.append(Evidence(paths.route(k, "route.retires"), retires))
        checks.append(Check(op=CheckOp.NONE, paths=(paths.route(k, "route.retires"),))
                      if retires is None else
                      Check(op=CheckOp.LESS, paths=(paths.AS_OF, paths.route(k, "route.retires"))))
    return Basis(tuple(evidence), tuple(checks))


_CONTEXT = frozenset({Unfit.CONTEXT, Unfit.CONTEXT_UNSOURCED})
_SIZES = _CONTEXT | {Unfit.OUTPUT}
"""The requests' sizes a route may fail: their length (input and output), their responses'."""


def out_phrase(c: Comparison, out: Out, *, figured: bool, whose: str = "its") -> str:
    """Why no route of a model ruled out by its routes takes the page's terms.

    "none of its routes takes requests of 301,000 tokens" (at a glance, without the figure:
    "requests this long"); "is known to take" where some route's window is not sourced;
    "none of its routes documents function calling, which this page requires". ``whose``
    names the model in place of "its" ("GPT-4o's"). The deep dive says the same of the
    model's routes (:func:`unfit_phrase`, one source of the reason for both).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-4", "phi-4-mini", "phi-3-mini-128k",
        ...                        requires={"function_calling"}))
        >>> out_phrase(x.c, x.out[2], figured=True)
        'none of its routes documents function calling, which this page requires'

    A model whose routes that meet the terms are all retired by the comparison's date: "its
    only route (Google) was retired on 2025-09-24"; "each of its two routes was retired by the
    comparison's date (Google on 2025-09-24 and ...)"; beside routes unfit for the terms, "its
    route on Google was retired on 2025-09-24 and none of its other routes takes requests of
    301,000 tokens" (review 10, I2).
    """
    subject = "it" if whose == "its" else whose.removesuffix("'s")
    if lacked := _lacked(c, out):  # the model's own "no", not the unknown's words (review 15, P9)
        return (f"{subject} does not support {unsupported_words(lacked)}, which this page "
                "requires" + (" (and it has no provider route)" if out.undocumented
                              and not _spent(out) else ""))
    named = fmt.join_words([_capability(r) for r in out.undocumented], "or")
    if out.undocumented and _spent(out):  # its weights' requirement, not its routes (P6)
        return fmt.join_words([*_gone_clauses(c, out, figured=figured, whose=whose),
                               (f"{'it' if whose == 'its' else 'the model'} does not "
                                f"document {named}, which this page requires, for its "
                                "published weights")])
    if out.undocumented:  # no route at all (leftP): "it has no provider route and ..."
        return (f"{subject} has no provider route and does not document {named}, which "
                "this page requires")
    gone = _gone_clauses(c, out, figured=figured, whose=whose)
    if not out.rows:
        return fmt.join_words(gone)
    # (every route too small: the size alone, not a capability the model documents)
    required = lacking([c.routes[k] for k in out.rows], c.requires)
    i = c.routes[out.rows[0]].model_index  # (the input limit first, as cost's: review 13, M4)
    if (capped := over_input(c, i, figured=figured, whose=whose)) is not None:
        return fmt.join_words([*gone, capped])
    subject = f"none of {whose} {'other ' if gone else ''}routes"
    phrase = unfit_phrase(_size_kinds(c, out) or out.kinds, required, c.traffic.request_tokens,
                          figured=figured, subject=subject,
                          answer=c.traffic.request_output_tokens)
    return fmt.join_words([*gone, phrase])


def _spent(out: Out) -> bool:
    """Whether ``out``'s model has routes, all retired or deprecated (its weights run it)."""
    return bool(out.retired or out.deprecated) and not out.rows


def _lacked(c: Comparison, out: Out) -> tuple[Capability, ...]:
    """The required capabilities ``out``'s model lacks, where they alone rule it out.

    A model with no route, or one whose routes are all unfit for a capability alone (none
    retired or deprecated, none refused for its input limit): review 15, P9.
    """
    if out.undocumented:
        return unsupported(c, out.model_index, out.undocumented)
    if (not out.rows or out.retired or out.deprecated
            or (_size_kinds(c, out) or out.kinds) != {Unfit.CAPABILITY}):
        return ()
    i = c.routes[out.rows[0]].model_index
    if over_input(c, i, figured=False) is not None:
        return ()
    return unsupported(c, i, lacking([c.routes[k] for k in out.rows], c.requires))


def _retirements(c: Comparison, out: Out) -> list[tuple[str, dt.date]]:
    """The providers of ``out``'s retired routes with their retirement dates, each pair once."""
    return list(dict.fromkeys([(c.routes[k].provider_name, retires) for k in out.retired
                               if (retires := c.routes[k].route.retires) is not None]))


def dated(gone: Sequence[tuple[str, dt.date]]) -> str:
    """Providers with their routes' retirement dates, earliest first, one date's named once.

    "GitHub Models on 2026-07-30; Microsoft Foundry on 2026-10-21; Cloudflare AI Gateway,
    Helicone and Poe on 2026-11-19", where it listed thirteen routes in their table's order,
    each with its date (review 36, #7); "A on 2025-06-06 and B on 2026-10-23" where no date
    has two. The FAQ's "where can I run" names a model's retired providers so too.

    Examples:
        >>> import datetime
        >>> d = datetime.date
        >>> dated([("B", d(2026, 11, 19)), ("A", d(2026, 7, 30)), ("C", d(2026, 11, 19))])
        'A on 2026-07-30; B and C on 2026-11-19'
        >>> dated([("B", d(2026, 11, 19)), ("A", d(2026, 7, 30))])
        'A on 2026-07-30 and B on 2026-11-19'
    """
    days: dict[dt.date, list[str]] = {}
    for name, day in sorted(gone, key=lambda g: g[1]):  # (stable: a day's names keep order)
        days.setdefault(day, []).append(name)
    parts = [f"{fmt.join_words(names)} on {fmt.date(day)}" for day, names in days.items()]
    if len(parts) > 1 and any(len(names) > 1 for names in days.values()):
        return "; ".join(parts)
    return fmt.join_words(parts)


def _gone_clauses(c: Comparison, out: Out, *, figured: bool, whose: str) -> list[str]:
    """Its routes that meet the terms but were retired, then those deprecated: a clause each.

    Alone (no route unfit for the terms): "its only route (Google) was retired on 2025-09-24",
    "its only route (Anthropic) is deprecated"; "each of its two routes ..." where one kind
    covers every route; beside other routes, "its route on Anthropic is deprecated" (review 11,
    K2), "two of its routes were retired by the comparison's date (...)".
    """
    alone = not out.rows and not (out.retired and out.deprecated)
    clauses: list[str] = []

    def one(provider: str) -> str:  # one route of the kind
        return (f"{whose} only route ({provider})" if alone and figured
                else f"{whose} only route" if alone
                else f"{whose} route on {provider}" if figured
                else f"one of {whose} routes")

    def several(count: int, verb_alone: str, verb: str) -> str:  # more routes of the kind
        return (f"each of {whose} {fmt.count_word(count)} routes {verb_alone}" if alone
                else f"{fmt.count_word(count)} of {whose} routes {verb}")

    if out.retired:
        gone = _retirements(c, out)
        named = dated(gone)
        if len(out.retired) == 1:
            clauses.append(one(gone[0][0]) + (f" was retired on {fmt.date(gone[0][1])}"
                                              if figured else " was retired"))
        else:
            clauses.append(several(len(out.retired), "was", "were")
                           + " retired by the comparison's date"
                           + (f" ({named})" if figured else ""))
    if out.deprecated:
        names = list(dict.fromkeys([c.routes[k].provider_name for k in out.deprecated]))
        if len(out.deprecated) == 1:
            clauses.append(one(names[0]) + " is deprecated")
        else:
            clauses.append(several(len(out.deprecated), "is", "are") + " deprecated"
                           + (f" ({fmt.join_words(names)})" if figured else ""))
    return clauses


def lacking(rows: Sequence[RouteRow], requires: tuple[Capability, ...],
            ) -> tuple[Capability, ...]:
    """The required capabilities none of ``rows`` documents, else ``requires`` itself.

    A model out for vision alone is not said to lack function calling too, which its routes
    document: "none of its routes documents vision, which this page requires" (review 9, H15).
    """
    missing = tuple(r for r in requires if all(
        row.model.route_capabilities(row.route).support(r) is not Support.YES for row in rows))
    return missing or requires


def unfit_phrase(kinds: frozenset[Unfit], requires: tuple[Capability, ...], size: int | None,
                 *, figured: bool, subject: str = "none of its routes",
                 answer: int | None = None) -> str:
    """Why routes unfit for ``kinds`` of the page's terms (every one of a model's) are.

    ``size`` is the requests' (``Traffic.request_tokens``), ``answer`` their responses'
    (``Traffic.request_output_tokens``, against an output limit: review 8, G1); ``subject``
    opens the phrase ("none of them", in the deep dive).

    Examples:
        >>> unfit_phrase(frozenset({Unfit.PROVIDER}), (), None, figured=True,
        ...              subject="none of them")
        'none of them is on a provider this page allows'
        >>> unfit_phrase(frozenset({Unfit.CONTEXT}), (), 301_500, figured=True)
        'none of its routes takes requests of 301,500 tokens'
        >>> unfit_phrase(frozenset({Unfit.CONTEXT, Unfit.OUTPUT}), (), 20_500, figured=True,
        ...              answer=20_000)
        'none of its routes takes requests of 20,500 tokens and gives responses of 20,000 tokens'
    """
    requests = (f"requests of {fmt.exact_tokens(size)} tokens" if figured and size is not None
                else "requests this long")
    responses = (f"responses of {fmt.exact_tokens(answer)} tokens"
                 if figured and answer is not None else "responses this long")
    required = [_capability(r) for r in requires]
    if kinds == {Unfit.OUTPUT}:
        return f"{subject} gives {responses}"
    if kinds <= _SIZES:
        if Unfit.OUTPUT not in kinds:
            verb = "takes" if kinds == {Unfit.CONTEXT} else "is known to take"
            return f"{subject} {verb} {requests}"
        verb = "takes" if Unfit.CONTEXT_UNSOURCED not in kinds else "is known to take"
        give = "gives" if verb == "takes" else "give"
        return f"{subject} {verb} {requests} and {give} {responses}"
    if kinds == {Unfit.CAPABILITY}:
        if len(required) == 1:
            return f"{subject} documents {required[0]}, which this page requires"
        return (f"{subject} documents every capability this page requires ("
                f"{fmt.join_words(required)})")
    if kinds == {Unfit.PROVIDER}:
        return f"{subject} is on a provider this page allows"
    if kinds == {Unfit.MIN_CONTEXT}:
        return f"{subject} is known to have the context window this page asks for"
    terms = [*([requests] if kinds & _CONTEXT else []),
             *([responses] if Unfit.OUTPUT in kinds else []),
             *(required if Unfit.CAPABILITY in kinds else []),
             *(["the providers allowed"] if Unfit.PROVIDER in kinds else []),
             *(["the context window asked"] if Unfit.MIN_CONTEXT in kinds else [])]
    return f"{subject} meets every term of this page ({fmt.join_words(terms)})"


def _size_kinds(c: Comparison, out: Out) -> frozenset[Unfit] | None:
    """The size terms every route of ``out`` fails, where some is counted unfit for another.

    A route unfit first for a capability (or a filter) may be too small as well: where every
    route is, the size alone rules the model out, and the verdict names that term only, not a
    capability the model documents ("GPT-4o: no pick, as none of its routes takes requests of
    301,500 tokens", though one of its routes lists no function calling). ``None`` otherwise.
    """
    size = c.traffic.request_tokens
    if size is None or not out.rows or out.kinds <= _CONTEXT:
        return None
    windows = [c.routes[k].context_window for k in out.rows]
    if _over_input(c, out.rows[0]):  # the model's input limit refuses them on every route (L1)
        return frozenset({Unfit.CONTEXT})
    if any(w is not None and w >= size for w in windows):
        return None
    return frozenset([Unfit.CONTEXT if w is not None else Unfit.CONTEXT_UNSOURCED
                      for w in windows])


def _over_input(c: Comparison, k: int) -> bool:
    """Whether the requests' input passes the input limit of route ``k``'s model (review 12, L1)."""
    return input_overrun(c.routes[k].model, c.traffic) is not None


def out_basis(c: Comparison, out: Out, *, figured: bool) -> Basis:
    """What :func:`out_phrase` rests on.

    Each route's unfitness, the requests' size, the capabilities required.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-4", "phi-4-mini", "phi-3-mini-128k",
        ...                        requires={"function_calling"}))
        >>> [e.path for e in out_basis(x.c, x.out[2], figured=True).evidence][-1]
        'requires[0]'
    """
    evidence: list[Evidence] = []
    checks: list[Check] = []
    lacked = _lacked(c, out)  # a capability the model lacks (review 15, P9)
    if out.undocumented and not _spent(out):  # no route, and its own support not "yes" (leftP)
        return routeless_basis(c, out.model_index, out.undocumented, lacked)
    if lacked:  # (of a model whose routes are spent too: its weights', review 22, P6)
        return unsupported_basis(c, out.model_index, lacked)
    if out.undocumented:  # its own flag, for its published weights (review 22, P6)
        weights = paths.model(out.model_index, "open_weights")
        evidence.append(Evidence(weights, True))
        checks.append(Check(op=CheckOp.TRUE, paths=(weights,)))
        for r in out.undocumented:
            k = next(k for k, row in enumerate(c.capabilities) if row.capability is r)
            flag = paths.capability_source(k, "documented", out.model_index)
            evidence += [Evidence(paths.requirement(c.requires.index(r)), r),
                         Evidence(flag, c.capabilities[k].documented[out.model_index])]
            checks.append(Check(op=CheckOp.IN, paths=(flag,), values=("none", "false")))
    for k in out.retired:
        retires = c.routes[k].route.retires
        name = c.routes[k].provider_name
        evidence += [Evidence(paths.route(k, "provider_name"), name, name if figured else None),
                     Evidence(paths.route(k, "route.retires"), retires,
                              fmt.date(retires) if figured and retires is not None else None,
                              EvidenceKind.DATE)]
        # retired by the day: on it, or before it
        checks.append(Check(op=CheckOp.EQUAL if retires == c.as_of else CheckOp.GREATER,
                            paths=(paths.AS_OF, paths.route(k, "route.retires"))))
    if out.retired:
        evidence.append(Evidence(paths.AS_OF, c.as_of))
    for k in out.deprecated:  # in service but deprecated on the day (review 11, K2)
        name = c.routes[k].provider_name
        evidence += [Evidence(paths.route(k, "provider_name"), name, name if figured else None),
                     Evidence(paths.route(k, "deprecated"), True)]
        checks += [Check(op=CheckOp.TRUE, paths=(paths.route(k, "deprecated"),)),
                   Check(op=CheckOp.NONE, paths=(paths.route(k, "unfit"),))]
    if out.rows and over_input(c, i := c.routes[out.rows[0]].model_index, figured=False):
        more, tested = over_input_basis(c, i, figured=figured)  # (review 13, M4)
        return Basis((*evidence, *more), (*checks, *tested))
    sized = _size_kinds(c, out)
    for k in out.rows:
        unfit = c.routes[k].unfit
        evidence.append(Evidence(paths.route(k, "unfit"), unfit))
        checks.append(Check(op=CheckOp.IN, paths=(paths.route(k, "unfit"),),
                            values=tuple(sorted(u.value for u in out.kinds))))
        if sized and unfit not in _CONTEXT and _over_input(c, k):  # over the model's input cap
            i = c.routes[k].model_index
            cap, asked = paths.model(i, "max_input_tokens"), paths.traffic("request_input_tokens")
            evidence.append(Evidence(cap, c.models[i].max_input_tokens))
            checks.append(Check(op=CheckOp.LESS, paths=(cap, asked)))
        elif sized and unfit not in _CONTEXT:  # unfit for another term, and too small as well
            window = paths.route(k, "context_window")
            evidence.append(Evidence(window, c.routes[k].context_window))
            checks.append(Check(op=CheckOp.NONE, paths=(window,))
                          if c.routes[k].context_window is None else
                          Check(op=CheckOp.LESS, paths=(window, paths.traffic("request_tokens"))))
    size = c.traffic.request_tokens
    if (sized or out.kinds) & _CONTEXT and size is not None:
        evidence.append(Evidence(paths.traffic("request_tokens"), size,
                                 fmt.exact_tokens(size) if figured else None,
                                 EvidenceKind.TOKENS_EXACT))
    answer = c.traffic.request_output_tokens
    if Unfit.OUTPUT in (sized or out.kinds) and answer is not None:
        evidence.append(Evidence(paths.traffic("request_output_tokens"), answer,
                                 fmt.exact_tokens(answer) if figured else None,
                                 EvidenceKind.TOKENS_EXACT))
    if Unfit.CAPABILITY in (sized or out.kinds):
        evidence += [Evidence(paths.requirement(k), r) for k, r in enumerate(c.requires)]
    return Basis(tuple(evidence), tuple(checks))
