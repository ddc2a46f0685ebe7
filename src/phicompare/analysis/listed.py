"""A model whose every source is a listing of one of its routes: its capabilities are theirs.

About 580 bundled models have no source of their own (no model card, no models.dev model
file, no maker's API): each source is one provider's listing of a route. Their input
modalities are those listings' offer, not the model's word (docs/narrative.md; review 8, G8),
and so are the capabilities the listings flag (about 200 such models flag vision and
multimodal input, their listings' image input): a comparison reads them as its routes' offer,
as it reads a route's function calling (review 10, I4: "Qwen3-Omni Flash documents vision" and
"Pick ... for vision" on Alibaba's listings alone). A listing on the model's maker's own API is
the maker's word: Alibaba's Model Studio lists Qwen3-Omni Flash, so since review 18, P5 its
vendor is sourced and its flags are its own (``importers._makers.maker_listed``): every flag,
alike, the ones its record keeps (vision) and the ones only its listings' routes give (reasoning
mode, function calling; review 19, P5: :func:`maker_word`, :func:`as_listings`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from phicompare.domain.capabilities import Capabilities, Capability
from phicompare.domain.records import ProviderTier

from .choice import served_tier

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from phicompare.catalog.index import Catalog
    from phicompare.domain.pricing import ProviderRoute
    from phicompare.domain.records import Model

    from .facts import RouteRow
    from .profile import Profile

__all__ = ["as_listings", "listing_routes", "listing_rows", "maker_capabilities", "maker_word"]


def listing_rows(model: Model, rows: Sequence[RouteRow]) -> tuple[int, ...]:
    """The positions in ``rows`` (the model's routes in force) of the listings that are its record.

    Empty where the model has a source of its own (a model card, a models.dev model file) or
    its maker's API lists it: then its inputs are the model's word.
    """
    sources = _listed(model)
    if not sources:
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
    sources = _listed(model)
    if not sources:
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


# A models.dev provider file: ``.../providers/<provider>/models/<id>.toml``.
_PROVIDER_FILE = re.compile(r".*/providers/[^/]+/models/")


def _provider_folder(source: str) -> str | None:
    """The folder of a provider's listings ``source`` is a file of, if it is one.

    Examples:
        >>> _provider_folder("https://x.test/providers/nano-gpt/models/TEE/g:thinking.toml")
        'https://x.test/providers/nano-gpt/models/'
        >>> _provider_folder("https://huggingface.co/google/gemma-4-31b-it") is None
        True
    """
    found = _PROVIDER_FILE.match(source)
    return found.group() if found else None


def _listed(model: Model) -> frozenset[str]:
    """The model's sources where each is a listing of one of its routes' providers; else empty.

    A source no route cites still counts where it is another listing of a route's provider,
    a mode twin such as NanoGPT's ``gemma4-31b:thinking`` beside its ``gemma4-31b`` (review 20,
    P1): one provider's listings are no word of the model's.
    """
    sources = frozenset(model.sources)
    cited = {r.source for r in model.routes}
    folders = {_provider_folder(s) for s in cited} - {None}
    if sources and all(s in cited or _provider_folder(s) in folders for s in sources):
        return sources
    return frozenset()


def _lifted(own: Capabilities, routes: Iterable[ProviderRoute]) -> Capabilities:
    """``own`` with each capability it leaves unknown that one of ``routes`` flags set true."""
    flagged = [c for c in Capability if own.flag(c) is None and any(
        r.capabilities is not None and r.capabilities.flag(c) is True for r in routes)]
    return attrs.evolve(own, **{c.value: True for c in flagged}) if flagged else own


def maker_word(model: Model, catalog: Catalog) -> Model:
    """``model`` with the flags its maker's own listings give its routes as its own.

    A model whose every source is a listing, one of them on its maker's own API (by
    :func:`~.choice.served_tier`): that listing is the maker's word (``listing_routes`` is
    empty), for each capability it flags, on the model's record or only on its route: vision
    and reasoning mode read alike, "yes" (review 19, P5: Qwen3-Omni Flash read "Vision yes" but
    "Reasoning mode on both its routes", from the same two Alibaba listings). A flag the model
    sets (``false`` too) stays its own; any other model is returned as it is.

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> maker_word(catalog.model("qwen3-omni-flash"), catalog).capabilities.reasoning
        True
        >>> catalog.model("qwen3-omni-flash").capabilities.reasoning is None
        True
    """
    sources = _listed(model)
    own: list[ProviderRoute] = []
    for route in model.routes:
        if route.source not in sources:
            continue
        try:
            provider = catalog.provider(route.provider)
        except KeyError:  # a provider the catalog does not describe is no maker's API
            continue
        if served_tier(model, provider) is ProviderTier.FIRST_PARTY:
            own.append(route)
    lifted = _lifted(model.capabilities, own)
    return model if lifted is model.capabilities else attrs.evolve(model, capabilities=lifted)


def maker_capabilities(model: Model, rows: Sequence[RouteRow]) -> Capabilities:
    """``model``'s capabilities with each flag a listing of its maker (one of ``rows``) gives.

    :func:`maker_word` over a comparison's or a recommendation's rows, which say which routes
    are the maker's: ``pick`` reads a capability so, as a pair page does (helper fixZ).

    Examples:
        >>> from phicompare import recommend
        >>> c = next(c for c in recommend(requires=["reasoning"], limit=None).candidates
        ...          if c.model.id == "qwen3-omni-flash")
        >>> c.model.capabilities.reasoning, maker_capabilities(c.model, c.routes).reasoning
        (None, True)
    """
    sources = _listed(model)
    return _lifted(model.capabilities, [r.route for r in rows
                                        if r.maker and r.route.source in sources])


def _maker_flags(found: Profile, model: Model, rows: Sequence[RouteRow]) -> Profile:
    """``found`` with each flag a listing of the model's maker (one of ``rows``) gives documented.

    :func:`maker_word` within a comparison: its rows say which routes are the maker's.
    """
    lifted = maker_capabilities(model, rows)
    if lifted is model.capabilities:
        return found
    return found._replace(documented=tuple([
        True if lifted.flag(c) is True else flag
        for c, flag in zip(Capability, found.documented, strict=True)]))


def as_listings(found: Profile, model: Model, rows: Sequence[RouteRow]) -> Profile:
    """``found`` with a listing-only model's capabilities its listings' offer.

    Each flag the model documents (``documented``) is the listings' word, no flag of the
    model's: it becomes unknown, and the listings' providers offer the capability
    (``offered``), as a route's flag does, so the page says "from both its providers", never
    "documents vision", and it is no reason to pick the model. Support is unchanged: the
    model's routes do offer it. Where a listing is its maker's own, each flag the listings give
    is the model's (documented), as :func:`maker_word` reads it. A listing's "no" (text alone
    in, a flag ``false``) stays the support it was; the page says it as the listings' silence,
    "its route listings (13 providers) do not list it"
    (``narrative.friction_listed.lack_clause``; review 12, L11).
    """
    ks = listing_rows(model, rows)
    if not ks:
        return _maker_flags(found, model, rows)
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
