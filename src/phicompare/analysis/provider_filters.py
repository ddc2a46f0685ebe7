"""The caller's provider filters and route policy, checked against the catalog.

``compare``, ``estimate`` and ``recommend`` read their ``providers``, ``exclude_providers`` and
``route_policy`` options here before pricing any route (:mod:`phicompare.analysis.routes`).
"""

from __future__ import annotations

from collections.abc import Iterable

from phicompare.catalog.index import Catalog
from phicompare.domain.arguments import check_names_given
from phicompare.domain.names import closest_ids, normalize_name
from phicompare.domain.records import RoutePolicy
from phicompare.exceptions import ArgumentError, ComparisonError, UnknownProviderError

__all__ = ["closest_providers", "parse_route_policy", "provider_filter"]


def parse_route_policy(value: object) -> RoutePolicy:
    """The :class:`~phicompare.RoutePolicy` named by ``value`` (a member or its value).

    Raises:
        ComparisonError: text that names no route policy, with the ones there are.
        ArgumentError: a value that is neither a policy nor text (review 41).

    Examples:
        >>> parse_route_policy("cheapest")
        <RoutePolicy.CHEAPEST: 'cheapest'>
        >>> parse_route_policy("lowest")
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ComparisonError: unknown route policy 'lowest'; \
route_policy is 'maker-first' or 'cheapest'
    """
    try:
        return RoutePolicy(value)
    except ValueError:
        options = " or ".join(repr(p.value) for p in RoutePolicy)
        msg = f"unknown route policy {value!r}; route_policy is {options}"
        raise (ComparisonError if isinstance(value, str) else ArgumentError)(msg) from None


def provider_filter(catalog: Catalog, providers: Iterable[str] | None,
                    exclude_providers: Iterable[str]) -> tuple[frozenset[str] | None,
                                                             frozenset[str]]:
    """Allowed and excluded provider ids, each checked against the catalog.

    A provider is named by its id or its display name, in any case.

    Raises:
        UnknownProviderError: an unknown provider, with the closest known ids (a
            ``ComparisonError`` too).
        ArgumentError: ``providers`` or ``exclude_providers`` neither names nor one name.

    Examples:
        >>> from phicompare import default_catalog
        >>> provider_filter(default_catalog(), ["OpenRouter"], ["github-models"])
        (frozenset({'openrouter'}), frozenset({'github-models'}))
        >>> provider_filter(default_catalog(), ["openrouter"], ["OpenRouter"])
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: every provider allowed (openrouter) is excluded \
too: no provider is left
        >>> provider_filter(default_catalog(), ["openroute"], ())
        Traceback (most recent call last):
        ...
        phicompare.exceptions.UnknownProviderError: unknown provider 'openroute'; did you mean \
'openrouter'?
    """
    for option, names in (("providers", providers), ("exclude_providers", exclude_providers)):
        if names is not None:  # (None: all allowed, none excluded)
            check_names_given(option, names, "['openrouter']")
    if providers is None and not exclude_providers:
        return None, frozenset()  # no filter: nothing to look up (the common case)
    known = {p.id for p in catalog.providers}
    if catalog.shelf is None:  # a catalog built in code may route through an undefined provider
        known.update(r.provider for m in catalog.models for r in m.routes)
    # (a shelved catalog's files were checked: every route's provider is defined, and reading
    # every model's file to find out would cost the first filtered comparison ~0.4 s)
    by_name = {normalize_name(p.name): p.id for p in catalog.providers}
    by_name.update((normalize_name(i), i) for i in known)

    def ids(names: Iterable[str], option: str) -> frozenset[str]:
        if isinstance(names, str):  # one id, not an iterable of its letters
            names = (names,)
        found = set()
        for name in names:
            if not isinstance(name, str):  # a caller without type checks
                msg = f"{option}: a provider is named by its id, got {name!r}"  # type: ignore[unreachable]
                raise ArgumentError(msg)  # a wrong type (review 42)
            key = name if name in known else by_name.get(normalize_name(name))
            if key is None:
                close = closest_providers(catalog, name, known)
                raise UnknownProviderError(name, close, known=len(known))
            found.add(key)
        return frozenset(found)

    allowed = None if providers is None else ids(providers, "providers")
    excluded = ids(exclude_providers, "exclude_providers")
    if allowed and allowed <= excluded:  # (every route ruled out: review 27)
        msg = (f"every provider allowed ({', '.join(sorted(allowed))}) is excluded too: no "
               "provider is left")
        raise ArgumentError(msg)
    return allowed, excluded


def closest_providers(catalog: Catalog, name: str, known: Iterable[str],
                      limit: int = 3) -> tuple[str, ...]:
    """Up to ``limit`` provider ids closest to the unknown ``name``, closest first.

    The rule of :func:`~phicompare.domain.names.closest_ids`, over the ``known`` ids and the
    display names the catalog gives them.

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog = default_catalog()
        >>> known = [p.id for p in catalog.providers]
        >>> closest_providers(catalog, "azure", known), closest_providers(catalog, "zzzz", known)
        (('azure-foundry',), ())
    """
    names = {p.id: p.name for p in catalog.providers}
    return closest_ids(name, {i: names.get(i, "") for i in known}, limit)
