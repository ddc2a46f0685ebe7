"""The :class:`Comparison`: the facts of a comparison, frozen and serialisable."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ._cost import Traffic
from ._domain import Capability, Model
from ._facts import (
    BenchmarkRow,
    CapabilityRow,
    CostEstimate,
    CostFacts,
    FrictionItem,
    Provenance,
    Related,
    RouteRow,
    SpecRow,
)

__all__ = ["Comparison"]

FORMAT_VERSION = 1


@attrs.frozen(kw_only=True)
class Comparison:
    """Two or more models compared: every fact a page needs, nothing rendered yet.

    Build one with :func:`phicompare.compare`. Per-model values are tuples aligned with
    ``models``; ``to_dict()`` gives a JSON-ready dict and ``from_dict()`` rebuilds an equal object.

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> Comparison.from_dict(c.to_dict()) == c
        True
    """

    models: tuple[Model, ...]
    traffic: Traffic
    requires: tuple[Capability, ...]
    include_free: bool
    as_of: dt.date
    specs: tuple[SpecRow, ...]
    capabilities: tuple[CapabilityRow, ...]
    benchmarks: tuple[BenchmarkRow, ...]
    routes: tuple[RouteRow, ...]
    cost: CostFacts
    friction: tuple[FrictionItem, ...]
    related: tuple[Related, ...]
    provenance: Provenance

    @property
    def names(self) -> tuple[str, ...]:
        """The models' display names."""
        return tuple(m.name for m in self.models)

    def estimate(self, model: int | str) -> CostEstimate:
        """The cost estimate of a model, by index or id."""
        index = model if isinstance(model, int) else [m.id for m in self.models].index(model)
        return self.cost.estimates[index]

    def routes_of(self, model: int) -> tuple[RouteRow, ...]:
        """The route rows of model ``model`` (an index)."""
        return tuple(r for r in self.routes if r.model == model)

    @property
    def shared_providers(self) -> tuple[str, ...]:
        """Names of providers that serve every model compared."""
        per_model = [{r.route.provider: r.provider_name for r in self.routes_of(i)}
                     for i in range(len(self.models))]
        return tuple(name for pid, name in per_model[0].items()
                     if all(pid in p for p in per_model[1:]))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: strings for Decimals and dates, lists for tuples.

        Examples:
            >>> from phicompare import compare
            >>> d = compare("phi-2", "phi-4-mini").to_dict()
            >>> d["format"], d["cost"]["blend"]
            (1, [7, 3])
        """
        from ._serialize import unstructure  # noqa: PLC0415

        return {"format": FORMAT_VERSION, **unstructure(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Comparison:
        """Rebuild a comparison from :meth:`to_dict`'s output.

        Raises:
            ValueError: the dict is not a comparison of a known format.
        """
        from ._serialize import structure  # noqa: PLC0415

        body = dict(data)
        version = body.pop("format", None)
        if version != FORMAT_VERSION:
            msg = f"unsupported comparison format {version!r}; expected {FORMAT_VERSION}"
            raise ValueError(msg)
        for key in [k for k in body if k not in attrs.fields_dict(cls)]:
            del body[key]  # derived sections (narrative, rendered text) are recomputed
        return structure(body, cls)
