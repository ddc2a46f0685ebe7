"""phicompare's benchmark suite: figures, and ratios against baselines measured in the same run.

    env -u PYTHONDONTWRITEBYTECODE python benchmarks/run.py            # every group but full
    env -u PYTHONDONTWRITEBYTECODE python benchmarks/run.py import first
    env -u PYTHONDONTWRITEBYTECODE python benchmarks/run.py pages --baseline OTHER/.venv/bin/python

Groups: import, load, first, catalog, compare, pages, shards, memory, and ``full`` (every pair of
the models.dev snapshot to shards, minutes long: run only when named). Run it with the interpreter
of an environment where phicompare is installed; with genai-prices installed too (only ever in a
benchmark environment, e.g. ``python3 -m venv .bench-venv && .bench-venv/bin/pip install -e .
genai-prices``) the ``first`` and ``compare`` groups add it as a baseline. The groups that read
the real snapshots in ``../shared/data`` say so when it is absent. The ``import``, ``pages``
(first-seen pages, each pair once in a fresh process, per stage) and ``shards`` (pages a second
on one and two processes) groups also run under ``--baseline``'s interpreter, side by side;
``--quick`` makes the ``shards`` and ``memory`` groups smaller. See ``benchmarks/README.md``.

Fresh-process figures run with bytecode caching on (PYTHONDONTWRITEBYTECODE removed from the
child's environment), as on users' machines, after one warm-up run that writes the cache.
In-process figures are medians of repeated batches. Nothing here is a pass/fail test: targets
are printed beside the figures for the reader.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from pages import bench_pages
from scale import bench_memory, bench_shards

if TYPE_CHECKING:
    from phicompare import Catalog

RUNS = 11
HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data"
AS_OF = dt.date(2026, 11, 25)
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


# -- measuring -------------------------------------------------------------------------------------


def fresh(code: str, runs: int = RUNS) -> float:
    """Median wall time (seconds) of ``python -c code`` in a fresh process."""
    subprocess.run([sys.executable, "-c", code], env=_ENV, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=_ENV, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def reported(code: str, runs: int = RUNS) -> float:
    """Median of the figure (seconds) that ``code`` prints, each run in a fresh process."""
    subprocess.run([sys.executable, "-c", code], env=_ENV, check=True, capture_output=True)
    values = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", code], env=_ENV, check=True,
                              capture_output=True, text=True)
        values.append(float(done.stdout.strip().splitlines()[-1]))
    return statistics.median(values)


def per_call(fn: Callable[[], object], seconds: float = 1.0) -> float:
    """Median seconds per call of ``fn`` over batches filling about ``seconds``."""
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


def row(name: str, value: float, unit: str = "ms", *, base: float | None = None,
        base_name: str = "", target: str = "") -> None:
    scale = {"ms": 1e3, "us": 1e6, "s": 1.0, "/s": 1.0, "MiB": 1.0}[unit]
    text = f"  {name:<58} {value * scale:>11,.1f} {unit:<3}"
    if base:
        text += f"  {value / base:>6.2f}x {base_name}"
    if target:
        text += f"  (target {target})"
    print(text, flush=True)


def have(module: str) -> bool:
    done = subprocess.run([sys.executable, "-c", f"import {module}"], env=_ENV,
                          capture_output=True, check=False)
    return done.returncode == 0


# -- groups ----------------------------------------------------------------------------------------


IMPORT_RUNS = 41


def bench_import(baseline: str | None = None) -> None:
    """Import times in fresh processes, this checkout and ``baseline``'s interleaved run by run."""
    print(f"\n# import (fresh processes, bytecode cached, median of {IMPORT_RUNS}, interleaved)")
    pythons = {"this": sys.executable} | ({"baseline": baseline} if baseline else {})
    codes = {"attrs": "import attrs", "package": "import phicompare",
             "compare": "from phicompare import compare"}
    times: dict[tuple[str, str], list[float]] = {}
    for _ in range(IMPORT_RUNS + 1):  # the first round writes the bytecode caches: not counted
        for (name, python), (what, code) in itertools.product(pythons.items(), codes.items()):
            start = time.perf_counter()
            subprocess.run([python, "-c", code], env=_ENV, check=True, capture_output=True)
            times.setdefault((name, what), []).append(time.perf_counter() - start)
    median = {key: statistics.median(values[1:]) for key, values in times.items()}
    for name in pythons:
        attrs_t = median[name, "attrs"]
        label = "" if name == "this" else " (baseline)"
        row(f"python -c 'import attrs'{label}", attrs_t)
        row(f"python -c 'import phicompare'{label}", median[name, "package"], base=attrs_t,
            base_name="import attrs")
        row(f"python -c 'from phicompare import compare'{label}", median[name, "compare"],
            base=attrs_t, base_name="import attrs", target="<= 1.3x" if name == "this" else "")
    if baseline:
        row("from phicompare import compare: this vs baseline", median["this", "compare"],
            base=median["baseline", "compare"], base_name="baseline")


CALC_PRICE = ("from genai_prices import Usage, calc_price; "
              "calc_price(Usage(input_tokens=800_000_000, output_tokens=250_000_000), "
              "model_ref='microsoft/phi-4-mini-instruct', provider_id='openrouter')")


def bench_first() -> None:
    print(f"\n# time to the first comparison (fresh processes, median of {RUNS})")
    base = fresh("import attrs, cattrs, tomllib")
    row("python -c 'import attrs, cattrs, tomllib' (baseline)", base)
    first = fresh("from phicompare import compare; compare('phi-2', 'phi-4-mini')")
    row("first compare('phi-2', 'phi-4-mini'), facts", first, base=base,
        base_name="baseline", target="<= 1.5x")
    row("first compare + narrative + Markdown",
        fresh("from phicompare import compare; compare('phi-2', 'phi-4-mini').to_markdown()"),
        base=base, base_name="baseline")
    if have("genai_prices"):
        gp = fresh(CALC_PRICE)
        row("genai-prices: import + one calc_price (baseline)", gp)
        row("first compare('phi-2', 'phi-4-mini') vs genai-prices", first, base=gp,
            base_name="genai-prices")
    else:
        print("  genai-prices not installed here: its baseline is skipped")


LOAD_RUNS = 21


def _one_run(code: str, unit: str) -> float:
    """Seconds of one fresh ``python -c code``: wall time, or CPU time (user + system)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=_ENV, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if unit == "wall":
        return wall
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def interleaved(codes: list[str], unit: str, runs: int = LOAD_RUNS) -> list[float]:
    """The median of each code's fresh runs, the codes taking turns process by process.

    A baseline and the figures beside it see the same moments of a shared machine's load, so
    their ratio holds even when the load changes during the run. CPU time leaves out waiting
    for a core, and is the steadier of the two.
    """
    for code in codes:  # bytecode written, files cached
        subprocess.run([sys.executable, "-c", code], env=_ENV, check=True, capture_output=True)
    times: list[list[float]] = [[] for _ in codes]
    for _ in range(runs):
        for k, code in enumerate(codes):
            times[k].append(_one_run(code, unit))
    return [statistics.median(t) for t in times]


def fresh_cpu(code: str, runs: int = RUNS) -> float:
    """Median CPU time (user + system seconds) of ``python -c code`` in a fresh process."""
    return interleaved([code], "CPU", runs)[0]


def bench_load() -> None:
    """The load budgets of issue 16, each beside its baseline measured in the same run.

    Each figure is measured twice, as wall time and as CPU time (the steadier one on a busy
    machine); a baseline and its figures take turns process by process (:func:`interleaved`).
    """
    pairs = (("gpt-4o", "claude-sonnet-4-5"), ("phi-2", "phi-4-mini"))
    firsts = [f"from phicompare import compare; compare({a!r}, {b!r})" for a, b in pairs]
    for unit in ("wall", "CPU"):
        print(f"\n# loading the bundled catalog ({unit} time, fresh processes taking turns, "
              f"median of {LOAD_RUNS})")
        attrs_t, bare, lazy = interleaved(
            ["import attrs", "import phicompare", "from phicompare import compare"], unit)
        row("python -c 'import attrs' (baseline)", attrs_t)
        row("python -c 'import phicompare'", bare, base=attrs_t, base_name="import attrs",
            target="<= 1.3x")
        row("python -c 'from phicompare import compare'", lazy, base=attrs_t,
            base_name="import attrs", target="<= 1.3x")
        base, *first = interleaved(["import attrs, cattrs, tomli", *firsts], unit)
        row("python -c 'import attrs, cattrs, tomli' (baseline)", base)
        for (a, b), figure in zip(pairs, first, strict=True):
            row(f"first compare({a!r}, {b!r})", figure, base=base, base_name="baseline",
                target="<= 1.5x")
        whole = interleaved(
            ["from phicompare import load_catalog; load_catalog(bundled=True)"], unit, 5)[0]
        row("whole bundled catalog: load_catalog(bundled=True)", whole, base=base,
            base_name="baseline")
        with tempfile.TemporaryDirectory() as folder:
            mine = Path(folder) / "mine.toml"
            mine.write_text(MY_MODEL, encoding="utf-8")
            code = ("from phicompare import compare, load_catalog; compare('my-model', "
                    f"'phi-4-mini', catalog=load_catalog({str(mine)!r}, bundled=True))"
                    ".to_markdown()")
            own = interleaved([code], unit, 5)[0]
        row("a user's file over the bundled catalog: first page", own, base=base,
            base_name="baseline")


MY_MODEL = """schema = 1
[[models]]
id = "my-model"
name = "My Model"
family = "phi"
parameters_b = 3.8
context_window = 65536
[[models.scores]]
benchmark = "mmlu"
score = 60.0
[[models.routes]]
provider = "azure-foundry"
input = 0.1
output = 0.2
source = "https://example.com/prices"
checked = 2026-11-01
"""
"""A user's own model over the bundled catalog (``--catalog mine.toml``)."""


def bench_catalog() -> None:
    print("\n# catalog load")
    cold = reported("import time, phicompare; phicompare.Model\n"
                    "t = time.perf_counter(); phicompare.default_catalog()\n"
                    "print(time.perf_counter() - t)")
    row("default_catalog() cold, in-process (after import)", cold, target="< 30 ms")
    import phicompare

    row("load_catalog(bundled=True) warm", per_call(lambda: phicompare.load_catalog(bundled=True)))
    models_dev = DATA / "models.dev"
    litellm = DATA / "litellm" / "model_prices_and_context_window.json"
    if not models_dev.is_dir():
        print(f"  snapshots not found at {DATA}: models.dev and LiteLLM loads skipped")
        return
    parse = reported(
        "import time, tomli, pathlib, decimal\n"
        f"files = sorted(pathlib.Path({str(models_dev)!r}).rglob('*.toml'))\n"
        "t = time.perf_counter()\n"
        "[tomli.loads(f.read_text('utf-8'), parse_float=decimal.Decimal) for f in files]\n"
        "print(time.perf_counter() - t)", runs=5)
    row("models.dev: read + parse every TOML with tomli (baseline)", parse)
    full = reported(
        "import time; from phicompare.importers import from_models_dev\n"
        f"t = time.perf_counter(); from_models_dev({str(models_dev)!r})\n"
        "print(time.perf_counter() - t)", runs=5)
    row("models.dev: from_models_dev(full snapshot)", full, base=parse, base_name="parse",
        target="< 1.5 s")
    if litellm.is_file():
        base = reported(
            "import time, json, decimal\n"
            f"t = time.perf_counter(); json.loads(open({str(litellm)!r}).read(), "
            "parse_float=decimal.Decimal)\nprint(time.perf_counter() - t)", runs=5)
        row("LiteLLM: json.loads with Decimal (baseline)", base)
        got = reported(
            "import time; from phicompare.importers import from_litellm\n"
            f"t = time.perf_counter(); from_litellm({str(litellm)!r})\n"
            "print(time.perf_counter() - t)", runs=5)
        row("LiteLLM: from_litellm(full map)", got, base=base, base_name="json",
            target="< 0.5 s")


def bench_compare() -> None:
    from phicompare import compare, default_catalog, load_catalog
    from phicompare.render.markdown import render_markdown

    print("\n# warm compare, bundled models (in-process, medians)")
    catalog = default_catalog()
    pair = ("phi-2", "phi-4-mini")

    def facts() -> object:
        return compare(*pair, as_of=AS_OF)

    def narrative() -> object:
        return compare(*pair, as_of=AS_OF).narrative

    def markdown() -> object:
        return render_markdown(compare(*pair, as_of=AS_OF))

    same_facts = per_call(facts)
    row("same pair repeated: facts", same_facts, "us")
    row("same pair repeated: facts + narrative", per_call(narrative), "us")
    row("same pair repeated: facts + narrative + Markdown", per_call(markdown), "us")

    fresh_catalog = load_catalog(bundled=True)
    ids = [m.id for m in fresh_catalog]
    pairs = list(itertools.combinations(ids, 2))

    def over_pairs(work: Callable[[str, str], object]) -> float:
        times = []
        for a, b in pairs:
            start = time.perf_counter()
            work(a, b)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    over_pairs(lambda a, b: compare(a, b, catalog=fresh_catalog, as_of=AS_OF))  # per-model work
    distinct = over_pairs(lambda a, b: compare(a, b, catalog=fresh_catalog, as_of=AS_OF))
    # A second pass: every model's per-model work is kept by the catalog (the `pages` group
    # measures first-seen pages).
    row(f"distinct pairs ({len(pairs)}), second pass, median: facts", distinct, "us",
        target="< 100 us")
    row("distinct pairs, second pass, median: facts + narrative", over_pairs(
        lambda a, b: compare(a, b, catalog=fresh_catalog, as_of=AS_OF).narrative), "us",
        target="< 500 us")
    row("distinct pairs, second pass, median: facts + narrative + Markdown", over_pairs(
        lambda a, b: render_markdown(compare(a, b, catalog=fresh_catalog, as_of=AS_OF))), "us",
        target="< 400 us")
    try:
        from genai_prices import Usage, calc_price
    except ImportError:
        print("  genai-prices not installed here: calc_price baseline skipped")
        return
    usage = Usage(input_tokens=800_000_000, output_tokens=250_000_000)
    gp = per_call(lambda: calc_price(usage, model_ref="microsoft/phi-4-mini-instruct",
                                     provider_id="openrouter"))
    row("genai-prices calc_price, one call (baseline)", gp, "us")
    row("same pair repeated: facts vs calc_price", same_facts, "us", base=gp,
        base_name="calc_price")
    row("distinct pairs, second pass: facts vs calc_price", distinct, "us", base=gp,
        base_name="calc_price")
    del catalog


def _models_dev_catalog() -> Catalog | None:
    models_dev = DATA / "models.dev"
    if not models_dev.is_dir():
        print(f"  snapshots not found at {DATA}: skipped")
        return None
    from phicompare.importers import from_models_dev

    return from_models_dev(models_dev)


def bench_full() -> None:
    print("\n# every pair of models.dev's distinct models, rendered to Markdown and written to "
          "JSON Lines shards, on two processes (minutes: not in the default run)")
    catalog = _models_dev_catalog()
    if catalog is None:
        return
    from phicompare import compare_all

    pairs = itertools.combinations([m.id for m in catalog], 2)
    total = len(catalog) * (len(catalog) - 1) // 2
    tmp_root = "/dev/shm" if Path("/dev/shm").is_dir() else None
    with tempfile.TemporaryDirectory(dir=tmp_root) as out, ProcessPoolExecutor(2) as pool:
        start = time.perf_counter()
        done = sum(r.ok for r in compare_all(catalog, pairs=pairs, executor=pool, format="md",
                                             out_dir=out, shards=True, as_of=AS_OF,
                                             chunk_size=1000, max_pending=6))
        seconds = time.perf_counter() - start
    print(f"  {done:,} of {total:,} pages in {seconds:.0f} s")
    row("pages a second, two processes, shards", done / seconds, "/s", target=">= 25,000/s")


GROUPS: dict[str, Callable[[], None]] = {
    "import": bench_import,
    "load": bench_load,
    "first": bench_first,
    "catalog": bench_catalog,
    "compare": bench_compare,
    "pages": bench_pages,
    "shards": bench_shards,
    "memory": bench_memory,
    "full": bench_full,
}
DEFAULT = [name for name in GROUPS if name != "full"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("groups", nargs="*", metavar="GROUP",
                        help=f"groups to run (default: all but full): {', '.join(GROUPS)}")
    parser.add_argument("--baseline", metavar="PYTHON",
                        help="another checkout's interpreter: the import, pages and shards "
                             "groups measure it too, side by side (e.g. ../base/.venv/bin/python)")
    parser.add_argument("--quick", action="store_true",
                        help="shards and memory groups: smaller runs (memory from 10,000 to "
                             "100,000 pairs instead of 100,000 to 1,000,000)")
    parser.add_argument("--cpu", action="store_true",
                        help="pages group: count CPU time (process_time), not wall time: "
                             "steadier on a busy machine")
    parser.add_argument("--same-data", metavar="FOLDER", action="append", default=[],
                        help="pages group: also every pair of the catalog files in FOLDER, "
                             "loaded by both checkouts (the baseline's bundled data, or "
                             "benchmarks/same_data.py's sample): the code compared on the same "
                             "data; repeatable")
    options = parser.parse_args(argv)
    names = options.groups or DEFAULT
    unknown = [n for n in names if n not in GROUPS]
    if unknown:
        print(f"unknown group(s) {unknown}; choose from {', '.join(GROUPS)}", file=sys.stderr)
        return 2
    groups: dict[str, Callable[[], None]] = {
        **GROUPS,
        "import": functools.partial(bench_import, options.baseline),
        "pages": functools.partial(bench_pages, options.baseline, cpu=options.cpu,
                                   same_data=options.same_data),
        "shards": functools.partial(bench_shards, options.baseline, quick=options.quick),
        "memory": functools.partial(bench_memory, quick=options.quick)}
    import phicompare

    print(f"phicompare {phicompare.__version__} benchmarks: Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores, {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    for name in names:
        groups[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
