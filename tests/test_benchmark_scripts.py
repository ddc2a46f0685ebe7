"""The benchmark scripts answer a call without its arguments with their usage, never a traceback.

``benchmarks/first_seen.py`` and ``benchmarks/records.py`` unpacked ``sys.argv`` at once, so run
bare they raised ``ValueError: not enough values to unpack``. Each now prints its usage on
standard error and exits 2, as the command line does for a user error.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"

CALLS = [
    ("first_seen.py", []),
    ("first_seen.py", ["page"]),
    ("first_seen.py", ["pages", "bundled"]),  # no such mode
    ("first_seen.py", ["page", "nowhere"]),  # no such source
    ("first_seen.py", ["page", "folder"]),  # a folder source without its path
    ("first_seen.py", ["page", "models.dev", "x", "many"]),  # a count that is no number
    ("records.py", []),
    ("records.py", ["nowhere"]),
    ("records.py", ["models.dev"]),  # without its path
    ("instructions.py", []),  # without the baseline's interpreter
    ("opcodes.py", []),
    ("opcodes.py", ["nowhere"]),  # no such source
    ("opcodes.py", ["bundled", "many"]),  # a count that is no number
    ("instructions.py", ["python3", "/tmp", "many"]),  # a count that is no number
]


@pytest.mark.parametrize(("script", "argv"), CALLS, ids=str)
def test_a_call_without_its_arguments_prints_the_usage(script: str, argv: list[str]) -> None:
    """Exit 2 with the usage on stderr, nothing on stdout, no traceback."""
    if not BENCHMARKS.is_dir():
        pytest.skip("benchmarks/ is not beside the tests (installed-wheel run)")
    done = subprocess.run([sys.executable, str(BENCHMARKS / script), *argv],
                          capture_output=True, text=True, timeout=120, check=False)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("usage:"), done.stderr
    assert f"python benchmarks/{script}" in done.stderr
    assert "Traceback" not in done.stderr


def test_first_ab_runs_the_baseline_without_this_checkouts_pythonpath() -> None:
    """Run as ``PYTHONPATH=src python benchmarks/first_ab.py BASE_PYTHON``, the baseline's
    processes were given this checkout's ``src`` first and measured this checkout's code twice."""
    if not BENCHMARKS.is_dir():
        pytest.skip("benchmarks/ is not beside the tests (installed-wheel run)")
    spec = importlib.util.spec_from_file_location("first_ab", BENCHMARKS / "first_ab.py")
    assert spec is not None
    assert spec.loader is not None
    first_ab = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(first_ab)
    environ = {"PYTHONPATH": "src", "PYTHONDONTWRITEBYTECODE": "1", "HOME": "/root"}
    assert first_ab.child_env(environ, baseline=False) == {"PYTHONPATH": "src", "HOME": "/root"}
    assert first_ab.child_env(environ, baseline=True) == {"HOME": "/root"}
