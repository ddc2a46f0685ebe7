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
    "Benchmark": "._domain",
    "BenchmarkScore": "._domain",
    "Capabilities": "._domain",
    "Capability": "._domain",
    "Catalog": "._catalog",
    "Comparison": "._comparison",
    "CostEstimate": "._facts",
    "Traffic": "._cost",
    "blended_price": "._cost",
    "PairResult": "._batch",
    "compare": "._compare",
    "compare_all": "._batch",
    "crossover_share": "._cost",
    "route_cost": "._cost",
    "CatalogError": ".exceptions",
    "ComparisonError": ".exceptions",
    "Model": "._domain",
    "PhicompareError": ".exceptions",
    "Provider": "._domain",
    "ProviderRoute": "._domain",
    "RouteStatus": "._domain",
    "Support": "._domain",
    "Tier": "._domain",
    "UnknownModelError": ".exceptions",
    "default_catalog": "._loader",
    "load_catalog": "._loader",
    "validate_paths": "._loader",
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
    from ._batch import PairResult, compare_all
    from ._catalog import Catalog
    from ._compare import compare
    from ._comparison import Comparison
    from ._cost import Traffic, blended_price, crossover_share, route_cost
    from ._domain import (
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
    from ._facts import CostEstimate
    from ._loader import default_catalog, load_catalog, validate_paths
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
