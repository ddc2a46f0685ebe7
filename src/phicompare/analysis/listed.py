"""A model whose every source is a listing of one of its routes: its capabilities are theirs.

About 580 bundled models have no source of their own (no model card, no models.dev model
file, no maker's API): each source is one provider's listing of a route. Their input
modalities are those listings' offer, not the model's word (docs/narrative.md; review 8, G8),
and so are the capabilities the listings flag (about 200 such models flag vision and
multimodal input, their listings' image input): a comparison reads them as its routes' offer,
as it reads a route's function calling (review 10, I4: "Qwen3-Omni Flash documents vision" and
"Pick ... for vision" on Alibaba's listings alone). A listing on the model's maker's own API is
the maker's word: Alibaba's Model Studio lists Qwen3-Omni Flash, so since review 18, P5 its
vendor is sourced and its flags are its own (``importers._makers.maker_listed``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.domain.records import ProviderTier

from .choice import served_tier

if TYPE_CHECKING:
    from collections.abc import Sequence

    from phicompare.catalog.index import Catalog
    from phicompare.domain.pricing import ProviderRoute
    from phicompare.domain.records import Model

    from .facts import RouteRow
    from .profile import Profile

__all__ = ["as_listings", "listing_routes", "listing_rows"]


def listing_rows(model: Model, rows: Sequence[RouteRow]) -> tuple[int, ...]:
    """The positions in ``rows`` (the model's routes in force) of the listings that are its record.

    Empty where the model has a source of its own (a model card, a models.dev model file) or
    its maker's API lists it: then its inputs are the model's word.
    """
    sources = model.sources
    if not sources or not set(sources) <= {r.source for r in model.routes}:
        return ()
    found = tuple([k for k, row in enumerate(rows) if row.route.source in sources])
    if any(rows[k].maker for k in found):
        return ()
    return found


def listing_routes(model: Model, catalog: Catalog) -> tuple[ProviderRoute, ...]:
    """The routes whose listings are ``model``'s every source, of all its routes; else empty.

    :func:`listing_rows` for a model shown alone (``phicompare show``, a site's model page),
    with no comparison's terms: every route counts, and a route of its maker's own API (by
    :func:`~.choice.served_tier`) makes the sources the model's word.

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> [r.provider for r in listing_routes(catalog.model("gpt-realtime-1.5"), catalog)]
        ['fastrouter', 'vercel']
        >>> listing_routes(catalog.model("qwen3-omni-flash"), catalog)  # its maker's own APIs
        ()
        >>> listing_routes(catalog.model("phi-4-multimodal"), catalog)
        ()
    """
    sources = model.sources
    if not sources or not set(sources) <= {r.source for r in model.routes}:
        return ()
    found = tuple([r for r in model.routes if r.source in sources])
    for route in found:
        try:
            provider = catalog.provider(route.provider)
        except KeyError:  # a provider the catalog does not describe is no maker's API
            continue
        if served_tier(model, provider) is ProviderTier.FIRST_PARTY:
            return ()
    return found


def as_listings(found: Profile, model: Model, rows: Sequence[RouteRow]) -> Profile:
    """``found`` with a listing-only model's capabilities its listings' offer.

    Each flag the model documents (``documented``) is the listings' word, no flag of the
    model's: it becomes unknown, and the listings' providers offer the capability
    (``offered``), as a route's flag does, so the page says "from both its providers", never
    "documents vision", and it is no reason to pick the model. Support is unchanged: the
    model's routes do offer it. A listing's "no" (text alone in, a flag ``false``) stays the
    support it was; the page says it as the listings' silence, "its route listings (13
    providers) do not list it" (``narrative.friction_listed.lack_clause``; review 12, L11).
    """
    ks = listing_rows(model, rows)
    if not ks:
        return found
    providers = tuple(dict.fromkeys([rows[k].provider_name for k in ks]))
    documented, offered, silent = list(found.documented), list(found.offered), list(found.silent)
    for k, flag in enumerate(documented):
        if flag is not True:
            continue
        documented[k] = None
        offered[k] = tuple(dict.fromkeys((*offered[k], *providers)))
        silent[k] = tuple([name for name in silent[k] if name not in providers])
    return found._replace(documented=tuple(documented), offered=tuple(offered),
                          silent=tuple(silent))
