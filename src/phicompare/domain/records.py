"""The domain: frozen records for models, providers, routes, benchmarks and scores.

Attribute names follow the catalog keys (see ``docs/catalog.md``). Money is USD per 1M tokens,
always :class:`~decimal.Decimal`. Absent means unknown: ``None`` is never "no" and never zero.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from decimal import Decimal
from typing import TypeVar

import attrs

from phicompare.exceptions import ComparisonError

__all__ = [
    "CLOCK",
    "Benchmark",
    "BenchmarkScore",
    "Capabilities",
    "Capability",
    "Model",
    "PriceWindow",
    "Provider",
    "ProviderRoute",
    "RouteStatus",
    "Support",
    "Tier",
    "TierBoundary",
    "clock_minutes",
    "minutes_of_week",
]


_T = TypeVar("_T")


class Capability(str, enum.Enum):
    """A capability a model or a route may have.

    Examples:
        >>> Capability("structured_outputs").label
        'Structured outputs'
    """

    VISION = "vision"
    MULTIMODAL = "multimodal"
    REASONING = "reasoning"
    FUNCTION_CALLING = "function_calling"
    TOOL_USE = "tool_use"
    STRUCTURED_OUTPUTS = "structured_outputs"
    CODE_EXECUTION = "code_execution"

    @property
    def label(self) -> str:
        """The capability as a reader sees it."""
        return self.value.replace("_", " ").capitalize()

    @classmethod
    def parse(cls, name: Capability | str) -> Capability:
        """The capability a member or a name stands for, in any case, with spaces or dashes.

        Raises:
            ComparisonError: (a ``ValueError``) an unknown name; the message suggests the
                closest known one.

        Examples:
            >>> Capability.parse("Structured outputs"), Capability.parse(Capability.VISION)
            (<Capability.STRUCTURED_OUTPUTS: 'structured_outputs'>, <Capability.VISION: 'vision'>)
        """
        if isinstance(name, Capability):
            return name
        if not isinstance(name, str):  # a caller without type checks
            msg = f"a capability is a Capability or its name, got {name!r}"  # type: ignore[unreachable]
            raise ComparisonError(msg)
        key = name.strip().lower().replace(" ", "_").replace("-", "_")
        try:
            return cls(key)
        except ValueError:
            import difflib  # noqa: PLC0415 - error path only

            known = [c.value for c in cls]
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.5)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(known)}"
            raise ComparisonError(f"unknown capability {name!r}{hint}") from None


class Support(str, enum.Enum):
    """Whether a capability is documented as present, documented as absent, or not documented.

    Examples:
        >>> Support.of(None).label
        'not documented'
    """

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, flag: bool | None) -> Support:
        """The support that a catalog flag (``True``, ``False`` or absent) stands for."""
        if flag is None:
            return cls.UNKNOWN
        return cls.YES if flag else cls.NO

    @property
    def label(self) -> str:
        """How the value reads in a table."""
        return {"yes": "yes", "no": "no", "unknown": "not documented"}[self.value]


class RouteStatus(str, enum.Enum):
    """The commercial status of a provider route."""

    GA = "ga"
    PREVIEW = "preview"
    DEPRECATED = "deprecated"
    FREE_TIER = "free-tier"


def _non_empty(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        msg = f"{attribute.name} must not be empty"
        raise ValueError(msg)


def _one_line(text: str) -> str:
    """A display name with its white space folded: no tabs, no doubled or trailing spaces."""
    return " ".join(text.split()) if isinstance(text, str) else text


def _non_empty_or_none(_: object, attribute: attrs.Attribute[str | None],
                       value: str | None) -> None:
    if value is not None and not value.strip():
        msg = f"{attribute.name} must not be empty"
        raise ValueError(msg)


def _fraction(_: object, attribute: attrs.Attribute[Decimal | None],
              value: Decimal | None) -> None:
    if value is not None and not 0 <= value <= 1:
        msg = f"{attribute.name} is a fraction off the price: expected 0 to 1, got {value}"
        raise ValueError(msg)


MODALITIES = frozenset({"text", "image", "audio", "video"})


def _modalities(_: object, attribute: attrs.Attribute[tuple[str, ...]],
                value: tuple[str, ...]) -> None:
    unknown = [m for m in value if m not in MODALITIES]
    if unknown:
        msg = f"{attribute.name}: unknown modality {unknown[0]!r}"
        raise ValueError(msg)


def _not_negative(_: object, attribute: attrs.Attribute[_T], value: _T) -> None:
    if isinstance(value, float):
        msg = (f"{attribute.name} is exact: pass Decimal({str(value)!r}) or an int, not the "
               f"float {value!r}")
        raise TypeError(msg)
    if value is not None and isinstance(value, (int, Decimal)) and value < 0:
        msg = f"{attribute.name} must not be negative, got {value!r}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Capabilities:
    """Capability flags: ``True`` (documented yes), ``False`` (documented no), ``None`` (unknown).

    Examples:
        >>> Capabilities(vision=False).support(Capability.VISION)
        <Support.NO: 'no'>
        >>> Capabilities().support(Capability.REASONING).label
        'not documented'
    """

    vision: bool | None = None
    multimodal: bool | None = None
    reasoning: bool | None = None
    function_calling: bool | None = None
    tool_use: bool | None = None
    structured_outputs: bool | None = None
    code_execution: bool | None = None

    def flag(self, capability: Capability | str) -> bool | None:
        """The raw flag for ``capability`` (a member or its name)."""
        flag: bool | None = getattr(self, Capability.parse(capability).value)
        return flag

    def support(self, capability: Capability | str) -> Support:
        """The :class:`Support` for ``capability`` (a member or its name)."""
        return Support.of(self.flag(capability))

    def over(self, base: Capabilities) -> Capabilities:
        """These flags where known, ``base``'s elsewhere (a route's table over its model's)."""
        return Capabilities(
            **{
                c.value: (mine if (mine := self.flag(c)) is not None else base.flag(c))
                for c in Capability
            }
        )


@attrs.frozen(kw_only=True)
class Provider:
    """A company or service that serves models through an API.

    Examples:
        >>> Provider(id="azure-foundry", name="Microsoft Foundry").name
        'Microsoft Foundry'
    """

    id: str = attrs.field(validator=_non_empty)
    name: str = attrs.field(converter=_one_line, validator=_non_empty)
    url: str | None = None


@attrs.frozen(kw_only=True)
class Benchmark:
    """A benchmark definition: what a score means and how noisy it is.

    ``items`` (test items) drives the sampling-noise interval; ``chance`` is the random-guess score
    in points.

    Examples:
        >>> Benchmark(id="mmlu", name="MMLU", items=14042, chance=Decimal("25")).label
        'MMLU'
    """

    id: str = attrs.field(validator=_non_empty)
    name: str = attrs.field(converter=_one_line, validator=_non_empty)
    short_name: str | None = None
    items: int | None = attrs.field(default=None, validator=_not_negative)
    metric: str = "accuracy"
    chance: Decimal | None = attrs.field(default=None, validator=_not_negative)
    higher_is_better: bool = True
    category: str | None = None
    source: str | None = None
    max_score: Decimal = attrs.field(default=Decimal(100), validator=_not_negative)
    description: str | None = None

    @property
    def label(self) -> str:
        """The short name when there is one, else the name."""
        return self.short_name or self.name


@attrs.frozen(kw_only=True, cache_hash=True)
class BenchmarkScore:
    """One model's score on one benchmark, in points, with how it was obtained.

    Examples:
        >>> s = BenchmarkScore(benchmark="mmlu", score=Decimal("67.3"), setting="5-shot")
        >>> s.score
        Decimal('67.3')
    """

    benchmark: str = attrs.field(validator=_non_empty)
    score: Decimal
    setting: str | None = None
    harness: str | None = None
    self_reported: bool | None = None
    source: str | None = attrs.field(default=None, validator=_non_empty_or_none)
    checked: dt.date | None = None
    note: str | None = None


class TierBoundary(str, enum.Enum):
    """Where a long-context tier starts: above its threshold, or at it already."""

    ABOVE = "above"
    AT_OR_ABOVE = "at-or-above"


def _tier_prices(instance: Tier, _: object, __: object) -> None:
    if all(getattr(instance, name) is None for name in TIER_PRICES):
        msg = (f"the tier above {instance.above_input_tokens:,} input tokens gives no price: "
               f"give at least one of {', '.join(TIER_PRICES)}")
        raise ValueError(msg)


TIER_PRICES = ("input", "output", "cache_read", "cache_write", "cache_write_1h")
"""The prices a tier or a time window may set (USD per 1M tokens)."""


@attrs.frozen(kw_only=True)
class Tier:
    """A long-context price tier.

    Once a request's input exceeds ``above_input_tokens`` (or reaches it, with ``boundary``
    ``at-or-above``), the tier's prices apply to the whole request. A price the tier leaves out
    keeps the price of the highest tier crossed that gives one, else the route's own.

    Examples:
        >>> Tier(above_input_tokens=200_000, input=Decimal("6")).output is None
        True
    """

    above_input_tokens: int = attrs.field(validator=_not_negative)
    input: Decimal | None = attrs.field(default=None, validator=_not_negative)
    output: Decimal | None = attrs.field(default=None, validator=_not_negative)
    cache_read: Decimal | None = attrs.field(default=None, validator=_not_negative)
    cache_write: Decimal | None = attrs.field(default=None, validator=_not_negative)
    cache_write_1h: Decimal | None = attrs.field(default=None, validator=_not_negative)
    boundary: TierBoundary = attrs.field(default=TierBoundary.ABOVE, converter=TierBoundary)

    def __attrs_post_init__(self) -> None:
        _tier_prices(self, None, None)

    def crossed_by(self, request_input_tokens: int) -> bool:
        """Whether a request of ``request_input_tokens`` input tokens is billed at this tier.

        Examples:
            >>> t = Tier(above_input_tokens=128_000, input=Decimal("1"))
            >>> t.crossed_by(128_000), t.crossed_by(128_001)
            (False, True)
            >>> attrs.evolve(t, boundary="at-or-above").crossed_by(128_000)
            True
        """
        if self.boundary is TierBoundary.AT_OR_ABOVE:
            return request_input_tokens >= self.above_input_tokens
        return request_input_tokens > self.above_input_tokens


MINUTES_A_DAY = 24 * 60
CLOCK = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")


def clock_minutes(value: str) -> int:
    """Minutes after midnight of a ``"HH:MM"`` clock time (UTC).

    Raises:
        ValueError: not a time such as ``"16:30"``.

    Examples:
        >>> clock_minutes("16:30")
        990
    """
    match = CLOCK.match(value) if isinstance(value, str) else None
    if match is None:
        msg = f"expected a UTC time of day such as '16:30' (HH:MM, 00:00 to 23:59), got {value!r}"
        raise ValueError(msg)
    return int(match.group(1)) * 60 + int(match.group(2))


def _clock(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    try:
        clock_minutes(value)
    except ValueError as exc:
        msg = f"{attribute.name}: {exc}"
        raise ValueError(msg) from None


def _weekdays(_: object, attribute: attrs.Attribute[tuple[int, ...]],
              value: tuple[int, ...]) -> None:
    bad = [d for d in value if isinstance(d, bool) or not isinstance(d, int) or not 1 <= d <= 7]
    if bad:
        msg = f"{attribute.name}: {bad[0]!r} is not an ISO weekday (1 = Monday .. 7 = Sunday)"
        raise ValueError(msg)
    if len(set(value)) != len(value):
        msg = f"{attribute.name}: a weekday is listed twice in {list(value)}"
        raise ValueError(msg)


def _window_prices(instance: PriceWindow, _: object, __: object) -> None:
    if all(getattr(instance, name) is None for name in TIER_PRICES):
        msg = (f"the window {instance.start}-{instance.end} gives no price: give at least one "
               f"of {', '.join(TIER_PRICES)}")
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class PriceWindow:
    """A daily time window (UTC) with its own prices, such as an off-peak discount.

    The window runs from ``start`` (included) to ``end`` (excluded), ``"HH:MM"`` in UTC; it
    wraps past midnight when ``end`` is earlier than ``start`` and covers the whole day when they
    are equal. ``weekdays`` (ISO: 1 = Monday .. 7 = Sunday, by the UTC calendar) limits it to
    those days; empty means every day. A price the window gives replaces the price otherwise in
    force (long-context tiers included) for that kind of token; a price it leaves out does not
    change.

    Examples:
        >>> w = PriceWindow(start="16:30", end="00:30", input=Decimal("0.135"))
        >>> w.minutes_a_day
        480
    """

    start: str = attrs.field(validator=_clock)
    end: str = attrs.field(validator=_clock)
    weekdays: tuple[int, ...] = attrs.field(default=(), validator=_weekdays)
    input: Decimal | None = attrs.field(default=None, validator=_not_negative)
    output: Decimal | None = attrs.field(default=None, validator=_not_negative)
    cache_read: Decimal | None = attrs.field(default=None, validator=_not_negative)
    cache_write: Decimal | None = attrs.field(default=None, validator=_not_negative)
    cache_write_1h: Decimal | None = attrs.field(default=None, validator=_not_negative)

    def __attrs_post_init__(self) -> None:
        _window_prices(self, None, None)

    @property
    def minutes_a_day(self) -> int:
        """How many minutes of a day the window covers (on a day it applies)."""
        start, end = clock_minutes(self.start), clock_minutes(self.end)
        return (end - start) % MINUTES_A_DAY or MINUTES_A_DAY

    def days(self) -> tuple[int, ...]:
        """The ISO weekdays the window applies on (every day when ``weekdays`` is empty)."""
        return self.weekdays or (1, 2, 3, 4, 5, 6, 7)

    def covers(self, weekday: int, minute: int) -> bool:
        """Whether the window is open at ``minute`` after midnight (UTC) of ``weekday``.

        ``weekdays`` name the calendar day of the moment itself (a window that wraps past
        midnight covers the small hours of each listed day, as LiteLLM reads it).

        Examples:
            >>> w = PriceWindow(start="16:30", end="00:30", weekdays=(5,), input=Decimal(1))
            >>> w.covers(5, 17 * 60), w.covers(5, 0), w.covers(6, 0)
            (True, True, False)
        """
        offset = (minute - clock_minutes(self.start)) % MINUTES_A_DAY
        return offset < self.minutes_a_day and weekday in self.days()


def minutes_of_week(window: PriceWindow) -> set[int]:
    """The minutes of the week (0 = Monday 00:00 UTC) that ``window`` covers."""
    start = clock_minutes(window.start)
    return {(day - 1) * MINUTES_A_DAY + (start + m) % MINUTES_A_DAY
            for day in window.days() for m in range(window.minutes_a_day)}


def _windows(_: object, attribute: attrs.Attribute[tuple[PriceWindow, ...]],
             value: tuple[PriceWindow, ...]) -> None:
    seen: set[int] = set()
    for i, window in enumerate(value):
        minutes = minutes_of_week(window)
        if minutes & seen:
            msg = (f"{attribute.name}[{i}] ({window.start}-{window.end}) overlaps an earlier "
                   "window: at any time at most one window may apply")
            raise ValueError(msg)
        seen |= minutes


def _distinct_tiers(_: object, attribute: attrs.Attribute[tuple[Tier, ...]],
                    value: tuple[Tier, ...]) -> None:
    seen: set[int] = set()
    for tier in value:
        if tier.above_input_tokens in seen:
            msg = (f"{attribute.name}: two tiers start at {tier.above_input_tokens:,} input "
                   "tokens; give each threshold once")
            raise ValueError(msg)
        seen.add(tier.above_input_tokens)


@attrs.frozen(kw_only=True, cache_hash=True)
class ProviderRoute:
    """A way to call a model: a provider, its model id there, and the price (USD per 1M tokens).

    A route may override its model's context window and capabilities. A route whose provider
    publishes no per-token price (a beta, a catalog listing) has ``input`` and ``output`` unknown:
    it shows where the model runs but gets no cost estimate.

    Examples:
        >>> r = ProviderRoute(provider="p", input=Decimal("0.075"), output=Decimal("0.30"),
        ...                   source="https://example.com", checked=dt.date(2026, 11, 20))
        >>> r.output
        Decimal('0.30')
    """

    provider: str = attrs.field(validator=_non_empty)
    source: str = attrs.field(validator=_non_empty)
    checked: dt.date
    input: Decimal | None = attrs.field(default=None, validator=_not_negative)
    output: Decimal | None = attrs.field(default=None, validator=_not_negative)
    provider_model_id: str | None = None
    cache_read: Decimal | None = attrs.field(default=None, validator=_not_negative)
    cache_write: Decimal | None = attrs.field(default=None, validator=_not_negative)
    cache_write_1h: Decimal | None = attrs.field(default=None, validator=_not_negative)
    batch_discount: Decimal | None = attrs.field(default=None, validator=_fraction)
    batch_input: Decimal | None = attrs.field(default=None, validator=_not_negative)
    batch_output: Decimal | None = attrs.field(default=None, validator=_not_negative)
    per_request: Decimal | None = attrs.field(default=None, validator=_not_negative)
    tiers: tuple[Tier, ...] = attrs.field(default=(), validator=_distinct_tiers)
    windows: tuple[PriceWindow, ...] = attrs.field(default=(), validator=_windows)
    effective_from: dt.date | None = None
    context_window: int | None = attrs.field(default=None, validator=_not_negative)
    max_output_tokens: int | None = attrs.field(default=None, validator=_not_negative)
    status: RouteStatus = attrs.field(default=RouteStatus.GA, converter=RouteStatus)
    capabilities: Capabilities | None = None
    notes: str | None = None

    @property
    def is_priced(self) -> bool:
        """Whether both the input and the output price are known."""
        return self.input is not None and self.output is not None

    @property
    def is_free(self) -> bool:
        """Whether the route is a free tier (by status or by a zero price)."""
        return self.status is RouteStatus.FREE_TIER or (self.input == 0 and self.output == 0)


@attrs.frozen(kw_only=True, cache_hash=True, repr=False)
class Model:
    """A language model and everything the catalog knows about it.

    Examples:
        >>> m = Model(id="phi-2", name="Phi-2", context_window=2048)
        >>> m.context_window, m.license
        (2048, None)
    """

    id: str = attrs.field(validator=_non_empty)
    name: str = attrs.field(converter=_one_line, validator=_non_empty)
    vendor: str | None = None
    family: str | None = None
    aliases: tuple[str, ...] = ()
    released: dt.date | None = None
    parameters_b: Decimal | None = attrs.field(default=None, validator=_not_negative)
    active_parameters_b: Decimal | None = attrs.field(default=None, validator=_not_negative)
    architecture: str | None = None
    context_window: int | None = attrs.field(default=None, validator=_not_negative)
    max_output_tokens: int | None = attrs.field(default=None, validator=_not_negative)
    license: str | None = None
    license_url: str | None = None
    open_weights: bool | None = None
    knowledge_cutoff: str | None = None
    input_modalities: tuple[str, ...] = attrs.field(default=(), validator=_modalities)
    output_modalities: tuple[str, ...] = attrs.field(default=(), validator=_modalities)
    sources: tuple[str, ...] = ()
    checked: dt.date | None = None
    notes: str | None = None
    capabilities: Capabilities = Capabilities()
    scores: tuple[BenchmarkScore, ...] = ()
    routes: tuple[ProviderRoute, ...] = ()

    def support(self, capability: Capability | str) -> Support:
        """Whether the model supports ``capability``: its own flag, else any route's.

        ``capability`` is a :class:`Capability` or its name, as ``compare(requires=...)`` takes.

        A route that documents a capability makes it available (structured outputs are often a
        property of the API, not of the weights); the model's own ``False`` stands only when no
        route says otherwise.

        Examples:
            >>> m = Model(id="m", name="M", capabilities=Capabilities(reasoning=False))
            >>> m.support(Capability.REASONING).label, m.support("reasoning").label
            ('no', 'no')
        """
        capability = Capability.parse(capability)
        own = self.capabilities.flag(capability)
        on_routes = [r.capabilities.flag(capability) for r in self.routes if r.capabilities]
        if True in on_routes:
            return Support.YES
        if own is not None:
            return Support.of(own)
        if on_routes and all(flag is False for flag in on_routes):
            return Support.NO
        return Support.UNKNOWN

    def route_capabilities(self, route: ProviderRoute) -> Capabilities:
        """The capabilities in force on ``route``: its own table over the model's."""
        if route.capabilities is None:
            return self.capabilities
        return route.capabilities.over(self.capabilities)

    def route_context(self, route: ProviderRoute) -> int | None:
        """The context window in force on ``route``: its own limit, else the model's."""
        return route.context_window if route.context_window is not None else self.context_window

    def __repr__(self) -> str:
        return (f"<Model {self.id!r}: {self.name}, {len(self.scores)} scores, "
                f"{len(self.routes)} routes>")

    def _repr_markdown_(self) -> str:
        from phicompare.render.markdown import model_markdown  # noqa: PLC0415

        return model_markdown(self)

    def _repr_html_(self) -> str:
        from phicompare.render.html import model_html  # noqa: PLC0415

        return model_html(self)
