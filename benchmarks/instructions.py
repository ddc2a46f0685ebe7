"""Instructions a first-seen page costs, this checkout against another, counted by valgrind.

    env -u PYTHONDONTWRITEBYTECODE .venv/bin/python benchmarks/instructions.py BASE_PYTHON
    env -u PYTHONDONTWRITEBYTECODE .venv/bin/python benchmarks/instructions.py BASE_PYTHON \
        /tmp/same-md 200

(``BASE_PYTHON``: e.g. ``../base/.venv/bin/python``, as README.md sets one up.)

A shared machine's timings swing by tens of percent; the instructions a process runs do not.
Each interpreter renders pages, ``compare(a, b, catalog=..., as_of=2026-11-25).to_markdown()``,
for the first N and then the first 2N distinct pairs of a catalog, each run in a fresh process
under ``valgrind --tool=cachegrind --cache-sim=no`` with ``PYTHONHASHSEED=0``. The difference
over N is the marginal instructions of a first-seen page: the imports, the catalog's load and
the first pairs' per-model work cancel. The catalog is the bundled one's curated layer (N = 150
of its pairs by default), or the catalog files of FOLDER, which both checkouts must load (e.g.
``benchmarks/same_data.py``'s; N = 200 by default). Prints each checkout's figure and the ratio.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

USAGE = ("usage: python benchmarks/instructions.py BASELINE_PYTHON [FOLDER [N]]"
         "  (FOLDER: catalog files both checkouts load; default the bundled curated layer)")

# Run by each interpreter: only the public API, which both checkouts have.
CHILD = """
import datetime as dt, itertools, sys
from pathlib import Path
import phicompare
from phicompare import compare, load_catalog
source, count = sys.argv[1], int(sys.argv[2])
if source == "bundled":
    catalog = load_catalog(bundled=True)
    folder = Path(phicompare.__file__).resolve().parent / "data" / "models"
    stems = {p.stem for p in folder.glob("*.toml")}
    ids = [m.id for m in catalog if m.id in stems]
else:
    catalog = load_catalog(source)
    ids = [m.id for m in catalog]
pairs = list(itertools.combinations(ids, 2))[:count]
if len(pairs) < count:
    raise SystemExit(f"{source} has only {len(pairs)} pairs: ask for fewer")
day = dt.date(2026, 11, 25)
for a, b in pairs:
    compare(a, b, catalog=catalog, as_of=day).to_markdown()
"""

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(python: str, source: str, count: int) -> int:
    """The instructions one fresh process runs to render ``count`` pages of ``source``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONHASHSEED"] = "0"
    # once outside valgrind: a checkout's first run compiles its bytecode, which is not a page
    subprocess.run([python, "-c", CHILD, source, "1"], env=env, check=True)
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                           "--cachegrind-out-file=/dev/null", python, "-c", CHILD, source,
                           str(count)], env=env, capture_output=True, text=True, check=False)
    found = _REFS.search(done.stderr)
    if done.returncode or found is None:
        msg = f"{python}: {done.stderr.strip().splitlines()[-1:]}"
        raise SystemExit(msg)
    return int(found.group(1).replace(",", ""))


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 3 or (len(argv) == 3 and not argv[2].isdigit()):
        print(USAGE, file=sys.stderr)
        return 2
    if shutil.which("valgrind") is None:
        print("usage: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    source = argv[1] if len(argv) > 1 else "bundled"
    count = int(argv[2]) if len(argv) > 2 else 150 if source == "bundled" else 200
    marginal = {}
    for side, python in (("this", sys.executable), ("baseline", argv[0])):
        first, both = instructions(python, source, count), instructions(python, source, 2 * count)
        marginal[side] = (both - first) / count
        print(f"  {side:9s} {first:>15,} instructions for {count} pages, {both:>15,} for "
              f"{2 * count}: {marginal[side] / 1e6:.2f}M a page")
    print(f"  ratio: {marginal['this'] / marginal['baseline']:.2f}x the baseline's "
          f"instructions a page ({source}, pages {count + 1} to {2 * count})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
