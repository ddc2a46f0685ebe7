"""The verdict's line for a model no known difference favours, and why its capabilities are none.

"The data records no advantage that favours it", naming what the page shows for it elsewhere
and why it is no advantage here (docs/narrative.md, "A recommendation rests on a difference
known on both sides"):

- a capability it alone documents, left undocumented for another model (:func:`.fit.unconfirmed`);
- a capability only its routes offer (the model's own record does not state it), which
  every other model is documented not to support, as the tradeoffs say ("no source of its own
  states the vision its route listing on P offers" where the listings are its every source), or
  which some other leaves undocumented (:func:`route_unconfirmed`; review 11, K9);
- a capability it documents that another model's routes offer too (that model's decision fit
  does not list it, its own documentation not stating it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.domain.capabilities import Support

from . import format as fmt, paths
from .bills import free_checks
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .fit import CAPABILITY_WORKLOADS, Favours, unconfirmed
from .friction_listed import lack_relative, listed_basis_of
from .offers import capability_basis, offer_phrase
from .rivals import contenders

if TYPE_CHECKING:
    from .context import Context

__all__ = ["no_advantage", "route_offered", "route_unconfirmed", "routes_share"]


def route_offered(x: Context, i: int) -> list[int]:
    """The capability rows only model ``i``'s routes offer, every other documented without it.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("qwen3-235b-a22b-instruct-2507", "qwen3-coder-next"))
        >>> [x.c.capabilities[k].capability.value for k in route_offered(x, 1)]
        ['reasoning']
    """
    rows = x.c.capabilities
    others = contenders(x, i)
    return [k for k, row in enumerate(rows)
            if row.support[i] is Support.YES and row.route_only[i] and others
            and all(row.support[o] is Support.NO for o in others)]


def route_unconfirmed(x: Context, i: int) -> list[int]:
    """The capability rows only model ``i``'s routes offer, some other's left undocumented.

    As :func:`.fit.unconfirmed`, of a capability the tradeoffs and friction give ``i`` by its
    routes: a difference not known on both sides, never an advantage, but said (review 11, K9).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("mistral-small-3.1", "qwen2.5-vl-72b-instruct"))
        >>> [x.c.capabilities[k].capability.value for k in route_unconfirmed(x, 1)]
        ['structured_outputs']
    """
    rows = x.c.capabilities
    others = contenders(x, i)
    return [k for k, row in enumerate(rows)
            if row.support[i] is Support.YES and row.route_only[i]
            and all(row.support[o] is not Support.YES for o in others)
            and any(row.support[o] is Support.UNKNOWN for o in others)]


def routes_share(x: Context, i: int) -> list[tuple[int, tuple[int, ...]]]:
    """The rows model ``i`` documents that other models' routes offer too: ``(row, models)``.

    Only where none of those models documents it itself (its decision fit lists it then).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("qwen3-next-80b-a3b-thinking", "qwen3-coder-next"))
        >>> [(x.c.capabilities[k].capability.value, o) for k, o in routes_share(x, 0)]
        [('reasoning', (1,)), ('function_calling', (1,))]
    """
    rows = x.c.capabilities
    found: list[tuple[int, tuple[int, ...]]] = []
    for k in x.capabilities.documents[i]:
        row = rows[k]
        yes = tuple([o for o in contenders(x, i) if row.support[o] is Support.YES])
        if yes and all(row.route_only[o] for o in yes):
            found.append((k, yes))
    return found


def no_advantage(x: Context, i: int, favours: Favours) -> Claim:
    """"The data records no advantage that favours X", and why its capabilities are none.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("qwen3-next-80b-a3b-thinking", "qwen3-coder-next"))
        >>> no_advantage(x, 0, Favours([], lambda: Basis(()))).text
        "The data records no advantage that favours Qwen3-Next 80B-A3B (Thinking): Qwen3 Coder \
Next's routes offer the reasoning mode and function calling documented for Qwen3-Next 80B-A3B \
(Thinking)."
    """
    rows = x.c.capabilities
    rivals = contenders(x, i)
    open_rows = unconfirmed(x, i)
    # (most models: no capability its routes alone offer, and neither list need be looked for)
    routed = any(row.support[i] is Support.YES and row.route_only[i] for row in rows)
    offered = route_offered(x, i) if routed else []
    shared = routes_share(x, i)

    def works(ks: list[int]) -> str:
        return fmt.join_words([CAPABILITY_WORKLOADS[rows[k].capability] for k in ks])

    clauses: list[str] = []
    silent: list[int] = []  # listing-only rivals whose listings do not list it (L11's leftover)
    if open_rows:
        unknown = [o for o in rivals
                   if any(rows[k].support[o] is Support.UNKNOWN for k in open_rows)]
        silent = [o for o in rivals if o not in unknown and x.listed[o]
                  and any(rows[k].support[o] is Support.NO for k in open_rows)]
        whys = [(f"{'is' if len(open_rows) == 1 else 'are'} not documented for "
                 f"{fmt.join_words([x.names[o] for o in unknown])}")] if unknown else []
        whys += [lack_relative(x, silent, rows=open_rows)] if silent else []
        clauses.append(f"it documents {works(open_rows)}, which {' and which '.join(whys)}")
    listed = _listings(x, i, offered)
    route_open = route_unconfirmed(x, i) if routed else []  # undocumented for another (K9)
    for k in route_open:
        unknown = [o for o in rivals if rows[k].support[o] is Support.UNKNOWN]
        clauses.append(f"{offer_phrase(x, k, i, 'it')}, which is not documented for "
                       f"{fmt.join_words([x.names[o] for o in unknown])}")
    if offered:
        whose = ("its own record in the data does not state the {} its routes offer"
                 if listed is None else "no source of its own states the {} " + listed)
        clauses.append(f"{whose.format(works(offered))} (which "
                       f"{lack_relative(x, rivals, rows=offered)})")  # (a listing's "no": L11)
    by_models: dict[tuple[int, ...], list[int]] = {}
    for k, models in shared:
        by_models.setdefault(models, []).append(k)
    for models, ks in by_models.items():
        owners = fmt.join_words([x.names[o] for o in models])
        # after another model's name "it" would read as that model: the documenting one named
        whose = f"documented for {x.names[i]}"
        clauses.append(f"{owners}'s routes offer the {works(ks)} {whose}" if len(models) == 1
                       else f"the routes of {owners} offer the {works(ks)} {whose}")
    # a bill on a free tier (include_free) is the lowest for nothing: said, not picked for
    free = x.c.cost.estimates[i] if i in x.c.cost.free_indexes else None
    bill = None if free is None or free.monthly is None else fmt.money(free.monthly)
    if bill is not None:
        # after a clause on another model's routes, "its" would read as theirs: named
        owner = f"{x.names[i]}'s" if clauses else "its"
        clauses.append(f"{owner} {bill} bill is on a free tier, which is not a price")
    head = ("The data records no advantage known on both sides that favours"
            if open_rows or route_open else
            "The data records no advantage that favours")
    text = f"{head} {x.names[i]}" + (f": {'; '.join(clauses)}." if clauses else ".")
    model_id = x.c.models[i].id
    route_open_bases = {k: capability_basis(x, k, i) for k in route_open}  # (never holds x)

    def offered_basis(k: int) -> Basis:
        return route_open_bases[k]()
    free_indexes = x.c.cost.free_indexes  # (read here: a basis never captures the context)
    more = None if listed is None else x.listed_bases[i]
    lacking = listed_basis_of(x, rivals if offered else silent, [*open_rows, *offered])  # (L11)

    def basis() -> Basis:
        evidence = [Evidence(paths.model(i, "id"), model_id)]
        checks = list(favours.basis().checks)
        if free is not None and bill is not None:
            evidence.append(Evidence(paths.estimate(i, "monthly"), free.monthly, bill,
                                     EvidenceKind.MONEY))
            checks += free_checks(i, free_indexes)
        for k in [*open_rows, *route_open, *offered, *(k for k, _ in shared)]:
            evidence.append(Evidence(paths.capability(k, i), Support.YES))
            checks.append(Check(op=CheckOp.IN, paths=(paths.capability(k, i),), values=("yes",)))
        for k in open_rows:
            checks += [Check(op=CheckOp.IN, paths=(paths.capability(k, o),),
                             values=("no", "unknown")) for o in rivals]
        if more is not None:  # its routes' listings are its every source
            evidence += more.evidence
            checks += more.checks
        for k in route_open:
            found = offered_basis(k)
            evidence += found.evidence
            checks += [*found.checks, *(Check(op=CheckOp.IN, paths=(paths.capability(k, o),),
                                              values=("no", "unknown")) for o in rivals)]
        evidence += lacking.evidence
        checks += lacking.checks
        for k in offered:
            checks.append(Check(op=CheckOp.IN, paths=(paths.capability_source(k, "documented", i),),
                                values=("false", "none")))
            checks += [Check(op=CheckOp.IN, paths=(paths.capability(k, o),), values=("no",))
                       for o in rivals]
        for k, models in shared:
            checks.append(Check(op=CheckOp.TRUE,
                                paths=(paths.capability_source(k, "documented", i),)))
            for o in models:
                checks += [Check(op=CheckOp.IN, paths=(paths.capability(k, o),), values=("yes",)),
                           Check(op=CheckOp.IN,
                                 paths=(paths.capability_source(k, "documented", o),),
                                 values=("false", "none"))]
        return Basis(tuple(evidence), tuple(checks))

    return Claim(key=f"pick:{i}", text=text, basis=basis)


def _listings(x: Context, i: int, offered: list[int]) -> str | None:
    """"its route listing on P offers", where model ``i``'s listings are its every source.

    Then what only its routes offer is their listings' word, and no source of its own states
    it (review 10, I4); ``None`` where the model has a source of its own or other routes offer
    it too.
    """
    ks = x.listed[i]
    if not ks:  # (most models: a source of their own)
        return None
    names = tuple(dict.fromkeys(x.c.routes[k].provider_name for k in ks))
    rows = x.c.capabilities
    if any(set(rows[k].offered_by[i]) - set(names) for k in offered):
        return None
    one = len(ks) == 1
    return (f"its route {'listing' if one else 'listings'} on {fmt.join_words(list(names))} "
            f"{'offers' if one else 'offer'}")
