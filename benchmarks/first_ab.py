"""The first comparison in a fresh process, this checkout against another, taking turns.

    env -u PYTHONDONTWRITEBYTECODE .venv/bin/python benchmarks/first_ab.py ../base/.venv/bin/python

Each round starts four fresh processes in turn: this interpreter's first
``compare('phi-2', 'phi-4-mini')``, the baseline interpreter's, and each interpreter's own
``import attrs, cattrs, tomli`` (issue 16's budget: the first comparison at most 1.5x it). It
counts each child's CPU time (user and system, from ``os.wait4``), so a busy machine's waiting
is left out, and prints the medians and each checkout's ratio. Each checkout is set against
its own environment's imports: a venv made ``--without-pip`` runs no ``distutils-precedence.pth``
and starts about 1.4 ms sooner. ``PYTHONPATH`` (this checkout's ``src``, when this interpreter
finds it so) is passed to this checkout's processes only: the baseline's would import this
checkout's code before its own and measure this checkout twice.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

FIRST = "from phicompare import compare; compare('phi-2', 'phi-4-mini')"
DEPS = "import attrs, cattrs, tomli"


def child_env(environ: dict[str, str], *, baseline: bool) -> dict[str, str]:
    """A child's environment: bytecode cached; the baseline's without ``PYTHONPATH``."""
    dropped = {"PYTHONDONTWRITEBYTECODE", *(("PYTHONPATH",) if baseline else ())}
    return {k: v for k, v in environ.items() if k not in dropped}


def child_cpu_ms(python: str, code: str, env: dict[str, str]) -> float:
    """The CPU time, in milliseconds, of one fresh ``python -c code``."""
    proc = subprocess.Popen([python, "-c", code], env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    if status:
        msg = f"{python} -c {code!r} failed"
        raise SystemExit(msg)
    return (usage.ru_utime + usage.ru_stime) * 1000


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    runs = {"this": (sys.executable, FIRST), "baseline": (argv[0], FIRST),
            "this, imports": (sys.executable, DEPS), "baseline, imports": (argv[0], DEPS)}
    environ = dict(os.environ)
    found: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(25):
        for name, (python, code) in runs.items():
            env = child_env(environ, baseline=name.startswith("baseline"))
            found[name].append(child_cpu_ms(python, code, env))
    median = {name: statistics.median(times) for name, times in found.items()}
    for name, value in median.items():
        print(f"  {name:20s} {value:7.1f} ms")
    for side in ("this", "baseline"):
        print(f"  {side}: first comparison {median[side] / median[side + ', imports']:.2f}x "
              "its own `import attrs, cattrs, tomli` (budget 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
