"""The catalog an importer returns: a :class:`~phicompare.Catalog` that knows where it came from."""

from __future__ import annotations

import functools
from collections.abc import Mapping

import attrs

from phicompare.catalog.index import Catalog
from phicompare.domain.capabilities import Capability
from phicompare.domain.records import Model

from ._conflicts import Conflict, ConflictReport, RecordFacts, find_conflicts
from ._report import ImportReport

__all__ = ["ImportedCatalog", "kept_value"]


def kept_value(model: Model, field: str) -> object:
    """The value ``model`` keeps for an evidence field; a capability as the model documents it.

    A capability is the model's own flag (from a source describing the model), never a route's:
    a reseller that flags a route does not make the feature the model's.

    Examples:
        >>> kept_value(Model(id="m", name="M", context_window=4096), "context_window")
        4096
        >>> import datetime as dt
        >>> from phicompare.domain.capabilities import Capabilities
        >>> from phicompare.domain.pricing import ProviderRoute
        >>> route = ProviderRoute(provider="p", source="s", checked=dt.date(2026, 1, 1),
        ...                       capabilities=Capabilities(reasoning=True))
        >>> model = Model(id="m", name="M", capabilities=Capabilities(reasoning=False),
        ...               routes=(route,))
        >>> kept_value(model, "capabilities.reasoning")
        False
        >>> print(kept_value(Model(id="m", name="M"), "capabilities.reasoning"))
        None
    """
    if field.startswith("capabilities."):
        return model.capabilities.flag(Capability(field.partition(".")[2]))
    return getattr(model, field, None)


@attrs.frozen(kw_only=True)
class ImportedCatalog(Catalog):
    """A catalog built by an importer or by :func:`~phicompare.importers.merge`.

    It is a :class:`~phicompare.Catalog` (compare its models, look them up by any name a source
    uses) that also holds its ``reports`` (what was read and what was not), the ``evidence`` each
    record gave per model id, and the route and score conflicts a merge found.

    Examples:
        >>> import datetime as dt
        >>> report = ImportReport(source="demo", path="-", checked=dt.date(2026, 1, 1),
        ...                       checked_from="argument")
        >>> catalog = ImportedCatalog(models=(Model(id="m", name="M"),), reports=(report,))
        >>> catalog.report.source, len(catalog.conflicts())
        ('demo', 0)
    """

    reports: tuple[ImportReport, ...]
    evidence: Mapping[str, tuple[RecordFacts, ...]] = attrs.field(
        factory=dict, eq=False, repr=False, hash=False
    )
    keep_apart: frozenset[str] = frozenset()
    merge_conflicts: tuple[Conflict, ...] = attrs.field(default=(), repr=False)

    @property
    def report(self) -> ImportReport:
        """The import report; for a merged catalog, one report made of each source's."""
        if len(self.reports) == 1:
            return self.reports[0]
        return ImportReport.combine(self.reports)

    def conflicts(self, fields: frozenset[str] | None = None) -> ConflictReport:
        """Every field whose value differs across the records behind a model.

        ``fields`` limits the report to those fields (``context_window``, ``released``, ...; route
        and score conflicts match by their prefix, ``routes`` or ``scores``).

        Examples:
            >>> import datetime as dt
            >>> from phicompare.importers import RecordFacts
            >>> report = ImportReport(source="demo", path="-", checked=dt.date(2026, 1, 1),
            ...                       checked_from="argument")
            >>> evidence = (RecordFacts(source="a", url="u1", facts=(("license", "MIT"),)),
            ...             RecordFacts(source="b", url="u2", facts=(("license", "Apache-2.0"),)))
            >>> catalog = ImportedCatalog(models=(Model(id="m", name="M", license="MIT"),),
            ...                           reports=(report,), evidence={"m": evidence})
            >>> [str(c) for c in catalog.conflicts(frozenset({"license"}))]
            ['m: license: MIT (a) | Apache-2.0 (b); kept MIT']
        """
        found: list[Conflict] = []
        for model in self.models:
            evidence = self.evidence.get(model.id, ())
            if len(evidence) > 1:
                kept = functools.partial(kept_value, model)
                found.extend(find_conflicts(model.id, evidence, kept))
        found.extend(self.merge_conflicts)
        if fields is not None:
            found = [c for c in found
                     if c.field in fields or c.field.partition("[")[0] in fields]
        order = {model.id: index for index, model in enumerate(self.models)}
        found.sort(key=lambda c: order.get(c.model, len(order)))
        return ConflictReport(tuple(found))
