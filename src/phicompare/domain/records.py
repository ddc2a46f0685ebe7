"""The domain: frozen records for models, providers, routes, benchmarks and scores.

Attribute names follow the catalog keys (see ``docs/catalog.md``). Money is USD per 1M tokens,
always :class:`~decimal.Decimal`. Absent means unknown: ``None`` is never "no" and never zero.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import TypeVar

import attrs

from phicompare.exceptions import ComparisonError

__all__ = [
    "Benchmark",
    "BenchmarkScore",
    "Capabilities",
    "Capability",
    "Model",
    "Provider",
    "ProviderRoute",
    "RouteStatus",
    "Support",
    "Tier",
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


@attrs.frozen(kw_only=True)
class Tier:
    """A long-context price tier.

    Once a request's input exceeds ``above_input_tokens``, the tier's prices apply to the whole
    request.
    """

    above_input_tokens: int = attrs.field(validator=_not_negative)
    input: Decimal = attrs.field(validator=_not_negative)
    output: Decimal = attrs.field(validator=_not_negative)


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
    batch_discount: Decimal | None = attrs.field(default=None, validator=_fraction)
    batch_input: Decimal | None = attrs.field(default=None, validator=_not_negative)
    batch_output: Decimal | None = attrs.field(default=None, validator=_not_negative)
    per_request: Decimal | None = attrs.field(default=None, validator=_not_negative)
    tiers: tuple[Tier, ...] = ()
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
