"""The ``pages`` group of ``run.py``: first-seen pages per stage, side by side with a baseline.

Each figure comes from ``first_seen.py`` run in a fresh process (every distinct pair of a catalog
rendered once); runs alternate between this interpreter and the baseline's, so both see the same
machine. See ``benchmarks/README.md``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data"
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

FIRST_SEEN = HERE / "first_seen.py"
PAGES_MODELS = 60
"""models.dev models in the first-seen sample (spread over the snapshot): 1,770 pairs."""
PAGES_ROUNDS = 3


def _first_seen(python: str, mode: str, source: str, *, cpu: bool) -> dict[str, Any]:
    """One fresh process of ``first_seen.py``: every pair of ``source`` seen once.

    ``source`` is ``bundled``, ``models.dev``, or a folder of catalog files (both checkouts
    load the same files).
    """
    args = [python, str(FIRST_SEEN), mode, *(["--cpu"] if cpu else [])]
    if source == "bundled":
        args += [source]
    elif source == "models.dev":
        args += [source, str(DATA / "models.dev"), str(PAGES_MODELS)]
    else:
        args += ["folder", source]
    done = subprocess.run(args, env=_ENV, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _pages_of(source: str, label: str, baseline: str | None, *, cpu: bool) -> None:
    pythons = {"this": sys.executable} | ({"baseline": baseline} if baseline else {})
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for _ in range(PAGES_ROUNDS):  # alternate checkouts, so both see the same machine
        for mode in ("stages", "page"):
            for name, python in pythons.items():
                runs.setdefault((name, mode), []).append(_first_seen(python, mode, source,
                                                                     cpu=cpu))
    pairs = runs["this", "page"][0]["pairs"]
    print(f"  {label}: {pairs:,} pairs, each seen once a process; median of {PAGES_ROUNDS} "
          "processes a figure")
    print(f"    {'':<44} {'mean':>9} {'median':>9}" + (
        f"  {'baseline mean':>13} {'median':>9} {'ratio (mean)':>12}" if baseline else ""))
    rows = [("stages", "compare", "compare() (facts)"),
            ("stages", "narrative", "narrative (every claim)"),
            ("stages", "evidence", "evidence and checks read (built if not yet)"),
            ("stages", "blocks", "page blocks (render.page)"),
            ("stages", "markdown", "Markdown from the blocks"),
            ("stages", "render", "rendering: blocks + Markdown"),
            ("stages", "total", "sum of the stages"),
            ("page", "page", "page: compare() + to_markdown()")]
    for mode, key, title in rows:
        ours = _median_figures(runs["this", mode], key)
        text = f"    {title:<44} {ours[0] * 1e6:>6,.0f} us {ours[1] * 1e6:>6,.0f} us"
        if baseline:
            base = _median_figures(runs["baseline", mode], key)
            ratio = f"{ours[0] / base[0]:>11.2f}x" if base[0] else f"{'n/a':>12}"
            text += f"  {base[0] * 1e6:>10,.0f} us {base[1] * 1e6:>6,.0f} us {ratio}"
        print(text, flush=True)
    warm = statistics.median(r["warmup"] for r in runs["this", "page"])
    print(f"    (not counted: the first page of a process, lazy imports, {warm * 1e3:.1f} ms)")


def _median_figures(results: list[dict[str, Any]], key: str) -> tuple[float, float]:
    return (statistics.median(r[key]["mean"] for r in results),
            statistics.median(r[key]["median"] for r in results))


def bench_pages(baseline: str | None = None, *, cpu: bool = False,
                same_data: Sequence[str] = ()) -> None:
    """First-seen pages of the bundled catalog, the models.dev sample and ``same_data``'s files.

    Each ``same_data`` folder holds catalog files both checkouts load as a user's catalog:
    where the two checkouts bundle (or import) different data, only those pages compare the
    code alone.
    """
    print("\n# first-seen pages: every distinct pair once in a fresh process, per stage, "
          + ("CPU time" if cpu else "wall time")
          + (f"; baseline {baseline}" if baseline else " (--baseline PYTHON adds a checkout)"))
    _pages_of("bundled", "bundled catalog, every pair", baseline, cpu=cpu)
    for folder in same_data:
        _pages_of(folder, f"the same data in both checkouts: every pair of {folder}",
                  baseline, cpu=cpu)
    if not (DATA / "models.dev").is_dir():
        print(f"  models.dev snapshot not found at {DATA / 'models.dev'}: its sample is skipped")
        return
    _pages_of("models.dev", f"models.dev, every pair of {PAGES_MODELS} models spread over it",
              baseline, cpu=cpu)
