"""A ``Model`` compared or estimated is read against a catalog that defines its providers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from phicompare.domain.records import Model
from phicompare.exceptions import UnknownProviderError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from phicompare.catalog.index import Catalog

__all__ = ["check_own_catalog"]


def check_own_catalog(given: Iterable[object], catalog: Catalog) -> None:
    """Refuse a ``Model`` one of whose routes names a provider ``catalog`` does not define.

    A model from a catalog loaded from files, given without ``catalog=``, was read against the
    bundled catalog: its own providers unknown there, its bill named the raw provider id
    ("$65.00 a month on acme-cloud"; review 40). A name, or a model whose id the catalog holds
    (its record, or a copy edited with ``attrs.evolve``), is not checked. A ``Model`` built in
    Python is held to the same rule: give a catalog that defines its providers (``Catalog(
    models=..., providers=...)``), or one that holds it (``Catalog(models=(mine,))``).

    Examples:
        >>> from phicompare import Model, ProviderRoute, default_catalog
        >>> import datetime as dt
        >>> route = ProviderRoute(provider="acme-cloud", source="https://acme.example",
        ...                       checked=dt.date(2026, 11, 20), input=1, output=2)
        >>> m = Model(id="acme-7b", name="Acme 7B", routes=(route,))
        >>> check_own_catalog(["phi-2", m], default_catalog())  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        phicompare.exceptions.UnknownProviderError: model 'acme-7b': routes[0] names ...
    """
    for model in given:
        if not isinstance(model, Model) or not model.routes:
            continue
        if model.id in catalog:
            continue  # the catalog's record of it (or an edited copy): read against its own
        unknown = [i for i, route in enumerate(model.routes)
                   if not _defined(catalog, route.provider)]
        if unknown:
            raise UnknownProviderError(model.routes[unknown[0]].provider, model=model.id,
                                       route=unknown[0])


def _defined(catalog: Catalog, provider_id: str) -> bool:
    try:
        catalog.provider(provider_id)
    except KeyError:
        return False
    return True
