"""What the estimates assume: the traffic, the day, the routes counted, in words.

The cost section opens with them; the bills' sentences quote the traffic in the same words.
The sentence is a function of the comparison's terms alone (:func:`assumption_texts`), so each
model's narrative parts keep it (:mod:`~phicompare.narrative.parts`).
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Basis, Claim, Evidence, EvidenceKind
from .context import Context

if TYPE_CHECKING:
    import datetime as dt

    from phicompare.analysis.facts import CostFacts
    from phicompare.analysis.traffic import Traffic
    from phicompare.domain.capabilities import Capability

__all__ = ["assumption_texts", "assumptions", "traffic_evidence", "traffic_phrase",
           "traffic_text"]


def traffic_phrase(x: Context) -> tuple[str, list[Evidence]]:
    """"800M input and 250M output tokens a month", and the evidence of both counts.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> phrase, evidence = traffic_phrase(context_of(compare("phi-2", "phi-4-mini")))
        >>> phrase, [e.shown for e in evidence]
        ('800M input and 250M output tokens a month', ['800M', '250M'])
    """
    t = x.c.traffic
    return traffic_text(t), traffic_evidence(t)


def traffic_text(t: Traffic) -> str:
    """:func:`traffic_phrase`'s words alone (a sentence whose evidence waits for its basis)."""
    shown_in, shown_out = fmt.big_count(t.input_tokens), fmt.big_count(t.output_tokens)
    # a rounded count ("2.3B" for 2,250,000,000) is "about" it: the exact ones are in the bill
    exact = _exact(shown_in, t.input_tokens) and _exact(shown_out, t.output_tokens)
    return f"{'' if exact else 'about '}{shown_in} input and {shown_out} output tokens a month"


_UNITS = {"K": 10**3, "M": 10**6, "B": 10**9}


def _exact(shown: str, count: int) -> bool:
    """Whether ``shown`` (:func:`~phicompare.narrative.format.big_count`) is ``count`` itself."""
    unit = _UNITS.get(shown[-1:])
    return Decimal(shown) == count if unit is None else Decimal(shown[:-1]) * unit == count


def traffic_evidence(t: Traffic) -> list[Evidence]:
    """:func:`traffic_phrase`'s evidence alone: both counts, as the words show them."""
    return [Evidence(paths.traffic("input_tokens"), t.input_tokens, fmt.big_count(t.input_tokens),
                     EvidenceKind.COUNT),
            Evidence(paths.traffic("output_tokens"), t.output_tokens,
                     fmt.big_count(t.output_tokens), EvidenceKind.COUNT)]


def assumptions(x: Context, worded: tuple[str, str] | None = None) -> Claim:
    """What the estimates assume, spelled out.

    ``worded`` is :func:`assumption_texts` for ``x``'s terms, where kept (its parts');
    without it the sentence is written here.

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> x = context_of(compare("phi-2", "phi-4-mini"))
        >>> assumptions(x) == assumptions(x, assumption_texts(x)), assumptions(x).text[-40:]
        (True, '. Negotiated discounts are not included.')
    """
    c = x.c
    passed = any(e.passed_over for e in c.cost.estimates)
    text = (worded or assumption_texts(x))[passed]
    return Claim(key="assumptions", text=text, basis=partial(_assumptions_basis, c.traffic,
                                                             c.cost, c.requires, c.as_of,
                                                             c.include_free))


def assumption_texts(x: Context) -> tuple[str, str]:
    """The assumptions' sentence, without and with a bill's route chosen by the route policy.

    (The route policy may bill a closed-weight model at its maker's price over a cheaper
    listing: the sentence then says so.) A function of the comparison's terms alone (traffic,
    day, free tiers, requirements), so it is kept with each model's parts
    (:attr:`~phicompare.narrative.parts.ModelParts.assumptions`).

    Examples:
        >>> from phicompare import compare
        >>> from phicompare.narrative.context import context_of
        >>> plain, passed = assumption_texts(context_of(compare("phi-2", "phi-4-mini")))
        >>> plain[:60]
        'Estimates assume 800M input and 250M output tokens a month, '
        >>> clause = " (for a closed-weight model, from its maker or a major cloud)"
        >>> clause in passed, passed.replace(clause, "") == plain
        (True, True)
    """
    c = x.c
    t = c.traffic
    parts = [f"Estimates assume {traffic_text(t)}"]
    for share, words in (
            (t.cached_share, "of input read from the prompt cache"),
            (t.cache_write_share,
             "of input written to " + ("it" if t.cached_share else "the prompt cache")),
            (t.cache_write_1h_share, "of cache writes kept for an hour"),
            (t.batch_share, "of tokens sent through batch APIs")):
        if share:
            parts.append(f"{fmt.percent(share)} {words}")
    if t.requests is not None:
        parts.append(f"{t.requests:,} requests")
    if t.at is not None or t.weekday is not None:
        parts.append(_arrival(t.at, t.weekday))
    route = "the cheapest route that is not deprecated"
    if not c.include_free:
        route += " and not a free tier"
    # where the route policy billed a closed-weight model at its maker's or a cloud's price
    passed = route + " (for a closed-weight model, from its maker or a major cloud)"
    if c.requires:
        needs = f", supporting {fmt.join_words([r.label.lower() for r in c.requires])}"
        route, passed = route + needs, passed + needs
    head = (", ".join(parts) + f", the routes in service on {fmt.date(c.as_of)} at their prices "
            "as last checked, and ")
    tail = ". Negotiated discounts are not included."
    return head + route + tail, head + passed + tail


def _assumptions_basis(t: Traffic, cost: CostFacts, requires: tuple[Capability, ...],
                       as_of: dt.date, include_free: bool) -> Basis:
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
                    for e in cost.estimates if e.passed_over)
    evidence.extend(Evidence(paths.requirement(k), r) for k, r in enumerate(requires))
    evidence.append(Evidence(paths.AS_OF, as_of, fmt.date(as_of), EvidenceKind.DATE))
    evidence.append(Evidence(paths.INCLUDE_FREE, include_free))
    return Basis(tuple(evidence))


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
