"""Switch friction where a model's inputs and capabilities are its route listings' alone.

Where every source of a model is a listing of one of its routes, none its maker's
(:func:`~.inputs.listed_inputs`), its input modalities and capability flags are those
listings' offer, not the model's word (DESIGN.md: a route flag is not a model feature). A
friction sentence then names the listing: "B takes no audio input, which A's route listing
on Novita AI includes", never "which A accepts". The capabilities its listings flag are its
routes' offer (:func:`phicompare.analysis.listed.as_listings`): "Novita AI offers vision for A",
as a route's function calling reads, never "A documents vision" (review 10, I4).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from phicompare.analysis.facts import FrictionItem, FrictionKind
from phicompare.domain.capabilities import Support

from . import format as fmt
from .claims import Basis, Check, CheckOp, Claim, Evidence
from .inputs import listing_basis
from .paths import FactPath
from .unsupported import capability_word

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from phicompare.analysis.facts import CapabilityRow, RouteRow
    from phicompare.domain.capabilities import Capability
    from phicompare.domain.records import Model

    from .context import Context

__all__ = ["inputs_lost_text", "item_basis", "known_lack", "lack_clause", "lack_relative",
           "lacks_text", "listed_basis_of", "listed_later", "merged", "no_loss_note"]

_OWNED = frozenset((FrictionKind.CAPABILITY_LOST, FrictionKind.CAPABILITY_UNCERTAIN,
                    FrictionKind.CAPABILITY_GAINED, FrictionKind.MODALITY_LOST))
"""Kinds whose sentences state a model's inputs or capabilities (a listing's, where they are)."""


def known_lack(x: Context, k: int, i: int) -> bool:
    """Whether model ``i`` is documented without capability row ``k``: a "no" the verdict weighs.

    A listing-only model's "no" is its listings' silence, no fact about the model: unknown for
    picking, as a capability its record leaves out is (a capability known on one side only is
    no pick reason; review 12, L11's leftover: "Pick GPT-4o mini for ... vision" beside Kimi
    K2 Instruct, whose route listings do not list vision).
    """
    return x.c.capabilities[k].support[i] is Support.NO and not x.listed[i]


def _one(x: Context, i: int) -> bool:
    return len(x.listed[i]) == 1


def inputs_lost_text(x: Context, s: int, t: int, modalities: Iterable[str]) -> str:
    """The inputs a move from ``s`` to ``t`` loses, each side said as whose it is.

    "B takes no video input, which A accepts"; "..., which A's route listing on P includes";
    "B's route listing on Q does not include video input, which A accepts".
    """
    what = f"{fmt.join_words(list(modalities), 'or')} input"
    head = (f"{_listings(x, t)} {'does' if _one(x, t) else 'do'} not include {what}"
            if x.listed[t] else f"{x.names[t]} takes no {what}")
    tail = (f"{_listings(x, s)} {'includes' if _one(x, s) else 'include'}" if x.listed[s]
            else f"{x.names[s]} accepts")
    return f"{head}, which {tail}."


def lacks_text(x: Context, t: int, label: str, k: int | None = None) -> str:
    """That model ``t`` lacks a capability: "B does not support vision", or its listing's.

    ``k``: the capability's row, where a listing that flags it is named (:func:`lack_relative`).
    """
    if x.listed[t]:
        return _silent(x, t, () if k is None else (k,), f" {label}")
    return f"{x.names[t]} does not support {label}"


def lack_clause(x: Context, ks: Iterable[int], what: str = "it",
                rows: Sequence[int] = ()) -> str:
    """That models ``ks`` lack a capability, each said as whose the "no" is.

    "B does not support it"; a listing-only model's "no" is its listings' silence, no word of
    the model's: "C's route listings on 13 providers do not list it" (review 12, L11: "GPT-4o
    mini documents vision; Kimi K2 Instruct does not support it" beside friction's "Kimi K2
    Instruct's route listings on 13 providers do not list vision").
    """
    return lack_relative(x, ks, f" {what}", rows)


def lack_relative(x: Context, ks: Iterable[int], end: str = "",
                  rows: Sequence[int] = ()) -> str:
    """:func:`lack_clause` with no object, as after "which".

    "B does not support", "C's route listings on P do not list"; ``end`` follows each verb
    (" it" for :func:`lack_clause`). ``rows``: the capabilities' rows, where a listing of a
    listing-only model flags one though its record, taken from another listing, leaves it out:
    each listing is said as it reads, "Gemma 4 31B's route listing on NanoGPT does not list it
    (its listing on Poe flags it)", never that both do not (helper fixAF; check it with
    :func:`listed_basis_of` over the same rows).
    """
    ks = list(ks)
    own = [k for k in ks if not x.listed[k]]
    names = fmt.join_words([x.names[k] for k in own])
    parts = [f"{names} {'does' if len(own) == 1 else 'do'} not support{end}"] if own else []
    parts += [_silent(x, k, rows, end) for k in ks if x.listed[k]]
    return fmt.join_words(parts)


def _flagged(x: Context, i: int, k: int) -> list[int]:
    """The route rows of model ``i``'s listings whose own flags give capability row ``k``."""
    return _flagged_in(x.c.routes, x.listed[i], x.c.capabilities[k].capability)


def _flagged_in(routes: Sequence[RouteRow], listed: Sequence[int],
                value: Capability) -> list[int]:
    """:func:`_flagged` from the facts: the route rows, a model's listing rows, a capability."""
    return [r for r in listed if (flags := routes[r].route.capabilities) is not None
            and flags.flag(value) is True]


def _silent(x: Context, i: int, rows: Sequence[int], end: str) -> str:
    """That listing-only model ``i``'s listings do not list capability rows ``rows``.

    Each listing as it reads: those that flag one are named apart, with what they flag, in
    brackets ("... does not list it (its listing on Poe flags it)") or, after "which", in a
    "though" ("which ... does not list, though its listing on Poe flags vision").
    """
    routes = x.c.routes
    flagged = [(k, found) for k in rows if (found := _flagged(x, i, k))]
    if not flagged:
        return f"{_listings(x, i)} {'does' if _one(x, i) else 'do'} not list{end}"
    loud = {r for _, found in flagged for r in found}
    quiet = list(dict.fromkeys(routes[r].provider_name for r in x.listed[i] if r not in loud))
    notes = []
    for k, found in flagged:
        names = list(dict.fromkeys(routes[r].provider_name for r in found))
        what = "it" if len(rows) == 1 else capability_word(x.c.capabilities[k].capability)
        notes.append(f"its listing{'s' if len(names) > 1 else ''} on {fmt.join_words(names)} "
                     f"flag{'' if len(names) > 1 else 's'} {what}")
    on = (fmt.join_words(quiet) if len(quiet) <= _NAMED  # (more counted, as _providers does)
          else f"{fmt.count_word(len(quiet))} providers")
    head = (f"{x.names[i]}'s route listing{'s' if len(quiet) > 1 else ''} on {on} "
            f"{'do' if len(quiet) > 1 else 'does'} not list{end}"
            if quiet else f"{x.names[i]}'s record does not list{end}")
    # after "which" (no object), often in brackets already: "..., though its listing on P flags it"
    return f"{head} ({'; '.join(notes)})" if end else f"{head}, though {fmt.join_words(notes)}"


def no_loss_note(x: Context, text: str, models: Iterable[int]) -> str:
    """A "loses nothing" sentence, ``text``, with whose a listing-only model's facts are.

    Said within the sentence ("...; B's inputs and capabilities are those of its route listing
    on P: no source of its own states them."), which names the move: a page of three models says it
    of each move to B, never one sentence twice.
    """
    listed = [i for i in models if x.listed[i]]
    if not listed:
        return text
    if len(listed) > 1:
        note = ("the inputs and capabilities of both are their route listings': no source of "
                "either's own states them")
    else:
        i = listed[0]
        whose = "listing" if _one(x, i) else "listings"  # (a name in brackets ends none: fixAH)
        note = (f"{x.names[i]}'s inputs and capabilities are those of its route {whose} on "
                f"{_providers(x, i)}: no source of its own states them")
    return f"{text.removesuffix('.')}; {note}."


_NAMED = 3
"""Listings named one by one, at most; more are counted (the route tables name them)."""


def _providers(x: Context, i: int) -> str:
    """The providers of model ``i``'s listings: "NanoGPT and Kilo", "five providers"."""
    names = list(dict.fromkeys(x.c.routes[k].provider_name for k in x.listed[i]))
    return (fmt.join_words(names) if len(names) <= _NAMED
            else f"{fmt.count_word(len(names))} providers")


def _listings(x: Context, i: int) -> str:
    """"A's route listing on NanoGPT", "A's route listings on five providers".

    Never in brackets: a provider's name may end in its own ("NVIDIA NIM (API catalog)"), and
    "(NVIDIA NIM (API catalog))" closed two at once (helper fixAH).
    """
    return f"{x.names[i]}'s route {'listing' if _one(x, i) else 'listings'} on {_providers(x, i)}"


def listed_basis_of(x: Context, models: Iterable[int], rows: Sequence[int] = ()) -> Basis:
    """That each listing-only model among ``models`` has its routes' listings as sources.

    ``rows``: the capabilities' rows a sentence says its listings do not list
    (:func:`lack_relative`); where a listing flags one, each listing's own flag is checked:
    true where the sentence names it as flagging, else not true.
    """
    evidence: list[Evidence] = []
    checks: list[Check] = []
    caps = [(k, x.c.capabilities[k].capability) for k in rows]
    for i in models:
        if x.listed[i]:
            more = x.listed_bases[i]
            evidence += more.evidence
            checks += more.checks
            flags = _flag_basis(x.c.routes, x.listed[i], caps)
            evidence += flags.evidence
            checks += flags.checks
    return Basis(tuple(evidence), tuple(checks))


def listed_later(x: Context, models: Iterable[int],
                 rows: Sequence[int] = ()) -> Callable[[], Basis] | None:
    """:func:`listed_basis_of`, built when first read; ``None`` where no model is listed.

    The function holds the facts it reads (the models' records, the route and capability
    rows), never the context: a claim's basis may call it.
    """
    listed, models = x.listed, tuple(models)
    if not any(listed[i] for i in models):  # (most moves: no listing-only model)
        return None
    c = x.c
    return partial(_listed_facts, models, listed, c.models, c.routes, c.capabilities,
                   rows)


def _listed_facts(models: Sequence[int], listed: Sequence[Sequence[int]],
                  records: Sequence[Model], routes: Sequence[RouteRow],
                  capabilities: Sequence[CapabilityRow], rows: Sequence[int]) -> Basis:
    """:func:`listed_basis_of` from the facts: each model's listing rows, records and routes."""
    evidence: list[Evidence] = []
    checks: list[Check] = []
    caps = [(k, capabilities[k].capability) for k in rows]
    for i in models:
        if not listed[i]:
            continue
        more = listing_basis(i, records[i].sources, routes, listed[i])
        evidence += more.evidence
        checks += more.checks
        flags = _flag_basis(routes, listed[i], caps)
        evidence += flags.evidence
        checks += flags.checks
    return Basis(tuple(evidence), tuple(checks))


def _flag_basis(routes: Sequence[RouteRow], listed: Sequence[int],
                rows: Sequence[tuple[int, Capability]]) -> Basis:
    """Each listing's flag of each of ``rows`` some listing of a model flags (fixAF).

    ``listed``: the model's listing rows; ``rows``: capability rows, each with its capability.
    """
    evidence: list[Evidence] = []
    checks: list[Check] = []
    for _, capability in rows:
        if not (found := _flagged_in(routes, listed, capability)):
            continue
        value = capability.value
        for r in listed:
            flags = routes[r].route.capabilities
            if flags is None:
                continue
            path = FactPath(f"routes[{r}].route.capabilities.{value}")
            evidence.append(Evidence(path, flags.flag(capability)))
            checks.append(Check(op=CheckOp.TRUE, paths=(path,)) if r in found else
                          Check(op=CheckOp.IN, paths=(path,), values=("false", "none")))
    return Basis(tuple(evidence), tuple(checks))


def item_basis(x: Context, item: FrictionItem) -> Callable[[], Basis] | None:
    """What a friction item's sentence adds of its listing-only models, built when first read.

    ``None`` where it adds nothing (:func:`listed_later`).
    """
    if item.kind not in _OWNED:
        return None
    lost = item.kind is FrictionKind.CAPABILITY_LOST  # (a listing that flags it named: fixAF)
    return listed_later(x, (item.source_index, item.target_index),
                        (x.capabilities.split(item.subject or "").k,) if lost else ())


def merged(claims: Iterable[Claim]) -> Basis:
    """The evidence and checks of ``claims``, each once: one line says them all."""
    said = list(claims)
    return Basis(tuple(dict.fromkeys([e for claim in said for e in claim.evidence])),
                 tuple(dict.fromkeys([c for claim in said for c in claim.checks])))
