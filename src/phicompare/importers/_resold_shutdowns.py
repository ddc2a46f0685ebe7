"""Resellers' routes of a closed model whose every own and cloud route has shut down.

A closed-weight model runs only where its maker lets it: its maker's API and the major clouds
that host it under licence. When every such route the catalog records retires, a reseller's
route (a router, a gateway, an inference host) has nothing left to resell, whatever its listing
said when it was read. Review 26 (P1) found o4-mini billed on Poe's listing after OpenAI (on
2026-10-23), Microsoft Foundry and GitHub Models had all shut it down. The keyed retirements
already said so model by model (Gemini 2.0 Flash's resellers, o1-preview on NanoGPT); this
pass says it for every such model, from the days the catalog records: each reseller's route
retires on the day the last of them closed, its note naming each.

A model whose own or cloud routes are only deprecated, or any of them still served, keeps its
resellers' routes as they are; so does a model with open weights, or one whose weights or
maker are not on record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from phicompare.domain.names import normalize_name
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import Model, Provider, ProviderTier

from ._retirements import Retirement

__all__ = ["resold_retirements"]

def resold_retirements(models: Sequence[Model], providers: Mapping[str, Provider],
                       keyed: Sequence[Retirement] = ()) -> tuple[Retirement, ...]:
    """A retirement of each reseller's route of a closed model whose own routes all retired.

    ``providers`` by id; ``keyed`` the retirements already applied, whose source (and the day
    it was read) a new one cites, else the last route's own listing and its checked day.

    Examples:
        >>> def route(provider, retires=None):
        ...     return ProviderRoute(provider=provider, source=f"https://{provider}.test",
        ...                          checked=dt.date(2026, 7, 2), retires=retires)
        >>> maker = Provider(id="lab", name="Lab", tier=ProviderTier.FIRST_PARTY,
        ...                  vendors=("Lab",), vendors_source="https://lab.test",
        ...                  vendors_checked=dt.date(2026, 1, 1))
        >>> cloud = Provider(id="cloud", name="Cloud", tier=ProviderTier.CLOUD)
        >>> host = Provider(id="host", name="Host", tier=ProviderTier.RESELLER)
        >>> known = {p.id: p for p in (maker, cloud, host)}
        >>> m = Model(id="m", name="M", vendor="Lab", open_weights=False, routes=(
        ...     route("lab", dt.date(2026, 10, 23)), route("cloud", dt.date(2026, 10, 16)),
        ...     route("host")))
        >>> [(r.provider, r.retires) for r in resold_retirements([m], known)]
        [('host', datetime.date(2026, 10, 23))]
        >>> still = Model(id="s", name="S", vendor="Lab", open_weights=False, routes=(
        ...     route("lab", dt.date(2026, 10, 23)), route("cloud"), route("host")))
        >>> resold_retirements([still], known)
        ()
    """
    sources = {(fix.model, fix.provider): (fix.source, fix.checked) for fix in keyed}
    found: list[Retirement] = []
    for model in models:
        own = [r for r in model.routes if _own(model, providers.get(r.provider))]
        if (model.open_weights is not False or not own or any(r.retires is None for r in own)
                or not any(_makes(model, providers.get(r.provider)) for r in own)):
            continue
        last = max(own, key=lambda r: (r.retires or dt.date.min, r.provider))
        day = last.retires or dt.date.min
        source, read = sources.get((model.id, last.provider), (last.source, last.checked))
        closed = "; ".join(f"{_name(providers, r)} on {r.retires}"
                           for r in sorted(own, key=lambda r: (r.retires or dt.date.min,
                                                               r.provider)))
        found += [Retirement(
            model.id, route.provider, day, source, read,
            f"This route resells {model.vendor}'s model: its weights are closed, so it ran only "
            f"on its maker's API and the major clouds, every one of which the catalog records "
            f"shut down ({closed}), and no reseller can serve it after the last; no page of "
            f"the reseller's read here gives its own day, and the listing was read on "
            f"{route.checked}")
            for route in model.routes if route.retires is None
            and not _own(model, providers.get(route.provider))]
    return tuple(found)


def _own(model: Model, provider: Provider | None) -> bool:
    """Whether ``provider`` serves ``model`` as its maker or as a major cloud."""
    return provider is not None and (provider.tier is ProviderTier.CLOUD
                                     or _makes(model, provider))


def _makes(model: Model, provider: Provider | None) -> bool:
    """Whether ``provider`` is ``model``'s maker: a lab's API naming its vendor as its own."""
    if provider is None or provider.tier is not ProviderTier.FIRST_PARTY:
        return False
    if model.vendor is None or model.vendor_inferred:
        return False
    vendor = normalize_name(model.vendor)
    return any(normalize_name(own) == vendor for own in provider.vendors)


def _name(providers: Mapping[str, Provider], route: ProviderRoute) -> str:
    provider = providers.get(route.provider)
    return route.provider if provider is None else provider.name
