"""A release date that is only a gateway's listing date (``tools/bundle_catalog.py`` applies it).

models.dev's OpenRouter provider files give as ``release_date`` the day OpenRouter listed the
model: in the shared snapshots every one of them (186 of 186 that OpenRouter's own models list
names) equals that list's ``created`` day. That is the release when OpenRouter lists a model on
its launch day, and half a year late when it lists one a maker sold first on its own API (Seed
1.6: ByteDance's Volcano Engine from June 2025, OpenRouter from 2025-12-23; review 12, L7). A
date no record but that listing gives (and Kilo's, a gateway whose file may copy it) is
therefore not known to be a release: it goes, unknown rather than wrong, and the model's notes
say so. A date another record also gives (the maker's own file, LLMStats, another provider)
stands.

models.dev's Cloudflare AI Gateway files are dated the same way: each gives as ``release_date``
its own ``last_updated``, the day the file was written (2025-04-03 for 21 of its 43 Workers AI
files, Llama 2 7B Chat's, released by Meta on 2023-07-18, among them; review 21, P1). A date only
those files give goes too.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from phicompare.domain.records import Model

from ._conflicts import RecordFacts
from ._noted import noted

__all__ = ["LISTING", "LISTINGS", "listing_release"]

LISTING = "models.dev:openrouter"
"""The record whose ``released`` is OpenRouter's listing day."""
LISTINGS = {LISTING: "OpenRouter", "models.dev:cloudflare-ai-gateway": "Cloudflare AI Gateway"}
"""Records whose ``released`` is their gateway's listing day, and the gateway's name."""
_COPIES = frozenset((*LISTINGS, "models.dev:kilo"))
"""Records that may give no more than a listing day."""


def listing_release(model: Model, evidence: Sequence[RecordFacts]) -> tuple[Model, str | None]:
    """``model`` without a release date only OpenRouter's listing gives, and a line saying so.

    Examples:
        >>> import datetime as dt
        >>> day = dt.date(2025, 12, 23)
        >>> said = [RecordFacts(source=s, url=s, facts=(("released", day),))
        ...         for s in ("models.dev:openrouter", "models.dev:kilo")]
        >>> fixed, line = listing_release(Model(id="m", name="M", released=day), said)
        >>> fixed.released, line
        (None, "m: release 2025-12-23 given only as OpenRouter's listing day: dropped")
        >>> listing_release(Model(id="m", name="M", released=day), said[1:])[1] is None
        True
    """
    day = model.released
    if day is None:
        return model, None
    giving = {e.source for e in evidence if dict(e.facts).get("released") == day}
    listed = [LISTINGS[s] for s in LISTINGS if s in giving]
    if not listed or not giving <= _COPIES:
        return model, None
    who = " and ".join(listed)
    note = (f"Release date {day} dropped: only {who}'s listing gives it, the day {who} listed "
            f"the model, not a release (docs/data-notes.md).")
    fixed = attrs.evolve(model, released=None,
                         notes=noted(model.notes, note))
    return fixed, f"{model.id}: release {day} given only as {who}'s listing day: dropped"
