"""Importer benchmarks: full real-world snapshots, each against a baseline measured in the same run.

    python benchmarks/bench_importers.py [DATA]     # DATA defaults to ../shared/data

Figures (medians of fresh processes, bytecode caching on, after one warm-up run):

- models.dev: ``from_models_dev`` on the full snapshot (about 5,300 route files), against merely
  reading and parsing the same TOML files with tomli (``parse_float=Decimal``).
- LiteLLM: ``from_litellm`` on the price map (about 4,900 entries), against ``json.load`` of the
  file (``parse_float=Decimal``).

Targets (issue 7): models.dev under 1.5 s, LiteLLM under 0.5 s.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

RUNS = 7
HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"

IMPORT_MODELS_DEV = """
import time
start = time.perf_counter()
from phicompare.importers import from_models_dev
catalog = from_models_dev({path!r})
print(time.perf_counter() - start)
"""

PARSE_MODELS_DEV = """
import os, time
start = time.perf_counter()
from decimal import Decimal
import tomli
for folder, _, files in os.walk({path!r}):
    for name in files:
        if name.endswith(".toml"):
            with open(os.path.join(folder, name), "rb") as handle:
                tomli.loads(handle.read().decode("utf-8"), parse_float=Decimal)
print(time.perf_counter() - start)
"""

IMPORT_LITELLM = """
import time
start = time.perf_counter()
from phicompare.importers import from_litellm
catalog = from_litellm({path!r})
print(time.perf_counter() - start)
"""

PARSE_LITELLM = """
import json, time
start = time.perf_counter()
from decimal import Decimal
with open({path!r}, "rb") as handle:
    json.load(handle, parse_float=Decimal)
print(time.perf_counter() - start)
"""


def in_fresh_process(code: str, runs: int = RUNS) -> float:
    """Median of the figure (seconds) that ``code`` prints, each run in a fresh process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    values = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                              capture_output=True, text=True)
        values.append(float(done.stdout.strip()))
    return statistics.median(values)


def row(name: str, seconds: float, baseline: float, target: float) -> str:
    verdict = "ok" if seconds < target else "OVER TARGET"
    return (f"{name:<12} {seconds * 1000:8.0f} ms   baseline {baseline * 1000:6.0f} ms   "
            f"ratio {seconds / baseline:5.2f}x   target < {target * 1000:.0f} ms: {verdict}")


def main(argv: list[str]) -> int:
    data = Path(argv[0]) if argv else DEFAULT_DATA
    models_dev = data / "models.dev"
    litellm = data / "litellm" / "model_prices_and_context_window.json"
    if not models_dev.is_dir() or not litellm.is_file():
        print(f"snapshots not found under {data}; pass the data folder as the first argument")
        return 2
    print(f"python {sys.version.split()[0]}, {RUNS} fresh processes each, medians")
    md = in_fresh_process(IMPORT_MODELS_DEV.format(path=str(models_dev)))
    md_base = in_fresh_process(PARSE_MODELS_DEV.format(path=str(models_dev)))
    print(row("models.dev", md, md_base, 1.5))
    ll = in_fresh_process(IMPORT_LITELLM.format(path=str(litellm)))
    ll_base = in_fresh_process(PARSE_LITELLM.format(path=str(litellm)))
    print(row("litellm", ll, ll_base, 0.5))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
