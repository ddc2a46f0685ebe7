"""Plain text for a terminal: wrapped to a width, tables that fit it.

A table keeps every column at its natural width when the row fits; otherwise the widest columns
wrap (figures are the last to wrap) between words, no column narrower than its longest word while
those fit, and when even that cannot fit (many models in a narrow terminal) each row is written as
a short list instead. Wide (CJK) characters count as two columns.
Control characters and direction overrides are taken out of every string (see ``clean``), so a
catalog cannot send escape sequences to the terminal.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from .blocks import (
    Block,
    Bullets,
    Cell,
    Heading,
    Link,
    Para,
    Table,
    clean,
    display_width,
)
from .picks import pick_page

if TYPE_CHECKING:
    from collections.abc import Iterable

    from phicompare.analysis.comparison import Comparison
    from phicompare.analysis.recommend import Recommendation

__all__ = ["MIN_WIDTH", "recommendation_text", "render_blocks", "render_text", "wrap"]

MIN_WIDTH = 30
"""The narrowest width rendered; a smaller ``width`` is raised to it."""

_GAP = 2  # spaces between table columns
_MIN_COLUMN = 8  # a text column is not squeezed below this before rows become lists
_MIN_FIGURE = 10  # a figure column keeps up to this width before it wraps


def _take(word: str, width: int) -> tuple[str, str]:
    """The longest head of ``word`` that fits ``width`` columns (at least one character)."""
    used = 0
    for i, char in enumerate(word):
        used += display_width(char)
        if used > width and i:
            return word[:i], word[i:]
    return word, ""


def _wrap_wide(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line, used = "", 0
    for piece in text.split():
        word, size = piece, display_width(piece)
        if line and used + 1 + size <= width:
            line, used = f"{line} {word}", used + 1 + size
            continue
        if line:
            lines.append(line)
        while size > width:
            head, word = _take(word, width)
            lines.append(head)
            size = display_width(word)
        line, used = word, size
    if line:
        lines.append(line)
    return lines or [""]


def wrap(text: str, width: int) -> list[str]:
    """``text`` cleaned and wrapped into lines of at most ``width`` columns; long words break.

    Examples:
        >>> wrap("Phi-4 Mini has the larger context window", 20)
        ['Phi-4 Mini has the', 'larger context', 'window']
        >>> wrap("模型模型模型", 5)
        ['模型', '模型', '模型']
    """
    text = clean(text)
    if display_width(text) <= width:
        return [text]
    if text.isascii():
        return textwrap.wrap(text, width, break_on_hyphens=False) or [""]
    return _wrap_wide(text, width)


def _text(cell: Cell) -> str:
    if isinstance(cell, Link):
        return cell.text if cell.text == cell.url else f"{cell.text} ({cell.url})"
    return cell


def _indented(text: str, width: int, first: str, rest: str) -> list[str]:
    lines = wrap(text, max(width - max(len(first), len(rest)), 1))
    return [first + lines[0], *(rest + line for line in lines[1:])]


def _widths(natural: list[int], floors: list[int], room: int) -> list[int]:
    """Column widths that fit ``room``: the widest columns shrink first, none below its floor."""
    low, high = 0, max(natural)
    while low < high:  # the largest cap that fits
        cap = (low + high + 1) // 2
        if sum(max(f, min(n, cap)) for n, f in zip(natural, floors, strict=True)) <= room:
            low = cap
        else:
            high = cap - 1
    widths = [max(f, min(n, low)) for n, f in zip(natural, floors, strict=True)]
    spare = room - sum(widths)
    for i, n in enumerate(natural):  # hand out what is left, left to right
        if spare <= 0:
            break
        extra = min(spare, n - widths[i])
        if extra > 0:
            widths[i] += extra
            spare -= extra
    return widths


def _word_floors(columns: list[list[str]], floors: list[int], room: int) -> list[int] | None:
    """Floors that break as few words as ``room`` allows: each column's longest word, lowered.

    Every column starts at its longest word, so no word breaks (a column of short words may
    start below its plain floor, ``floors``). While they do not fit ``room``, the column that
    breaks the fewest word occurrences for each column it frees steps down to its next shorter
    word length, at the lowest to its plain floor. So a provider's name or ``(128,000)`` stays
    whole while a long identifier in one row gives way. ``None`` when even the lowest floors do
    not fit (the table is then written as a list).
    """
    words = [sorted((display_width(w) for text in column for w in text.split()), reverse=True)
             for column in columns]
    steps = [sorted({n for n in lengths if n > floor} | {min(floor, max(lengths, default=0))},
                    reverse=True) for lengths, floor in zip(words, floors, strict=True)]
    if sum(column[-1] for column in steps) > room:
        return None
    widths = [column[0] for column in steps]
    while sum(widths) > room:
        best = min((_step_cost(words[i], widths[i], column[column.index(widths[i]) + 1]), i)
                   for i, column in enumerate(steps) if widths[i] != column[-1])
        i = best[1]
        widths[i] = steps[i][steps[i].index(widths[i]) + 1]
    return widths


def _step_cost(lengths: list[int], width: int, lower: int) -> float:
    """Words newly broken per column freed when a column of these word lengths narrows."""
    return sum(1 for n in lengths if lower < n <= width) / (width - lower)


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * (width - display_width(text))
    return fill + text if right else text + fill


def _table(table: Table, width: int) -> list[str]:
    rows = [[clean(_text(cell)) for cell in row] for row in table.rows]
    header = [clean(h) for h in table.header]
    columns = len(header)
    room = width - _GAP * (columns - 1)
    body = [max((display_width(r[i]) for r in rows), default=0) for i in range(columns)]
    natural = [max(b, display_width(h)) for b, h in zip(body, header, strict=True)]
    out = wrap(table.caption, width)
    if sum(natural) > room:  # headers may wrap between words before any figure does
        natural = [max(b, *(display_width(w) for w in h.split()), 1)
                   for b, h in zip(body, header, strict=True)]
    numeric = table.numeric
    widths = natural
    if sum(natural) > room:
        floors = _word_floors([[h, *(r[i] for r in rows)] for i, h in enumerate(header)],
                              [min(n, _MIN_FIGURE if i in numeric else _MIN_COLUMN)
                               for i, n in enumerate(natural)], room)
        if floors is None:
            return out + _records(header, rows, width)
        widths = _widths(natural, floors, room)
    links = [i for i, cell in enumerate(table.rows[0]) if isinstance(cell, Link)] if rows else []
    if any(display_width(row[i]) > widths[i] for row in rows for i in links):
        return out + _records(header, rows, width)  # a link reads better whole on its own line
    cells = [[wrap(text, w) for text, w in zip(row, widths, strict=True)]
             for row in (header, *rows)]
    spaced = any(len(lines) > 1 for row in cells[1:] for lines in row)
    separator = " " * _GAP
    for n, row in enumerate(cells):
        if n == 1:
            out.append(separator.join("-" * w for w in widths))
        elif n > 1 and spaced:
            out.append("")
        for k in range(max(len(lines) for lines in row)):
            out.append(separator.join(
                _pad(lines[k] if k < len(lines) else "", w, i in numeric and n > 0)
                for i, (lines, w) in enumerate(zip(row, widths, strict=True))).rstrip())
    if not rows:
        out.append(separator.join("-" * w for w in widths))
    return out


def _records(header: list[str], rows: list[list[str]], width: int) -> list[str]:
    """Each row as a list item: its header cell, then its ``column: value`` pairs on one line."""
    out: list[str] = []
    for row in rows:
        out += _indented(row[0], width, "- ", "  ")
        fields = "; ".join(f"{name}: {value}" for name, value in
                           zip(header[1:], row[1:], strict=True))
        if fields:
            out += _indented(fields, width, "    ", "      ")
    return out


def render_blocks(blocks: list[Block], width: int = 80) -> str:
    """Blocks as plain text, no line wider than ``width`` columns.

    Examples:
        >>> print(render_blocks([Heading(2, "Specs"), Bullets(("a point",))]), end="")
        Specs
        -----
        <BLANKLINE>
        - a point
    """
    width = max(width, MIN_WIDTH)
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Para):
            lines = wrap(block.text, width)
        elif isinstance(block, Table):
            lines = _table(block, width)
        elif isinstance(block, Bullets):
            lines = [line for item in block.items
                     for line in _indented(_text(item), width, "- ", "  ")]
        elif isinstance(block, Heading):
            lines = wrap(block.text, width)
            if block.level < 3:
                rule = "=" if block.level == 1 else "-"
                lines.append(rule * max(display_width(line) for line in lines))
        else:  # Pairs
            lines = []
            for term, text in block.items:
                if lines:
                    lines.append("")
                lines += wrap(term, width) + _indented(text, width, "  ", "  ")
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def render_text(c: Comparison, width: int = 80, *,
                sections: Iterable[str] | None = None) -> str:
    """The comparison as plain text for a terminal, no line wider than ``width`` columns.

    ``sections`` keeps only the named sections (see :data:`~phicompare.render.page.SECTIONS`).

    Examples:
        >>> from phicompare import compare
        >>> text = render_text(compare("phi-2", "phi-4-mini"))
        >>> text.splitlines()[:2]
        ['Phi-2 vs Phi-4 Mini', '===================']
        >>> max(len(line) for line in text.splitlines()) <= 80
        True
    """
    from .page import comparison_page  # noqa: PLC0415 - a pick's text (`phicompare pick`) needs no page

    return render_blocks(comparison_page(c, sections), width)


def recommendation_text(result: Recommendation, width: int = 80) -> str:
    """A recommendation as plain text no wider than ``width``: what ``phicompare pick`` prints.

    Examples:
        >>> from phicompare import recommend
        >>> text = recommendation_text(recommend(limit=2), 60)
        >>> text.splitlines()[0], max(len(line) for line in text.splitlines()) <= 60
        ('Models that fit', True)
    """
    return render_blocks(pick_page(result), width)
