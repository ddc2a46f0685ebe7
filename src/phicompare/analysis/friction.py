"""Switch friction: what changes when traffic moves from one model to another."""

# Annotations are evaluated (no ``from __future__ import annotations``): this module's named
# tuples would otherwise compile each field's type from a string on the first comparison.

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple

from phicompare.domain.capabilities import image_only
from phicompare.domain.names import licence_key
from phicompare.domain.records import WINDOW_SHARE, Model

from .cost import money_text
from .facts import CostEstimate, FrictionItem, FrictionKind, RouteRow
from .profile import CAPABILITIES, Profile

__all__ = ["WINDOW_SHARE", "Side", "friction", "in_service", "route_providers", "side"]

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
_VISION, _MULTIMODAL = _SUBJECTS.index("vision"), _SUBJECTS.index("multimodal")
"""Where vision and multimodal stand in a support code."""


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
    context_text: str
    """Its context window and its output limit as text (as a friction item shows them)."""
    output_text: str
    kind: str | None
    """Its kind's value (``None``: unknown)."""


def side(model: Model, profile: Profile, estimate: CostEstimate,
         rows: Iterable[RouteRow], day: dt.date, allowed: frozenset[str] | None = None,
         excluded: frozenset[str] = frozenset()) -> Side:
    """What :func:`friction` reads of ``model`` alone: worked out once, with its seat.

    Its providers are those of its routes in service that the page's provider filters
    (``allowed``, ``excluded``: provider ids) leave in: a provider the page excludes is no place
    to move traffic to on it (review 7, F23).

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> from phicompare.analysis.profile import profile
        >>> found = side(c.models[0], profile(c.models[0], c._drawn_from.catalog),
        ...              c.cost.estimates[0], c.routes_of(0), c.as_of)
        >>> found.licence, list(found.providers)
        ('mit', ['fireworks', 'together'])
    """
    monthly = estimate.monthly
    return Side(model=model, support=profile.support_code,
                licence=licence_key(model.license) if model.license else None,
                monthly=monthly, monthly_text=None if monthly is None else money_text(monthly),
                providers=route_providers([
                    r for r in rows if in_service(r, model, day)
                    and r.route.provider not in excluded
                    and (allowed is None or r.route.provider in allowed)]),
                context_text=str(model.context_window),
                output_text=str(model.max_output_tokens),
                kind=None if model.kind is None else model.kind.value)


def friction(sides: Sequence[Side]) -> tuple[FrictionItem, ...]:
    """Every ordered pair of models: the friction of moving traffic from the first to the second.

    ``sides`` are each model's (:func:`side`), in model order. Each pair of models is looked
    at once, both ways.

    Examples:
        >>> from phicompare import compare
        >>> [f.kind.value for f in compare("phi-2", "phi-4-mini").friction][:2]
        ['kind-change', 'price-change']
    """
    if len(sides) == 2:  # (the usual case: one pair, both ways)
        there, back = _moves(0, 1, *sides)
        return (*there, *back)
    moves: dict[tuple[int, int], list[FrictionItem]] = {}
    for s, t in itertools.combinations(range(len(sides)), 2):
        moves[s, t], moves[t, s] = _moves(s, t, sides[s], sides[t])
    return tuple([item for move in itertools.permutations(range(len(sides)), 2)
                  for item in moves[move]])


def in_service(row: RouteRow, model: Model, day: dt.date) -> bool:
    """Whether a route serves ``model`` on ``day``: a place to move traffic to.

    Not a route deprecated by ``day``, a retired one, nor one before the model's release; a
    route with no published price, or a free tier, still serves it. Read off the route and the
    model (as :func:`~phicompare.analysis.cost.route_eligibility` reads them), never off the
    row's ``reason`` text.

    Examples:
        >>> import datetime as dt
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini", as_of=dt.date(2026, 11, 25))
        >>> [in_service(r, c.models[0], dt.date(2026, 11, 25)) for r in c.routes_of(0)]
        [True, True]
        >>> foundry = c.routes_of(1)[0]  # retires on 2027-01-17
        >>> foundry.provider_name, in_service(foundry, c.models[1], dt.date(2027, 2, 1))
        ('Microsoft Foundry', False)
        >>> in_service(c.routes_of(0)[0], c.models[0], dt.date(2023, 1, 1))  # before release
        False
    """
    route = row.route
    if route.deprecated_on(day):
        return False
    if route.retires is not None and route.retired(day):
        return False
    return model.released is None or day >= model.released


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


_Change = tuple[FrictionKind, str, str | None, str | None, Decimal | None]
"""A friction item's kind, subject, before, after and amount, before it names its models."""


def _moves(s: int, t: int, one: Side, two: Side) -> tuple[list[FrictionItem], list[FrictionItem]]:
    """The friction of moving traffic from model ``s`` to model ``t``, and back.

    Each way: capabilities lost, gained or made uncertain (in :data:`CAPABILITIES` order),
    context and output shrinking, modalities lost, a licence change, open weights given up, a
    kind change, a price change, then the providers they share.
    """
    a, b = one.model, two.model
    there: list[_Change] = []  # from ``s`` to ``t``
    back: list[_Change] = []  # and back
    ours, theirs = a.input_modalities, b.input_modalities
    # Multimodal that changes as vision does, where image is the only input that differs, is
    # the vision change said again: one fact, one item. So is multimodal documented by the one
    # model whose inputs hold the other's and more, and documented absent by the other: each
    # input lost is an item of its own (image with vision where vision is lost). Worked out
    # only where multimodal's support changes: elsewhere it decides no item.
    multimodal = one.support[_MULTIMODAL] + two.support[_MULTIMODAL]
    same_fact = multimodal[0] != multimodal[1] and ((bool(ours and theirs) and (
        (set(ours) ^ set(theirs) == {"image"}
         and one.support[_VISION] + two.support[_VISION] == multimodal)
        or (set(ours) > set(theirs) and multimodal == "yn")
        or (set(theirs) > set(ours) and multimodal == "ny"))) or image_only(
        # image input alone: vision's change, said with vision's reading (review 14, N9)
        [(side.support[_VISION] == "y", side.support[_MULTIMODAL] == "y", inputs)
         for side, inputs in ((one, ours), (two, theirs))]))
    if one.support != two.support:  # (both codes have a letter a capability)
        for subject, x, y in zip(_SUBJECTS, one.support, two.support, strict=True):
            if x != y and not (same_fact and subject == "multimodal"):
                if (change := _SUPPORT_CHANGES.get(x + y)) is not None:
                    kind, before, after = change
                    there.append((kind, subject, before, after, None))
                if (change := _SUPPORT_CHANGES.get(y + x)) is not None:
                    kind, before, after = change
                    back.append((kind, subject, before, after, None))
    for kind, subject, was, now, texts in (  # a limit the move lowers
            (FrictionKind.CONTEXT_SHRINK, "context_window", a.context_window, b.context_window,
             (one.context_text, two.context_text)),
            (FrictionKind.OUTPUT_SHRINK, "max_output_tokens", a.max_output_tokens,
             b.max_output_tokens, (one.output_text, two.output_text))):
        if was and now and was != now:
            # an output limit (nearly) as large as its model's window is the window prompt and
            # output share, no output limit of its own: nothing shrinks (review 7, F32)
            larger, limit = (a, was) if now < was else (b, now)
            if kind is FrictionKind.OUTPUT_SHRINK and larger.context_window is not None \
                    and limit * 10 >= larger.context_window * WINDOW_SHARE:
                continue
            if now < was:
                there.append((kind, subject, texts[0], texts[1], None))
            else:
                back.append((kind, subject, texts[1], texts[0], None))
    if ours and theirs and ours != theirs:
        there += _modalities_lost(there, [m for m in ours if m not in theirs])
        back += _modalities_lost(back, [m for m in theirs if m not in ours])
    if one.licence is not None and two.licence is not None and one.licence != two.licence:
        there.append((FrictionKind.LICENSE_CHANGE, "license", a.license, b.license, None))
        back.append((FrictionKind.LICENSE_CHANGE, "license", b.license, a.license, None))
    if a.open_weights is not None and b.open_weights is not None \
            and a.open_weights != b.open_weights:  # a move to closed weights gives them up
        (there if a.open_weights else back).append(
            (FrictionKind.WEIGHTS_LOST, "open_weights", "yes", "no", None))
    if one.kind is not None and two.kind is not None and one.kind != two.kind:
        there.append((FrictionKind.KIND_CHANGE, "kind", one.kind, two.kind, None))
        back.append((FrictionKind.KIND_CHANGE, "kind", two.kind, one.kind, None))
    cost, other = one.monthly, two.monthly
    if cost is not None and other is not None and cost != other:
        there.append((FrictionKind.PRICE_CHANGE, "monthly", one.monthly_text, two.monthly_text,
                      other - cost))
        back.append((FrictionKind.PRICE_CHANGE, "monthly", two.monthly_text, one.monthly_text,
                     cost - other))
    if one.providers and two.providers:
        mine, yours = one.providers, two.providers
        if mine.keys().isdisjoint(yours):
            there.append((FrictionKind.NO_SHARED_PROVIDER, "providers", None, None, None))
            back.append((FrictionKind.NO_SHARED_PROVIDER, "providers", None, None, None))
        else:
            there.append((FrictionKind.SHARED_PROVIDERS, ", ".join(
                [name for pid, name in mine.items() if pid in yours]), None, None, None))
            back.append((FrictionKind.SHARED_PROVIDERS, ", ".join(
                [name for pid, name in yours.items() if pid in mine]), None, None, None))
    return _items(s, t, a, b, there), _items(t, s, b, a, back)


def _modalities_lost(changes: Sequence[_Change], lost: Sequence[str]) -> list[_Change]:
    """The input modalities a move loses, as changes: image input not again where vision is.

    Examples:
        >>> vision = (FrictionKind.CAPABILITY_LOST, "vision", "yes", "no", None)
        >>> [c[1] for c in _modalities_lost([vision], ["image", "audio"])]
        ['audio']
        >>> [c[1] for c in _modalities_lost([], ["image", "audio"])]
        ['image', 'audio']
    """
    lost_vision = any(kind is FrictionKind.CAPABILITY_LOST and subject == "vision"
                      for kind, subject, *_ in changes)
    return [(FrictionKind.MODALITY_LOST, modality, "yes", "no", None) for modality in lost
            if not (lost_vision and modality == "image")]


def _items(s: int, t: int, source: Model, target: Model,
           changes: list[_Change]) -> list[FrictionItem]:
    """The changes of moving traffic from model ``s`` (``source``) to ``t`` as friction items."""
    return [FrictionItem(source_index=s, target_index=t, kind=kind, subject=subject,
                         before=before, after=after, amount=amount, source=source, target=target)
            for kind, subject, before, after, amount in changes]
