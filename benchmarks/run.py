"""phicompare's benchmarks: figures and ratios against baselines measured in the same run.

    python benchmarks/run.py            # everything
    python benchmarks/run.py import     # only the named groups

Fresh-process timings run with bytecode caching on (PYTHONDONTWRITEBYTECODE unset), as on users'
machines, after one warm-up run that writes the cache.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

RUNS = 15


def fresh(code: str, runs: int = RUNS) -> float:
    """Median wall time, seconds, of `python -c code` in a fresh process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", code], env=env, check=True)  # warm the bytecode cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_fresh_process(code: str, runs: int = RUNS) -> float:
    """Median of a figure (seconds) that `code` prints, each run in a fresh process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    values = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                              capture_output=True, text=True)
        values.append(float(done.stdout.strip()))
    return statistics.median(values)


def per_call(fn: Callable[[], object], seconds: float = 1.0) -> float:
    """Median seconds per call of ``fn`` over batches filling about ``seconds``."""
    fn()
    n, start = 1, time.perf_counter()
    while time.perf_counter() - start < 0.05:
        fn()
        n += 1
    batch = max(1, n // 5)
    samples = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(samples) < 7:
        start = time.perf_counter()
        for _ in range(batch):
            fn()
        samples.append((time.perf_counter() - start) / batch)
    return statistics.median(samples)


def row(name: str, value: float, unit: str = "ms", baseline: float | None = None,
        base_name: str = "") -> None:
    scale = {"ms": 1e3, "us": 1e6, "s": 1.0}[unit]
    text = f"{name:<52} {value * scale:>10.2f} {unit}"
    if baseline:
        text += f"   {value / baseline:>6.2f}x {base_name}"
    print(text, flush=True)


def bench_import() -> None:
    print("\n# import and catalog (fresh processes, median of", RUNS, "runs)")
    attrs_t = fresh("import attrs")
    row("python -c 'import attrs' (baseline)", attrs_t)
    row("python -c 'import phicompare'", fresh("import phicompare"), baseline=attrs_t,
        base_name="import attrs")
    row("python -c 'import phicompare; phicompare.Model'",
        fresh("import phicompare; phicompare.Model"), baseline=attrs_t, base_name="import attrs")
    cold = in_fresh_process(
        "import time, phicompare; phicompare.Model\n"
        "t = time.perf_counter(); phicompare.default_catalog()\n"
        "print(time.perf_counter() - t)")
    row("default_catalog() cold, in-process", cold)
    import phicompare

    warm = per_call(lambda: phicompare.load_catalog(bundled=True))
    row("load_catalog(bundled=True) warm", warm)


GROUPS: dict[str, Callable[[], None]] = {"import": bench_import}


def main(argv: list[str]) -> int:
    names = argv or list(GROUPS)
    unknown = [n for n in names if n not in GROUPS]
    if unknown:
        print(f"unknown group(s) {unknown}; choose from {sorted(GROUPS)}", file=sys.stderr)
        return 2
    print(f"phicompare benchmarks, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    for name in names:
        GROUPS[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
