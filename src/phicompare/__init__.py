"""phicompare: compare large language models side by side from sourced data.

>>> from phicompare import compare
>>> c = compare("phi-2", "phi-4-mini")
>>> [m.id for m in c.models]
['phi-2', 'phi-4-mini']

Compare and choose (the first three take ``traffic=``, a :class:`Traffic`, ``requires=`` and
``as_of=``; the last two pass such options on to each comparison):

- ``compare(a, b, *more)``: a :class:`Comparison` of two models or more, each its own argument:
  its facts (``specs``, ``benchmarks``, ``routes``, ``cost``, ``friction``), its ``narrative``
  (every sentence with its evidence; ``check()`` re-checks them) and its pages
  (``to_markdown()``, ``to_html()``, ``to_text()``, ``to_json()``; ``Comparison.from_dict()``
  reads ``to_dict()`` back, ``Comparison.from_json()`` the JSON text).
- ``estimate(model)``: one model's monthly cost, a :class:`ModelCost`.
- ``recommend(catalog)``: the models that fit a workload, cheapest first, a
  :class:`Recommendation`.
- ``compare_all(catalog)`` and ``write_site(out_dir)``: every pair of a catalog, on any
  ``concurrent.futures.Executor``.

Catalogs: ``default_catalog()`` (the bundled one), ``load_catalog(*paths, bundled=False)``
(your TOML files, over the bundled catalog with ``bundled=True``), ``validate_paths(*paths)``
(their problems), ``catalog_frame(catalog)`` (a pandas frame). Cost arithmetic:
``route_cost(route, traffic)``, ``blended_price(input_price, output_price)``,
``crossover_share(a, b)``.

Errors are :class:`PhicompareError`, each also the builtin it refines: an argument of the wrong
type is an :class:`ArgumentError` (a ``TypeError``), a name no model has an
:class:`UnknownModelError` (a ``LookupError``, with close names), a comparison that cannot be
made a :class:`ComparisonError` (a ``ValueError``); each message names the value, in one line.
"""
# This module is the public index. Every public name is listed once, in ``_EXPORTS`` (by the
# module that defines it), and loaded on first use, so ``import phicompare`` costs little more
# than ``import attrs``; the TOML parser loads with the first catalog, and cattrs only with a
# catalog table that needs it (``catalog/plain.py``). The ``TYPE_CHECKING`` block repeats the
# imports for type checkers only (a test keeps the two in step).

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__

_EXPORTS: dict[str, tuple[str, ...]] = {
    ".analysis.compare": (
        "compare",
    ),
    ".analysis.comparison": (
        "Comparison",
    ),
    ".analysis.cost": (
        "CostLine", "RouteBill", "RouteCost", "blended_price", "crossover_share", "route_cost",
    ),
    ".analysis.estimate": (
        "ModelCost", "estimate",
    ),
    ".analysis.facts": (
        "BenchmarkRow", "CapabilityRow", "CostEstimate", "CostFacts", "Crossover", "FrictionItem",
        "FrictionKind", "Provenance", "Related", "RouteRow", "ScoreGap", "SourceRef", "SpecRow",
    ),
    ".analysis.ranking": (
        "OrderBasis", "Placement", "PriorityScore",
    ),
    ".analysis.recommend": (
        "Candidate", "Recommendation", "recommend",
    ),
    ".analysis.requirements": (
        "Fit", "Requirement", "RequirementCheck", "RequirementKind",
    ),
    ".analysis.traffic": (
        "Traffic",
    ),
    ".batch": (
        "PairResult", "compare_all",
    ),
    ".site": (
        "SiteResult", "write_site",
    ),
    ".catalog.bundled": (
        "default_catalog",
    ),
    ".catalog.index": (
        "Catalog",
    ),
    ".catalog.loader": (
        "load_catalog", "validate_paths",
    ),
    ".catalog.replacement": (
        "Replacement",
    ),
    ".domain.capabilities": (
        "Capabilities", "Capability", "Support",
    ),
    ".domain.pricing": (
        "PriceWindow", "ProviderRoute", "RouteStatus", "Tier", "TierBoundary",
    ),
    ".domain.limits": (
        "LimitKind", "UsageLimits",
    ),
    ".domain.records": (
        "Benchmark", "BenchmarkScore", "Model", "ModelKind", "Provider", "ProviderTier",
        "RoutePolicy",
    ),
    ".exceptions": (
        "ArgumentError", "CatalogError", "ComparisonError", "FrameError", "PhicompareError",
        "PlotError", "Problem", "SourceError", "UnknownBenchmarkError", "UnknownModelError",
        "UnknownProviderError",
    ),
    ".narrative.claims": (
        "Basis", "Check", "Claim", "Evidence", "Narrative", "Question", "Row",
    ),
    ".narrative.reasons": (
        "Reasons",
    ),
    ".render.frames": (
        "catalog_frame",
    ),
}
"""Each public name, by the module that defines it."""

_LAZY = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = sorted([*_LAZY, "__version__"])  # noqa: PLE0605 - derived from _EXPORTS

if TYPE_CHECKING:
    from .analysis.compare import (
        compare as compare,
    )
    from .analysis.comparison import (
        Comparison as Comparison,
    )
    from .analysis.cost import (
        CostLine as CostLine,
        RouteBill as RouteBill,
        RouteCost as RouteCost,
        blended_price as blended_price,
        crossover_share as crossover_share,
        route_cost as route_cost,
    )
    from .analysis.estimate import (
        ModelCost as ModelCost,
        estimate as estimate,
    )
    from .analysis.facts import (
        BenchmarkRow as BenchmarkRow,
        CapabilityRow as CapabilityRow,
        CostEstimate as CostEstimate,
        CostFacts as CostFacts,
        Crossover as Crossover,
        FrictionItem as FrictionItem,
        FrictionKind as FrictionKind,
        Provenance as Provenance,
        Related as Related,
        RouteRow as RouteRow,
        ScoreGap as ScoreGap,
        SourceRef as SourceRef,
        SpecRow as SpecRow,
    )
    from .analysis.ranking import (
        OrderBasis as OrderBasis,
        Placement as Placement,
        PriorityScore as PriorityScore,
    )
    from .analysis.recommend import (
        Candidate as Candidate,
        Recommendation as Recommendation,
        recommend as recommend,
    )
    from .analysis.requirements import (
        Fit as Fit,
        Requirement as Requirement,
        RequirementCheck as RequirementCheck,
        RequirementKind as RequirementKind,
    )
    from .analysis.traffic import (
        Traffic as Traffic,
    )
    from .batch import (
        PairResult as PairResult,
        compare_all as compare_all,
    )
    from .catalog.bundled import (
        default_catalog as default_catalog,
    )
    from .catalog.index import (
        Catalog as Catalog,
    )
    from .catalog.loader import (
        load_catalog as load_catalog,
        validate_paths as validate_paths,
    )
    from .catalog.replacement import (
        Replacement as Replacement,
    )
    from .domain.capabilities import (
        Capabilities as Capabilities,
        Capability as Capability,
        Support as Support,
    )
    from .domain.limits import (
        LimitKind as LimitKind,
        UsageLimits as UsageLimits,
    )
    from .domain.pricing import (
        PriceWindow as PriceWindow,
        ProviderRoute as ProviderRoute,
        RouteStatus as RouteStatus,
        Tier as Tier,
        TierBoundary as TierBoundary,
    )
    from .domain.records import (
        Benchmark as Benchmark,
        BenchmarkScore as BenchmarkScore,
        Model as Model,
        ModelKind as ModelKind,
        Provider as Provider,
        ProviderTier as ProviderTier,
        RoutePolicy as RoutePolicy,
    )
    from .exceptions import (
        ArgumentError as ArgumentError,
        CatalogError as CatalogError,
        ComparisonError as ComparisonError,
        FrameError as FrameError,
        PhicompareError as PhicompareError,
        PlotError as PlotError,
        Problem as Problem,
        SourceError as SourceError,
        UnknownBenchmarkError as UnknownBenchmarkError,
        UnknownModelError as UnknownModelError,
        UnknownProviderError as UnknownProviderError,
    )
    from .narrative.claims import (
        Basis as Basis,
        Check as Check,
        Claim as Claim,
        Evidence as Evidence,
        Narrative as Narrative,
        Question as Question,
        Row as Row,
    )
    from .narrative.reasons import (
        Reasons as Reasons,
    )
    from .render.frames import (
        catalog_frame as catalog_frame,
    )
    from .site import (
        SiteResult as SiteResult,
        write_site as write_site,
    )


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'phicompare' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
