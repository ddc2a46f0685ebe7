"""Switch friction: what changes when traffic moves from one model to another."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TypedDict

from phicompare.domain.names import licence_key
from phicompare.domain.records import Model

from .facts import CostEstimate, FrictionItem, FrictionKind, RouteRow
from .profile import CAPABILITIES, Profile

__all__ = ["friction", "route_providers"]

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


class _Move(TypedDict):
    """Which models a friction item is about: from ``source`` to ``target``."""

    source_index: int
    target_index: int
    source: Model
    target: Model


def friction(models: Sequence[Model], profiles: Sequence[Profile],
             estimates: Sequence[CostEstimate],
             providers: Sequence[Mapping[str, str]]) -> tuple[FrictionItem, ...]:
    """Every ordered pair of models: the friction of moving traffic from the first to the second.

    ``providers`` are each model's: the providers of its routes in force (id to name, in route
    order; see :func:`route_providers`).

    Examples:
        >>> from phicompare import compare
        >>> [f.kind.value for f in compare("phi-2", "phi-4-mini").friction][:2]
        ['kind-change', 'price-change']
    """
    monthly = [None if e.monthly is None else f"{e.monthly:f}" for e in estimates]
    items: list[FrictionItem] = []
    for s, t in itertools.permutations(range(len(models)), 2):
        move = _Move(source_index=s, target_index=t, source=models[s], target=models[t])
        if profiles[s].support_code != profiles[t].support_code:
            items.extend(_capability_changes(move, profiles[s], profiles[t]))
        items.extend(_limit_changes(move, models[s], models[t]))
        was_kind, now_kind = models[s].kind, models[t].kind
        if was_kind is not None and now_kind is not None and was_kind is not now_kind:
            items.append(FrictionItem(**move, kind=FrictionKind.KIND_CHANGE, subject="kind",
                                      before=was_kind.value, after=now_kind.value))
        was_cost, now_cost = estimates[s].monthly, estimates[t].monthly
        if was_cost is not None and now_cost is not None and was_cost != now_cost:
            items.append(FrictionItem(
                **move, kind=FrictionKind.PRICE_CHANGE, subject="monthly",
                before=monthly[s], after=monthly[t], amount=now_cost - was_cost))
        if providers[s] and providers[t]:
            shared = [name for pid, name in providers[s].items() if pid in providers[t]]
            if shared:
                items.append(FrictionItem(**move, kind=FrictionKind.SHARED_PROVIDERS,
                                          subject=", ".join(shared)))
            else:
                items.append(FrictionItem(**move, kind=FrictionKind.NO_SHARED_PROVIDER,
                                          subject="providers"))
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


def _capability_changes(move: _Move, was: Profile, now: Profile) -> Iterator[FrictionItem]:
    """Capabilities lost, gained or made uncertain, in :data:`CAPABILITIES` order."""
    for subject, a, b in zip(_SUBJECTS, was.support_code, now.support_code, strict=True):
        if a != b and (change := _SUPPORT_CHANGES.get(a + b)) is not None:
            kind, before, after = change
            yield FrictionItem(**move, kind=kind, subject=subject, before=before, after=after)


def _limit_changes(move: _Move, src: Model, dst: Model) -> Iterator[FrictionItem]:
    """Context and output shrinking, modalities lost, a licence change."""
    if src.context_window and dst.context_window and dst.context_window < src.context_window:
        yield FrictionItem(**move, kind=FrictionKind.CONTEXT_SHRINK,
                           subject="context_window", before=str(src.context_window),
                           after=str(dst.context_window))
    if (src.max_output_tokens and dst.max_output_tokens
            and dst.max_output_tokens < src.max_output_tokens):
        yield FrictionItem(**move, kind=FrictionKind.OUTPUT_SHRINK,
                           subject="max_output_tokens", before=str(src.max_output_tokens),
                           after=str(dst.max_output_tokens))
    if src.input_modalities and dst.input_modalities:
        for modality in src.input_modalities:
            if modality not in dst.input_modalities:
                yield FrictionItem(**move, kind=FrictionKind.MODALITY_LOST,
                                   subject=modality, before="yes", after="no")
    if src.license and dst.license and licence_key(src.license) != licence_key(dst.license):
        yield FrictionItem(**move, kind=FrictionKind.LICENSE_CHANGE,
                           subject="license", before=src.license, after=dst.license)
