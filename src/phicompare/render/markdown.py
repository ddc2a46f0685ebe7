"""Markdown: GitHub-flavoured tables, every catalog string escaped so it renders as text.

Escaping follows CommonMark: a backslash before any ASCII punctuation makes it literal. Every
character that could start markup inline (emphasis, links, code, raw HTML, table pipes, ``$``
math in notebooks) is escaped, and so is anything that would start a block (``-``, ``+``, ``=``,
``1.``) at the start of a paragraph or list item. Links are written only for http(s) URLs.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from phicompare.analysis.facts import ByIdentity, PausedGC

from .blocks import (
    Block,
    Bullets,
    Cell,
    Heading,
    Link,
    Pairs,
    Para,
    SharedTable,
    Table,
    clean,
    safe_url,
)
from .page import catalog_page, comparison_page, model_page

if TYPE_CHECKING:
    from phicompare.analysis.comparison import Comparison
    from phicompare.catalog.index import Catalog
    from phicompare.domain.records import Model

__all__ = ["catalog_markdown", "escape", "model_markdown", "render_blocks", "render_markdown"]

_MARKUP = "`*_[]<>|~$#"
"""Characters that could start inline markup, each escaped (after backslashes themselves)."""
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_BLOCK_START = re.compile(r"[-+=]|\d{1,9}(?=[.)](?:\s|\Z))")


_SPECIAL = re.compile(r"[\\`*_\[\]<>|~$#&]")
"""Any character :func:`escape` would touch: prose without one is its own Markdown."""


@functools.lru_cache(maxsize=8192)
def escape(text: str) -> str:
    r"""``text`` as Markdown that shows exactly ``text``: markup characters backslash-escaped.

    Examples:
        >>> escape("a | b")
        'a \\| b'
        >>> print(escape("<script>alert(1)</script> **bold** $5"))
        \<script\>alert(1)\</script\> \*\*bold\*\* \$5
    """
    text = clean(text)
    if "\\" in text:  # first, so the backslashes added below stay single
        text = text.replace("\\", "\\\\")
    for char in _MARKUP:  # one C scan a character: faster than a regex with a callback
        if char in text:
            text = text.replace(char, "\\" + char)
    if "&" in text:
        text = _ENTITY.sub(r"\\&", text)
    return text


_escape = escape.__wrapped__
""":func:`escape` without its cache, for prose: a paragraph seldom recurs on another page."""


def _block(text: str) -> str:
    """``text`` escaped to stand at the start of a paragraph or list item."""
    if _SPECIAL.search(text) is not None or not text.isprintable():
        text = _escape(text)
    text = text.lstrip()
    if not text or (text[0] not in "-+=" and not text[0].isdecimal()):  # what _BLOCK_START needs
        return text
    found = _BLOCK_START.match(text)
    if found is None:
        return text
    if found.group().isdigit():  # "1. foo" would start an ordered list
        end = found.end()
        return f"{text[:end]}\\{text[end:]}"
    return "\\" + text


def _cell(cell: Cell) -> str:
    if isinstance(cell, Link):
        if not safe_url(cell.url):
            return escape(cell.text)
        if cell.text == cell.url:
            return f"<{cell.url}>"
        return f"[{escape(cell.text)}](<{cell.url}>)"
    return escape(cell)


@functools.lru_cache(maxsize=16384)
def _row(row: tuple[Cell, ...]) -> str:
    """One table row; rows recur across pages (a model's routes, specs, capabilities)."""
    return "| " + " | ".join([escape(cell) if cell.__class__ is str else _cell(cell)
                              for cell in row]) + " |"


def _head(caption: str, header: tuple[str, ...], numeric: tuple[int, ...]) -> str:
    # Headers name the models, so they seldom recur whole; the caption and rule recur.
    top, rule = _frame(caption, len(header), numeric)
    return f"{top}| {' | '.join([escape(h) for h in header])} |\n{rule}"


@functools.lru_cache(maxsize=1024)
def _frame(caption: str, width: int, numeric: tuple[int, ...]) -> tuple[str, str]:
    """A table's caption (with the blank line after it) and its alignment rule."""
    return (f"*{escape(caption)}*\n\n",
            "|" + "|".join("---:" if i in numeric else "---" for i in range(width)) + "|")


@functools.lru_cache(maxsize=1024)
def _heading(level: int, text: str) -> str:
    return "#" * level + " " + escape(text)


_TABLES: ByIdentity[str] = ByIdentity()
"""Tables the page builder shares across pages (a model's route table), rendered once."""


def _table(table: Table) -> str:
    found = _TABLES.lookup((None, id(table)))
    if found is not None:
        return found
    text = "\n".join([_head(table.caption, table.header, table.numeric),
                      *[_row(row) for row in table.rows]])
    if table.__class__ is SharedTable:
        _TABLES.put_one(table, None, text)
    return text


def render_blocks(blocks: list[Block]) -> str:
    r"""Blocks as a Markdown document.

    Examples:
        >>> print(render_blocks([Heading(2, "Specs"), Para("1. not a list")]), end="")
        ## Specs
        <BLANKLINE>
        1\. not a list
    """
    parts: list[str] = []
    for block in blocks:
        cls = block.__class__
        if cls is Heading:
            parts.append(_heading(block.level, block.text))  # type: ignore[union-attr]
        elif cls is Para:
            parts.append(_block(block.text))  # type: ignore[union-attr]
        elif isinstance(block, Table):
            parts.append(_table(block))
        elif isinstance(block, Bullets):
            parts.append("\n".join([
                "- " + (_cell(item) if isinstance(item, Link) else _block(item))
                for item in block.items]))
        elif isinstance(block, Heading):
            parts.append(_heading(block.level, block.text))
        elif isinstance(block, Para):
            parts.append(_block(block.text))
        elif isinstance(block, Pairs):
            parts.append("\n\n".join([f"**{_escape(term)}**\n\n{_block(text)}"
                                      for term, text in block.items]))
    return "\n\n".join(parts) + "\n"


def render_markdown(c: Comparison) -> str:
    """The comparison as one Markdown page: prose sections and fact tables.

    Examples:
        >>> from phicompare import compare
        >>> md = render_markdown(compare("phi-2", "phi-4-mini"))
        >>> md.splitlines()[0]
        '# Phi-2 vs Phi-4 Mini'
        >>> "| Context window | 2K (2,048) | 128K (131,072) |" in md
        True
    """
    with PausedGC():
        return render_blocks(comparison_page(c))


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
