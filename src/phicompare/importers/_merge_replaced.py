"""What a merge reports in ``replaced``: its sources' replacements, and the records it drops whole.

A catalog loaded from files lists each record a later file replaced whole
(:attr:`~phicompare.Catalog.replaced`); :func:`~phicompare.importers.merge` keeps those of every
catalog it merges. It merges models and providers field by field (a disagreement is a conflict),
but a benchmark that several sources define differently keeps the most trusted source's record
whole: each record it drops so is a :class:`~phicompare.Replacement` too.
"""

from __future__ import annotations

from collections.abc import Sequence

from phicompare.catalog.index import Catalog
from phicompare.catalog.loader import default_catalog
from phicompare.catalog.replacement import Replacement

__all__ = ["merged_replacements"]


def _is_bundled(catalog: Catalog) -> bool:
    """Whether ``catalog`` is the bundled catalog (never opened here to find out)."""
    return default_catalog.cache_info().currsize > 0 and catalog is default_catalog()


def merged_replacements(given: Sequence[tuple[str, Catalog]],
                        ordered: Sequence[tuple[str, Catalog]]) -> tuple[Replacement, ...]:
    """Each source's replacements (in the order given, each once), then the benchmarks dropped.

    ``given`` and ``ordered`` are the merge's named sources, in the order given and in
    precedence order; a benchmark's first record in precedence order is the one kept.

    Examples:
        >>> from phicompare import Benchmark
        >>> ours = Catalog(benchmarks=(Benchmark(id="mmlu", name="MMLU (ours)"),))
        >>> theirs = Catalog(benchmarks=(Benchmark(id="mmlu", name="MMLU"),))
        >>> [str(r) for r in merged_replacements([("catalog", ours), ("catalog#2", theirs)],
        ...                                      [("catalog", ours), ("catalog#2", theirs)])]
        ["benchmark 'mmlu': catalog replaces catalog#2 whole"]
    """
    found = dict.fromkeys(r for _, catalog in given for r in catalog.replaced)
    kept: dict[str, tuple[str, object]] = {}
    for name, catalog in ordered:
        for benchmark in catalog.benchmarks:
            winner, record = kept.setdefault(benchmark.id, (name, benchmark))
            if record != benchmark:
                found.setdefault(Replacement(kind="benchmark", id=benchmark.id, file=winner,
                                             replaced_file=name, bundled=_is_bundled(catalog)))
    return tuple(found)
