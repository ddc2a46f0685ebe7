"""A listing-only model's capabilities cell names the listing that flags what its record lacks.

Gemma 4 31B's record is its route listings': NanoGPT's lists text input alone, Poe's flags
image input (vision). Since helper fixAF the prose reads "Gemma 4 31B's route listing on
NanoGPT does not list it (its listing on Poe flags it)", but the capabilities table still said
"not listed by its 2 providers", false of Poe's (helper fixAH's brief, item 2). The cell now
reads each listing as the prose does: "flagged by Poe, not listed by NanoGPT".
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare
from tests.helpers import vision_listed_pages

DAY = dt.date(2026, 12, 2)


def _cell(c: object, label: str, column: int = 1) -> str:
    md: str = c.to_markdown()  # type: ignore[attr-defined]
    row = next(line for line in md.splitlines() if line.startswith(f"| {label} |"))
    return row.split(" | ")[column].strip(" |")


def test_a_listing_only_vision_cell_names_each_listing() -> None:
    """`phicompare doubao-seed-1.6-flash phi-4-mini`: the vision cell, true of each listing.

    (The record of the review, NanoGPT's and Poe's "Gemma 4 31B", is Google's gemma-4-31b-it
    since brief dataCG, whose own model file flags vision; Qiniu's and NanoGPT's listings of
    Doubao Seed 1.6 Flash are shaped alike.)
    """
    c = compare("doubao-seed-1.6-flash", "phi-4-mini", as_of=DAY)
    assert _cell(c, "Vision") == "flagged by Qiniu, not listed by NanoGPT"
    # no listing flags multimodal input: the cell keeps the listings' silence
    assert _cell(c, "Multimodal") == "not listed by its 2 providers"
    assert c.check() == []


def test_every_listing_only_record_so_shaped_reads_its_flagging_listings() -> None:
    """About ten more listing-only records read "no" for vision while a listing flags it: each
    vision cell names the flagging listings first, never "not listed by its N providers"."""
    seen = 0
    for c, loud in vision_listed_pages(DAY):
        seen += 1
        cell = _cell(c, "Vision")
        assert cell.startswith("flagged by "), (c.models[0].id, cell)
        assert all(name in cell.split(", not listed by")[0] for name in loud), (c.models[0].id,
                                                                                cell)
    assert seen >= 10, seen
