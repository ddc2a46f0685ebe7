"""The ``shards`` and ``memory`` groups of ``run.py``: many pages, on one and two processes.

Each figure comes from ``throughput.py`` run in a fresh process, with this interpreter and with
``--baseline``'s, alternating, so both see the same machine. See ``benchmarks/README.md``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data"
THROUGHPUT = HERE / "throughput.py"
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

SHARDS_MODELS = 300
"""models.dev models in the pages-a-second sample (spread over the snapshot): 44,850 pairs."""
QUICK_MODELS = 120
"""The same with ``--quick``: 7,140 pairs."""


def _run(python: str, *args: str) -> dict[str, Any]:
    done = subprocess.run([python, str(THROUGHPUT), *args], env=_ENV, check=True,
                          capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _rates(source: str, label: str, baseline: str | None, models: int) -> None:
    extra = [str(DATA / "models.dev"), str(models)] if source == "models.dev" else []
    runs = [("this", sys.executable, "shards"), ("this", sys.executable, "files")]
    if baseline:
        runs.append(("baseline", baseline, "shards"))
    figures: dict[tuple[str, str, int], dict[str, Any]] = {}
    for jobs in (1, 2):
        for name, python, layout in runs:
            figures[name, layout, jobs] = _run(python, "rate", source, layout, str(jobs), *extra)
    pairs = figures["this", "shards", 1]["pairs"]
    print(f"  {label}: {pairs:,} pairs, each seen once, Markdown to /dev/shm")
    for clock, title in (("seconds", "pages a second (wall clock)"),
                         ("cpu", ("pages a CPU-second (all processes' CPU time; a busy machine "
                                 "slows the wall clock, less this)"))):
        print(f"    {title}")
        header = f"      {'':<44} {'1 process':>11} {'2 processes':>12} {'2 vs 1':>7}"
        print(header + ("  vs baseline (1, 2)" if baseline else ""))
        for name, _, layout in runs:
            one, two = (figures[name, layout, jobs] for jobs in (1, 2))
            rate_1, rate_2 = (f["pages"] / f[clock] for f in (one, two))
            what = f"{name}, {one['layout']}" + (" (no shards there)" if one["layout"] != layout
                                                 else "")
            text = f"      {what:<44} {rate_1:>8,.0f}/s {rate_2:>9,.0f}/s {rate_2 / rate_1:>6.2f}x"
            if baseline and name == "this":
                base = [figures["baseline", "shards", jobs] for jobs in (1, 2)]
                text += "  " + ", ".join(
                    f"{r / (b['pages'] / b[clock]):.2f}x" for r, b in zip(
                        (rate_1, rate_2), base, strict=True))
            print(text, flush=True)


def bench_shards(baseline: str | None = None, *, quick: bool = False) -> None:
    """Pages a second written to shards and to files, on one and two processes."""
    print("\n# pages a second: every pair once, rendered to Markdown and written (JSON Lines "
          "shards, or a file a page), on one process and on two; the time includes starting "
          "the pool" + (f"; baseline {baseline}" if baseline else ""))
    _rates("bundled", "bundled catalog, every pair", baseline, 0)
    if not (DATA / "models.dev").is_dir():
        print(f"  models.dev snapshot not found at {DATA / 'models.dev'}: its sample is skipped")
        return
    models = QUICK_MODELS if quick else SHARDS_MODELS
    _rates("models.dev", f"models.dev, every pair of {models} models spread over it", baseline,
           models)


def bench_memory(*, quick: bool = False) -> None:
    """Resident size of one process writing shards, early in a long run and at its end."""
    start, end = (10_000, 100_000) if quick else (100_000, 1_000_000)
    print(f"\n# memory: the sharded path in one process, models.dev pairs in catalog order, "
          f"resident size at {start:,} and at {end:,} pairs")
    if not (DATA / "models.dev").is_dir():
        print(f"  models.dev snapshot not found at {DATA / 'models.dev'}: skipped")
        return
    got = _run(sys.executable, "memory", str(DATA / "models.dev"), str(start), str(end))
    mib = 1024 * 1024
    print(f"  {got['pairs']:,} pairs ({got['pages']:,} pages) in {got['seconds']:.0f} s, "
          f"{got['pages'] / got['seconds']:,.0f} pages a second")
    print(f"  RSS: catalog loaded {got['loaded'] / mib:,.1f} MiB; at {start:,} pairs "
          f"{got['start'] / mib:,.1f} MiB; at {got['pairs']:,} pairs {got['end'] / mib:,.1f} MiB;"
          f" peak {got['peak'] / mib:,.1f} MiB")
    between = [x / mib for x in got["samples"]]
    if between:
        print(f"  RSS at every tenth of the way: {min(between):,.1f} to {max(between):,.1f} MiB")
    memo = got.get("memo") or [None, None]
    if None not in memo:
        print(f"  the catalog's per-model memo (bounded at 50,000 values, docs/architecture.md): "
              f"{memo[0]:,} values at {start:,} pairs, {memo[1]:,} at {got['pairs']:,}")
    print(f"  growth from {start:,} to {got['pairs']:,} pairs: "
          f"{(got['end'] - got['start']) / mib:+,.1f} MiB (target < 5 MiB)")
