"""Keyed route capability flags (``tools/bundle_catalog.py`` applies them after the route windows).

A route whose snapshot file flags a capability its provider's own page contradicts (a listing
written for an earlier release the alias served) takes the page's flag, with the day it was read
and why. Only the flags named change; the route keeps its price and every other flag; its notes
say so, the model cites the page, and ``docs/data-notes.md`` lists each. A model's own flags are
corrected apart (:data:`~._corrections.CORRECTIONS`): a route flag says what that provider's API
takes, and a host's listing that says otherwise keeps its word.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs

from phicompare.domain.capabilities import Capabilities
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model

from ._correct import value_text
from ._keyed_routes import keyed_routes

__all__ = ["ROUTE_FLAGS", "RouteFlags", "reflagged"]

_READ = dt.date(2026, 12, 2)


@attrs.frozen
class RouteFlags:
    """A provider's capability flags for a model, read at ``source`` on ``checked``, and why.

    ``flags`` pairs a capability's name with the value the page gives.

    Examples:
        >>> RouteFlags("m", "p", (("vision", True),), "https://x.test", _READ, "w").flags
        (('vision', True),)
    """

    model: str
    provider: str
    flags: tuple[tuple[str, bool], ...]
    source: str
    checked: dt.date
    why: str


ROUTE_FLAGS: tuple[RouteFlags, ...] = (
    # closing note 14's leftover: the alias's files were written for an earlier release
    RouteFlags(
        "magistral-medium-latest", "mistral", (("vision", True),),
        "https://docs.mistral.ai/models/magistral-medium-1-2-25-09", _READ,
        "Mistral's page for Magistral Medium 1.2 (API names magistral-medium-2509 and "
        "magistral-medium-latest, this route's id; read in its source, "
        "src/schema/models/models/magistral-medium-1-2-25-09.ts in "
        "mistralai/platform-docs-public at 222f4ba9, 2026-08-21) gives input text and image, "
        "and Mistral's models overview \"released September 2025 with vision support\"; "
        "models.dev's Mistral file of the alias gives text input alone, as Magistral Medium 1.0 "
        "and 1.1 took (their pages: input text)"),
    # dataCI: Grok-2 documents vision (its release post); xAI's API takes images on another id
    RouteFlags(
        "grok-2", "xai", (("vision", False),), "https://docs.x.ai/docs/models",
        dt.date(2026, 12, 3),
        "xAI's models page (read in a stored copy of its December 2024 form) lists grok-2-1212, "
        "the id the alias grok-2 served, with \"Text Input\" and \"Text Completion\" prices "
        "alone, and grok-2-vision-1212 (32,768 tokens), with \"Image Input\", as a model of its "
        "own that the catalog does not hold; LLMStats' route (model id grok-2, $2 and $10, "
        "grok-2-1212's prices) sets no flag, so a page requiring vision would bill Grok-2 on it"),
)
"""Route capability flags set to the provider's own word, each read on ``checked``."""


def reflagged(models: Sequence[Model], fixes: Sequence[RouteFlags] = ROUTE_FLAGS
              ) -> tuple[list[Model], list[str]]:
    """``models`` with each keyed route's flags set (notes saying it), and a line each.

    Examples:
        >>> route = ProviderRoute(provider="p", source="https://price.test", checked=_READ,
        ...                       capabilities=Capabilities(vision=False))
        >>> fix = RouteFlags("m", "p", (("vision", True),), "https://x.test", _READ, "the page")
        >>> out, lines = reflagged([Model(id="m", name="M", routes=(route,))], [fix])
        >>> out[0].routes[0].capabilities.vision, lines
        (True, ['m: p route vision false -> true (https://x.test, read 2026-12-02): the page'])
    """
    return keyed_routes(models, fixes, _reflag)


def _reflag(route: ProviderRoute, fix: RouteFlags) -> tuple[str, dict[str, Any]] | None:
    flags = route.capabilities or Capabilities()
    changed = {name: value for name, value in fix.flags if flags.flag(name) is not value}
    if not changed:
        return None
    said = ", ".join(f"{name} {value_text(flags.flag(name))} -> {value_text(value)}"
                     for name, value in changed.items())
    return said, {"capabilities": attrs.evolve(flags, **changed)}
