"""Pairs per second: every pair of models.dev models rendered to Markdown, and warm bundled pairs.

    env -u PYTHONDONTWRITEBYTECODE .venv/bin/python benchmarks/bench_pairs.py
    env -u PYTHONDONTWRITEBYTECODE .venv/bin/python benchmarks/bench_pairs.py --baseline OLD/src

Figures:

- models.dev, every pair among the first ``--models`` models (300: 44,850 pairs), rendered to
  Markdown and written to a tmpfs folder, through ``compare_all`` in one process (no executor)
  and over a ``ProcessPoolExecutor`` of ``--workers`` processes. Pairs a second, wall clock,
  the catalog already loaded.
- bundled catalog, every distinct pair (378), second pass with the per-pair facts cache
  dropped: median microseconds of ``compare()`` alone, and of ``compare()`` + narrative +
  Markdown.

``--baseline SRC`` runs the same measurements in a child process importing ``phicompare`` from
another source tree (a checkout of the previous commit's ``src``), so both figures come from the
same run on the same machine.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

MODELS_DEV = "/work/shared/data/models.dev"


def _drop_recent(cat: object) -> None:
    """Forget the pair-level memo of a checkout that has one (``Catalog.memo``, before 0.2)."""
    memo = getattr(cat, "memo", None)
    if memo is not None:
        memo.pop("recent", None)


def _tmp_root() -> str:
    return "/dev/shm" if Path("/dev/shm").is_dir() else tempfile.gettempdir()


def models_dev(models: int, workers: int, limit: int | None) -> dict[str, float]:
    from phicompare import compare_all
    from phicompare.importers import from_models_dev

    cat = from_models_dev(MODELS_DEV)
    ids = [m.id for m in cat][:models]
    pairs = list(itertools.combinations(ids, 2))
    single = pairs[:limit] if limit else pairs
    out: dict[str, float] = {"pairs": len(pairs), "single_pairs": len(single)}
    root = tempfile.mkdtemp(prefix="phicompare-bench-", dir=_tmp_root())
    try:
        start = time.perf_counter()
        errors = sum(not r.ok for r in compare_all(cat, single, format="md", out_dir=root))
        out["one_process"] = len(single) / (time.perf_counter() - start)
        shutil.rmtree(root)
        with ProcessPoolExecutor(workers) as pool:
            list(compare_all(cat, pairs[:workers * 10], pool, format="md", out_dir=root))  # warm
            shutil.rmtree(root)
            start = time.perf_counter()
            errors += sum(not r.ok for r in compare_all(cat, pairs, pool, format="md",
                                                        out_dir=root))
            out[f"{workers}_processes"] = len(pairs) / (time.perf_counter() - start)
        out["errors"] = errors
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return out


def bundled() -> dict[str, float]:
    from first_seen import curated_ids

    from phicompare import compare, default_catalog
    from phicompare.render.markdown import render_markdown

    cat = default_catalog()
    pairs = list(itertools.combinations(curated_ids(cat), 2))
    for a, b in pairs:  # first pass: per-model parts worked out
        render_markdown(compare(a, b, catalog=cat))
    facts, page = [], []
    gc.disable()
    try:
        for a, b in pairs:
            _drop_recent(cat)
            start = time.perf_counter()
            compare(a, b, catalog=cat)
            facts.append(time.perf_counter() - start)
        for a, b in pairs:
            _drop_recent(cat)
            start = time.perf_counter()
            render_markdown(compare(a, b, catalog=cat))
            page.append(time.perf_counter() - start)
    finally:
        gc.enable()
    return {"facts_us": statistics.median(facts) * 1e6,
            "facts_md_us": statistics.median(page) * 1e6}


def measure(args: argparse.Namespace) -> dict[str, float]:
    return {**bundled(), **models_dev(args.models, args.workers, args.single)}


def show(label: str, r: dict[str, float]) -> None:
    print(f"[{label}]")
    print(f"  bundled, median of {378} distinct pairs, 2nd pass: compare() "
          f"{r['facts_us']:.1f} us; compare()+narrative+Markdown {r['facts_md_us']:.1f} us")
    print(f"  models.dev, {int(r['single_pairs'])} pairs, one process: "
          f"{r['one_process']:,.0f} pairs/s")
    keys = [k for k in r if k.endswith("_processes")]
    for k in keys:
        print(f"  models.dev, {int(r['pairs'])} pairs, {k.split('_')[0]} processes: "
              f"{r[k]:,.0f} pairs/s (errors: {int(r['errors'])})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", type=int, default=300)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--single", type=int, default=None,
                        help="pairs for the one-process figure (default: all)")
    parser.add_argument("--baseline", help="a source tree to measure first, in a child process")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.json:
        print(json.dumps(measure(args)))
        return
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    if args.baseline:
        env = {**os.environ, "PYTHONPATH": args.baseline}
        cmd = [sys.executable, "-P", __file__, "--json", "--models", str(args.models),
               "--workers", str(args.workers)]
        if args.single:
            cmd += ["--single", str(args.single)]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
        show(f"baseline {args.baseline}", json.loads(done.stdout.strip().splitlines()[-1]))
    show("this tree", measure(args))


if __name__ == "__main__":
    main()
