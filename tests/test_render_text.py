"""Plain text: every line fits the width, tables stay readable, the terminal stays safe."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from phicompare import Catalog, Comparison, compare
from phicompare.narrative import format as fmt
from phicompare.render.blocks import Bullets, Heading, Link, Pairs, Para, Table, display_width
from phicompare.render.text import MIN_WIDTH, _widths, render_blocks, render_text, wrap

from .strategies import AS_OF, catalog_and_pair

HOSTILE = Path(__file__).parent / "data" / "hostile.toml"


def widest(text: str) -> int:
    return max(display_width(line) for line in text.splitlines())


@pytest.mark.parametrize("width", [40, 60, 80, 100, 132])
def test_every_line_fits_the_width(pair: Comparison, hostile: Comparison, width: int) -> None:
    four = compare("phi-2", "phi-4-mini", "gemma-2-2b", "llama-3.2-3b")
    for c in (pair, hostile, four):
        assert widest(render_text(c, width)) <= width


def test_default_is_an_80_column_terminal(pair: Comparison) -> None:
    text = render_text(pair)
    assert widest(text) <= 80
    assert text.splitlines()[:2] == ["Phi-2 vs Phi-4 Mini", "==================="]
    assert text.endswith("\n")


def test_narrow_widths_are_raised_to_the_minimum(pair: Comparison) -> None:
    assert widest(render_text(pair, width=5)) <= MIN_WIDTH


def test_reads_like_the_page(pair: Comparison) -> None:
    text = render_text(pair)
    joined = " ".join(text.split())
    for estimate in pair.cost.estimates:
        assert estimate.monthly is not None
        assert fmt.money(estimate.monthly) in joined
    assert "Knowledge cutoff   not yet sourced" in text
    for claim in pair.narrative.verdict:
        assert claim.text in joined


def test_hostile_text_cannot_drive_the_terminal(hostile: Comparison) -> None:
    text = render_text(hostile)
    assert "\x1b" not in text
    assert "\u202e" not in text
    assert "\r" not in text
    joined = " ".join(text.split())
    assert "<script>alert('name')</script>" in joined


@pytest.mark.parametrize(("text", "width", "lines"), [
    ("Phi-4 Mini has the larger context window", 20,
     ["Phi-4 Mini has the", "larger context", "window"]),
    ("short", 20, ["short"]),
    ("", 10, [""]),
    ("a-very-long-hyphenated-word", 10, ["a-very-lon", "g-hyphenat", "ed-word"]),
    ("模型模型模型", 5, ["模型", "模型", "模型"]),
    ("模型 ab 模型", 6, ["模型", "ab", "模型"]),
    ("x\x1by", 10, ["x\ufffdy"]),
])
def test_wrap(text: str, width: int, lines: list[str]) -> None:
    assert wrap(text, width) == lines


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
       st.integers(1, 40))
@settings(max_examples=300, deadline=None)
def test_wrapped_lines_never_exceed_the_width(text: str, width: int) -> None:
    for line in wrap(text, width):
        assert display_width(line) <= max(width, 2)  # one wide character may stand alone


@pytest.mark.parametrize(("natural", "floors", "room", "expected"), [
    ([10, 10], [8, 8], 30, [10, 10]),
    ([30, 10], [8, 8], 30, [20, 10]),
    ([40, 40, 5], [8, 8, 5], 45, [20, 20, 5]),
    ([40, 9, 40], [8, 9, 8], 30, [11, 9, 10]),
])
def test_widths_shrink_the_widest_columns_first(natural: list[int], floors: list[int],
                                                room: int, expected: list[int]) -> None:
    widths = _widths(natural, floors, room)
    assert widths == expected
    assert sum(widths) <= room


def test_table_layout() -> None:
    table = Table("Prices", ("Item", "USD"), (("input", "$1.00"), ("output", "$12.50")),
                  numeric=(1,))
    assert render_blocks([table]).splitlines() == [
        "Prices", "Item    USD", "------  ------", "input    $1.00", "output  $12.50"]


def test_wrapped_rows_are_set_apart() -> None:
    table = Table("T", ("Key", "Value"), (("a", "one two three four five six"), ("b", "x")))
    lines = render_blocks([table], width=30).splitlines()
    assert "" in lines  # a blank line between rows once one wraps
    assert all(len(line) <= 30 for line in lines)


def test_too_many_columns_become_lists() -> None:
    header = ("Spec", *(f"Model {i}" for i in range(8)))
    table = Table("Wide", header, (("Context", *("128K (131,072)",) * 8),))
    lines = render_blocks([table], width=40).splitlines()
    assert lines[:3] == ["Wide", "- Context", "    Model 0: 128K (131,072); Model 1:"]
    assert all(len(line) <= 40 for line in lines)


def test_links_that_would_break_become_lists() -> None:
    url = "https://example.com/" + "a" * 60
    table = Table("Sources", ("Source", "Checked"), ((Link(url, url), "2026-01-01"),))
    lines = render_blocks([table], width=60).splitlines()
    assert lines[1].startswith("- https://example.com/")
    assert "    Checked: 2026-01-01" in lines


def test_other_blocks() -> None:
    out = render_blocks([Heading(1, "Title"), Heading(3, "Sub"), Para("p"),
                         Bullets(("one", Link("docs", "https://x.org"))),
                         Pairs((("Q?", "A."), ("Q2?", "A2.")))])
    assert out.splitlines() == ["Title", "=====", "", "Sub", "", "p", "", "- one",
                                "- docs (https://x.org)", "", "Q?", "  A.", "", "Q2?", "  A2."]


@given(catalog_and_pair(), st.integers(MIN_WIDTH, 120))
@settings(max_examples=25, deadline=None)
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_any_comparison_fits_any_width(data: tuple[Catalog, str, str], width: int) -> None:
    catalog, a, b = data
    c = compare(a, b, catalog=catalog, as_of=AS_OF)
    assert widest(render_text(c, width)) <= width


def test_a_squeezed_table_breaks_no_word_that_could_stay_whole() -> None:
    # A route table at 80 columns: the old floors cut "DigitalOcean" and "include_free)".
    header = ("Provider", "Input", "Output", "Context", "Status", "Monthly", "Counted")
    rows = (("DigitalOcean", "$2.50", "$10.00", "128K (128,000)", "GA", "$4,500.00", "yes"),
            ("GitHub Models", "$0.00", "$0.00", "128K (128,000)", "free tier", "$0.00",
             "no: free tier, not counted unless free tiers are included"),
            ("Poe", "no published price", "no published price", "128K (128,000)", "GA",
             "no estimate", "no: no published price"))
    out = render_blocks([Table("Routes", header, rows, numeric=(1, 2, 5))], width=80)
    words = {w for row in (header, *rows) for cell in row for w in cell.split()}
    printed = set(out.split())
    assert words <= printed
    assert widest(out) <= 80


_CELL = st.lists(st.text("abcdefghij", min_size=1, max_size=14), min_size=1, max_size=5).map(
    " ".join)


@given(st.lists(st.lists(_CELL, min_size=4, max_size=4), min_size=1, max_size=6),
       st.integers(MIN_WIDTH, 80))
@settings(max_examples=80, deadline=None)
def test_words_stay_whole_when_the_longest_words_fit(cells: list[list[str]], width: int) -> None:
    header = ("A", "B", "C", "D")
    rows = tuple(tuple(row) for row in cells)
    longest = [max(display_width(w) for text in column for w in text.split())
               for column in zip(header, *rows, strict=True)]
    out = render_blocks([Table("T", header, rows)], width=width)
    assert widest(out) <= width
    if sum(longest) + 2 * 3 <= width:
        assert {w for row in rows for cell in row for w in cell.split()} <= set(out.split())
