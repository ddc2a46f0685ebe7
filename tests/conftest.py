"""Shared fixtures: the reference page's data, the shared real-world snapshots."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from phicompare import Catalog, Comparison, compare, load_catalog

HERE = Path(__file__).parent
DATA = HERE / "data"
REFERENCE = DATA / "reference_page.toml"
HOSTILE = DATA / "hostile.toml"
SHARED_DATA = HERE.parent.parent / "shared" / "data"

# Speed is measured by benchmarks, never by timed tests: no property has a deadline (CI runs three
# test runs at once on two cores, where a slow example is not a failure). CI runs every property on
# a fixed seed, so that a landing never hangs on a rare example; local runs and the long fuzz run
# (`PHICOMPARE_FUZZ_EXAMPLES`, docs/cli.md) explore new ones each time.
settings.register_profile("untimed", deadline=None)
settings.register_profile("ci", parent=settings.get_profile("untimed"), derandomize=True,
                          database=None)
settings.load_profile("ci" if os.environ.get("CI") else "untimed")


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Run a test marked ``no_cover`` with no tracer at all, as the marker promises.

    pytest-cov pauses its own coverage for such a test, but in an xdist worker (pytest-cov 7.1)
    it has started two, one over the other, and pausing the top one resumes the one beneath:
    the sweeps ran traced, three to seven times slower, and the CI run neared its budget. This
    wrapper runs inside pytest-cov's and takes off whatever tracer is left, then puts it back.
    """
    if item.get_closest_marker("no_cover") is None:
        return (yield)
    tracer = sys.gettrace()
    sys.settrace(None)
    try:
        return (yield)
    finally:
        sys.settrace(tracer)


@pytest.fixture(scope="session")
def reference() -> Catalog:
    """The reference page's own (unverified) figures."""
    return load_catalog(REFERENCE)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real catalog snapshots beside the checkout; tests that need them skip without them."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real catalog snapshots not found at {SHARED_DATA} (../shared/data)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def pair() -> Comparison:
    """Phi-2 against Phi-4 Mini from the bundled catalog."""
    return compare("phi-2", "phi-4-mini")


@pytest.fixture(scope="session")
def hostile() -> Comparison:
    """Three models of the hostile catalog: markup, pipes, dollars, very long names."""
    return compare("script-model", "long-model", "dollar-model", catalog=load_catalog(HOSTILE))
