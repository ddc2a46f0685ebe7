"""Switch friction: what changes when traffic moves from one model to another."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple

from phicompare.domain.names import licence_key
from phicompare.domain.records import Model

from .facts import CostEstimate, FrictionItem, FrictionKind, RouteRow
from .profile import CAPABILITIES, Profile

__all__ = ["Side", "friction", "route_providers", "side"]

_SUPPORT_CHANGES: Mapping[str, tuple[FrictionKind, str, str | None]] = {
    "yn": (FrictionKind.CAPABILITY_LOST, "yes", "no"),
    "y?": (FrictionKind.CAPABILITY_UNCERTAIN, "yes", None),
    "ny": (FrictionKind.CAPABILITY_GAINED, "no", "yes"),
}
"""Capability support changes that are friction, and how each is recorded: keyed by the letters
of the support before and after, as :attr:`Profile.support_code` writes them (``y`` yes, ``n``
no, ``?`` unknown; letters, not :class:`Support` members, as enum members hash slowly)."""


_SUBJECTS = tuple(capability.value for capability in CAPABILITIES)
"""Each capability's name, as a friction item's subject (read once: an enum's value is slow)."""


class Side(NamedTuple):
    """What friction reads of one model alone, under the caller's terms (kept with its seat)."""

    model: Model
    support: str
    """Its support code (:attr:`Profile.support_code`)."""
    licence: str | None
    """Its licence as compared (:func:`~phicompare.domain.names.licence_key`)."""
    monthly: Decimal | None
    """Its bill (its estimate's ``monthly``), and the same as canonical text."""
    monthly_text: str | None
    providers: Mapping[str, str]
    """The providers of its route rows in force (id to name, in route order)."""


def side(model: Model, profile: Profile, estimate: CostEstimate,
         rows: Iterable[RouteRow]) -> Side:
    """What :func:`friction` reads of ``model`` alone: worked out once, with its seat.

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> from phicompare.analysis.profile import profile
        >>> found = side(c.models[0], profile(c.models[0], c._drawn_from.catalog),
        ...              c.cost.estimates[0], c.routes_of(0))
        >>> found.licence, list(found.providers)
        ('mit', ['fireworks', 'together'])
    """
    monthly = estimate.monthly
    return Side(model=model, support=profile.support_code,
                licence=licence_key(model.license) if model.license else None,
                monthly=monthly, monthly_text=None if monthly is None else f"{monthly:f}",
                providers=route_providers(rows))


def friction(sides: Sequence[Side]) -> tuple[FrictionItem, ...]:
    """Every ordered pair of models: the friction of moving traffic from the first to the second.

    ``sides`` are each model's (:func:`side`), in model order.

    Examples:
        >>> from phicompare import compare
        >>> [f.kind.value for f in compare("phi-2", "phi-4-mini").friction][:2]
        ['kind-change', 'price-change']
    """
    items: list[FrictionItem] = []
    for s, t in itertools.permutations(range(len(sides)), 2):
        _move(s, t, sides[s], sides[t], items.append)
    return tuple(items)


def route_providers(rows: Iterable[RouteRow]) -> dict[str, str]:
    """The providers of route rows, id to name, in the order first listed.

    Examples:
        >>> from phicompare import compare
        >>> route_providers(compare("phi-2", "phi-4-mini").routes_of(0))
        {'fireworks': 'Fireworks AI', 'together': 'Together AI'}
    """
    providers: dict[str, str] = {}
    for row in rows:
        providers.setdefault(row.route.provider, row.provider_name)
    return providers


def _move(s: int, t: int, was: Side, now: Side, add: Callable[[FrictionItem], None]) -> None:
    """The friction of moving traffic from model ``s`` to model ``t``, each item given to ``add``.

    Capabilities lost, gained or made uncertain (in :data:`CAPABILITIES` order), context and
    output shrinking, modalities lost, a licence change, a kind change, a price change, then
    the providers they share.
    """
    src, dst = was.model, now.model
    if was.support != now.support:  # (both codes have a letter a capability)
        for subject, a, b in zip(_SUBJECTS, was.support, now.support, strict=True):
            if a != b and (change := _SUPPORT_CHANGES.get(a + b)) is not None:
                kind, before, after = change
                add(FrictionItem(source_index=s, target_index=t, source=src, target=dst,
                                 kind=kind, subject=subject, before=before, after=after))
    if src.context_window and dst.context_window and dst.context_window < src.context_window:
        add(FrictionItem(source_index=s, target_index=t, source=src, target=dst,
                         kind=FrictionKind.CONTEXT_SHRINK, subject="context_window",
                         before=str(src.context_window), after=str(dst.context_window)))
    if (src.max_output_tokens and dst.max_output_tokens
            and dst.max_output_tokens < src.max_output_tokens):
        add(FrictionItem(source_index=s, target_index=t, source=src, target=dst,
                         kind=FrictionKind.OUTPUT_SHRINK, subject="max_output_tokens",
                         before=str(src.max_output_tokens), after=str(dst.max_output_tokens)))
    if src.input_modalities and dst.input_modalities:
        for modality in src.input_modalities:
            if modality not in dst.input_modalities:
                add(FrictionItem(source_index=s, target_index=t, source=src, target=dst,
                                 kind=FrictionKind.MODALITY_LOST, subject=modality,
                                 before="yes", after="no"))
    if was.licence is not None and now.licence is not None and was.licence != now.licence:
        add(FrictionItem(source_index=s, target_index=t, source=src, target=dst,
                         kind=FrictionKind.LICENSE_CHANGE, subject="license",
                         before=src.license, after=dst.license))
    was_kind, now_kind = src.kind, dst.kind
    if was_kind is not None and now_kind is not None and was_kind is not now_kind:
        add(FrictionItem(source_index=s, target_index=t, source=src, target=dst,
                         kind=FrictionKind.KIND_CHANGE, subject="kind",
                         before=was_kind.value, after=now_kind.value))
    was_cost, now_cost = was.monthly, now.monthly
    if was_cost is not None and now_cost is not None and was_cost != now_cost:
        add(FrictionItem(source_index=s, target_index=t, source=src, target=dst,
                         kind=FrictionKind.PRICE_CHANGE, subject="monthly",
                         before=was.monthly_text, after=now.monthly_text,
                         amount=now_cost - was_cost))
    if was.providers and now.providers:
        theirs = now.providers
        shared = [name for pid, name in was.providers.items() if pid in theirs]
        if shared:
            add(FrictionItem(source_index=s, target_index=t, source=src, target=dst,
                             kind=FrictionKind.SHARED_PROVIDERS,
                             subject=", ".join(shared)))
        else:
            add(FrictionItem(source_index=s, target_index=t, source=src, target=dst,
                             kind=FrictionKind.NO_SHARED_PROVIDER, subject="providers"))
