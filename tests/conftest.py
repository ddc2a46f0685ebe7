"""Shared fixtures: the reference page's data, the shared real-world snapshots."""

from __future__ import annotations

import os
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
