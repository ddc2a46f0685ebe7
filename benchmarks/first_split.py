"""Where a fresh process's first comparison spends its time, stage by stage.

    env -u PYTHONDONTWRITEBYTECODE python benchmarks/first_split.py            # 21 processes
    env -u PYTHONDONTWRITEBYTECODE python benchmarks/first_split.py gpt-4o claude-sonnet-4-5 9

Issue 16's budget is the first ``compare(a, b)`` in a fresh process at most 1.5x the time of
``python -c "import attrs, cattrs, tomli"``. This script runs fresh processes that time each stage
of that first comparison with ``perf_counter`` and prints the median of each stage: the baseline
imports, ``from phicompare import compare``, the comparator's import (the first call pays it),
opening the bundled catalog (its index and the files that hold no model), reading the two
models' files, and ``compare()`` itself. Alongside, in the same processes, it counts the time
attrs spends building record classes and cattrs generating structure functions (both compile
generated source when a class is first defined or first structured): the part of the import
and of the first load that no lazy loading can remove while the records are attrs classes
structured by cattrs.

It measures; it asserts nothing.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys

_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

_CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
import attrs, cattrs, tomli
t1 = time.perf_counter()
import attr._make, cattrs.gen
spent = {"attrs classes": 0.0, "cattrs functions": 0.0}
depth = {"attrs classes": 0, "cattrs functions": 0}
def timed(owner, name, label):
    # Only the outermost call counts: cattrs makes a nested record's function inside its
    # parent's, and that time is already in the parent's.
    original = getattr(owner, name)
    def wrapper(*args, **kwargs):
        depth[label] += 1
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            depth[label] -= 1
            if not depth[label]:
                spent[label] += time.perf_counter() - start
    setattr(owner, name, wrapper)
timed(attr._make._ClassBuilder, "build_class", "attrs classes")
timed(cattrs.gen, "make_dict_structure_fn_from_attrs", "cattrs functions")
t2 = time.perf_counter()
from phicompare import compare, default_catalog
t3 = time.perf_counter()
import phicompare.analysis.comparator
t4 = time.perf_counter()
catalog = default_catalog()
t5 = time.perf_counter()
catalog.model(sys.argv[1]); catalog.model(sys.argv[2])
t6 = time.perf_counter()
compare(sys.argv[1], sys.argv[2])
t7 = time.perf_counter()
print(json.dumps({
    "import attrs, cattrs, tomli (the baseline's imports)": t1 - t0,
    "from phicompare import compare": t3 - t2,
    "the comparator's import (paid by the first call)": t4 - t3,
    "open the bundled catalog (index, providers, benchmarks)": t5 - t4,
    "read the two models' files": t6 - t5,
    "compare()": t7 - t6,
    "phicompare in all": t7 - t2,
    "  of which attrs building record classes": spent["attrs classes"],
    "  of which cattrs generating structure functions": spent["cattrs functions"],
}))
"""


def main() -> None:
    """Run the fresh processes and print each stage's median, in milliseconds."""
    a, b = (sys.argv[1], sys.argv[2]) if len(sys.argv) > 2 else ("gpt-4o", "claude-sonnet-4-5")
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 21
    command = [sys.executable, "-c", _CHILD, a, b]
    subprocess.run(command, env=_ENV, check=True, capture_output=True)  # writes bytecode caches
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run(command, env=_ENV, check=True, capture_output=True, text=True)
        for stage, seconds in json.loads(done.stdout).items():
            samples.setdefault(stage, []).append(seconds)
    print(f"# the first compare({a!r}, {b!r}) in a fresh process: median of {runs}, ms")
    for stage, values in samples.items():
        print(f"  {stage:<58} {statistics.median(values) * 1e3:>7.1f}")


if __name__ == "__main__":
    main()
