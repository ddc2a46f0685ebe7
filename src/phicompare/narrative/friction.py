"""Switch friction: what changes when traffic moves from one model to another, per direction.

Each friction item of the comparison becomes at most one claim (:func:`friction_claim`): its
sentence, and the item's fields as evidence.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from phicompare.analysis.facts import FrictionItem, FrictionKind
from phicompare.analysis.routes import PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED
from phicompare.domain.records import ModelKind

from . import format as fmt, friction_listed as owned, paths
from .bill_window import billed_move
from .bills import joined_basis, resold
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind, canonical
from .context import Context
from .friction_shrink import shrink_claim
from .input_cut import input_claim
from .offers import capability_phrase, opening
from .reach_cut import reach_cut, window_form
from .unreleased_moves import no_move, no_route, unreleased, unserved
from .untiered import untiered, untiered_clause

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .parts import ModelParts

__all__ = ["friction_claim", "friction_groups", "friction_shared"]

_CAPABILITY_KINDS = frozenset((FrictionKind.CAPABILITY_LOST, FrictionKind.CAPABILITY_UNCERTAIN,
                               FrictionKind.CAPABILITY_GAINED))
_SHRINK_KINDS = frozenset((FrictionKind.CONTEXT_SHRINK, FrictionKind.OUTPUT_SHRINK))

Group = tuple[int, int, tuple[Claim, ...]]
"""A direction's claims: ``(source index, target index, claims)``; for the facts both directions
share, ``(first index, second index, claims)`` with the first the lower."""

_SHARED_KINDS = frozenset((FrictionKind.PRICE_CHANGE, FrictionKind.SHARED_PROVIDERS,
                           FrictionKind.NO_SHARED_PROVIDER, FrictionKind.LICENSE_CHANGE,
                           FrictionKind.KIND_CHANGE))
"""Facts true of both directions alike: stated once per pair of models."""
_LOSSES = frozenset((FrictionKind.CAPABILITY_LOST, FrictionKind.CAPABILITY_UNCERTAIN))
_VALUES = {kind: kind.value for kind in FrictionKind}
"""Each kind's value, as its claims' keys begin (read once: an enum's value is slow)."""


def friction_groups(x: Context, parts: Sequence[ModelParts]) -> tuple[tuple[Group, ...],
                                                                     tuple[Group, ...]]:
    """The section's groups: per pair the facts both directions share, then per direction.

    A pair of models neither of whose moves loses anything is one line among the shared facts
    ("Moving either way ..."), not two directions saying the same (review 6, D29). A pair with
    a model released after the page's date is one line, that no move between them was possible
    then (:func:`~.unreleased_moves.no_move`), and neither direction is described. A move to a
    model with no route in service on that date and no published weights is one line, that
    traffic cannot move to it (:func:`~.unreleased_moves.no_route`); the move from it keeps
    its friction.
    ``parts`` gives how each model has each capability, in words.
    """
    later = unreleased(x)  # (no move with a model not yet out on the date: fixAR)
    gone = unserved(x, later)  # (none to one with no route in service: fixAZ)
    by_pair, moves = _items(x)
    made = _directions(x, parts, moves, later, later | gone)
    quiet = [(a, b) for a, b in itertools.combinations(range(x.n), 2)
             if (a, b) not in made and (b, a) not in made and a not in gone and b not in gone
             and a not in later and b not in later]
    directions = tuple([(s, t, (no_route(x, s, t),) if t in gone else tuple(made[s, t].values())
                         if (s, t) in made else (_no_loss(x, s, t),))
                        for s, t in itertools.permutations(range(x.n), 2)
                        if (min(s, t), max(s, t)) not in quiet
                        and s not in later and t not in later])
    shared = _shared_groups(x, quiet, by_pair)
    if not later:
        return shared, directions
    said = {(a, b): claims for a, b, claims in shared}
    return tuple([(a, b, (no_move(x, a, b, later),)) if a in later or b in later else
                  (a, b, said[a, b]) for a, b in itertools.combinations(range(x.n), 2)
                  if a in later or b in later or (a, b) in said]), directions


Items = list[tuple[int, FrictionItem]]
"""Friction items, each with its index in the comparison's."""


def _items(x: Context) -> tuple[dict[tuple[int, int], Items], Items]:
    """The comparison's friction items in one pass: the shared ones by pair, and the rest.

    A pair is ``(a, b)``, ``a < b``. A capability gained is left out of the rest where the
    other direction states it as lost.
    """
    by_pair: dict[tuple[int, int], Items] = {}
    moves: Items = []
    losses: set[tuple[int, int, str]] = set()  # a loss from t to s, keyed as the gain from s to t
    for k, item in enumerate(x.c.friction):
        kind, s, t = item.kind, item.source_index, item.target_index
        if kind in _SHARED_KINDS:
            by_pair.setdefault((s, t) if s < t else (t, s), []).append((k, item))
            continue
        moves.append((k, item))
        if kind in _LOSSES:
            losses.add((t, s, item.subject))
    if losses:
        gained = FrictionKind.CAPABILITY_GAINED
        moves = [(k, item) for k, item in moves if item.kind is not gained
                 or (item.source_index, item.target_index, item.subject) not in losses]
    return by_pair, moves


def _directions(x: Context, parts: Sequence[ModelParts], moves: Items, later: frozenset[int],
                ends: frozenset[int]) -> dict[tuple[int, int], dict[str, Claim]]:
    """Per direction with something to say, its claims by key: only what differs by direction.

    ``moves``: the items that differ by direction (:func:`_items`). A direction from a model
    in ``later`` or to one in ``ends`` is not described: nothing is made for it. Shared facts
    are :func:`friction_shared`'s.
    """
    made: dict[tuple[int, int], dict[str, Claim]] = {}  # per direction, by key, the first kept
    for k, item in moves:  # (in item order: a direction's claims keep theirs)
        s, t = item.source_index, item.target_index
        if s in later or t in ends:
            continue
        claim = friction_claim(x, item, k, parts)
        if claim is not None:
            made.setdefault((s, t), {}).setdefault(claim.key, claim)
    shrink = _VALUES[FrictionKind.CONTEXT_SHRINK]
    for s, t in itertools.permutations(range(x.n), 2):  # routes the target cannot match (G3)
        if s in later or t in ends or shrink in made.get((s, t), ()):  # said with the shrink
            continue
        cut = reach_cut(x, s, t)
        if cut is None:  # its window no shorter, its input limit is (L1)
            cut = input_claim(x, s, t, window_form) or billed_move(x, s, t, window_form)
        if cut is not None:
            made.setdefault((s, t), {})[cut.key] = cut
    for (s, t), claims in made.items():  # two inputs or more lost: one line (review 6, D29)
        lost = [key for key in claims if key.startswith("modality:")]
        if len(lost) > 1:
            made[s, t] = _inputs_lost(x, s, t, claims, lost)
    return made


def _inputs_lost(x: Context, s: int, t: int, claims: dict[str, Claim],
                 lost: list[str]) -> dict[str, Claim]:
    """``claims`` with the inputs ``lost`` (their keys) said in one line, where the first was."""
    modalities = [key.partition(":")[2] for key in lost]
    each = [claims[key] for key in lost]
    one = Claim(key="modalities", text=owned.inputs_lost_text(x, s, t, modalities),
                basis=lambda: owned.merged(each))
    return {(one.key if key == lost[0] else key): (one if key == lost[0] else claim)
            for key, claim in claims.items() if key == lost[0] or key not in lost}


def _no_loss(x: Context, s: int, t: int, *, either: bool = False) -> Claim:
    """A move (``either``: both moves between ``s`` and ``t``) that loses nothing, said once.

    It names context only where both windows are known: a window not yet sourced is said so,
    and two that read alike (1,048,576 and 1,047,576 tokens) are said to.
    """
    ids = (x.c.models[s].id, x.c.models[t].id)
    move = (f"Moving either way between {x.names[s]} and {x.names[t]}" if either else
            f"Moving from {x.names[s]} to {x.names[t]}")
    one, two = x.windows.sizes[s], x.windows.sizes[t]
    missing = [i for i, w in ((s, one), (t, two)) if w is None]
    named: tuple[tuple[int, int], ...] = ()  # the windows it names, with their figures
    if one is None or two is None:
        whose = (f"the context windows of {x.names[s]} and {x.names[t]} are" if len(missing) == 2
                 else f"{x.names[missing[0]]}'s context window is")
        text = (f"{move} loses no documented capability or input modality; {whose} not yet "
                "sourced.")
    elif one == two or (two > one and not either):
        text = f"{move} loses no documented capability, context or input modality."
    else:  # two windows that differ but read alike: no step, and said so
        text = (f"{move} loses no documented capability or input modality; both take about "
                f"{fmt.tokens(one)} tokens of context.")
        named = ((s, one), (t, two))
    listed = owned.listed_later(x, (s, t))  # (its facts: no basis captures the comparison)

    def basis() -> Basis:
        said = Basis(
            (Evidence(paths.model(s, "id"), ids[0]), Evidence(paths.model(t, "id"), ids[1]),
             *[Evidence(paths.model(i, "context_window"), w, fmt.tokens(w), EvidenceKind.TOKENS)
               for i, w in named]),
            tuple([Check(op=CheckOp.NONE, paths=(paths.model(i, "context_window"),))
                   for i in missing]))
        return said if listed is None else joined_basis(said, listed())

    return Claim(key="none", text=owned.no_loss_note(x, text, (s, t)), basis=basis)


_SHARED_KEYS = {FrictionKind.PRICE_CHANGE: "price",
                FrictionKind.SHARED_PROVIDERS: "shared-providers",
                FrictionKind.NO_SHARED_PROVIDER: "no-shared-provider",
                FrictionKind.KIND_CHANGE: "kind",
                FrictionKind.LICENSE_CHANGE: "license"}
"""The key of the claim :func:`_shared_claim` makes of an item of each kind, when it makes one
(it takes the key from here: a second direction's item is skipped by it)."""


def friction_shared(x: Context, quiet: Sequence[tuple[int, int]] = ()) -> tuple[Group, ...]:
    """Per pair of models, the facts both directions share: the bill, providers, licence.

    A pair in ``quiet`` (``(a, b)``, ``a < b``) loses nothing either way: that comes first.
    """
    by_pair, _ = _items(x)
    return _shared_groups(x, quiet, by_pair)


def _shared_groups(x: Context, quiet: Sequence[tuple[int, int]],
                   by_pair: dict[tuple[int, int], Items]) -> tuple[Group, ...]:
    """:func:`friction_shared`, given the shared items by pair (:func:`_items`)."""
    groups: list[Group] = []
    for a, b in itertools.combinations(range(x.n), 2):
        claims: list[Claim] = [_no_loss(x, a, b, either=True)] if (a, b) in quiet else []
        keys: set[str] = set()
        for k, item in by_pair.get((a, b), ()):
            if _SHARED_KEYS.get(item.kind) in keys:  # stated for the other direction already
                continue
            claim = _shared_claim(x, item, k)
            if claim is not None:
                keys.add(claim.key)
                claims.append(claim)
        if claims:
            groups.append((a, b, tuple(claims)))
    return tuple(groups)


def _shared_claim(x: Context, item: FrictionItem, k: int) -> Claim | None:
    """A fact both directions between two models share, stated once."""
    a, b = sorted((item.source_index, item.target_index))
    kind = item.kind
    key = _SHARED_KEYS.get(kind, "")

    def kind_ev() -> Evidence:
        return Evidence(paths.friction(k, "kind"), kind)

    if kind is FrictionKind.PRICE_CHANGE:  # the amounts are the cost section's
        if item.amount is None:
            return None
        cost = x.c.cost
        close = cost.close_indexes
        if item.source_index in close and item.target_index in close:
            between = f"Moving between {x.names[a]} and {x.names[b]}"
            materiality = cost.materiality
            pair = [e for e in cost.estimates if e.model_index in (a, b)]
            # two close bills lie within the share of each other, or under a cent apart (bills
            # of a cent or two, where a 41% gap is a fraction of a cent): say which
            low = min((e.monthly for e in pair if e.monthly is not None), default=None)
            by_share = low is not None and abs(item.amount) <= low * materiality
            share = fmt.percent(materiality) if by_share else ""
            rounding = fmt.before_rounding([e.monthly for e in pair])
            size = f"under {share}" if share else f"less than a cent a month{rounding}"
            apart = f"under {share} apart" if share else f"less than a cent apart{rounding}"
            # whose bill is a reseller's listing of a closed-weight model (review 6, D32)
            sold, resale = resold(x, (a, b))
            sold = f"; {sold}" if sold else ""
            # a bill on a route missing a tier others apply: different bases (review 11, K3)
            shaky = untiered(x, (a, b)) if any(r.tier_above is not None
                                               for r in x.c.routes) else []
            caveat, caveat_evidence, caveat_checks = untiered_clause(x, shaky)
            text = (f"{between} barely changes the monthly bill: {size}{sold}." if not shaky
                    else f"Whether {between[0].lower()}{between[1:]} changes the monthly bill "
                         f"is not known: the bills are {apart}, but {caveat}{sold}.")
            return Claim(key=key, text=text,
                         basis=lambda: joined_basis(resale(), Basis(
                             (kind_ev(), Evidence(paths.friction(k, "amount"), item.amount),
                              *(Evidence(paths.estimate(e.model_index, "monthly"), e.monthly)
                                for e in pair),
                              *([Evidence(paths.MATERIALITY, materiality, share,
                                          EvidenceKind.PERCENT)] if share else []),
                              *caveat_evidence),
                             (Check(op=CheckOp.IN, paths=(paths.CLOSE,),
                                    values=(canonical(close),)), *caveat_checks))))
        return None  # the bills and their gap are the cost section's
    if kind is FrictionKind.SHARED_PROVIDERS:
        providers = fmt.join_words(sorted((item.subject or "").split(", "), key=str.casefold))
        return Claim(key=key,
                     text=f"{x.names[a]} and {x.names[b]} both run on {providers}.",
                     basis=lambda: Basis((kind_ev(),
                                          Evidence(paths.friction(k, "subject"), item.subject))))
    if kind is FrictionKind.NO_SHARED_PROVIDER:
        # with a provider filter, the providers friction reads are those the page allows (F23)
        left_out = next((k for k, r in enumerate(x.c.routes)
                         if r.reason in (PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED)), None)
        where = "No provider in the catalog" if left_out is None else \
            "No provider this page allows"
        reason = None if left_out is None else x.c.routes[left_out].reason  # (a fact, not x)
        return Claim(key=key,
                     text=f"{where} serves both {x.names[a]} and "
                          f"{x.names[b]}: a move changes provider too.",
                     basis=lambda: Basis((kind_ev(), *(
                         [] if left_out is None else
                         [Evidence(paths.route(left_out, "reason"), reason)]))))
    if kind is FrictionKind.KIND_CHANGE:
        before, after = x.c.models[a].kind, x.c.models[b].kind
        assert before is not None and after is not None  # noqa: PT018 - a change has both
        return Claim(key=key, text=_kind_text(x.names[a], x.names[b], before, after),
                     basis=lambda: Basis(
                         (kind_ev(), Evidence(paths.model(a, "kind"), before),
                          Evidence(paths.model(b, "kind"), after)),
                         (Check(op=CheckOp.NOT_EQUAL, paths=(paths.model(a, "kind"),
                                                            paths.model(b, "kind"))),)))
    if kind is FrictionKind.LICENSE_CHANGE:  # DESIGN lists it among friction (review 7, F31)
        first, second = x.c.models[a].license, x.c.models[b].license
        assert first is not None and second is not None  # noqa: PT018 - a change has both
        return Claim(key=key,
                     text=f"Moving between {x.names[a]} and {x.names[b]} changes the licence: "
                          f"{x.names[a]} is under {fmt.licence(first)} and {x.names[b]} under "
                          f"{fmt.licence(second)}; check the terms before moving traffic.",
                     basis=lambda: Basis(
                         (kind_ev(),
                          Evidence(paths.model(a, "license"), first, fmt.licence(first),
                                   EvidenceKind.LICENCE),
                          Evidence(paths.model(b, "license"), second, fmt.licence(second),
                                   EvidenceKind.LICENCE))))
    return None


def friction_claim(x: Context, item: FrictionItem, k: int,
                   parts: Sequence[ModelParts]) -> Claim | None:
    """The ``k``-th friction item as a claim (``None`` for an item the prose skips).

    ``parts`` gives how each model has each capability, in words.
    """
    if item.kind in _SHRINK_KINDS:
        return shrink_claim(x, item, k)
    found = _key_and_text(x, item, parts)
    if found is None:
        return None
    key, text = found
    listed = owned.item_basis(x, item)  # (its facts: no basis captures the comparison)
    return Claim(key=key, text=text, basis=lambda: _evidence(item, k) if listed is None
                 else joined_basis(listed(), _evidence(item, k)))


def _key_and_text(x: Context, item: FrictionItem,
                  parts: Sequence[ModelParts]) -> tuple[str, str] | None:
    src, dst = x.names[item.source_index], x.names[item.target_index]
    kind = item.kind
    if kind in _CAPABILITY_KINDS:
        split = x.capabilities.split(item.subject or "")
        label = split.label.lower()
        if kind is FrictionKind.CAPABILITY_GAINED:
            text = f"{dst} adds {label}, which {src} lacks."  # (never said: the loss is)
        else:  # a loss, or a capability made uncertain: what the source offers, in words
            # a listing-only model's flag is its listings' offer: the phrase names them
            has = capability_phrase(x, split.k, item.source_index,
                                    parts[item.source_index].offers)
            if kind is FrictionKind.CAPABILITY_LOST:  # a listing-only model's: its listing's
                text = f"{owned.lacks_text(x, item.target_index, label, split.k)}; {has}."
            else:
                text = f"{has}; {dst} does not document it, so test it before moving traffic."
        return f"{_VALUES[kind]}:{item.subject}", opening(text)
    if kind is FrictionKind.MODALITY_LOST:
        return (f"modality:{item.subject}", owned.inputs_lost_text(
            x, item.source_index, item.target_index, (item.subject,)))
    if kind is FrictionKind.WEIGHTS_LOST:  # review 7, F31
        return ("weights", (f"{dst} does not publish its weights, which {src} does: the move "
                           "gives up running the model on your own hardware."))
    return None


def _kind_text(a: str, b: str, first: ModelKind, second: ModelKind) -> str:
    """What moving between a base, instruction-tuned, chat or reasoning model changes.

    Examples:
        >>> _kind_text("A", "B", ModelKind.INSTRUCT, ModelKind.REASONING)[-51:]
        'prompts tuned for one need re-testing on the other.'
    """
    base = " (no chat template, no tool format)"
    text = (f"{a} is {first.label}{base if first is ModelKind.BASE else ''} and {b} "
            f"{second.label}{base if second is ModelKind.BASE else ''}")
    if ModelKind.BASE in (first, second):
        # (not "with tool calls": an instruction-tuned model may document no function calling)
        return text + (": a move either way rewrites the prompts, between plain completions "
                       "and a chat template.")
    return text + ": prompts tuned for one need re-testing on the other."


def _evidence(item: FrictionItem, k: int) -> Basis:
    """What a friction item's sentence quotes, and what its comparative asserts."""
    kind_ev = Evidence(paths.friction(k, "kind"), item.kind)
    kind = item.kind
    if kind in _CAPABILITY_KINDS:
        return Basis((kind_ev, Evidence(paths.friction(k, "subject"), item.subject)))
    if kind is FrictionKind.MODALITY_LOST:
        return Basis((kind_ev, Evidence(paths.friction(k, "subject"), item.subject,
                                        item.subject)))
    return Basis((kind_ev,))
