"""Imported notes read as sentences: a note that ends with "." is never followed by "; "."""

from __future__ import annotations

import re
from pathlib import Path

import phicompare

DATA = Path(phicompare.__file__).resolve().parent / "data"


def test_no_imported_note_reads_a_full_stop_then_a_semicolon() -> None:
    # before the fix, 74 notes in 71 files read "stay.; Route retires ..." (importers' noted())
    found = [f"{path.relative_to(DATA)}: ...{m.group(0)}..."
             for path in sorted(DATA.rglob("*.toml"))
             for m in re.finditer(r".{30}\.; [A-Z].{20}", path.read_text(encoding="utf-8"))]
    assert not found, found[:5]
