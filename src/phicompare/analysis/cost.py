"""The cost model: exact monthly money for a route at a traffic. Pure functions, Decimal only.

Prices are USD per 1M tokens. Token counts are integers, shares are Decimals in 0..1, and every
amount is ``tokens / 1_000_000 * price``: exact, never rounded here (rounding is for display).
See ``docs/cost-model.md`` for every formula with a worked example.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

import attrs

from phicompare.domain.arguments import keywords_checked, kind
from phicompare.domain.pricing import (
    MINUTES_A_DAY,
    ProviderRoute,
    clock_minutes,
)
from phicompare.domain.record import MONEY, Record
from phicompare.domain.records import ProviderTier
from phicompare.exceptions import ArgumentError, ComparisonError

from .eligibility import DEPRECATED, current_routes, route_eligibility
from .text_forms import blend_refused, traffic_refused
from .tier_rates import SIDES, Rates, tier_rates
from .traffic import Traffic

__all__ = [
    "CENT", "DEFAULT_BLEND", "DEPRECATED", "TINY_PRICE", "UNDER_TINY", "CostLine", "RouteBill",
    "RouteCost", "SearchFee", "blended_price", "crossover_share", "current_routes", "in_cents",
    "money_text", "prices", "route_cost", "route_eligibility", "shown_difference", "shown_money",
]

MILLION = Decimal(1_000_000)


DEFAULT_BLEND = (7, 3)
"""Default input:output weights of a blended price (70/30, as on the reference page)."""


_ZERO = Decimal(0)


_ONE = Decimal(1)


CENT = Decimal("0.01")
"""The precision a page shows money at; a bill gap under it is never material."""
TINY_PRICE = Decimal("1E-9")
"""The least unit price or fee a page writes in places: a billionth of a dollar, which no source
goes under. Less reads :data:`UNDER_TINY` (``1E-300`` in places is 300 digits)."""
UNDER_TINY = "under $0.000000001"
"""How a page writes a price or fee under :data:`TINY_PRICE` (``narrative.format.price``)."""


def shown_money(amount: Decimal) -> Decimal:
    """``amount`` to the cent a page shows it at (half up), for gaps between shown bills.

    Examples:
        >>> shown_money(Decimal("102.504")), shown_money(Decimal("0.005")), shown_money(Decimal(0))
        (Decimal('102.50'), Decimal('0.01'), Decimal('0.00'))
    """
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def shown_difference(bill: Decimal, low: Decimal) -> Decimal:
    """How much more ``bill`` is than ``low``, as their printed figures differ (to the cent).

    A bill under a cent prints "under $0.01", not $0.00 nor $0.01: from it, the exact
    difference to the cent.

    Examples:
        >>> shown_difference(Decimal("1.96615"), Decimal("1.34276"))  # $1.97 and $1.34
        Decimal('0.63')
        >>> shown_difference(Decimal("0.015"), Decimal("0.0021"))  # $0.02 and under $0.01
        Decimal('0.01')
    """
    if 0 < low < CENT:
        return shown_money(bill - low)
    return shown_money(bill) - shown_money(low)


def money_text(amount: Decimal) -> str:
    """An amount in USD as data (JSON): exact, to the cent at least, never in exponent form.

    One scale for every amount a consumer compares or prints (review 7, F15): the cents always
    shown, more places only where the amount has them (a bill of a fraction of a cent), so no
    figure is rounded and none carries its arithmetic's trailing zeros.

    Examples:
        >>> [money_text(Decimal(a)) for a in ("117.000", "300", "0.0066")]
        ['117.00', '300.00', '0.0066']
    """
    exact = amount.normalize()
    if int(exact.as_tuple().exponent) >= -2:
        return format(exact.quantize(CENT), "f")
    return format(exact, "f")


@attrs.frozen(kw_only=True, eq=False, repr=False)
class CostLine(Record):
    """One line of a bill: what, how many tokens (or requests), at what unit price, for how much.

    ``unit_price`` is USD per 1M tokens, or USD per request for the request-fee line.
    """

    item: str
    quantity: int
    unit_price: Decimal = attrs.field(metadata=MONEY)
    amount: Decimal = attrs.field(metadata=MONEY)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class RouteBill(Record):
    """Another eligible route's bill at the traffic, in figures, that an estimate names.

    A closed-weight model's lower listing that the route policy passed over
    (``CostEstimate.passed_bills``), or, under the cheapest policy, its bill from its maker or
    a major cloud that a reseller's listing undercuts (``CostEstimate.maker_bill``).
    """

    provider_name: str
    monthly: Decimal = attrs.field(metadata=MONEY)
    input_price: Decimal = attrs.field(metadata=MONEY)
    """The input price per 1M tokens the bill applied (a long-context tier's where crossed)."""
    output_price: Decimal = attrs.field(metadata=MONEY)
    tier: ProviderTier | None = None
    """The provider's tier (see ``docs/catalog.md``)."""
    tier_unlisted: bool = False
    """Whether the route lists no long-context tier that another route applies to the
    requests (``RouteRow.tier_unlisted``)."""
    checked: dt.date | None = None
    """The day the route's price was last checked (``None``: a bill written before it was kept)."""
    effective_from: dt.date | None = None
    """The day the route's price is dated from (``ProviderRoute.effective_from``), where it is:
    with ``checked``, whether the bill is on record for a comparison's date (review 29, F2)."""


@attrs.frozen(kw_only=True, eq=False, repr=False)
class SearchFee(Record):
    """An eligible route's fee a web search, which no bill counts (review 20, P7).

    A traffic gives no search count, and how many searches a request makes is not assumed, so
    the cost section says the fee a bill leaves out (``CostEstimate.search_fees``).
    """

    provider_name: str
    per_search: Decimal = attrs.field(metadata=MONEY)
    billed: bool = False
    """Whether the route is the bill's own (else another eligible route of the model)."""


@attrs.frozen(kw_only=True, eq=False, repr=False)
class RouteCost(Record):
    """A route's monthly cost at a traffic: the total, its lines, and the assumptions made.

    Each note is a clause that reads after the model's name ("Gemini 2.5 Pro: requests of ...").
    """

    monthly: Decimal = attrs.field(metadata=MONEY)
    lines: tuple[CostLine, ...]
    notes: tuple[str, ...] = ()
    input_price: Decimal = attrs.field(metadata=MONEY)
    """The standard input price per 1M tokens the bill applied: the route's base price, or its
    long-context tier's once the requests cross it (blended over the route's time windows)."""
    output_price: Decimal = attrs.field(metadata=MONEY)
    """The standard output price per 1M tokens the bill applied, as ``input_price``."""
    tier_above: int | None = None
    """The threshold (input tokens) of the highest long-context tier the requests cross."""


def prices(route: ProviderRoute) -> tuple[Decimal, Decimal]:
    """The route's base (input, output) prices.

    Raises:
        ValueError: the route has no published price.
    """
    if route.input is None or route.output is None:
        msg = f"route on {route.provider!r} has no published price"
        raise ValueError(msg)
    return route.input, route.output


def _window_rates(route: ProviderRoute, traffic: Traffic, rates: Rates,
                  notes: list[str]) -> tuple[Rates, int]:
    """``rates`` blended over the route's time windows as the traffic arrives, as a fraction.

    Each moment of the traffic's arrival (every minute of the week when it arrives evenly) is
    priced at the window open then, else at ``rates``; the blend is the exact average, returned
    as numerators over one denominator (the moments counted) so that the bill divides once. A
    cache price unknown at some moments but known at others stands at the input price of those
    moments, as the bill does for an unknown cache price.
    """
    if not route.windows:
        return rates, 1
    days = (traffic.weekday,) if traffic.weekday is not None else tuple(range(1, 8))
    at = None if traffic.at is None else clock_minutes(traffic.at)
    total = len(days) * (MINUTES_A_DAY if at is None else 1)
    weights: list[tuple[int, Rates]] = []
    rest = total
    for window in route.windows:
        count = sum((window.minutes_a_day if at is None else int(window.covers(day, at)))
                    for day in days if day in window.days())
        if count:
            inside = {side: (price if (price := getattr(window, side)) is not None
                             else rates[side]) for side in SIDES}
            weights.append((count, inside))
            rest -= count
    if not weights:
        return rates, 1
    if rest:
        weights.append((rest, rates))
    blended: Rates = {}
    for side in SIDES:
        if all(found[side] is None for _, found in weights):
            blended[side] = None
            continue
        amount = _ZERO
        for count, found in weights:
            price = found[side]
            amount += count * (price if price is not None else _required(found["input"]))
        blended[side] = amount
    in_window = total - rest
    if at is None:
        span = "the week" if traffic.weekday is None else "the day"
        notes.append(f"traffic arrives evenly over {span} and {in_window:,} of its {total:,} "
                     "minutes fall in a time-of-day price window, so the prices are blended by "
                     "that share")
    elif total == 1:
        notes.append(f"traffic arrives at {traffic.at} UTC, inside a time-of-day price window")
    else:
        notes.append(f"traffic arrives at {traffic.at} UTC, inside a time-of-day price window on "
                     f"{in_window} of the 7 days, so the prices are blended by that share")
    return blended, total


def _required(price: Decimal | None) -> Decimal:
    if price is None:  # pragma: no cover - the input price is always known here
        msg = "an input price is missing"
        raise ValueError(msg)
    return price


def in_cents(amount: Decimal) -> Decimal:
    """``amount``, the same value, written to the cent, or to its last nonzero place below it.

    Exact arithmetic keeps the places of the prices it multiplies, so one bill read
    ``Decimal('97500.0')`` and another ``Decimal('135.000')`` (review 23); money now reads at
    one scale, and a fraction of a cent is kept, never rounded.

    Examples:
        >>> in_cents(Decimal("97500.0")), in_cents(Decimal("135.000")), in_cents(Decimal("0.00125"))
        (Decimal('97500.00'), Decimal('135.00'), Decimal('0.00125'))
    """
    cents = amount.quantize(CENT)
    return cents if cents == amount else amount.normalize()


@keywords_checked
def route_cost(route: ProviderRoute, traffic: Traffic, *,
               min_context: int | None = None) -> RouteCost:
    """The monthly cost of ``route`` at ``traffic``.

    ``min_context``, the tokens every route must take, bills a long-context tier below it
    where the traffic gives no request count (:func:`~.tier_rates.tier_rates`).

    Raises:
        ValueError: the route has no published price.
        ArgumentError: ``route`` is not a route or ``traffic`` not a Traffic (API review 15, A5).

    Examples:
        >>> import datetime as dt
        >>> r = ProviderRoute(provider="p", input=Decimal("0.05"), output=Decimal("0.25"),
        ...                   source="https://example.com", checked=dt.date(2026, 5, 16))
        >>> route_cost(r, Traffic()).monthly
        Decimal('102.50')
    """
    if not isinstance(route, ProviderRoute):
        msg = f"route_cost: route must be a ProviderRoute, got {kind(route)}"  # type: ignore[unreachable]
        raise ArgumentError(msg)
    if not isinstance(traffic, Traffic):  # (the command line's text: Traffic.parse, A9)
        msg = f"route_cost: {traffic_refused(traffic)}"  # type: ignore[unreachable]
        raise ArgumentError(msg)
    notes: list[str] = []
    tiered, tier_above = tier_rates(route, traffic, notes, prices(route), min_context)
    rates, scale = _window_rates(route, traffic, tiered, notes)
    input_price, output_price = _required(rates["input"]), _required(rates["output"])
    lines: list[CostLine] = []

    def add(item: str, quantity: int, unit: Decimal, per: Decimal = MILLION,
            over: int = scale) -> None:
        # ``unit`` is a price times ``over`` (the moments a time-window blend counts; 1 without
        # windows): the amount divides once, so a blend over a third of a day stays exact.
        if quantity:
            lines.append(CostLine(item=item, quantity=quantity,
                                  unit_price=unit if over == 1 else unit / over,
                                  amount=Decimal(quantity) * unit / (per * over)))

    cached = int(traffic.input_tokens * traffic.cached_share)
    written = int(traffic.input_tokens * traffic.cache_write_share)
    fresh_input = traffic.input_tokens - cached - written
    if cached:
        if (cache_read := rates["cache_read"]) is not None:
            add("cached input", cached, cache_read)
        else:
            notes.append("no cache-read price is listed, so cached input is billed at the "
                         "input price")
            fresh_input += cached
    if written:
        cache_write, cache_write_1h = rates["cache_write"], rates["cache_write_1h"]
        written_1h = int(written * traffic.cache_write_1h_share)
        if written_1h and cache_write_1h is not None:
            add("cache writes (1 hour)", written_1h, cache_write_1h)
            written -= written_1h
        elif written_1h:
            notes.append("no 1-hour cache-write price is listed, so 1-hour writes are billed "
                         "as 5-minute writes")
        if cache_write is not None:
            add("cache writes", written, cache_write)
        else:
            notes.append("no cache-write price is listed, so cache writes are billed at the "
                         "input price")
            fresh_input += written
    batch_in = int(fresh_input * traffic.batch_share)
    batch_out = int(traffic.output_tokens * traffic.batch_share)
    batch_input, batch_output = _batch_prices(route, input_price, output_price, scale)
    if batch_in and batch_input is None:
        notes.append("no batch input price is listed, so batch input is billed at the "
                     "standard price")
        batch_in = 0
    if batch_out and batch_output is None:
        notes.append("no batch output price is listed, so batch output is billed at the "
                     "standard price")
        batch_out = 0
    add("input", fresh_input - batch_in, input_price)
    add("output", traffic.output_tokens - batch_out, output_price)
    if batch_input is not None:
        add("batch input", batch_in, batch_input)
    if batch_output is not None:
        add("batch output", batch_out, batch_output)
    if route.per_request:
        if traffic.requests is None:
            fee = route.per_request  # (a fee under a billionth of a dollar: "under" it)
            shown = f"${fee:,f}" if fee >= TINY_PRICE else UNDER_TINY
            notes.append(f"a fee of {shown} a request is not included, as the traffic gives no "
                         "request count")
        else:
            add("requests", traffic.requests, route.per_request, per=_ONE, over=1)
    monthly = in_cents(sum((line.amount for line in lines), _ZERO))
    return RouteCost(monthly=monthly, lines=tuple(lines), notes=tuple(notes),
                     input_price=input_price if scale == 1 else input_price / scale,
                     output_price=output_price if scale == 1 else output_price / scale,
                     tier_above=tier_above)


def _batch_prices(route: ProviderRoute, input_price: Decimal, output_price: Decimal,
                  scale: int = 1) -> tuple[Decimal | None, Decimal | None]:
    """Batch (input, output) prices: an explicit price wins, else the discount, else unknown.

    Prices are times ``scale``, as the bill's blended prices are (1 without time windows).
    """
    keep = None if route.batch_discount is None else _ONE - route.batch_discount
    batch_input = route.batch_input
    if batch_input is not None and scale != 1:
        batch_input *= scale
    if batch_input is None and keep is not None:
        batch_input = input_price * keep
    batch_output = route.batch_output
    if batch_output is not None and scale != 1:
        batch_output *= scale
    if batch_output is None and keep is not None:
        batch_output = output_price * keep
    return batch_input, batch_output


@keywords_checked
def blended_price(input_price: Decimal, output_price: Decimal,
                  blend: tuple[int, int] = DEFAULT_BLEND) -> Decimal:
    """The price per 1M tokens of a mix weighted ``blend`` (input, output).

    Raises:
        ArgumentError: a price that is not a Decimal or an int (a float is not exact).
        ComparisonError: a price below zero or not finite, a bad ``blend``.

    Examples:
        >>> blended_price(Decimal("0.05"), Decimal("0.25"))
        Decimal('0.11')
        >>> blended_price(Decimal("0.05"), Decimal("0.25"), blend=(3, 1))
        Decimal('0.10')
    """
    _check_price("blended_price: input_price", input_price)
    _check_price("blended_price: output_price", output_price)
    weight_in, weight_out = check_blend(blend)
    total = Decimal(weight_in + weight_out)
    return (input_price * weight_in + output_price * weight_out) / total


def _check_price(name: str, price: object) -> None:
    """Raise unless ``price`` is a price per 1M tokens: a Decimal or an int, finite, not below 0.

    Examples:
        >>> _check_price("input_price", 0.5)
        Traceback (most recent call last):
        ...
        phicompare.exceptions.ArgumentError: input_price is USD per 1M tokens, a Decimal or an \
int, got float 0.5: pass Decimal('0.5')
    """
    if isinstance(price, bool) or not isinstance(price, (Decimal, int)):
        hint = f": pass Decimal({str(price)!r})" if isinstance(price, float) else ""
        msg = f"{name} is USD per 1M tokens, a Decimal or an int, got {kind(price)}{hint}"
        raise ArgumentError(msg)
    if (isinstance(price, Decimal) and not price.is_finite()) or price < 0:
        msg = f"{name} is USD per 1M tokens, a finite number, zero or more, got {kind(price)}"
        raise ComparisonError(msg)


def check_blend(blend: Sequence[int]) -> tuple[int, int]:
    """``blend`` as a pair of non-negative whole weights, not both zero.

    Raises:
        ComparisonError: anything else.
    """
    typed = isinstance(blend, (tuple, list)) and not any(
        isinstance(w, bool) or not isinstance(w, int) for w in blend)
    if not typed or len(blend) != 2 or any(w < 0 for w in blend) or sum(blend) == 0:
        # ("7:3" is (7, 3): A9; weights of the wrong type are an ArgumentError, review 41)
        raise (ComparisonError if typed else ArgumentError)(blend_refused(blend))
    return blend[0], blend[1]


@keywords_checked
def crossover_share(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> Decimal | None:
    """The input share of traffic at which two (input, output) prices cost the same.

    Returns ``None`` unless the prices point opposite ways (one cheaper on input, the other on
    output). Below the share the model cheaper on output costs less; above it, the other.

    Raises:
        ArgumentError: ``a`` or ``b`` is not an (input, output) pair of prices.
        ComparisonError: a price below zero or not finite.

    Examples:
        >>> crossover_share((Decimal("0.10"), Decimal("0.10")), (Decimal("0.075"), Decimal("0.30")))
        Decimal('0.8888888888888888888888888889')
    """
    for name, pair in (("a", a), ("b", b)):
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            msg = (f"crossover_share: {name} is an (input, output) pair of prices, such as "  # type: ignore[unreachable]
                   f"(Decimal('0.10'), Decimal('0.30')), got {kind(pair)}")
            raise ArgumentError(msg)
        for side, price in zip(("input", "output"), pair, strict=True):
            _check_price(f"crossover_share: {name}'s {side} price", price)
    d_in = Decimal(a[0]) - Decimal(b[0])  # (an int's difference divides to a float)
    d_out = Decimal(a[1]) - Decimal(b[1])
    if d_in == 0 or d_out == 0 or (d_in > 0) == (d_out > 0):
        return None
    return -d_out / (d_in - d_out)
