"""Switch friction: what changes when traffic moves from one model to another, per direction.

Each friction item of the comparison becomes at most one claim (:func:`friction_claim`): its
sentence, and the item's fields as evidence.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from phicompare.analysis.facts import FrictionItem, FrictionKind
from phicompare.domain.capabilities import Capability
from phicompare.domain.records import ModelKind

from . import format as fmt, paths
from .availability import capability_phrase
from .claims import Check, CheckOp, Claim, Evidence, EvidenceKind
from .context import Context
from .paths import ModelField

__all__ = ["friction_claim", "friction_section"]

_CAPABILITY_KINDS = frozenset((FrictionKind.CAPABILITY_LOST, FrictionKind.CAPABILITY_UNCERTAIN,
                               FrictionKind.CAPABILITY_GAINED))
_SHRINK_KINDS = frozenset((FrictionKind.CONTEXT_SHRINK, FrictionKind.OUTPUT_SHRINK))

Group = tuple[int, int, tuple[Claim, ...]]
"""A direction's claims: ``(source index, target index, claims)``."""


def friction_section(x: Context) -> tuple[Group, ...]:
    """One group per ordered pair of models; an empty direction says so."""
    c = x.c
    groups: list[Group] = []
    for s, t in itertools.permutations(range(x.n), 2):
        claims: list[Claim] = []
        keys: set[str] = set()
        for k, item in enumerate(c.friction):
            if (item.source_index, item.target_index) != (s, t):
                continue
            claim = friction_claim(x, item, k)
            if claim is not None and claim.key not in keys:
                keys.add(claim.key)
                claims.append(claim)
        if not claims:
            claims.append(Claim(
                key="none",
                text="The data records no change in capability, context, licence or price.",
                evidence=(Evidence(paths.model(s, "id"), c.models[s].id),
                          Evidence(paths.model(t, "id"), c.models[t].id))))
        groups.append((s, t, tuple(claims)))
    return tuple(groups)


def friction_claim(x: Context, item: FrictionItem, k: int) -> Claim | None:
    """The ``k``-th friction item as a claim (``None`` for an item the prose skips)."""
    found = _key_and_text(x, item)
    if found is None:
        return None
    key, text = found
    evidence, checks = _evidence(item, k)
    return Claim(key=key, text=text, evidence=evidence, checks=checks)


def _dec(text: str | None) -> Decimal:
    """A Decimal fact stored as canonical text (friction items keep before/after as text)."""
    return Decimal(text or 0)


def _key_and_text(x: Context, item: FrictionItem) -> tuple[str, str] | None:
    src, dst = x.names[item.source_index], x.names[item.target_index]
    kind = item.kind
    if kind in _CAPABILITY_KINDS:
        label = Capability(item.subject).label.lower()
        has = _has(x, item, label)
        if kind is FrictionKind.CAPABILITY_LOST:
            text = f"{dst} does not support {label}; {has}."
        elif kind is FrictionKind.CAPABILITY_UNCERTAIN:
            text = f"{has}; {dst} does not document it, so test it before moving traffic."
        else:
            text = f"{dst} adds {label}, which {src} lacks."
        return f"{kind.value}:{item.subject}", text
    if kind in _SHRINK_KINDS:
        before, after = int(item.before or 0), int(item.after or 0)
        shrink = kind is FrictionKind.CONTEXT_SHRINK
        what = "Context" if shrink else "Maximum output"
        tail = f"; prompts over {fmt.tokens(after)} tokens must be cut" if shrink else ""
        return kind.value, (f"{what} shrinks from {fmt.tokens(before)} to {fmt.tokens(after)} "
                            f"tokens{tail}.")
    if kind is FrictionKind.MODALITY_LOST:
        return (f"modality:{item.subject}",
                f"{dst} takes no {item.subject} input, which {src} accepts.")
    if kind is FrictionKind.LICENSE_CHANGE:
        return "license", f"The licence changes from {item.before} to {item.after}."
    if kind is FrictionKind.KIND_CHANGE:
        return "kind", _kind_text(src, dst, ModelKind(item.before), ModelKind(item.after))
    if kind is FrictionKind.PRICE_CHANGE and item.amount is not None:
        direction = "rises" if item.amount > 0 else "falls"
        return "price", (f"At the stated traffic the monthly bill {direction} by "
                         f"{fmt.money(abs(item.amount))}, from {fmt.money(_dec(item.before))} "
                         f"to {fmt.money(_dec(item.after))}.")
    if kind is FrictionKind.SHARED_PROVIDERS:
        return ("shared-providers",
                f"Both run on {item.subject}: A/B test the move there, route by route.")
    if kind is FrictionKind.NO_SHARED_PROVIDER:
        return ("no-shared-provider",
                (f"No provider in the catalog serves both {src} and {dst}, so an A/B test "
                 "spans two providers."))
    return None


def _has(x: Context, item: FrictionItem, label: str) -> str:
    """How the source model has the capability: documented, or offered by some routes."""
    k = next(k for k, row in enumerate(x.c.capabilities) if row.capability.value == item.subject)
    return capability_phrase(x, k, item.source_index, label)[0]


def _kind_text(src: str, dst: str, before: ModelKind, after: ModelKind) -> str:
    """What moving between a base, instruction-tuned, chat or reasoning model changes.

    Examples:
        >>> _kind_text("A", "B", ModelKind.INSTRUCT, ModelKind.REASONING)[-51:]
        'prompts tuned for one need re-testing on the other.'
    """
    text = f"{src} is {before.label}"
    if before is ModelKind.BASE:
        text += " (no chat template, no tool format)"
    text += f" and {dst} {after.label}"
    if after is ModelKind.BASE:
        return text + (" (no chat template, no tool format): chat prompts and tool calls must "
                       "become plain completions, and the output is not instruction-following.")
    if before is ModelKind.BASE:
        return text + ": plain-completion prompts must be rewritten for its chat template."
    return text + ": prompts tuned for one need re-testing on the other."


def _evidence(item: FrictionItem, k: int) -> tuple[tuple[Evidence, ...], tuple[Check, ...]]:
    """What a friction item's sentence quotes, and what its comparative asserts."""
    kind_ev = Evidence(paths.friction(k, "kind"), item.kind)
    kind = item.kind
    if kind in _CAPABILITY_KINDS:
        return (kind_ev, Evidence(paths.friction(k, "subject"), item.subject)), ()
    if kind in _SHRINK_KINDS:
        before, after = int(item.before or 0), int(item.after or 0)
        field: ModelField = ("context_window" if kind is FrictionKind.CONTEXT_SHRINK
                             else "max_output_tokens")
        return ((kind_ev,
                 Evidence(paths.friction(k, "before"), item.before, fmt.tokens(before),
                          EvidenceKind.TOKENS_TEXT),
                 Evidence(paths.friction(k, "after"), item.after, fmt.tokens(after),
                          EvidenceKind.TOKENS_TEXT)),
                (Check(op=CheckOp.LESS, paths=(paths.model(item.target_index, field),
                                              paths.model(item.source_index, field))),))
    if kind in (FrictionKind.MODALITY_LOST, FrictionKind.SHARED_PROVIDERS):
        return (kind_ev, Evidence(paths.friction(k, "subject"), item.subject, item.subject)), ()
    if kind is FrictionKind.LICENSE_CHANGE:
        return (kind_ev, Evidence(paths.friction(k, "before"), item.before, item.before),
                Evidence(paths.friction(k, "after"), item.after, item.after)), ()
    if kind is FrictionKind.KIND_CHANGE:
        return ((kind_ev, Evidence(paths.model(item.source_index, "kind"), item.before),
                 Evidence(paths.model(item.target_index, "kind"), item.after)),
                (Check(op=CheckOp.NOT_EQUAL, paths=(paths.model(item.source_index, "kind"),
                                                    paths.model(item.target_index, "kind"))),))
    if kind is FrictionKind.PRICE_CHANGE and item.amount is not None:
        was, now = _dec(item.before), _dec(item.after)
        return ((kind_ev,
                 Evidence(paths.friction(k, "amount"), item.amount, fmt.money(abs(item.amount)),
                          EvidenceKind.MONEY_ABS),
                 Evidence(paths.estimate(item.source_index, "monthly"), was, fmt.money(was),
                          EvidenceKind.MONEY),
                 Evidence(paths.estimate(item.target_index, "monthly"), now, fmt.money(now),
                          EvidenceKind.MONEY)),
                (Check(op=CheckOp.GREATER if item.amount > 0 else CheckOp.LESS,
                       paths=(paths.estimate(item.target_index, "monthly"),
                              paths.estimate(item.source_index, "monthly"))),))
    return (kind_ev,), ()
