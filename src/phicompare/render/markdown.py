"""Markdown: GitHub-flavoured tables, every catalog string escaped so it renders as text.

Escaping follows CommonMark: a backslash before any ASCII punctuation makes it literal. Every
character that could start markup inline (emphasis, links, code, raw HTML, table pipes, ``$``
math in notebooks) is escaped, and so is anything that would start a block (``-``, ``+``, ``=``,
``1.``) at the start of a paragraph or list item. Links are written only for http(s) URLs.
"""

from __future__ import annotations

import re
from functools import partial
from itertools import chain
from typing import TYPE_CHECKING, TypeGuard

from phicompare.catalog.memo import Slot

from .blocks import (
    Block,
    Bullets,
    Cell,
    Derive,
    Heading,
    Link,
    Pairs,
    Para,
    Table,
    clean,
    safe_url,
    safe_urls,
)
from .catalog_pages import catalog_page, model_page
from .page import comparison_page
from .picks import pick_page

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from phicompare.analysis.comparison import Comparison
    from phicompare.analysis.recommend import Recommendation
    from phicompare.catalog.index import Catalog
    from phicompare.domain.records import Model

__all__ = ["catalog_markdown", "escape", "model_markdown", "recommendation_markdown",
           "render_blocks", "render_markdown"]

_SPECIAL = re.compile(r"[\\`*_\[\]<>|~$#&]")
"""Any character :func:`escape` would touch: printable text without one is its own Markdown."""
_MARKUP = "`*_[]<>|~$#"
"""Characters that could start inline markup, each escaped (after backslashes themselves)."""
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_BLOCK_START = re.compile(r"[-+=]|\d{1,9}(?=[.)](?:\s|\Z))")
_PIECE: Slot[str] = Slot("markdown rows")
"""A run of a table's rows about one model alone (:attr:`Table.pieces`) as Markdown, kept so."""
_PART: Slot[str] = Slot("markdown table")
"""A table about one model (:attr:`Table.part`) as Markdown, kept with its comparison's catalog."""


def escape(text: str) -> str:
    r"""``text`` as Markdown that shows exactly ``text``: markup characters backslash-escaped.

    Examples:
        >>> escape("a | b")
        'a \\| b'
        >>> print(escape("<script>alert(1)</script> **bold** $5"))
        \<script\>alert(1)\</script\> \*\*bold\*\* \$5
    """
    if not text.isprintable():
        text = clean(text)
    if _SPECIAL.search(text) is None:  # most text: nothing to escape
        return text
    return _escape_markup(text)


def _escape_markup(text: str) -> str:
    """Printable ``text`` with its markup characters escaped (several lines at once is fine)."""
    if "\\" in text:  # first, so the backslashes added below stay single
        text = text.replace("\\", "\\\\")
    for char in _MARKUP:  # one C scan a character: faster than a regex with a callback
        if char in text:
            text = text.replace(char, "\\" + char)
    if "&" in text:
        text = _ENTITY.sub(r"\\&", text)
    return text


def _opening(text: str, cleaning: bool) -> tuple[str, str]:
    """``text`` to stand at the start of a paragraph or list item: (markup before it, the text).

    The text comes out cleaned when ``cleaning`` (see :func:`_lay_out`) and without leading
    spaces; the markup is a backslash when the text would start a block (``-``, ``+``, ``=``:
    before it; ``1.``: after the digits, which are then in the markup, needing no escape).
    """
    if cleaning:
        text = clean(text)
    if text[:1].isalpha():  # most text: a letter first, nothing to do
        return "", text
    text = text.lstrip()
    if not text or (text[0] not in "-+=" and not text[0].isdecimal()):  # what _BLOCK_START needs
        return "", text
    found = _BLOCK_START.match(text)
    if found is None:
        return "", text
    if found.group().isdigit():  # "1. foo" would start an ordered list
        end = found.end()
        return f"{text[:end]}\\", text[end:]
    return "\\", text


def _link(link: Link, *, safe: bool) -> str:
    if not safe:
        return escape(link.text)
    if link.text == link.url:
        return f"<{link.url}>"
    return f"[{escape(link.text)}](<{link.url}>)"


_TEXT = "\x00"
"""Between two texts while a page's text is escaped as one string (no printable text holds it)."""
_PIPE = "\x1f"
"""A table's pipe while its cells are escaped with the page's text, written ``|`` after."""
_CELL = f" {_PIPE} "
"""Between two cells of a table's row, in the text (written `` | `` once escaped)."""
_ROW = f" {_PIPE}\n{_PIPE} "
"""Between two rows of a table, in the text (written as a line break and the next row's pipe)."""
_LINK = "\x1d"
"""Where a link stands in a table while its rows are joined; links are markup, written apart."""


def render_blocks(blocks: list[Block], derive: Derive | None = None) -> str:
    r"""Blocks as a Markdown document.

    ``derive`` (a comparison's :meth:`~phicompare.analysis.comparison.Comparison.derive`) keeps
    the Markdown of each table about one model alone for every comparison of that model.

    Escaping goes character by character (an entity needs letters after its ``&``, never a
    separator), so the page is laid out as markup and text in turn, and all of its text is
    escaped as one string, separators in place: the same text as string by string, in a few
    calls a page rather than a few a cell.

    Examples:
        >>> print(render_blocks([Heading(2, "Specs"), Para("1. not a list")]), end="")
        ## Specs
        <BLANKLINE>
        1\. not a list
    """
    if not blocks:
        return "\n"
    return _render(blocks, derive)[:-1]


def _table(table: Table) -> str:
    """One table alone: a caption, a header, an alignment rule and one line a row."""
    return _render([table], None)[:-2]


def _render(blocks: list[Block], derive: Derive | None) -> str:
    """The blocks' Markdown, each followed by a blank line."""
    marks, texts, given, end = _lay_out(blocks, derive, cleaning=False)
    if not _printable("".join(given)):  # a character to clean somewhere (rare): clean each text
        marks, texts, _, end = _lay_out(blocks, derive, cleaning=True)
    return _write(marks, texts, end)


def _lay_out(blocks: list[Block], derive: Derive | None, *, cleaning: bool,
             ) -> tuple[list[str], list[str], list[str], str]:
    """The page as the markup before each text, each text (to escape), the markup after.

    Every text is :func:`~phicompare.render.blocks.clean` when ``cleaning``; otherwise texts
    are taken as they are, and checked once for the page, from the third list: every text as
    it came (a table's cells without the separators). Every block ends with a blank line.
    """
    marks: list[str] = []
    texts: list[str] = []
    given: list[str] = []
    mark = ""  # the markup since the last text
    for block in blocks:
        if isinstance(block, Heading):
            text = clean(block.text) if cleaning else block.text
            marks.append(mark + "#" * block.level + " ")
            texts.append(text)
            given.append(text)
            mark = "\n\n"
        elif isinstance(block, Para):
            text = block.text
            if cleaning or not text[:1].isalpha():  # (most text starts with a letter: as it is)
                head, text = _opening(text, cleaning)
                mark += head
            marks.append(mark)
            texts.append(text)
            given.append(text)
            mark = "\n\n"
        elif isinstance(block, Table):
            part = block.part
            if derive is None or (part is None and not block.pieces):
                mark = _lay_out_table(block, mark, (marks, texts, given), cleaning) + "\n\n"
            elif part is None:  # runs of rows each about one model: kept run by run
                mark = _lay_out_head(block, mark, (marks, texts, given), cleaning)
                start = 0
                for model, key, count in block.pieces:
                    rows = block.rows[start:start + count]
                    start += count
                    if key is None:  # rows about several models: laid out with the page
                        mark = _lay_out_rows(rows, mark, (marks, texts, given), cleaning)
                    else:
                        mark += derive(_PIECE, model, key, partial(_rows, rows), anywhere=True)
                mark += "\n\n"
            else:
                mark += derive(_PART, part[0], part[1], partial(_table, block),
                               anywhere=True) + "\n\n"
        elif isinstance(block, Bullets):
            items = block.items
            if items and not cleaning and _lettered(items):  # (most lists: sentences)
                # one text: the markup between items holds no character to escape
                marks.append(mark + "- ")
                texts.append("\n- ".join(items))
                given += items
                mark = "\n\n"
                continue
            bullet = "- "
            for item in items:
                if isinstance(item, Link):
                    mark += bullet + _link(item, safe=safe_url(item.url))
                elif cleaning or not item[:1].isalpha():
                    head, text = _opening(item, cleaning)
                    marks.append(mark + bullet + head)
                    texts.append(text)
                    given.append(text)
                    mark = ""
                else:  # (as a paragraph's text: most items start with a letter)
                    marks.append(mark + bullet)
                    texts.append(item)
                    given.append(item)
                    mark = ""
                bullet = "\n- "
            mark += "\n\n"
        elif isinstance(block, Pairs):
            term_mark = "**"
            for term, answer in block.items:
                head, text = ("", answer) if not cleaning and answer[:1].isalpha() else \
                    _opening(answer, cleaning)  # (as a paragraph's text)
                if cleaning:
                    term = clean(term)  # noqa: PLW2901
                marks += (mark + term_mark, "**\n\n" + head)
                texts += (term, text)
                given += (term, text)
                mark, term_mark = "", "\n\n**"
            mark += "\n\n"
    return marks, texts, given, mark


def _lettered(items: tuple[Cell, ...]) -> TypeGuard[tuple[str, ...]]:
    """Whether every item is text that starts with a letter, as a paragraph's text mostly does.

    Examples:
        >>> _lettered(["Pick A.", "Pick B."]), _lettered(["Pick A.", "1. B"])
        (True, False)
        >>> _lettered(["Pick A.", Link("A", "https://a.example")])
        False
    """
    return all(isinstance(item, str) and item[:1].isalpha() for item in items)


def _lay_out_table(table: Table, mark: str, lists: tuple[list[str], list[str], list[str]],
                   cleaning: bool) -> str:
    """Lay out a table (caption, header, alignment rule, rows); returns the markup after it."""
    return _lay_out_rows(table.rows, _lay_out_head(table, mark, lists, cleaning), lists,
                         cleaning)


def _lay_out_head(table: Table, mark: str, lists: tuple[list[str], list[str], list[str]],
                  cleaning: bool) -> str:
    """Lay out a table's caption and header; returns the markup after: the alignment rule."""
    marks, texts, given = lists
    numeric = table.numeric
    rule = ("|".join(["---:" if i in numeric else "---" for i in range(len(table.header))])
            if numeric else "---|" * (len(table.header) - 1) + "---")
    caption, header = table.caption, table.header
    if cleaning:
        caption, header = clean(caption), tuple([clean(cell) for cell in header])
    marks += (mark + "*", "*\n\n| ")
    texts += (caption, _CELL.join(header))
    given += (caption, *header)
    return f" |\n|{rule}|"


def _lay_out_rows(cells: tuple[tuple[Cell, ...], ...], mark: str,
                  lists: tuple[list[str], list[str], list[str]], cleaning: bool) -> str:
    """Lay out a table's rows, each on a line after a line break; returns the markup after."""
    if not cells:
        return mark
    marks, texts, given = lists
    rows: Sequence[Sequence[str]]
    try:  # most tables hold text only: joined in C
        flat = "".join(chain.from_iterable(cells))  # type: ignore[arg-type]
        rows = cells  # type: ignore[assignment]
        links: list[Link] = []
    except TypeError:  # a link among the cells: a placeholder stands in for it
        flat, rows, links = _unlinked(cells)
    if cleaning:
        rows = tuple([tuple([clean(cell) if isinstance(cell, str) else _LINK for cell in row])
                      for row in cells])
    given.append(flat)
    marks.append(mark + "\n| ")
    grid = _ROW.join(map(_CELL.join, rows))
    if not links:
        texts.append(grid)
        return " |"
    safe = safe_urls([link.url for link in links])  # (one scan: a table of sources is all safe)
    pieces = grid.split(_LINK)
    texts.append(pieces[0])
    marks += [_link(link, safe=safe or safe_url(link.url)) for link in links]
    texts += pieces[1:]
    return " |"


def _unlinked(cells: tuple[tuple[Cell, ...], ...]) -> tuple[str, list[list[str]], list[Link]]:
    """A table's text cells joined, its rows with :data:`_LINK` for each link, and the links."""
    texts: list[str] = []
    rows: list[list[str]] = []
    links: list[Link] = []
    for row in cells:
        shown: list[str] = []
        for cell in row:
            if isinstance(cell, str):
                texts.append(cell)
                shown.append(cell)
            else:
                links.append(cell)
                shown.append(_LINK)
        rows.append(shown)
    return "".join(texts), rows, links


def _rows(cells: tuple[tuple[Cell, ...], ...]) -> str:
    """A table's rows alone, each on a line after a line break (a run of :attr:`Table.pieces`)."""
    lists: tuple[list[str], list[str], list[str]] = ([], [], [])
    end = _lay_out_rows(cells, "", lists, cleaning=False)
    if not _printable("".join(lists[2])):  # a character to clean (rare): clean each text
        lists = ([], [], [])
        end = _lay_out_rows(cells, "", lists, cleaning=True)
    return _write(lists[0], lists[1], end)


def _write(marks: list[str], texts: list[str], end: str) -> str:
    """The page: each text escaped (all in one go) after its markup, then the markup after it."""
    if not texts:
        return "".join(marks) + end
    # (no search for a character to escape first: a page's text nearly always holds one, "$",
    # and escaping scans for each anyway)
    text = _escape_markup(_TEXT.join(texts))
    text = text.replace(_PIPE, "|")  # (one character for one: a quick pass)
    page = [end] * (2 * len(marks) + 1)  # markup, text, markup, text, ..., the markup after
    page[:-1:2] = marks
    page[1::2] = text.split(_TEXT)
    return "".join(page)


_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))


def _printable(text: str) -> bool:
    """``text.isprintable()``, looking up only the characters that are not printable ASCII.

    (``str.isprintable`` looks up each character's category. Deleting every printable ASCII
    byte from the UTF-8 bytes leaves whole characters, usually none or a few: ``±``, ``—``.)
    """
    rest = text.encode(errors="surrogatepass").translate(None, _PRINTABLE_ASCII)
    return rest.decode(errors="surrogatepass").isprintable()  # (a lone surrogate is not)


def render_markdown(c: Comparison, *, sections: Iterable[str] | None = None) -> str:
    """The comparison as one Markdown page: prose sections and fact tables.

    ``sections`` keeps only the named sections (see :data:`~phicompare.render.page.SECTIONS`).

    Examples:
        >>> from phicompare import compare
        >>> md = render_markdown(compare("phi-2", "phi-4-mini"))
        >>> md.splitlines()[0]
        '# Phi-2 vs Phi-4 Mini'
        >>> "| Context window | 2K (2,048) | 128K (131,072) |" in md
        True
    """
    return render_blocks(comparison_page(c, sections), c.derive)


def model_markdown(model: Model) -> str:
    """One model's facts, capabilities, scores and routes as Markdown.

    Examples:
        >>> from phicompare import default_catalog
        >>> model_markdown(default_catalog().model("phi-2")).splitlines()[0]
        '## Phi-2 (phi-2)'
    """
    return render_blocks(model_page(model))


def catalog_markdown(catalog: Catalog) -> str:
    """A catalog's models as a Markdown table (the first hundred), with its counts.

    Examples:
        >>> from phicompare import default_catalog
        >>> catalog_markdown(default_catalog()).startswith("## Catalog: ")
        True
    """
    return render_blocks(catalog_page(catalog))


def recommendation_markdown(result: Recommendation) -> str:
    """A recommendation as Markdown: the candidates' table, each one's reasons, the misfits.

    Examples:
        >>> from phicompare import recommend
        >>> recommendation_markdown(recommend(limit=1)).splitlines()[0]
        '# Models that fit'
    """
    return render_blocks(pick_page(result))
