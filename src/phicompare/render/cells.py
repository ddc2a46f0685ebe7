"""One value as the text of a table cell, shared by every page builder.

Figures go through :mod:`phicompare.narrative.format` (the one formatter); an unknown value is
written as a phrase ("not yet sourced", "no published price"), never as a bare dash.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from phicompare.domain.capabilities import Capability, Support
from phicompare.domain.documents import document_key
from phicompare.domain.pricing import ProviderRoute, RouteStatus, TierBoundary
from phicompare.domain.records import BenchmarkScore
from phicompare.domain.settings import condition
from phicompare.narrative import format as fmt

__all__ = [
    "CAPABILITY",
    "STATUS",
    "SUPPORT",
    "UNSOURCED",
    "context",
    "money",
    "price",
    "route_status",
    "runs",
    "spec",
    "tiers",
    "tokens",
    "vendor",
    "yes_no",
]

UNSOURCED = "not yet sourced"
"""What a cell says when the catalog has no value for it."""

STATUS = {
    RouteStatus.GA: "GA",
    RouteStatus.PREVIEW: "preview",
    RouteStatus.DEPRECATED: "deprecated",
    RouteStatus.FREE_TIER: "free tier",
    RouteStatus.UNVERIFIED: "unverified",
}
"""A route's status as a cell shows it."""
CAPABILITY = {capability: capability.label for capability in Capability}
"""Each capability's label (the domain's ``label``, read once at import: a page shows dozens)."""
SUPPORT = {support: support.label for support in Support}
"""Each support value's label ("yes", "no", "not documented"), read once at import."""

_TOKEN_FIELDS = frozenset(("context_window", "max_input_tokens", "max_output_tokens"))
_PARAMETER_FIELDS = frozenset(("parameters_b", "active_parameters_b"))


def tokens(value: int) -> str:
    """A token count, short and exact: ``128K (131,072)``; the exact form alone when they agree.

    Examples:
        >>> tokens(131072), tokens(500)
        ('128K (131,072)', '500')
    """
    short = fmt.tokens(value)
    exact = f"{value:,}"
    return exact if short == exact else f"{short} ({exact})"


def spec(field: str, value: str | None) -> str:
    """A spec row's canonical value (see ``SpecRow``) as a reader sees it.

    Examples:
        >>> spec("context_window", "2048"), spec("parameters_b", "3.80"), spec("license", None)
        ('2K (2,048)', '3.8B', 'not yet sourced')
    """
    if value is None:
        return UNSOURCED
    if field in _TOKEN_FIELDS:
        return tokens(int(value))
    if field in _PARAMETER_FIELDS:
        return fmt.params(Decimal(value))
    return value


def money(value: Decimal | None, missing: str = "no published price") -> str:
    """A total in dollars, or ``missing``.

    Examples:
        >>> money(Decimal("102.5")), money(None, "no estimate")
        ('$102.50', 'no estimate')
    """
    return missing if value is None else fmt.money(value)


def price(value: Decimal | None) -> str:
    """A unit price (USD per 1M tokens), or "no published price".

    Examples:
        >>> price(Decimal("0.075")), price(None)
        ('$0.075', 'no published price')
    """
    return "no published price" if value is None else fmt.price(value)


def context(value: int | None, *, exact: bool = False) -> str:
    """A context window or output limit in tokens, or "not yet sourced".

    ``exact``: to the token alone, for a column whose short forms would misstate the windows'
    order or gaps ("160K (163,840)" beside "163K (163,000)": review 7, F4).

    Examples:
        >>> context(2048), context(None), context(163_840, exact=True)
        ('2K (2,048)', 'not yet sourced', '163,840')
    """
    if value is None:
        return UNSOURCED
    return f"{value:,}" if exact else tokens(value)


def route_window(value: int | None, route: ProviderRoute, *, exact: bool = False) -> str:
    """A routes table's context cell: the window in force on ``route`` (``value``).

    A route that lists no window runs on the model's own, marked as the model's, as ``pick``
    says "NanoGPT lists no window" (review 22, P5): unmarked, it read as the route's listing.

    Examples:
        >>> route = ProviderRoute(provider="p", source="https://x", checked=dt.date(2026, 1, 1))
        >>> route_window(1_048_576, route), route_window(None, route)
        ("1M (1,048,576), the model's", 'not yet sourced')
    """
    shown = context(value, exact=exact)
    return shown if value is None or route.context_window is not None else f"{shown}, the model's"


def route_status(route: ProviderRoute, on: dt.date, *, dated: bool = False) -> str:
    """A route's status on the day ``on``, as every page's routes table says it.

    A route whose retirement day has come is "retired", whatever its status as last checked (a
    "GA" beside "no: retired on ..." would contradict the row). Before its deprecation's
    recorded day (the route is counted then) "GA, deprecated from 2026-05-30"; from it on
    "deprecated" (:meth:`~phicompare.ProviderRoute.deprecated_on`). ``dated``, for a table
    with no other word of the route's lifecycle (a model's page): the retirement's day too,
    "retired on 2025-08-30" or "GA, retires on 2027-01-17" (review 18, P1).

    Examples:
        >>> route = ProviderRoute(provider="p", source="https://x", checked=dt.date(2025, 1, 1),
        ...                       retires=dt.date(2025, 9, 24))
        >>> route_status(route, dt.date(2025, 9, 1)), route_status(route, dt.date(2025, 9, 24))
        ('GA', 'retired')
        >>> route_status(route, dt.date(2025, 9, 1), dated=True)
        'GA, retires on 2025-09-24'
        >>> route_status(route, dt.date(2025, 9, 24), dated=True)
        'retired on 2025-09-24'
    """
    retires = route.retires
    if retires is not None and route.retired(on):
        return f"retired on {fmt.date(retires)}" if dated else "retired"
    shown, day = STATUS[route.status], route.deprecated
    if day is None or route.deprecated_on(on):
        said = STATUS[RouteStatus.DEPRECATED] if route.deprecated_on(on) else shown
    else:
        later = f"deprecated from {fmt.date(day)}"
        said = later if route.status is RouteStatus.DEPRECATED else f"{shown}, {later}"
    return f"{said}, retires on {fmt.date(retires)}" if dated and retires is not None else said


def tiers(route: ProviderRoute) -> str:
    """A route's long-context tiers in words, or "none listed".

    Each tier is named by the input tokens a request must exceed (or, ``from``, reach) and the
    prices it gives; a price a tier leaves out keeps the price below it
    (:class:`~phicompare.Tier`).

    Examples:
        >>> from phicompare import default_catalog
        >>> gemini = default_catalog().model("gemini-2.5-pro")
        >>> google = next(r for r in gemini.routes if r.provider == "google")
        >>> tiers(google)
        'above 200K: $2.50 in, $15.00 out'
        >>> import attrs
        >>> tiers(attrs.evolve(google, tiers=()))
        'none listed'
    """
    if not route.tiers:
        return "none listed"
    said = []
    for tier in route.tiers:
        prices = [f"{fmt.price(value)} {side}" for value, side in
                  ((tier.input, "in"), (tier.output, "out")) if value is not None]
        edge = "from" if tier.boundary is TierBoundary.AT_OR_ABOVE else "above"
        said.append(f"{edge} {fmt.tokens(tier.above_input_tokens)}: "
                    f"{', '.join(prices) or 'cache prices only'}")
    return "; ".join(said)


def yes_no(flag: bool | None) -> str:
    """A known flag as "yes" or "no"; an unknown one as "not yet sourced".

    Examples:
        >>> yes_no(True), yes_no(False), yes_no(None)
        ('yes', 'no', 'not yet sourced')
    """
    return UNSOURCED if flag is None else ("yes" if flag else "no")


def vendor(name: str | None, *, inferred: bool) -> str:
    """A model's vendor as a cell: a sourced name, or one only its id suggests said as a guess.

    Review 8, G8: a vendor read from the id alone (``Model.vendor_inferred``) is not a fact.

    Examples:
        >>> vendor("Google", inferred=False), vendor(None, inferred=False)
        ('Google', 'not yet sourced')
        >>> vendor("Google", inferred=True)
        'not yet sourced (the name suggests Google)'
    """
    if name is None:
        return UNSOURCED
    return f"{UNSOURCED} (the name suggests {name})" if inferred else name


def runs(scores: Sequence[BenchmarkScore]) -> list[tuple[BenchmarkScore, str]]:
    """A model's scores with each one's setting cell, the runs of one benchmark side by side.

    Two runs of a benchmark under one setting (two evaluations' tables, two harnesses) read
    "0-shot CoT (run 1 of 2)", "(run 2 of 2)", with the harness or the named evaluation where
    those tell the runs apart (the source beside it names the rest): rows a reader can tell
    apart (review 23, P6).

    Examples:
        >>> from decimal import Decimal
        >>> from phicompare.domain.records import BenchmarkScore
        >>> found = runs([BenchmarkScore(benchmark="gpqa", score=Decimal(s), setting="0-shot CoT",
        ...                              harness=h) for s, h in (("33", "A"), ("30", "B"))])
        >>> [setting for _, setting in found]
        ['0-shot CoT (run 1 of 2, harness A)', '0-shot CoT (run 2 of 2, harness B)']
    """
    grouped: dict[str, list[BenchmarkScore]] = {}
    for s in scores:
        grouped.setdefault(s.benchmark, []).append(s)
    found: list[tuple[BenchmarkScore, str]] = []
    for group in grouped.values():
        alike: dict[str, list[BenchmarkScore]] = {}
        for s in group:
            alike.setdefault(condition(s.setting), []).append(s)
        for s in group:
            same = alike[condition(s.setting)]
            said = s.setting or "not stated"
            if len(same) == 1:
                found.append((s, said))
                continue
            tell = [f"run {same.index(s) + 1} of {len(same)}"]
            if len({x.harness for x in same}) > 1:
                tell.append(f"harness {s.harness}" if s.harness else "harness not stated")
            if s.evaluation and len({x.evaluation_key for x in same}) > 1 and (
                    s.source is None or document_key(s.source) != document_key(s.evaluation)):
                tell.append(f"evaluation {s.evaluation}")
            found.append((s, f"{said} ({', '.join(tell)})"))
    return found
