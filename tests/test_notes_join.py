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


def test_a_whole_sentence_note_never_follows_a_clause_after_a_semicolon() -> None:
    # before the fix, 22 notes read "this price from 2026-03-13; Route batch prices ..." (a
    # keyed route fix's sentence joined to a clause by "; ")
    found = [f"{path.relative_to(DATA)}: ...{m.group(0)}..."
             for path in sorted(DATA.rglob("*.toml"))
             for m in re.finditer(r".{30}; (?:Route|Price corrected|Charges) .{20}",
                                  path.read_text(encoding="utf-8"))]
    assert not found, found[:5]
