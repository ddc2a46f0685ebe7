"""Markdown: the page, tables that keep their shape, and catalog strings that stay text.

When markdown-it-py is installed (CI installs it), the output is also parsed by a CommonMark
parser with GitHub tables, and the rendered HTML is checked: no element from data, the text as
typed.
"""

from __future__ import annotations

import html.parser
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from phicompare import Comparison, default_catalog
from phicompare.narrative import format as fmt
from phicompare.render.blocks import Block, Bullets, Cell, Heading, Link, Pairs, Para, Table, clean
from phicompare.render.markdown import (
    catalog_markdown,
    escape,
    model_markdown,
    render_blocks,
    render_markdown,
)

from .helpers import curated_catalog

HOSTILE = Path(__file__).parent / "data" / "hostile.toml"


def split_row(line: str) -> list[str]:
    """A GitHub table row's cells, splitting only on unescaped pipes."""
    cells, cell, escaped = [], "", False
    for char in line.strip()[1:-1]:
        if escaped:
            cell += "\\" + char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "|":
            cells.append(cell.strip())
            cell = ""
        else:
            cell += char
    cells.append(cell.strip())
    return cells


def unescape(text: str) -> str:
    """What CommonMark shows for backslash-escaped text."""
    out, escaped = "", False
    for char in text:
        if escaped or char != "\\":
            out += char
            escaped = False
        else:
            escaped = True
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("Phi-4 Mini", "Phi-4 Mini"),
    ("a | b", "a \\| b"),
    ("$105.00", "\\$105.00"),
    ("<script>", "\\<script\\>"),
    ("**bold** _it_ `code` ~~x~~", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~"),
    ("[link](javascript:x)", "\\[link\\](javascript:x)"),
    ("C# #1", "C\\# \\#1"),
    ("back\\slash", "back\\\\slash"),
    ("AT&T &amp; &#60;", "AT&T \\&amp; &\\#60;"),  # either escape breaks the entity
    ("two\nlines", "two lines"),
])
def test_escape_makes_markup_literal(text: str, expected: str) -> None:
    assert escape(text) == expected


@given(st.text(alphabet=st.characters(codec="utf-8")))
@settings(max_examples=200, deadline=None)
def test_escape_round_trips_through_commonmark_unescaping(text: str) -> None:
    """Undoing the backslash escapes gives back the cleaned text: nothing else changed."""
    assert unescape(escape(text)) == clean(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("- not a bullet", "\\- not a bullet"),
    ("+ nor this", "\\+ nor this"),
    ("1. not a list", "1\\. not a list"),
    ("2) nor this", "2\\) nor this"),
    ("2.7B parameters", "2.7B parameters"),
    ("# not a heading", "\\# not a heading"),
    ("    not code", "not code"),
])
def test_paragraphs_cannot_start_a_block(text: str, expected: str) -> None:
    assert render_blocks([Para(text)]) == expected + "\n"


def test_page_starts_with_the_title_and_has_each_section(pair: Comparison) -> None:
    md = render_markdown(pair)
    lines = md.splitlines()
    assert lines[0] == "# Phi-2 vs Phi-4 Mini"
    for section in ("Summary", "Decision scorecard", "Specifications", "Benchmarks", "FAQ",
                    "Verdict", "Provenance"):
        assert f"## {section}" in lines


def test_tables_keep_their_shape(pair: Comparison, hostile: Comparison) -> None:
    """Every row of every table has as many cells as its header, pipes in data included."""
    for c in (pair, hostile):
        lines = render_markdown(c).splitlines()
        for i, line in enumerate(lines):
            if line.startswith("|---"):
                width = len(split_row(lines[i - 1]))
                k = i + 1
                while k < len(lines) and lines[k].startswith("| "):
                    assert len(split_row(lines[k])) == width, lines[k]
                    k += 1


def test_figures_are_formatted_once(pair: Comparison) -> None:
    md = render_markdown(pair)
    for estimate in pair.cost.estimates:
        assert estimate.monthly is not None
        assert escape(fmt.money(estimate.monthly)) in md
    assert "| Context window | 2K (2,048) | 128K (131,072) |" in md


def test_links_only_for_http_urls() -> None:
    md = render_blocks([Bullets((Link("https://example.com/a", "https://example.com/a"),
                                 Link("docs", "https://example.com/d"),
                                 Link("javascript:alert(1)", "javascript:alert(1)")))])
    assert md.splitlines() == ["- <https://example.com/a>", "- [docs](<https://example.com/d>)",
                               "- javascript:alert(1)"]


def test_table_caption_and_alignment() -> None:
    md = render_blocks([Table("Prices", ("Item", "USD"), (("a|b", "$1.00"),), numeric=(1,))])
    assert md.splitlines() == ["*Prices*", "", "| Item | USD |", "|---|---:|",
                               "| a\\|b | \\$1.00 |"]


_CELL_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
    ["&amp;", "a&", "#1;", "|", "\\", "\x1f", "\x1e", "\x1d", "\x00", "$0.30", "\n"])
_CELLS = _CELL_TEXT | st.builds(Link, _CELL_TEXT, st.sampled_from(
    ["https://example.com/a_b", "javascript:x", "https://x.org/&amp;"]))


def _cell_by_cell(cell: str | Link) -> str:
    """One cell as Markdown, on its own: what a table row must hold."""
    if isinstance(cell, str):
        return escape(cell)
    return render_blocks([Bullets((cell,))])[2:-1]


@given(st.integers(1, 4).flatmap(lambda width: st.lists(
    st.tuples(*[_CELLS] * width), min_size=1, max_size=4)))
@settings(max_examples=300, deadline=None)
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_table_rows_equal_their_cells_escaped_alone(rows: list[tuple[str | Link, ...]]) -> None:
    """A table is escaped in one pass; each row still equals its cells escaped on their own."""
    header = tuple(f"h{i}" for i in range(len(rows[0])))
    lines = render_blocks([Table("T", header, tuple(rows))]).splitlines()
    expected = [f"| {' | '.join([_cell_by_cell(cell) for cell in row])} |" for row in rows]
    assert lines[4:] == expected


_PROSE = _CELL_TEXT | st.sampled_from(["1. not a list", " - not a bullet", "+1", "\t=x", "é"])
_BLOCKS = st.one_of(
    st.builds(Heading, st.integers(1, 3), _PROSE),
    st.builds(Para, _PROSE),
    st.builds(Bullets, st.lists(_PROSE | _CELLS, max_size=3).map(tuple)),
    st.builds(Pairs, st.lists(st.tuples(_PROSE, _PROSE), max_size=2).map(tuple)),
    st.builds(Table, _PROSE, st.tuples(_PROSE, _PROSE),
              st.lists(st.tuples(_CELLS, _CELLS), max_size=2).map(tuple)))


def _cleaned(block: Block) -> Block:
    """``block`` with every text cleaned, as a renderer cleans it (links left as they are)."""
    def tidy(cell: Cell) -> Cell:
        return clean(cell) if isinstance(cell, str) else cell
    if isinstance(block, Heading):
        return Heading(block.level, clean(block.text))
    if isinstance(block, Para):
        return Para(clean(block.text))
    if isinstance(block, Bullets):
        return Bullets(tuple([tidy(item) for item in block.items]))
    if isinstance(block, Pairs):
        return Pairs(tuple([(clean(term), clean(text)) for term, text in block.items]))
    return block._replace(caption=clean(block.caption),
                          header=tuple([clean(cell) for cell in block.header]),
                          rows=tuple([tuple([tidy(cell) for cell in row]) for row in block.rows]))


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
@given(st.lists(_BLOCKS, max_size=6))
@settings(max_examples=300, deadline=None)
def test_a_page_is_its_blocks_rendered_alone_and_cleaned(blocks: list[Block]) -> None:
    """A page's text is escaped in one pass: it equals its blocks rendered one by one, and a
    character to clean anywhere (even one used as a separator) is cleaned where it stands."""
    md = render_blocks(blocks)
    assert md == "\n\n".join([render_blocks([block])[:-1] for block in blocks]) + "\n"
    assert md == render_blocks([_cleaned(block) for block in blocks])
    assert not {"\x00", "\x1d", "\x1e", "\x1f"} & set(md)


@pytest.mark.no_cover  # a sweep, not traced for coverage (README.md, "CI")
@given(st.lists(st.tuples(st.characters(categories=["Lu", "Ll", "Lo"]), _PROSE), min_size=1,
                max_size=4), _PROSE)
@settings(max_examples=300, deadline=None)
def test_a_list_of_sentences_is_each_item_escaped_alone(items: list[tuple[str, str]],
                                                        other: str) -> None:
    """A list whose items all start with a letter is laid out as one text, its markup between
    items (which holds nothing to escape) inside: each line is still its item escaped alone,
    beside a list that needs each item's opening looked at (its items one by one)."""
    texts = [letter + rest for letter, rest in items]
    md = render_blocks([Bullets(tuple(texts)), Bullets((*texts, other))])
    lines = [f"- {escape(text)}" for text in texts]
    assert md == "\n".join(lines) + "\n\n" + render_blocks([Bullets((*texts, other))])

def _computed(slot: object, model: str, key: object, compute: Callable[[], str], *,
              anywhere: bool = False) -> str:
    """A ``derive`` that keeps nothing: every part computed where it is asked for."""
    return compute()


@given(st.lists(st.tuples(_CELLS, _CELLS), max_size=5), st.lists(st.integers(0, 5), max_size=3),
       _PROSE)
@settings(max_examples=300, deadline=None)
@pytest.mark.no_cover  # heavy (the whole bundled catalog or a sweep): not traced (README.md, "CI")
def test_a_table_kept_run_by_run_equals_the_table_made_whole(
        rows: list[tuple[Cell, Cell]], cuts: list[int], text: str) -> None:
    """A table whose rows come in runs about one model each (``pieces``) renders each run
    alone: the page is the same as with the table made whole, cleaning and links included."""
    counts, left = [], len(rows)
    for cut in cuts:
        counts.append(min(cut, left))
        left -= counts[-1]
    counts.append(left)
    pieces = tuple([(f"m{k}", ("rows", k), count) for k, count in enumerate(counts)])
    whole = Table(text, ("Source", "Supports"), tuple(rows))
    blocks: list[Block] = [Para(text), whole._replace(pieces=pieces), Para(text)]
    assert render_blocks(blocks, _computed) == render_blocks([Para(text), whole, Para(text)])


@pytest.mark.parametrize("text", [
    "Gap \u00b195% \u2014 ok", "lone \ud800 surrogate", "bell \x07 and \u6a21\u578b",
    "e\u0301\u200b", "\x7f", "tab\tend"])
def test_a_character_to_clean_is_found_among_any_others(text: str) -> None:
    """The page's one check for characters to clean finds them beside non-ASCII text too."""
    md = render_blocks([Para(text), Table(text, (text,), ((text,),))])
    assert md == render_blocks([Para(clean(text)), Table(clean(text), (clean(text),),
                                                         ((clean(text),),))])
    assert md.isprintable() is False  # (line breaks)
    assert "".join(md.split("\n")).isprintable()


def test_a_table_without_rows_keeps_its_header_and_rule() -> None:
    md = render_blocks([Table("None yet", ("Item", "USD"), (), numeric=(1,))])
    assert md.splitlines() == ["*None yet*", "", "| Item | USD |", "|---|---:|"]


def test_heading_levels() -> None:
    assert render_blocks([Heading(3, "From A to B #1")]) == "### From A to B \\#1\n"


def test_model_and_catalog_reprs() -> None:
    catalog = default_catalog()
    md = model_markdown(catalog.model("phi-2"))
    assert md.startswith("## Phi-2 (phi-2)\n")
    assert "| Context window | 2K (2,048) |" in md
    curated = curated_catalog()  # under the listing's 100 rows
    listing = catalog_markdown(curated)
    assert listing.startswith(f"## Catalog: {fmt.plural(len(curated), 'model')}")
    assert listing.count("\n| ") == len(curated) + 1  # header and one row a model


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.hrefs += [v or "" for k, v in attrs if k == "href"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


_MD_TAGS = {"h1", "h2", "h3", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "em",
            "strong", "a"}


def test_hostile_markdown_renders_as_text_in_a_commonmark_parser(hostile: Comparison) -> None:
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py is not installed")
    parser = markdown_it.MarkdownIt("commonmark").enable("table").enable("strikethrough")
    page = _Text()
    page.feed(parser.render(render_markdown(hostile)))
    assert page.tags <= _MD_TAGS, page.tags - _MD_TAGS
    assert all(href.startswith("https://") for href in page.hrefs), page.hrefs
    text = " ".join(" ".join(page.text).split())
    for model in hostile.models:
        assert " ".join(clean(model.name).split()) in text
    assert "<script>alert('name')</script>" in text
    assert "[link](javascript:alert('vendor'))" in text
    assert "Evil | Provider <b>bold</b> **strong**" in text
    assert "$x^2$ Model \\frac{1}{0} - 1. item" in text


def test_bundled_markdown_parses_to_the_same_headings(pair: Comparison) -> None:
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py is not installed")
    tokens = markdown_it.MarkdownIt("commonmark").enable("table").parse(render_markdown(pair))
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    blocks = [b.text for b in __import__("phicompare.render.page", fromlist=["x"])
              .comparison_page(pair) if isinstance(b, Heading)]
    assert headings == blocks
