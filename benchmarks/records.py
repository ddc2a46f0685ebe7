"""The floor of today's page design: a page's fact and claim records made again, nothing else.

    python benchmarks/records.py bundled
    python benchmarks/records.py models.dev /work/shared/data/models.dev 60

A page today builds a ``Comparison`` (its fact records: rows, gaps, friction items, sources)
and its ``Narrative`` (claims, scorecard rows, questions), each a frozen attrs record, for
every pair. This script takes every seventh pair of the source, builds its page, collects the
records the comparison and its narrative hold (not the catalog's own: models, providers,
routes, scores, notes), and times making each of them again from its field values, best of
five, with no other work: what a page of this design pays before it computes anything. It
prints one JSON object: records a page and microseconds a page (mean and median), and the
classes that cost most on one page.

Sources as in ``first_seen.py``: ``bundled`` (the curated pairs) or ``models.dev PATH COUNT``
(COUNT defaults to 60). Run without a source (or with one it does not know), it prints its
usage on standard error and exits 2 (``tests/test_benchmark_scripts.py``).
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import json
import statistics
import sys
import time
from typing import Any

import attrs
from first_seen import bad_count, catalog_and_ids, usage

from phicompare import compare

AS_OF = dt.date(2026, 11, 25)
CATALOG_OWN = frozenset({"Catalog", "ImportedCatalog", "DrawnFrom", "FieldNote", "Model",
                         "Provider", "Benchmark", "BenchmarkScore", "ProviderRoute", "Tier",
                         "TierBoundary", "PriceWindow", "Capabilities", "Traffic"})
"""Records a page reads but does not make (the catalog's, the caller's)."""


def _made(root: object, seen: set[int], out: list[Any]) -> None:
    """The attrs records under ``root`` that a page makes, each once, depth first."""
    if id(root) in seen:
        return
    seen.add(id(root))
    if attrs.has(type(root)):
        if type(root).__name__ in CATALOG_OWN:
            return
        if type(root).__name__ != "Comparison":  # (its own cost is one record)
            out.append(root)
        for field in attrs.fields(type(root)):
            _made(getattr(root, field.name), seen, out)
    elif isinstance(root, (tuple, list)):
        for value in root:
            _made(value, seen, out)


def _again(records: list[Any]) -> list[tuple[type, dict[str, Any]]]:
    return [(type(r), {f.alias or f.name.lstrip("_"): getattr(r, f.name)
                       for f in attrs.fields(type(r)) if f.init}) for r in records]


def _best(made: list[tuple[type, dict[str, Any]]]) -> float:
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for cls, fields in made:
            cls(**fields)
        best = min(best, time.perf_counter() - start)
    return best


USAGE = "usage: python benchmarks/records.py {bundled | models.dev PATH [COUNT]}"


def main(argv: list[str]) -> int:
    source, *rest = argv or [""]
    if source not in ("bundled", "models.dev"):
        problem = f"no source {source!r}: bundled or models.dev" if source else "a source is needed"
        return usage(problem, USAGE, __doc__)
    if source == "models.dev" and not rest:
        return usage("models.dev needs its PATH", USAGE, __doc__)
    count = rest[1] if len(rest) > 1 else "60"
    if problem := bad_count(count):
        return usage(problem, USAGE, __doc__)
    catalog, ids = catalog_and_ids(source, rest[0] if rest else "", int(count))
    pairs = list(itertools.combinations(ids, 2))[::7]
    counts, times = [], []
    costliest: collections.Counter[str] = collections.Counter()
    for k, (a, b) in enumerate(pairs):
        c = compare(a, b, catalog=catalog, as_of=AS_OF)
        c.to_markdown()
        records: list[Any] = []
        _made(c, set(), records)
        _made(c.narrative, set(), records)
        made = _again(records)
        counts.append(len(made))
        times.append(_best(made) * 1e6)
        if k == len(pairs) // 2:
            for cls, fields in made:
                costliest[cls.__name__] += _best([(cls, fields)]) * 1e6
    print(json.dumps({
        "source": source, "pages": len(pairs),
        "records a page": {"mean": statistics.mean(counts), "median": statistics.median(counts)},
        "us a page": {"mean": round(statistics.mean(times), 1),
                      "median": round(statistics.median(times), 1)},
        "costliest classes on one page (us)": {name: round(us, 1)
                                                for name, us in costliest.most_common(6)},
    }, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
