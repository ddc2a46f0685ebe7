"""Wheel build hook: ship the bundled catalog pre-parsed, beside its TOML sources.

The wheel carries ``phicompare/data/bundled.pickle``: the catalog that ``load_catalog`` builds
from the TOML files in the same wheel, with the package version. ``default_catalog()`` reads it
instead of parsing (it skips importing cattrs and the TOML parser), and falls back to the TOML
files whenever it is missing, unreadable or from another version. Editable installs and source
checkouts have no pickle and always parse the TOML.
"""

from __future__ import annotations

import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Adds the pre-parsed bundled catalog to regular wheels."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Pickle the catalog parsed from ``src/`` and force-include it in the wheel."""
        if self.target_name != "wheel" or version == "editable":
            return
        src = Path(self.root) / "src"
        sys.path.insert(0, str(src))
        try:
            import phicompare  # noqa: PLC0415 - from src/, only while building
            from phicompare.catalog.loader import load_catalog  # noqa: PLC0415

            catalog = load_catalog(src / "phicompare" / "data")
            blob = pickle.dumps((phicompare.__version__, catalog), protocol=4)
        finally:
            sys.path.remove(str(src))
            for name in [m for m in sys.modules if m == "phicompare" or
                         m.startswith("phicompare.")]:
                del sys.modules[name]
        out = Path(tempfile.mkdtemp()) / "bundled.pickle"
        out.write_bytes(blob)
        build_data["force_include"][str(out)] = "phicompare/data/bundled.pickle"
