"""Warm compare() of bundled models, facts only, against genai-prices' calc_price in the same run.

    python benchmarks/bench_compare.py

Figures (median seconds per call, shown in microseconds):

- ``compare("phi-2", "phi-4-mini")`` repeated: the same pair, warm (the catalog is loaded and
  the pair was compared once before timing). Facts only: the narrative is built on first access
  of ``Comparison.narrative``, which this benchmark never touches. The facts of recent
  comparisons are kept per catalog, so this is a lookup plus a new ``Comparison``.
- the same pair with those kept facts dropped before each call: the work of a comparison whose
  per-model parts (profiles, route costs, benchmark rows) are already worked out.
- every distinct pair of the bundled catalog, on a fresh copy of the catalog: the median over
  pairs of one call each, first pass (no comparison of that pair yet, per-model work memoised
  as models recur) and second pass (every pair compared once before).
- genai-prices ``calc_price`` for the same traffic (800M input + 250M output tokens) of Phi-4
  Mini on OpenRouter, when ``genai_prices`` is importable: it prices one usage on one route,
  where ``compare()`` prices every route of two models and compares everything else too.

Install genai-prices only in the benchmark environment, never in the package's dependencies::

    python3 -m venv .bench-venv && .bench-venv/bin/pip install -e . genai-prices
    env -u PYTHONDONTWRITEBYTECODE .bench-venv/bin/python benchmarks/bench_compare.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import itertools
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence

import attrs

import phicompare
from phicompare import Traffic, compare, default_catalog

TARGET_US = 100.0
PAIR = ("phi-2", "phi-4-mini")


def per_call(fn: Callable[[], object], seconds: float) -> float:
    """Median seconds per call of ``fn`` over batches that fill about ``seconds``."""
    fn()
    n, start = 1, time.perf_counter()
    while time.perf_counter() - start < 0.05:
        fn()
        n += 1
    batch = max(1, n // 5)
    samples: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(samples) < 7:
        start = time.perf_counter()
        for _ in range(batch):
            fn()
        samples.append((time.perf_counter() - start) / batch)
    return statistics.median(samples)


def each_once(calls: Sequence[Callable[[], object]]) -> float:
    """Median seconds of one call each (for first-time work that a loop would hide)."""
    times = []
    for call in calls:
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def row(name: str, seconds: float, note: str = "") -> None:
    print(f"{name:<62} {seconds * 1e6:>8.1f} us  {note}".rstrip(), flush=True)


def calc_price_call() -> Callable[[], object] | None:
    try:
        from genai_prices import Usage, calc_price
    except ImportError:
        return None
    usage = Usage(input_tokens=800_000_000, output_tokens=250_000_000)

    def call() -> object:
        return calc_price(usage, model_ref="microsoft/phi-4-mini-instruct",
                          provider_id="openrouter")

    return call


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=2.0,
                        help="time budget of each per-call measurement (default 2)")
    args = parser.parse_args(argv)
    bytecode = "off" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "on"
    print(f"phicompare {phicompare.__version__}, Python {platform.python_version()}, "
          f"{platform.machine()}, bytecode cache {bytecode}")
    catalog = default_catalog()
    print(f"bundled catalog: {len(catalog)} models; traffic {Traffic().input_tokens:,} input + "
          f"{Traffic().output_tokens:,} output tokens a month; facts only (no narrative)\n")
    gc.collect()

    same = per_call(lambda: compare(*PAIR), args.seconds)
    row(f"compare{PAIR} warm, same pair repeated", same,
        "OK: under target" if same * 1e6 < TARGET_US else f"ABOVE the {TARGET_US:.0f} us target")

    fresh = attrs.evolve(catalog)  # same records, empty memo
    today = dt.date.today()

    def recompute() -> object:
        fresh.memo.pop("recent", None)  # the kept facts of recent comparisons (private)
        return compare(*PAIR, catalog=fresh, as_of=today)

    row(f"compare{PAIR} warm, kept facts dropped each call", per_call(recompute, args.seconds))
    fresh = attrs.evolve(catalog)
    pairs = list(itertools.combinations([m.id for m in fresh], 2))
    calls = [functools.partial(compare, a, b, catalog=fresh, as_of=today) for a, b in pairs]
    first = each_once(calls)
    second = each_once(calls)
    row(f"every distinct pair ({len(pairs)}), first pass, median", first)
    row(f"every distinct pair ({len(pairs)}), second pass, median", second)
    total = per_call(lambda: [call() for call in calls], args.seconds)
    row("every distinct pair, warm sweep, per pair", total / len(pairs))

    baseline = calc_price_call()
    if baseline is None:
        print("\ngenai-prices is not importable: calc_price baseline skipped "
              "(pip install genai-prices into a separate benchmark venv)")
        return 0
    price = per_call(baseline, args.seconds)
    import genai_prices

    print()
    row(f"genai-prices {genai_prices.__version__} calc_price, one usage", price)
    ratio = same / price
    verdict = "faster" if ratio < 1 else "slower"
    print(f"\nratio compare / calc_price: {ratio:.2f}x ({verdict} than one calc_price call)")
    print(f"ratio every-pair first pass / calc_price: {first / price:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
