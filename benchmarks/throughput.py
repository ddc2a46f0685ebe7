"""Pages a second and memory for many pages: the ``shards`` and ``memory`` groups of ``run.py``.

    python benchmarks/throughput.py rate bundled shards 2           # one measurement, as JSON
    python benchmarks/throughput.py rate models.dev files 1 /work/shared/data/models.dev 300
    python benchmarks/throughput.py memory /work/shared/data/models.dev 100000 1000000

``run.py`` runs each measurement in a fresh process, with this checkout's interpreter and with
``--baseline``'s, alternating. A checkout whose ``compare_all`` has no ``shards`` option (before
sharded output) is measured writing a file a page, and says so (``layout`` in its JSON).

- ``rate``: every pair of the bundled catalog, or of ``MODELS`` models spread evenly over the
  models.dev import, rendered to Markdown and written to ``/dev/shm`` (a file a page, or a JSON
  Lines shard a chunk), on one process (in-process) or two (a process pool; the time includes
  starting it and each worker's catalog). Every pair is seen once: no second pass.
- ``memory``: the sharded path in one process over the first ``END`` pairs of the models.dev
  import (every pair of its distinct models, in catalog order); the resident size (RSS, now, not
  peak) when ``START`` pairs are done, at ``END``, and at every tenth of the way between. Each
  shard is deleted once its pages are counted, so the disk does not fill; what is measured is
  the process.
"""

from __future__ import annotations

import datetime as dt
import inspect
import itertools
import json
import os
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from first_seen import curated_ids

from phicompare import Catalog, compare_all, load_catalog

AS_OF = dt.date(2026, 11, 25)
CHUNK = 1000
"""Pairs a task, and pages a shard (fewer for a small catalog)."""


def has_shards() -> bool:
    """Whether this checkout's ``compare_all`` writes shards."""
    return "shards" in inspect.signature(compare_all).parameters


def spread(ids: list[str], count: int) -> list[str]:
    """``count`` ids spread evenly over ``ids`` (the snapshot's head is heavier than the whole)."""
    if count >= len(ids):
        return ids
    step = len(ids) / count
    return [ids[int(k * step)] for k in range(count)]


def _catalog(source: str, path: str) -> Catalog:
    if source == "bundled":
        return load_catalog(bundled=True)
    from phicompare.importers import from_models_dev

    return from_models_dev(path)


def rate(source: str, layout: str, jobs: int, path: str = "", models: int = 300) -> dict[str, Any]:
    """Pages written and seconds for every pair of ``source`` (or its sample) on ``jobs``."""
    catalog = _catalog(source, path)
    ids = curated_ids(catalog) if source == "bundled" else spread([m.id for m in catalog], models)
    pairs = list(itertools.combinations(ids, 2))
    sharded = layout == "shards" and has_shards()
    # A few chunks a worker at least (the bundled catalog has only a few hundred pairs).
    chunk = max(50, min(CHUNK, len(pairs) // (4 * jobs)))
    options: dict[str, Any] = {"format": "md", "as_of": AS_OF, "chunk_size": chunk}
    if sharded:
        options["shards"] = True
    tmp_root = "/dev/shm" if Path("/dev/shm").is_dir() else None
    with tempfile.TemporaryDirectory(dir=tmp_root) as out:
        cpu = _cpu()
        start = time.perf_counter()
        if jobs == 1:
            done = sum(r.ok for r in compare_all(catalog, pairs=pairs, out_dir=out, **options))
        else:
            with ProcessPoolExecutor(jobs) as pool:
                done = sum(r.ok for r in compare_all(catalog, pairs=pairs, executor=pool,
                                                     out_dir=out, max_pending=2 * jobs + 2,
                                                     **options))
        seconds = time.perf_counter() - start
        cpu = _cpu() - cpu  # the pool's workers have ended: their time is counted
    return {"pages": done, "pairs": len(pairs), "seconds": seconds, "cpu": cpu,
            "layout": "shards" if sharded else "files"}


def _cpu() -> float:
    """CPU seconds of this process and of its ended children (a pool's workers)."""
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                          resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def rss() -> int:
    """This process's resident size now, in bytes."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def memory(path: str, start: int, end: int) -> dict[str, Any]:
    """RSS at ``start`` and ``end`` pairs of the models.dev import, sharded, in one process."""
    catalog = _catalog("models.dev", path)
    pairs = itertools.islice(itertools.combinations([m.id for m in catalog], 2), end)
    loaded = rss()
    at_start = 0
    memo_start = None
    samples: list[int] = []  # RSS at every tenth of the way from start to end
    step = max(1, (end - start) // 10)
    done = 0
    shard = None
    clock = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        for n, result in enumerate(compare_all(catalog, pairs=pairs, format="md", out_dir=out,
                                               shards=True, chunk_size=CHUNK, as_of=AS_OF), 1):
            done += result.ok
            if result.path != shard:
                if shard is not None:
                    os.unlink(shard)  # counted: keep the disk from filling
                shard = result.path
            if n == start:
                at_start = rss()
                memo_start = _memo_size(catalog)
            elif n > start and (n - start) % step == 0:
                samples.append(rss())
    return {"pairs": n, "pages": done, "loaded": loaded, "start": at_start, "end": rss(),
            "samples": samples,
            "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
            "seconds": time.perf_counter() - clock,
            "memo": [memo_start, _memo_size(catalog)]}


def _memo_size(catalog: Catalog) -> int | None:
    """How many values the catalog's per-model memo holds (a private count, read only here, to
    tell its bounded growth from any other; ``None`` in a checkout without one)."""
    memo = getattr(catalog, "_memo", None)
    return None if memo is None else len(memo)


def main(argv: list[str]) -> int:
    if argv[0] == "rate":
        source, layout, jobs, *rest = argv[1:]
        result = rate(source, layout, int(jobs), rest[0] if rest else "",
                      int(rest[1]) if len(rest) > 1 else 300)
    else:
        result = memory(argv[1], int(argv[2]), int(argv[3]))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
