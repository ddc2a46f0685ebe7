"""The records of a comparison's sources and related pages.

Part of :mod:`.facts`, which exports them: what a page cites, when each source was checked,
what is not yet sourced, and the comparisons worth reading next.
"""

from __future__ import annotations

import datetime as dt

import attrs

from phicompare.domain.record import Record

from . import reprs

__all__ = ["Provenance", "Related", "SourceRef"]


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Related(Record):
    """Another comparison worth reading, and why.

    ``reason``: ``same-family``, ``same-size-class`` (similar size, another family) or
    ``similar-size`` (similar size; a family unknown or not borne by its name).
    """

    models: tuple[str, str]
    names: tuple[str, str]
    reason: str


@attrs.frozen(kw_only=True, eq=False, repr=False)
class SourceRef(Record):
    """A source behind figures shown: the URL, what it supports, when it was checked.

    ``secondhand``: the URL is an aggregated dataset (models.dev, LLMStats, LiteLLM,
    genai-prices, OpenRouter's list), not the vendor's or provider's own page.
    """

    url: str
    supports: tuple[str, ...]
    checked: dt.date | None = None
    """The earliest day a figure it supports was read."""
    secondhand: bool = False
    last_checked: dt.date | None = None
    """The latest day a figure it supports was read, where later than :attr:`checked`: the
    sources table gives the range (review 55, #3: LLMStats' DeepInfra file read "2025-04-05"
    beside a price read from it on 2025-04-29); ``None`` where all were read on one day."""


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Provenance(Record):
    """Every source behind the figures, and what is not yet sourced (model index, field label)."""

    __repr__ = reprs.provenance

    sources: tuple[SourceRef, ...]
    unsourced: tuple[tuple[int, str], ...]
    oldest_check: dt.date | None = None
    newest_check: dt.date | None = None
