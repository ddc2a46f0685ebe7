"""Hypothesis strategies for domain objects: routes, models, traffic and small catalogs.

The strategies aim at the cases that break comparisons: prices drawn from a small pool (so ties
and opposite-pointing input/output prices are common), unknown values, scores with equal and
different settings and harnesses, capabilities documented yes, no or not at all, routes with every
pricing key (cache, batch, tiers, request fees, price histories) and every status.

Every catalog they build is one the strict loader would accept: scores within range, known
providers and benchmarks, no duplicate route (provider, provider model id, effective_from).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TypeVar

from hypothesis import strategies as st

from phicompare import (
    Benchmark,
    BenchmarkScore,
    Capabilities,
    Capability,
    Catalog,
    Model,
    Provider,
    ProviderRoute,
    ProviderTier,
    RouteStatus,
    Tier,
    Traffic,
)

__all__ = [
    "AS_OF",
    "BENCHMARKS",
    "PROVIDERS",
    "catalog_and_pair",
    "catalogs",
    "exact_traffics",
    "models",
    "prices",
    "routes",
    "traffics",
]

AS_OF = dt.date(2026, 6, 1)
"""The pricing date comparisons in properties use (price histories straddle it)."""

PROVIDERS = tuple(Provider(id=f"p{i}", name=f"Provider {i}", tier=tier)
                  for i, tier in enumerate((ProviderTier.FIRST_PARTY, ProviderTier.CLOUD,
                                            ProviderTier.RESELLER, None)))
"""One provider of each tier and one without (the route policy and tie-breaks see them all)."""
BENCHMARKS = (
    Benchmark(id="mc4", name="Four-way choice", items=500, chance=Decimal(25)),
    Benchmark(id="big", name="Big set", short_name="BIG", items=14042, category="knowledge"),
    Benchmark(id="code", name="Code", metric="pass@1", items=164, category="coding"),
    Benchmark(id="judge", name="Judge score", metric="score", max_score=Decimal(10)),
    Benchmark(id="errors", name="Error rate", items=1000, higher_is_better=False),
    Benchmark(id="nosize", name="No item count", category="reasoning"),
)

_PRICE_POOL = tuple(Decimal(p) for p in ("0", "0.05", "0.075", "0.10", "0.15", "0.25", "0.30",
                                         "1", "2.50"))
_SETTINGS = (None, "5-shot", "5-Shot", "0-shot CoT")
_HARNESSES = (None, "vendor", "open-eval")
_DATES = (None, dt.date(2025, 1, 1), dt.date(2026, 1, 1), dt.date(2027, 1, 1))
_T = TypeVar("_T")
_STATUSES = (RouteStatus.GA, RouteStatus.GA, RouteStatus.GA, RouteStatus.PREVIEW,
             RouteStatus.DEPRECATED, RouteStatus.FREE_TIER)
_SHARES = tuple(Decimal(s) for s in ("0", "0.1", "0.25", "0.5", "0.75", "1"))


def prices() -> st.SearchStrategy[Decimal]:
    """A price per 1M tokens: mostly from a small pool (ties), sometimes any exact decimal."""
    return st.one_of(
        st.sampled_from(_PRICE_POOL),
        st.decimals(min_value=0, max_value=100, places=4, allow_nan=False, allow_infinity=False),
    )


def _maybe(strategy: st.SearchStrategy[_T]) -> st.SearchStrategy[_T | None]:
    return st.one_of(st.none(), strategy)


flags = st.sampled_from((None, True, False))


@st.composite
def capabilities(draw: st.DrawFn) -> Capabilities:
    """Flags true, false or absent (unknown), independently per capability."""
    return Capabilities(**{c.value: draw(flags) for c in Capability})


@st.composite
def tiers(draw: st.DrawFn) -> tuple[Tier, ...]:
    """Zero to two long-context tiers with distinct thresholds."""
    thresholds = draw(st.lists(st.sampled_from((1_000, 32_000, 128_000, 200_000)),
                               max_size=2, unique=True))
    return tuple(Tier(above_input_tokens=t, input=draw(prices()), output=draw(prices()))
                 for t in sorted(thresholds))


@st.composite
def routes(draw: st.DrawFn, provider: str | None = None,
           provider_model_id: str | None = None,
           effective_from: dt.date | None = None) -> ProviderRoute:
    """A route with any mix of pricing keys; unpriced (listing-only) routes too."""
    priced = draw(st.integers(0, 9))
    input_price = draw(prices()) if priced else None
    output_price = draw(prices()) if priced else None
    if priced == 1:  # one side published, the other not: still no estimate
        output_price = None
    if input_price is not None and output_price is not None and draw(st.booleans()):
        input_price, output_price = output_price, input_price
    return ProviderRoute(
        provider=provider or draw(st.sampled_from([p.id for p in PROVIDERS])),
        provider_model_id=provider_model_id,
        source="https://example.com/prices",
        checked=dt.date(2026, 5, 1),
        input=input_price,
        output=output_price,
        cache_read=draw(_maybe(prices())),
        cache_write=draw(_maybe(prices())),
        batch_discount=draw(_maybe(st.sampled_from([Decimal("0.5"), Decimal("0.25"),
                                                    Decimal(0), Decimal(1)]))),
        batch_input=draw(_maybe(prices())),
        batch_output=draw(_maybe(prices())),
        per_request=draw(_maybe(st.sampled_from([Decimal("0.001"), Decimal("0.0004"),
                                                 Decimal(0)]))),
        tiers=draw(tiers()),
        effective_from=effective_from,
        context_window=draw(_maybe(st.sampled_from([2_048, 8_192, 128_000, 1_000_000]))),
        status=draw(st.sampled_from(_STATUSES)),
        capabilities=draw(_maybe(capabilities())),
    )


@st.composite
def _model_routes(draw: st.DrawFn) -> tuple[ProviderRoute, ...]:
    """Up to four routes, unique by (provider, provider model id, effective_from)."""
    keys = draw(st.lists(
        st.tuples(st.sampled_from([p.id for p in PROVIDERS]), st.sampled_from((None, "alt")),
                  st.sampled_from(_DATES)),
        max_size=4, unique=True))
    return tuple(draw(routes(provider=p, provider_model_id=pid, effective_from=when))
                 for p, pid, when in keys)


@st.composite
def _scores(draw: st.DrawFn) -> tuple[BenchmarkScore, ...]:
    """Scores on up to four benchmarks; a benchmark may carry two scores in different settings."""
    found: list[BenchmarkScore] = []
    for bench in draw(st.lists(st.sampled_from(BENCHMARKS), max_size=4, unique_by=lambda b: b.id)):
        settings = draw(st.lists(st.sampled_from(_SETTINGS), min_size=1, max_size=2, unique=True))
        for setting in settings:
            top = int(bench.max_score)
            score = draw(st.one_of(
                st.sampled_from([Decimal(top) / 4, Decimal(top) / 2, Decimal(top)]),
                st.decimals(min_value=0, max_value=top, places=1, allow_nan=False,
                            allow_infinity=False)))
            found.append(BenchmarkScore(benchmark=bench.id, score=score, setting=setting,
                                        harness=draw(st.sampled_from(_HARNESSES)),
                                        source=draw(_maybe(st.just("https://example.com/card"))),
                                        checked=draw(_maybe(st.just(dt.date(2026, 4, 1))))))
    return tuple(found)


@st.composite
def models(draw: st.DrawFn, model_id: str = "m0") -> Model:
    """A model: any spec may be unknown; capabilities, scores and routes drawn independently."""
    return Model(
        id=model_id,
        name=draw(st.sampled_from(("Alpha", "Beta", "Gamma", "Delta"))) + f" {model_id}",
        family=draw(_maybe(st.sampled_from(("fam-a", "fam-b")))),
        released=draw(_maybe(st.sampled_from((dt.date(2024, 1, 1), dt.date(2025, 2, 26))))),
        parameters_b=draw(_maybe(st.sampled_from([Decimal("2.7"), Decimal("3.8"),
                                                  Decimal(7), Decimal(14)]))),
        context_window=draw(_maybe(st.sampled_from([2_048, 8_192, 131_072]))),
        max_output_tokens=draw(_maybe(st.sampled_from([2_048, 4_096]))),
        license=draw(_maybe(st.sampled_from(("MIT", "Apache-2.0")))),
        open_weights=draw(flags),
        input_modalities=draw(st.sampled_from(((), ("text",), ("text", "image")))),
        output_modalities=draw(st.sampled_from(((), ("text",)))),
        sources=draw(st.sampled_from(((), ("https://example.com/card",)))),
        checked=draw(_maybe(st.just(dt.date(2026, 5, 1)))),
        capabilities=draw(capabilities()),
        scores=draw(_scores()),
        routes=draw(_model_routes()),
    )


@st.composite
def catalogs(draw: st.DrawFn, min_models: int = 2, max_models: int = 4) -> Catalog:
    """A catalog of ``min_models`` to ``max_models`` models over the shared providers and
    benchmarks (ids ``m0``, ``m1``, ...)."""
    count = draw(st.integers(min_models, max_models))
    return Catalog(models=tuple(draw(models(f"m{i}")) for i in range(count)),
                   providers=PROVIDERS, benchmarks=BENCHMARKS)


@st.composite
def catalog_and_pair(draw: st.DrawFn) -> tuple[Catalog, str, str]:
    """A catalog and two different model ids in it."""
    catalog = draw(catalogs())
    ids = [m.id for m in catalog.models]
    a, b = draw(st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True))
    return catalog, a, b


@st.composite
def traffics(draw: st.DrawFn) -> Traffic:
    """Any valid traffic: token counts up to a trillion, or requests of realistic sizes (which
    fit some context windows and cross some long-context tiers), with any shares."""
    cached = draw(st.sampled_from(_SHARES))
    written = draw(st.sampled_from([s for s in _SHARES if s + cached <= 1]))
    batched = draw(st.sampled_from(_SHARES))
    if draw(st.booleans()):
        return Traffic(input_tokens=draw(st.integers(0, 10**12)),
                       output_tokens=draw(st.integers(0, 10**12)), cached_share=cached,
                       cache_write_share=written, batch_share=batched)
    requests = draw(st.integers(1, 10**6))
    return Traffic(input_tokens=requests * draw(st.sampled_from((100, 1_500, 6_000, 150_000))),
                   output_tokens=requests * draw(st.sampled_from((0, 50, 500, 3_000))),
                   requests=requests, cached_share=cached, cache_write_share=written,
                   batch_share=batched)


@st.composite
def exact_traffics(draw: st.DrawFn) -> Traffic:
    """Traffic whose every share splits the tokens into whole numbers (no rounding of tokens).

    Input tokens are multiples of 10,000 and shares multiples of 0.01, so cached, written and
    batch token counts are exact and cost is exactly linear in the token counts.
    """
    percent = st.integers(0, 100)
    cached = draw(percent)
    written = draw(st.integers(0, 100 - cached))
    return Traffic(
        input_tokens=draw(st.integers(0, 10**8)) * 10_000,
        output_tokens=draw(st.integers(0, 10**8)) * 100,
        cached_share=Decimal(cached) / 100,
        cache_write_share=Decimal(written) / 100,
        batch_share=Decimal(draw(percent)) / 100,
        requests=draw(_maybe(st.integers(1, 10**6))),
    )
