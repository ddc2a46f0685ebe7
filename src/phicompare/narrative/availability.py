"""Claims about where each model runs: its providers (the FAQ) and its routes (the deep dive)."""

from __future__ import annotations

from phicompare.domain.pricing import RouteStatus

from . import format as fmt, paths
from .claims import Claim, Evidence
from .context import Context

__all__ = ["availability_claim", "where_claim"]


def where_claim(x: Context, i: int) -> Claim:
    """Where model ``i`` runs, by provider, with statuses other than generally available."""
    rows, ks = x.c.route_groups[i]
    name = x.names[i]
    if not rows:
        model = x.c.models[i]
        text = (f"No route for {name} is in force on {fmt.date(x.c.as_of)}." if model.routes
                else f"No provider route for {name} is in the catalog.")
        return Claim(key=f"where:{i}", text=text,
                     evidence=(Evidence(paths.model(i, "routes"), model.routes),
                               Evidence(paths.AS_OF, x.c.as_of)))
    notes: dict[str, list[str]] = {}
    for row in rows:
        statuses = notes.setdefault(row.provider_name, [])
        if row.route.status is not RouteStatus.GA:
            status = row.route.status.value.replace("-", " ")
            if status not in statuses:
                statuses.append(status)
    parts = [(f"{provider[:-1]}; {', '.join(n)})" if provider.endswith(")") else
              f"{provider} ({', '.join(n)})") if n else provider
             for provider, n in notes.items()]
    return Claim(key=f"where:{i}", text=f"{name} is listed on {fmt.join_words(parts)}.",
                 evidence=tuple(Evidence(paths.route(k, "provider_name"), r.provider_name)
                                for k, r in zip(ks, rows, strict=True)))


def availability_claim(x: Context, i: int) -> Claim:
    """How many routes model ``i`` has and how many can carry the traffic."""
    rows, ks = x.c.route_groups[i]
    if not rows:
        return Claim(key=f"availability:{i}",
                     text=f"With no route in force, {x.names[i]} cannot carry this traffic.",
                     evidence=(Evidence(paths.model(i, "routes"), x.c.models[i].routes),))
    eligible = sum(r.eligible for r in rows)
    return Claim(
        key=f"availability:{i}",
        text=f"{x.names[i]} has {fmt.plural(len(rows), 'route')} in the catalog; "
             f"{fmt.count_word(eligible) if eligible else 'none'} can carry this traffic.",
        evidence=tuple(Evidence(paths.route(k, "eligible"), r.eligible)
                       for k, r in zip(ks, rows, strict=True)))
