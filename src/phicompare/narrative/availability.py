"""Claims about where each model runs: its providers (the FAQ) and its routes (the deep dive)."""

from __future__ import annotations

from collections.abc import Callable

from phicompare.analysis.facts import STALE_PRICE_DAYS
from phicompare.domain.pricing import RouteStatus

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .context import Context

__all__ = ["availability_claim", "capability_phrase", "route_notes", "where_claim"]


def where_claim(x: Context, i: int) -> Claim:
    """Where model ``i`` runs, by provider, with statuses other than generally available."""
    rows, ks = x.c.route_groups[i]
    name = x.names[i]
    if not rows:
        model = x.c.models[i]
        text = (f"No route for {name} is in force on {fmt.date(x.c.as_of)}." if model.routes
                else f"No provider route for {name} is in the catalog.")
        as_of = x.c.as_of
        return Claim(key=f"where:{i}", text=text,
                     basis=lambda: Basis((Evidence(paths.model(i, "routes"), model.routes),
                                          Evidence(paths.AS_OF, as_of))))
    notes: dict[str, list[str]] = {}
    for row in rows:
        statuses = notes.setdefault(row.provider_name, [])
        if row.route.status is not RouteStatus.GA:
            status = row.route.status.value.replace("-", " ")
            if status not in statuses:
                statuses.append(status)
    parts = [(f"{provider[:-1]}; {', '.join(n)})" if provider.endswith(")") else
              f"{provider} ({', '.join(n)})") if n else provider
             for provider, n in sorted(notes.items(), key=lambda kv: kv[0].casefold())]
    return Claim(key=f"where:{i}", text=f"{name} is listed on {fmt.join_words(parts)}.",
                 basis=lambda: Basis(tuple(Evidence(paths.route(k, "provider_name"),
                                                    r.provider_name)
                                           for k, r in zip(ks, rows, strict=True))))


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
        basis=lambda: Basis(tuple(Evidence(paths.route(k, "eligible"), r.eligible)
                                  for k, r in zip(ks, rows, strict=True))))


def route_notes(x: Context, i: int) -> tuple[Claim, ...]:
    """Model ``i``'s routes that retire soon, are unverified, or carry prices checked long ago."""
    claims: list[Claim] = []
    day = fmt.date(x.c.as_of)
    rows, ks = x.c.route_groups[i]
    name = x.names[i]
    for k, row in zip(ks, rows, strict=True):
        days = row.days_to_retirement
        if days is not None and row.route.retires is not None:
            claims.append(Claim(
                key=f"retires:{k}",
                text=(f"{row.provider_name}'s route for {name} retires on "
                      f"{fmt.date(row.route.retires)}, {fmt.plural(days, 'day')} after "
                      f"{day}."),
                evidence=(Evidence(paths.route(k, "provider_name"), row.provider_name,
                                   row.provider_name),
                          Evidence(paths.route(k, "route.retires"), row.route.retires,
                                   fmt.date(row.route.retires), EvidenceKind.DATE),
                          Evidence(paths.route(k, "days_to_retirement"), days),
                          Evidence(paths.AS_OF, x.c.as_of, day, EvidenceKind.DATE)),
                checks=(Check(op=CheckOp.KNOWN,
                              paths=(paths.route(k, "days_to_retirement"),)),)))
    unverified = [(k, r) for k, r in zip(ks, rows, strict=True)
                  if r.route.status is RouteStatus.UNVERIFIED]
    if unverified:
        names = list(dict.fromkeys(r.provider_name for _, r in unverified))
        claims.append(Claim(
            key=f"unverified:{i}",
            text=(f"{fmt.join_words(names)} listed {name} once, and no newer source confirms "
                  f"{'it' if len(names) == 1 else 'them'}: "
                  f"{'that route' if len(unverified) == 1 else 'those routes'} may have been "
                  "retired."),
            evidence=tuple(Evidence(paths.route(k, "route.status"), r.route.status)
                           for k, r in unverified),
            checks=tuple(Check(op=CheckOp.IN, paths=(paths.route(k, "route.status"),),
                               values=("unverified",)) for k, _ in unverified)))
    stale = [(k, r) for k, r in zip(ks, rows, strict=True) if r.stale and r.monthly]
    if stale:
        listed = [f"{r.provider_name} ({fmt.date(r.route.checked)})" for _, r in stale]
        claims.append(Claim(
            key=f"stale:{i}",
            text=(f"Prices for {name} checked more than {STALE_PRICE_DAYS} days before "
                  f"{day}: {fmt.join_words(listed)}."),
            evidence=(*(Evidence(paths.route(k, "route.checked"), r.route.checked,
                                 fmt.date(r.route.checked), EvidenceKind.DATE)
                        for k, r in stale),
                      Evidence(paths.AS_OF, x.c.as_of, day, EvidenceKind.DATE)),
            checks=tuple(Check(op=CheckOp.TRUE, paths=(paths.route(k, "stale"),))
                         for k, _ in stale)))
    return tuple(claims)


_NAMED = 6
"""Providers that offer, or do not list, a capability named one by one, at most; more are
counted (the capabilities table and the route tables name them)."""


def capability_phrase(x: Context, k: int, i: int, label: str) -> tuple[str, Callable[[], Basis]]:
    """Whether model ``i`` has capability row ``k`` itself or only on some routes, in words.

    "Phi-4 Mini documents function calling", or "OpenRouter, W&B and Kilo offer structured
    outputs for Phi-4 Mini; Microsoft Foundry does not list it": a route's flag is never the
    model's feature. Returns the phrase and the basis of a claim that states it.
    """
    row = x.c.capabilities[k]
    name = x.names[i]
    documented = row.documented[i] if row.documented else None
    if documented is True or not row.offered_by or not row.offered_by[i]:
        return f"{name} documents {label}", lambda: Basis(
            (Evidence(paths.capability_source(k, "documented", i), documented),),
            (Check(op=CheckOp.TRUE, paths=(paths.capability_source(k, "documented", i),)),))
    offered, silent = row.offered_by[i], row.not_listed_by[i]
    # (a count in figures: the phrase may open a sentence, and "7 providers" needs no capital)
    who = f"{len(offered)} providers" if len(offered) > _NAMED else fmt.join_words(list(offered))
    text = f"{who} {'offers' if len(offered) == 1 else 'offer'} {label} for {name}"
    if len(silent) > _NAMED:  # a roll call of every reseller hides the sentence
        text += f"; {fmt.plural(len(silent), 'other provider')} do not list it"
    elif silent:
        text += (f"; {fmt.join_words(list(silent))} "
                 f"{'does' if len(silent) == 1 else 'do'} not list it")
    return text, lambda: Basis(
        (Evidence(paths.capability_source(k, "offered_by", i), offered),
         Evidence(paths.capability_source(k, "not_listed_by", i), silent),
         Evidence(paths.capability_source(k, "documented", i), documented)),
        (Check(op=CheckOp.IN, paths=(paths.capability_source(k, "documented", i),),
               values=("none", "false")),))
