"""The sweeps marked ``no_cover`` run with no tracer, under pytest-xdist too (README.md, "CI")."""

from __future__ import annotations

import sys

import pytest


@pytest.mark.no_cover
def test_a_no_cover_test_runs_with_no_tracer() -> None:
    assert sys.gettrace() is None  # under `--cov -n auto` this failed before tests/conftest.py

