"""The domain: frozen records for models, providers, benchmarks and scores.

Attribute names follow the catalog keys (see ``docs/catalog.md``). Absent means unknown:
``None`` is never "no" and never zero. Capabilities live in :mod:`.capabilities`, routes and
prices in :mod:`.pricing`, the value rules in :mod:`.rules`.
"""

# Annotations are evaluated (no ``from __future__ import annotations``): cattrs reads these
# records' types, and real types spare it compiling strings on the first load.

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

import attrs

from .capabilities import Capabilities, Capability, Support
from .documents import document_key
from .names import normalize_name
from .pricing import ProviderRoute
from .record import Record, Valued
from .rules import (
    above_zero,
    category,
    each_non_empty,
    metric,
    modalities,
    names_something,
    non_empty,
    non_empty_or_none,
    not_negative,
    one_line,
    stated_setting,
    within_max_score,
)

__all__ = ["WINDOW_SHARE", "Benchmark", "BenchmarkScore", "Model", "ModelKind", "Provider",
           "ProviderTier", "RoutePolicy"]

WINDOW_SHARE = 9
"""Tenths of a context window from which an output limit is the window itself, shared by prompt
and output, not a limit of its own: Meta-Llama-3-70B-Instruct's 8,000 of 8,192, DeepSeek V3
0324's 163,840 of 163,840 (review 7, F32), SiliconFlow's 164,000 of 164,000 for DeepSeek-R1
(review 8, G13; review 10, I1)."""

class ProviderTier(str, enum.Enum):
    """What kind of provider a route is on; breaks exact price ties, first-party first.

    Examples:
        >>> ProviderTier("cloud").rank, ProviderTier.rank_of(None)
        (1, 3)
    """

    FIRST_PARTY = "first-party"
    """The API of the lab that trains the models it serves (OpenAI, Anthropic, Mistral)."""
    CLOUD = "cloud"
    """A major cloud or platform: the clouds (Microsoft Foundry, Amazon Bedrock, Google Vertex AI,
    Cloudflare Workers AI) and large hosted platforms (GitHub Models, NVIDIA NIM's API catalog).
    A page calls it "a major cloud or platform", never "a major cloud" alone."""
    RESELLER = "reseller"
    """An inference host, router or gateway that serves other labs' models."""

    @property
    def rank(self) -> int:
        """Preference when prices tie: 0 (first-party), 1 (cloud), 2 (reseller)."""
        return list(ProviderTier).index(self)

    @staticmethod
    def rank_of(tier: "ProviderTier | None") -> int:
        """:attr:`rank`, with 3 for a provider whose tier is not given (last)."""
        return len(ProviderTier) if tier is None else tier.rank




class RoutePolicy(str, enum.Enum):
    """Which eligible route sets a model's bill (``route_policy=`` on compare and estimate).

    Examples:
        >>> RoutePolicy("cheapest") is RoutePolicy.CHEAPEST
        True
    """

    MAKER_FIRST = "maker-first"
    """The cheapest eligible route, except for a closed-weight model that has a route from its
    maker or a major cloud: the cheapest of those, and a reseller's lower listing is named, not
    counted (no one can check how a reseller sells a closed model below its maker's price)."""
    CHEAPEST = "cheapest"
    """The cheapest eligible route of any provider."""


class ModelKind(str, enum.Enum):
    """What training a model's weights had: the first thing a team switching to it must know."""

    BASE = "base"
    """Pre-trained only: no chat template, no instruction or tool format."""
    INSTRUCT = "instruct"
    """Instruction-tuned (supervised fine-tuning, often preference tuning too)."""
    CHAT = "chat"
    """Tuned for multi-turn dialogue."""
    REASONING = "reasoning"
    """Tuned to think step by step before it answers."""

    @property
    def label(self) -> str:
        """How a sentence names the kind: "a base model"."""
        return {"base": "a base model", "instruct": "an instruction-tuned model",
                "chat": "a chat model", "reasoning": "a reasoning model"}[self.value]

_IMAGE_INPUT = frozenset({Capability.VISION, Capability.MULTIMODAL})
"""Capabilities that take input other than text."""
_OF_THE_WEIGHTS = frozenset({Capability.VISION, Capability.MULTIMODAL, Capability.REASONING})
"""What the weights do, not the API: a route serves it or not, but never adds it to a model that
documents it lacks it (GitHub Models flags reasoning mode for Llama 3.3 70B)."""


def _makers_vendors(instance: "Provider", _: object, value: tuple[str, ...]) -> None:
    """``vendors``: on a first-party provider only, each a name, each once.

    Examples:
        >>> Provider(id="a", name="A", vendors=("Anthropic",))
        Traceback (most recent call last):
        ...
        ValueError: vendors are the vendors a first-party provider makes models for: set tier = \
"first-party" or leave vendors out
    """
    if value and instance.tier is not ProviderTier.FIRST_PARTY:
        msg = ('vendors are the vendors a first-party provider makes models for: set tier = '
               '"first-party" or leave vendors out')
        raise ValueError(msg)
    seen: set[str] = set()
    for vendor in value:
        if not vendor.strip():
            msg = "vendors must not hold an empty name"
            raise ValueError(msg)
        if normalize_name(vendor) in seen:
            msg = f"vendors names {vendor!r} twice; give each vendor once"
            raise ValueError(msg)
        seen.add(normalize_name(vendor))


def _with_vendors(instance: "Provider", attribute: "attrs.Attribute[Any]", value: Any) -> None:
    """``vendors_source`` and ``vendors_checked`` describe ``vendors``: only beside it.

    Examples:
        >>> Provider(id="a", name="A", vendors_source="https://example.com")
        Traceback (most recent call last):
        ...
        ValueError: vendors_source describes vendors: give it with vendors or leave it out
    """
    if value is not None and not instance.vendors:
        msg = f"{attribute.name} describes vendors: give it with vendors or leave it out"
        raise ValueError(msg)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Provider(Record):
    """A company or service that serves models through an API.

    ``tier`` says what kind of provider it is; it decides between routes of equal cost.
    ``vendors``: a first-party provider's own lab (whose models it makes), read from
    ``vendors_source`` on ``vendors_checked``.

    Examples:
        >>> Provider(id="azure-foundry", name="Microsoft Foundry").name
        'Microsoft Foundry'
    """

    id: str = attrs.field(validator=non_empty)
    name: str = attrs.field(converter=one_line, validator=non_empty)
    url: str | None = None
    tier: ProviderTier | None = None
    vendors: tuple[str, ...] = attrs.field(default=(), validator=_makers_vendors)
    """A first-party provider's own lab, as models name their vendor: the vendors whose models
    it makes (``["Anthropic"]``). Its route of any other vendor's model is a reseller's
    (:func:`phicompare.analysis.choice.makes`); without it, it is no model's maker."""
    vendors_source: str | None = attrs.field(
        default=None, validator=attrs.validators.and_(non_empty_or_none, _with_vendors))
    """The document that says whose models the provider makes (the lab's own API docs)."""
    vendors_checked: dt.date | None = attrs.field(default=None, validator=_with_vendors)
    """When ``vendors`` was last checked against ``vendors_source``."""


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Benchmark(Record):
    """A benchmark definition: what a score means and how noisy it is.

    ``items`` (test items) drives the sampling-noise interval; ``chance`` is the random-guess score
    in points.

    Examples:
        >>> Benchmark(id="mmlu", name="MMLU", items=14042, chance=Decimal("25")).label
        'MMLU'
    """

    id: str = attrs.field(validator=non_empty)
    name: str = attrs.field(converter=one_line, validator=non_empty)
    short_name: str | None = None
    items: int | None = attrs.field(default=None, validator=above_zero)
    metric: str = attrs.field(default="accuracy", validator=metric)
    """One of :data:`~phicompare.domain.rules.METRICS`; a proportion's has a sampling interval."""
    chance: Decimal | None = attrs.field(
        default=None, validator=attrs.validators.and_(not_negative, within_max_score))
    higher_is_better: bool = True
    category: str | None = attrs.field(default=None, validator=category)
    """One of :data:`~phicompare.domain.rules.CATEGORIES`, or ``None``."""
    source: str | None = None
    max_score: Decimal = attrs.field(default=Decimal(100), validator=above_zero)
    description: str | None = None
    baseline: Decimal | None = attrs.field(
        default=None, validator=attrs.validators.and_(not_negative, within_max_score))
    """For a ``normalized`` metric: the raw score (points) that the scale maps to 0."""

    @property
    def label(self) -> str:
        """The short name when there is one, else the name."""
        return self.short_name or self.name


@attrs.frozen(kw_only=True, eq=False, repr=False)
class BenchmarkScore(Record):
    """One model's score on one benchmark, in points, with how it was obtained.

    Examples:
        >>> s = BenchmarkScore(benchmark="mmlu", score=Decimal("67.3"), setting="5-shot")
        >>> s.score
        Decimal('67.3')
    """

    benchmark: str = attrs.field(validator=non_empty)
    score: Decimal
    setting: str | None = attrs.field(default=None, converter=stated_setting)
    """How it was run ("5-shot"); a source's dash placeholder ("- evaluation") is none."""
    harness: str | None = None
    self_reported: bool | None = None
    source: str | None = attrs.field(default=None, validator=non_empty_or_none)
    checked: dt.date | None = None
    note: str | None = None
    evaluation: str | None = attrs.field(default=None, validator=non_empty_or_none)
    """The table or run that produced the score (default: its source document)."""

    @property
    def evaluation_key(self) -> str | None:
        """The evaluation the score comes from: ``evaluation``, else its ``source``.

        Two scores compare directly only when this and the setting are equal. A source URL is
        read as the document it names (:func:`phicompare.domain.documents.document_key`): with
        or without its trailing slash (OpenAI's GPT-4.1 table is cited both ways), an arXiv
        paper's abstract or PDF, a maker's card at each address it is published at.

        Examples:
            >>> BenchmarkScore(benchmark="mmlu", score=Decimal(69), source="https://x").evaluation_key
            'https://x'
            >>> BenchmarkScore(benchmark="mmlu", score=Decimal(69), source="https://x/a/").evaluation_key
            'https://x/a'
        """
        if self.evaluation:
            return self.evaluation
        return None if self.source is None else document_key(self.source)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Model(Valued):
    """A language model and everything the catalog knows about it.

    Examples:
        >>> m = Model(id="phi-2", name="Phi-2", context_window=2048)
        >>> m.context_window, m.license
        (2048, None)
    """

    id: str = attrs.field(validator=non_empty)
    name: str = attrs.field(converter=one_line, validator=non_empty)
    vendor: str | None = attrs.field(default=None, validator=non_empty_or_none)
    """Who trained it; ``None`` = not on record (an empty name is refused, as an empty name
    is)."""
    vendor_inferred: bool = False
    """``vendor`` is inferred from the model's id (a "gemma" in it: Google), and no source
    states it: pages print it as a guess, never as a fact (review 8, G8)."""
    family: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), validator=names_something)
    released: dt.date | None = None
    parameters_b: Decimal | None = attrs.field(default=None, validator=above_zero)
    active_parameters_b: Decimal | None = attrs.field(default=None, validator=above_zero)
    architecture: str | None = None
    context_window: int | None = attrs.field(default=None, validator=above_zero)
    max_output_tokens: int | None = attrs.field(default=None, validator=above_zero)
    max_input_tokens: int | None = attrs.field(default=None, validator=above_zero)
    """The input tokens one request may carry, where the maker caps them below the context
    window (GPT-5: 272,000 of a 400,000-token window; review 12, L1); ``None``: no cap below
    the window is on record. A request whose input passes it is refused on every route."""
    license: str | None = None
    license_url: str | None = None
    open_weights: bool | None = None
    knowledge_cutoff: str | None = None
    input_modalities: tuple[str, ...] = attrs.field(default=(), validator=modalities)
    output_modalities: tuple[str, ...] = attrs.field(default=(), validator=modalities)
    sources: tuple[str, ...] = attrs.field(default=(), validator=each_non_empty)
    checked: dt.date | None = None
    notes: str | None = None
    kind: ModelKind | None = attrs.field(
        default=None, converter=attrs.converters.optional(ModelKind))
    """Base, instruction-tuned, chat or reasoning model; ``None`` = not yet sourced."""
    kind_source: str | None = attrs.field(default=None, validator=non_empty_or_none)
    """The document that says which ``kind`` the model is."""
    capabilities: Capabilities = Capabilities()  # noqa: RUF009 - frozen: one shared value is safe
    scores: tuple[BenchmarkScore, ...] = ()
    routes: tuple[ProviderRoute, ...] = ()

    def support(self, capability: Capability | str) -> Support:
        """Whether the model supports ``capability``: its own flag, else any route's.

        ``capability`` is a :class:`Capability` or its name, as ``compare(requires=...)`` takes.

        A route that documents a capability of the API makes it available (structured outputs,
        function calling): the model's own ``False`` stands only when no route says otherwise.
        A route cannot add what the weights do (:attr:`fixed_capabilities`): a model that
        documents no reasoning mode, vision or multimodal input, or whose documented inputs are
        text alone, has none of them, whatever a route flags.

        Examples:
            >>> m = Model(id="m", name="M", capabilities=Capabilities(reasoning=False))
            >>> m.support(Capability.REASONING).label, m.support("reasoning").label
            ('no', 'no')
            >>> from phicompare.domain.pricing import ProviderRoute
            >>> flagged = ProviderRoute(provider="p", source="https://p.example",
            ...     checked=dt.date(2026, 1, 1), capabilities=Capabilities(reasoning=True,
            ...                                                            structured_outputs=True))
            >>> m = Model(id="m", name="M", routes=(flagged,),
            ...           capabilities=Capabilities(reasoning=False, structured_outputs=False))
            >>> m.support("reasoning").label, m.support("structured_outputs").label
            ('no', 'yes')
        """
        capability = Capability.parse(capability)
        own = self.capabilities.flag(capability)
        if capability in self.fixed_capabilities:  # the model's own word; routes add none
            return Support.NO if own is None else Support.of(own)
        on_routes = [r.capabilities.flag(capability) for r in self.routes if r.capabilities]
        if True in on_routes:
            return Support.YES
        if own is not None:
            return Support.of(own)
        # routes that do not list it say nothing of the model: not documented (review 7, F29)
        return Support.UNKNOWN

    def route_capabilities(self, route: ProviderRoute) -> Capabilities:
        """The capabilities in force on ``route``: its own table over the model's.

        A route's flag does not count for what no route can add (:attr:`fixed_capabilities`):
        image input for a model whose documented inputs are text alone, and a capability of the
        weights the model documents it lacks. The flag is the route's error; the model says "no".
        """
        if route.capabilities is None:
            return self.capabilities
        held = route.capabilities.over(self.capabilities)
        fixed = self.fixed_capabilities
        if not fixed:
            return held
        return attrs.evolve(held, **{c.value: own if (own := self.capabilities.flag(c)) is not None
                                     else False for c in fixed})

    @property
    def text_only_inputs(self) -> frozenset[Capability]:
        """Capabilities no route can add: image input, where the model documents text alone.

        Examples:
            >>> sorted(c.value for c in Model(id="m", name="M",
            ...                               input_modalities=("text",)).text_only_inputs)
            ['multimodal', 'vision']
            >>> Model(id="m", name="M").text_only_inputs  # inputs not documented: none
            frozenset()
        """
        if self.input_modalities and all(m == "text" for m in self.input_modalities):
            return _IMAGE_INPUT
        return frozenset()

    @property
    def fixed_capabilities(self) -> frozenset[Capability]:
        """Capabilities no route can add, whatever a route flags.

        Its :attr:`text_only_inputs`, and each capability of the weights (vision, multimodal
        input, reasoning mode) the model documents it lacks.

        Examples:
            >>> sorted(c.value for c in Model(id="m", name="M", capabilities=Capabilities(
            ...     reasoning=False, function_calling=False)).fixed_capabilities)
            ['reasoning']
            >>> Model(id="m", name="M").fixed_capabilities
            frozenset()
        """
        lacking = frozenset([c for c in _OF_THE_WEIGHTS if self.capabilities.flag(c) is False])
        return self.text_only_inputs | lacking

    def route_context(self, route: ProviderRoute) -> int | None:
        """The context window in force on ``route``: its own limit, else the model's."""
        return route.context_window if route.context_window is not None else self.context_window

    def route_output(self, route: ProviderRoute) -> int | None:
        """The output limit in force on ``route``: its own, else the model's (``None``: unknown).

        A route's figure of nine tenths of its window in force or more (:meth:`window_output`)
        is no output limit: there the model's own holds, capped by that figure (review 10, I1).

        Examples:
            >>> import datetime as dt
            >>> own = {"provider": "p", "source": "https://e.com", "checked": dt.date(2026, 1, 1)}
            >>> m = Model(id="m", name="M", context_window=128_000, max_output_tokens=32_768)
            >>> m.route_output(ProviderRoute(**own, max_output_tokens=65_536))
            65536
            >>> m.route_output(ProviderRoute(**own, context_window=164_000,
            ...                              max_output_tokens=164_000))
            32768
        """
        listed = route.max_output_tokens
        if listed is None:
            return self.max_output_tokens
        if self.window_output(route) is None:
            return listed
        return None if self.max_output_tokens is None else min(listed, self.max_output_tokens)

    def window_output(self, route: ProviderRoute) -> int | None:
        """``route``'s listed output limit where it is its whole window in force, else ``None``.

        Nine tenths of the window or more (``WINDOW_SHARE``): the window prompt and output
        share, which allows no more output than the model's own limit (review 8, G13).
        """
        listed, window = route.max_output_tokens, self.route_context(route)
        if listed is None or window is None or listed * 10 < window * WINDOW_SHARE:
            return None
        return listed

    def __repr__(self) -> str:
        return (f"<Model {self.id!r}: {self.name}, {len(self.scores)} scores, "
                f"{len(self.routes)} routes>")

    def _repr_markdown_(self) -> str:
        from phicompare.render.markdown import model_markdown  # noqa: PLC0415

        return model_markdown(self)

    def _repr_html_(self) -> str:
        from phicompare.render.html import model_html  # noqa: PLC0415

        return model_html(self)
