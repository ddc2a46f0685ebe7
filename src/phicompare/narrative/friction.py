"""Switch friction: what changes when traffic moves from one model to another, per direction.

Each friction item of the comparison becomes at most one claim (:func:`friction_claim`): its
sentence, and the item's fields as evidence.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from phicompare.analysis.facts import FrictionItem, FrictionKind
from phicompare.domain.records import ModelKind

from . import format as fmt, paths
from .availability import capability_phrase
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind, canonical
from .context import Context
from .paths import ModelField

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .parts import ModelParts

__all__ = ["friction_claim", "friction_section", "friction_shared"]

_CAPABILITY_KINDS = frozenset((FrictionKind.CAPABILITY_LOST, FrictionKind.CAPABILITY_UNCERTAIN,
                               FrictionKind.CAPABILITY_GAINED))
_SHRINK_KINDS = frozenset((FrictionKind.CONTEXT_SHRINK, FrictionKind.OUTPUT_SHRINK))

Group = tuple[int, int, tuple[Claim, ...]]
"""A direction's claims: ``(source index, target index, claims)``; for the facts both directions
share, ``(first index, second index, claims)`` with the first the lower."""

_SHARED_KINDS = frozenset((FrictionKind.PRICE_CHANGE, FrictionKind.SHARED_PROVIDERS,
                           FrictionKind.NO_SHARED_PROVIDER, FrictionKind.LICENSE_CHANGE,
                           FrictionKind.KIND_CHANGE))
"""Facts true of both directions alike: stated once per pair of models (a licence change is the
tradeoffs' fact, so it is not restated here)."""
_LOSSES = frozenset((FrictionKind.CAPABILITY_LOST, FrictionKind.CAPABILITY_UNCERTAIN))
_VALUES = {kind: kind.value for kind in FrictionKind}
"""Each kind's value, as its claims' keys begin (read once: an enum's value is slow)."""


def friction_section(x: Context, parts: Sequence[ModelParts]) -> tuple[Group, ...]:
    """One group per ordered pair of models: only what differs by direction.

    A capability gained is left out where the other direction states it as lost; an empty
    direction says what it does not lose. Shared facts are :func:`friction_shared`'s.
    ``parts`` gives how each model has each capability, in words.
    """
    items = x.c.friction
    # A loss from t to s, keyed as the gain from s to t it states already.
    losses = {(item.target_index, item.source_index, item.subject) for item in items
              if item.kind in _LOSSES}
    made: dict[tuple[int, int], dict[str, Claim]] = {}  # per direction, by key, the first kept
    for k, item in enumerate(items):  # (in item order: a direction's claims keep theirs)
        kind = item.kind
        if kind in _SHARED_KINDS:
            continue
        s, t = item.source_index, item.target_index
        if kind is FrictionKind.CAPABILITY_GAINED and (s, t, item.subject) in losses:
            continue
        claim = friction_claim(x, item, k, parts)
        if claim is not None:
            made.setdefault((s, t), {}).setdefault(claim.key, claim)
    return tuple([(s, t, tuple(made[s, t].values()) if (s, t) in made else (_no_loss(x, s, t),))
                  for s, t in itertools.permutations(range(x.n), 2)])


def _no_loss(x: Context, s: int, t: int) -> Claim:
    ids = (x.c.models[s].id, x.c.models[t].id)
    return Claim(key="none",
                 text=f"Moving from {x.names[s]} to {x.names[t]} loses no documented capability, "
                      "context or input modality.",
                 basis=lambda: Basis((Evidence(paths.model(s, "id"), ids[0]),
                                      Evidence(paths.model(t, "id"), ids[1]))))


_SHARED_KEYS = {FrictionKind.PRICE_CHANGE: "price",
                FrictionKind.SHARED_PROVIDERS: "shared-providers",
                FrictionKind.NO_SHARED_PROVIDER: "no-shared-provider",
                FrictionKind.KIND_CHANGE: "kind"}
"""The key of the claim :func:`_shared_claim` makes of an item of each kind, when it makes one
(it takes the key from here: a second direction's item is skipped by it)."""


def friction_shared(x: Context) -> tuple[Group, ...]:
    """Per pair of models, the facts both directions share: the bill, providers, licence."""
    by_pair: dict[tuple[int, int], list[tuple[int, FrictionItem]]] = {}
    for k, item in enumerate(x.c.friction):  # (one pass: the shared items, by pair)
        if item.kind in _SHARED_KINDS:
            s, t = item.source_index, item.target_index
            by_pair.setdefault((s, t) if s < t else (t, s), []).append((k, item))
    groups: list[Group] = []
    for a, b in itertools.combinations(range(x.n), 2):
        claims: list[Claim] = []
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
            size = f"under {share}" if share else \
                f"less than a cent a month{fmt.before_rounding([e.monthly for e in pair])}"
            return Claim(key=key,
                         text=f"{between} barely changes the monthly bill: {size}.",
                         basis=lambda: Basis(
                             (kind_ev(), Evidence(paths.friction(k, "amount"), item.amount),
                              *(Evidence(paths.estimate(e.model_index, "monthly"), e.monthly)
                                for e in pair),
                              *([Evidence(paths.MATERIALITY, materiality, share,
                                          EvidenceKind.PERCENT)] if share else [])),
                             (Check(op=CheckOp.IN, paths=(paths.CLOSE,),
                                    values=(canonical(close),)),)))
        return None  # the bills and their gap are the cost section's
    if kind is FrictionKind.SHARED_PROVIDERS:
        providers = fmt.join_words(sorted((item.subject or "").split(", "), key=str.casefold))
        return Claim(key=key,
                     text=f"{x.names[a]} and {x.names[b]} both run on {providers}.",
                     basis=lambda: Basis((kind_ev(),
                                          Evidence(paths.friction(k, "subject"), item.subject))))
    if kind is FrictionKind.NO_SHARED_PROVIDER:
        return Claim(key=key,
                     text=f"No provider in the catalog serves both {x.names[a]} and "
                          f"{x.names[b]}: a move changes provider too.",
                     basis=lambda: Basis((kind_ev(),)))
    if kind is FrictionKind.KIND_CHANGE:
        before, after = x.c.models[a].kind, x.c.models[b].kind
        assert before is not None and after is not None  # noqa: PT018 - a change has both
        return Claim(key=key, text=_kind_text(x.names[a], x.names[b], before, after),
                     basis=lambda: Basis(
                         (kind_ev(), Evidence(paths.model(a, "kind"), before),
                          Evidence(paths.model(b, "kind"), after)),
                         (Check(op=CheckOp.NOT_EQUAL, paths=(paths.model(a, "kind"),
                                                            paths.model(b, "kind"))),)))
    return None  # a licence change: the tradeoffs state it


def friction_claim(x: Context, item: FrictionItem, k: int,
                   parts: Sequence[ModelParts]) -> Claim | None:
    """The ``k``-th friction item as a claim (``None`` for an item the prose skips).

    ``parts`` gives how each model has each capability, in words.
    """
    found = _key_and_text(x, item, parts)
    if found is None:
        return None
    key, text = found
    return Claim(key=key, text=text, basis=lambda: _evidence(item, k))


def _key_and_text(x: Context, item: FrictionItem,
                  parts: Sequence[ModelParts]) -> tuple[str, str] | None:
    src, dst = x.names[item.source_index], x.names[item.target_index]
    kind = item.kind
    if kind in _CAPABILITY_KINDS:
        split = x.capabilities.split(item.subject or "")
        label = split.label.lower()
        if kind is FrictionKind.CAPABILITY_GAINED:
            text = f"{dst} adds {label}, which {src} lacks."
        else:  # a loss, or a capability made uncertain: what the source offers, in words
            has = capability_phrase(x, split.k, item.source_index,
                                    parts[item.source_index].offers)
            if kind is FrictionKind.CAPABILITY_LOST:
                text = f"{dst} does not support {label}; {has}."
            else:
                text = f"{has}; {dst} does not document it, so test it before moving traffic."
        return f"{_VALUES[kind]}:{item.subject}", text
    if kind in _SHRINK_KINDS:
        before, after = int(item.before or 0), int(item.after or 0)
        form = fmt.token_formatter((before, after))  # 131,072 to 128,000, not 128K to 128K
        was, now = form(before), form(after)
        if kind is FrictionKind.CONTEXT_SHRINK:
            return _VALUES[kind], (f"Context shrinks from {was} tokens on {src} to {now} on "
                                   f"{dst}; prompts over {now} tokens must be cut.")
        return _VALUES[kind], (f"Maximum output shrinks from {was} tokens on {src} to {now} on "
                               f"{dst}.")
    if kind is FrictionKind.MODALITY_LOST:
        return (f"modality:{item.subject}",
                f"{dst} takes no {item.subject} input, which {src} accepts.")
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
    if kind in _SHRINK_KINDS:
        before, after = int(item.before or 0), int(item.after or 0)
        field: ModelField = ("context_window" if kind is FrictionKind.CONTEXT_SHRINK
                             else "max_output_tokens")
        form = fmt.token_formatter((before, after))
        shown = EvidenceKind.TOKENS_TEXT if form is fmt.tokens else EvidenceKind.TOKENS_EXACT
        return Basis((kind_ev,
                      Evidence(paths.friction(k, "before"), item.before, form(before), shown),
                      Evidence(paths.friction(k, "after"), item.after, form(after), shown)),
                     (Check(op=CheckOp.LESS, paths=(paths.model(item.target_index, field),
                                                   paths.model(item.source_index, field))),))
    if kind is FrictionKind.MODALITY_LOST:
        return Basis((kind_ev, Evidence(paths.friction(k, "subject"), item.subject,
                                        item.subject)))
    return Basis((kind_ev,))
