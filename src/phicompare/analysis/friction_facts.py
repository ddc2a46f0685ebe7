"""The records of switch friction: what changes when traffic moves from one model to another.

Part of :mod:`.facts`, which exports them.
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from phicompare.domain.record import MODEL_REF, MONEY, Record, json_key
from phicompare.domain.records import Model

__all__ = ["FrictionItem", "FrictionKind"]


class FrictionKind(str, enum.Enum):
    """What changes when traffic moves from one model to another."""

    CAPABILITY_LOST = "capability-lost"
    CAPABILITY_UNCERTAIN = "capability-uncertain"
    CAPABILITY_GAINED = "capability-gained"
    CONTEXT_SHRINK = "context-shrink"
    OUTPUT_SHRINK = "output-shrink"
    MODALITY_LOST = "modality-lost"
    LICENSE_CHANGE = "license-change"
    WEIGHTS_LOST = "weights-lost"
    KIND_CHANGE = "kind-change"
    """A base model for an instruction-tuned one, or the other way: prompts and templates change."""
    PRICE_CHANGE = "price-change"
    SHARED_PROVIDERS = "shared-providers"
    NO_SHARED_PROVIDER = "no-shared-provider"


@attrs.frozen(kw_only=True, eq=False, repr=False)
class FrictionItem(Record):
    """One structured consequence of moving traffic from model ``source`` to model ``target``.

    ``subject`` names what changes (a capability, a modality, providers); ``before`` and
    ``after`` hold the canonical values; ``amount`` the monthly change in USD for price changes.
    """

    source_index: int = attrs.field(metadata=json_key("source"))
    target_index: int = attrs.field(metadata=json_key("target"))
    kind: FrictionKind
    subject: str
    before: str | None = None
    after: str | None = None
    amount: Decimal | None = attrs.field(default=None, metadata=MONEY)
    source: Model = attrs.field(metadata=MODEL_REF)
    """The model traffic moves from."""
    target: Model = attrs.field(metadata=MODEL_REF)
    """The model traffic moves to."""
