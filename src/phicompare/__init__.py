"""phicompare: compare large language models side by side from sourced data.

>>> from phicompare import compare
>>> c = compare("phi-2", "phi-4-mini")
>>> [m.id for m in c.models]
['phi-2', 'phi-4-mini']

Public names are loaded on first use, so ``import phicompare`` costs little more than
``import attrs``; cattrs and the TOML parser load with the first catalog.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "Benchmark": ".domain.records",
    "BenchmarkScore": ".domain.records",
    "Capabilities": ".domain.records",
    "Capability": ".domain.records",
    "Catalog": ".catalog.index",
    "Comparison": ".analysis.comparison",
    "CostEstimate": ".analysis.facts",
    "Traffic": ".analysis.cost",
    "blended_price": ".analysis.cost",
    "PairResult": ".batch",
    "compare": ".analysis.compare",
    "compare_all": ".batch",
    "crossover_share": ".analysis.cost",
    "route_cost": ".analysis.cost",
    "CatalogError": ".exceptions",
    "ComparisonError": ".exceptions",
    "Model": ".domain.records",
    "PhicompareError": ".exceptions",
    "Provider": ".domain.records",
    "ProviderRoute": ".domain.records",
    "RouteStatus": ".domain.records",
    "Support": ".domain.records",
    "Tier": ".domain.records",
    "UnknownModelError": ".exceptions",
    "default_catalog": ".catalog.loader",
    "load_catalog": ".catalog.loader",
    "validate_paths": ".catalog.loader",
}

__all__ = [
    "Benchmark",
    "BenchmarkScore",
    "Capabilities",
    "Capability",
    "Catalog",
    "CatalogError",
    "Comparison",
    "ComparisonError",
    "CostEstimate",
    "Model",
    "PairResult",
    "PhicompareError",
    "Provider",
    "ProviderRoute",
    "RouteStatus",
    "Support",
    "Tier",
    "Traffic",
    "UnknownModelError",
    "__version__",
    "blended_price",
    "compare",
    "compare_all",
    "crossover_share",
    "default_catalog",
    "load_catalog",
    "route_cost",
    "validate_paths",
]

if TYPE_CHECKING:
    from .analysis.compare import compare
    from .analysis.comparison import Comparison
    from .analysis.cost import Traffic, blended_price, crossover_share, route_cost
    from .analysis.facts import CostEstimate
    from .batch import PairResult, compare_all
    from .catalog.index import Catalog
    from .catalog.loader import default_catalog, load_catalog, validate_paths
    from .domain.records import (
        Benchmark,
        BenchmarkScore,
        Capabilities,
        Capability,
        Model,
        Provider,
        ProviderRoute,
        RouteStatus,
        Support,
        Tier,
    )
    from .exceptions import (
        CatalogError,
        ComparisonError,
        PhicompareError,
        UnknownModelError,
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
