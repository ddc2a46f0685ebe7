"""Shared fixtures: the reference page's data, the shared real-world snapshots."""

from __future__ import annotations

from pathlib import Path

import pytest

from phicompare import Catalog, load_catalog

HERE = Path(__file__).parent
DATA = HERE / "data"
REFERENCE = DATA / "reference_page.toml"
SHARED_DATA = HERE.parent.parent / "shared" / "data"


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
