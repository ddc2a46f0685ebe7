"""What the estimates assume: the traffic, the day, the routes counted, in words.

The cost section opens with them; the bills' sentences quote the traffic in the same words.
The sentence is a function of the comparison's terms alone (:func:`assumption_texts`), so each
model's narrative parts keep it (:mod:`~phicompare.narrative.parts`).
"""

from __future__ import annotations

from functools import partial
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from phicompare.analysis.cost import DEPRECATED
from phicompare.analysis.routes import PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED
from phicompare.domain.pricing import RouteStatus

from . import format as fmt, paths
from .claims import Basis, Check, CheckOp, Claim, Evidence, EvidenceKind
from .context import Context
from .traffic_words import share_words, traffic_evidence, traffic_terms, traffic_text

if TYPE_CHECKING:
    import datetime as dt

    from phicompare.analysis.facts import CostEstimate
    from phicompare.analysis.traffic import Traffic
    from phicompare.domain.capabilities import Capability

__all__ = ["AsChecked", "Assumed", "Filters", "as_checked", "assumed", "assumption_texts",
           "assumptions", "provider_filters", "traffic_evidence", "traffic_phrase", "traffic_terms",
           "traffic_text"]


def traffic_phrase(x: Context) -> tuple[str, list[Evidence]]:
    """"800M input and 250M output tokens a month", and the evidence of both counts.

    With the traffic's shares, where any is set (:func:`traffic_terms`).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> phrase, evidence = traffic_phrase(context_of(compare("phi-2", "phi-4-mini")))
        >>> phrase, [e.shown for e in evidence]
        ('800M input and 250M output tokens a month', ['800M', '250M'])
    """
    text, evidence = x.traffic_said  # (the terms' alone: kept with the catalog)
    return text, list(evidence)


class Assumed(NamedTuple):
    """The assumptions under a page's terms, kept with each model's parts (:func:`assumed`)."""

    texts: tuple[str, str]
    """:func:`assumption_texts`: the sentence without and with a bill's route chosen by the
    route policy."""
    claim: Claim
    """The claim of a page whose own routes add nothing to the sentence (no provider filter,
    no route counted deprecated as last checked, no bill passed over): the terms' alone, its
    evidence built once for every such page."""


def assumed(x: Context) -> Assumed:
    """The assumptions under ``x``'s terms, for every comparison under them (:class:`Assumed`).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-4-mini"))
        >>> assumed(x).claim == assumptions(x), assumed(x).texts == assumption_texts(x)
        (True, True)
    """
    c, texts = x.c, assumption_texts(x)
    return Assumed(texts, Claim(key="assumptions", text=texts[0], basis=partial(
        _assumptions_basis, c.traffic, (), c.requires, c.as_of, c.include_free)))


def assumptions(x: Context, kept: Assumed | None = None) -> Claim:
    """What the estimates assume, spelled out.

    ``kept`` is :func:`assumed` for ``x``'s terms, where kept (its parts'): its claim where
    the page's routes add nothing to it; without it the sentence is written here.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-4-mini"))
        >>> assumptions(x) == assumptions(x, assumed(x)), assumptions(x).text[-40:]
        (True, '. Negotiated discounts are not included.')
    """
    c = x.c
    passed = tuple([e for e in c.cost.estimates if e.passed_over])
    filters = provider_filters(x)
    flagged = as_checked(x)
    if kept is not None and not passed and not filters.evidence and not flagged.text:
        return kept.claim  # (the terms' alone)
    # (the kept words are the terms' alone: a provider filter is said from this page's routes)
    text = (assumption_texts(x, filters) if filters.evidence else
            assumption_texts(x) if kept is None else kept.texts)[bool(passed)]
    if flagged.text:  # (this page's routes too: before the closing sentence)
        text = text.removesuffix(_TAIL) + flagged.text + _TAIL
    return Claim(key="assumptions", text=text, basis=partial(
        _assumptions_basis, c.traffic, passed, c.requires, c.as_of, c.include_free,
        filters.evidence + flagged.evidence, flagged.checks))


_REASON = attrgetter("reason")
"""A route row's reason (read in C, row by row)."""


class AsChecked(NamedTuple):
    """The routes a page dated before their check counts as deprecated by status alone."""

    text: str
    """" A route counts as deprecated as last checked, ...", or ``""`` where none is."""
    evidence: tuple[Evidence, ...]
    checks: tuple[Check, ...]


def as_checked(x: Context) -> AsChecked:
    """Routes not counted as deprecated by a status checked after the page's date, said so.

    The catalog may record a deprecation's date (``deprecated``), which then decides
    (:meth:`~phicompare.ProviderRoute.deprecated_on`); without one, the status as last checked
    stands on any day, and a page dated before that check says it cannot tell since when.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> as_checked(context_of(compare("phi-2", "phi-4-mini")))
        AsChecked(text='', evidence=(), checks=())
    """
    day = x.c.as_of
    if DEPRECATED not in map(_REASON, x.c.routes):  # (most pages: no route deprecated)
        return AsChecked("", (), ())
    flagged = [(k, r) for k, r in enumerate(x.c.routes) if r.reason == DEPRECATED
               and r.route.deprecated is None and r.route.checked > day]
    if not flagged:
        return AsChecked("", (), ())
    # whose route each is: several models may list the same provider (review 24, P10)
    owners: dict[int, list[str]] = {}
    for _, r in flagged:
        owners.setdefault(r.model_index, []).append(r.provider_name)
    whose = fmt.join_words([
        f"{x.names[i]}'s {'route' if len(names) == 1 else 'routes'} on "
        f"{fmt.join_words(list(dict.fromkeys(names)))}" for i, names in sorted(owners.items())])
    dates = sorted({r.route.checked for _, r in flagged})
    checked = (f"on {fmt.date(dates[0])}" if len(dates) == 1 else
               f"between {fmt.date(dates[0])} and {fmt.date(dates[-1])}")
    used = "so no bill uses it" if len(flagged) == 1 else "so no bill uses them"
    text = (f" A route counts as deprecated as last checked, not as of {fmt.date(day)}: the "
            f"data records no date of deprecation for {whose}, checked {checked}, {used}.")
    evidence = [e for k, r in flagged for e in (
        Evidence(paths.route(k, "provider_name"), r.provider_name, r.provider_name),
        Evidence(paths.route(k, "model_index"), r.model_index))]
    evidence += [Evidence(paths.route(k, "route.checked"), r.route.checked,
                          fmt.date(r.route.checked) if r.route.checked in (dates[0], dates[-1])
                          else None, EvidenceKind.DATE) for k, r in flagged]
    checks = [c for k, _ in flagged for c in (
        Check(op=CheckOp.TRUE, paths=(paths.route(k, "deprecated"),)),
        Check(op=CheckOp.IN, paths=(paths.route(k, "route.status"),),
              values=(RouteStatus.DEPRECATED.value,)),
        Check(op=CheckOp.NONE, paths=(paths.route(k, "route.deprecated"),)),
        Check(op=CheckOp.LESS, paths=(paths.AS_OF, paths.route(k, "route.checked"))))]
    return AsChecked(text, tuple(evidence), tuple(checks))


class Filters(NamedTuple):
    """What the caller's provider filters left out of this page, as its routes record it."""

    allowed: tuple[str, ...] | None
    """The providers of the page's routes that an allow-list (``providers``) lets in, by name;
    ``None`` where no route was left out by one."""
    excluded: tuple[str, ...]
    """The providers of the page's routes that ``exclude_providers`` names, by name."""
    evidence: tuple[Evidence, ...]
    """Each named provider's route and the reason it was, or was not, left out."""


def provider_filters(x: Context) -> Filters:
    """The provider filters as the page's route rows show them (their ``reason``).

    A filter that leaves out none of the page's routes is not stated: it changed nothing here.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-4-mini", providers=["together"]))
        >>> provider_filters(x)[:2]
        (('Together AI',), ())
        >>> provider_filters(context_of(compare("phi-2", "phi-4-mini")))
        Filters(allowed=None, excluded=(), evidence=())
    """
    rows = x.c.routes
    left_out = {PROVIDER_EXCLUDED, PROVIDER_NOT_ALLOWED}
    if left_out.isdisjoint(map(_REASON, rows)):  # (most pages: no filter left a route out)
        return Filters(None, (), ())
    allowing = any(r.reason == PROVIDER_NOT_ALLOWED for r in rows)
    named: dict[str, int] = {}  # a provider's name -> its first route row
    for k, r in enumerate(rows):
        if (r.reason == PROVIDER_EXCLUDED or (allowing and r.reason not in left_out)) \
                and r.provider_name not in named:
            named[r.provider_name] = k
    excluded = tuple(sorted((n for n, k in named.items() if rows[k].reason == PROVIDER_EXCLUDED),
                            key=str.casefold))
    allowed = tuple(sorted((n for n, k in named.items() if rows[k].reason != PROVIDER_EXCLUDED),
                           key=str.casefold)) if allowing else None
    evidence = [Evidence(paths.route(k, "provider_name"), name, name)
                for name, k in named.items()]
    evidence += [Evidence(paths.route(k, "reason"), rows[k].reason) for k in named.values()]
    if allowing and not allowed:  # every route left out: the reason of one says it
        k = next(k for k, r in enumerate(rows) if r.reason == PROVIDER_NOT_ALLOWED)
        evidence.append(Evidence(paths.route(k, "reason"), rows[k].reason))
    return Filters(allowed, excluded, tuple(evidence))


def assumption_texts(x: Context, filters: Filters | None = None) -> tuple[str, str]:
    """The assumptions' sentence, without and with a bill's route chosen by the route policy.

    (The route policy may bill a closed-weight model at its maker's price over a cheaper
    listing: the sentence then says so.) A function of the comparison's terms alone (traffic,
    day, free tiers, requirements), so it is kept with each model's parts
    (:attr:`~phicompare.narrative.parts.ModelParts.assumptions`); ``filters``
    (:func:`provider_filters`, this page's) adds the providers a filter allowed or excluded.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> plain, passed = assumption_texts(context_of(compare("phi-2", "phi-4-mini")))
        >>> plain[:60]
        'Estimates assume 800M input and 250M output tokens a month, '
        >>> clause = (" (for a closed-weight model, from its maker or from a major cloud or "
        ...           "platform)")
        >>> clause in passed, passed.replace(clause, "") == plain
        (True, True)
    """
    c = x.c
    t = c.traffic
    parts = [f"Estimates assume {traffic_text(t)}"]
    parts += [f"{fmt.percent(share)} {words}" for share, words, _ in share_words(t)]
    if t.requests is not None:
        count = t.requests  # ("one request", "nine requests", "9,990 requests")
        parts.append(fmt.plural(count, "request"))
    if t.at is not None or t.weekday is not None:
        parts.append(_arrival(t.at, t.weekday))
    allowed, excluded = (None, ()) if filters is None else filters[:2]
    route = "the cheapest route"
    if allowed:
        # (only these routes' providers are known here: the page may allow others too)
        route += (f" on {fmt.join_words(list(allowed), 'or')} (of the providers listing these "
                  f"models, the {'only one' if len(allowed) == 1 else 'ones'} this page allows)")
    elif allowed is not None:
        route += " on a provider this page allows (none listing these models is)"
    terms = [f"not on {fmt.join_words(list(excluded), 'or')} (excluded by this page)"] \
        if excluded else []
    terms += ["not deprecated"] + ([] if c.include_free else ["not a free tier"])
    route += f" that is {fmt.join_words(terms)}"
    # where the route policy billed a closed-weight model at its maker's or a cloud's price
    # (among the providers a filter leaves in: its maker may be one it leaves out)
    among = ", of those this page allows" if filters is not None and filters.evidence else ""
    passed = route + (" (for a closed-weight model, from its maker or from a major cloud or "
                      f"platform{among})")
    if c.requires:
        needs = f", supporting {fmt.join_words([r.label.lower() for r in c.requires])}"
        route, passed = route + needs, passed + needs
    head = (", ".join(parts) + f", the routes in service on {fmt.date(c.as_of)} at their prices "
            "as last checked, and ")
    return head + route + "." + _TAIL, head + passed + "." + _TAIL


_TAIL = " Negotiated discounts are not included."


def _assumptions_basis(t: Traffic, passed: tuple[CostEstimate, ...],
                       requires: tuple[Capability, ...],
                       as_of: dt.date, include_free: bool,
                       filters: tuple[Evidence, ...] = (),
                       checks: tuple[Check, ...] = ()) -> Basis:
    """The evidence of :func:`assumptions`: every figure and option its sentence states.

    (Facts only, never the context: a claim that kept the context would keep its comparison.)
    """
    shown_in, shown_out = fmt.big_count(t.input_tokens), fmt.big_count(t.output_tokens)
    evidence = [Evidence(paths.traffic("input_tokens"), t.input_tokens, shown_in,
                         EvidenceKind.COUNT),
                Evidence(paths.traffic("output_tokens"), t.output_tokens, shown_out,
                         EvidenceKind.COUNT)]
    for share, path in ((t.cached_share, paths.traffic("cached_share")),
                        (t.cache_write_share, paths.traffic("cache_write_share")),
                        (t.cache_write_1h_share, paths.traffic("cache_write_1h_share")),
                        (t.batch_share, paths.traffic("batch_share"))):
        if share:
            evidence.append(Evidence(path, share, fmt.percent(share), EvidenceKind.PERCENT))
    if t.requests is not None:
        evidence.append(Evidence(paths.traffic("requests"), t.requests))
    if t.at is not None or t.weekday is not None:
        evidence += [Evidence(paths.traffic("at"), t.at),
                     Evidence(paths.traffic("weekday"), t.weekday)]
    evidence.extend(Evidence(paths.estimate(e.model_index, "passed_over"), e.passed_over)
                    for e in passed)
    evidence.extend(Evidence(paths.requirement(k), r) for k, r in enumerate(requires))
    evidence.append(Evidence(paths.AS_OF, as_of, fmt.date(as_of), EvidenceKind.DATE))
    evidence.append(Evidence(paths.INCLUDE_FREE, include_free))
    evidence += filters
    return Basis(tuple(evidence), checks)


_WEEKDAYS = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")


def _arrival(at: str | None, weekday: int | None) -> str:
    """When the traffic arrives, for routes priced by time of day.

    Examples:
        >>> _arrival("20:00", None)
        'all of it arriving at 20:00 UTC'
        >>> _arrival(None, 6), _arrival("03:30", 1)
        ('all of it arriving on Saturdays', 'all of it arriving at 03:30 UTC on Mondays')
    """
    when = [f"at {at} UTC"] if at is not None else []
    when += [f"on {_WEEKDAYS[weekday - 1]}"] if weekday is not None else []
    return "all of it arriving " + " ".join(when)
