"""Markdown: GitHub-flavoured tables, every catalog string escaped so it renders as text.

Escaping follows CommonMark: a backslash before any ASCII punctuation makes it literal. Every
character that could start markup inline (emphasis, links, code, raw HTML, table pipes, ``$``
math in notebooks) is escaped, and so is anything that would start a block (``-``, ``+``, ``=``,
``1.``) at the start of a paragraph or list item. Links are written only for http(s) URLs.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from collections.abc import Iterable

    from phicompare.analysis.comparison import Comparison
    from phicompare.catalog.index import Catalog
    from phicompare.domain.records import Model

__all__ = ["catalog_markdown", "escape", "model_markdown", "render_blocks", "render_markdown"]

_SPECIAL = re.compile(r"[\\`*_\[\]<>|~$#&]")
"""Any character :func:`escape` would touch: printable text without one is its own Markdown."""
_MARKUP = "`*_[]<>|~$#"
"""Characters that could start inline markup, each escaped (after backslashes themselves)."""
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_BLOCK_START = re.compile(r"[-+=]|\d{1,9}(?=[.)](?:\s|\Z))")
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


def _block(text: str) -> str:
    """``text`` escaped to stand at the start of a paragraph or list item."""
    text = escape(text).lstrip()
    if not text or (text[0] not in "-+=" and not text[0].isdecimal()):  # what _BLOCK_START needs
        return text
    found = _BLOCK_START.match(text)
    if found is None:
        return text
    if found.group().isdigit():  # "1. foo" would start an ordered list
        end = found.end()
        return f"{text[:end]}\\{text[end:]}"
    return "\\" + text


def _link(link: Link, *, safe: bool) -> str:
    if not safe:
        return escape(link.text)
    if link.text == link.url:
        return f"<{link.url}>"
    return f"[{escape(link.text)}](<{link.url}>)"


def _cell(cell: Cell) -> str:
    if isinstance(cell, Link):
        return _link(cell, safe=safe_url(cell.url))
    return escape(cell)


def _table(table: Table) -> str:
    """A caption, a header, an alignment rule (figures to the right) and one line a row."""
    numeric = table.numeric
    rule = "|".join(["---:" if i in numeric else "---" for i in range(len(table.header))])
    head, _, body = _grid((table.header, *table.rows)).partition("\n")
    lines = [f"*{escape(table.caption)}*\n", head, f"|{rule}|"]
    if body:
        lines.append(body)
    return "\n".join(lines)


_CELL = "\x1f"
"""Between two cells while a table is escaped as one string (printable text never holds it)."""
_LINK = "\x1e"
"""Where a link goes while a table is escaped as one string; links are written apart."""


def _grid(rows: tuple[tuple[Cell, ...], ...]) -> str:
    """Table rows, one line each, every text cell escaped.

    Escaping goes character by character (an entity needs letters after its ``&``, never a
    separator), so the text of a whole table is escaped as one string, separators in place:
    the same text as cell by cell, in a few calls a table rather than a few a cell.
    """
    try:  # most tables hold text only: joined in C
        flat = "".join(map("".join, rows))  # type: ignore[arg-type]
        grid = "\n".join(map(_CELL.join, rows))  # type: ignore[arg-type]
    except TypeError:  # a link among the cells: it goes in apart
        flat = "".join([cell for row in rows for cell in row if isinstance(cell, str)])
        grid = "\n".join([_CELL.join([cell if isinstance(cell, str) else _LINK for cell in row])
                          for row in rows])
    if not flat.isprintable():  # a control character to clean: cell by cell
        return "\n".join([f"| {' | '.join([_cell(cell) for cell in row])} |" for row in rows])
    if _SPECIAL.search(flat) is not None:
        grid = _escape_markup(grid)
    grid = "| " + grid.replace(_CELL, " | ").replace("\n", " |\n| ") + " |"
    if _LINK not in grid:
        return grid
    links = [cell for row in rows for cell in row if isinstance(cell, Link)]
    safe = safe_urls([link.url for link in links])  # (one scan: a table of sources is all safe)
    shown = [_link(link, safe=safe or safe_url(link.url)) for link in links]
    return "".join([text for pair in zip(grid.split(_LINK), [*shown, ""], strict=True)
                    for text in pair])


def render_blocks(blocks: list[Block], derive: Derive | None = None) -> str:
    r"""Blocks as a Markdown document.

    ``derive`` (a comparison's :meth:`~phicompare.analysis.comparison.Comparison.derive`) keeps
    the Markdown of each table about one model alone for every comparison of that model.

    Examples:
        >>> print(render_blocks([Heading(2, "Specs"), Para("1. not a list")]), end="")
        ## Specs
        <BLANKLINE>
        1\. not a list
    """
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Para):
            parts.append(_block(block.text))
        elif isinstance(block, Table):
            part = block.part
            parts.append(_table(block) if part is None or derive is None else
                         derive(_PART, part[0], part[1], partial(_table, block), anywhere=True))
        elif isinstance(block, Heading):
            parts.append("#" * block.level + " " + escape(block.text))
        elif isinstance(block, Bullets):
            parts.append("\n".join([
                "- " + (_link(item, safe=safe_url(item.url)) if isinstance(item, Link)
                        else _block(item))
                for item in block.items]))
        elif isinstance(block, Pairs):
            parts.append("\n\n".join([f"**{escape(term)}**\n\n{_block(text)}"
                                      for term, text in block.items]))
    return "\n\n".join(parts) + "\n"


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
